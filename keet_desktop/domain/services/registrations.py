"""Registrations: register people, cancel, the waiting list and ticket codes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventStatus,
    ExternalCode,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.places import takes_a_place, would_take_a_place
from keet_desktop.domain.services import paging, waitlist
from keet_desktop.domain.services.people import PersonInput, find_or_create
from keet_desktop.domain.text import new_ticket_code, nfc, normalise_ticket_code
from keet_desktop.domain.trigram import text_filter


@dataclass(frozen=True)
class RegisterResult:
    """The outcome of registering a person."""

    registration: Registration
    person: Person
    person_created: bool
    waitlist_position: int | None


@dataclass(frozen=True)
class CancelResult:
    """A cancelled registration and the registrations promoted in its place."""

    cancelled: int
    promoted: list[int]


@dataclass(frozen=True)
class RegistrationRow:
    """A registration with its person and standing check-in, as lists show it."""

    registration: Registration
    person: Person
    waitlist_position: int | None
    checked_in_at: datetime | None
    desk: str | None


@dataclass(frozen=True)
class EventCounts:
    """The counters of an event."""

    capacity: int | None
    registered: int
    waitlisted: int
    cancelled: int
    checked_in: int


class RegistrationService:
    """Register, cancel and look up registrations."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def register(
        self,
        event_id: int,
        person: PersonInput,
        *,
        role: Role = Role.PARTICIPANT,
        desk_note: str = "",
        source: RegistrationSource = RegistrationSource.MANUAL,
    ) -> RegisterResult:
        """Register a person (found by e-mail, or created) for an event.

        Beyond capacity the registration goes on the waiting list. Facilitators, partners and
        staff take no participant's place.

        Raises:
            AlreadyRegisteredError: The person already has an active registration here.
            EventCancelledError: The event is cancelled.
        """
        with self._db.write() as session:
            event = self._lock_open_event(session, event_id)
            found, created = find_or_create(session, person)
            return self._register(session, event, found, created, role, desk_note, source)

    def register_person(
        self,
        event_id: int,
        person_id: int,
        *,
        role: Role = Role.PARTICIPANT,
        desk_note: str = "",
        source: RegistrationSource = RegistrationSource.MANUAL,
    ) -> RegisterResult:
        """Register an existing person (by id) for an event, as :meth:`register`."""
        with self._db.write() as session:
            event = self._lock_open_event(session, event_id)
            found = session.get(Person, person_id)
            if found is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            return self._register(session, event, found, False, role, desk_note, source)

    def cancel(self, registration_id: int) -> CancelResult:
        """Cancel a registration; the first on the waiting list takes the free place."""
        with self._db.write() as session:
            registration = session.get(
                Registration, registration_id, options=[selectinload(Registration.person)]
            )
            if registration is None:
                raise errors.NotFoundError(what="registration", key="id", value=registration_id)
            event = session.scalar(
                select(Event).where(Event.id == registration.event_id).with_for_update()
            )
            assert event is not None
            if registration.status is RegistrationStatus.CANCELLED:
                raise errors.AlreadyCancelledError(person=registration.person.full_name)
            registration.status = RegistrationStatus.CANCELLED
            registration.cancelled_at = utcnow()
            session.flush()
            promoted = waitlist.promote(session, event)
            return CancelResult(registration_id, promoted)

    def get(self, registration_id: int) -> RegistrationRow:
        """Return one registration with its person and check-in."""
        with self._db.read() as session:
            rows = self._rows(session, Registration.id == registration_id)
            if not rows:
                raise errors.NotFoundError(what="registration", key="id", value=registration_id)
            position = waitlist.waitlist_position(session, rows[0].registration)
        return dataclasses.replace(rows[0], waitlist_position=position)

    def list_for_event(self, event_id: int) -> list[RegistrationRow]:
        """Return an event's registrations: registered and waiting first, in order."""
        with self._db.read() as session:
            if session.get(Event, event_id) is None:
                raise errors.NotFoundError(what="event", key="id", value=event_id)
            return self._rows(session, Registration.event_id == event_id)

    def count_for_event(
        self, event_id: int, text: str = "", presence: paging.Presence = paging.Presence.ALL
    ) -> int:
        """Return how many registrations of an event match ``text`` (name, e-mail, organisation)."""
        if not text.strip() and presence is paging.Presence.ALL:  # the index answers
            query = select(func.count()).where(Registration.event_id == event_id)
            with self._db.read() as session:
                return int(session.scalar(query) or 0)
        with self._db.read() as session:
            search = text_filter(session, text, event=True)  # issue 14: by index, if it helps
            subquery = paging.registrations_query(event_id, search, presence).subquery()
            return int(session.scalar(select(func.count()).select_from(subquery)) or 0)

    def window_for_event(
        self,
        event_id: int,
        offset: int,
        limit: int,
        *,
        sort: paging.RegistrationSort = paging.RegistrationSort.STATUS,
        descending: bool = False,
        text: str = "",
        presence: paging.Presence = paging.Presence.ALL,
    ) -> list[paging.RegistrationLine]:
        """Return ``limit`` registrations of an event from ``offset``, sorted and filtered in SQL.

        Waiting registrations carry their place in line; checked-in ones their time and desk.
        """
        order = paging.registration_order(sort, descending)
        with self._db.read() as session:
            plain = not text.strip() and presence is paging.Presence.ALL
            if plain and sort in paging.REGISTRATION_ONLY_SORTS:
                # Sort the narrow registrations rows, then join only the window's people.
                ids = list(
                    session.scalars(
                        select(Registration.id)
                        .where(Registration.event_id == event_id)
                        .order_by(*order)
                        .offset(offset)
                        .limit(limit)
                    )
                )
                found = {
                    r.id: (r, p)
                    for r, p in session.execute(
                        paging.registrations_query(event_id, "").where(Registration.id.in_(ids))
                    )
                }
                pairs = [found[i] for i in ids if i in found]
            else:
                search = text_filter(session, text, event=True)  # issue 14: by index, if it helps
                query = paging.registrations_query(event_id, search, presence)
                pairs = list(session.execute(query.order_by(*order).offset(offset).limit(limit)))
            waiting = [r.id for r, _p in pairs if r.status is RegistrationStatus.WAITLISTED]
            ahead: dict[int, int] = {}
            if waiting:
                ahead = dict(session.execute(paging.waiting_ahead_query(event_id, waiting)).all())
            arrived = {
                row.registration_id: row
                for row in session.execute(paging.checkins_query([r.id for r, _p in pairs]))
            }
        return [
            paging.RegistrationLine(
                id=r.id,
                person_id=p.id,
                name=p.full_name,
                organisation=p.organisation,
                email=p.email or "",
                status=r.status,
                waitlist_position=ahead[r.id] + 1 if r.id in ahead else None,
                registered_at=r.registered_at,
                checked_in_at=arrived[r.id].checked_in_at if r.id in arrived else None,
                checkin_desk=arrived[r.id].desk if r.id in arrived else "",
            )
            for r, p in pairs
        ]

    def find_by_code(self, raw_code: str) -> Registration | None:
        """Return the registration with this ticket code (or external code), or None."""
        code = normalise_ticket_code(raw_code)
        with self._db.read() as session:
            registration = session.scalar(
                select(Registration).where(Registration.ticket_code == code)
            )
            if registration is None:
                registration = session.scalar(
                    select(Registration)
                    .join(ExternalCode)
                    .where(ExternalCode.code == raw_code.strip())
                )
            return registration

    def counts(self, event_id: int) -> EventCounts:
        """Return an event's counters."""
        with self._db.read() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise errors.NotFoundError(what="event", key="id", value=event_id)
            by_status = dict(
                session.execute(
                    select(Registration.status, func.count())
                    .where(
                        Registration.event_id == event_id,
                        takes_a_place() | (Registration.status != RegistrationStatus.REGISTERED),
                    )
                    .group_by(Registration.status)
                ).all()
            )
            checked_in = session.scalar(
                select(func.count())
                .select_from(CheckIn)
                .join(Registration)
                .where(Registration.event_id == event_id, CheckIn.undone_at.is_(None))
            )
            return EventCounts(
                capacity=event.capacity,
                registered=int(by_status.get(RegistrationStatus.REGISTERED, 0)),
                waitlisted=int(by_status.get(RegistrationStatus.WAITLISTED, 0)),
                cancelled=int(by_status.get(RegistrationStatus.CANCELLED, 0)),
                checked_in=int(checked_in or 0),
            )

    @staticmethod
    def _lock_open_event(session: Session, event_id: int) -> Event:
        event = session.scalar(select(Event).where(Event.id == event_id).with_for_update())
        if event is None:
            raise errors.NotFoundError("event_id", what="event", key="id", value=event_id)
        if event.status is EventStatus.CANCELLED:
            raise errors.EventCancelledError(event=event.title)
        return event

    @staticmethod
    def _register(
        session: Session,
        event: Event,
        person: Person,
        person_created: bool,
        role: Role,
        desk_note: str,
        source: RegistrationSource,
    ) -> RegisterResult:
        existing = session.scalar(
            select(Registration).where(
                Registration.event_id == event.id,
                Registration.person_id == person.id,
                Registration.status != RegistrationStatus.CANCELLED,
            )
        )
        if existing is not None:
            raise errors.AlreadyRegisteredError(
                person=person.full_name, event=event.title, status=existing.status.value
            )
        full = would_take_a_place(role) and waitlist.free_places(session, event) == 0
        registration = Registration(
            person_id=person.id,
            event_id=event.id,
            status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.REGISTERED,
            waitlist_order=waitlist.next_waitlist_order(session, event.id) if full else None,
            ticket_code=new_ticket_code(),
            role=role,
            desk_note=nfc(desk_note),
            source=source,
            registered_at=utcnow(),
        )
        session.add(registration)
        try:
            session.flush()
        except IntegrityError as exc:  # a second desk registered the same person just now
            raise errors.AlreadyRegisteredError(
                person=person.full_name, event=event.title, status="registered"
            ) from exc
        position = waitlist.waitlist_position(session, registration)
        return RegisterResult(registration, person, person_created, position)

    @staticmethod
    def _rows(session: Session, condition: object) -> list[RegistrationRow]:
        registrations = list(
            session.scalars(
                select(Registration)
                .where(condition)  # type: ignore[arg-type]
                .options(selectinload(Registration.person), selectinload(Registration.checkins))
                .order_by(Registration.registered_at, Registration.id)
            )
        )
        waiting = sorted(
            (r for r in registrations if r.status is RegistrationStatus.WAITLISTED),
            key=lambda r: (r.waitlist_order or 0, r.id),
        )
        positions = {r.id: n for n, r in enumerate(waiting, start=1)}
        rows: list[RegistrationRow] = []
        for registration in registrations:
            standing = next((c for c in registration.checkins if c.undone_at is None), None)
            rows.append(
                RegistrationRow(
                    registration=registration,
                    person=registration.person,
                    waitlist_position=positions.get(registration.id),
                    checked_in_at=standing.checked_in_at if standing else None,
                    desk=standing.desk if standing else None,
                )
            )
        return rows
