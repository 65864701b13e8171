"""One event: its details, counters and registrations (fetched lazily), with the actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.models import Event, EventStatus, RegistrationStatus
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.paging import Presence, RegistrationLine
from keet_desktop.domain.services.registrations import EventCounts
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import leave_with_tab, name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.dialogs.registration_dialog import RegistrationDialog
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.lazy_table_models import RegistrationsTableModel
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.table_models import IdRole

SEARCH_DELAY_MS = 200  # filter once typing pauses, not at every key


class EventPage(QWidget):
    """The page of one event.

    Other features add their actions (print, check-in desk) with :meth:`add_action`.

    Signals:
        status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, services: Services, app_events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self.current_event: Event | None = None  # loaded on a worker thread
        self._event_id: int | None = None
        self._highlight: list[int] = []  # registrations to select after the next reload
        self._pending_text = ""  # the status message of the running action
        self._details = Latest()
        self.model = RegistrationsTableModel(services, self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.refresh_timer = QTimer(self)  # several changes in a row: one refresh
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(0)
        self._build_ui()
        self._connect_signals()
        self._update_actions()

    def _build_ui(self) -> None:
        self.title_label = QLabel(self.tr("No event chosen. Open one from the list of events."))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.counter_labels: dict[str, QLabel] = {}
        counters = QGridLayout()
        names = (
            ("registered", self.tr("Registered")),
            ("capacity", self.tr("Capacity")),
            ("waitlisted", self.tr("Waiting list")),
            ("cancelled", self.tr("Cancelled")),
        )
        for column, (key, text) in enumerate(names):
            value = QLabel("–")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.6)
            value.setFont(big)
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.counter_labels[key] = value
            counters.addWidget(value, 0, column)
            counters.addWidget(caption, 1, column)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action_ = self._action(self.tr("Add registration…"), "Ctrl+R")
        self.cancel_registration_action = self._action(self.tr("Cancel registration"), "Del")
        self.capacity_action = self._action(self.tr("Change capacity…"), "")
        self.edit_action = self._action(self.tr("Edit event…"), "Ctrl+E")
        self.cancel_event_action = self._action(self.tr("Cancel event…"), "")
        self.search_edit = QLineEdit(
            placeholderText=self.tr("Search by name, e-mail or organisation")
        )
        self.search_edit.setClearButtonEnabled(True)
        name(self.search_edit, self.tr("Search registrations"))
        self.table = QTableView()
        leave_with_tab(self.table, self.tr("Registrations"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            RegistrationsTableModel.Column.STATUS, Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 200, 230, 110, 160)):
            self.table.setColumnWidth(column, width)
        self.shown_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        self.presence_combo = QComboBox()  # issue 10: who arrived, who is still expected
        self.presence_combo.setAccessibleName(self.tr("Show by arrival"))
        for text, presence in (
            (self.tr("Everyone"), Presence.ALL),
            (self.tr("Present"), Presence.PRESENT),
            (self.tr("Not yet arrived"), Presence.NOT_YET),
        ):
            self.presence_combo.addItem(text, presence.value)
        top.addWidget(self.presence_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addLayout(counters)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown_label)

    def _action(self, text: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        self.addAction(action)  # its shortcut works wherever the focus is on this page
        return action

    def add_action(self, action: QAction, first: bool = False) -> None:
        """Add another feature's action (print, check-in desk) to the page's toolbar.

        ``first`` puts it at the start, where a narrow window never hides it behind ».
        """
        if first and self.toolbar.actions():
            self.toolbar.insertAction(self.toolbar.actions()[0], action)
        else:
            self.toolbar.addAction(action)

    def _connect_signals(self) -> None:
        self.add_action_.triggered.connect(self.add_registration)
        self.cancel_registration_action.triggered.connect(self.cancel_registration)
        self.capacity_action.triggered.connect(self.change_capacity)
        self.edit_action.triggered.connect(self.edit_event)
        self.cancel_event_action.triggered.connect(self.cancel_event)
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.refresh_timer.timeout.connect(self.refresh)
        self.presence_combo.currentIndexChanged.connect(self._on_presence_combo_changed)
        self._app_events.checkins_changed.connect(self._on_event_data_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.rowsInserted.connect(self._on_model_reset)
        self._app_events.registrations_changed.connect(self._on_event_data_changed)
        self._app_events.events_changed.connect(self._on_event_data_changed)
        self._app_events.people_changed.connect(self._on_people_changed)

    @property
    def event_id(self) -> int | None:
        """The id of the shown event (set at once; its details follow), or None."""
        return self._event_id

    def show_event(self, event_id: int) -> None:
        """Show the event ``event_id`` (its details and rows arrive from a worker thread)."""
        self._event_id = event_id
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._load_details(event_id)
        self.model.set_event(event_id, search="")

    def refresh(self) -> None:
        """Load the event, its counters and the registrations again."""
        if self._event_id is not None:
            self._load_details(self._event_id)
            self.model.reload()

    def _load_details(self, event_id: int) -> None:
        Query(self, self._read_details, event_id).latest(self._details).success(
            self._on_details_loaded
        ).run()

    def _read_details(self, event_id: int) -> tuple[Event, EventCounts]:
        """(worker) The event with what the page shows of it, and its counters."""
        return (
            self._services.events.get(event_id),
            self._services.registrations.counts(event_id),
        )

    def _on_details_loaded(self, loaded: tuple[Event, EventCounts]) -> None:
        if loaded[0].id != self._event_id:
            return  # another event was opened meanwhile
        self.current_event, counts = loaded
        self._show_details(counts)

    def _select_highlighted(self) -> None:
        """Select the registrations that just moved up, so the eye finds them."""
        wanted, self._highlight = set(self._highlight), []
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.row(row).id in wanted:
                index = self.model.index(row, 0)
                selection.select(index, flags)
                self.table.scrollTo(index)

    def _show_details(self, counts: EventCounts) -> None:
        event = self.current_event
        assert event is not None
        title = event.title
        if event.status is EventStatus.CANCELLED:
            title = self.tr("{title} (cancelled)").format(title=title)
        self.title_label.setText(title)
        place = event.venue.name if event.venue else self.tr("online")
        if event.room:
            place += f" – {event.room.name}"
        parts = [
            fmt.kind_label(event.kind),
            fmt.span_text(event.starts_at, event.ends_at),
            place,
        ]
        if event.facilitators:
            names = ", ".join(f.name for f in event.facilitators)
            parts.append(self.tr("with {names}").format(names=names))
        self.details_label.setText(" · ".join(parts))
        self._show_counts(counts)
        self._update_actions()

    def _show_counts(self, counts: EventCounts) -> None:
        capacity = "∞" if counts.capacity is None else fmt.number_text(counts.capacity)
        self.counter_labels["registered"].setText(fmt.number_text(counts.registered))
        self.counter_labels["capacity"].setText(capacity)
        self.counter_labels["waitlisted"].setText(fmt.number_text(counts.waitlisted))
        self.counter_labels["cancelled"].setText(fmt.number_text(counts.cancelled))

    @Slot()
    def _update_actions(self) -> None:
        event = self.current_event
        has_event = event is not None
        open_event = event is not None and event.status is not EventStatus.CANCELLED
        self.add_action_.setEnabled(open_event)
        self.capacity_action.setEnabled(open_event)
        self.edit_action.setEnabled(has_event)
        self.cancel_event_action.setEnabled(open_event)
        line = self.selected_line()
        self.cancel_registration_action.setEnabled(
            line is not None and line.status is not RegistrationStatus.CANCELLED
        )

    def selected_line(self) -> RegistrationLine | None:
        """The registration line selected in the table, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    @Slot()
    def _on_model_reset(self) -> None:
        self.shown_label.setText(
            self.tr("%n registration(s)", "", self.model.total) if self.current_event else ""
        )
        if self._highlight:
            self._select_highlighted()
        self._update_actions()

    @Slot(str)
    def _on_search_edit_changed(self, _text: str) -> None:
        self.search_timer.start()  # (re)start: the search runs when typing pauses

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.search_edit.text())

    @Slot(int)
    def _on_presence_combo_changed(self, _index: int) -> None:
        self.model.set_presence(Presence(self.presence_combo.currentData()))

    @Slot(int)
    def _on_event_data_changed(self, event_id: int) -> None:
        if self._event_id is not None and event_id in (0, self._event_id):
            self.refresh_timer.start()

    @Slot()
    def _on_people_changed(self) -> None:
        self.refresh_timer.start()

    @Slot()
    def add_registration(self) -> None:
        """Open the dialog that registers someone for this event."""
        if self.current_event is None:
            return
        dialog = RegistrationDialog(self._services, self.current_event.id, self)
        if dialog.exec() and dialog.result_ is not None:
            result = dialog.result_
            if result.waitlist_position is not None:
                text = self.tr("{name} is on the waiting list, place {place}.").format(
                    name=result.person.full_name, place=result.waitlist_position
                )
            else:
                text = self.tr("{name} is registered.").format(name=result.person.full_name)
            self.status_message.emit(text)
            self._app_events.publish(dialog.changes)

    @Slot()
    def cancel_registration(self) -> None:
        """Cancel the selected registration (after confirmation); show who moved up."""
        line = self.selected_line()
        if self.current_event is None or line is None:
            return
        if not messages.ask(
            self,
            self.tr("Cancel registration"),
            self.tr("Cancel the registration of {name}?").format(name=line.name),
        ):
            return
        self._pending_text = self.tr("The registration of {name} is cancelled.").format(
            name=line.name
        )
        Operation(self, self._cancel_registration, line.id).changes(
            Changes.of(registrations=[self.current_event.id])
        ).success(self._on_moved_up).run(self._app_events)

    def _cancel_registration(self, registration_id: int) -> list[tuple[int, str]]:
        """(worker) Cancel; return who moved up from the waiting list."""
        return self._moved_up(self._services.registrations.cancel(registration_id).promoted)

    def _moved_up(self, promoted: list[int]) -> list[tuple[int, str]]:
        """(worker) The ids and names of the promoted registrations."""
        return [(rid, self._services.registrations.get(rid).person.full_name) for rid in promoted]

    def _on_moved_up(self, promoted: list[tuple[int, str]]) -> None:
        self._highlight = [rid for rid, _name in promoted]
        text = self._pending_text
        if promoted:
            text += " " + self.tr("Moved up from the waiting list: {names}.").format(
                names=", ".join(name for _rid, name in promoted)
            )
        self.status_message.emit(text)

    @Slot()
    def change_capacity(self) -> None:
        """Ask for a new capacity; people on the waiting list move up as places free."""
        if self.current_event is None:
            return
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Change capacity"),
            self.tr("Number of places:"),
            self.current_event.capacity or 0,
            0,
            100_000,
        )
        if not ok:
            return
        event_id = self.current_event.id
        # what a lower capacity means, asked first (a counted read: ~30 ms at 1M, measured)
        below = self._services.events.capacity_warning(event_id, value)
        if below is not None and not messages.ask(
            self,
            self.tr("Change capacity"),
            error_text(below)
            + "\n\n"
            + self.tr("Change the capacity to {capacity}?").format(capacity=value),
        ):
            return
        self._pending_text = self.tr("The capacity is now {capacity}.").format(capacity=value)
        Operation(self, self._set_capacity, event_id, value).changes(
            Changes.of(events=[event_id], registrations=[event_id])
        ).success(self._on_moved_up).run(self._app_events)

    def _set_capacity(self, event_id: int, value: int) -> list[tuple[int, str]]:
        """(worker) Set the capacity; return who moved up."""
        return self._moved_up(self._services.events.set_capacity(event_id, value))

    @Slot()
    def edit_event(self) -> None:
        """Open the event editor for this event."""
        if self.current_event is None:
            return
        dialog = EventDialog(self._services, self.current_event, self)
        if dialog.exec() and dialog.saved_event_id is not None:
            self._pending_text = self.tr("The event is saved.")
            self._on_moved_up(dialog.promoted_names)
            self._app_events.publish(dialog.changes)

    @Slot()
    def cancel_event(self) -> None:
        """Cancel the event after confirmation; its registrations stay visible."""
        if self.current_event is None:
            return
        if not messages.ask(
            self,
            self.tr("Cancel event"),
            self.tr(
                "Cancel “{title}”? It takes no more registrations; its registrations stay visible."
            ).format(title=self.current_event.title),
        ):
            return
        event_id = self.current_event.id
        Operation(self, self._services.events.cancel, event_id).changes(
            Changes.of(events=[event_id])
        ).success(self._on_event_cancelled).run(self._app_events)

    def _on_event_cancelled(self, _result: object) -> None:
        self.status_message.emit(self.tr("The event is cancelled."))

    def selected_registration_id(self) -> int | None:
        """The id of the selected registration, or None."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(IdRole)) if rows else None
