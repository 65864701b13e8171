"""The event editor: every field, with what is wrong shown next to the field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.models import Event, EventKind, EventStatus
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.events import WARNINGS, EventInput
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import first_widget, labelled, scaled, scrolling
from keet_desktop.ui.date_field import DateTimeField
from keet_desktop.ui.dialogs.room_dialog import NewRoomDialog
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.widgets import FieldMessage

FIELD_OF = {"venue_id": "room_id", "venue": "room_id", "room": "room_id"}


class EventDialog(QDialog):
    """Create or change an event. ``saved_event_id`` is set once it is saved."""

    def __init__(
        self, services: Services, event: Event | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._event = event
        self.saved_event_id: int | None = None
        self.promoted: list[int] = []
        self.promoted_names: list[tuple[int, str]] = []  # (registration id, name) moved up
        self.changes = Changes()  # what saving changed, for the opener to publish
        self._checked = False  # after a first save attempt, problems update as you type
        self._checks = Latest()
        self._venues = services.venues.list_venues()
        self._build_ui()
        self._connect_signals()
        self._load(event)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit event") if self._event else self.tr("New event"))
        self.setMinimumWidth(scaled(self, 560))
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in EventKind:
            self.kind_combo.addItem(fmt.kind_label(kind), kind.value)
        self.status_combo = QComboBox()
        for status in EventStatus:
            self.status_combo.addItem(fmt.event_status_label(status), status.value)
        self.start_edit = DateTimeField()
        self.end_edit = DateTimeField()
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.end_edit.setAccessibleName(self.tr("End"))
        self.venue_combo = QComboBox()
        self.room_combo = QComboBox()
        self.new_room_button = QPushButton(self.tr("New room…"))
        self.new_room_button.setAccessibleName(self.tr("Add a new room"))
        room_row = QHBoxLayout()
        room_row.addWidget(self.room_combo, 1)
        room_row.addWidget(self.new_room_button)
        self.online_edit = QLineEdit(placeholderText="https://")
        self.capacity_spin = QSpinBox(maximum=100_000)
        self.unlimited_check = QCheckBox(self.tr("No limit"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Dutch"), "nl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.programme_combo = QComboBox()
        self.facilitator_list = QListWidget()
        self.facilitator_list.setMaximumHeight(90)
        self.logo_edit = QLineEdit(placeholderText=self.tr("Image file for badges and lists"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(80)
        self.messages: dict[str, FieldMessage] = {}
        capacity_row = QHBoxLayout()
        capacity_row.addWidget(self.capacity_spin)
        capacity_row.addWidget(self.unlimited_check)
        capacity_row.addStretch()
        rows = [
            (self.tr("Title"), self.title_edit, "title"),
            (self.tr("Kind"), self.kind_combo, "kind"),
            (self.tr("Status"), self.status_combo, "status"),
            (self.tr("Start"), self.start_edit, "starts_at"),
            (self.tr("End"), self.end_edit, "ends_at"),
            (self.tr("Venue"), self.venue_combo, "venue_id"),
            (self.tr("Room"), room_row, "room_id"),
            (self.tr("Online link"), self.online_edit, "online_url"),
            (self.tr("Capacity"), capacity_row, "capacity"),
            (self.tr("Language"), self.language_combo, "language"),
            (self.tr("Programme"), self.programme_combo, "programme_id"),
            (self.tr("Facilitators"), self.facilitator_list, "facilitators"),
            (self.tr("Logo"), self.logo_edit, "logo"),
            (self.tr("Description"), self.description_edit, "description"),
        ]
        for text, field, name in rows:
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(field, QWidget):
                box.addWidget(field)
            elif isinstance(field, QLayout):
                box.addLayout(field)
            shown = field if isinstance(field, QWidget | QLayout) else None
            self.messages[name] = FieldMessage(field=first_widget(shown) if shown else None)
            box.addWidget(self.messages[name])
            form.addRow(labelled(text, shown) if shown else text, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.new_room_button.clicked.connect(self._on_new_room_button_clicked)
        self.venue_combo.currentIndexChanged.connect(self._on_venue_combo_changed)
        self.unlimited_check.toggled.connect(self._on_unlimited_check_toggled)
        self.start_edit.dateTimeChanged.connect(self._on_start_edit_changed)
        for signal in (
            self.title_edit.textChanged,
            self.online_edit.textChanged,
            self.kind_combo.currentIndexChanged,
            self.room_combo.currentIndexChanged,
            self.capacity_spin.valueChanged,
            self.unlimited_check.toggled,
            self.start_edit.dateTimeChanged,
            self.end_edit.dateTimeChanged,
        ):
            signal.connect(self._on_field_changed)

    def _load(self, event: Event | None) -> None:
        self.venue_combo.addItem(self.tr("(none – online or elsewhere)"), None)
        for venue in self._venues:
            self.venue_combo.addItem(venue.name, venue.id)
        self.programme_combo.addItem(self.tr("(none)"), None)
        for programme in self._services.events.list_programmes():
            self.programme_combo.addItem(programme.title, programme.id)
        chosen = {f.id for f in event.facilitators} if event else set()
        for facilitator in self._services.facilitators.list_facilitators():
            item = QListWidgetItem(facilitator.name, self.facilitator_list)
            item.setData(Qt.ItemDataRole.UserRole, facilitator.id)
            checked = facilitator.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if event is None:
            start = QDateTime(QDate.currentDate().addDays(7), QTime(19, 0))
            self.start_edit.setDateTime(start)
            self.end_edit.setDateTime(start.addSecs(2 * 3600))
            self.capacity_spin.setValue(25)
            self._select(self.status_combo, EventStatus.PUBLISHED.value)
            return
        self._fill(event)

    def preset(self, start: datetime, end: datetime, room_id: int | None) -> None:
        """Start a new event at this time, in this room (None: online, a webinar)."""
        self.start_edit.setDateTime(fmt.to_wall_qdatetime(start))
        self.end_edit.setDateTime(fmt.to_wall_qdatetime(end))
        if room_id is None:
            self._select(self.kind_combo, EventKind.WEBINAR.value)
            return
        venue_id = next((v.id for v in self._venues if any(r.id == room_id for r in v.rooms)), None)
        self._select(self.venue_combo, venue_id)
        self._select(self.room_combo, room_id)

    def _fill(self, event: Event) -> None:
        self.title_edit.setText(event.title)
        self._select(self.kind_combo, event.kind.value)
        self._select(self.status_combo, event.status.value)
        self.start_edit.setDateTime(fmt.to_wall_qdatetime(event.starts_at))
        self.end_edit.setDateTime(fmt.to_wall_qdatetime(event.ends_at))
        self._select(self.venue_combo, event.venue_id)
        self._select(self.room_combo, event.room_id)
        self.online_edit.setText(event.online_url)
        self.unlimited_check.setChecked(event.capacity is None)
        self.capacity_spin.setValue(event.capacity or 0)
        self._select(self.language_combo, event.language)
        self._select(self.programme_combo, event.programme_id)
        self.description_edit.setPlainText(event.description)
        self.logo_edit.setText(event.logo)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    @Slot(int)
    def _on_venue_combo_changed(self, _index: int) -> None:
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("(no room)"), None)
        venue_id = self.venue_combo.currentData()
        for venue in self._venues:
            if venue.id == venue_id:
                for room in venue.rooms:
                    shown = room.name
                    if room.capacity is not None:
                        shown = self.tr("{room} ({capacity} places)").format(
                            room=room.name, capacity=fmt.number_text(room.capacity)
                        )
                    self.room_combo.addItem(shown, room.id)

    @Slot()
    def _on_new_room_button_clicked(self) -> None:
        dialog = NewRoomDialog(self._services, self.venue_combo.currentData(), self)
        if not dialog.exec() or dialog.room_id is None:
            return
        self._venues = self._services.venues.list_venues()
        self.venue_combo.blockSignals(True)
        while self.venue_combo.count() > 1:
            self.venue_combo.removeItem(1)
        for venue in self._venues:
            self.venue_combo.addItem(venue.name, venue.id)
        self.venue_combo.blockSignals(False)
        self._select(self.venue_combo, dialog.venue_id)
        self._on_venue_combo_changed(self.venue_combo.currentIndex())
        self._select(self.room_combo, dialog.room_id)

    @Slot(bool)
    def _on_unlimited_check_toggled(self, checked: bool) -> None:
        self.capacity_spin.setEnabled(not checked)

    @Slot(QDateTime)
    def _on_start_edit_changed(self, value: QDateTime) -> None:
        end = self.end_edit.dateTime()
        if end.isValid() and end <= value:
            self.end_edit.setDateTime(value.addSecs(2 * 3600))

    def event_input(self) -> EventInput:
        """What the fields say, as the service's input."""
        facilitators = [
            int(self.facilitator_list.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.facilitator_list.count())
            if self.facilitator_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        return EventInput(
            title=self.title_edit.text(),
            kind=EventKind(self.kind_combo.currentData()),
            status=EventStatus(self.status_combo.currentData()),
            starts_at=fmt.from_qdatetime(self.start_edit.dateTime()),
            ends_at=fmt.from_qdatetime(self.end_edit.dateTime()),
            venue_id=self.venue_combo.currentData(),
            room_id=self.room_combo.currentData(),
            online_url=self.online_edit.text(),
            capacity=None if self.unlimited_check.isChecked() else self.capacity_spin.value(),
            language=self.language_combo.currentData(),
            programme_id=self.programme_combo.currentData(),
            facilitator_ids=facilitators,
            description=self.description_edit.toPlainText(),
            logo=self.logo_edit.text().strip(),
        )

    @Slot()
    def _on_field_changed(self) -> None:
        if not self._checked or not (self.start_edit.is_valid() and self.end_edit.is_valid()):
            return
        Query(self, self._services.events.check, self.event_input()).latest(self._checks).success(
            self._show_problems
        ).failure(self._on_check_failed).run()

    def _on_check_failed(self, exc: Exception) -> bool:
        """While typing, a refusal shows at its field; a database problem shows when saving."""
        if isinstance(exc, KeetError):
            self._show_problems([exc])
        return True

    def _show_problems(self, problems: list[KeetError]) -> None:
        for message in self.messages.values():
            message.clear_message()
        for problem in problems:
            _localise_times(problem)
            name = FIELD_OF.get(problem.field or "", problem.field or "title")
            target = self.messages.get(name, self.messages["title"])
            if isinstance(problem, WARNINGS):
                target.show_warning(error_text(problem))
            else:
                target.show_error(error_text(problem))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self._checked = True
        if not all([self.start_edit.check(), self.end_edit.check()]):
            (self.start_edit if not self.start_edit.is_valid() else self.end_edit).setFocus()
            return
        self.buttons.setEnabled(False)
        data = self.event_input()
        Query(self, self._check, data).success(self._on_checked).failure(self._on_refused).run()

    def _check(self, data: EventInput) -> list[KeetError]:
        """(worker) The rules' problems and warnings, and what a lower capacity means."""
        problems = self._services.events.check(data)
        if self._event is not None and data.capacity != self._event.capacity:
            below = self._services.events.capacity_warning(self._event.id, data.capacity)
            if below is not None:
                problems.append(below)
        return problems

    def _on_checked(self, problems: list[KeetError]) -> None:
        self._show_problems(problems)
        if any(not isinstance(p, WARNINGS) for p in problems) or (
            problems
            and not messages.ask(
                self,
                self.tr("Save anyway?"),
                "\n".join(error_text(p) for p in problems) + "\n\n" + self.tr("Save anyway?"),
            )
        ):
            self.buttons.setEnabled(True)
            return
        Operation(self, self._save, self.event_input()).success(self._on_saved).failure(
            self._on_refused
        ).run()

    def _save(self, data: EventInput) -> tuple[int, list[tuple[int, str]]]:
        """(worker) Create or update; return the event's id and who moved up."""
        if self._event is None:
            result = self._services.events.create(data)
        else:
            result = self._services.events.update(self._event.id, data)
        registrations = self._services.registrations
        return result.event.id, [
            (rid, registrations.get(rid).person.full_name) for rid in result.promoted
        ]

    def _on_saved(self, saved: tuple[int, list[tuple[int, str]]]) -> None:
        self.buttons.setEnabled(True)
        self.saved_event_id, self.promoted_names = saved
        self.promoted = [rid for rid, _name in self.promoted_names]
        self.changes = Changes.of(events=[self.saved_event_id], registrations=[self.saved_event_id])
        self.accept()

    def _on_refused(self, exc: Exception) -> bool:
        """Show a refusal next to its field; database errors are shown the one way."""
        self.buttons.setEnabled(True)
        if not isinstance(exc, KeetError):
            return False
        self._show_problems([exc])
        return True


def _localise_times(problem: KeetError) -> None:
    """Show the times an error names in the UI's format, not ISO."""
    for key in ("start", "end"):
        value = problem.params.get(key)
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue
            problem.params[key] = fmt.datetime_text(moment.astimezone(BRUSSELS))
