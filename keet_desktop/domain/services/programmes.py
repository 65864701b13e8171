"""Programmes: a series of sessions with one cohort.

Sessions are made one by one or as a repeating series; registering for the programme
registers for every session; the attendance matrix (people × sessions) comes from check-ins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import dates, errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventStatus,
    Person,
    Programme,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.places import takes_a_place
from keet_desktop.domain.schedule.recurrence import Series, occurrences
from keet_desktop.domain.services.events import (
    EventInput,
    EventService,
    check_event,
    raise_first_refusal,
)
from keet_desktop.domain.services.people import PersonInput, check_person, find_or_create
from keet_desktop.domain.services.registrations import RegistrationService
from keet_desktop.domain.text import fold, nfc
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class ProgrammePeriodError(errors.KeetError):
    """A programme that ends before it starts; ``starts`` and ``ends`` are its dates."""

    code = "programme_period"
    template = QT_TRANSLATE_NOOP(
        "errors", "The programme must end on or after its first day ({period})."
    )

    def format(self, translate: Callable[[str, str], str]) -> str:
        """The message, its dates written as the windows write them, in its language."""
        starts, ends = self.params["starts"], self.params["ends"]
        period = dates.period_text(starts, ends, dates.language_of(translate))
        return translate("errors", self.template).format(**self.params, period=period)


@dataclass
class ProgrammeInput:
    """What a user fills in for a programme."""

    title: str
    description: str = ""
    cohort: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class SessionPlace:
    """A person's place in one session after registering for the programme."""

    event_id: int
    registration_id: int | None
    status: RegistrationStatus | None
    already: bool


@dataclass(frozen=True)
class ProgrammeRegistration:
    """The outcome of registering a person for every session of a programme."""

    person_id: int
    sessions: list[SessionPlace]


@dataclass(frozen=True)
class AttendanceRow:
    """One person's attendance: per session True (came), False (registered, absent) or None."""

    person_id: int
    name: str
    cells: list[bool | None]

    @property
    def attended(self) -> int:
        """How many sessions the person came to."""
        return sum(1 for cell in self.cells if cell)


@dataclass(frozen=True)
class AttendanceMatrix:
    """People × sessions of a programme."""

    sessions: list[tuple[int, str, datetime]]
    rows: list[AttendanceRow]


def _check(data: ProgrammeInput) -> None:
    if not nfc(data.title):
        raise errors.RequiredError("title")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ProgrammePeriodError("ends_on", starts=data.starts_on, ends=data.ends_on)


class ProgrammeService:
    """Programmes, their sessions, registration and attendance."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def list_programmes(self) -> list[Programme]:
        """Every programme with its sessions, newest period first."""
        with self._db.read() as session:
            query = select(Programme).options(selectinload(Programme.events))
            programmes = list(session.scalars(query))
        return sorted(programmes, key=lambda p: (p.starts_on or date.min, p.id), reverse=True)

    def get(self, programme_id: int) -> Programme:
        """One programme with its sessions (and their rooms and venues)."""
        with self._db.read() as session:
            return self._get(session, programme_id)

    def create(self, data: ProgrammeInput) -> int:
        """Add a programme; returns its id."""
        _check(data)
        with self._db.write() as session:
            programme = Programme()
            self._apply(programme, data)
            session.add(programme)
            session.flush()
            return programme.id

    def update(self, programme_id: int, data: ProgrammeInput) -> None:
        """Change a programme."""
        _check(data)
        with self._db.write() as session:
            self._apply(self._get(session, programme_id), data)

    def delete(self, programme_id: int) -> None:
        """Delete a programme; its sessions stay as separate events."""
        with self._db.write() as session:
            session.delete(self._get(session, programme_id))

    def add_series(self, programme_id: int, template: EventInput, series: Series) -> list[int]:
        """Create the sessions of a repeating series in the programme; returns their ids.

        Every session is a copy of ``template`` at the series' times.
        """
        with self._db.write() as session:
            self._get(session, programme_id)
            made: list[int] = []
            for starts_at, ends_at in occurrences(series):
                data = dataclasses.replace(
                    template, starts_at=starts_at, ends_at=ends_at, programme_id=programme_id
                )
                room = EventService._load_place(session, data)
                raise_first_refusal(check_event(data, room, utcnow()))
                event = Event()
                EventService._apply(session, event, data, room)
                session.add(event)
                session.flush()
                made.append(event.id)
            return made

    def register(
        self, programme_id: int, person: PersonInput | int, role: Role = Role.PARTICIPANT
    ) -> ProgrammeRegistration:
        """Register a person (new, found by e-mail, or by id) for every open session.

        Each session follows the registration rules: beyond its capacity the person goes on
        that session's waiting list. Sessions they are already in are left as they are.
        """
        if not isinstance(person, int):
            raise_first_refusal(check_person(person))
        with self._db.write() as session:
            programme = self._get(session, programme_id)
            found = self._person(session, person)
            places = [
                self._register_one(session, event.id, found, role)
                for event in programme.events
                if event.status is not EventStatus.CANCELLED
            ]
            return ProgrammeRegistration(found.id, places)

    def attendance(self, programme_id: int) -> AttendanceMatrix:
        """People × sessions: who came (a standing check-in) to which session."""
        with self._db.read() as session:
            programme = self._get(session, programme_id)
            events = [e for e in programme.events if e.status is not EventStatus.CANCELLED]
            column = {event.id: index for index, event in enumerate(events)}
            registrations = session.scalars(
                select(Registration)
                .where(
                    Registration.event_id.in_(column),
                    takes_a_place(),
                )
                .options(selectinload(Registration.person), selectinload(Registration.checkins))
            )
            grid: dict[int, list[bool | None]] = {}
            people: dict[int, Person] = {}
            for registration in registrations:
                cells = grid.setdefault(registration.person_id, [None] * len(events))
                people[registration.person_id] = registration.person
                cells[column[registration.event_id]] = _came(registration.checkins)
        rows = [
            AttendanceRow(pid, people[pid].full_name, cells)
            for pid, cells in sorted(grid.items(), key=lambda item: _sort_key(people[item[0]]))
        ]
        return AttendanceMatrix([(e.id, e.title, e.starts_at) for e in events], rows)

    @staticmethod
    def _register_one(session: Session, event_id: int, person: Person, role: Role) -> SessionPlace:
        event = RegistrationService._lock_open_event(session, event_id)
        existing = session.scalar(
            select(Registration).where(
                Registration.event_id == event.id,
                Registration.person_id == person.id,
                Registration.status != RegistrationStatus.CANCELLED,
            )
        )
        if existing is not None:
            return SessionPlace(event.id, existing.id, existing.status, True)
        result = RegistrationService._register(
            session, event, person, False, role, "", RegistrationSource.PROGRAMME
        )
        registration = result.registration
        return SessionPlace(event.id, registration.id, registration.status, False)

    @staticmethod
    def _person(session: Session, person: PersonInput | int) -> Person:
        if isinstance(person, int):
            found = session.get(Person, person)
            if found is None:
                raise errors.NotFoundError(what="person", key="id", value=person)
            return found
        return find_or_create(session, person)[0]

    @staticmethod
    def _get(session: Session, programme_id: int) -> Programme:
        programme = session.scalar(
            select(Programme)
            .where(Programme.id == programme_id)
            .options(
                selectinload(Programme.events).selectinload(Event.room),
                selectinload(Programme.events).selectinload(Event.venue),
                selectinload(Programme.events).selectinload(Event.facilitators),
            )
        )
        if programme is None:
            raise errors.NotFoundError(what="programme", key="id", value=programme_id)
        return programme

    @staticmethod
    def _apply(programme: Programme, data: ProgrammeInput) -> None:
        programme.title = nfc(data.title)
        programme.description = data.description.strip()
        programme.cohort = nfc(data.cohort)
        programme.starts_on, programme.ends_on = data.starts_on, data.ends_on


def _came(checkins: list[CheckIn]) -> bool:
    return any(checkin.undone_at is None for checkin in checkins)


def _sort_key(person: Person) -> tuple[str, str, int]:
    return fold(person.family_name), fold(person.given_name), person.id
