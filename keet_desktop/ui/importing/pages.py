"""The preview and result pages of the import wizard; both work in a background task."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStringListModel, QThreadPool, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.importing.headers import FIELD_LABELS, Field
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.services.import_registrations import ImportPlan, write_report
from keet_desktop.ui import file_dialogs, messages
from keet_desktop.ui.accessibility import leave_with_tab
from keet_desktop.ui.i18n import qt_translate
from keet_desktop.ui.importing.models import ProblemTableModel
from keet_desktop.ui.tasks import Task, start

if TYPE_CHECKING:
    from keet_desktop.ui.importing.wizard import ImportRegistrationsWizard


def field_label(field: Field) -> str:
    """The translated name of a field."""
    return QCoreApplication.translate("importing", FIELD_LABELS[field])


def text_list(accessible_name: str) -> QListView:
    """A read-only list of lines (thousands at once: every line has the same height)."""
    view = QListView()
    view.setModel(QStringListModel(view))
    view.setUniformItemSizes(True)  # no line measured one by one (10,000 on the waiting list)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(accessible_name)
    return view


def set_lines(view: QListView, lines: list[str]) -> None:
    """Show ``lines`` in a :func:`text_list`."""
    model = view.model()
    assert isinstance(model, QStringListModel)
    model.setStringList(lines)


def lines_of(view: QListView) -> list[str]:
    """The lines a :func:`text_list` shows."""
    model = view.model()
    assert isinstance(model, QStringListModel)
    return list(model.stringList())


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
        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setAccessibleName(self.tr("Which column became which field"))
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
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.waiting_list = text_list(self.tr("Who goes to the waiting list"))
        self.waiting_list.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addLayout(self.progress_row())
        layout.addLayout(form)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting_list)
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
        self._show_waiting([])
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
        assert isinstance(result, Previewed)
        self._show_waiting(result.waiting)
        self._show_plan(result.plan)

    def _show_plan(self, result: ImportPlan) -> None:
        self.plan = result
        self._wizard.plan = result
        for name, label in self.count_labels.items():
            label.setText(str(getattr(result, name)))
        self.mapping_label.setText(self.mapping_text(result))
        text = self.tr("%n row(s) rejected; they are not imported.", "", len(result.rejected))
        if result.skipped:
            text += " " + self.tr(
                "%n row(s) skipped: cancelled or expired in the file.", "", len(result.skipped)
            )
        self.rejected_label.setText(text)
        self.problems.set_rows(result.rejected, result.warnings, result.skipped)
        self.save_button.setEnabled(bool(result.rejected or result.warnings))
        self.completeChanged.emit()

    def mapping_text(self, plan: ImportPlan) -> str:
        """The preview's line "Columns: Attendee name → Full name, ...; not imported: ..."."""
        table = plan.request.table
        parts = [
            self.tr("{column} → {field}").format(column=column, field=field_label(Field(value)))
            for column, value in plan.mapping().items()
        ]
        text = self.tr("Columns: {mapping}.").format(mapping="; ".join(parts))
        if plan.ignored():
            text += " " + self.tr("Not imported: {columns}.").format(
                columns=", ".join(plan.ignored())
            )
        if table.sheet:
            text = self.tr("Sheet “{sheet}”.").format(sheet=table.sheet) + " " + text
        return text

    def _show_waiting(self, names: list[str]) -> None:
        set_lines(self.waiting_list, names)
        self.waiting_label.setText(
            self.tr("Going to the waiting list, in this order (%n):", "", len(names))
        )
        self.waiting_label.setVisible(bool(names))
        self.waiting_list.setVisible(bool(names))

    def show_cancelled(self) -> None:
        """Say that the preview was stopped."""
        self.rejected_label.setText(self.tr("Preview stopped."))

    def ask_save_path(self) -> str:
        """Ask where to save the report (a separate method, so tests can replace the dialog)."""
        return ask_report_path(self)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self.plan is not None:
            save_report(self, self.plan, self.ask_save_path())


def waiting_names(plan: ImportPlan) -> list[str]:
    """The people the import puts on a waiting list, in their order there."""
    waiting = [r for r in plan.registrations if r.status == "waitlisted" and r.is_new]
    waiting.sort(key=lambda r: (r.event_id, r.waitlist_order or 0))
    names = []
    for registration in waiting:
        planned = registration.person
        given, family = planned.row.person.given_name, planned.row.person.family_name
        names.append(" ".join(part for part in (given, family) if part))
    return names


def ask_report_path(parent: QWidget) -> str:
    """Ask where to save the report of refused rows."""
    return file_dialogs.choose_save_file(
        parent,
        QCoreApplication.translate("PreviewPage", "Save report"),
        file_dialogs.suggested_name(
            QCoreApplication.translate("PreviewPage", "Import report"), ext="csv"
        ),
        QCoreApplication.translate("PreviewPage", "CSV (*.csv)"),
    )


def save_report(parent: QWidget, plan: ImportPlan, path: str) -> None:
    """Write the refused rows (and warnings) to the CSV file at ``path`` and confirm it."""
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != ".csv":
        target = target.with_suffix(".csv")
    try:
        write_report(plan, target, qt_translate, force=target == Path(path))
    except (OSError, KeetError) as exc:
        messages.show_error(parent, exc)
        return
    file_dialogs.confirm_saved(parent, str(target))


@dataclass(frozen=True)
class Previewed:
    """A preview with the lines its page shows (made on the worker: thousands of them)."""

    plan: ImportPlan
    waiting: list[str]


@dataclass(frozen=True)
class Imported:
    """An import's result with the lines its page shows (made on the worker)."""

    plan: ImportPlan
    refused: list[str]


def _preview(imports: Any, report: Any, request: Any) -> Previewed:
    plan: ImportPlan = imports.preview(request, report)
    return Previewed(plan, waiting_names(plan))


def _commit(imports: Any, report: Any, plan: ImportPlan) -> Imported:
    done: ImportPlan = imports.commit(plan, report)
    return Imported(done, refused_lines(done.rejected))


def refused_lines(rejected: list[RowProblem]) -> list[str]:
    """The result page's line per refused row (translated: safe on a worker thread)."""
    return [
        QCoreApplication.translate("ResultPage", "Line {line}: {reason}").format(
            line=problem.line, reason=problem.format(qt_translate)
        )
        for problem in rejected
    ]


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
        self.refused_label = QLabel()
        self.refused_label.setWordWrap(True)
        self.refused_list = text_list(self.tr("Refused rows"))
        self.save_button = QPushButton(self.tr("Save the report…"))
        self.save_button.setToolTip(
            self.tr("A CSV file of the refused rows, with the reason: fix them and import again.")
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.progress_row())
        layout.addWidget(self.summary)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.refused_list, 1)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self._show_refused([])
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

    def show_result(self, imported: object) -> None:
        """Say what was imported and tell the other windows."""
        assert isinstance(imported, Imported)
        result = imported.plan
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
        self._show_refused(imported.refused)
        self._wizard.app_events.publish(
            Changes.of(registrations=result.event_ids, people=result.new_people > 0)
        )
        self.completeChanged.emit()

    def _show_refused(self, rejected: list[str]) -> None:
        set_lines(self.refused_list, rejected)
        self.refused_label.setText(
            self.tr("%n row(s) of the file were refused and not imported:", "", len(rejected))
        )
        for widget in (self.refused_label, self.refused_list, self.save_button):
            widget.setVisible(bool(rejected))

    def ask_save_path(self) -> str:
        """Ask where to save the report (a separate method, so tests can replace the dialog)."""
        return ask_report_path(self)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self.result is not None:
            save_report(self, self.result, self.ask_save_path())

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
