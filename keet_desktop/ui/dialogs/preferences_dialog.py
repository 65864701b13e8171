"""Preferences: the UI language (applied at once: the window is rebuilt in the new language)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import system_language
from keet_desktop.ui.settings import Settings


class PreferencesDialog(QDialog):
    """Choose the language; saving emits ``AppEvents.language_changed`` when it changed."""

    def __init__(
        self,
        settings: Settings,
        app_events: AppEvents,
        current_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._app_events = app_events
        self._current = current_language
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox()
        # Each language is named in itself, so that anyone can find theirs.
        self.language_combo.setObjectName("native_language_names")
        self.language_combo.addItem(self.tr("Same as the system"), "")
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        note = QLabel(self.tr("The window switches to the new language at once."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        chosen = self.language_combo.currentData()
        self._settings.language = chosen
        self._settings.sync()
        language = chosen or system_language()
        self.accept()
        if language != self._current:
            self._app_events.language_changed.emit(language)
