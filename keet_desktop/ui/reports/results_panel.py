"""A programme's results (the "Results" tab of the programme page) and its certificates.

A programme of 12 sessions may have 10,000 participants: the results are read, and their
texts made, on a worker thread (:class:`~keet_desktop.ui.operations.Query`); the tab shows
"Loading…" meanwhile and never blocks the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QShowEvent
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

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.results import (
    CompletionRule,
    ParticipantResult,
    ProgrammeResults,
)
from keet_desktop.i18n import translator
from keet_desktop.ui import messages
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.reports.models import ResultLine, ResultsTableModel, result_lines


@dataclass(frozen=True)
class LoadedResults:
    """What the Results tab shows, read and prepared on a worker thread.

    Attributes:
        results: The programme's results.
        lines: Every row's texts and sort keys.
        completed: How many participants completed.
        organisation: The organisation's name (for the certificates).
    """

    results: ProgrammeResults
    lines: list[ResultLine]
    completed: int
    organisation: str


def load_results(services: Services, programme_id: int, yes: str, no: str) -> LoadedResults:
    """Read a programme's results and make their texts (a query function: no Qt)."""
    results = services.results.results(programme_id)
    return LoadedResults(
        results,
        result_lines(results.rows, yes, no),
        sum(1 for row in results.rows if row.completed),
        services.organisation.get().name,
    )


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
    results: ProgrammeResults,
    people: list[ParticipantResult],
    organisation: str,
    logo: str,
    language: str,
    target: str,
    per_person: bool,
) -> int:
    """Write the certificates (an operation function: no Qt); returns how many."""
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
        self.loading = False
        self._programme_id: int | None = None
        self._loads = Latest()
        self._resize_pending = False
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
        self.view = QTableView()
        self.view.setModel(self.model)  # the model sorts itself: no proxy (see its docstring)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAccessibleName(self.tr("Results per participant"))
        self.view.horizontalHeader().setResizeContentsPrecision(0)  # sized by the rows on screen
        self.summary_label = QLabel()
        self.organisation_edit = QLineEdit("De Keet")
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
        self._enable(False)

    def _connect_signals(self) -> None:
        self.rule_button.clicked.connect(self._on_rule_button_clicked)
        self.certificates_button.clicked.connect(self._on_certificates_button_clicked)

    def title(self) -> str:
        """The tab's title."""
        return self.tr("Results")

    def show_programme(self, programme_id: int | None) -> None:
        """Show the results of a programme (or nothing); they load on a worker thread."""
        if programme_id != self._programme_id:
            self.results = None
            self.model.set_lines([])  # another programme's rows must not stay on screen
        self._programme_id = programme_id
        self._enable(False)
        if programme_id is None:
            self._loads.next()  # a load still under way is for another programme
            self.loading = False
            self.summary_label.clear()
            return
        self.loading = True
        self.summary_label.setText(self.tr("Loading…"))
        Query(self, load_results, self.services, programme_id, *self.model.yes_no()).latest(
            self._loads
        ).success(self._on_results_loaded).failure(self._on_load_failed).run()

    def _on_results_loaded(self, loaded: LoadedResults) -> None:
        self.loading = False
        self.results = results = loaded.results
        self.model.set_lines(loaded.lines)
        self._resize_columns()
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(results.rule))
        self.value_spin.setValue(results.value)
        if loaded.organisation and not self.organisation_edit.isModified():
            self.organisation_edit.setText(loaded.organisation)
        self.summary_label.setText(
            self.tr("{done} of {people} participants completed; {sessions} sessions.").format(
                done=loaded.completed, people=len(results.rows), sessions=results.sessions_total
            )
        )
        self._enable(True)

    def _on_load_failed(self, _exc: Exception) -> bool:
        self.loading = False
        self.summary_label.clear()
        return False  # shown the usual way

    def _enable(self, enabled: bool) -> None:
        for widget in (self.rule_button, self.certificates_button):
            widget.setEnabled(enabled)

    def _resize_columns(self) -> None:
        """Size the columns by the rows on screen; a hidden view waits until it is shown.

        A hidden table would measure every row (10,000 participants: seconds).
        """
        self._resize_pending = not self.view.isVisible()
        if not self._resize_pending:
            self.view.resizeColumnsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        """Size the columns now if rows arrived while the tab was hidden."""
        super().showEvent(event)
        if self._resize_pending and self.view.isVisible():
            self._resize_columns()

    def chosen(self) -> list[ParticipantResult]:
        """The selected participants, or else everyone who completed."""
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return [self.model.row(index.row()) for index in rows]
        return [row for row in self.model.rows() if row.completed]

    @Slot()
    def _on_rule_button_clicked(self) -> None:
        if self.results is None:
            return
        rule = CompletionRule(self.rule_combo.currentData())
        self.rule_button.setEnabled(False)
        Operation(
            self,
            self.services.results.set_rule,
            self.results.programme_id,
            rule,
            self.value_spin.value(),
        ).success(self._on_rule_saved).failure(self._on_rule_failed).run()

    def _on_rule_saved(self, _none: None) -> None:
        self.show_programme(self._programme_id)

    def _on_rule_failed(self, _exc: Exception) -> bool:
        self.rule_button.setEnabled(self.results is not None)
        return False  # shown the usual way

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
        self.summary_label.setText(self.tr("Writing the certificates…"))
        Operation(
            self,
            write_certificates,
            self.results,
            people,
            self.organisation_edit.text().strip() or "De Keet",
            self.logo_edit.text().strip(),
            "en" if self.english_box.isChecked() else "nl",
            target,
            per_person,
        ).success(self._on_certificates_written).failure(self._on_certificates_failed).run()

    def _on_certificates_written(self, count: int) -> None:
        self.certificates_button.setEnabled(self.results is not None)
        self.summary_label.setText(self.tr("{count} certificate(s) written.").format(count=count))

    def _on_certificates_failed(self, _exc: Exception) -> bool:
        self.certificates_button.setEnabled(self.results is not None)
        self.summary_label.clear()
        return False  # shown the usual way
