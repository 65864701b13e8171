"""Small widgets shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

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


class ElidedLabel(QLabel):
    """A one-line label that shows "…" in the middle when its text does not fit.

    ``text()`` stays the whole text, also given as the tooltip and accessible description; the
    label never asks for more than ``maximum_width`` pixels, so what sits next to it keeps room.
    """

    def __init__(self, text: str = "", maximum_width: int = 320, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._maximum_width = maximum_width
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        """Show ``text`` (elided when needed; whole in the tooltip)."""
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def shown_text(self) -> str:
        """The text as drawn: elided to the label's width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def sizeHint(self) -> QSize:
        """The whole text's width, up to the maximum."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), self._maximum_width), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Room for a few letters and the ellipsis."""
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("…") * 8), hint.height()
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the elided text."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
        painter.end()
