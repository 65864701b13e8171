"""Venues and their rooms: name, address, opening hours, capacity, accessibility."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from functools import partial

from PySide6.QtCore import QItemSelection, QTime, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.models import Room, Venue
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.venues import RoomInput, VenueInput
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import name, scrolling
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Operation
from keet_desktop.ui.schedule.table_models import RecordTableModel
from keet_desktop.ui.settings import Settings


def _table(model: RecordTableModel[object]) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


def _to_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class VenuesDialog(QDialog):
    """Manage venues and the rooms in each.

    Signals: none (changes are published through ``app_events``: the schedule changed).
    """

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.settings, self.app_events = services, settings, app_events
        self.setWindowTitle(self.tr("Venues and rooms"))
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.venues_model: RecordTableModel[Venue] = RecordTableModel(
            [(self.tr("Venue"), lambda v: v.name), (self.tr("Address"), lambda v: v.address)], self
        )
        self.rooms_model: RecordTableModel[Room] = RecordTableModel(
            [
                (self.tr("Room"), lambda r: r.name),
                (self.tr("Capacity"), lambda r: r.capacity),
                (self.tr("Accessibility"), lambda r: r.accessibility),
            ],
            self,
        )
        self.venues_view = _table(self.venues_model)  # type: ignore[arg-type]
        self.rooms_view = _table(self.rooms_model)  # type: ignore[arg-type]
        name(self.venues_view, self.tr("Venues"))
        name(self.rooms_view, self.tr("Rooms"))
        self.name_edit, self.address_edit = QLineEdit(), QPlainTextEdit()
        self.address_edit.setMaximumHeight(60)
        self.hours_box = QCheckBox(self.tr("Opening hours"))
        self.opens_edit, self.closes_edit = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(22, 0))
        hours = QHBoxLayout()
        for widget in (self.hours_box, self.opens_edit, self.closes_edit):
            hours.addWidget(widget)
        venue_form = QFormLayout()
        venue_form.addRow(self.tr("Name"), self.name_edit)
        venue_form.addRow(self.tr("Address"), self.address_edit)
        venue_form.addRow(hours)
        self.save_venue_button = QPushButton(self.tr("Save venue"))
        self.new_venue_button = QPushButton(self.tr("New venue"))
        self.delete_venue_button = QPushButton(self.tr("Delete venue"))
        venue_buttons = QHBoxLayout()
        for button in (self.new_venue_button, self.save_venue_button, self.delete_venue_button):
            venue_buttons.addWidget(button)
        venue_box = QGroupBox(self.tr("Venue"))
        venue_layout = QVBoxLayout(venue_box)
        venue_layout.addWidget(self.venues_view)
        venue_layout.addLayout(venue_form)
        venue_layout.addLayout(venue_buttons)
        room_box = QGroupBox(self.tr("Rooms"))
        room_layout = QVBoxLayout(room_box)
        room_layout.addWidget(self.rooms_view)
        room_layout.addLayout(self._room_form())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(venue_box)
        columns.addWidget(room_box)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(columns), 1)
        layout.addWidget(buttons)

    def _room_form(self) -> QVBoxLayout:
        self.room_name_edit = QLineEdit()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 10_000)
        self.capacity_spin.setSpecialValueText(self.tr("unlimited"))
        self.accessibility_edit = QLineEdit()
        self.accessibility_edit.setPlaceholderText(
            self.tr("e.g. wheelchair access, lift, hearing loop")
        )
        form = QFormLayout()
        form.addRow(self.tr("Room"), self.room_name_edit)
        form.addRow(self.tr("Capacity"), self.capacity_spin)
        form.addRow(self.tr("Accessibility"), self.accessibility_edit)
        self.save_room_button = QPushButton(self.tr("Save room"))
        self.new_room_button = QPushButton(self.tr("New room"))
        self.delete_room_button = QPushButton(self.tr("Delete room"))
        row = QHBoxLayout()
        for button in (self.new_room_button, self.save_room_button, self.delete_room_button):
            row.addWidget(button)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addLayout(row)
        return layout

    def _connect_signals(self) -> None:
        self.venues_view.selectionModel().selectionChanged.connect(self._on_venue_selection_changed)
        self.rooms_view.selectionModel().selectionChanged.connect(self._on_room_selection_changed)
        self.save_venue_button.clicked.connect(self._on_save_venue_clicked)
        self.new_venue_button.clicked.connect(self._on_new_venue_clicked)
        self.delete_venue_button.clicked.connect(self._on_delete_venue_clicked)
        self.save_room_button.clicked.connect(self._on_save_room_clicked)
        self.new_room_button.clicked.connect(self._on_new_room_clicked)
        self.delete_room_button.clicked.connect(self._on_delete_room_clicked)

    # --- state -------------------------------------------------------------------------
    def reload(self, venue_id: int | None = None) -> None:
        """Reload the venues and select ``venue_id`` (or keep the selection)."""
        keep = venue_id if venue_id is not None else self.current_venue_id()
        self.venues_model.set_rows(self.services.venues.list_venues())
        for row, venue in enumerate(self.venues_model.rows):
            if venue.id == keep:
                self.venues_view.selectRow(row)
                return
        self._show_venue(None)

    def current_venue_id(self) -> int | None:
        """The selected venue's id."""
        rows = self.venues_view.selectionModel().selectedRows() if self.venues_view.model() else []
        return self.venues_model.rows[rows[0].row()].id if rows else None

    def current_room_id(self) -> int | None:
        """The selected room's id."""
        rows = self.rooms_view.selectionModel().selectedRows()
        return self.rooms_model.rows[rows[0].row()].id if rows else None

    def _show_venue(self, venue: Venue | None) -> None:
        self.name_edit.setText(venue.name if venue else "")
        self.address_edit.setPlainText(venue.address if venue else "")
        has_hours = bool(venue and venue.opens_at and venue.closes_at)
        self.hours_box.setChecked(has_hours)
        if venue and venue.opens_at and venue.closes_at:
            self.opens_edit.setTime(QTime(venue.opens_at.hour, venue.opens_at.minute))
            self.closes_edit.setTime(QTime(venue.closes_at.hour, venue.closes_at.minute))
        self.rooms_model.set_rows(venue.rooms if venue else [])
        self._show_room(None)

    def _show_room(self, room: Room | None) -> None:
        self.room_name_edit.setText(room.name if room else "")
        self.capacity_spin.setValue(room.capacity or 0 if room else 0)
        self.accessibility_edit.setText(room.accessibility if room else "")

    def _venue_input(self) -> VenueInput:
        hours = self.hours_box.isChecked()
        return VenueInput(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            opens_at=_to_time(self.opens_edit) if hours else None,
            closes_at=_to_time(self.closes_edit) if hours else None,
        )

    def _change(self, function: Callable[..., object], *args: object, show: int | None) -> None:
        """Run a change on a worker, then publish it and show the venue.

        The venue shown is the id ``function`` returns (a saved venue), else ``show``.
        """
        Operation(self, function, *args).changes(Changes.of(schedule=True)).success(
            partial(self._on_changed, show)
        ).run(self.app_events)

    def _on_changed(self, show: int | None, result: object) -> None:
        self.reload(result if isinstance(result, int) else show)

    def _save_venue(self, venue_id: int | None, data: VenueInput) -> int:
        """(worker) Create or change a venue; returns its id."""
        if venue_id is None:
            return self.services.venues.create_venue(data)
        self.services.venues.update_venue(venue_id, data)
        return venue_id

    def _save_room(self, room_id: int | None, data: RoomInput) -> None:
        """(worker) Create or change a room."""
        if room_id is None:
            self.services.venues.create_room(data)
        else:
            self.services.venues.update_room(room_id, data)

    # --- slots -------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_venue_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.venues_view.selectionModel().selectedRows()
        self._show_venue(self.venues_model.rows[rows[0].row()] if rows else None)

    @Slot(QItemSelection, QItemSelection)
    def _on_room_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.rooms_view.selectionModel().selectedRows()
        self._show_room(self.rooms_model.rows[rows[0].row()] if rows else None)

    @Slot()
    def _on_new_venue_clicked(self) -> None:
        self.venues_view.clearSelection()
        self._show_venue(None)
        self.name_edit.setFocus()

    @Slot()
    def _on_save_venue_clicked(self) -> None:
        self._change(self._save_venue, self.current_venue_id(), self._venue_input(), show=None)

    @Slot()
    def _on_delete_venue_clicked(self) -> None:
        venue_id = self.current_venue_id()
        if venue_id is None:
            return
        question = self.tr("Delete this venue and its rooms? Its events keep their times.")
        if messages.ask(self, self.tr("Delete venue"), question):
            self._change(self.services.venues.delete_venue, venue_id, show=None)

    @Slot()
    def _on_new_room_clicked(self) -> None:
        self.rooms_view.clearSelection()
        self._show_room(None)
        self.room_name_edit.setFocus()

    @Slot()
    def _on_save_room_clicked(self) -> None:
        venue_id, room_id = self.current_venue_id(), self.current_room_id()
        if venue_id is None:
            return
        capacity = self.capacity_spin.value() or None
        data = RoomInput(
            venue_id, self.room_name_edit.text(), capacity, self.accessibility_edit.text()
        )
        self._change(self._save_room, room_id, data, show=venue_id)

    @Slot()
    def _on_delete_room_clicked(self) -> None:
        room_id = self.current_room_id()
        if room_id is not None and messages.ask(
            self, self.tr("Delete room"), self.tr("Delete this room? Its events stay at the venue.")
        ):
            self._change(self.services.venues.delete_room, room_id, show=self.current_venue_id())
