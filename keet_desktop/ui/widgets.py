"""Small widgets shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldMessage(QLabel):
    """The message shown next to (under) an input field: an error in red, a warning in amber."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.is_error = False

    def show_error(self, text: str) -> None:
        """Show ``text`` as an error that blocks saving."""
        self.is_error = True
        self.setStyleSheet("color: #b00020;")
        self._show(text)

    def show_warning(self, text: str) -> None:
        """Show ``text`` as a warning."""
        self.is_error = False
        self.setStyleSheet("color: #8a5a00;")
        self._show(text)

    def clear_message(self) -> None:
        """Hide the message."""
        self.is_error = False
        self.clear()
        self.setVisible(False)

    def _show(self, text: str) -> None:
        current = self.text()
        self.setText(f"{current}\n{text}" if current else text)
        self.setVisible(True)
