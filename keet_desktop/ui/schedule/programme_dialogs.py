"""Dialogs of a programme: a repeating series of sessions, registering a person."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.schedule.recurrence import Series, occurrences
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.events import EventInput
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import name, scaled
from keet_desktop.ui.i18n import qt_translate
from keet_desktop.ui.schedule.conflicts_panel import ui_language


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class SeriesDialog(QDialog):
    """A repeating series of sessions (e.g. every Tuesday 19:00–21:30, six times).

    The preview lists every session with the conflicts it would have, before anything is
    saved. Accepting creates the sessions in the programme.
    """

    def __init__(self, services: Services, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.programme_id = services, programme_id
        self.created: list[int] = []
        self.setWindowTitle(self.tr("Repeating series"))
        self._build_ui()
        self._connect_signals()
        self.update_preview()

    def _build_ui(self) -> None:
        self.title_edit = QLineEdit(self.tr("Session"))
        self.room_box = QComboBox()
        self.room_box.addItem(self.tr("Online"), None)
        for room in self.services.venues.list_rooms():
            self.room_box.addItem(f"{room.name} ({room.venue.name})", room.id)
        if self.room_box.count() > 1:
            self.room_box.setCurrentIndex(1)
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 10_000)
        self.capacity_spin.setSpecialValueText(self.tr("unlimited"))
        today = QDate.currentDate()
        self.first_edit = QDateEdit(today.addDays(7))
        self.first_edit.setCalendarPopup(True)
        self.start_edit, self.end_edit = QTimeEdit(QTime(19, 0)), QTimeEdit(QTime(21, 30))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 200)
        self.count_spin.setValue(6)
        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, 8)
        self.every_spin.setSuffix(self.tr(" week(s)"))
        self.skip_edit = QDateEdit(today.addDays(21))
        self.skip_edit.setCalendarPopup(True)
        self.skip_button = QPushButton(self.tr("Skip this date"))
        self.skip_list = QListWidget()
        self.skip_list.setMaximumHeight(70)
        name(self.first_edit, self.tr("First date"))
        name(self.start_edit, self.tr("Starts at"))
        name(self.end_edit, self.tr("Ends at"))
        name(self.skip_edit, self.tr("Date to skip"))
        name(self.skip_list, self.tr("Skipped dates"))
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip_edit)
        skip_row.addWidget(self.skip_button)
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Room"), self.room_box)
        form.addRow(self.tr("Online link"), self.url_edit)
        form.addRow(self.tr("Capacity"), self.capacity_spin)
        form.addRow(self.tr("First session"), self.first_edit)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Sessions"), self.count_spin)
        form.addRow(self.tr("Every"), self.every_spin)
        form.addRow(self.tr("Not on"), skip_row)
        form.addRow("", self.skip_list)
        self.preview = QListWidget()
        name(self.preview, self.tr("Sessions that will be made"))
        self.preview.setWordWrap(True)
        self.setMinimumWidth(scaled(self, 600))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sessions and conflicts")))
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        for edit in (self.first_edit, self.skip_edit):
            edit.dateChanged.connect(self._on_input_changed)
        for time_edit in (self.start_edit, self.end_edit):
            time_edit.timeChanged.connect(self._on_input_changed)
        for spin in (self.count_spin, self.every_spin):
            spin.valueChanged.connect(self._on_input_changed)
        self.room_box.currentIndexChanged.connect(self._on_input_changed)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def skipped(self) -> frozenset[date]:
        """The dates without a session."""
        return frozenset(
            date.fromisoformat(self.skip_list.item(n).text()) for n in range(self.skip_list.count())
        )

    def series(self) -> Series:
        """The series as filled in."""
        return Series(
            first_day=_date(self.first_edit),
            start=_time(self.start_edit),
            end=_time(self.end_edit),
            count=self.count_spin.value(),
            every_weeks=self.every_spin.value(),
            skip=self.skipped(),
        )

    def template(self) -> EventInput:
        """What every session of the series is, apart from its time."""
        room_id = self.room_box.currentData()
        first = occurrences(self.series())[0]
        return EventInput(
            title=self.title_edit.text(),
            kind=EventKind.WEBINAR if room_id is None else EventKind.PROGRAMME_SESSION,
            starts_at=first[0],
            ends_at=first[1],
            room_id=room_id,
            online_url=self.url_edit.text(),
            capacity=self.capacity_spin.value() or None,
            programme_id=self.programme_id,
        )

    def update_preview(self) -> None:
        """List the sessions with their conflicts."""
        self.preview.clear()
        try:
            sessions = occurrences(self.series())
            template = self.template()
        except KeetError as exc:
            self.preview.addItem(exc.format(qt_translate))
            return
        language = ui_language()
        for starts_at, ends_at in sessions:
            template.starts_at, template.ends_at = starts_at, ends_at
            found = self.services.schedule.check_event(template)
            self.preview.addItem(fmt.span_text(starts_at, ends_at))
            for conflict in found:
                self.preview.addItem("    ⚠ " + conflict.format(qt_translate, language))

    @Slot()
    def _on_input_changed(self) -> None:
        self.update_preview()

    @Slot()
    def _on_skip_button_clicked(self) -> None:
        day = _date(self.skip_edit).isoformat()
        if day not in {self.skip_list.item(n).text() for n in range(self.skip_list.count())}:
            self.skip_list.addItem(day)
        self.update_preview()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self.created = self.services.programmes.add_series(
                self.programme_id, self.template(), self.series()
            )
        except KeetError as exc:
            messages.show_error(self, exc)
            return
        self.accept()


class ProgrammeRegisterDialog(QDialog):
    """Register one person for every session of a programme."""

    def __init__(self, services: Services, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.programme_id = services, programme_id
        self.setWindowTitle(self.tr("Register for the programme"))
        self.given_edit, self.family_edit, self.email_edit = QLineEdit(), QLineEdit(), QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Given name"), self.given_edit)
        form.addRow(self.tr("Name"), self.family_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        person = PersonInput(
            self.given_edit.text(), self.family_edit.text(), self.email_edit.text() or None
        )
        try:
            self.services.programmes.register(self.programme_id, person)
        except KeetError as exc:
            messages.show_error(self, exc)
            return
        self.accept()
