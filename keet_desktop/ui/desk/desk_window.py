"""The check-in desk: one input that always has the focus, a big result, counters, undo.

A scanner types the code and presses Enter; a person can type a name instead and pick with the
arrow keys and Enter. F2 opens the walk-in form, Ctrl+Z undoes this desk's last check-in (with
a reason), F4 admits a waiting-list registration when there is room, F9 opens the settings.
Other desks' check-ins show up in the counters within half a second (a cheap change token is
polled).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.search import SearchHit
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.checkin_results import (
    EventFullError,
    ScanResult,
    Tone,
    is_event_today,
)
from keet_desktop.domain.timeutil import to_local
from keet_desktop.ui import messages
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.desk.dialogs import DeskSettingsDialog, UndoDialog, WalkInDialog
from keet_desktop.ui.desk.models import DeskListModel
from keet_desktop.ui.desk.panels import CountersBar, RecentPanel, big_font
from keet_desktop.ui.desk.result_panel import ResultPanel
from keet_desktop.ui.desk.settings import DeskSettings
from keet_desktop.ui.desk.sound import DeskSound
from keet_desktop.ui.desk.text import is_search_text
from keet_desktop.ui.formatting import datetime_text
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.settings import Settings

log = logging.getLogger(__name__)


class DeskWindow(QWidget):
    """The check-in desk of one event.

    Signals:
        checked_in(int): a registration was checked in at this desk (its id).
        settings_saved(): the desk's settings dialog saved new settings.
    """

    checked_in = Signal(int)
    settings_saved = Signal()
    POLL_MS = 500
    SEARCH_DELAY_MS = 80

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        event_id: int,
        desk_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self._event_id = event_id
        self.desk_settings = DeskSettings(settings.qsettings)
        if desk_name.strip():
            self.desk_settings.desk_name = desk_name
        self._token: tuple[Any, ...] | None = None
        self._sound = DeskSound(self)
        self._dialog: Any = None
        self._build_ui()
        self._connect_signals()
        self._show_event_and_desk()
        self.poll()
        self._poll_timer.start()

    # -- building ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setMinimumSize(1100, 760)
        self.title = QLabel(self)
        self.title.setFont(big_font(22, bold=True))
        self.title.setWordWrap(True)
        self.desk_label = QLabel(self)
        self.desk_label.setFont(big_font(22, bold=True))
        self.desk_label.setStyleSheet(
            "background: #1d2733; color: white; padding: 6px 18px; border-radius: 6px;"
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.desk_label, 0, Qt.AlignmentFlag.AlignRight)

        self.counters = CountersBar(self)
        self.counter_values = self.counters.values

        self.input = QLineEdit(self)
        self.input.setFont(big_font(30))
        self.input.setPlaceholderText(self.tr("Scan a ticket or type a name"))
        self.input.setClearButtonEnabled(False)
        self.input.setMinimumHeight(72)

        self.search_model = DeskListModel(self)
        self.search_list = QListView(self)
        self.search_list.setModel(self.search_model)
        self.search_list.setFont(big_font(22))
        self.search_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_list.setSpacing(4)
        self.search_list.setUniformItemSizes(True)  # a cheap layout on every keystroke
        self.search_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.search_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_panel = ResultPanel(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.result_panel)
        self.stack.addWidget(self.search_list)

        self.recent = RecentPanel(self)
        self.recent_model = self.recent.model
        self.recent_list = self.recent.list
        self.undo_button = self.recent.undo_button

        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.recent)

        self.walk_in_button = QPushButton(self.tr("Walk-in (F2)"), self)
        self.settings_button = QPushButton(self.tr("Settings (F9)"), self)
        hints = QLabel(self.tr("↑ ↓ and Enter choose a name · Esc clears"), self)
        hints.setFont(big_font(14))
        footer = QHBoxLayout()
        for button in (self.walk_in_button, self.settings_button):
            button.setFont(big_font(15))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            footer.addWidget(button)
        footer.addStretch(1)
        footer.addWidget(hints)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.counters)
        layout.addWidget(self.input)
        layout.addLayout(middle, 1)
        layout.addLayout(footer)
        self._main_layout = layout

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self.POLL_MS)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._shortcuts: dict[str, QShortcut] = {}
        for name, key in (
            ("walk_in", QKeySequence(Qt.Key.Key_F2)),
            ("undo", QKeySequence(QKeySequence.StandardKey.Undo)),
            ("admit", QKeySequence(Qt.Key.Key_F4)),
            ("settings", QKeySequence(Qt.Key.Key_F9)),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._shortcuts[name] = shortcut

    def _connect_signals(self) -> None:
        self.input.returnPressed.connect(self._on_input_return_pressed)
        self.input.textEdited.connect(self._on_input_text_edited)
        self.input.installEventFilter(self)
        self.search_list.clicked.connect(self._on_search_list_clicked)
        self.result_panel.admit_requested.connect(self._on_result_panel_admit_requested)
        self.undo_button.clicked.connect(self.undo_last)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.settings_button.clicked.connect(self.open_settings)
        self._shortcuts["walk_in"].activated.connect(self.open_walk_in)
        self._shortcuts["undo"].activated.connect(self.undo_last)
        self._shortcuts["admit"].activated.connect(self._on_admit_shortcut_activated)
        self._shortcuts["settings"].activated.connect(self.open_settings)
        self._poll_timer.timeout.connect(self.poll)
        self._search_timer.timeout.connect(self.run_search)

    def _show_event_and_desk(self) -> None:
        event = self._services.events.get(self._event_id)
        starts = to_local(event.starts_at)
        self.title.setText(
            self.tr("{title} · {date}").format(title=event.title, date=datetime_text(starts))
        )
        self.desk_label.setText(self.desk)
        if not is_event_today(event.starts_at, event.ends_at):
            self.result_panel.show_notice(
                self.tr("This event is not today"),
                self.tr("Tickets scanned here will be refused until the day of the event."),
            )
        self.setWindowTitle(
            self.tr("Check-in desk {desk} – {title}").format(desk=self.desk, title=event.title)
        )

    def add_footer_widget(self, widget: QWidget) -> None:
        """Add a widget (a status bar of another feature) just above the desk's footer."""
        self._main_layout.insertWidget(self._main_layout.count() - 1, widget)

    @property
    def desk(self) -> str:
        """This desk's name."""
        return self.desk_settings.desk_name or self.tr("Desk")

    # -- focus ------------------------------------------------------------------------------

    def refocus(self) -> None:
        """Give the focus back to the input (after every action)."""
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """Put the focus in the input when the desk appears."""
        super().showEvent(event)
        self.refocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Arrow keys move through the search results, Escape clears the input."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._searching():
                step = -1 if key == Qt.Key.Key_Up else 1
                row = self.search_list.currentIndex().row() + step
                row = max(0, min(self.search_model.rowCount() - 1, row))
                self.search_list.setCurrentIndex(self.search_model.index(row, 0))
                return True
            if key == Qt.Key.Key_Escape:
                self._clear_input()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):  # the line edit's own undo
                self.undo_last()
                return True
        return super().eventFilter(watched, event)

    # -- scanning and searching -------------------------------------------------------------

    def _searching(self) -> bool:
        return self.stack.currentWidget() is self.search_list and self.search_model.rowCount() > 0

    @Slot(str)
    def _on_input_text_edited(self, text: str) -> None:
        if is_search_text(text):
            self._search_timer.start()
        else:
            self._search_timer.stop()
            if self.stack.currentWidget() is self.search_list:
                self.stack.setCurrentWidget(self.result_panel)

    @Slot()
    def run_search(self) -> list[SearchHit]:
        """Search the input's text among the event's registrations and list the hits."""
        text = self.input.text()
        hits = self._services.search.search(text, self._event_id) if is_search_text(text) else []
        rows = [(self._hit_text(hit), hit) for hit in hits]
        self.search_model.set_rows(rows)
        if rows:
            self.search_list.setCurrentIndex(self.search_model.index(0, 0))
            self.stack.setCurrentWidget(self.search_list)
        else:
            self.stack.setCurrentWidget(self.result_panel)
        return hits

    def _hit_text(self, hit: SearchHit) -> str:
        parts = [hit.name]
        if hit.organisation:
            parts.append(hit.organisation)
        if hit.checked_in:
            parts.append(self.tr("already checked in"))
        elif hit.status == "waitlisted":
            parts.append(self.tr("waiting list"))
        return " · ".join(parts)

    @Slot()
    def _on_input_return_pressed(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        if is_search_text(text):
            if self._search_timer.isActive() or not self._searching():
                self._search_timer.stop()
                hits = self.run_search()
                if len(hits) > 1:
                    return  # let the person choose
            if self._searching():
                self._pick(self.search_list.currentIndex().row())
                return
        self._search_timer.stop()
        self._act(
            self._services.checkin.scan,
            text,
            self._event_id,
            self.desk,
            prefix=self.desk_settings.scanner_prefix,
            suffix=self.desk_settings.scanner_suffix,
        )

    @Slot(object)
    def _on_search_list_clicked(self, index: Any) -> None:
        self._pick(index.row())

    def _pick(self, row: int) -> None:
        hit: SearchHit = self.search_model.payload(max(0, row))
        if hit.registration_id is None:
            return
        self._act(
            self._services.checkin.check_in_registration,
            hit.registration_id,
            self._event_id,
            self.desk,
        )

    def _act(self, action: Any, *args: Any, **kwargs: Any) -> ScanResult | None:
        """Run a check-in action and show its result; refusals and problems show in red."""
        try:
            result: ScanResult = action(*args, **kwargs)
        except (KeetError, SQLAlchemyError) as exc:
            self._show_exception(exc)
            return None
        self.show_result(result)
        return result

    def _show_exception(self, exc: Exception) -> None:
        if isinstance(exc, KeetError):
            self._show_problem(self.tr("NOT CHECKED IN"), error_text(exc))
        else:
            assert isinstance(exc, SQLAlchemyError)
            log.exception("check-in failed")
            self._show_problem(self.tr("DATABASE PROBLEM"), messages.database_problem_text(exc))

    def show_result(self, result: ScanResult) -> None:
        """Show a result, clear the input, and tell the others about a check-in."""
        self.result_panel.show_result(result)
        self._clear_input()
        if self.desk_settings.sound:
            self._sound.play("ok" if result.tone is Tone.GREEN else "refused")
        if result.tone is Tone.GREEN and result.registration_id is not None:
            self.checked_in.emit(result.registration_id)
            self._app_events.checkins_changed.emit(self._event_id)
            QTimer.singleShot(0, self.poll)

    def _show_problem(self, headline: str, text: str) -> None:
        self.result_panel.show_refusal(headline, text)
        self._clear_input()
        if self.desk_settings.sound:
            self._sound.play("refused")

    def _clear_input(self) -> None:
        self._search_timer.stop()
        self.input.clear()
        self.search_model.set_rows([])
        self.stack.setCurrentWidget(self.result_panel)
        self.refocus()

    # -- counters and the undo list ---------------------------------------------------------

    @Slot()
    def poll(self) -> None:
        """Refresh the counters and the undo list when any desk changed something."""
        try:
            token = self._services.checkin.change_token()
            if token == self._token:
                return
            self._token = token
            counters = self._services.checkin.counters(self._event_id)
            recent = self._services.checkin.recent(self._event_id, self.desk)
        except SQLAlchemyError:
            log.warning("desk could not refresh its counters", exc_info=True)
            return
        self.counters.set_counters(counters)
        self.recent.set_recent(recent)

    @Slot()
    def undo_last(self) -> None:
        """Ask why, then undo the chosen (or the last) check-in of this desk."""
        target = self.recent.chosen()
        if target is None:
            self.refocus()
            return
        dialog = UndoDialog(target.name, self)
        dialog.accepted.connect(self._on_undo_dialog_accepted)
        self._open(dialog)
        self._undo_target = target

    @Slot()
    def _on_undo_dialog_accepted(self) -> None:
        target = self._undo_target
        try:
            self._services.checkin.undo(
                checkin_id=target.checkin_id, reason=self._dialog.reason.text(), by=self.desk
            )
        except (KeetError, SQLAlchemyError) as exc:
            text = error_text(exc) if isinstance(exc, KeetError) else str(exc)
            self._show_problem(self.tr("NOT UNDONE"), text)
            return
        self.result_panel.show_notice(
            self.tr("Check-in undone"),
            self.tr("The check-in of {name} is undone.").format(name=target.name),
        )
        self._app_events.checkins_changed.emit(self._event_id)
        self.poll()

    # -- walk-ins, admissions, settings -----------------------------------------------------

    @Slot()
    def open_walk_in(self) -> None:
        """Open the three-field walk-in form."""
        dialog = WalkInDialog(self)
        dialog.accepted.connect(self._on_walk_in_dialog_accepted)
        self._open(dialog)

    @Slot()
    def _on_walk_in_dialog_accepted(self) -> None:
        dialog: WalkInDialog = self._dialog
        given, family = dialog.names()
        email = dialog.email.text().strip() or None
        organisation = dialog.organisation.text()
        arguments = (self._event_id, given, family, email, organisation, self.desk)
        try:
            result = self._services.checkin.walk_in(*arguments)
        except EventFullError as exc:
            if not messages.ask(self, self.tr("Event full"), error_text(exc)):
                self.refocus()
                return
            self._act(self._services.checkin.walk_in, *arguments, override_capacity=True)
            return
        except (KeetError, SQLAlchemyError) as exc:
            self._show_exception(exc)
            return
        self.show_result(result)

    @Slot(int)
    def _on_result_panel_admit_requested(self, registration_id: int) -> None:
        self._act(
            self._services.checkin.admit_waitlisted, registration_id, self._event_id, self.desk
        )

    @Slot()
    def _on_admit_shortcut_activated(self) -> None:
        result = self.result_panel.result
        if result is not None and result.can_admit and result.registration_id is not None:
            self._on_result_panel_admit_requested(result.registration_id)

    @Slot()
    def open_settings(self) -> None:
        """Open the desk's settings."""
        dialog = DeskSettingsDialog(self.desk_settings, self)
        dialog.accepted.connect(self._show_event_and_desk)
        dialog.accepted.connect(self.settings_saved)
        self._open(dialog)

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.refocus()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        """Stop polling when the desk closes."""
        self._poll_timer.stop()
        super().closeEvent(event)
