"""The desk's always-visible panels: the counters and this desk's last check-ins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services.checkin_queries import DeskCounters, RecentCheckIn
from keet_desktop.domain.timeutil import to_local
from keet_desktop.ui.desk.models import DeskListModel


def big_font(points: float, bold: bool = False) -> QFont:
    """Return the system font grown as ``points`` is to 10 points (so it follows the system).

    The desk was designed on a 10-point system font; a larger system font (or a scaled
    screen) makes every desk text larger in proportion.
    """
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * points / 10))
    font.setBold(bold)
    return font


def shrink_to_width(widget: QWidget, text: str, width: int) -> None:
    """Make ``widget``'s font smaller (not below 6 points) until ``text`` fits ``width``."""
    font = QFont(widget.font())
    while font.pointSizeF() > 6 and QFontMetrics(font).horizontalAdvance(text) > width:
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
    widget.setFont(font)


class CountersBar(QWidget):
    """Registered, checked in, still expected and walk-ins, in large figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        captions = {
            "registered": self.tr("Registered"),
            "checked_in": self.tr("Checked in"),
            "expected": self.tr("Still expected"),
            "walk_ins": self.tr("Walk-ins"),
        }
        self.captions: list[QLabel] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(0)
        for column, (key, text) in enumerate(captions.items()):
            value = QLabel("0", self)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setAccessibleName(text)
            caption = QLabel(text, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            layout.addWidget(value, 0, column)
            layout.addWidget(caption, 1, column)
            layout.setColumnStretch(column, 1)
            self.values[key] = value
            self.captions.append(caption)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """Size the figures and captions (1.0 on a roomy screen, smaller on a small one)."""
        for label in self.values.values():
            label.setFont(big_font(26 * scale, bold=True))
        for caption in self.captions:
            caption.setFont(big_font(13 * scale))

    def set_counters(self, counters: DeskCounters) -> None:
        """Show ``counters``."""
        for key, label in self.values.items():
            label.setText(str(getattr(counters, key)))


class RecentPanel(QFrame):
    """This desk's last check-ins, newest first, with the undo button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DeskListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Last check-ins at this desk"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undo_button = QPushButton(self.tr("Undo… (Ctrl+Z)"), self)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = QLabel(self.tr("Last check-ins at this desk"), self)
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_button)
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        """Size the texts (1.0 on a roomy screen, smaller on a small one)."""
        self.list.setFont(big_font(13 * scale))
        self.undo_button.setFont(big_font(13 * scale))
        self.title.setFont(big_font(13 * scale, bold=True))

    def setFixedWidth(self, width: int) -> None:
        """Take ``width`` and fit the undo button's text into it."""
        super().setFixedWidth(width)
        shrink_to_width(self.undo_button, self.undo_button.text(), width - 24)

    def set_recent(self, recent: list[RecentCheckIn]) -> None:
        """Show ``recent`` (newest first)."""
        walk_in = self.tr("walk-in")
        self.model.set_rows(
            [
                (
                    f"{to_local(r.checked_in_at).strftime('%H:%M')}  {r.name}"
                    + (f" ({walk_in})" if r.walk_in else ""),
                    r,
                )
                for r in recent
            ]
        )

    def chosen(self) -> RecentCheckIn | None:
        """The selected check-in, else the newest, or None when there is none."""
        if self.model.rowCount() == 0:
            return None
        row = max(0, self.list.currentIndex().row())
        chosen: RecentCheckIn = self.model.payload(row)
        return chosen
