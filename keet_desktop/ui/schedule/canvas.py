"""The painted timetable grid: lanes (day × room) across, time down, events as blocks.

The canvas knows no services. It shows :class:`Slot` objects and says what the user wants:
move or resize a block (``reschedule_requested``), open it (``edit_requested``) or create an
event by dragging over empty time (``create_requested``). Times are drawn on the Brussels wall
clock; a block keeps its real duration when it moves, across a clock change too.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from keet_desktop.domain.schedule.conflicts import Slot
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import palette
from keet_desktop.ui.accessibility import draw_focus_ring
from keet_desktop.ui.schedule.layout import (
    EDGE_PX,
    HOUR_PX,
    KIND_COLOURS,
    MIN_LANE_PX,
    SNAP_MIN,
    Lane,
    local_at,
    side_by_side,
    snap,
)


class DragMode(enum.Enum):
    """What a mouse drag does."""

    MOVE = "move"
    RESIZE = "resize"
    CREATE = "create"


@dataclass
class Drag:
    """A drag in progress."""

    mode: DragMode
    origin: QPointF
    current: QPointF
    slot: Slot | None = None


class TimetableCanvas(QWidget):
    """Draws lanes and blocks and turns mouse and keys into requests.

    Signals:
        reschedule_requested(int, object, object, object): event id, new start, new end (aware
            datetimes) and the new room id (or the old one).
        create_requested(object, object, object): room id (None online), start, end.
        edit_requested(int): an event was double-clicked or Enter was pressed on it.
        selection_changed(int): the selected event (0: none).
    """

    reschedule_requested = Signal(int, object, object, object)
    create_requested = Signal(object, object, object)
    edit_requested = Signal(int)
    selection_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_hour, self.last_hour = 7, 23
        self.lanes: list[Lane] = []
        self.slots: list[Slot] = []
        self.conflicted: set[int] = set()
        self.columns: dict[int | None, tuple[int, int]] = {}
        self.today: date = datetime.now(BRUSSELS).date()
        self.selected: int = 0
        # In the week view a move changes the time and day, never the room.
        self.keep_room = False
        self._drag: Drag | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(self.header + (self.last_hour - self.first_hour) * HOUR_PX + 1)

    # --- data and geometry -------------------------------------------------------------
    @property
    def gutter(self) -> int:
        """Width of the hour labels, from the font (text that scales never loses a digit)."""
        return self.fontMetrics().horizontalAdvance("00:00") + 14

    @property
    def header(self) -> int:
        """Height of the day and room headings: two lines of the font."""
        return 2 * self.fontMetrics().height() + 10

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new font (the system's text size) with the headings' height."""
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self.header + (self.last_hour - self.first_hour) * HOUR_PX + 1)
        super().changeEvent(event)

    def set_data(self, lanes: list[Lane], slots: list[Slot], conflicted: set[int]) -> None:
        """Show ``slots`` in ``lanes``; blocks in ``conflicted`` get a red border."""
        self.lanes, self.slots, self.conflicted = lanes, slots, conflicted
        if self.selected and all(s.id != self.selected for s in slots):
            self.selected = 0
        self.columns = side_by_side(slots, self.lane_of)
        self.setMinimumWidth(self.gutter + MIN_LANE_PX * max(1, len(lanes)))
        self.update()

    def lane_width(self) -> float:
        """Width of one lane in pixels."""
        return (self.width() - self.gutter) / max(1, len(self.lanes))

    def y_of(self, moment: datetime) -> float:
        """Vertical position of a time on the local clock of its day."""
        local = moment.astimezone(BRUSSELS)
        minutes = (local.hour - self.first_hour) * 60 + local.minute
        return self.header + max(0, min(minutes, self._span_min())) * HOUR_PX / 60

    def minutes_at(self, y: float) -> int:
        """Minutes after local midnight at height ``y``, snapped to a quarter."""
        minutes = snap((y - self.header) * 60 / HOUR_PX) + self.first_hour * 60
        return max(self.first_hour * 60, min(minutes, self.last_hour * 60))

    def lane_at(self, x: float) -> int:
        """Index of the lane under ``x`` (clamped)."""
        index = int((x - self.gutter) // max(1.0, self.lane_width()))
        return max(0, min(index, len(self.lanes) - 1))

    def lane_of(self, slot: Slot) -> int | None:
        """The lane a slot is drawn in, or None when it is not in view."""
        day = slot.starts_at.astimezone(BRUSSELS).date()
        for index, lane in enumerate(self.lanes):
            if lane.day != day:
                continue
            if (lane.online and slot.room_id is None) or (
                not lane.online and lane.room_id == slot.room_id
            ):
                return index
        for index, lane in enumerate(self.lanes):  # a week day without its room's lane
            if lane.day == day and lane.room_id is None and not lane.online:
                return index
        return None

    def block_rect(self, slot: Slot) -> QRectF | None:
        """The rectangle of a slot's block, or None when it is not in view."""
        index = self.lane_of(slot)
        if index is None:
            return None
        width = self.lane_width()
        top = self.y_of(slot.starts_at)
        end_local = slot.ends_at.astimezone(BRUSSELS)
        same_day = end_local.date() == slot.starts_at.astimezone(BRUSSELS).date()
        bottom = self.y_of(slot.ends_at) if same_day else self.height() - 1.0
        column, columns = self.columns.get(slot.id, (0, 1))
        share = (width - 4) / columns
        left = self.gutter + index * width + 2 + column * share
        return QRectF(left, top + 1, share - (2 if columns > 1 else 0), max(10.0, bottom - top - 2))

    def slot_at(self, point: QPointF) -> Slot | None:
        """The block under ``point`` (the last drawn wins)."""
        for slot in reversed(self.slots):
            rect = self.block_rect(slot)
            if rect is not None and rect.contains(point):
                return slot
        return None

    def _span_min(self) -> int:
        return (self.last_hour - self.first_hour) * 60

    # --- painting ----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the grid, today's mark, the blocks and a drag preview."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._paint_grid(painter)
        for slot in self.slots:
            self._paint_block(painter, slot)
        self._paint_drag(painter)
        if self.hasFocus():
            draw_focus_ring(painter, self.rect())
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        width = self.lane_width()
        for index, lane in enumerate(self.lanes):
            x = self.gutter + index * width
            if lane.day == self.today:
                painter.fillRect(QRectF(x, 0, width, self.height()), QColor("#fff6d6"))
            elif lane.online:
                painter.fillRect(QRectF(x, self.header, width, self.height()), QColor("#f5f0fb"))
        painter.setPen(QPen(QColor("#e3e3e3")))
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.header + (hour - self.first_hour) * HOUR_PX
            painter.drawLine(QPointF(self.gutter, y), QPointF(self.width(), y))
            painter.setPen(QPen(QColor("#666666")))
            line = self.fontMetrics().height()
            painter.drawText(
                QRectF(0, y - line / 2, self.gutter - 6, line),
                Qt.AlignmentFlag.AlignRight,
                f"{hour:02d}:00",
            )
            painter.setPen(QPen(QColor("#e3e3e3")))
        self._paint_lane_headers(painter, width)

    def _paint_lane_headers(self, painter: QPainter, width: float) -> None:
        previous_day: date | None = None
        bold = QFont(self.font())
        bold.setBold(True)
        for index, lane in enumerate(self.lanes):
            x = self.gutter + index * width
            new_day = lane.day != previous_day
            painter.setPen(QPen(QColor("#9a9a9a" if new_day else "#e3e3e3")))
            painter.drawLine(
                QPointF(x, 0 if new_day else self.header / 2), QPointF(x, self.height())
            )
            if new_day:
                painter.setFont(bold)
                painter.setPen(
                    QPen(QColor(palette.TODAY_TEXT if lane.day == self.today else "#222222"))
                )
                painter.drawText(
                    QRectF(x + 4, 2, width * 7, self.header / 2),
                    Qt.AlignmentFlag.AlignLeft,
                    self.day_label(lane.day),
                )
                painter.setFont(self.font())
            painter.setPen(QPen(QColor("#555555")))
            room_rect = QRectF(x + 2, self.header / 2, width - 4, self.header / 2)
            elided = self.fontMetrics().elidedText(
                lane.label, Qt.TextElideMode.ElideRight, int(width - 4)
            )
            painter.drawText(room_rect, Qt.AlignmentFlag.AlignCenter, elided)
            previous_day = lane.day
        painter.setPen(QPen(QColor("#9a9a9a")))
        painter.drawLine(QPointF(0, self.header), QPointF(self.width(), self.header))

    def day_label(self, day: date) -> str:
        """The header text of a day, in the window's one date format ("di 3/03/2026")."""
        return fmt.day_text(day)

    def _paint_block(self, painter: QPainter, slot: Slot, rect: QRectF | None = None) -> None:
        rect = rect or self.block_rect(slot)
        if rect is None:
            return
        colour = QColor(KIND_COLOURS.get(slot.kind, "#777777"))
        painter.setBrush(colour.lighter(150) if slot.id != self.selected else colour.lighter(115))
        if slot.id in self.conflicted:
            painter.setPen(QPen(QColor(palette.CONFLICT), 3))
        else:
            painter.setPen(QPen(colour.darker(130), 2 if slot.id == self.selected else 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), colour)
        painter.setPen(QPen(QColor("#111111")))
        start = slot.starts_at.astimezone(BRUSSELS)
        end = slot.ends_at.astimezone(BRUSSELS)
        text = f"{start:%H:%M}–{end:%H:%M}\n{slot.title}"
        if slot.id in self.conflicted:  # not by colour alone: a warning sign too
            text = f"⚠ {text}"
        painter.drawText(rect.adjusted(7, 2, -3, -2), Qt.TextFlag.TextWordWrap, text)

    def _paint_drag(self, painter: QPainter) -> None:
        preview = self._drag_preview()
        if preview is None or self._drag is None:
            return
        lane, start, end = preview
        x = self.gutter + lane * self.lane_width()
        rect = QRectF(
            x + 2, self.y_of(start), self.lane_width() - 4, self.y_of(end) - self.y_of(start)
        )
        painter.setBrush(QColor(60, 125, 216, 60))
        painter.setPen(QPen(QColor("#3b7dd8"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect)

    # --- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start moving, resizing or creating."""
        if event.button() != Qt.MouseButton.LeftButton or not self.lanes:
            return
        point = event.position()
        if point.y() < self.header or point.x() < self.gutter:
            return
        slot = self.slot_at(point)
        self._select(slot.id if slot is not None and slot.id is not None else 0)
        if slot is None:
            self._drag = Drag(DragMode.CREATE, point, point)
            return
        rect = self.block_rect(slot)
        near_bottom = rect is not None and rect.bottom() - point.y() <= EDGE_PX
        self._drag = Drag(DragMode.RESIZE if near_bottom else DragMode.MOVE, point, point, slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Follow the drag; show a resize cursor on a block's bottom edge."""
        point = event.position()
        if self._drag is not None:
            self._drag.current = point
            self.update()
            return
        slot = self.slot_at(point)
        rect = self.block_rect(slot) if slot is not None else None
        on_edge = rect is not None and rect.bottom() - point.y() <= EDGE_PX
        if slot is not None:
            place = f" · {slot.room}" if slot.room else ""
            self.setToolTip(f"{slot.title}\n{fmt.span_text(slot.starts_at, slot.ends_at)}{place}")
        else:
            self.setToolTip("")
        self.setCursor(Qt.CursorShape.SizeVerCursor if on_edge else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish the drag: request the move, resize or creation."""
        drag, self._drag = self._drag, None
        if drag is None:
            return
        drag.current = event.position()
        self._drag = drag
        preview = self._drag_preview()
        self._drag = None
        self.update()
        if preview is None:
            return
        lane_index, start, end = preview
        lane = self.lanes[lane_index]
        if drag.mode is DragMode.CREATE:
            if end > start:
                self.create_requested.emit(None if lane.online else lane.room_id, start, end)
            return
        assert drag.slot is not None and drag.slot.id is not None
        room_id = drag.slot.room_id
        if not self.keep_room and not lane.online and drag.slot.room_id is not None:
            room_id = lane.room_id  # a room's event moves to the room it is dropped in
        if (start, end, room_id) != (drag.slot.starts_at, drag.slot.ends_at, drag.slot.room_id):
            self.reschedule_requested.emit(drag.slot.id, start, end, room_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the event under the mouse."""
        slot = self.slot_at(event.position())
        if slot is not None and slot.id is not None:
            self._drag = None
            self.edit_requested.emit(slot.id)

    def _drag_preview(self) -> tuple[int, datetime, datetime] | None:
        drag = self._drag
        if drag is None:
            return None
        if drag.mode is DragMode.CREATE:
            lane = self.lane_at(drag.origin.x())
            day = self.lanes[lane].day
            first = self.minutes_at(min(drag.origin.y(), drag.current.y()))
            last = self.minutes_at(max(drag.origin.y(), drag.current.y()))
            if last - first < SNAP_MIN:
                return None
            return lane, local_at(day, first), local_at(day, last)
        assert drag.slot is not None
        delta = snap((drag.current.y() - drag.origin.y()) * 60 / HOUR_PX)
        slot = drag.slot
        if drag.mode is DragMode.RESIZE:
            end = max(
                slot.ends_at + timedelta(minutes=delta),
                slot.starts_at + timedelta(minutes=SNAP_MIN),
            )
            lane_index = self.lane_of(slot)
            return (lane_index or 0), slot.starts_at, end
        lane = self.lane_at(drag.current.x())
        start_local = slot.starts_at.astimezone(BRUSSELS)
        minutes = start_local.hour * 60 + start_local.minute + delta
        start = local_at(self.lanes[lane].day, minutes)
        return lane, start, start + (slot.ends_at - slot.starts_at)

    # --- keyboard ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move the selected block (a quarter, or a day); Shift+Up/Down resize it."""
        slot = next((s for s in self.slots if s.id == self.selected and s.id), None)
        key = Qt.Key(event.key())
        if slot is None or slot.id is None:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(slot.id)
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self._move_to_neighbouring_room(slot, -1 if key == Qt.Key.Key_Left else 1)
            return
        steps = {
            Qt.Key.Key_Up: timedelta(minutes=-SNAP_MIN),
            Qt.Key.Key_Down: timedelta(minutes=SNAP_MIN),
            Qt.Key.Key_Left: timedelta(days=-1),
            Qt.Key.Key_Right: timedelta(days=1),
        }
        if key not in steps:
            super().keyPressEvent(event)
            return
        step = steps[key]
        resize = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) and step.days == 0
        start = slot.starts_at if resize else _wall_shift(slot.starts_at, step)
        end = _wall_shift(slot.ends_at, step)
        if resize and end - start < timedelta(minutes=SNAP_MIN):
            return
        self.reschedule_requested.emit(slot.id, start, end, slot.room_id)

    def _move_to_neighbouring_room(self, slot: Slot, step: int) -> None:
        """Alt+Left/Right: the same time in the room lane to the left or right (day view)."""
        if self.keep_room or slot.id is None:
            return
        index = self.lane_of(slot)
        if index is None:
            return
        day = self.lanes[index].day
        rooms = [lane for lane in self.lanes if lane.day == day and not lane.online]
        current = next((i for i, lane in enumerate(rooms) if lane.room_id == slot.room_id), None)
        target = (current if current is not None else -step) + step
        if 0 <= target < len(rooms) and rooms[target].room_id is not None:
            self.reschedule_requested.emit(
                slot.id, slot.starts_at, slot.ends_at, rooms[target].room_id
            )

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the blocks in time order, then leave the canvas (no trap)."""
        ids = [s.id for s in sorted(self.slots, key=lambda s: s.starts_at) if s.id is not None]
        if self.selected in ids:
            position = ids.index(self.selected) + (1 if next else -1)
        else:
            position = 0 if next else len(ids) - 1
        if not 0 <= position < len(ids):
            self._select(0)
            return super().focusNextPrevChild(next)
        self._select(ids[position])
        return True

    def select(self, event_id: int) -> None:
        """Select a block (0: none)."""
        self._select(event_id)

    def _select(self, event_id: int) -> None:
        if event_id != self.selected:
            self.selected = event_id
            self.selection_changed.emit(event_id)
            self._describe_selection()
        self.update()

    def _describe_selection(self) -> None:
        """Tell assistive technology which block is selected (the canvas is painted)."""
        slot = next((s for s in self.slots if s.id == self.selected and s.id), None)
        if slot is None:
            text = self.tr("No event selected. Tab walks the events; arrows move the selected one.")
        else:
            start = slot.starts_at.astimezone(BRUSSELS)
            end = slot.ends_at.astimezone(BRUSSELS)
            text = self.tr("{title}, {day} {start}–{end}").format(
                title=slot.title,
                day=self.day_label(start.date()),
                start=f"{start:%H:%M}",
                end=f"{end:%H:%M}",
            )
            if slot.id in self.conflicted:
                text = self.tr("{event} – has a conflict").format(event=text)
        self.setAccessibleDescription(text)
        if self.hasFocus():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )


def _wall_shift(moment: datetime, step: timedelta) -> datetime:
    """``moment`` moved by ``step`` on the Brussels wall clock (a day stays 19:00 → 19:00)."""
    return (moment.astimezone(BRUSSELS) + step).astimezone(UTC)
