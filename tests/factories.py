"""Small helpers that build events and people through the real services."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from keet_desktop.domain.models import CheckIn, EventKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.events import EventInput
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.timeutil import BRUSSELS


def future(days: int = 7, hour: int = 19) -> datetime:
    """A Brussels time ``days`` from now, on the hour."""
    day = datetime.now(BRUSSELS).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=BRUSSELS)


def event_input(**changes: object) -> EventInput:
    """A valid workshop next week, with ``changes`` applied."""
    start = future()
    data = EventInput(
        title="Workshop herstellen",
        kind=EventKind.WORKSHOP,
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        capacity=25,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def make_event(services: Services, **changes: object) -> int:
    """Create an event through the service and return its id."""
    return services.events.create(event_input(**changes)).event.id


def check_in(session: Session, registration_id: int, event_id: int, **values: Any) -> CheckIn:
    """Add a check-in written straight to the table, its event given as the services give it.

    (Left out, the column's default would look the registration's event up: a query per row.)
    """
    checkin = CheckIn(registration_id=registration_id, event_id=event_id, **values)
    session.add(checkin)
    return checkin


def person(
    given: str = "Lieve", family: str = "Peeters", email: str | None = None, **extra: object
) -> PersonInput:
    """A person to register; the e-mail defaults to one made from the name."""
    if email is None:
        email = f"{given}.{family}@example.be".lower().replace(" ", "")
    return PersonInput(given_name=given, family_name=family, email=email, **extra)  # type: ignore[arg-type]
