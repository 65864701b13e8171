"""Every file dialog of the organiser's window: one place for where they start and what they say.

The dialogs are Qt's (the platform's native dialog where the platform has one; else Qt's own,
translated by ``qtbase_<lang>.qm`` that :class:`keet_desktop.ui.i18n.Translators` loads). They
start in the last folder used (Documents the first time), suggest a name that says the document,
the event and its date, and after saving, :func:`confirm_saved` offers "Open folder".
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui.settings import APPLICATION, ORGANISATION

KEY = "ui/last_file_folder"
_store: QSettings | None = None
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def use_settings(qsettings: QSettings | None) -> None:
    """Keep the last folder in ``qsettings`` (the app's own by default; tests give an INI)."""
    global _store
    _store = qsettings


def _settings() -> QSettings:
    return _store if _store is not None else QSettings(ORGANISATION, APPLICATION)


def documents_folder() -> str:
    """The user's Documents folder (home when the platform has none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


def last_folder() -> str:
    """The folder of the last file opened or saved, if it still exists; else Documents."""
    value = _settings().value(KEY, "")
    folder = str(value) if value else ""
    return folder if folder and Path(folder).is_dir() else documents_folder()


def remember_folder(path: str) -> None:
    """Start the next dialog in the folder of ``path`` (a file or a folder)."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    _settings().setValue(KEY, str(folder))


def suggested_name(
    document: str, title: str = "", when: datetime | None = None, ext: str = ""
) -> str:
    """A file name such as ``Badges Repair café 2026-12-03.pdf``, safe on every system."""
    parts = [document, title]
    if when is not None:
        parts.append(when.astimezone(BRUSSELS).strftime("%Y-%m-%d"))
    name = " ".join(_UNSAFE.sub(" ", part).strip() for part in parts if part and part.strip())
    name = " ".join(name.split()).strip(". ") or "Keet"
    return f"{name}.{ext.lstrip('.')}" if ext else name


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filter_text: str) -> str:
    """Ask where to save; "" when cancelled. Starts in the last folder, with ``suggested``."""
    start = str(Path(last_folder()) / Path(suggested).name) if suggested else last_folder()
    path, _filter = QFileDialog.getSaveFileName(parent, title, start, filter_text)
    if path:
        remember_folder(path)
    return path


def choose_open_file(parent: QWidget | None, title: str, filter_text: str) -> str:
    """Ask which file to open; "" when cancelled. Starts in the last folder."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, last_folder(), filter_text)
    if path:
        remember_folder(path)
    return path


def choose_folder(parent: QWidget | None, title: str) -> str:
    """Ask for a folder; "" when cancelled. Starts in the last folder."""
    folder = QFileDialog.getExistingDirectory(parent, title, last_folder())
    if folder:
        remember_folder(folder)
    return folder


class SavedMessage(QMessageBox):
    """Says where a file was saved, with a button that opens its folder."""

    def __init__(self, path: str, parent: QWidget | None = None, count: int = 0) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.folder = self.path if count else self.path.parent
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Saved"))
        if count:
            text = self.tr("%n file(s) saved in {folder}.", "", count).format(
                folder=str(self.folder)
            )
        else:
            text = self.tr("Saved as “{name}” in {folder}.").format(
                name=self.path.name, folder=str(self.folder)
            )
        self.setText(text)
        self.open_folder_button: QPushButton = self.addButton(
            self.tr("Open folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.buttonClicked.connect(self._on_button_clicked)

    def _on_button_clicked(self, button: object) -> None:
        if button is self.open_folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def confirm_saved(parent: QWidget | None, path: str) -> SavedMessage:
    """Say the file is saved, without blocking; "Open folder" opens its folder."""
    box = SavedMessage(path, parent)
    box.open()
    return box


def confirm_saved_files(parent: QWidget | None, folder: str, count: int) -> SavedMessage:
    """Say ``count`` files are saved in ``folder``, without blocking; with "Open folder"."""
    box = SavedMessage(folder, parent, count)
    box.open()
    return box
