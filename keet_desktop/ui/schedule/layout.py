"""Geometry of the timetable without widgets: lanes, snapping, side-by-side overlaps."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from keet_desktop.domain.schedule.conflicts import Slot
from keet_desktop.domain.timeutil import BRUSSELS

HEADER = 44
GUTTER = 52
HOUR_PX = 44
SNAP_MIN = 15
EDGE_PX = 6
MIN_LANE_PX = 64

KIND_COLOURS = {
    "workshop": "#3b7dd8",
    "webinar": "#8e5bd0",
    "networking": "#e08a1e",
    "info_session": "#2e9d5b",
    "programme_session": "#1c8c95",
}


@dataclass(frozen=True)
class Lane:
    """One column: a room (or the online column) on one day."""

    day: date
    room_id: int | None
    label: str
    online: bool = False


def local_at(day: date, minutes: int) -> datetime:
    """The aware UTC time ``minutes`` after local midnight of ``day`` on the Brussels clock."""
    wall = datetime.combine(day, time(0), tzinfo=BRUSSELS) + timedelta(minutes=minutes)
    return wall.astimezone(UTC)


def snap(minutes: float) -> int:
    """Round to the nearest quarter of an hour."""
    return int(round(minutes / SNAP_MIN) * SNAP_MIN)


def side_by_side(
    slots: Sequence[Slot], lane_of: Callable[[Slot], int | None]
) -> dict[int | None, tuple[int, int]]:
    """Place overlapping blocks of one lane next to each other.

    Returns ``{event id: (column, columns)}``: blocks that overlap share the lane's width.
    """
    by_lane: dict[int, list[Slot]] = defaultdict(list)
    for slot in slots:
        lane = lane_of(slot)
        if lane is not None:
            by_lane[lane].append(slot)
    placed: dict[int | None, tuple[int, int]] = {}
    for lane_slots in by_lane.values():
        cluster: list[tuple[Slot, int]] = []
        cluster_end: datetime | None = None
        for slot in sorted(lane_slots, key=lambda s: (s.starts_at, s.ends_at)):
            if cluster_end is not None and slot.starts_at >= cluster_end:
                _close(cluster, placed)
                cluster, cluster_end = [], None
            busy = {column for other, column in cluster if other.ends_at > slot.starts_at}
            column = next(n for n in range(len(cluster) + 1) if n not in busy)
            cluster.append((slot, column))
            cluster_end = max(cluster_end or slot.ends_at, slot.ends_at)
        _close(cluster, placed)
    return placed


def _close(cluster: list[tuple[Slot, int]], placed: dict[int | None, tuple[int, int]]) -> None:
    columns = max((column for _, column in cluster), default=0) + 1
    for slot, column in cluster:
        placed[slot.id] = (column, columns)
