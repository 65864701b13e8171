"""The check-in desk: one input that always has the focus, a big result, counters, undo.

A scanner types the code and presses Enter (a webcam reads it, F3 shows the camera); a person
can type a name instead and pick with the arrow keys and Enter. F2 opens the walk-in form with
the name typed, Ctrl+Z undoes this desk's last check-in (with a reason), F4 admits a
waiting-list registration, F9 opens the settings; with an organiser PIN set, the settings, undo
and leaving self check-in (kiosk) mode ask it. The flow itself is :class:`DeskController`; this
window only shows it, and lays itself out for any screen from 800×560 up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.search import SearchHit
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.checkin_results import (
    Outcome,
    ScanResult,
    Tone,
    is_event_today,
    parse_scan,
)
from keet_desktop.domain.timeutil import to_local
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.desk.controller import CapacityChoice, DeskController, Refresh
from keet_desktop.ui.desk.dialogs import (
    DeskSettingsDialog,
    PinDialog,
    ReasonDialog,
    UndoDialog,
    WalkInDialog,
)
from keet_desktop.ui.desk.layout import DeskLayout
from keet_desktop.ui.desk.scanner import KeyBurst
from keet_desktop.ui.desk.settings import DeskSettings
from keet_desktop.ui.desk.sound import DeskSound
from keet_desktop.ui.desk.text import is_search_text
from keet_desktop.ui.formatting import datetime_text, registration_status_label
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.settings import Settings

SOUND_OF_TONE = {Tone.GREEN: "ok", Tone.AMBER: "already", Tone.RED: "refused"}


def _scanned_part(text: str, burst: str) -> str:
    """The scanner's burst, but only when it is a ticket code and the whole input is not.

    A hiccup inside a scan (the computer busy for a moment) then never cuts a good code.
    """
    if burst != text and parse_scan(burst).is_ticket_code and not parse_scan(text).is_ticket_code:
        return burst
    return text


class DeskWindow(DeskLayout):
    """The check-in desk of one event.

    Signals:
        checked_in(int): a registration was checked in at this desk (its id).
        settings_saved(): the desk's settings dialog saved new settings.
    """

    checked_in = Signal(int)
    settings_saved = Signal()
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
        self.controller = DeskController(services, event_id, self.desk, self)
        self.sound = DeskSound(self)
        self.burst = KeyBurst()
        self._dialog: Any = None
        self._after_pin: Any = None
        self._choice: CapacityChoice | None = None
        self._undo_target: Any = None
        self._build_ui()
        self._build_timers()
        self._connect_signals()
        self._apply_settings()
        self.controller.start()

    def _build_timers(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._calm_timer = QTimer(self)
        self._calm_timer.setSingleShot(True)
        self._shortcuts: dict[str, QShortcut] = {}
        for name, key in (
            ("walk_in", QKeySequence(Qt.Key.Key_F2)),
            ("camera", QKeySequence(Qt.Key.Key_F3)),
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
        self.camera_button.clicked.connect(self.toggle_camera)
        self.settings_button.clicked.connect(self.open_settings)
        self.camera.code_read.connect(self._on_camera_code_read)
        for name, slot in (
            ("walk_in", self.open_walk_in),
            ("camera", self.toggle_camera),
            ("undo", self.undo_last),
            ("admit", self._on_admit_shortcut_activated),
            ("settings", self.open_settings),
        ):
            self._shortcuts[name].activated.connect(slot)
        self._search_timer.timeout.connect(self.run_search)
        self._calm_timer.timeout.connect(self._on_calm_timer_timeout)
        c = self.controller
        c.result_ready.connect(self._on_controller_result_ready)
        c.problem.connect(self._on_controller_problem)
        c.notice.connect(self._on_controller_notice)
        c.hits_found.connect(self._on_controller_hits_found)
        c.nobody_found.connect(self._on_controller_nobody_found)
        c.capacity_choice.connect(self._on_controller_capacity_choice)
        c.refreshed.connect(self._on_controller_refreshed)
        c.waiting_changed.connect(self._on_controller_waiting_changed)
        c.checked_in.connect(self.checked_in)
        c.changed.connect(self._on_controller_changed)

    def _apply_settings(self) -> None:
        """Show the event and desk, and follow the desk's settings (name, kiosk, sound)."""
        s = self.desk_settings
        event = self._services.events.get(self._event_id)
        starts = to_local(event.starts_at)
        self.title.setText(
            self.tr("{title} · {date}").format(title=event.title, date=datetime_text(starts))
        )
        self.desk_label.setText(self.desk)
        self.controller.desk = self.desk
        self.controller.prefix, self.controller.suffix = s.scanner_prefix, s.scanner_suffix
        self.sound.volume = s.volume / 100 if s.sound else 0.0
        self._calm_timer.setInterval(s.calm_seconds * 1000)
        self.set_kiosk(s.kiosk)
        if not is_event_today(event.starts_at, event.ends_at):
            self.result_panel.show_notice(
                self.tr("This event is not today"),
                self.tr("Tickets scanned here will be refused until the day of the event."),
            )
        self.setWindowTitle(
            self.tr("Check-in desk {desk} – {title}").format(desk=self.desk, title=event.title)
        )

    @property
    def desk(self) -> str:
        """This desk's name."""
        return self.desk_settings.desk_name or self.tr("Desk")

    # -- input ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys move through the hits, Escape clears, typed keys time the scanner."""
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
                self.result_panel.show_idle()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):  # the line edit's own undo
                self.undo_last()
                return True
            if event.text() and event.text().isprintable():
                self.burst.key(self.input.cursorPosition())
        return super().eventFilter(watched, event)

    def _searching(self) -> bool:
        return self.stack.currentWidget() is self.search_list and self.search_model.rowCount() > 0

    @Slot(str)
    def _on_input_text_edited(self, text: str) -> None:
        if not text:
            self.burst.reset()
        if is_search_text(text) and not self.controller.kiosk:
            if self.result_panel.result is not None:
                self.result_panel.show_idle()  # an old result never stays while typing
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.stack.setCurrentWidget(self.result_panel)

    @Slot()
    def run_search(self) -> list[SearchHit]:
        """Search the input's text among the event's registrations and list the hits."""
        hits = self.controller.search(self.input.text())
        if not hits:
            self.search_model.set_rows([])
            self.stack.setCurrentWidget(self.result_panel)
        return hits

    @Slot()
    def _on_input_return_pressed(self) -> None:
        text = _scanned_part(self.input.text(), self.burst.code(self.input.text()))
        if not text.strip():
            return
        if is_search_text(text) and not self.controller.kiosk:
            if not self._search_timer.isActive() and self._searching():
                self._pick(self.search_list.currentIndex().row())
                return
            self._search_timer.stop()
            self.controller.submit(text)
            return
        self._clear_input()
        self.controller.submit(text)

    @Slot(object)
    def _on_search_list_clicked(self, index: Any) -> None:
        self._pick(index.row())

    def _pick(self, row: int) -> None:
        hit: SearchHit = self.search_model.payload(max(0, row))
        self._clear_input()
        self.controller.pick(hit)

    @Slot(str)
    def _on_camera_code_read(self, code: str) -> None:
        self.controller.scan(code)

    def _clear_input(self) -> None:
        self._search_timer.stop()
        self.input.clear()
        self.burst.reset()
        self.search_model.set_rows([])
        self.stack.setCurrentWidget(self.result_panel)
        self.refocus()

    # -- what the controller says -----------------------------------------------------------

    @Slot(object, int)
    def _on_controller_result_ready(self, result: ScanResult, repeats: int) -> None:
        if self.input.text() and is_search_text(self.input.text()):
            self._clear_input()
        self.result_panel.show_result(result, repeats)
        self.sound.play(SOUND_OF_TONE[result.tone])
        self._calm()

    @Slot(str, str)
    def _on_controller_problem(self, headline: str, text: str) -> None:
        self.result_panel.show_refusal(headline, text)
        self.sound.play("refused")
        self._calm()

    @Slot(str, str)
    def _on_controller_notice(self, headline: str, text: str) -> None:
        self.result_panel.show_notice(headline, text)
        self._calm()

    @Slot(object)
    def _on_controller_hits_found(self, hits: list[SearchHit]) -> None:
        self.search_model.set_rows([(self._hit_text(hit), hit) for hit in hits])
        self.search_list.setCurrentIndex(self.search_model.index(0, 0))
        self.stack.setCurrentWidget(self.search_list)

    def _hit_text(self, hit: SearchHit) -> str:
        parts = [("✓ " if hit.checked_in else "") + hit.name]
        if hit.checked_in:
            parts.append(self.tr("already checked in"))
        elif hit.status == "waitlisted":
            parts.append(registration_status_label(RegistrationStatus.WAITLISTED))
        if hit.organisation:
            parts.append(hit.organisation)  # last, so a long one is cut at its end
        return " · ".join(parts)

    @Slot(str)
    def _on_controller_nobody_found(self, text: str) -> None:
        self.search_model.set_rows([])
        self.stack.setCurrentWidget(self.result_panel)
        self.result_panel.show_notice(
            self.tr("Nobody found"),
            self.tr("Nobody found for “{name}” — F2 registers a walk-in.").format(name=text),
        )
        self.input.selectAll()
        self.refocus()

    @Slot(object)
    def _on_controller_capacity_choice(self, choice: CapacityChoice) -> None:
        waiting = choice.error.waiting
        question = error_text(choice.error)
        if waiting:
            question += " " + self.tr("%n person(s) wait on the waiting list.", "", waiting)
        question += " " + self.tr("Let them in anyway, ahead of the waiting list? Say why.")
        dialog = ReasonDialog(
            self.tr("Event full"), question, self.tr("Let in beyond capacity"), self
        )
        dialog.accepted.connect(self._on_capacity_dialog_accepted)
        self._choice = choice
        self._open(dialog)

    @Slot()
    def _on_capacity_dialog_accepted(self) -> None:
        if self._choice is not None:
            self.controller.override(self._choice, self._dialog.reason.text())

    @Slot(object)
    def _on_controller_refreshed(self, refresh: Refresh) -> None:
        self.counters.set_counters(refresh.counters)
        self.recent.set_recent(refresh.recent)

    @Slot(bool)
    def _on_controller_waiting_changed(self, waiting: bool) -> None:
        self.waiting_label.setVisible(waiting)

    @Slot()
    def _on_controller_changed(self) -> None:
        self._app_events.checkins_changed.emit(self._event_id)

    def _calm(self) -> None:
        if self._calm_timer.interval() > 0:
            self._calm_timer.start()

    @Slot()
    def _on_calm_timer_timeout(self) -> None:
        if self.stack.currentWidget() is self.result_panel and not self.input.text():
            self.result_panel.show_idle()

    # -- undo, walk-ins, admissions, settings -----------------------------------------------

    @Slot()
    def undo_last(self) -> None:
        """Ask why (and the PIN, if set), then undo the chosen (or last) check-in."""
        if self.controller.kiosk or self.recent.chosen() is None:
            self.refocus()
            return
        self._with_pin(self._open_undo)

    def _open_undo(self) -> None:
        target = self.recent.chosen()
        if target is None:
            return
        dialog = UndoDialog(target.name, self)
        dialog.accepted.connect(self._on_undo_dialog_accepted)
        self._undo_target = target
        self._open(dialog)

    @Slot()
    def _on_undo_dialog_accepted(self) -> None:
        target = self._undo_target
        self.controller.undo(target.checkin_id, self._dialog.reason.text(), target.name)

    @Slot()
    def open_walk_in(self) -> None:
        """Open the walk-in form, with the name that was typed."""
        if self.controller.kiosk:
            return
        typed = self.input.text()
        name = typed if is_search_text(typed) else self.controller.last_search
        dialog = WalkInDialog(self, name=name)
        dialog.accepted.connect(self._on_walk_in_dialog_accepted)
        self._clear_input()
        self._open(dialog)

    @Slot()
    def _on_walk_in_dialog_accepted(self) -> None:
        dialog: WalkInDialog = self._dialog
        given, family = dialog.names()
        email = dialog.email.text().strip() or None
        self.controller.last_search = ""
        self.controller.walk_in(given, family, email, dialog.organisation.text())

    @Slot(int)
    def _on_result_panel_admit_requested(self, registration_id: int) -> None:
        self.controller.admit(registration_id)

    @Slot()
    def _on_admit_shortcut_activated(self) -> None:
        result = self.result_panel.result
        if result is not None and result.outcome is Outcome.WAITLISTED and result.registration_id:
            self.controller.admit(result.registration_id)
            return
        self.result_panel.show_notice(
            self.tr("Nobody to admit"),
            self.tr(
                "F4 admits a person from the waiting list right after their ticket is scanned."
            ),
        )

    @Slot()
    def open_settings(self) -> None:
        """Open the desk's settings (after the organiser PIN, when one is set)."""
        self._with_pin(self._open_settings)

    def _open_settings(self) -> None:
        dialog = DeskSettingsDialog(self.desk_settings, self)
        dialog.accepted.connect(self._apply_settings)
        dialog.accepted.connect(self.settings_saved)
        self._open(dialog)

    def _with_pin(self, action: Any) -> None:
        if not self.desk_settings.has_pin:
            action()
            return
        dialog = PinDialog(self.tr("Type the organiser PIN."), self)
        dialog.accepted.connect(self._on_pin_dialog_accepted)
        self._after_pin = action
        self._open(dialog)

    @Slot()
    def _on_pin_dialog_accepted(self) -> None:
        if self.desk_settings.check_pin(self._dialog.pin.text()):
            QTimer.singleShot(0, self._after_pin)
        else:
            self.result_panel.show_refusal(self.tr("WRONG PIN"), self.tr("Nothing was changed."))

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.activateWindow()  # the desk, not some other window, gets the keys again
        self.refocus()

    def closeEvent(self, event: Any) -> None:
        """Stop polling (and the camera) when the desk closes."""
        self.controller.stop()
        self.camera.stop()
        super().closeEvent(event)
