"""Helpers for check-in tests: an event today, registrations with their ticket codes."""

from __future__ import annotations

from datetime import datetime

from keet_desktop.domain.models import Role
from keet_desktop.domain.services import Services
from keet_desktop.domain.timeutil import BRUSSELS
from tests.factories import make_event, person


def today_at(hour: int, minute: int = 0) -> datetime:
    """A Brussels time today."""
    day = datetime.now(BRUSSELS).date()
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS)


def event_today(services: Services, **changes: object) -> int:
    """An event that runs all of today (so the desk accepts it at any hour)."""
    values: dict[str, object] = {
        "title": "Netwerkavond circulair",
        "starts_at": today_at(0, 5),
        "ends_at": today_at(23, 55),
        "capacity": 25,
    }
    values.update(changes)
    return make_event(services, **values)


def register(
    services: Services,
    event_id: int,
    given: str = "Lieve",
    family: str = "Peeters",
    *,
    desk_note: str = "",
    role: Role = Role.PARTICIPANT,
    **extra: object,
) -> tuple[int, str]:
    """Register a person and return (registration id, ticket code)."""
    result = services.registrations.register(
        event_id, person(given, family, **extra), desk_note=desk_note, role=role
    )
    return result.registration.id, result.registration.ticket_code
