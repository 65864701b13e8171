"""Import webinar attendance from a Zoom or Teams report, with the list of who did not match."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.importing.attendance import Participant
from keet_desktop.domain.importing.reports import AttendanceReport, ReportDateError
from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.import_attendance import (
    AttendancePlan,
    default_min_minutes,
    participant_key,
)
from keet_desktop.ui import file_dialogs, messages
from keet_desktop.ui.accessibility import fit_to_screen, labelled, leave_with_tab, name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.importing.models import ParticipantTableModel
from keet_desktop.ui.operations import Latest, Operation, Query


def read_report(
    services: Services, path: Path, event_id: int
) -> tuple[AttendanceReport, ReportDateError | None]:
    """(worker) Read the report; with the refusal when it is of another day than the event."""
    report = services.attendance.read_report(path)
    try:
        services.attendance.check_date(report, event_id, path.name)
    except ReportDateError as exc:  # not a refusal here: the organiser is asked
        return report, exc
    return report, None


def people_to_link(services: Services, event_id: int) -> list[tuple[str, int]]:
    """(worker) The event's registrations that are not cancelled: label and registration id."""
    people = []
    for row in services.registrations.list_for_event(event_id):
        if row.registration.status is RegistrationStatus.CANCELLED:
            continue
        label = row.person.full_name
        if row.person.email:
            label += f" <{row.person.email}>"
        people.append((label, row.registration.id))
    return people


class AttendanceImportDialog(QDialog):
    """Mark who attended a webinar from its meeting report.

    Shows the preview first (matched, attended, not matched); "Mark as attended" writes the
    online check-ins.
    """

    def __init__(
        self,
        services: Services,
        app_events: AppEvents,
        event_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self._event_id = event_id
        self.participants: list[Participant] = []
        self.absent: list[Participant] = []  # webinar registrants the report lists as absent
        self.links: dict[str, int] = {}
        self.plan: AttendancePlan | None = None
        self._previews = Latest()
        self._build_ui()
        self._connect_signals()
        Query(self, people_to_link, services, event_id).success(self._on_people_loaded).run()

    def _build_ui(self) -> None:
        event = self._services.events.get(self._event_id)
        self.setWindowTitle(self.tr("Import attendance"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Zoom or Teams attendance report"))
        name(self.path_edit, self.tr("Attendance report file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(default_min_minutes(event))
        self.summary = QLabel(self.tr("Choose the report of “{title}”.").format(title=event.title))
        self.summary.setWordWrap(True)
        self.unmatched = ParticipantTableModel(self)
        self.unmatched_view = QTableView()
        leave_with_tab(self.unmatched_view, self.tr("Participants not found"))
        self.unmatched_view.setModel(self.unmatched)
        self.unmatched_view.verticalHeader().hide()
        self.unmatched_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unmatched_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unmatched_view.horizontalHeader().setSectionResizeMode(
            ParticipantTableModel.Column.NAME, QHeaderView.ResizeMode.Stretch
        )
        link_row = self._build_link_row()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("Mark as attended"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Report:"), row)
        form.addRow(self.tr("Present at least:"), self.minutes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Not matched (link them by hand):")))
        layout.addWidget(self.unmatched_view, 1)
        layout.addLayout(link_row)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 480)

    def _build_link_row(self) -> QHBoxLayout:
        self.registration_combo = QComboBox()  # filled on a worker (an event may be large)
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setEnabled(False)
        self.registration_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.registration_combo.setMinimumContentsLength(24)  # long names and e-mails elide
        link_row = QHBoxLayout()
        link_row.addWidget(labelled(self.tr("The selected person is:"), self.registration_combo))
        link_row.addWidget(self.registration_combo, 1)
        link_row.addWidget(self.link_button)
        return link_row

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.editingFinished.connect(self._on_path_edit_editing_finished)
        self.minutes.valueChanged.connect(self._on_minutes_value_changed)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.unmatched_view.selectionModel().selectionChanged.connect(
            self._on_unmatched_selection_changed
        )

    def ask_file(self) -> str:
        """Ask for the report (a separate method, so tests can replace the dialog)."""
        return file_dialogs.choose_open_file(
            self, self.tr("Import attendance"), self.tr("Reports (*.csv *.txt);;All files (*)")
        )

    def _on_people_loaded(self, people: list[tuple[str, int]]) -> None:
        for label, registration_id in people:
            self.registration_combo.addItem(label, registration_id)
        self._on_unmatched_selection_changed()

    def load(self, path: str) -> None:
        """Read the report (on a worker) and preview it."""
        self.path_edit.setText(path)
        Query(self, read_report, self._services, Path(path), self._event_id).success(
            self._on_report_read
        ).failure(self._on_report_refused).run()

    def _on_report_read(self, read: tuple[AttendanceReport, ReportDateError | None]) -> None:
        report, other_day = read
        if other_day is not None and not self._other_day_confirmed(other_day):
            self._clear()
            return
        self.participants = report.participants
        self.absent = report.absent
        self._preview()

    def _on_report_refused(self, _exc: Exception) -> bool:
        self._clear()
        return False  # shown the one way

    def _clear(self) -> None:
        self.participants = []
        self.plan = None
        self.import_button.setEnabled(False)

    def _other_day_confirmed(self, exc: ReportDateError) -> bool:
        """A report of another day than the event's is used only when the organiser says so."""
        question = error_text(exc) + "\n\n" + self.tr("Use this report anyway?")
        return messages.ask(self, self.tr("Report of another day"), question)

    def _preview(self) -> None:
        attendance = self._services.attendance
        Query(
            self,
            attendance.preview,
            list(self.participants),
            self._event_id,
            self.minutes.value(),
            dict(self.links),
        ).latest(self._previews).success(self._on_previewed).run()

    def _on_previewed(self, plan: AttendancePlan) -> None:
        self.plan = plan
        self._show(plan)
        self.import_button.setEnabled(plan.attended > 0)

    def _show(self, plan: AttendancePlan) -> None:
        text = self.tr(
            "{participants} people in the report: {matched} matched, {attended} present "
            "long enough, {checked_in} to mark as attended."
        ).format(
            participants=plan.participants,
            matched=plan.matched,
            attended=plan.attended,
            checked_in=plan.checked_in,
        )
        if self.absent:
            text += " " + self.tr(
                "%n registrant(s) did not attend, says the report.", "", len(self.absent)
            )
        if plan.committed:
            text = self.tr("Done: {checked_in} marked as attended.").format(
                checked_in=plan.checked_in
            )
        self.summary.setText(text)
        self.unmatched.set_rows(plan.unmatched)

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        path = self.ask_file()
        if path:
            self.load(path)

    @Slot()
    def _on_path_edit_editing_finished(self) -> None:
        if self.path_edit.text().strip():
            self.load(self.path_edit.text().strip())

    @Slot(int)
    def _on_minutes_value_changed(self, _value: int) -> None:
        if self.participants:
            self._preview()

    def link(self, row: int, registration_id: int) -> None:
        """Link the unmatched participant on ``row`` to a registration, and preview again."""
        participant = self.unmatched.participant(row)
        self.links[participant_key(participant)] = registration_id
        self._preview()

    @Slot()
    def _on_unmatched_selection_changed(self) -> None:
        selected = self.unmatched_view.selectionModel().selectedRows()
        self.link_button.setEnabled(bool(selected) and self.registration_combo.count() > 0)

    @Slot()
    def _on_link_button_clicked(self) -> None:
        selected = self.unmatched_view.selectionModel().selectedRows()
        if selected and self.registration_combo.currentIndex() >= 0:
            self.link(selected[0].row(), int(self.registration_combo.currentData()))

    @Slot()
    def _on_import_button_clicked(self) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        self.import_button.setEnabled(False)
        Operation(
            self,
            self._services.attendance.commit,
            list(self.participants),
            self._event_id,
            self.minutes.value(),
            dict(self.links),
        ).changes(Changes.of(checkins=[self._event_id])).success(self._on_committed).failure(
            self._on_commit_refused
        ).run(self._app_events)

    def _on_committed(self, plan: AttendancePlan) -> None:
        self.unsetCursor()
        self.plan = plan
        self._show(plan)

    def _on_commit_refused(self, _exc: Exception) -> bool:
        self.unsetCursor()
        self.import_button.setEnabled(True)
        return False  # shown the one way
