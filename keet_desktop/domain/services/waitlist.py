"""Waiting-list rules shared by the services: capacity, order and promotion."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import Event, Registration, RegistrationStatus
from keet_desktop.domain.places import takes_a_place


def registered_participants(session: Session, event_id: int) -> int:
    """Count the participants holding a place (facilitators, partners and staff take none)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(
                Registration.event_id == event_id,
                takes_a_place(),
            )
        )
        or 0
    )


def free_places(session: Session, event: Event) -> int | None:
    """Return the number of free places, or None when the event has no limit."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - registered_participants(session, event.id))


def next_waitlist_order(session: Session, event_id: int) -> int:
    """Return the order number for a new registration at the end of the waiting list."""
    current = session.scalar(
        select(func.max(Registration.waitlist_order)).where(Registration.event_id == event_id)
    )
    return int(current or 0) + 1


def waitlist_position(session: Session, registration: Registration) -> int | None:
    """Return the 1-based place of a waiting registration in its event's line, or None."""
    if registration.status is not RegistrationStatus.WAITLISTED:
        return None
    ahead = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.event_id == registration.event_id,
            Registration.status == RegistrationStatus.WAITLISTED,
            Registration.waitlist_order < registration.waitlist_order,
        )
    )
    return int(ahead or 0) + 1


def promote(session: Session, event: Event) -> list[int]:
    """Move waiting registrations up, first in line first, while places are free.

    The caller holds the event's row lock (or SQLite's write lock).

    Returns:
        The ids of the promoted registrations, in order.
    """
    free = free_places(session, event)
    if free == 0:
        return []
    query = (
        select(Registration)
        .where(
            Registration.event_id == event.id,
            Registration.status == RegistrationStatus.WAITLISTED,
        )
        .order_by(Registration.waitlist_order, Registration.id)
    )
    if free is not None:
        query = query.limit(free)
    promoted: list[int] = []
    moment = utcnow()
    for registration in session.scalars(query):
        registration.status = RegistrationStatus.REGISTERED
        registration.promoted_at = moment
        promoted.append(registration.id)
    session.flush()
    return promoted
