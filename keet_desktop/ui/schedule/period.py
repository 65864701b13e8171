"""What the timetable shows of a period: events, conflicts and rooms, loaded on a worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from keet_desktop.domain.models import Room
from keet_desktop.domain.schedule.conflicts import Conflict, Slot, find_conflicts
from keet_desktop.domain.services import Services
from keet_desktop.domain.timeutil import BRUSSELS


@dataclass(frozen=True)
class Period:
    """What the timetable shows of a period (loaded on a worker)."""

    first: date
    after: date
    slots: list[Slot]
    conflicts: list[Conflict]
    rooms: list[Room]


def load_period(services: Services, first: date, after: date) -> Period:
    """(worker) The events, conflicts and rooms from ``first`` to the day before ``after``."""
    start = datetime.combine(first, time(0), tzinfo=BRUSSELS).astimezone(UTC)
    end = datetime.combine(after, time(0), tzinfo=BRUSSELS).astimezone(UTC)
    slots = services.schedule.slots(start, end)
    return Period(first, after, slots, find_conflicts(slots), services.venues.list_rooms())
