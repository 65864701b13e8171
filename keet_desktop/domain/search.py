"""Finding people as you type: folded search keys in a small indexed table.

Every person has a few rows in ``person_search_keys``: "given family", "family given" (and,
for a family name of several words, each tail of it, so "broeck" finds "Van den Broeck"), the
organisation and the e-mail address, all folded (no case, no accents). A prefix is then one
index range, ``key >= :prefix AND key < :upper``, which both SQLite and PostgreSQL (column
collation "C") answer in a fraction of a millisecond over 100,000 people. ``LIKE 'x%'`` is not
used: SQLite cannot serve it from an index with the default case-insensitive LIKE.

:func:`search_keys` is the ONE place that decides the keys; :func:`index_person` writes them
for one person and :func:`search_key_rows` gives the rows for bulk inserts (demo, import).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, delete, func, insert, select
from sqlalchemy.orm import Session

from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    CheckIn,
    Person,
    PersonSearchKey,
    Registration,
    RegistrationStatus,
)
from keet_desktop.domain.text import fold

MAX_KEY = 400
_keys = cast(Table, PersonSearchKey.__table__)
_people = cast(Table, Person.__table__)
_registrations = cast(Table, Registration.__table__)
_checkins = cast(Table, CheckIn.__table__)


def search_keys(
    given: str, family: str, organisation: str = "", email: str | None = ""
) -> list[str]:
    """Return the folded keys a person is found by, without duplicates."""
    given_f, family_f = fold(given), fold(family)
    keys = [f"{given_f} {family_f}".strip(), f"{family_f} {given_f}".strip()]
    words = family_f.split()
    for start in range(1, len(words)):
        keys.append(" ".join([*words[start:], given_f]).strip())
    keys.append(fold(organisation))
    keys.append(fold(email or ""))
    return [key[:MAX_KEY] for key in dict.fromkeys(keys) if key]


def search_key_rows(
    person_id: int, given: str, family: str, organisation: str = "", email: str | None = ""
) -> list[dict[str, Any]]:
    """Return the ``person_search_keys`` rows of one person, for a bulk insert."""
    return [
        {"person_id": person_id, "key": key}
        for key in search_keys(given, family, organisation, email)
    ]


def index_person(session: Session, person: Person) -> None:
    """(Re)write the search keys of a person that has an id (call after a flush)."""
    session.execute(delete(PersonSearchKey).where(PersonSearchKey.person_id == person.id))
    rows = search_key_rows(
        person.id, person.given_name, person.family_name, person.organisation, person.email
    )
    if rows:
        session.execute(insert(PersonSearchKey), rows)


SMALL_EVENT = 5_000  # up to this many registrations, a search starts from the event's people
KEY_BATCH = 200  # keys read at a time when a big event's search walks the keys
KEY_BATCHES = 20


def _is_small_event(conn: Connection, event_id: int) -> bool:
    """Whether the event has at most :data:`SMALL_EVENT` registrations (not cancelled).

    In an event of 1,000 among 1,000,000 people, a prefix such as "jan" matches thousands of
    keys of people who are elsewhere; a small event's search starts from its own people (one
    index range on registrations, then their keys by person) and stays near a millisecond. A
    big event is searched from the keys, where most hits are its own people.
    """
    counted = select(_registrations.c.id).where(
        _registrations.c.event_id == event_id,
        _registrations.c.status != RegistrationStatus.CANCELLED,
    )
    sample = counted.limit(SMALL_EVENT + 1).subquery()
    return int(conn.scalar(select(func.count()).select_from(sample)) or 0) <= SMALL_EVENT


def prefix_upper(prefix: str) -> str:
    """Return the smallest string greater than every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


@dataclass(frozen=True)
class SearchHit:
    """A person found for an event's desk, with their registration there.

    Attributes:
        person_id: The person.
        name: Given and family name.
        organisation: The organisation, or "".
        email: The e-mail address, or "".
        registration_id: The registration at the event (None when not registered there).
        status: That registration's status value ("registered", ...), or "".
        checked_in: Whether the registration has a standing check-in.
    """

    person_id: int
    name: str
    organisation: str
    email: str
    registration_id: int | None
    status: str
    checked_in: bool


class PeopleSearch:
    """Search people by name, organisation or e-mail prefix, ignoring case and accents."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, event_id: int | None = None, limit: int = 12) -> list[SearchHit]:
        """Return up to ``limit`` people whose keys start with ``text`` (folded).

        With ``event_id``, only people with a registration (not cancelled) at that event, each
        with it. Results are in key order.
        """
        needle = fold(text)[:MAX_KEY]
        if not needle:
            return []
        with self._db.engine.connect() as conn:
            return self._search(conn, needle, event_id, limit)

    @staticmethod
    def _search(conn: Connection, needle: str, event_id: int | None, limit: int) -> list[SearchHit]:
        if event_id is None:
            ranged = and_(_keys.c.key >= needle, _keys.c.key < prefix_upper(needle))
            query = select(_keys.c.person_id).where(ranged).order_by(_keys.c.key)
            people = list(dict.fromkeys(conn.scalars(query.limit(limit * 4))))[:limit]
        else:
            people = _event_people_by_key(conn, needle, event_id, limit)
        return _hits(conn, people, event_id)


def _event_people_by_key(conn: Connection, needle: str, event_id: int, limit: int) -> list[int]:
    """People of the event (not cancelled) with a key starting with ``needle``, in key order.

    A small event starts from its own people; a big one walks the keys a batch at a time and
    keeps those registered there. Both are a few index ranges, whatever the database's size.
    """
    ranged = and_(_keys.c.key >= needle, _keys.c.key < prefix_upper(needle))
    if _is_small_event(conn, event_id):
        # The key inside a function: the planner takes the person_id index for the event's
        # few people instead of walking every key with the prefix.
        key = func.coalesce(_keys.c.key, "")
        by_person = and_(key >= needle, key < prefix_upper(needle))
        of_event = select(_registrations.c.person_id).where(
            _registrations.c.event_id == event_id,
            _registrations.c.status != RegistrationStatus.CANCELLED,
        )
        query = select(_keys.c.person_id).where(by_person, _keys.c.person_id.in_(of_event))
        found = conn.scalars(query.order_by(_keys.c.key).limit(limit * 4))
        return list(dict.fromkeys(found))[:limit]
    people: dict[int, None] = {}
    cursor = (needle, 0)
    for _batch in range(KEY_BATCHES):
        rows = conn.execute(
            select(_keys.c.key, _keys.c.id, _keys.c.person_id)
            .where(
                ranged,
                (_keys.c.key > cursor[0]) | ((_keys.c.key == cursor[0]) & (_keys.c.id > cursor[1])),
            )
            .order_by(_keys.c.key, _keys.c.id)
            .limit(KEY_BATCH)
        ).all()
        if not rows:
            break
        registered = set(
            conn.scalars(
                select(_registrations.c.person_id).where(
                    _registrations.c.event_id == event_id,
                    _registrations.c.status != RegistrationStatus.CANCELLED,
                    _registrations.c.person_id.in_({row.person_id for row in rows}),
                )
            )
        )
        for row in rows:
            if row.person_id in registered:
                people.setdefault(row.person_id)
        if len(people) >= limit or len(rows) < KEY_BATCH:
            break
        cursor = (rows[-1].key, rows[-1].id)
    return list(people)[:limit]


def _hits(conn: Connection, people: list[int], event_id: int | None) -> list[SearchHit]:
    """The people (in this order) with their registration at the event and its check-in."""
    if not people:
        return []
    columns = [_people.c.id, _people.c.given_name, _people.c.family_name]
    columns += [_people.c.organisation, _people.c.email]
    if event_id is None:
        query = select(*columns).where(_people.c.id.in_(people))
        registrations: dict[int, Any] = {}
    else:
        query = select(*columns).where(_people.c.id.in_(people))
        registrations = {
            row.person_id: row
            for row in conn.execute(
                select(
                    _registrations.c.person_id,
                    _registrations.c.id,
                    _registrations.c.status,
                    _checkins.c.id.label("checkin_id"),
                )
                .outerjoin(
                    _checkins,
                    (_checkins.c.registration_id == _registrations.c.id)
                    & _checkins.c.undone_at.is_(None),
                )
                .where(
                    _registrations.c.event_id == event_id,
                    _registrations.c.status != RegistrationStatus.CANCELLED,
                    _registrations.c.person_id.in_(people),
                )
            )
        }
    found = {row.id: row for row in conn.execute(query)}
    hits = []
    for person_id in people:
        row = found.get(person_id)
        if row is None:
            continue
        registration = registrations.get(person_id)
        hits.append(
            SearchHit(
                person_id=person_id,
                name=f"{row.given_name} {row.family_name}".strip(),
                organisation=row.organisation or "",
                email=row.email or "",
                registration_id=registration.id if registration is not None else None,
                status=str(registration.status or "") if registration is not None else "",
                checked_in=registration is not None and registration.checkin_id is not None,
            )
        )
    return hits
