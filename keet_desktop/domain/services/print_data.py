"""What printed documents show: an event with its place and people, loaded in one go.

The printing package draws these plain records; it never touches the database.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, overload

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    Event,
    Person,
    Registration,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.services.organisation import organisation_name
from keet_desktop.domain.services.paging import checkins_query, standing_checkin
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


class PeopleWindow(Sequence[PrintPerson]):
    """The people of a few pages of a long document, standing in for all of them.

    Its length is the whole document's (so pages are numbered "12 of 10,000" and counted
    right), but only the people from ``offset`` on are loaded; asking for anyone else is a
    programming error (:class:`IndexError`). A preview keeps one window in memory, never
    100,000 people.
    """

    def __init__(self, total: int, offset: int, people: Sequence[PrintPerson]) -> None:
        self._total = total
        self._offset = offset
        self._people = list(people)

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> PrintPerson: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[PrintPerson]: ...

    def __getitem__(self, index: int | slice) -> PrintPerson | Sequence[PrintPerson]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._total)
            if step != 1 or (stop > start and not self._holds(start, stop)):
                raise IndexError(f"people {start}–{stop} are not in this window")
            return self._people[start - self._offset : stop - self._offset]
        position = index + self._total if index < 0 else index
        if not self._holds(position, position + 1):
            raise IndexError(f"person {index} is not in this window")
        return self._people[position - self._offset]

    def __iter__(self) -> Iterator[PrintPerson]:
        if self._offset or len(self._people) != self._total:
            raise IndexError("a window of people cannot be walked whole")
        return iter(self._people)

    def _holds(self, start: int, stop: int) -> bool:
        return self._offset <= start and stop <= self._offset + len(self._people)


@dataclass(frozen=True)
class PrintData:
    """An event and the people on a document, with the event's counts.

    ``people`` is a list, or a :class:`PeopleWindow` when only some pages are drawn.
    """

    event: PrintEvent
    people: Sequence[PrintPerson]
    registered: int = 0
    checked_in: int = 0


@dataclass(frozen=True)
class DocumentIndex:
    """Who is on a document, in order, without their details: what a long preview keeps.

    Attributes:
        event: The event as documents show it.
        ids: The registrations on the document, in the document's order.
        registered: The event's registered participants.
        checked_in: Of those, how many are checked in.
    """

    event: PrintEvent
    ids: list[int]
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
        index = self.index(event_id, selection)
        return PrintData(index.event, self.people(index.ids), index.registered, index.checked_in)

    def index(self, event_id: int, selection: PrintFilter | None = None) -> DocumentIndex:
        """Return who ``selection`` picks, in order (ids only), with the event's counts.

        The filter and the order are the database's: :func:`sort_people`'s order, from the
        stored folded keys of each person (``sort_key``, ``organisation_key``, compared as
        code points), then the registration. The database sorts, not Python: a sort of 100,000
        rows in Python holds the interpreter (and so the window) for tens of milliseconds.
        100,000 people take a fraction of a second and a few MB, so a preview can start with
        the first page at once.
        """
        selection = selection or PrintFilter()
        with self._db.read() as session:
            event = _load_event(session, event_id)
            code_points = session.get_bind().dialect.name == "postgresql"
            query = _index_query(event_id, selection, code_points)
            # In parts: a driver converting 100,000 rows in one call holds the interpreter.
            ids = [i for part in session.scalars(query).partitions(_PART) for i in part]
            registered = _count(session, event_id, standing=False)
            checked_in = _count(session, event_id, standing=True)
            author = organisation_name(session)
        return DocumentIndex(
            replace(print_event(event), author=author), ids, registered, checked_in
        )

    def people(self, ids: Sequence[int]) -> list[PrintPerson]:
        """Return the registrations ``ids`` as documents show them, in the order given."""
        found: dict[int, PrintPerson] = {}
        with self._db.read() as session:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                registrations = session.scalars(
                    select(Registration)
                    .where(Registration.id.in_(chunk))
                    .options(selectinload(Registration.person))
                ).all()
                checkins = _standing_checkins(session, chunk)
                found.update((r.id, _person(r, checkins.get(r.id))) for r in registrations)
        return [found[i] for i in ids if i in found]

    def window(self, index: DocumentIndex, people: range) -> PrintData:
        """The document's data with only the people at positions ``people`` loaded."""
        loaded = self.people(index.ids[people.start : people.stop])
        window = PeopleWindow(len(index.ids), people.start, loaded)
        return PrintData(index.event, window, index.registered, index.checked_in)

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

    def mark_badges_printed(self, registration_ids: Sequence[int]) -> datetime:
        """Record that these registrations' badges were printed now; return the time.

        One transaction, in chunks (100,000 ids are more than SQLite takes in one statement).
        """
        at = utcnow()
        if registration_ids:
            with self._db.write() as session:
                for start in range(0, len(registration_ids), _CHUNK):
                    chunk = list(registration_ids[start : start + _CHUNK])
                    session.execute(
                        update(Registration)
                        .where(Registration.id.in_(chunk))
                        .values(badge_printed_at=at)
                    )
        return at


_CHUNK = 1000  # ids per statement
_PART = 5000  # rows fetched at a time


def _index_query(event_id: int, selection: PrintFilter, code_points: bool) -> Select[int]:
    organisation: Any = Person.organisation_key
    if code_points:  # PostgreSQL: as Python compares (sort_key has collation "C" already)
        organisation = organisation.collate("C")
    order: list[Any] = [Person.sort_key, Registration.id]
    if selection.sort is SortOrder.ORGANISATION:
        order = [Person.organisation_key == "", organisation, *order]
    query = (
        select(Registration.id)
        .join(Person, Person.id == Registration.person_id)
        .order_by(*order)
        .where(
            Registration.event_id == event_id,
            Registration.status.in_(sorted(selection.statuses)),
        )
    )
    if selection.registration_id is not None:
        query = query.where(Registration.id == selection.registration_id)
    if selection.only_checked_in:
        query = query.where(standing_checkin().exists())
    if selection.only_not_printed:
        query = query.where(Registration.badge_printed_at.is_(None))
    return query


def _count(session: Session, event_id: int, *, standing: bool) -> int:
    query = select(func.count(Registration.id)).where(
        Registration.event_id == event_id,
        Registration.status == RegistrationStatus.REGISTERED,
    )
    if standing:
        query = query.where(standing_checkin().exists())
    return int(session.scalar(query) or 0)


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


def _standing_checkins(session: Session, ids: list[int]) -> dict[int, datetime]:
    rows = session.execute(checkins_query(ids))
    return {registration_id: at for registration_id, at, _desk in rows}


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
