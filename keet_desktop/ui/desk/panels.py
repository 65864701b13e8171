"""The desk's always-visible panels: the counters and this desk's last check-ins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
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


def big_font(points: int, bold: bool = False) -> QFont:
    """Return the default font at ``points``, bold if asked."""
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


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
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, (key, text) in enumerate(captions.items()):
            value = QLabel("0", self)
            value.setFont(big_font(30, bold=True))
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(text, self)
            caption.setFont(big_font(15))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(value, 0, column)
            layout.addWidget(caption, 1, column)
            self.values[key] = value

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
        self.list.setFont(big_font(15))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.undo_button = QPushButton(self.tr("Undo… (Ctrl+Z)"), self)
        self.undo_button.setFont(big_font(15))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        title = QLabel(self.tr("Last check-ins at this desk"), self)
        title.setFont(big_font(15, bold=True))
        title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_button)
        self.setFixedWidth(330)

    def set_recent(self, recent: list[RecentCheckIn]) -> None:
        """Show ``recent`` (newest first)."""
        self.model.set_rows(
            [(f"{to_local(r.checked_in_at).strftime('%H:%M')}  {r.name}", r) for r in recent]
        )

    def chosen(self) -> RecentCheckIn | None:
        """The selected check-in, else the newest, or None when there is none."""
        if self.model.rowCount() == 0:
            return None
        row = max(0, self.list.currentIndex().row())
        chosen: RecentCheckIn = self.model.payload(row)
        return chosen
