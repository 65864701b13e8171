"""Venues, rooms and facilitators: the places and people a schedule is made of.

A facilitator is a person with a role: it may be linked to a :class:`Person` (made from one
with :meth:`FacilitatorService.from_person`); :meth:`FacilitatorService.register_for_events`
then gives that person a registration with the role *facilitator* at each event they lead, so
they get a badge and appear on the lists without taking a participant's place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    Event,
    EventStatus,
    Facilitator,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
    Room,
    Venue,
    event_facilitators,
)
from keet_desktop.domain.services.registrations import RegistrationService
from keet_desktop.domain.text import nfc
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class NameInUseError(errors.KeetError):
    """Another venue, room or facilitator already has this name."""

    code = "name_in_use"
    template = QT_TRANSLATE_NOOP("errors", "The name “{name}” is already in use.")


class OpeningHoursError(errors.KeetError):
    """Closing time before opening time."""

    code = "opening_hours"
    template = QT_TRANSLATE_NOOP(
        "errors", "The venue must close after it opens ({opens}–{closes})."
    )


@dataclass
class VenueInput:
    """What a user fills in for a venue."""

    name: str
    address: str = ""
    notes: str = ""
    opens_at: time | None = None
    closes_at: time | None = None


@dataclass
class RoomInput:
    """What a user fills in for a room."""

    venue_id: int
    name: str
    capacity: int | None = None
    accessibility: str = ""


@dataclass
class FacilitatorInput:
    """What a user fills in for a facilitator."""

    name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    person_id: int | None = None


def _check_venue(data: VenueInput) -> None:
    if not nfc(data.name):
        raise errors.RequiredError("venue")
    if data.opens_at and data.closes_at and data.closes_at <= data.opens_at:
        raise OpeningHoursError(
            "closes_at", opens=f"{data.opens_at:%H:%M}", closes=f"{data.closes_at:%H:%M}"
        )


def _flush_unique(session: Session, name: str) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise NameInUseError("name", name=name) from exc


class VenueService:
    """Create, change, delete and list venues and their rooms."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_venues(self) -> list[Venue]:
        """Every venue with its rooms, by name."""
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(Venue).options(selectinload(Venue.rooms)).order_by(Venue.name)
                )
            )

    def list_rooms(self) -> list[Room]:
        """Every room with its venue, by venue and room name."""
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(Room)
                    .join(Venue, Venue.id == Room.venue_id)
                    .options(selectinload(Room.venue))
                    .order_by(Venue.name, Room.name)
                )
            )

    def create_venue(self, data: VenueInput) -> int:
        """Add a venue; returns its id."""
        _check_venue(data)
        with self._db.write() as session:
            venue = Venue()
            self._apply_venue(venue, data)
            session.add(venue)
            _flush_unique(session, venue.name)
            return venue.id

    def update_venue(self, venue_id: int, data: VenueInput) -> None:
        """Change a venue."""
        _check_venue(data)
        with self._db.write() as session:
            venue = session.get(Venue, venue_id)
            if venue is None:
                raise errors.NotFoundError(what="venue", key="id", value=venue_id)
            self._apply_venue(venue, data)
            _flush_unique(session, venue.name)

    def delete_venue(self, venue_id: int) -> None:
        """Delete a venue and its rooms; its events keep their times, without a place."""
        with self._db.write() as session:
            venue = session.get(Venue, venue_id)
            if venue is None:
                raise errors.NotFoundError(what="venue", key="id", value=venue_id)
            session.delete(venue)

    def create_room(self, data: RoomInput) -> int:
        """Add a room to a venue; returns its id."""
        self._check_room(data)
        with self._db.write() as session:
            if session.get(Venue, data.venue_id) is None:
                raise errors.NotFoundError("venue_id", what="venue", key="id", value=data.venue_id)
            room = Room()
            self._apply_room(room, data)
            session.add(room)
            _flush_unique(session, room.name)
            return room.id

    def update_room(self, room_id: int, data: RoomInput) -> None:
        """Change a room."""
        self._check_room(data)
        with self._db.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise errors.NotFoundError(what="room", key="id", value=room_id)
            self._apply_room(room, data)
            _flush_unique(session, room.name)

    def delete_room(self, room_id: int) -> None:
        """Delete a room; its events stay at the venue, without a room."""
        with self._db.write() as session:
            room = session.get(Room, room_id)
            if room is None:
                raise errors.NotFoundError(what="room", key="id", value=room_id)
            session.delete(room)

    @staticmethod
    def _check_room(data: RoomInput) -> None:
        if not nfc(data.name):
            raise errors.RequiredError("room")
        if data.capacity is not None and data.capacity < 0:
            raise errors.NegativeCapacityError("capacity", capacity=data.capacity)

    @staticmethod
    def _apply_venue(venue: Venue, data: VenueInput) -> None:
        venue.name = nfc(data.name)
        venue.address = data.address.strip()
        venue.notes = data.notes.strip()
        venue.opens_at, venue.closes_at = data.opens_at, data.closes_at

    @staticmethod
    def _apply_room(room: Room, data: RoomInput) -> None:
        room.venue_id = data.venue_id
        room.name = nfc(data.name)
        room.capacity = data.capacity
        room.accessibility = data.accessibility.strip()


class FacilitatorService:
    """Create, change, delete and list facilitators; link them to people."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_facilitators(self) -> list[Facilitator]:
        """Every facilitator, by name."""
        with self._db.read() as session:
            return list(session.scalars(select(Facilitator).order_by(Facilitator.name)))

    def create(self, data: FacilitatorInput) -> int:
        """Add a facilitator; returns its id."""
        if not nfc(data.name):
            raise errors.RequiredError("family_name")
        with self._db.write() as session:
            facilitator = Facilitator()
            self._apply(session, facilitator, data)
            session.add(facilitator)
            _flush_unique(session, facilitator.name)
            return facilitator.id

    def update(self, facilitator_id: int, data: FacilitatorInput) -> None:
        """Change a facilitator."""
        if not nfc(data.name):
            raise errors.RequiredError("family_name")
        with self._db.write() as session:
            facilitator = session.get(Facilitator, facilitator_id)
            if facilitator is None:
                raise errors.NotFoundError(what="facilitator", key="id", value=facilitator_id)
            self._apply(session, facilitator, data)
            _flush_unique(session, facilitator.name)

    def delete(self, facilitator_id: int) -> None:
        """Delete a facilitator (their sessions stay, without them)."""
        with self._db.write() as session:
            facilitator = session.get(Facilitator, facilitator_id)
            if facilitator is None:
                raise errors.NotFoundError(what="facilitator", key="id", value=facilitator_id)
            session.delete(facilitator)

    def from_person(self, person_id: int) -> int:
        """Make (or return) the facilitator linked to a person, with their contact details."""
        with self._db.write() as session:
            existing = session.scalar(select(Facilitator).where(Facilitator.person_id == person_id))
            if existing is not None:
                return existing.id
            person = session.get(Person, person_id)
            if person is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            name = person.full_name
            taken = session.scalar(select(func.count()).where(Facilitator.name == name))
            facilitator = Facilitator(
                name=name if not taken else f"{name} ({person.id})",
                email=person.email or "",
                phone=person.phone,
                organisation=person.organisation,
                person_id=person.id,
            )
            session.add(facilitator)
            session.flush()
            return facilitator.id

    def register_for_events(self, facilitator_id: int) -> list[int]:
        """Register the facilitator's person (role facilitator) at each open event they lead.

        Returns the ids of the new registrations; events where they are already registered
        are left alone.
        """
        with self._db.write() as session:
            facilitator = session.get(Facilitator, facilitator_id)
            if facilitator is None:
                raise errors.NotFoundError(what="facilitator", key="id", value=facilitator_id)
            if facilitator.person_id is None:
                return []
            person = session.get(Person, facilitator.person_id)
            assert person is not None
            events = session.scalars(
                select(Event)
                .join(event_facilitators, event_facilitators.c.event_id == Event.id)
                .where(
                    event_facilitators.c.facilitator_id == facilitator_id,
                    Event.status != EventStatus.CANCELLED,
                )
                .with_for_update()
            )
            made = []
            for event in list(events):
                active = session.scalar(
                    select(func.count()).where(
                        Registration.event_id == event.id,
                        Registration.person_id == person.id,
                        Registration.status != RegistrationStatus.CANCELLED,
                    )
                )
                if active:
                    continue
                result = RegistrationService._register(
                    session, event, person, False, Role.FACILITATOR, "", RegistrationSource.MANUAL
                )
                made.append(result.registration.id)
            return made

    @staticmethod
    def _apply(session: Session, facilitator: Facilitator, data: FacilitatorInput) -> None:
        if data.person_id is not None and session.get(Person, data.person_id) is None:
            raise errors.NotFoundError(what="person", key="id", value=data.person_id)
        facilitator.name = nfc(data.name)
        facilitator.email = data.email.strip()
        facilitator.phone = data.phone.strip()
        facilitator.organisation = nfc(data.organisation)
        facilitator.person_id = data.person_id
