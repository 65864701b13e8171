"""Wire privacy into the organiser's window: the Privacy window and the reminder at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

from keet_desktop.domain.services.privacy import RetentionPreview
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import tasks
from keet_desktop.ui.main_window import MainWindow
from keet_desktop.ui.privacy import work

log = logging.getLogger(__name__)
_RUNNING: set[tasks.Task] = set()


class PrivacyFeature(QObject):
    """The "Privacy…" action in the File menu, and the retention reminder."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.due: RetentionPreview | None = None
        self._task: tasks.Task | None = None
        self.privacy_action = QAction(self.tr("P&rivacy: activity log and retention…"), window)
        window.file_menu.insertAction(window.import_anchor, self.privacy_action)
        self.privacy_action.triggered.connect(self._on_privacy_action_triggered)

    @Slot()
    def _on_privacy_action_triggered(self) -> None:
        self.open_dialog()

    def open_dialog(self) -> None:
        """Open the privacy window."""
        from keet_desktop.ui.privacy.privacy_dialog import PrivacyDialog

        window = self.window
        PrivacyDialog(window.services, window.app_events, window).exec()

    def check_retention(self) -> tasks.Task:
        """Count, in the background, who is past the retention period; remind when any are."""
        task = tasks.Task(work.preview_retention, self.window.services, None)
        task.signals.finished.connect(self._on_check_finished)
        self._task = task
        task.signals.failed.connect(self._on_check_failed)
        _RUNNING.add(task)  # alive until it ends, even if the window is rebuilt meanwhile
        return tasks.start(task)

    @Slot(object)
    def _on_check_finished(self, result: object) -> None:
        _RUNNING.discard(self._task)
        self._task = None
        assert isinstance(result, RetentionPreview)
        self.due = result
        if not result.people:
            return
        text = self.tr(
            "%n people were last seen before {date}: their retention period is over. Open "
            "File › Privacy to purge them.",
            "",
            len(result.people),
        ).format(date=fmt.date_text(result.cutoff))
        self.window.statusBar().showMessage(text)
        self.privacy_action.setText(
            self.tr("P&rivacy: %n people due for the purge…", "", len(result.people))
        )

    @Slot(object)
    def _on_check_failed(self, error: object) -> None:
        """A reminder that cannot be computed is only logged: the organiser is not blocked."""
        _RUNNING.discard(self._task)
        self._task = None
        log.warning("retention check failed: %s", type(error).__name__)


def install_privacy(window: MainWindow) -> PrivacyFeature:
    """Add the privacy feature to ``window``."""
    return PrivacyFeature(window)
