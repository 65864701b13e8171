"""Small widgets shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from keet_desktop.ui import palette


class FieldMessage(QLabel):
    """The message shown under an input field: an error (✖, red) or a warning (⚠, amber).

    The sign says it without colour, and the message becomes the field's accessible
    description, so a screen reader reads it with the field.
    """

    def __init__(self, parent: QWidget | None = None, field: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.is_error = False
        self.field = field

    def show_error(self, text: str) -> None:
        """Show ``text`` as an error that blocks saving."""
        self.is_error = True
        self.setStyleSheet(f"color: {palette.ERROR};")
        self._show(text)

    def show_warning(self, text: str) -> None:
        """Show ``text`` as a warning."""
        self.is_error = False
        self.setStyleSheet(f"color: {palette.WAITING};")
        self._show(text)

    def clear_message(self) -> None:
        """Hide the message."""
        self.is_error = False
        self.clear()
        self.setVisible(False)
        if self.field is not None:
            self.field.setAccessibleDescription("")

    def _show(self, text: str) -> None:
        sign = "✖" if self.is_error else "⚠"
        current = self.text()
        line = f"{sign} {text}"
        self.setText(f"{current}\n{line}" if current else line)
        self.setVisible(True)
        if self.field is not None:
            self.field.setAccessibleDescription(self.text())
