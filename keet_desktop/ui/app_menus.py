"""Menu entries of issue 17: File → Organisation…, Help → the desk guide and the log folder."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices

from keet_desktop import logs
from keet_desktop.domain.services import Services
from keet_desktop.i18n import translator
from keet_desktop.ui import messages, tasks
from keet_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def guide_file(language: str, organisation: str, folder: Path | None = None) -> Path:
    """Write the desk guide in ``language`` to ``folder`` (the cache) and return its path."""
    from platformdirs import user_cache_path

    target = (folder or user_cache_path("keet-desktop", "De Keet")) / f"desk-guide-{language}.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    stream = io.BytesIO()
    from keet_desktop.printing.guide import render_guide  # reportlab: when asked

    render_guide(stream, translator(language), organisation)
    target.write_bytes(stream.getvalue())
    return target


def _make_guide(_report: object, services: Services, language: str) -> Path:
    return guide_file(language, services.organisation.get().name)


class AppMenus(QObject):
    """Adds the organisation dialog, the desk guide and the log folder to the window's menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._task: tasks.Task | None = None
        self._build_actions()

    def _build_actions(self) -> None:
        window = self._window
        self.organisation_action = QAction(self.tr("&Organisation…"), window)
        window.file_menu.insertAction(window.import_anchor, self.organisation_action)
        self.guide_action = QAction(self.tr("Check-in desk: how it works"), window)
        self.log_action = QAction(self.tr("Open the &log folder"), window)
        actions = window.help_menu.actions()
        if actions:
            first = actions[0]
            window.help_menu.insertAction(first, self.guide_action)
            window.help_menu.insertAction(first, self.log_action)
            window.help_menu.insertSeparator(first)
        else:
            window.help_menu.addAction(self.guide_action)
            window.help_menu.addAction(self.log_action)
        self.organisation_action.triggered.connect(self._on_organisation_action_triggered)
        self.guide_action.triggered.connect(self._on_guide_action_triggered)
        self.log_action.triggered.connect(self._on_log_action_triggered)

    @Slot()
    def _on_organisation_action_triggered(self) -> None:
        from keet_desktop.ui.first_run.organisation_dialog import OrganisationDialog

        OrganisationDialog(self._window.services, self._window).exec()

    @Slot()
    def _on_guide_action_triggered(self) -> None:
        services, language = self._window.services, self._window.language
        self._task = tasks.Task(_make_guide, services, language)
        self._task.signals.finished.connect(self._on_guide_finished)
        self._task.signals.failed.connect(self._on_guide_failed)
        tasks.start(self._task)

    @Slot(object)
    def _on_guide_finished(self, path: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot(object)
    def _on_guide_failed(self, exc: object) -> None:
        messages.show_error(self._window, exc)  # type: ignore[arg-type]

    @Slot()
    def _on_log_action_triggered(self) -> None:
        folder = logs.current_log_file()
        QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder.parent if folder else logs.log_dir()))
        )
