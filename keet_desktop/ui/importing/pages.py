"""The preview and result pages of the import wizard; both work in a background task."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from keet_desktop.domain.services.import_registrations import ImportPlan, write_report
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import leave_with_tab
from keet_desktop.ui.i18n import qt_translate
from keet_desktop.ui.importing.models import ProblemTableModel
from keet_desktop.ui.tasks import Task, start

if TYPE_CHECKING:
    from keet_desktop.ui.importing.wizard import ImportRegistrationsWizard


class _TaskPage(QWizardPage):
    """A page that runs one background task with a progress bar and a cancel button."""

    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.task: Task | None = None
        self.pool = QThreadPool.globalInstance()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def progress_row(self) -> QHBoxLayout:
        """The progress bar and the cancel button, side by side."""
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        return row

    def run(self, function: Any, *args: Any) -> None:
        """Start ``function(report, *args)`` in the background."""
        self.cancel_task()
        task = Task(function, *args)
        task.signals.progress.connect(self._on_task_progress)
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self.task = task
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()
        start(task, self.pool)

    @property
    def running(self) -> bool:
        """Whether the task is still working."""
        return self.task is not None

    def cancel_task(self) -> None:
        """Ask the running task to stop."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel_task()

    @Slot(int, int)
    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _stopped(self) -> None:
        had_focus = self.cancel_button.hasFocus()
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()
        if had_focus:  # never leave the focus on the hidden Stop button
            which = (
                QWizard.WizardButton.FinishButton
                if self.isFinalPage()
                else (QWizard.WizardButton.NextButton)
            )
            button = self._wizard.button(which)
            (button if button.isVisible() and button.isEnabled() else self._wizard).setFocus()

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        self._stopped()
        self.show_result(result)

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        self._stopped()
        if isinstance(error, Task.Cancelled):
            self.show_cancelled()
        elif isinstance(error, Exception):
            self.show_failure(error)

    def show_result(self, result: object) -> None:
        """Show what the task returned."""

    def show_cancelled(self) -> None:
        """Say that the task was stopped."""

    def show_failure(self, error: Exception) -> None:
        """Show why the task failed."""
        messages.show_error(self, error)


class PreviewPage(_TaskPage):
    """What the import would do: the counts and every rejected row, before anything is written."""

    COUNTS = (
        "rows", "valid", "new_people", "matched_people", "duplicates_in_file", "registered",
        "waitlisted", "already_registered",
    )  # fmt: skip

    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__(wizard)
        self.plan: ImportPlan | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        titles = (
            self.tr("Rows in the file"),
            self.tr("Valid rows"),
            self.tr("New people"),
            self.tr("Known people"),
            self.tr("Duplicates in the file"),
            self.tr("Registered"),
            self.tr("On the waiting list"),
            self.tr("Already registered"),
        )
        self.count_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, title in zip(self.COUNTS, titles, strict=True):
            self.count_labels[name] = QLabel("–")
            form.addRow(title, self.count_labels[name])
        self.rejected_label = QLabel()
        self.problems = ProblemTableModel(self)
        self.problem_view = QTableView()
        leave_with_tab(self.problem_view, self.tr("Refused rows and warnings"))
        self.problem_view.setModel(self.problems)
        self.problem_view.verticalHeader().hide()
        self.problem_view.horizontalHeader().setSectionResizeMode(
            ProblemTableModel.Column.MESSAGE, QHeaderView.ResizeMode.Stretch
        )
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.progress_row())
        layout.addLayout(form)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.problem_view, 1)
        layout.addWidget(self.save_button)

    def initializePage(self) -> None:
        """Start the preview."""
        self.plan = None
        self.save_button.setEnabled(False)
        for label in self.count_labels.values():
            label.setText("–")
        self.problems.set_rows([], [])
        request = self._wizard.request()
        self.run(functools.partial(_preview, self._wizard.services.imports), request)

    def cleanupPage(self) -> None:
        """Going back stops a running preview."""
        self.cancel_task()

    def isComplete(self) -> bool:
        """The preview is done and has rows to import."""
        return not self.running and self.plan is not None and self.plan.valid > 0

    def show_result(self, result: object) -> None:
        """Show the counts and the problems."""
        assert isinstance(result, ImportPlan)
        self.plan = result
        self._wizard.plan = result
        for name, label in self.count_labels.items():
            label.setText(str(getattr(result, name)))
        self.rejected_label.setText(
            self.tr("%n row(s) rejected; they are not imported.", "", len(result.rejected))
        )
        self.problems.set_rows(result.rejected, result.warnings)
        self.save_button.setEnabled(bool(result.rejected or result.warnings))
        self.completeChanged.emit()

    def show_cancelled(self) -> None:
        """Say that the preview was stopped."""
        self.rejected_label.setText(self.tr("Preview stopped."))

    def ask_save_path(self) -> str:
        """Ask where to save the report (a separate method, so tests can replace the dialog)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "", self.tr("CSV (*.csv)")
        )
        return path

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path = self.ask_save_path()
        if not path or self.plan is None:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        try:
            write_report(self.plan, target, qt_translate)
        except OSError as exc:
            messages.show_error(self, exc)


def _preview(imports: Any, report: Any, request: Any) -> ImportPlan:
    plan: ImportPlan = imports.preview(request, report)
    return plan


def _commit(imports: Any, report: Any, plan: ImportPlan) -> ImportPlan:
    done: ImportPlan = imports.commit(plan, report)
    return done


class ResultPage(_TaskPage):
    """The import itself, in one transaction, and what it did."""

    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__(wizard)
        self.result: ImportPlan | None = None
        self.finished_import = False
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.progress_row())
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        """Start the import."""
        self.result = None
        self.finished_import = False
        self.summary.setText(self.tr("Importing…"))
        plan = self._wizard.plan
        assert plan is not None
        self.run(functools.partial(_commit, self._wizard.services.imports), plan)

    def isComplete(self) -> bool:
        """The import has finished (or stopped)."""
        return self.finished_import

    def show_result(self, result: object) -> None:
        """Say what was imported and tell the other windows."""
        assert isinstance(result, ImportPlan)
        self.result = result
        self.finished_import = True
        self.summary.setText(
            self.tr(
                "Imported: {registered} registered, {waitlisted} on the waiting list, "
                "{new} new people. {already} were already registered."
            ).format(
                registered=result.registered,
                waitlisted=result.waitlisted,
                new=result.new_people,
                already=result.already_registered,
            )
        )
        events = self._wizard.app_events
        for event_id in result.event_ids:
            events.registrations_changed.emit(event_id)
        events.people_changed.emit()
        self.completeChanged.emit()

    def show_cancelled(self) -> None:
        """Say that nothing was written."""
        self.finished_import = True
        self.summary.setText(self.tr("The import was stopped. Nothing was written."))
        self.completeChanged.emit()

    def show_failure(self, error: Exception) -> None:
        """Say that nothing was written, and why."""
        self.finished_import = True
        self.summary.setText(self.tr("The import failed. Nothing was written."))
        self.completeChanged.emit()
        messages.show_error(self, error)
