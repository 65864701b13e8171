"""Dialogs of a programme: a repeating series of sessions, registering a person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

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

from keet_desktop.domain.changes import ALL, Changes
from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.schedule.conflicts import Conflict
from keet_desktop.domain.schedule.recurrence import Series, occurrences
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.events import EventInput
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.services.programmes import ProgrammeRegistration
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.accessibility import name, scaled
from keet_desktop.ui.i18n import qt_translate
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.schedule.conflicts_panel import ui_language


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


@dataclass(frozen=True)
class SessionFields:
    """What every session of a series is, apart from its time (as filled in)."""

    title: str
    room_id: int | None
    online_url: str
    capacity: int | None
    programme_id: int


def session_template(fields: SessionFields, series: Series) -> EventInput:
    """The first session of ``series``; raises the series' own refusal (e.g. end before start)."""
    first = occurrences(series)[0]
    return EventInput(
        title=fields.title,
        kind=EventKind.WEBINAR if fields.room_id is None else EventKind.PROGRAMME_SESSION,
        starts_at=first[0],
        ends_at=first[1],
        room_id=fields.room_id,
        online_url=fields.online_url,
        capacity=fields.capacity,
        programme_id=fields.programme_id,
    )


Planned = list[tuple[datetime, datetime, list[Conflict]]]


def plan_series(services: Services, fields: SessionFields, series: Series) -> Planned:
    """(worker) Every session of the series with the conflicts it would have."""
    template = session_template(fields, series)
    planned: Planned = []
    for starts_at, ends_at in occurrences(series):
        template.starts_at, template.ends_at = starts_at, ends_at
        planned.append((starts_at, ends_at, services.schedule.check_event(template)))
    return planned


class SeriesDialog(QDialog):
    """A repeating series of sessions (e.g. every Tuesday 19:00–21:30, six times).

    The preview lists every session with the conflicts it would have, before anything is
    saved. Accepting creates the sessions in the programme.
    """

    def __init__(self, services: Services, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.programme_id = services, programme_id
        self.created: list[int] = []
        self.changes = Changes()  # what accepting changed, for the opener to publish
        self._previews = Latest()
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

    def fields(self) -> SessionFields:
        """What every session of the series is, apart from its time."""
        return SessionFields(
            title=self.title_edit.text(),
            room_id=self.room_box.currentData(),
            online_url=self.url_edit.text(),
            capacity=self.capacity_spin.value() or None,
            programme_id=self.programme_id,
        )

    def template(self) -> EventInput:
        """The first session as filled in (raises the series' refusal)."""
        return session_template(self.fields(), self.series())

    def update_preview(self) -> None:
        """List the sessions with their conflicts (checked on a worker)."""
        Query(self, plan_series, self.services, self.fields(), self.series()).latest(
            self._previews
        ).success(self._show_preview).failure(self._on_preview_refused).run()

    def _show_preview(self, planned: Planned) -> None:
        self.preview.clear()
        language = ui_language()
        for starts_at, ends_at, found in planned:
            self.preview.addItem(fmt.span_text(starts_at, ends_at))
            for conflict in found:
                self.preview.addItem("    ⚠ " + conflict.format(qt_translate, language))

    def _on_preview_refused(self, exc: Exception) -> bool:
        """A series that cannot be made says why in the preview; database errors the one way."""
        if not isinstance(exc, KeetError):
            return False
        self.preview.clear()
        self.preview.addItem(exc.format(qt_translate))
        return True

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
        self.buttons.setEnabled(False)
        Operation(self, self._add_series, self.fields(), self.series()).success(
            self._on_series_added
        ).failure(self._on_refused).run()

    def _add_series(self, fields: SessionFields, series: Series) -> list[int]:
        """(worker) Create the sessions; returns their ids."""
        template = session_template(fields, series)
        return self.services.programmes.add_series(self.programme_id, template, series)

    def _on_series_added(self, created: list[int]) -> None:
        self.buttons.setEnabled(True)
        self.created = created
        self.changes = Changes.of(events=[ALL])
        self.accept()

    def _on_refused(self, _exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return False  # shown the one way


class ProgrammeRegisterDialog(QDialog):
    """Register one person for every session of a programme."""

    def __init__(self, services: Services, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.services, self.programme_id = services, programme_id
        self.changes = Changes()  # what accepting changed, for the opener to publish
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
        self.buttons.setEnabled(False)
        Operation(self, self.services.programmes.register, self.programme_id, person).success(
            self._on_registered
        ).failure(self._on_refused).run()

    def _on_registered(self, result: ProgrammeRegistration) -> None:
        self.buttons.setEnabled(True)
        self.changes = Changes.of(registrations=[place.event_id for place in result.sessions])
        self.accept()

    def _on_refused(self, _exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return False  # shown the one way
