"""Events: create, change, cancel and list them, with their rules."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors, hygiene
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    Event,
    EventKind,
    EventStatus,
    Facilitator,
    Programme,
    Registration,
    RegistrationStatus,
    Room,
    Venue,
    event_facilitators,
)
from keet_desktop.domain.places import takes_a_place
from keet_desktop.domain.services import waitlist
from keet_desktop.domain.text import nfc
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class RoomCapacityWarning(errors.KeetError):
    """The event's capacity is above its room's capacity (a warning, not a refusal)."""

    code = "capacity_above_room"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).",
    )


class StartsInPastWarning(errors.KeetError):
    """The event starts in the past (a warning: recording history is allowed)."""

    code = "starts_in_past"
    template = QT_TRANSLATE_NOOP("errors", "The event starts in the past ({start}).")


class FarFutureWarning(errors.KeetError):
    """The event starts more than two years from now (a warning: often a typing slip)."""

    code = "starts_far_ahead"
    template = QT_TRANSLATE_NOOP(
        "errors", "The event starts more than two years from now ({start}): is the year right?"
    )


class ZeroCapacityWarning(errors.KeetError):
    """The capacity is 0: every registration goes to the waiting list."""

    code = "capacity_zero"
    template = QT_TRANSLATE_NOOP(
        "errors", "The capacity is 0: every new registration goes to the waiting list."
    )


class CapacityBelowRegisteredWarning(errors.KeetError):
    """A new capacity below the places already taken: what happens, said before saving."""

    code = "capacity_below_registered"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{registered} registered, capacity {capacity}: nobody loses their place; the next "
        "{excess} cancellations will not promote anyone from the waiting list, and new "
        "registrations go to the waiting list until fewer than {capacity} are registered.",
    )


WARNINGS = (
    RoomCapacityWarning,
    StartsInPastWarning,
    FarFutureWarning,
    ZeroCapacityWarning,
    CapacityBelowRegisteredWarning,
)
FAR_AHEAD = timedelta(days=2 * 365)


class Period(enum.StrEnum):
    """Which events a list shows."""

    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"


@dataclass
class EventInput:
    """What a user fills in for an event."""

    title: str
    kind: EventKind
    starts_at: datetime
    ends_at: datetime
    description: str = ""
    venue_id: int | None = None
    room_id: int | None = None
    online_url: str = ""
    capacity: int | None = None
    status: EventStatus = EventStatus.PUBLISHED
    language: str = "nl"
    programme_id: int | None = None
    facilitator_ids: list[int] = field(default_factory=list)
    logo: str = ""


@dataclass(frozen=True)
class EventSummary:
    """An event with its counts, as lists show it."""

    id: int
    title: str
    kind: EventKind
    status: EventStatus
    starts_at: datetime
    ends_at: datetime
    venue: str
    room: str
    online_url: str
    capacity: int | None
    registered: int
    waitlisted: int
    cancelled: int
    programme_id: int | None


@dataclass(frozen=True)
class SaveResult:
    """An event after a save, with the registrations that moved up from the waiting list."""

    event: Event
    promoted: list[int]
    warnings: list[errors.KeetError]


def check_event(data: EventInput, room: Room | None, now: datetime) -> list[errors.KeetError]:
    """Return every problem with ``data``: refusals first, then warnings.

    Args:
        data: What the user filled in.
        room: The room the event is in, loaded, or None.
        now: The current time, for the past-date warning.
    """
    problems: list[errors.KeetError] = []
    if not nfc(data.title):
        problems.append(errors.RequiredError("title"))
    problems.extend(  # issue 11: control characters refused, the field named
        hygiene.control_problems(
            {"title": data.title, "description": data.description, "online_url": data.online_url},
            multi_line=frozenset({"description"}),
        )
    )
    if data.ends_at <= data.starts_at:
        problems.append(
            errors.EndBeforeStartError(
                "ends_at", start=data.starts_at.isoformat(), end=data.ends_at.isoformat()
            )
        )
    if data.capacity is not None and data.capacity < 0:
        problems.append(errors.NegativeCapacityError("capacity", capacity=data.capacity))
    url = data.online_url.strip()
    if data.kind is EventKind.WEBINAR and not url:
        problems.append(errors.OnlineLinkRequiredError("online_url"))
    elif url and not url.lower().startswith(("https://", "http://")):
        problems.append(errors.InvalidUrlError("online_url", url=url))
    if room is not None and room.capacity is not None and data.kind is not EventKind.WEBINAR:
        problems.extend(_room_capacity_warning(data.capacity, room))
    if data.starts_at < now:
        problems.append(StartsInPastWarning("starts_at", start=data.starts_at.isoformat()))
    elif data.starts_at > now + FAR_AHEAD:
        problems.append(FarFutureWarning("starts_at", start=data.starts_at.isoformat()))
    if data.capacity == 0:
        problems.append(ZeroCapacityWarning("capacity"))
    return problems


def _room_capacity_warning(capacity: int | None, room: Room) -> list[errors.KeetError]:
    assert room.capacity is not None
    if capacity is not None and capacity <= room.capacity:
        return []
    shown = "∞" if capacity is None else capacity
    return [
        RoomCapacityWarning("capacity", capacity=shown, room=room.name, room_capacity=room.capacity)
    ]


def raise_first_refusal(problems: list[errors.KeetError]) -> list[errors.KeetError]:
    """Raise the first problem that is not a warning; return the warnings."""
    for problem in problems:
        if not isinstance(problem, WARNINGS):
            raise problem
    return problems


class EventService:
    """Create, change, cancel and list events."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def check(self, data: EventInput) -> list[errors.KeetError]:
        """Return every problem with ``data`` without saving anything (for editors)."""
        with self._db.read() as session:
            room = session.get(Room, data.room_id) if data.room_id else None
            return check_event(data, room, utcnow())

    def capacity_warning(
        self, event_id: int, capacity: int | None
    ) -> CapacityBelowRegisteredWarning | None:
        """What a new capacity below the registered participants means, or None if it does not.

        Nobody is moved to the waiting list (see :mod:`waitlist`): places are only given
        while fewer participants than the capacity are registered.
        """
        if capacity is None:
            return None
        with self._db.read() as session:
            registered = waitlist.registered_participants(session, event_id)
        if registered <= capacity:
            return None
        return CapacityBelowRegisteredWarning(
            "capacity", registered=registered, capacity=capacity, excess=registered - capacity
        )

    def create(self, data: EventInput) -> SaveResult:
        """Create an event; refuses invalid input with the first problem found."""
        with self._db.write() as session:
            room = self._load_place(session, data)
            warnings = raise_first_refusal(check_event(data, room, utcnow()))
            event = Event()
            self._apply(session, event, data, room)
            session.add(event)
            session.flush()
            event_id = event.id
        return SaveResult(self.get(event_id), [], warnings)

    def update(self, event_id: int, data: EventInput) -> SaveResult:
        """Change an event; raising its capacity promotes as many as now fit."""
        with self._db.write() as session:
            event = self._lock(session, event_id)
            room = self._load_place(session, data)
            warnings = raise_first_refusal(check_event(data, room, utcnow()))
            self._apply(session, event, data, room)
            session.flush()
            promoted = waitlist.promote(session, event)
        return SaveResult(self.get(event_id), promoted, warnings)

    def set_capacity(self, event_id: int, capacity: int | None) -> list[int]:
        """Change only the capacity; returns the ids of promoted registrations."""
        if capacity is not None and capacity < 0:
            raise errors.NegativeCapacityError("capacity", capacity=capacity)
        with self._db.write() as session:
            event = self._lock(session, event_id)
            event.capacity = capacity
            session.flush()
            return waitlist.promote(session, event)

    def cancel(self, event_id: int) -> Event:
        """Cancel an event. Its registrations stay as they are, visible under the event."""
        with self._db.write() as session:
            event = self._lock(session, event_id)
            event.status = EventStatus.CANCELLED
        return self.get(event_id)

    def get(self, event_id: int) -> Event:
        """Return an event with its venue, room, programme and facilitators loaded."""
        with self._db.read() as session:
            event = session.scalar(
                select(Event)
                .where(Event.id == event_id)
                .options(
                    selectinload(Event.venue),
                    selectinload(Event.room),
                    selectinload(Event.programme),
                    selectinload(Event.facilitators),
                )
            )
            if event is None:
                raise errors.NotFoundError(what="event", key="id", value=event_id)
            return event

    def has_events(self) -> bool:
        """Whether the database holds any event at all (for the first-start panel)."""
        with self._db.read() as session:
            return session.scalar(select(Event.id).limit(1)) is not None

    def list_events(
        self,
        period: Period = Period.ALL,
        kind: EventKind | None = None,
        text: str = "",
        now: datetime | None = None,
    ) -> list[EventSummary]:
        """Return events with their counts, in start order."""
        counts = (
            select(
                Registration.event_id.label("event_id"),
                func.sum(
                    case(
                        (takes_a_place(), 1),
                        else_=0,
                    )
                ).label("registered"),
                func.sum(
                    case((Registration.status == RegistrationStatus.WAITLISTED, 1), else_=0)
                ).label("waitlisted"),
                func.sum(
                    case((Registration.status == RegistrationStatus.CANCELLED, 1), else_=0)
                ).label("cancelled"),
            )
            .group_by(Registration.event_id)
            .subquery()
        )
        query = (
            select(
                Event,
                Venue.name,
                Room.name,
                counts.c.registered,
                counts.c.waitlisted,
                counts.c.cancelled,
            )
            .outerjoin(Venue, Venue.id == Event.venue_id)
            .outerjoin(Room, Room.id == Event.room_id)
            .outerjoin(counts, counts.c.event_id == Event.id)
            .order_by(Event.starts_at, Event.id)
        )
        moment = now or utcnow()
        if period is Period.UPCOMING:
            query = query.where(Event.ends_at >= moment)
        elif period is Period.PAST:
            query = query.where(Event.ends_at < moment)
        if kind is not None:
            query = query.where(Event.kind == kind)
        if text.strip():
            query = query.where(Event.title.icontains(text.strip(), autoescape=True))
        with self._db.read() as session:
            return [
                EventSummary(
                    id=event.id,
                    title=event.title,
                    kind=event.kind,
                    status=event.status,
                    starts_at=event.starts_at,
                    ends_at=event.ends_at,
                    venue=venue or "",
                    room=room or "",
                    online_url=event.online_url,
                    capacity=event.capacity,
                    registered=int(registered or 0),
                    waitlisted=int(waitlisted or 0),
                    cancelled=int(cancelled or 0),
                    programme_id=event.programme_id,
                )
                for event, venue, room, registered, waitlisted, cancelled in session.execute(query)
            ]

    def summary(self, event_id: int) -> EventSummary:
        """Return one event with its counts."""
        for item in self.list_events():
            if item.id == event_id:
                return item
        raise errors.NotFoundError(what="event", key="id", value=event_id)

    def ensure_place(self, venue_name: str, room_name: str = "") -> tuple[int | None, int | None]:
        """Return the ids of the venue and room with these names, creating them if new."""
        venue_name, room_name = nfc(venue_name), nfc(room_name)
        if not venue_name:
            if room_name:
                raise errors.RequiredError("venue")
            return None, None
        with self._db.write() as session:
            venue = session.scalar(select(Venue).where(Venue.name == venue_name))
            if venue is None:
                venue = Venue(name=venue_name, address="", notes="")
                session.add(venue)
                session.flush()
            if not room_name:
                return venue.id, None
            room = session.scalar(
                select(Room).where(Room.venue_id == venue.id, Room.name == room_name)
            )
            if room is None:
                room = Room(venue_id=venue.id, name=room_name, accessibility="")
                session.add(room)
                session.flush()
            return venue.id, room.id

    def ensure_facilitators(self, names: list[str]) -> list[int]:
        """Return the ids of the facilitators with these names, creating those that are new."""
        ids: list[int] = []
        with self._db.write() as session:
            for raw in names:
                name = nfc(raw)
                if not name:
                    continue
                facilitator = session.scalar(select(Facilitator).where(Facilitator.name == name))
                if facilitator is None:
                    facilitator = Facilitator(name=name, email="", phone="", organisation="")
                    session.add(facilitator)
                    session.flush()
                ids.append(facilitator.id)
        return ids

    def list_programmes(self) -> list[Programme]:
        """Return every programme, by title (for editors)."""
        with self._db.read() as session:
            return list(session.scalars(select(Programme).order_by(Programme.title)))

    @staticmethod
    def _lock(session: Session, event_id: int) -> Event:
        event = session.scalar(select(Event).where(Event.id == event_id).with_for_update())
        if event is None:
            raise errors.NotFoundError(what="event", key="id", value=event_id)
        return event

    @staticmethod
    def _load_place(session: Session, data: EventInput) -> Room | None:
        if data.programme_id is not None and session.get(Programme, data.programme_id) is None:
            raise errors.NotFoundError(
                "programme_id", what="programme", key="id", value=data.programme_id
            )
        if data.venue_id is not None and session.get(Venue, data.venue_id) is None:
            raise errors.NotFoundError("venue_id", what="venue", key="id", value=data.venue_id)
        if data.room_id is None:
            return None
        room = session.get(Room, data.room_id)
        if room is None:
            raise errors.NotFoundError("room_id", what="room", key="id", value=data.room_id)
        return room

    @staticmethod
    def _apply(session: Session, event: Event, data: EventInput, room: Room | None) -> None:
        event.title = nfc(data.title)
        event.kind = data.kind
        event.description = data.description.strip()
        event.starts_at = data.starts_at
        event.ends_at = data.ends_at
        event.room_id = data.room_id
        event.venue_id = room.venue_id if room is not None else data.venue_id
        event.online_url = data.online_url.strip()
        event.capacity = data.capacity
        event.status = data.status
        event.language = data.language
        event.programme_id = data.programme_id
        event.logo = data.logo
        facilitators = (
            list(
                session.scalars(select(Facilitator).where(Facilitator.id.in_(data.facilitator_ids)))
            )
            if data.facilitator_ids
            else []
        )
        if event.id is None:
            event.facilitators = facilitators
        else:
            session.execute(
                delete(event_facilitators).where(event_facilitators.c.event_id == event.id)
            )
            if facilitators:
                session.execute(
                    insert(event_facilitators),
                    [{"event_id": event.id, "facilitator_id": f.id} for f in facilitators],
                )
