"""A small dialog to add a room (and, if needed, its venue) without leaving the event editor."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.venues import RoomInput, VenueInput
from keet_desktop.ui import messages
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.widgets import FieldMessage

NEW_VENUE = -1


class NewRoomDialog(QDialog):
    """Add a room to a venue, or a new venue with its first room.

    ``venue_id`` and ``room_id`` are set once saved.
    """

    def __init__(
        self, services: Services, venue_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.venue_id: int | None = None
        self.room_id: int | None = None
        self.setWindowTitle(self.tr("New room"))
        self.venue_combo = QComboBox()
        self.venue_combo.setAccessibleName(self.tr("Venue"))
        for venue in services.venues.list_venues():
            self.venue_combo.addItem(venue.name, venue.id)
        self.venue_combo.addItem(self.tr("A new venue…"), NEW_VENUE)
        self.venue_name_edit = QLineEdit()
        self.venue_name_edit.setAccessibleName(self.tr("Name of the new venue"))
        self.venue_name_edit.setPlaceholderText(self.tr("e.g. Buurthuis De Linde"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Room"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Zaal 1"))
        self.capacity_spin = QSpinBox(minimum=1, maximum=100_000, value=30)
        self.capacity_spin.setAccessibleName(self.tr("Places in the room"))
        self.unknown_check = QCheckBox(self.tr("Not known"))
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("Venue"), self.venue_combo)
        form.addRow(self.tr("New venue"), self.venue_name_edit)
        form.addRow(self.tr("Room"), self.name_edit)
        capacity = QHBoxLayout()
        capacity.addWidget(self.capacity_spin)
        capacity.addWidget(self.unknown_check)
        capacity.addStretch()
        form.addRow(self.tr("Places"), capacity)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        index = self.venue_combo.findData(venue_id) if venue_id is not None else -1
        self.venue_combo.setCurrentIndex(index if index >= 0 else 0)
        self._on_venue_combo_changed(self.venue_combo.currentIndex())
        self.venue_combo.currentIndexChanged.connect(self._on_venue_combo_changed)
        self.unknown_check.toggled.connect(self._on_unknown_check_toggled)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot(int)
    def _on_venue_combo_changed(self, _index: int) -> None:
        self.venue_name_edit.setEnabled(self.venue_combo.currentData() == NEW_VENUE)

    @Slot(bool)
    def _on_unknown_check_toggled(self, checked: bool) -> None:
        self.capacity_spin.setEnabled(not checked)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.message.clear_message()
        name = self.name_edit.text().strip()
        if not name:
            self.message.show_error(self.tr("Give the room a name."))
            self.name_edit.setFocus()
            return
        venue_id = self.venue_combo.currentData()
        try:
            if venue_id == NEW_VENUE:
                venue_name = self.venue_name_edit.text().strip()
                if not venue_name:
                    self.message.show_error(self.tr("Give the new venue a name."))
                    self.venue_name_edit.setFocus()
                    return
                venue_id = self._services.venues.create_venue(VenueInput(name=venue_name))
                # a retry after a refused room must not make the venue twice
                self.venue_combo.insertItem(0, venue_name, venue_id)
                self.venue_combo.setCurrentIndex(0)
            capacity = None if self.unknown_check.isChecked() else self.capacity_spin.value()
            self.room_id = self._services.venues.create_room(
                RoomInput(venue_id=int(venue_id), name=name, capacity=capacity)
            )
        except KeetError as exc:
            self.message.show_error(error_text(exc))
            return
        except SQLAlchemyError as exc:
            messages.show_error(self, exc)
            return
        self.venue_id = int(venue_id)
        self.accept()
