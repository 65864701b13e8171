"""A database of 1,000,000 registrations for the worst-case figures, built once and reused.

1,000,000 people (unique names), one event of 100,000 registrations (90,000 registered, 10,000
waiting) and 900 events of 1,000 registrations, with every person's search keys; the trigram
index of the filter is filled by the database's own triggers (migration 0016_trigram), and a
database built by an older app is upgraded. Built with
bulk inserts into ``/tmp/i14-1m.sqlite3`` (override with ``KEET_BENCH_BIG_SQLITE``); a
PostgreSQL copy goes into the database named by ``KEET_BENCH_BIG_POSTGRES`` on the
``KEET_TEST_POSTGRES_URL`` server. A finished build leaves a ``bench_meta`` row, so a broken
build is rebuilt.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from keet_desktop.domain import schema  # noqa: E402
from keet_desktop.domain.db import Database, sqlite_url, utcnow  # noqa: E402
from keet_desktop.domain.models import (  # noqa: E402
    Event,
    EventKind,
    Person,
    PersonSearchKey,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.search import search_keys  # noqa: E402
from keet_desktop.domain.text import new_ticket_code, person_name_key  # noqa: E402
from keet_desktop.domain.timeutil import BRUSSELS  # noqa: E402

PEOPLE = 1_000_000
BIG_EVENT = 100_000
SMALL_EVENTS = 900
SMALL_SIZE = 1_000
CHUNK = 20_000
FAMILIES = [
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Dubois", "Lambert", "Van den Broeck", "Hermans", "Aerts", "Yilmaz",
    "El Amrani", "Vermeulen", "De Clercq", "Van Damme",
]  # fmt: skip


def default_sqlite_path() -> Path:
    """Where the 1M SQLite database lives."""
    return Path(os.environ.get("KEET_BENCH_BIG_SQLITE", "/tmp/i14-1m.sqlite3"))


def person_row(n: int, now: datetime) -> dict[str, object]:
    """Person ``n``: a unique given name, a family name from a pool."""
    given, family = f"Naam{n:07d}", f"{FAMILIES[n % len(FAMILIES)]} {n % 5003}"
    return {
        "given_name": given,
        "family_name": family,
        "email": f"p{n}@example.be",
        "email_key": f"p{n}@example.be",
        "phone": "",
        "organisation": f"Organisatie {n % 1301}",
        "municipality": "Aalst",
        "preferred_language": "nl",
        "consent_photos": False,
        "consent_mailing": False,
        "name_key": person_name_key(given, family),
        "created_at": now,
        "updated_at": now,
    }


def _events(db: Database) -> list[int]:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=7)
    with db.write() as session:
        events = [
            Event(
                title="Groot netwerkevent" if i == 0 else f"Workshop {i:03d}",
                kind=EventKind.NETWORKING if i == 0 else EventKind.WORKSHOP,
                starts_at=start + timedelta(hours=i),
                ends_at=start + timedelta(hours=i, minutes=90),
                capacity=90_000 if i == 0 else 900,
                description="",
                online_url="",
                language="nl",
                logo="",
            )
            for i in range(SMALL_EVENTS + 1)
        ]
        session.add_all(events)
        session.flush()
        return [event.id for event in events]


def _registration(n: int, person_id: int, event_id: int, size: int, now: datetime) -> dict:
    place = n % size
    registered = place < size * 9 // 10
    return {
        "person_id": person_id,
        "event_id": event_id,
        "status": RegistrationStatus.REGISTERED if registered else RegistrationStatus.WAITLISTED,
        "waitlist_order": None if registered else place,
        "ticket_code": new_ticket_code(),
        "role": Role.PARTICIPANT,
        "desk_note": "",
        "source": RegistrationSource.DEMO,
        "registered_at": now - timedelta(seconds=PEOPLE - n),
        "updated_at": now,
    }


def fill(db: Database) -> None:
    """Fill a migrated, empty database (person n registers once: first the big event)."""
    events = _events(db)
    now = utcnow()
    for first in range(0, PEOPLE, CHUNK):
        with db.write() as session:
            rows = [person_row(n, now) for n in range(first, first + CHUNK)]
            ids = list(session.scalars(insert(Person).returning(Person.id), rows))
            keys = [
                {"person_id": pid, "key": key}
                for pid, row in zip(ids, rows, strict=True)
                for key in search_keys(
                    str(row["given_name"]),
                    str(row["family_name"]),
                    str(row["organisation"]),
                    str(row["email"]),
                )
            ]
            session.execute(insert(PersonSearchKey), keys)
            regs = []
            for n, pid in zip(range(first, first + CHUNK), ids, strict=True):
                if n < BIG_EVENT:
                    regs.append(_registration(n, pid, events[0], BIG_EVENT, now))
                else:
                    small = (n - BIG_EVENT) // SMALL_SIZE
                    regs.append(_registration(n, pid, events[1 + small], SMALL_SIZE, now))
            session.execute(insert(Registration), regs)
        print(f"{first + CHUNK:,} people", file=sys.stderr, flush=True)
    with db.write() as session:
        session.execute(text("CREATE TABLE bench_meta (built INTEGER)"))
        session.execute(text("INSERT INTO bench_meta VALUES (1)"))


def _built(db: Database) -> bool:
    """Whether a build finished (an older schema is then upgraded by :func:`_upgraded`)."""
    try:
        with db.read() as session:
            return bool(session.execute(text("SELECT built FROM bench_meta")).scalar())
    except Exception:  # no table: not built (or half built)
        return False


def _upgraded(db: Database) -> None:
    """Bring a database built by an older app to this one's schema (e.g. the trigram index)."""
    if not schema.state(db).up_to_date:
        print("upgrading the 1M database", file=sys.stderr, flush=True)
        schema.upgrade(db, backup=False)


def sqlite_big() -> str:
    """The URL of the 1M SQLite database, built if needed."""
    path = default_sqlite_path()
    url = sqlite_url(path)
    if path.exists():
        db = Database.open(url)
        try:
            if _built(db):
                _upgraded(db)
                return url
        finally:
            db.dispose()
        path.unlink()
    db = Database.open(url)
    schema.upgrade(db, backup=False)
    fill(db)
    db.checkpoint()
    with db.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
    db.dispose()
    path.chmod(0o600)
    return url


def postgres_big() -> str | None:
    """The URL of the 1M PostgreSQL database, built if needed (None without a server)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    server = os.environ.get("KEET_TEST_POSTGRES_URL")
    if not server:
        return None
    name = os.environ.get("KEET_BENCH_BIG_POSTGRES", "i14_bench_1m")
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).scalar()
            if exists:
                db = Database.open(url)
                built = _built(db)
                if built:
                    _upgraded(db)
                db.dispose()
                if built:
                    return url
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    db = Database.open(url)
    schema.upgrade(db, backup=False)
    fill(db)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))
    db.dispose()
    return url


if __name__ == "__main__":
    print(sqlite_big() if "--postgres" not in sys.argv else postgres_big())
