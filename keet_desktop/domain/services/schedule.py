"""The schedule: load events as timetable slots, check conflicts, reschedule with a check.

Conflicts are checked while planning: :meth:`ScheduleService.check_event` takes a draft that
is not saved yet, and :meth:`ScheduleService.reschedule` returns the conflicts of the new time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    Event,
    EventStatus,
    Facilitator,
    Programme,
    Registration,
    Room,
    Venue,
    event_facilitators,
)
from keet_desktop.domain.places import takes_a_place
from keet_desktop.domain.schedule.conflicts import Conflict, Slot, find_conflicts, involving
from keet_desktop.domain.services.events import EventInput

_KEEP = object()


@dataclass(frozen=True)
class RescheduleResult:
    """An event at its new time, with the conflicts it is now part of."""

    event_id: int
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    conflicts: list[Conflict]


def _registered_counts(session: Session, condition: ColumnElement[bool]) -> dict[int, int]:
    query = (
        select(Registration.event_id, func.count())
        .join(Event, Event.id == Registration.event_id)
        .where(
            condition,
            takes_a_place(),
        )
        .group_by(Registration.event_id)
    )
    return {int(event_id): int(count) for event_id, count in session.execute(query)}


def _facilitators(
    session: Session, condition: ColumnElement[bool]
) -> dict[int, list[tuple[int, str]]]:
    query = (
        select(event_facilitators.c.event_id, Facilitator.id, Facilitator.name)
        .join(Facilitator, Facilitator.id == event_facilitators.c.facilitator_id)
        .join(Event, Event.id == event_facilitators.c.event_id)
        .where(condition)
        .order_by(Facilitator.name)
    )
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for event_id, facilitator_id, name in session.execute(query):
        found[int(event_id)].append((int(facilitator_id), name))
    return found


def load_slots(
    session: Session, start: datetime | None = None, end: datetime | None = None
) -> list[Slot]:
    """Every event that is not cancelled and overlaps ``[start, end)`` (all when open)."""
    condition: ColumnElement[bool] = Event.status != EventStatus.CANCELLED
    if start is not None:
        condition = and_(condition, Event.ends_at > start)
    if end is not None:
        condition = and_(condition, Event.starts_at < end)
    query = (
        select(Event, Room, Venue, Programme)
        .outerjoin(Room, Room.id == Event.room_id)
        .outerjoin(Venue, Venue.id == Event.venue_id)
        .outerjoin(Programme, Programme.id == Event.programme_id)
        .where(condition)
        .order_by(Event.starts_at, Event.id)
    )
    counts = _registered_counts(session, condition)
    people = _facilitators(session, condition)
    return [
        _slot(event, room, venue, programme, counts.get(event.id, 0), people.get(event.id, []))
        for event, room, venue, programme in session.execute(query)
    ]


def _slot(
    event: Event | EventInput,
    room: Room | None,
    venue: Venue | None,
    programme: Programme | None,
    registered: int,
    facilitators: list[tuple[int, str]],
    event_id: int | None = None,
) -> Slot:
    return Slot(
        id=event.id if isinstance(event, Event) else event_id,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        room_id=room.id if room is not None else None,
        room=room.name if room is not None else "",
        room_capacity=room.capacity if room is not None else None,
        venue=venue.name if venue is not None else "",
        venue_id=venue.id if venue is not None else None,
        opens_at=venue.opens_at if venue is not None else None,
        closes_at=venue.closes_at if venue is not None else None,
        facilitators=tuple(facilitators),
        registered=registered,
        programme=programme.title if programme is not None else "",
        programme_starts_on=programme.starts_on if programme is not None else None,
        programme_ends_on=programme.ends_on if programme is not None else None,
        online=bool(event.online_url) and room is None,
        kind=event.kind.value,
    )


class ScheduleService:
    """Check the schedule for conflicts and move events on it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def slots(self, start: datetime | None = None, end: datetime | None = None) -> list[Slot]:
        """The events (not cancelled) that overlap ``[start, end)``, as the timetable shows."""
        with self._db.read() as session:
            return load_slots(session, start, end)

    def events(self, start: datetime, end: datetime) -> list[Event]:
        """Events overlapping ``[start, end)`` with room, venue and facilitators (for agendas)."""
        with self._db.read() as session:
            query = (
                select(Event)
                .where(Event.ends_at > start, Event.starts_at < end)
                .options(
                    selectinload(Event.room),
                    selectinload(Event.venue),
                    selectinload(Event.facilitators),
                )
                .order_by(Event.starts_at, Event.id)
            )
            return list(session.scalars(query))

    def check(self, start: datetime | None = None, end: datetime | None = None) -> list[Conflict]:
        """Every conflict among the events overlapping ``[start, end)`` (the season: all)."""
        return find_conflicts(self.slots(start, end))

    def check_event(self, data: EventInput, event_id: int | None = None) -> list[Conflict]:
        """The conflicts ``data`` would have if saved (as a new event, or as ``event_id``).

        Nothing is saved: this is for checking while planning.
        """
        with self._db.read() as session:
            return self._check_draft(session, data, event_id)

    def _check_draft(
        self, session: Session, data: EventInput, event_id: int | None
    ) -> list[Conflict]:
        room = session.get(Room, data.room_id) if data.room_id is not None else None
        venue_id = room.venue_id if room is not None else data.venue_id
        venue = session.get(Venue, venue_id) if venue_id is not None else None
        programme = (
            session.get(Programme, data.programme_id) if data.programme_id is not None else None
        )
        facilitators = [
            (f.id, f.name)
            for f in session.scalars(
                select(Facilitator).where(Facilitator.id.in_(data.facilitator_ids))
            )
        ]
        registered = 0
        if event_id is not None:
            registered = _registered_counts(session, Event.id == event_id).get(event_id, 0)
        draft = _slot(data, room, venue, programme, registered, facilitators, event_id)
        if data.status is EventStatus.CANCELLED:
            return []
        others = [
            slot
            for slot in load_slots(
                session, data.starts_at - timedelta(days=1), data.ends_at + timedelta(days=1)
            )
            if slot.id != event_id or event_id is None
        ]
        return involving(find_conflicts([*others, draft]), event_id)

    def reschedule(
        self,
        event_id: int,
        starts_at: datetime,
        ends_at: datetime,
        room_id: int | None | object = _KEEP,
    ) -> RescheduleResult:
        """Move or resize an event (and move it to another room when given).

        Returns the conflicts the event is part of at its new time.

        Raises:
            EndBeforeStartError: ``ends_at`` is not after ``starts_at``.
            NotFoundError: No such event or room.
        """
        if ends_at <= starts_at:
            raise errors.EndBeforeStartError(
                "ends_at", start=starts_at.isoformat(), end=ends_at.isoformat()
            )
        with self._db.write() as session:
            event = session.scalar(select(Event).where(Event.id == event_id).with_for_update())
            if event is None:
                raise errors.NotFoundError(what="event", key="id", value=event_id)
            event.starts_at, event.ends_at = starts_at, ends_at
            if room_id is not _KEEP:
                self._move_room(session, event, room_id if isinstance(room_id, int) else None)
            session.flush()
            new_room = event.room_id
        with self._db.read() as session:
            around = load_slots(session, starts_at - timedelta(days=1), ends_at + timedelta(days=1))
            conflicts = involving(find_conflicts(around), event_id)
        return RescheduleResult(event_id, starts_at, ends_at, new_room, conflicts)

    @staticmethod
    def _move_room(session: Session, event: Event, room_id: int | None) -> None:
        if room_id is None:
            event.room_id = None
            return
        room = session.get(Room, room_id)
        if room is None:
            raise errors.NotFoundError("room_id", what="room", key="id", value=room_id)
        event.room_id, event.venue_id = room.id, room.venue_id
