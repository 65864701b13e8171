"""A month overview: a grid of days with the first events of each, coloured by kind."""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from keet_desktop.domain.schedule.conflicts import Slot
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import palette
from keet_desktop.ui.accessibility import draw_focus_ring
from keet_desktop.ui.schedule.layout import KIND_COLOURS


def month_grid(month: date) -> list[date]:
    """The 42 days (six Monday-first weeks) that show ``month``."""
    first = month.replace(day=1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=n) for n in range(42)]


class MonthOverview(QWidget):
    """The days of one month with their events; a click (or arrows and Enter) opens a day.

    Signals:
        day_activated(object): a day (a ``date``) was clicked or chosen with Enter.
    """

    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = datetime.now(BRUSSELS).date().replace(day=1)
        self.today = datetime.now(BRUSSELS).date()
        self.by_day: dict[date, list[Slot]] = {}
        self.weekday_names = [calendar.day_abbr[n] for n in range(7)]
        self.more_text = "+{n}"
        self.current: date = self.today
        self.conflicted: set[int] = set()
        self.setMinimumSize(420, 320)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_data(self, month: date, slots: list[Slot], conflicted: set[int]) -> None:
        """Show ``slots`` in the month of ``month``."""
        self.month = month.replace(day=1)
        grouped: dict[date, list[Slot]] = defaultdict(list)
        for slot in slots:
            grouped[slot.starts_at.astimezone(BRUSSELS).date()].append(slot)
        self.by_day = dict(grouped)
        self.conflicted = conflicted
        if self.current not in month_grid(self.month) or self.current.month != self.month.month:
            self.current = self.month
        self._describe_current()
        self.update()

    @property
    def header(self) -> int:
        """Height of the weekday names, from the font."""
        return self.fontMetrics().height() + 8

    @property
    def line_px(self) -> int:
        """Height of one event line, from the font (text that scales is not cut)."""
        return self.fontMetrics().height() + 2

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - self.header) / 6
        return QRectF((index % 7) * width, self.header + (index // 7) * height, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the weekday names, the days and their events."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        width = self.width() / 7
        painter.setPen(QPen(QColor("#444444")))
        for n, name in enumerate(self.weekday_names):
            painter.drawText(
                QRectF(n * width, 0, width, self.header), Qt.AlignmentFlag.AlignCenter, name
            )
        for index, day in enumerate(month_grid(self.month)):
            self._paint_day(painter, self._cell(index), day)
            if day == self.current and self.hasFocus():
                draw_focus_ring(painter, self._cell(index).toRect())
        painter.end()

    def _paint_day(self, painter: QPainter, cell: QRectF, day: date) -> None:
        if day == self.today:
            painter.fillRect(cell, QColor("#fff6d6"))
        painter.setPen(QPen(QColor("#dddddd")))
        painter.drawRect(cell)
        muted = day.month != self.month.month
        painter.setPen(
            QPen(
                QColor(
                    palette.TODAY_TEXT
                    if day == self.today
                    else palette.MUTED
                    if muted
                    else "#222222"
                )
            )
        )
        painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignRight, str(day.day))
        slots = sorted(self.by_day.get(day, []), key=lambda s: s.starts_at)
        room = int((cell.height() - self.line_px - 4) // self.line_px)
        for n, slot in enumerate(slots[: max(0, room)]):
            line = QRectF(
                cell.left() + 3,
                cell.top() + self.line_px + 2 + n * self.line_px,
                cell.width() - 6,
                self.line_px - 2,
            )
            colour = QColor(KIND_COLOURS.get(slot.kind, "#777777"))
            painter.fillRect(line, colour.lighter(160))
            painter.fillRect(QRectF(line.left(), line.top(), 3, line.height()), colour)
            painter.setPen(
                QPen(QColor(palette.CONFLICT if slot.id in self.conflicted else "#111111"))
            )
            text = f"{slot.starts_at.astimezone(BRUSSELS):%H:%M} {slot.title}"
            if slot.id in self.conflicted:  # a sign too, not colour alone
                text = f"⚠ {text}"
            elided = self.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(line.width() - 6)
            )
            painter.drawText(line.adjusted(5, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        hidden = len(slots) - max(0, room)
        if hidden > 0:
            painter.setPen(QPen(QColor("#555555")))
            painter.drawText(
                cell.adjusted(4, 0, -4, -2),
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                self.more_text.format(n=hidden),
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move the chosen day (a day or a week), Enter opens it."""
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self.current)
            return
        if key not in steps:
            super().keyPressEvent(event)
            return
        moved = self.current + timedelta(days=steps[Qt.Key(key)])
        if moved in month_grid(self.month):
            self.current = moved
            self._describe_current()
            self.update()

    def _describe_current(self) -> None:
        slots = self.by_day.get(self.current, [])
        titles = "; ".join(f"{s.starts_at.astimezone(BRUSSELS):%H:%M} {s.title}" for s in slots[:5])
        self.setAccessibleDescription(
            f"{self.current:%d/%m/%Y}: {titles}" if titles else f"{self.current:%d/%m/%Y}"
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Open the clicked day."""
        point: QPointF = event.position()
        for index, day in enumerate(month_grid(self.month)):
            if self._cell(index).contains(point):
                self.day_activated.emit(day)
                return
