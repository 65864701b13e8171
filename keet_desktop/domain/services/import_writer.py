"""The database side of a registration import: look-ups, the plan per event, bulk writes.

Writes are bulk inserts (:func:`import_bulk.insert_rows`: one driver ``executemany`` per
table, ids taken beforehand) inside the caller's transaction, instead of one ORM object per
row.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.orm import Session

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.importing.rows import ImportRow
from keet_desktop.domain.mail import hook as mail_hook
from keet_desktop.domain.models import (
    Event,
    ExternalCode,
    Person,
    PersonSearchKey,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.search import index_person, search_key_rows
from keet_desktop.domain.services import waitlist
from keet_desktop.domain.services.import_bulk import among, insert_rows
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.text import (
    TICKET_ALPHABET,
    TICKET_LENGTH,
    email_key,
    fold,
    nfc,
    person_sort_key,
)
from keet_desktop.domain.text import person_name_key as name_key_of

Report = Callable[[int, int], None]
_FILLABLE = ("phone", "organisation", "municipality")
_TO_TICKET_ALPHABET = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", TICKET_ALPHABET.encode())
_NEXT_IDS = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")


def build_person_rows(people: Sequence[PersonInput], now: datetime) -> list[dict[str, Any]]:
    """Return table rows for new people, normalised exactly as ``people.apply_person`` does.

    This is the one place where an import makes people; anything that must follow every new
    person (e.g. a search index) hooks in here.
    """
    rows: list[dict[str, Any]] = []
    folded: dict[str, str] = {}  # organisations repeat: each is folded once

    def organisations(name: str) -> str:
        if name not in folded:
            folded[name] = fold(name)
        return folded[name]

    for data in people:
        given, family = nfc(data.given_name), nfc(data.family_name)
        email, organisation = nfc(data.email or ""), nfc(data.organisation)
        rows.append(
            {
                "given_name": given,
                "family_name": family,
                "email": email or None,
                "email_key": email_key(email),
                "phone": nfc(data.phone),
                "organisation": organisation,
                "organisation_key": organisations(organisation),
                "municipality": nfc(data.municipality),
                "preferred_language": data.preferred_language,
                "consent_photos": data.consent_photos,
                "consent_mailing": data.consent_mailing,
                "name_key": name_key_of(given, family),
                "sort_key": person_sort_key(given, family),
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def ticket_codes(count: int) -> list[str]:
    """Return ``count`` new ticket codes (as ``text.new_ticket_code``, faster in bulk).

    Every character is 5 random bits: base32 of 15 random bytes per code (24 characters, of
    which the first 21 are kept), read in :data:`TICKET_ALPHABET`.
    """
    encoded = base64.b32encode(secrets.token_bytes(15 * count)).translate(_TO_TICKET_ALPHABET)
    text = encoded.decode("ascii")
    return [text[start : start + TICKET_LENGTH] for start in range(0, 24 * count, 24)]


@dataclass(frozen=True)
class KnownPerson:
    """A person already in the database, as far as matching needs."""

    id: int
    name_key: str
    display_name: str
    phone: str
    organisation: str
    municipality: str


@dataclass
class PlannedPerson:
    """A person an import registers: an existing one (``person_id``) or a new one."""

    row: ImportRow
    person_id: int | None = None
    known: KnownPerson | None = None
    _own_row: bool = False

    def merge(self, other: ImportRow) -> None:
        """Fill this person's empty fields from a duplicate row (the file's row stays as is)."""
        if not self._own_row:
            self.row, self._own_row = self.row.copy(), True
        for name in _FILLABLE:
            if not getattr(self.row.person, name) and getattr(other.person, name):
                setattr(self.row.person, name, getattr(other.person, name))
        if not self.row.ticket_code:
            self.row.ticket_code = other.ticket_code

    def blanks_filled(self) -> dict[str, str] | None:
        """Return the existing person's fields with its blanks filled, or None if unchanged."""
        if self.known is None:
            return None
        values = {name: getattr(self.known, name) for name in _FILLABLE}
        changed = False
        for name in _FILLABLE:
            if not values[name] and getattr(self.row.person, name):
                values[name] = getattr(self.row.person, name)
                changed = True
        return values if changed else None


@dataclass
class PlannedRegistration:
    """One registration an import makes (``is_new``) or finds already there."""

    person: PlannedPerson
    event_id: int
    status: str
    waitlist_order: int | None = None
    is_new: bool = True
    registration_id: int | None = None
    code: str = ""
    code_source: str = ""


@dataclass
class Lookups:
    """What the database already holds about a file's people, codes and events."""

    by_email: dict[str, KnownPerson] = field(default_factory=dict)
    by_name: dict[str, KnownPerson] = field(default_factory=dict)
    by_registered_name: dict[str, KnownPerson | None] = field(default_factory=dict)
    active: dict[tuple[int, int], int] = field(default_factory=dict)
    free: dict[int, int | None] = field(default_factory=dict)
    next_order: dict[int, int] = field(default_factory=dict)
    codes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, rows: Sequence[ImportRow], events: Sequence[Event]) -> Lookups:
        """Load what matching ``rows`` against ``events`` needs."""
        found = cls()
        event_ids = [e.id for e in events]
        found._load_people(session, rows, event_ids)
        active = select(Registration.event_id, Registration.person_id, Registration.id).where(
            Registration.event_id.in_(event_ids),
            Registration.status != RegistrationStatus.CANCELLED,
        )
        for event_id, person_id, registration_id in session.execute(active):
            found.active[(event_id, person_id)] = registration_id
        for event in events:
            found.free[event.id] = waitlist.free_places(session, event)
            found.next_order[event.id] = waitlist.next_waitlist_order(session, event.id)
        codes = sorted({r.ticket_code for r in rows if r.ticket_code})
        if codes:
            query = select(ExternalCode.code, ExternalCode.registration_id).where(
                among(session, ExternalCode.code, codes)
            )
            found.codes.update({code: rid for code, rid in session.execute(query)})
        return found

    def _load_people(
        self, session: Session, rows: Sequence[ImportRow], event_ids: list[int]
    ) -> None:
        emails = sorted({r.email_key for r in rows if r.email_key})
        if emails:
            query = _known().where(among(session, Person.email_key, emails))
            for person in session.execute(query):
                self.by_email[person.email_key] = _known_person(person)
        names = sorted({r.name_key for r in rows})
        if not names:
            return
        registered = (
            select(Registration.id)
            .where(Registration.person_id == Person.id, Registration.event_id.in_(event_ids))
            .where(Registration.status != RegistrationStatus.CANCELLED)
            .exists()
        )
        # One query by name only, so the name index is the only one to use (with "no e-mail
        # address" in the query, SQLite chose the e-mail index: every person without one).
        query = (
            _known()
            .add_columns(registered.label("registered"))
            .where(among(session, Person.name_key, names))
            .order_by(Person.id.desc())
        )
        for person in session.execute(query):
            known = _known_person(person)
            if person.email_key is None:
                self.by_name[person.name_key] = known  # the oldest one wins
            if person.registered:
                same = person.name_key in self.by_registered_name
                self.by_registered_name[person.name_key] = None if same else known

    def match(self, row: ImportRow) -> tuple[PlannedPerson, RowProblem | None]:
        """Return the person for ``row``; a taken e-mail address under another name warns.

        A row without an e-mail address is the person with that name who is already
        registered here (if only one is), else the person with that name and no address.
        """
        warning = None
        if row.email_key:
            known = self.by_email.get(row.email_key)
            if known is None:
                return PlannedPerson(row), None
            if known.name_key == row.name_key:
                return PlannedPerson(row, known.id, known), None
            warning = RowProblem(
                row.line,
                "household_existing",
                {"name": row.display_name, "email": row.person.email, "other": known.display_name},
            )
            row = row.without_email()
        known = self.by_registered_name.get(row.name_key) or self.by_name.get(row.name_key)
        if known is None:
            return PlannedPerson(row), warning
        return PlannedPerson(row, known.id, known), warning


def _known() -> Any:
    return select(
        Person.id,
        Person.email_key,
        Person.name_key,
        Person.given_name,
        Person.family_name,
        Person.phone,
        Person.organisation,
        Person.municipality,
    )


def _known_person(row: Any) -> KnownPerson:
    return KnownPerson(
        id=row.id,
        name_key=row.name_key,
        display_name=f"{row.given_name} {row.family_name}".strip(),
        phone=row.phone,
        organisation=row.organisation,
        municipality=row.municipality,
    )


def plan_registrations(
    people: Sequence[PlannedPerson],
    events: Sequence[Event],
    lookups: Lookups,
    code_source: str | None,
) -> tuple[list[PlannedRegistration], list[RowProblem]]:
    """Place everyone at every event: registered while places are free, then waiting.

    Ticket codes from the file are kept (``code_source`` given) for one event only.
    """
    planned: list[PlannedRegistration] = []
    warnings: list[RowProblem] = []
    used: set[str] = set()
    for event in events:
        free = lookups.free[event.id]
        order = lookups.next_order[event.id]
        for person in people:
            existing = (
                lookups.active.get((event.id, person.person_id)) if person.person_id else None
            )
            if existing is not None:
                item = PlannedRegistration(person, event.id, "", is_new=False)
                item.registration_id = existing
            elif (free is None or free > 0) and not person.row.waitlisted:
                item = PlannedRegistration(person, event.id, "registered")
                free = None if free is None else free - 1
            else:
                item = PlannedRegistration(person, event.id, "waitlisted", order)
                order += 1
            code = person.row.ticket_code
            if code_source is not None and code:
                if code in used or lookups.codes.get(code, existing) != existing:
                    warnings.append(RowProblem(person.row.line, "code_in_use", {"code": code}))
                elif code not in lookups.codes:
                    item.code, item.code_source = code, code_source
                used.add(code)
            planned.append(item)
    return planned, warnings


def write(
    session: Session, planned: Sequence[PlannedRegistration], report: Report | None = None
) -> None:
    """Write the planned people, registrations and codes with bulk statements."""
    now = utcnow()
    total = len(planned) + 1
    _report(report, 0, total)
    _write_people(session, planned, now)
    _report(report, len(planned) // 2, total)
    _write_registrations(session, planned, now)
    _report(report, total, total)


def _write_people(session: Session, planned: Sequence[PlannedRegistration], now: datetime) -> None:
    """Insert the new people (their ids set on the plan) and fill known people's blanks."""
    new_people = list(
        {id(p.person): p.person for p in planned if p.person.person_id is None}.values()
    )
    if new_people:
        rows = build_person_rows([p.row.person for p in new_people], now)
        ids = _insert_returning_ids(session, _table(Person), rows)
        for person, person_id in zip(new_people, ids, strict=True):
            person.person_id = person_id
        _write_search_keys(session, rows, ids)
    filled: dict[int, dict[str, Any]] = {}
    for item in planned:
        values = item.person.blanks_filled()
        if values is not None and item.person.person_id is not None:
            filled[item.person.person_id] = {
                "id": item.person.person_id,
                **values,
                "organisation_key": fold(values["organisation"]),  # the trigram filter's
                "updated_at": now,
            }
    if filled:
        session.execute(update(Person), list(filled.values()))
        for record in session.scalars(select(Person).where(Person.id.in_(filled))):
            index_person(session, record)  # found by a filled-in organisation too


def _write_search_keys(session: Session, rows: list[dict[str, Any]], ids: list[int]) -> None:
    """Make new people findable at the desk (the same keys ``people.py`` writes)."""
    keys = [
        key
        for row, person_id in zip(rows, ids, strict=True)
        for key in search_key_rows(
            person_id, row["given_name"], row["family_name"], row["organisation"], row["email"]
        )
    ]
    insert_rows(session.connection(), _table(PersonSearchKey), keys)


def _write_registrations(
    session: Session, planned: Sequence[PlannedRegistration], now: datetime
) -> None:
    new = [p for p in planned if p.is_new]
    codes = ticket_codes(len(new))
    rows = [
        {
            "person_id": item.person.person_id,
            "event_id": item.event_id,
            "status": RegistrationStatus(item.status),
            "waitlist_order": item.waitlist_order,
            "ticket_code": code,
            "role": Role.PARTICIPANT,
            "desk_note": "",
            "source": RegistrationSource.IMPORT,
            "registered_at": now,
            "updated_at": now,
        }
        for item, code in zip(new, codes, strict=True)
    ]
    if rows:
        ids = _insert_returning_ids(session, _table(Registration), rows)
        mail_hook.queue_imported(session, ids)  # issue 16: tickets by mail, if the outbox is on
        for item, registration_id in zip(new, ids, strict=True):
            item.registration_id = registration_id
    external = [
        {"registration_id": item.registration_id, "code": item.code, "source": item.code_source}
        for item in planned
        if item.code
    ]
    insert_rows(session.connection(), _table(ExternalCode), external)


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` with one bulk statement; returns the ids given to them, in order.

    The ids are taken first and inserted explicitly, so the insert is a plain ``executemany``
    (``INSERT ... RETURNING`` in batches is far slower: one statement per row on SQLite, a
    huge statement to parse per batch with psycopg). PostgreSQL hands out the ids from the
    table's sequence; on SQLite they follow the highest id, which is safe because the write
    transaction (``BEGIN IMMEDIATE``) holds the database's only write lock.
    """
    if not rows:
        return []
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        ids = list(
            connection.execute(
                _NEXT_IDS,
                {"table": table.name, "n": len(rows)},
            ).scalars()
        )
    else:
        highest = connection.execute(select(func.max(table.c.id))).scalar() or 0
        ids = list(range(highest + 1, highest + 1 + len(rows)))
    insert_rows(connection, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return [int(i) for i in ids]


def _report(report: Report | None, done: int, total: int) -> None:
    if report is not None:
        report(done, total)
