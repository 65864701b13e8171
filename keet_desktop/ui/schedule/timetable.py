"""The timetable: day, week and month views of the schedule, with conflicts and undo.

Moving or resizing a block (mouse or keys) reschedules the event through
:class:`~keet_desktop.domain.services.schedule.ScheduleService` as a command on a
``QUndoStack``; the conflicts panel is refreshed after every change, so problems show while
planning.
"""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.models import EventKind, Room
from keet_desktop.domain.schedule.conflicts import Conflict
from keet_desktop.domain.schedule.conflicts import Slot as TimeSlot
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.schedule import RescheduleResult
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import file_dialogs
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.schedule.agenda_files import render_week_agenda, save_pdf
from keet_desktop.ui.schedule.canvas import TimetableCanvas
from keet_desktop.ui.schedule.conflicts_panel import ConflictsPanel, ui_language
from keet_desktop.ui.schedule.layout import KIND_COLOURS, Lane
from keet_desktop.ui.schedule.month import MonthOverview, month_grid
from keet_desktop.ui.schedule.period import Period, load_period
from keet_desktop.ui.settings import Settings


class ViewMode(enum.IntEnum):
    """What the timetable shows."""

    DAY = 0
    WEEK = 1
    MONTH = 2


class RescheduleCommand(QUndoCommand):
    """Move or resize one event; undo puts it back."""

    def __init__(
        self,
        view: TimetableView,
        event_id: int,
        old: tuple[datetime, datetime, int | None],
        new: tuple[datetime, datetime, int | None],
    ) -> None:
        super().__init__(QCoreApplication.translate("TimetableView", "Move event"))
        self.view, self.event_id, self.old, self.new = view, event_id, old, new

    def redo(self) -> None:
        """Apply the new time."""
        self.view.apply_reschedule(self.event_id, *self.new)

    def undo(self) -> None:
        """Restore the old time."""
        self.view.apply_reschedule(self.event_id, *self.old)


class TimetableView(QWidget):
    """Day, week and month views of events by room and time, with a conflicts panel.

    Signals:
        edit_requested(int): open the editor of this event.
        create_requested(object, object, object): create an event in room id (None: online)
            from start to end (aware datetimes).
    """

    edit_requested = Signal(int)
    create_requested = Signal(object, object, object)

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.settings, self.app_events = services, settings, app_events
        self.mode = ViewMode.WEEK
        self.anchor = datetime.now(BRUSSELS).date()
        self.undo_stack = QUndoStack(self)
        self.slots: list[TimeSlot] = []
        self.conflicts: list[Conflict] = []
        self._moves: list[tuple[int, datetime, datetime, int | None]] = []  # not saved yet
        self._moving = False
        self._rooms: list[Room] = []
        self._loads = Latest()
        self._show_after_load = 0  # an event to select once the period is loaded
        self._build_ui()
        self._connect_signals()
        self.reload()

    # --- building ----------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.previous_button = _tool_button("◀")
        self.today_button = _tool_button(self.tr("Today"))
        self.next_button = _tool_button("▶")
        self.mode_box = QComboBox()
        self.mode_box.addItems([self.tr("Day"), self.tr("Week"), self.tr("Month")])
        self.mode_box.setCurrentIndex(int(self.mode))
        self.period_label = QLabel()
        self.print_button = _tool_button(self.tr("Print agenda…"))
        self.undo_button = _tool_button(self.tr("Undo"))
        self.redo_button = _tool_button(self.tr("Redo"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([self.undo_action, self.redo_action])
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button, self.mode_box):
            bar.addWidget(widget)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        self._name_controls()
        self.canvas = TimetableCanvas()
        name(
            self.canvas,
            self.tr("Timetable"),
            self.tr(
                "Tab walks the events; arrows move the selected one, Shift+arrows change its"
                " length, Alt+Left/Right move it to another room, Enter opens it."
            ),
        )
        self.canvas.day_label = self._day_label  # type: ignore[method-assign]
        self.canvas_scroll = QScrollArea()
        self.canvas_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the canvas takes the focus
        self.canvas_scroll.setWidgetResizable(True)
        self.canvas_scroll.setWidget(self.canvas)
        self.month = MonthOverview()
        name(
            self.month,
            self.tr("Month"),
            self.tr("Arrows choose a day, Enter opens it in the day view."),
        )
        self.month.weekday_names = [
            QLocale().dayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)
        ]
        self.month.more_text = self.tr("+{n} more")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas_scroll)
        self.stack.addWidget(self.month)
        self.conflicts_panel = ConflictsPanel()
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.conflicts_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self._legend())
        layout.addWidget(splitter, 1)

    def _name_controls(self) -> None:
        for button, text in (
            (self.previous_button, self.tr("Previous period")),
            (self.next_button, self.tr("Next period")),
        ):
            button.setToolTip(text)
            name(button, text)
        name(self.mode_box, self.tr("View"))

    def _legend(self) -> QHBoxLayout:
        """Kinds by colour AND by name, and the conflict sign: nothing said by colour alone."""
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("Legend:")))
        for kind in EventKind:
            swatch = QLabel("■")
            swatch.setStyleSheet(f"color: {KIND_COLOURS.get(kind.value, '#777777')};")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(fmt.kind_label(kind)))
        legend.addWidget(QLabel(self.tr("⚠ conflict")))
        legend.addStretch()
        return legend

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.mode_box.currentIndexChanged.connect(self._on_mode_box_current_index_changed)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.canvas.reschedule_requested.connect(self._on_canvas_reschedule_requested)
        self.canvas.create_requested.connect(self.create_requested)
        self.canvas.edit_requested.connect(self.edit_requested)
        self.month.day_activated.connect(self._on_month_day_activated)
        self.conflicts_panel.event_selected.connect(self.show_event)
        self.conflicts_panel.edit_requested.connect(self.edit_requested)
        self.app_events.events_changed.connect(self._on_data_changed)
        self.app_events.registrations_changed.connect(self._on_data_changed)
        self.app_events.schedule_changed.connect(self.reload)
        self.app_events.database_replaced.connect(self._on_database_replaced)

    # --- period --------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """First day and the day after the last day on screen."""
        if self.mode is ViewMode.DAY:
            return self.anchor, self.anchor + timedelta(days=1)
        if self.mode is ViewMode.WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=7)
        days = month_grid(self.anchor)
        return days[0], days[-1] + timedelta(days=1)

    def set_mode(self, mode: ViewMode, anchor: date | None = None) -> None:
        """Show the day, week or month around ``anchor``."""
        self.mode = mode
        if anchor is not None:
            self.anchor = anchor
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(int(mode))
        self.mode_box.blockSignals(False)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Load the events and conflicts of the period (on a worker) and redraw."""
        first, after = self.period()
        Query(self, load_period, self.services, first, after).latest(self._loads).success(
            self._show_period
        ).run()

    def _show_period(self, loaded: Period) -> None:
        first, after = loaded.first, loaded.after
        self.slots, self.conflicts, self._rooms = loaded.slots, loaded.conflicts, loaded.rooms
        conflicted = {i for c in self.conflicts for i in c.events if i is not None}
        if self.mode is ViewMode.MONTH:
            self.month.set_data(self.anchor, self.slots, conflicted)
            self.stack.setCurrentWidget(self.month)
        else:
            self.canvas.keep_room = self.mode is ViewMode.WEEK
            self.canvas.set_data(self._lanes(first, after), self.slots, conflicted)
            self.stack.setCurrentWidget(self.canvas_scroll)
        self.conflicts_panel.set_conflicts(self.conflicts)
        self.period_label.setText(self._period_text(first, after))
        if self._show_after_load:
            self._select_and_scroll(self._show_after_load)
            self._show_after_load = 0

    def _lanes(self, first: date, after: date) -> list[Lane]:
        """Day view: every room and the online column. Week view: per day, the rooms in use."""
        rooms = self._rooms
        several_venues = len({room.venue_id for room in rooms}) > 1
        labels = {
            room.id: f"{room.name} ({room.venue.name})" if several_venues else room.name
            for room in rooms
        }
        online = self.tr("Online")
        if self.mode is ViewMode.DAY:
            lanes = [Lane(first, room.id, labels[room.id]) for room in rooms]
            return [*lanes, Lane(first, None, online, online=True)]
        used: dict[date, set[int | None]] = {}
        for slot in self.slots:
            used.setdefault(slot.starts_at.astimezone(BRUSSELS).date(), set()).add(slot.room_id)
        lanes = []
        day = first
        while day < after:
            in_use = used.get(day, set())
            day_lanes = [Lane(day, r.id, labels[r.id]) for r in rooms if r.id in in_use]
            if None in in_use:
                day_lanes.append(Lane(day, None, online, online=True))
            lanes.extend(day_lanes or [Lane(day, None, "")])
            day += timedelta(days=1)
        return lanes

    def _day_label(self, day: date) -> str:
        return fmt.day_text(day)

    def _period_text(self, first: date, after: date) -> str:
        locale = QLocale()
        if self.mode is ViewMode.MONTH:
            return locale.toString(QDate(self.anchor.year, self.anchor.month, 1), "MMMM yyyy")
        last = after - timedelta(days=1)
        text = locale.toString(QDate(first.year, first.month, first.day), "d MMMM yyyy")
        if last != first:
            end_text = locale.toString(QDate(last.year, last.month, last.day), "d MMMM yyyy")
            text = self.tr("{first} to {last}").format(first=text, last=end_text)
        return text

    # --- rescheduling -------------------------------------------------------------------
    @Slot(int, object, object, object)
    def _on_canvas_reschedule_requested(
        self, event_id: int, start: datetime, end: datetime, room_id: int | None
    ) -> None:
        slot = next(s for s in self.slots if s.id == event_id)
        old = (slot.starts_at, slot.ends_at, slot.room_id)
        self.undo_stack.push(RescheduleCommand(self, event_id, old, (start, end, room_id)))

    def apply_reschedule(
        self, event_id: int, start: datetime, end: datetime, room_id: int | None
    ) -> None:
        """Reschedule through the service, then refresh (used by the undo commands).

        The block moves at once (the next key moves it on from there); the change saved, the
        timetable reloads. Refused, the error is shown and the block goes back.
        """
        self.slots = [
            replace(slot, starts_at=start, ends_at=end, room_id=room_id)
            if slot.id == event_id
            else slot
            for slot in self.slots
        ]
        self.canvas.set_data(self.canvas.lanes, self.slots, self.canvas.conflicted)
        self._moves.append((event_id, start, end, room_id))
        self._save_next_move()

    def _save_next_move(self) -> None:
        """Save the moves one after the other, in the order they were made."""
        if self._moving or not self._moves:
            return
        self._moving = True
        event_id, start, end, room_id = self._moves.pop(0)
        Operation(self, self.services.schedule.reschedule, event_id, start, end, room_id).changes(
            Changes.of(events=[event_id])
        ).success(self._on_rescheduled).failure(self._on_reschedule_refused).run(self.app_events)

    def _on_rescheduled(self, result: RescheduleResult) -> None:
        """Select the moved event; the change the last move publishes reloads the timetable."""
        self._moving = False
        self.canvas.select(result.event_id)
        self._save_next_move()

    def _on_reschedule_refused(self, _exc: Exception) -> bool:
        """Put the blocks back where they are saved; the error is shown the one way."""
        self._moving = False
        self._moves.clear()
        self.reload()
        return False

    @Slot(int)
    def show_event(self, event_id: int) -> None:
        """Go to the day or week of an event and select it."""
        slot = next((s for s in self.slots if s.id == event_id), None)
        if slot is None:
            return
        day = slot.starts_at.astimezone(BRUSSELS).date()
        if self.mode is ViewMode.MONTH:
            self._show_after_load = event_id
            self.set_mode(ViewMode.DAY, day)
        elif not self.period()[0] <= day < self.period()[1]:
            self._show_after_load = event_id
            self.anchor = day
            self.reload()
        else:
            self._select_and_scroll(event_id)

    def _select_and_scroll(self, event_id: int) -> None:
        self.canvas.select(event_id)
        slot = next((s for s in self.slots if s.id == event_id), None)
        rect = self.canvas.block_rect(slot) if slot is not None else None
        if rect is not None:
            self.canvas_scroll.ensureVisible(int(rect.center().x()), int(rect.top()), 50, 80)

    # --- slots ---------------------------------------------------------------------------
    def _step(self) -> timedelta:
        return timedelta(days={ViewMode.DAY: 1, ViewMode.WEEK: 7, ViewMode.MONTH: 31}[self.mode])

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        self.anchor -= (
            self._step() if self.mode is not ViewMode.MONTH else timedelta(days=self.anchor.day)
        )
        self.reload()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self.mode is ViewMode.MONTH:
            self.anchor = (self.anchor.replace(day=28) + timedelta(days=5)).replace(day=1)
        else:
            self.anchor += self._step()
        self.reload()

    @Slot()
    def _on_today_button_clicked(self) -> None:
        self.anchor = datetime.now(BRUSSELS).date()
        self.reload()

    @Slot()
    def _on_print_button_clicked(self) -> None:
        monday = self.anchor - timedelta(days=self.anchor.weekday())
        title = self.tr("Print agenda")
        path = file_dialogs.choose_save_file(
            self, title, f"agenda-{monday}.pdf", self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        Query(self, render_week_agenda, self.services, monday, ui_language()).success(
            partial(save_pdf, self, self.services, path)
        ).run()

    @Slot(int)
    def _on_mode_box_current_index_changed(self, index: int) -> None:
        self.set_mode(ViewMode(index))

    @Slot(object)
    def _on_month_day_activated(self, day: date) -> None:
        self.set_mode(ViewMode.DAY, day)

    @Slot(int)
    def _on_data_changed(self, _event_id: int) -> None:
        if not self._moving:  # else the last move's change reloads
            self.reload()

    @Slot()
    def _on_database_replaced(self) -> None:
        self.undo_stack.clear()
        self.reload()


def _tool_button(text: str) -> QToolButton:
    """A tool button showing ``text``."""
    button = QToolButton()
    button.setText(text)
    return button
