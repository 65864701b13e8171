"""A programme's results (the "Results" tab of the programme page) and its certificates."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, QThreadPool, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.results import (
    CompletionRule,
    ParticipantResult,
    ProgrammeResults,
)
from keet_desktop.i18n import translator
from keet_desktop.ui import messages, tasks
from keet_desktop.ui.reports.models import ResultsTableModel
from keet_desktop.ui.table_models import SortRole


def choose_certificate_target(parent: QWidget, per_person: bool) -> str:
    """Ask for the PDF (or, per person, the folder) to write ("" when cancelled)."""
    if per_person:
        title = QCoreApplication.translate("ResultsPanel", "Folder for the certificates")
        return QFileDialog.getExistingDirectory(parent, title)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ResultsPanel", "Save certificates"),
        "attesten.pdf",
        QCoreApplication.translate("ResultsPanel", "PDF (*.pdf)"),
    )
    return path


def write_certificates(
    _report: Any,
    results: ProgrammeResults,
    people: list[ParticipantResult],
    organisation: str,
    logo: str,
    language: str,
    target: str,
    per_person: bool,
) -> int:
    """Write the certificates (a task function); returns how many."""
    from keet_desktop.printing.certificates import (
        CertificateOptions,
        render_certificates,
        write_certificate_files,
    )
    from keet_desktop.printing.report_files import write_file

    options = CertificateOptions(organisation, logo, date.today())
    translate = translator(language)
    if per_person:
        return len(write_certificate_files(Path(target), results, people, options, translate))
    write_file(
        Path(target),
        lambda stream: render_certificates(stream, results, people, options, translate),
    )
    return len(people)


class ResultsPanel(QWidget):
    """Per participant: sessions, hours, share, completed; the rule; certificates."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.results: ProgrammeResults | None = None
        self.task: tasks.Task | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.rule_combo = QComboBox()
        self.rule_combo.addItem(self.tr("At least this % of the sessions"), CompletionRule.SHARE)
        self.rule_combo.addItem(self.tr("At least this many hours"), CompletionRule.HOURS)
        self.rule_combo.setAccessibleName(self.tr("Completion rule"))
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setRange(0, 10_000)
        self.value_spin.setDecimals(1)
        self.value_spin.setAccessibleName(self.tr("Completion value"))
        self.rule_button = QPushButton(self.tr("Save rule"))
        rule_row = QHBoxLayout()
        rule_row.addWidget(QLabel(self.tr("Completed when:")))
        rule_row.addWidget(self.rule_combo, 1)
        rule_row.addWidget(self.value_spin)
        rule_row.addWidget(self.rule_button)
        self.model = ResultsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Results per participant"))
        self.summary_label = QLabel()
        self.organisation_edit = QLineEdit(self.services.organisation.get().name or "De Keet")
        self.organisation_edit.setAccessibleName(self.tr("Organisation on the certificates"))
        self.logo_edit = QLineEdit(placeholderText=self.tr("Logo image file (optional)"))
        self.logo_edit.setAccessibleName(self.tr("Logo on the certificates"))
        self.per_person_box = QCheckBox(self.tr("One file per person"))
        self.english_box = QCheckBox(self.tr("In English"))
        self.certificates_button = QPushButton(self.tr("Certificates…"))
        self.certificates_button.setToolTip(
            self.tr("For the selected participants, or everyone who completed")
        )
        row = QHBoxLayout()
        for widget in (
            self.organisation_edit,
            self.logo_edit,
            self.per_person_box,
            self.english_box,
            self.certificates_button,
        ):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(rule_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.rule_button.clicked.connect(self._on_rule_button_clicked)
        self.certificates_button.clicked.connect(self._on_certificates_button_clicked)

    def title(self) -> str:
        """The tab's title."""
        return self.tr("Results")

    def show_programme(self, programme_id: int | None) -> None:
        """Show the results of a programme (or nothing)."""
        self.results = self.services.results.results(programme_id) if programme_id else None
        results = self.results
        self.model.set_rows(results.rows if results else [])
        self.view.resizeColumnsToContents()
        for widget in (self.rule_button, self.certificates_button):
            widget.setEnabled(results is not None)
        if results is None:
            self.summary_label.clear()
            return
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(results.rule))
        self.value_spin.setValue(results.value)
        done = sum(1 for row in results.rows if row.completed)
        self.summary_label.setText(
            self.tr("{done} of {people} participants completed; {sessions} sessions.").format(
                done=done, people=len(results.rows), sessions=results.sessions_total
            )
        )

    def chosen(self) -> list[ParticipantResult]:
        """The selected participants, or else everyone who completed."""
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return [self.model.row(self.proxy.mapToSource(i).row()) for i in rows]
        every = (self.model.row(n) for n in range(self.model.rowCount()))
        return [row for row in every if row.completed]

    @Slot()
    def _on_rule_button_clicked(self) -> None:
        if self.results is None:
            return
        rule = CompletionRule(self.rule_combo.currentData())
        try:
            self.services.results.set_rule(self.results.programme_id, rule, self.value_spin.value())
        except KeetError as exc:
            messages.show_error(self, exc)
            return
        self.show_programme(self.results.programme_id)

    @Slot()
    def _on_certificates_button_clicked(self) -> None:
        people = self.chosen()
        if self.results is None or not people:
            messages.inform(
                self,
                self.tr("Certificates"),
                self.tr("Nobody completed yet. Select the participants who get one."),
            )
            return
        per_person = self.per_person_box.isChecked()
        target = choose_certificate_target(self, per_person)
        if not target:
            return
        self.certificates_button.setEnabled(False)
        task = tasks.Task(
            write_certificates,
            self.results,
            people,
            self.organisation_edit.text().strip() or "De Keet",
            self.logo_edit.text().strip(),
            "en" if self.english_box.isChecked() else "nl",
            target,
            per_person,
        )
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self.task = tasks.start(task, QThreadPool.globalInstance())

    @Slot(object)
    def _on_task_finished(self, count: object) -> None:
        self.task = None
        self.certificates_button.setEnabled(True)
        self.summary_label.setText(self.tr("{count} certificate(s) written.").format(count=count))

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        self.task = None
        self.certificates_button.setEnabled(True)
        assert isinstance(exc, Exception)
        messages.show_error(self, exc)
