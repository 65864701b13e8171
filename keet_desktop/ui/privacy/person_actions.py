"""The people page's privacy buttons: hand out a person's data, forget a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QPushButton, QWidget

from keet_desktop.domain.services import Services
from keet_desktop.ui import messages, tasks
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.privacy import work

GUI_ACTOR = "organiser"


class PersonPrivacyActions(QWidget):
    """Two buttons for the selected person: "Personal data…" and "Forget…".

    Signals:
        status_message(str): a short message for the status bar.
        finished(): an action is done (written, forgotten or failed).
    """

    status_message = Signal(str)
    finished = Signal()

    def __init__(
        self, services: Services, app_events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self._person_id: int | None = None
        self._task: tasks.Task | None = None
        self._build_ui()
        self._connect_signals()
        self.set_person(None)

    def _build_ui(self) -> None:
        self.export_button = QPushButton(self.tr("Personal data…"))
        self.export_button.setToolTip(
            self.tr("Everything held about this person, as PDF (in their language) or JSON")
        )
        self.forget_button = QPushButton(self.tr("Forget…"))
        self.forget_button.setToolTip(
            self.tr("Remove this person's data; their registrations stay as anonymous rows")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.forget_button)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.forget_button.clicked.connect(self._on_forget_button_clicked)

    def set_person(self, person_id: int | None) -> None:
        """The selected person (None: no single person selected)."""
        self._person_id = person_id
        idle = self._task is None
        self.export_button.setEnabled(person_id is not None and idle)
        self.forget_button.setEnabled(person_id is not None and idle)

    def ask_path(self) -> str:
        """Ask where to save (replaced in tests)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Personal data"), "", self.tr("PDF (*.pdf);;JSON (*.json)")
        )
        return path

    def ask_reason(self) -> str | None:
        """Ask why the person is forgotten (replaced in tests); None when cancelled."""
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Forget this person"),
            self.tr(
                "Why? (for the erasure log, e.g. “request by e-mail”; no name or e-mail address)"
            ),
        )
        return reason if accepted else None

    @Slot()
    def _on_export_button_clicked(self) -> None:
        if self._person_id is None:
            return
        chosen = self.ask_path()
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".json"):
            path = path.with_suffix(".pdf")
        self._run(work.export_person, self._person_id, path, GUI_ACTOR)

    @Slot()
    def _on_forget_button_clicked(self) -> None:
        if self._person_id is None:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        if not messages.ask(
            self,
            self.tr("Forget this person"),
            self.tr(
                "Remove the name, e-mail address, phone, organisation, notes and codes of "
                "person {id}? Their registrations and check-ins stay as anonymous rows. This "
                "cannot be undone."
            ).format(id=self._person_id),
        ):
            return
        self._run(work.forget_person, self._person_id, reason, GUI_ACTOR)

    def _run(self, function: object, *args: object) -> None:
        task = tasks.Task(function, self._services, *args)  # type: ignore[arg-type]
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        self.set_person(self._person_id)
        tasks.start(task)

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        self._task = None
        if isinstance(result, Path):
            self.status_message.emit(self.tr("Written to {file}.").format(file=result))
        else:
            self.status_message.emit(self.tr("The person is forgotten."))
            self._app_events.people_changed.emit()
            self._app_events.registrations_changed.emit(0)
        self.set_person(self._person_id)
        self.finished.emit()

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        self._task = None
        self.set_person(self._person_id)
        assert isinstance(error, Exception)
        messages.show_error(self, error)
        self.finished.emit()
