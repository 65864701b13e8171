"""The check-in desk: scan, pick, walk in, admit, undo, counters; several desks, one database.

A scan is the hot path: one write transaction on one pooled connection (``BEGIN IMMEDIATE`` on
SQLite, so two desks take turns), one joined look-up and one insert, as SQLAlchemy Core
statements. A second desk that scans the same code at the same moment on PostgreSQL runs into
the partial unique index ``uq_checkins_active_registration``; its ``IntegrityError`` is read
as "already checked in". A result is returned only after the commit, so a green screen is a
durable check-in (SQLite: WAL with ``synchronous=FULL``).

Every scan that does not check someone in is logged in ``scan_log`` (code, outcome, desk, time).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    ExternalCode,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
    ScanLog,
)
from keet_desktop.domain.places import takes_a_place
from keet_desktop.domain.services import waitlist
from keet_desktop.domain.services.checkin_log import ScanLogQueries
from keet_desktop.domain.services.checkin_queries import (
    DeskQueries,
)
from keet_desktop.domain.services.checkin_results import (
    EventFullError,
    EventNotTodayError,
    NotWaitlistedError,
    Outcome,
    OverrideReasonRequiredError,
    ScanInput,
    ScanResult,
    is_event_today,
    parse_scan,
)
from keet_desktop.domain.services.people import PersonInput, find_or_create
from keet_desktop.domain.text import new_ticket_code, nfc
from keet_desktop.domain.timeutil import to_local

_r = cast(Table, Registration.__table__)
_p = cast(Table, Person.__table__)
_e = cast(Table, Event.__table__)
_c = cast(Table, CheckIn.__table__)
_x = cast(Table, ExternalCode.__table__)
_log = cast(Table, ScanLog.__table__)

_LOOKUP = (
    select(
        _r.c.id,
        _r.c.event_id,
        _r.c.status,
        _r.c.role,
        _r.c.desk_note,
        _p.c.given_name,
        _p.c.family_name,
        _p.c.organisation,
        _e.c.title,
        _e.c.starts_at,
        _e.c.ends_at,
        _e.c.capacity,
        _c.c.id.label("checkin_id"),
        _c.c.checked_in_at,
        _c.c.desk,
        _c.c.walk_in,
        _c.c.capacity_override,
    )
    .select_from(_r)
    .join(_p, _p.c.id == _r.c.person_id)
    .join(_e, _e.c.id == _r.c.event_id)
    .outerjoin(_c, (_c.c.registration_id == _r.c.id) & _c.c.undone_at.is_(None))
)


class CheckinService(DeskQueries, ScanLogQueries):
    """Check people in at a desk of an event.

    Undo, lists and counters: :class:`DeskQueries`; the scan log: :class:`ScanLogQueries`.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._writer = db.engine.execution_options(sqlite_begin="IMMEDIATE")

    # -- scanning -------------------------------------------------------------------------

    def scan(
        self, code: str, event_id: int, desk: str, *, prefix: str = "", suffix: str = ""
    ) -> ScanResult:
        """Check in the registration with this ticket code (or external code) at ``desk``.

        Args:
            code: What the scanner (or a person) typed.
            event_id: The desk's event.
            desk: The desk's name, recorded with the check-in or the refusal.
            prefix: A prefix the desk's scanner adds, removed first.
            suffix: A suffix the desk's scanner adds, removed first.

        Returns:
            The outcome with what the desk shows; only ``checked_in`` wrote a check-in.
        """
        scanned = parse_scan(code, prefix, suffix)
        if scanned.garbage:
            result = ScanResult(Outcome.UNKNOWN_CODE, code=scanned.raw, not_a_code=True)
            with self._writer.begin() as conn:
                self._log(conn, scanned.raw, result, event_id, desk)
            return result
        return self._check_in(event_id, desk, scanned.raw, lambda conn: _find(conn, scanned))

    def check_in_registration(self, registration_id: int, event_id: int, desk: str) -> ScanResult:
        """Check in a registration picked by name at the desk (same outcomes as a scan)."""
        return self._check_in(
            event_id,
            desk,
            f"#{registration_id}",
            lambda conn: conn.execute(_LOOKUP.where(_r.c.id == registration_id)).first(),
        )

    def _check_in(self, event_id: int, desk: str, logged: str, find: Any) -> ScanResult:
        try:
            return self._check_in_once(event_id, desk, logged, find)
        except IntegrityError:
            # Another desk checked this registration in between our look-up and our insert
            # (PostgreSQL; SQLite's BEGIN IMMEDIATE makes desks take turns). Looked up again,
            # it is "already checked in"; any other integrity problem is raised again.
            return self._check_in_once(event_id, desk, logged, find)

    def _check_in_once(self, event_id: int, desk: str, logged: str, find: Any) -> ScanResult:
        with self._writer.begin() as conn:
            result = _decide(conn, find(conn), event_id, logged)
            if result.outcome is Outcome.CHECKED_IN:
                return self._insert_checkin(conn, result, desk)
            self._log(conn, logged, result, event_id, desk)
            return result

    @staticmethod
    def _insert_checkin(
        conn: Connection,
        result: ScanResult,
        desk: str,
        *,
        walk_in: bool = False,
        over: bool = False,
        reason: str = "",
    ) -> ScanResult:
        moment = utcnow()
        checkin_id = conn.execute(
            insert(_c).returning(_c.c.id),
            {
                "registration_id": result.registration_id,
                "event_id": result.event_id,  # the desk's counters read it (migration 0018)
                "checked_in_at": moment,
                "desk": desk,
                "operator": "",
                "walk_in": walk_in,
                "capacity_override": over,
                "undone_by": "",
                "undo_reason": "",
                "override_reason": reason if over else "",
            },
        ).scalar_one()
        return replace(
            result,
            checked_in_at=moment,
            desk=desk,
            checkin_id=checkin_id,
            walk_in=walk_in,
            capacity_override=over,
        )

    @staticmethod
    def _log(conn: Connection, code: str, result: ScanResult, event_id: int, desk: str) -> None:
        conn.execute(
            insert(_log),
            {
                "event_id": event_id,
                "code": code[:600],
                "outcome": result.outcome.value,
                "detail": "not_a_code" if result.not_a_code else (result.event_title or ""),
                "desk": desk,
                "scanned_at": utcnow(),
            },
        )

    # -- walk-ins and the waiting list ------------------------------------------------------

    def walk_in(
        self,
        event_id: int,
        given: str,
        family: str,
        email: str | None,
        organisation: str,
        desk: str,
        *,
        override_capacity: bool = False,
        reason: str = "",
    ) -> ScanResult:
        """Register a person who walks in and check them in, in one transaction.

        A person already registered (found by e-mail) is checked in on that registration.
        Beyond the capacity only with ``override_capacity`` and a ``reason`` (recorded).

        Raises:
            EventFullError: No free place and ``override_capacity`` is false (it says how
                many people wait on the waiting list).
            OverrideReasonRequiredError: Beyond the capacity without a reason.
            EventNotTodayError: The event is not today.
        """
        with self._db.write() as session:
            event = self._open_event_today(session, event_id)
            person, _created = find_or_create(
                session,
                PersonInput(
                    given_name=given, family_name=family, email=email, organisation=organisation
                ),
            )
            registration = session.scalar(
                select(Registration).where(
                    Registration.event_id == event_id,
                    Registration.person_id == person.id,
                    Registration.status != RegistrationStatus.CANCELLED,
                )
            )
            over = False
            walked_in = registration is None
            if registration is None:
                over = self._need_place(session, event, override_capacity, reason)
                registration = Registration(
                    person_id=person.id,
                    event_id=event_id,
                    status=RegistrationStatus.REGISTERED,
                    ticket_code=new_ticket_code(),
                    role=Role.PARTICIPANT,
                    desk_note="",
                    source=RegistrationSource.WALK_IN,
                    registered_at=utcnow(),
                )
                session.add(registration)
                session.flush()
            elif registration.status is RegistrationStatus.WAITLISTED:
                over = self._promote(session, event, registration, override_capacity, reason)
            return self._check_in_in_session(
                session, registration.id, event_id, desk, walked_in, over, reason
            )

    def admit_waitlisted(
        self,
        registration_id: int,
        event_id: int,
        desk: str,
        *,
        override_capacity: bool = False,
        reason: str = "",
    ) -> ScanResult:
        """Give a waiting-list registration a place and check it in, in one transaction.

        Beyond the capacity only with ``override_capacity`` and a ``reason`` (recorded).

        Raises:
            EventFullError: No free place and ``override_capacity`` is false.
            OverrideReasonRequiredError: Beyond the capacity without a reason.
            NotWaitlistedError: The registration is not on this event's waiting list.
        """
        with self._db.write() as session:
            event = self._open_event_today(session, event_id)
            registration = session.get(Registration, registration_id)
            if (
                registration is None
                or registration.event_id != event_id
                or registration.status is not RegistrationStatus.WAITLISTED
            ):
                raise NotWaitlistedError(id=registration_id)
            over = self._promote(session, event, registration, override_capacity, reason)
            return self._check_in_in_session(
                session, registration_id, event_id, desk, False, over, reason
            )

    def _check_in_in_session(
        self,
        session: Session,
        registration_id: int,
        event_id: int,
        desk: str,
        walk_in: bool,
        over: bool,
        reason: str = "",
    ) -> ScanResult:
        session.flush()
        conn = session.connection()
        result = _decide(
            conn, conn.execute(_LOOKUP.where(_r.c.id == registration_id)).first(), event_id, ""
        )
        if result.outcome is not Outcome.CHECKED_IN:
            return result
        return self._insert_checkin(
            conn, result, desk, walk_in=walk_in, over=over, reason=nfc(reason)
        )

    @staticmethod
    def _open_event_today(session: Session, event_id: int) -> Event:
        event = session.scalar(select(Event).where(Event.id == event_id).with_for_update())
        if event is None:
            raise errors.NotFoundError("event_id", what="event", key="id", value=event_id)
        if not is_event_today(event.starts_at, event.ends_at):
            raise EventNotTodayError(
                event=event.title, date=to_local(event.starts_at).strftime("%d/%m/%Y %H:%M")
            )
        return event

    @staticmethod
    def _need_place(session: Session, event: Event, override: bool, reason: str) -> bool:
        """Return whether a new place goes beyond the capacity (allowed only with override)."""
        if waitlist.free_places(session, event) != 0:
            return False
        if not override:
            waiting = session.scalar(
                select(func.count()).where(
                    Registration.event_id == event.id,
                    Registration.status == RegistrationStatus.WAITLISTED,
                )
            )
            raise EventFullError(event=event.title, capacity=event.capacity, waiting=waiting or 0)
        if not nfc(reason):
            raise OverrideReasonRequiredError("reason")
        return True

    def _promote(
        self,
        session: Session,
        event: Event,
        registration: Registration,
        override: bool,
        reason: str,
    ) -> bool:
        over = self._need_place(session, event, override, reason)
        registration.status = RegistrationStatus.REGISTERED
        registration.promoted_at = utcnow()
        return over


def _find(conn: Connection, scanned: ScanInput) -> Any:
    if scanned.is_ticket_code:
        row = conn.execute(_LOOKUP.where(_r.c.ticket_code == scanned.code)).first()
        if row is not None:
            return row
    external = select(_x.c.registration_id).where(_x.c.code == scanned.raw).scalar_subquery()
    return conn.execute(_LOOKUP.where(_r.c.id == external)).first()


def _decide(conn: Connection, row: Any, event_id: int, code: str) -> ScanResult:
    """Return the outcome for a looked-up registration (not yet written)."""
    if row is None:
        return ScanResult(Outcome.UNKNOWN_CODE, code=code)
    result = ScanResult(
        Outcome.CHECKED_IN,
        code=code,
        registration_id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        organisation=row.organisation or "",
        role=str(row.role),
        desk_note=row.desk_note or "",
        event_id=row.event_id,
        event_title=row.title,
        event_starts_at=row.starts_at,
        checked_in_at=row.checked_in_at,
        desk=row.desk or "",
        checkin_id=row.checkin_id,
        walk_in=bool(row.walk_in),
        capacity_override=bool(row.capacity_override),
    )
    status = str(row.status)
    if row.event_id != event_id:
        return replace(result, outcome=Outcome.OTHER_EVENT)
    if status == RegistrationStatus.CANCELLED:
        return replace(result, outcome=Outcome.CANCELLED)
    if not is_event_today(row.starts_at, row.ends_at):
        return replace(result, outcome=Outcome.NOT_TODAY)
    if status == RegistrationStatus.WAITLISTED:
        return replace(result, outcome=Outcome.WAITLISTED, can_admit=_has_room(conn, row))
    if row.checkin_id is not None:
        return replace(result, outcome=Outcome.ALREADY_CHECKED_IN)
    return result


def _has_room(conn: Connection, row: Any) -> bool:
    if row.capacity is None:
        return True
    taken = conn.execute(
        select(func.count())
        .select_from(_r)
        .where(
            _r.c.event_id == row.event_id,
            takes_a_place(_r.c.status, _r.c.role),
        )
    ).scalar_one()
    return int(taken) < int(row.capacity)
