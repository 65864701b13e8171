"""What printed documents show: an event with its place and people, loaded in one go.

The printing package draws these plain records; it never touches the database.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    Registration,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.services.organisation import organisation_name
from keet_desktop.domain.text import fold


class SortOrder(enum.StrEnum):
    """How people are listed on a document."""

    FAMILY_NAME = "family"
    ORGANISATION = "organisation"


@dataclass(frozen=True)
class PrintEvent:
    """The event as documents show it."""

    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    venue: str = ""
    address: str = ""
    room: str = ""
    online_url: str = ""
    facilitators: tuple[str, ...] = ()
    logo: str = ""
    language: str = "nl"
    author: str = ""  # the organisation's name, the documents' author ("" until set up)

    @property
    def place(self) -> str:
        """Venue, room and address in one line ("" for an online event)."""
        return ", ".join(part for part in (self.venue, self.room, self.address) if part)


@dataclass(frozen=True)
class PrintPerson:
    """One registration with its person, as documents show it."""

    registration_id: int
    ticket_code: str
    given_name: str
    family_name: str
    organisation: str = ""
    email: str = ""
    municipality: str = ""
    role: Role = Role.PARTICIPANT
    status: RegistrationStatus = RegistrationStatus.REGISTERED
    checked_in_at: datetime | None = None
    badge_printed_at: datetime | None = None

    @property
    def full_name(self) -> str:
        """Given and family name, as printed."""
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def sort_name(self) -> str:
        """Family name first, as lists show it."""
        if not self.given_name:
            return self.family_name
        return f"{self.family_name}, {self.given_name}" if self.family_name else self.given_name


@dataclass(frozen=True)
class PrintFilter:
    """Who goes on a document.

    Attributes:
        only_checked_in: Only people with a standing check-in.
        only_not_printed: Only people whose badge was not printed yet.
        registration_id: Only this registration (one person).
        sort: Family name (default) or organisation.
        statuses: Which registrations count (default: registered only).
    """

    only_checked_in: bool = False
    only_not_printed: bool = False
    registration_id: int | None = None
    sort: SortOrder = SortOrder.FAMILY_NAME
    statuses: frozenset[RegistrationStatus] = field(
        default_factory=lambda: frozenset({RegistrationStatus.REGISTERED})
    )


@dataclass(frozen=True)
class PrintData:
    """An event and the people on a document, with the event's counts."""

    event: PrintEvent
    people: list[PrintPerson]
    registered: int = 0
    checked_in: int = 0


def sort_people(people: list[PrintPerson], order: SortOrder) -> list[PrintPerson]:
    """Return ``people`` sorted by family name, or by organisation then family name."""

    def by_name(p: PrintPerson) -> tuple[str, str, int]:
        return fold(p.family_name), fold(p.given_name), p.registration_id

    if order is SortOrder.ORGANISATION:
        return sorted(people, key=lambda p: (not p.organisation, fold(p.organisation), by_name(p)))
    return sorted(people, key=by_name)


class PrintDataService:
    """Loads what documents show and records printed badges."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, event_id: int, selection: PrintFilter | None = None) -> PrintData:
        """Return the event and the people ``selection`` picks, sorted."""
        selection = selection or PrintFilter()
        with self._db.read() as session:
            event = _load_event(session, event_id)
            query = select(Registration).where(Registration.event_id == event_id)
            if selection.registration_id is not None:
                query = query.where(Registration.id == selection.registration_id)
            registrations = session.scalars(query.options(selectinload(Registration.person))).all()
            checkins = _standing_checkins(session, event_id)
            registered = _registered_ids(session, event_id)
            author = organisation_name(session)
        everyone = [_person(r, checkins.get(r.id)) for r in registrations]
        people = [p for p in everyone if _wanted(p, selection)]
        return PrintData(
            event=replace(print_event(event), author=author),
            people=sort_people(people, selection.sort),
            registered=len(registered),
            checked_in=len(registered & checkins.keys()),
        )

    def load_registration(self, registration_id: int) -> PrintData:
        """Return one registration's event and person, whatever its status."""
        with self._db.read() as session:
            event_id = session.scalar(
                select(Registration.event_id).where(Registration.id == registration_id)
            )
        if event_id is None:
            raise errors.NotFoundError(what="registration", key="id", value=registration_id)
        everyone = frozenset(RegistrationStatus)
        return self.load(event_id, PrintFilter(registration_id=registration_id, statuses=everyone))

    def mark_badges_printed(self, registration_ids: list[int]) -> datetime:
        """Record that these registrations' badges were printed now; return the time."""
        at = utcnow()
        if registration_ids:
            with self._db.write() as session:
                session.execute(
                    update(Registration)
                    .where(Registration.id.in_(registration_ids))
                    .values(badge_printed_at=at)
                )
        return at


def _load_event(session: Session, event_id: int) -> Event:
    event = session.scalar(
        select(Event)
        .where(Event.id == event_id)
        .options(
            selectinload(Event.venue), selectinload(Event.room), selectinload(Event.facilitators)
        )
    )
    if event is None:
        raise errors.NotFoundError(what="event", key="id", value=event_id)
    return event


def _standing_checkins(session: Session, event_id: int) -> dict[int, datetime]:
    rows = session.execute(
        select(CheckIn.registration_id, CheckIn.checked_in_at)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .where(Registration.event_id == event_id, CheckIn.undone_at.is_(None))
    ).all()
    return {registration_id: at for registration_id, at in rows}


def _registered_ids(session: Session, event_id: int) -> set[int]:
    return set(
        session.scalars(
            select(Registration.id).where(
                Registration.event_id == event_id,
                Registration.status == RegistrationStatus.REGISTERED,
            )
        )
    )


def _wanted(person: PrintPerson, selection: PrintFilter) -> bool:
    if person.status not in selection.statuses:
        return False
    if selection.only_checked_in and person.checked_in_at is None:
        return False
    return not (selection.only_not_printed and person.badge_printed_at is not None)


def print_event(event: Event) -> PrintEvent:
    """What documents print of ``event`` (its venue, room and facilitators loaded)."""
    return PrintEvent(
        id=event.id,
        title=event.title,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        venue=event.venue.name if event.venue else "",
        address=event.venue.address if event.venue else "",
        room=event.room.name if event.room else "",
        online_url=event.online_url,
        facilitators=tuple(f.name for f in event.facilitators),
        logo=event.logo,
        language=event.language or "nl",
    )


def _person(registration: Registration, checked_in_at: datetime | None) -> PrintPerson:
    person = registration.person
    return PrintPerson(
        registration_id=registration.id,
        ticket_code=registration.ticket_code,
        given_name=person.given_name,
        family_name=person.family_name,
        organisation=person.organisation,
        email=person.email or "",
        municipality=person.municipality,
        role=registration.role,
        status=registration.status,
        checked_in_at=checked_in_at,
        badge_printed_at=registration.badge_printed_at,
    )
