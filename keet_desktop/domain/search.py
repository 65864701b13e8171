"""Finding people as you type: folded search keys in a small indexed table.

Every person has a few rows in ``person_search_keys``: "given family", "family given" (and,
for a family name of several words, each tail of it, so "broeck" finds "Van den Broeck"), the
organisation and the e-mail address, all folded (no case, no accents). A prefix is then one
index range, ``key >= :prefix AND key < :upper``, which both SQLite and PostgreSQL (column
collation "C") answer in a fraction of a millisecond over 100,000 people. ``LIKE 'x%'`` is not
used: SQLite cannot serve it from an index with the default case-insensitive LIKE.

At a desk the search is limited to the event's registrations. For an event of a few thousand
people among a million, the look-up starts from the event (its registrations by index, then
each person's keys by index) instead of walking every person whose key has the prefix: the key
comparison is written so that no index on it is used (``key || ''``). A large event (more than
:data:`SMALL_EVENT` registrations) keeps the key-first plan. The size is cached per event.

:func:`search_keys` is the ONE place that decides the keys; :func:`index_person` writes them
for one person and :func:`search_key_rows` gives the rows for bulk inserts (demo, import).
"""

from __future__ import annotations

import time
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, delete, func, insert, literal, select, text
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
SMALL_EVENT = 5_000  # up to this many registrations, an event search starts from the event
SIZE_SECONDS = 60.0  # how long an event's size is trusted
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


TRIGRAM_OBJECTS = ("people_trgm", "ix_people_trgm")  # migration 0016_trigram, not in the models


def in_models(name: str | None, _type: str, _parents: MutableMapping[Any, str | None]) -> bool:
    """Alembic's ``include_name``: leave out the trigram index, which the models do not know.

    It is the FTS5 table ``people_trgm`` and its shadow tables on SQLite, the GIN index
    ``ix_people_trgm`` on PostgreSQL (created by hand in migration 0016_trigram).
    """
    return not (name or "").startswith(TRIGRAM_OBJECTS)


def scrub_trigram_index(session: Session) -> None:
    """Issue 13: leave no token of a removed or erased person in SQLite's trigram index.

    The triggers of ``people_trgm`` (migration 0016_trigram) take a changed person out with an
    FTS5 'delete', which only adds a tombstone: the old tokens stay in an older segment until
    the segments are merged. 'optimize' merges them all into one, without those tokens. Call it
    in the erasing transaction. PostgreSQL's GIN index needs nothing here (its dead entries go
    with the table's, at VACUUM).
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("INSERT INTO people_trgm(people_trgm) VALUES ('optimize')"))


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
        self._sizes: dict[int, tuple[int, float]] = {}

    def search(self, text: str, event_id: int | None = None, limit: int = 12) -> list[SearchHit]:
        """Return up to ``limit`` people whose keys start with ``text`` (folded).

        With ``event_id``, only people with a registration (not cancelled) at that event, each
        with it. Results are in key order.
        """
        needle = fold(text)[:MAX_KEY]
        if not needle:
            return []
        with self._db.engine.connect() as conn:
            small = event_id is not None and self._event_size(conn, event_id) <= SMALL_EVENT
            return self._search(conn, needle, event_id, limit, small)

    def _event_size(self, conn: Connection, event_id: int) -> int:
        size, at = self._sizes.get(event_id, (0, -SIZE_SECONDS))
        if time.monotonic() - at >= SIZE_SECONDS:
            count = select(func.count()).where(_registrations.c.event_id == event_id)
            size = int(conn.execute(count).scalar_one())
            self._sizes[event_id] = (size, time.monotonic())
        return size

    @staticmethod
    def _search(
        conn: Connection, needle: str, event_id: int | None, limit: int, small: bool = False
    ) -> list[SearchHit]:
        key = _keys.c.key.concat("") if small else _keys.c.key  # see the module's text
        ranged = and_(key >= needle, key < prefix_upper(needle))
        person_columns = (
            _keys.c.person_id,
            _people.c.given_name,
            _people.c.family_name,
            _people.c.organisation,
            _people.c.email,
        )
        if small and event_id is not None:
            query = _small_event_query(ranged, event_id, limit * 4)
        elif event_id is None:
            query = select(
                *person_columns,
                literal(None).label("registration_id"),
                literal("").label("status"),
                literal(None).label("checkin_id"),
            ).join(_people, _people.c.id == _keys.c.person_id)
        else:
            query = (
                select(
                    *person_columns,
                    _registrations.c.id.label("registration_id"),
                    _registrations.c.status,
                    _checkins.c.id.label("checkin_id"),
                )
                .join(_registrations, _registrations.c.person_id == _keys.c.person_id)
                .join(_people, _people.c.id == _keys.c.person_id)
                .outerjoin(
                    _checkins,
                    (_checkins.c.registration_id == _registrations.c.id)
                    & _checkins.c.undone_at.is_(None),
                )
                .where(
                    _registrations.c.event_id == event_id,
                    _registrations.c.status != RegistrationStatus.CANCELLED,
                )
            )
        if not small:
            query = query.where(ranged).order_by(_keys.c.key).limit(limit * 4)
        hits: dict[int, SearchHit] = {}
        for row in conn.execute(query):
            if row.person_id in hits:
                continue
            hits[row.person_id] = SearchHit(
                person_id=row.person_id,
                name=f"{row.given_name} {row.family_name}".strip(),
                organisation=row.organisation or "",
                email=row.email or "",
                registration_id=row.registration_id,
                status=str(row.status or ""),
                checked_in=row.checkin_id is not None,
            )
            if len(hits) >= limit:
                break
        return list(hits.values())


def _small_event_query(ranged: Any, event_id: int, limit: int) -> Any:
    """The event's registrations first, their keys next; people only for the hits."""
    found = (
        select(
            _keys.c.person_id,
            _keys.c.key,
            _registrations.c.id.label("registration_id"),
            _registrations.c.status,
        )
        .join(_registrations, _registrations.c.person_id == _keys.c.person_id)
        .where(
            _registrations.c.event_id == event_id,
            _registrations.c.status != RegistrationStatus.CANCELLED,
            ranged,
        )
        .order_by(_keys.c.key)
        .limit(limit)
        .subquery()
    )
    return (
        select(
            found.c.person_id,
            _people.c.given_name,
            _people.c.family_name,
            _people.c.organisation,
            _people.c.email,
            found.c.registration_id,
            found.c.status,
            _checkins.c.id.label("checkin_id"),
        )
        .join(_people, _people.c.id == found.c.person_id)
        .outerjoin(
            _checkins,
            (_checkins.c.registration_id == found.c.registration_id)
            & _checkins.c.undone_at.is_(None),
        )
        .order_by(found.c.key)
    )
