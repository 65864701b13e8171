"""The timetable with real services: dragging, keys, undo and conflicts while planning."""

from __future__ import annotations

from datetime import datetime, timedelta

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt

from keet_desktop.domain.models import EventKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.venues import RoomInput, VenueInput
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import file_dialogs
from keet_desktop.ui.schedule.timetable import TimetableView, ViewMode
from tests.factories import make_event
from tests.ui.organiser_helpers import settle

TUESDAY = datetime(2030, 3, 5, tzinfo=BRUSSELS)


def at(hour: int, minute: int = 0, day: datetime = TUESDAY) -> datetime:
    """A Brussels time on ``day``."""
    return day.replace(hour=hour, minute=minute)


@pytest.fixture
def rooms(sqlite_services: Services) -> tuple[int, int]:
    """Two rooms at one venue."""
    venue = sqlite_services.venues.create_venue(VenueInput("De Keet", "Keetstraat 1, Gent"))
    first = sqlite_services.venues.create_room(RoomInput(venue, "Werkplaats", 20))
    second = sqlite_services.venues.create_room(RoomInput(venue, "Grote zaal", 60))
    return first, second


@pytest.fixture
def view(qtbot, sqlite_services, settings, app_events, translators, rooms) -> TimetableView:
    """The timetable on the day view of TUESDAY."""
    widget = TimetableView(sqlite_services, settings, app_events)
    widget.resize(1200, 900)
    widget.set_mode(ViewMode.DAY, TUESDAY.date())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle()  # the period is loaded on a worker
    return widget


def lane_x(view: TimetableView, room_id: int | None) -> int:
    """The middle of the lane of a room on screen."""
    index = next(i for i, lane in enumerate(view.canvas.lanes) if lane.room_id == room_id)
    return int(52 + (index + 0.5) * view.canvas.lane_width())


def block_centre(view: TimetableView, event_id: int) -> QPoint:
    """The middle of an event's block."""
    slot = next(s for s in view.slots if s.id == event_id)
    rect = view.canvas.block_rect(slot)
    assert rect is not None
    return rect.center().toPoint()


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move and release at ``end``."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_over_empty_time_asks_to_create_an_event(qtbot, view, rooms) -> None:
    canvas = view.canvas
    x = lane_x(view, rooms[1])
    top, bottom = int(canvas.y_of(at(10))), int(canvas.y_of(at(12, 30)))
    with qtbot.waitSignal(view.create_requested) as blocker:
        drag(qtbot, canvas, QPoint(x, top + 2), QPoint(x, bottom - 2))
    assert blocker.args == [rooms[1], at(10), at(12, 30)]


def test_moving_a_block_by_mouse_reschedules_it_and_undo_puts_it_back(
    qtbot, view, sqlite_services, rooms
) -> None:
    event_id = make_event(sqlite_services, starts_at=at(10), ends_at=at(12), room_id=rooms[0])
    view.reload()
    settle()
    start = block_centre(view, event_id)
    drag(qtbot, view.canvas, start, start + QPoint(0, 2 * 44))
    settle()
    moved = sqlite_services.events.get(event_id)
    assert (moved.starts_at, moved.ends_at) == (at(12), at(14))
    view.undo_action.trigger()
    settle()
    assert sqlite_services.events.get(event_id).starts_at == at(10)
    view.redo_action.trigger()
    settle()
    assert sqlite_services.events.get(event_id).starts_at == at(12)


def test_keys_move_and_resize_the_selected_block(qtbot, view, sqlite_services, rooms) -> None:
    event_id = make_event(sqlite_services, starts_at=at(10), ends_at=at(12), room_id=rooms[0])
    view.reload()
    settle()
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=block_centre(view, event_id))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    settle()
    event = sqlite_services.events.get(event_id)
    assert (event.starts_at, event.ends_at) == (at(10, 15), at(12, 30))
    view.undo_action.trigger()
    view.undo_action.trigger()
    settle()
    event = sqlite_services.events.get(event_id)
    assert (event.starts_at, event.ends_at) == (at(10), at(12))


def test_a_day_later_by_key_keeps_the_wall_clock_across_the_clock_change(
    qtbot, view, sqlite_services, rooms
) -> None:
    saturday = datetime(2030, 3, 30, tzinfo=BRUSSELS)  # the clocks go forward that night
    event_id = make_event(
        sqlite_services, starts_at=at(19, day=saturday), ends_at=at(21, day=saturday),
        room_id=rooms[0],
    )  # fmt: skip
    view.set_mode(ViewMode.WEEK, saturday.date())
    settle()
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=block_centre(view, event_id))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    settle()
    event = sqlite_services.events.get(event_id)
    assert event.starts_at.astimezone(BRUSSELS) == datetime(2030, 3, 31, 19, tzinfo=BRUSSELS)
    assert event.ends_at - event.starts_at == timedelta(hours=2)


def test_a_conflict_appears_while_planning_and_links_to_the_event(
    qtbot, view, sqlite_services, rooms
) -> None:
    make_event(sqlite_services, title="Pitchen", starts_at=at(10), ends_at=at(12), room_id=rooms[1])
    other = make_event(
        sqlite_services, title="Boekhouding", starts_at=at(10), ends_at=at(12), room_id=rooms[0]
    )
    view.reload()
    settle()
    assert view.conflicts_panel.messages() == []
    start = block_centre(view, other)
    drag(qtbot, view.canvas, start, QPoint(lane_x(view, rooms[1]), start.y()))
    settle()
    assert sqlite_services.events.get(other).room_id == rooms[1]
    [message] = view.conflicts_panel.messages()
    assert "Grote zaal" in message and "Pitchen" in message and "Boekhouding" in message
    assert other in view.canvas.conflicted
    view.canvas.select(0)
    index = view.conflicts_panel.model.index(0, 0)
    view.conflicts_panel.view.clicked.emit(index)
    assert view.canvas.selected in view.conflicts[0].events
    view.undo_action.trigger()
    settle()
    assert view.conflicts_panel.messages() == []


def test_double_click_asks_to_edit_the_event(qtbot, view, sqlite_services, rooms) -> None:
    event_id = make_event(sqlite_services, starts_at=at(10), ends_at=at(12), room_id=rooms[0])
    view.reload()
    settle()
    with qtbot.waitSignal(view.edit_requested) as blocker:
        qtbot.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, pos=block_centre(view, event_id))
    assert blocker.args == [event_id]


def test_webinars_are_in_the_online_column_and_the_month_opens_a_day(
    qtbot, view, sqlite_services
) -> None:
    webinar = make_event(
        sqlite_services, kind=EventKind.WEBINAR, online_url="https://meet.example.be/x",
        starts_at=at(10), ends_at=at(11),
    )  # fmt: skip
    view.reload()
    settle()
    slot = next(s for s in view.slots if s.id == webinar)
    lane = view.canvas.lanes[view.canvas.lane_of(slot)]
    assert lane.online
    view.set_mode(ViewMode.MONTH, TUESDAY.date())
    view.month.day_activated.emit(TUESDAY.date() + timedelta(days=1))
    assert view.mode is ViewMode.DAY and view.anchor == TUESDAY.date() + timedelta(days=1)


def test_overlapping_blocks_in_one_room_stand_side_by_side(view, sqlite_services, rooms) -> None:
    first = make_event(sqlite_services, starts_at=at(10), ends_at=at(12), room_id=rooms[0])
    second = make_event(sqlite_services, starts_at=at(11), ends_at=at(13), room_id=rooms[0])
    later = make_event(sqlite_services, starts_at=at(13), ends_at=at(14), room_id=rooms[0])
    view.reload()
    settle()
    rects = {s.id: view.canvas.block_rect(s) for s in view.slots if s.id in (first, second, later)}
    assert rects[first].right() <= rects[second].left()
    assert rects[later].width() > rects[first].width() * 1.8


def test_the_week_agenda_is_printed_to_a_pdf(view, sqlite_services, rooms, monkeypatch, tmp_path):
    make_event(sqlite_services, title="Pitchen", starts_at=at(10), ends_at=at(12), room_id=rooms[0])
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(file_dialogs, "choose_save_file", lambda *a: str(target))
    view.print_button.click()
    settle()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    assert "Pitchen" in text and "Werkplaats" in text and "4 maart 2030" in text


def test_a_conflict_is_reached_and_opened_by_keyboard(qtbot, view, sqlite_services, rooms) -> None:
    make_event(sqlite_services, title="Pitchen", starts_at=at(10), ends_at=at(12), room_id=rooms[1])
    other = make_event(
        sqlite_services, title="Boekhouding", starts_at=at(10), ends_at=at(12), room_id=rooms[1]
    )
    view.reload()
    settle()
    [message] = view.conflicts_panel.messages()
    assert message.startswith("✖ ")  # an error says so with a sign, not by colour alone
    panel = view.conflicts_panel.view
    view.canvas.select(0)
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Down)  # arrows jump to the conflict's event
    assert view.canvas.selected in (other, *view.conflicts[0].events)
    with qtbot.waitSignal(view.edit_requested) as opened:
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert opened.args[0] in view.conflicts[0].events
