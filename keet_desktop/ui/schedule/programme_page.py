"""The programme page: programmes, their sessions, the attendance matrix, agenda and .ics."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.models import Event, Programme
from keet_desktop.domain.schedule import ics
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.programmes import AttendanceMatrix, ProgrammeInput
from keet_desktop.ui import file_dialogs, messages
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.accessibility import leave_with_tab, name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.reports.results_panel import ResultsPanel
from keet_desktop.ui.safety import save_file
from keet_desktop.ui.schedule.agenda_files import render_programme_agenda, save_pdf
from keet_desktop.ui.schedule.conflicts_panel import ui_language
from keet_desktop.ui.schedule.programme_dialogs import ProgrammeRegisterDialog, SeriesDialog
from keet_desktop.ui.schedule.table_models import AttendanceTableModel, RecordTableModel
from keet_desktop.ui.schedule.venues_dialog import _table
from keet_desktop.ui.settings import Settings


def _place(event: Event) -> str:
    if event.room is not None:
        return event.room.name
    return event.online_url


def load_programme(services: Services, programme_id: int) -> tuple[Programme, AttendanceMatrix]:
    """(worker) A programme with its sessions, and its attendance matrix."""
    return services.programmes.get(programme_id), services.programmes.attendance(programme_id)


class ProgrammePage(QWidget):
    """Programmes with their sessions and attendance.

    Signals:
        edit_requested(int): open the editor of a session (double-click).
    """

    edit_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.settings, self.app_events = services, settings, app_events
        self.programme: Programme | None = None
        self._loads = Latest()
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.list_model: RecordTableModel[Programme] = RecordTableModel(
            [(self.tr("Programme"), lambda p: p.title), (self.tr("Cohort"), lambda p: p.cohort)],
            self,
        )
        self.list_view = _table(self.list_model)  # type: ignore[arg-type]
        name(self.list_view, self.tr("Programmes"))
        self.new_button = QPushButton(self.tr("New programme"))
        self.delete_button = QPushButton(self.tr("Delete"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list_view)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._detail())
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _detail(self) -> QWidget:
        self.title_edit, self.cohort_edit = QLineEdit(), QLineEdit()
        self.period_box = QCheckBox(self.tr("Period"))
        self.starts_edit, self.ends_edit = (
            QDateEdit(QDate.currentDate()),
            QDateEdit(QDate.currentDate()),
        )
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
        name(self.starts_edit, self.tr("Programme starts"))
        name(self.ends_edit, self.tr("Programme ends"))
        period = QHBoxLayout()
        for widget in (self.period_box, self.starts_edit, self.ends_edit):
            period.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Cohort"), self.cohort_edit)
        form.addRow(period)
        self.save_button = QPushButton(self.tr("Save"))
        self.series_button = QPushButton(self.tr("Add repeating series…"))
        self.register_button = QPushButton(self.tr("Register a person…"))
        self.agenda_button = QPushButton(self.tr("Print agenda…"))
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        actions = QHBoxLayout()
        for button in (
            self.save_button,
            self.series_button,
            self.register_button,
            self.agenda_button,
            self.ics_button,
        ):
            actions.addWidget(button)
        self.sessions_model: RecordTableModel[Event] = RecordTableModel(
            [
                (self.tr("When"), lambda e: fmt.span_text(e.starts_at, e.ends_at)),
                (self.tr("Session"), lambda e: e.title),
                (self.tr("Place"), _place),
                (self.tr("Facilitator"), lambda e: ", ".join(f.name for f in e.facilitators)),
            ],
            self,
        )
        self.sessions_view = _table(self.sessions_model)  # type: ignore[arg-type]
        name(self.sessions_view, self.tr("Sessions"))
        self.attendance_model = AttendanceTableModel(self)
        self.attendance_view = QTableView()
        leave_with_tab(self.attendance_view, self.tr("Attendance"))
        self.attendance_view.setModel(self.attendance_model)
        header = self.attendance_view.horizontalHeader()  # date and title on two lines, whole
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # sized by the rows on screen: 10,000 people in 0.1 s
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.attendance_note = QLabel(
            self.tr("✔ present · ✘ absent · … not yet (the session is still to come)")
        )
        attendance = QGroupBox(self.tr("Attendance"))
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.addWidget(self.attendance_view)
        attendance_layout.addWidget(self.attendance_note)
        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.sessions_view, 1)
        self.results_panel = ResultsPanel(self.services)  # issue 15: results and certificates
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.addTab(attendance, attendance.title())
        self.bottom_tabs.addTab(self.results_panel, self.results_panel.title())
        layout.addWidget(self.bottom_tabs, 1)
        return detail

    def _connect_signals(self) -> None:
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.series_button.clicked.connect(self._on_series_button_clicked)
        self.register_button.clicked.connect(self._on_register_button_clicked)
        self.agenda_button.clicked.connect(self._on_agenda_button_clicked)
        self.ics_button.clicked.connect(self._on_ics_button_clicked)
        self.sessions_view.doubleClicked.connect(self._on_sessions_view_double_clicked)
        self.app_events.events_changed.connect(self._on_data_changed)
        self.app_events.checkins_changed.connect(self._on_data_changed)
        self.app_events.registrations_changed.connect(self._on_data_changed)
        self.app_events.schedule_changed.connect(self.reload)
        self.app_events.database_replaced.connect(self.reload)

    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        """Reload the programmes and show ``select_id`` (or the selected one)."""
        keep = select_id if select_id is not None else self._selected_id()
        self.list_model.set_rows(self.services.programmes.list_programmes())
        for row, programme in enumerate(self.list_model.rows):
            if programme.id == keep:
                self.list_view.selectRow(row)
                self._show(programme.id)
                return
        self._show(None)

    def _selected_id(self) -> int | None:
        """The programme selected in the list (perhaps still loading), else the one shown."""
        rows = self.list_view.selectionModel().selectedRows()
        if rows:
            return self.list_model.rows[rows[0].row()].id
        return self.programme.id if self.programme else None

    def _show(self, programme_id: int | None) -> None:
        """Show a programme: loaded with its attendance on a worker (None: an empty form)."""
        if programme_id is None:
            self._on_programme_loaded(None)
            return
        Query(self, load_programme, self.services, programme_id).latest(self._loads).success(
            self._on_programme_loaded
        ).run()

    def _on_programme_loaded(self, loaded: tuple[Programme, AttendanceMatrix] | None) -> None:
        self._loads.next()  # a load still under way is older than what is shown now
        self.programme = programme = loaded[0] if loaded else None
        self.title_edit.setText(programme.title if programme else "")
        self.cohort_edit.setText(programme.cohort if programme else "")
        has_period = bool(programme and programme.starts_on and programme.ends_on)
        self.period_box.setChecked(has_period)
        if programme and programme.starts_on and programme.ends_on:
            start, end = programme.starts_on, programme.ends_on
            self.starts_edit.setDate(QDate(start.year, start.month, start.day))
            self.ends_edit.setDate(QDate(end.year, end.month, end.day))
        self.sessions_model.set_rows(programme.events if programme else [])
        self.sessions_view.resizeColumnsToContents()
        if loaded:
            self.attendance_model.set_matrix(loaded[1])
        self.results_panel.show_programme(programme.id if programme else None)  # issue 15
        for button in (
            self.series_button,
            self.register_button,
            self.agenda_button,
            self.ics_button,
        ):
            button.setEnabled(programme is not None)

    def _input(self) -> ProgrammeInput:
        def day(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        period = self.period_box.isChecked()
        return ProgrammeInput(
            title=self.title_edit.text(),
            cohort=self.cohort_edit.text(),
            description=self.programme.description if self.programme else "",
            starts_on=day(self.starts_edit) if period else None,
            ends_on=day(self.ends_edit) if period else None,
        )

    # --- slots -------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_list_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.list_view.selectionModel().selectedRows()
        self._show(self.list_model.rows[rows[0].row()].id if rows else None)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.list_view.clearSelection()
        self._show(None)
        self.title_edit.setFocus()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        programme_id = self.programme.id if self.programme is not None else None
        Operation(self, self._save_programme, programme_id, self._input()).changes(
            Changes.of(schedule=True)
        ).success(self.reload).run(self.app_events)

    def _save_programme(self, programme_id: int | None, data: ProgrammeInput) -> int:
        """(worker) Create or change the programme; returns its id."""
        if programme_id is None:
            return self.services.programmes.create(data)
        self.services.programmes.update(programme_id, data)
        return programme_id

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self.programme is None:
            return
        question = self.tr("Delete this programme? Its sessions stay as separate events.")
        if messages.ask(self, self.tr("Delete programme"), question):
            Operation(self, self.services.programmes.delete, self.programme.id).changes(
                Changes.of(schedule=True)
            ).success(self._on_programme_deleted).run(self.app_events)

    def _on_programme_deleted(self, _result: object) -> None:
        self.programme = None  # the published change reloads the list without it

    @Slot()
    def _on_series_button_clicked(self) -> None:
        if self.programme is None:
            return
        dialog = SeriesDialog(self.services, self.programme.id, self)
        if dialog.exec():
            self.app_events.publish(dialog.changes)

    @Slot()
    def _on_register_button_clicked(self) -> None:
        if self.programme is None:
            return
        dialog = ProgrammeRegisterDialog(self.services, self.programme.id, self)
        if dialog.exec():
            self.app_events.publish(dialog.changes)

    @Slot()
    def _on_agenda_button_clicked(self) -> None:
        if self.programme is None:
            return
        path = file_dialogs.choose_save_file(
            self, self.tr("Print agenda"), "agenda.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            Query(
                self,
                render_programme_agenda,
                self.programme,
                ui_language(),
                self.services.organisation.get().name,
            ).success(partial(save_pdf, self, self.services, path)).run()

    @Slot()
    def _on_ics_button_clicked(self) -> None:
        if self.programme is None:
            return
        path = file_dialogs.choose_save_file(
            self, self.tr("Export .ics"), "programma.ics", self.tr("Calendar (*.ics)")
        )
        if path:
            data = ics.calendar(self.programme.events, self.programme.title)
            written = save_file(  # issue 11: whole or not at all
                self, path, ".ics", lambda stream: stream.write(data), database=self.services.db
            )
            if written is not None:
                file_dialogs.confirm_saved(self, str(written))

    @Slot(QModelIndex)
    def _on_sessions_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(self.sessions_model.rows[index.row()].id)

    @Slot(int)
    def _on_data_changed(self, _event_id: int) -> None:
        if self.programme is not None:
            self._show(self.programme.id)
