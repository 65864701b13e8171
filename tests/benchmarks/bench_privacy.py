"""Figures of the privacy features (issue 13), each among 100,000 people (SQLite).

- ``forget_person_ms``: forgetting one person with 50 registrations among 100,000 people
  (anonymise in one transaction, then the WAL checkpoint that scrubs the files); the worst
  of 5 people (``forget_person_median_ms`` their median).
- ``purge_10k_s``: the retention purge of 10,000 people due among 100,000 (one transaction,
  then the checkpoint).
- ``checkin_service_plain_p99_ms`` next to ``checkin_service_encrypted_p99_ms`` (and their
  p50): 1,000 scans through the service on the same 100,000-registration database, plain and
  encrypted with SQLCipher, in the same run.

The 100,000 people are filled once (``bench_checkin._fill``) and the file copied for each case.
"""

from __future__ import annotations

import atexit
import functools
import random
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_checkin import SCANS, _figures, _fill
from benchkit import Figure, median
from sqlalchemy import insert, select, update

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url, utcnow
from keet_desktop.domain.models import Event, EventKind, Person, Registration
from keet_desktop.domain.privacy import encryption
from keet_desktop.domain.services import Services
from keet_desktop.domain.text import new_ticket_code

FOLDER = Path(tempfile.mkdtemp(prefix="keet-bench-privacy-"))
atexit.register(shutil.rmtree, FOLDER, ignore_errors=True)
PASSPHRASE = "bench passphrase"


@functools.cache
def _base() -> tuple[Path, int, tuple[str, ...]]:
    path = FOLDER / "base.sqlite3"
    db = Database.open(sqlite_url(path))
    schema.upgrade(db, backup=False)
    event_id, codes, _names = _fill(db)
    db.checkpoint()
    db.dispose()
    return path, event_id, tuple(codes)


def _copy(name: str) -> Database:
    base, _event_id, _codes = _base()
    target = FOLDER / f"{name}.sqlite3"
    shutil.copyfile(base, target)
    return Database.open(sqlite_url(target))


def _move_event_to_next_week(db: Database, event_id: int) -> None:
    later = utcnow() + timedelta(days=7)
    with db.write() as session:
        session.execute(
            update(Event)
            .where(Event.id == event_id)
            .values(starts_at=later, ends_at=later + timedelta(hours=2))
        )


def _events(db: Database, count: int, start: datetime) -> list[int]:
    with db.write() as session:
        return list(
            session.scalars(
                insert(Event).returning(Event.id, sort_by_parameter_order=True),
                [
                    {
                        "title": f"Sessie {n}",
                        "kind": EventKind.WORKSHOP,
                        "starts_at": start + timedelta(days=n),
                        "ends_at": start + timedelta(days=n, hours=2),
                    }
                    for n in range(count)
                ],
            )
        )


def _give_registrations(db: Database, person_id: int, event_ids: list[int]) -> None:
    with db.write() as session:
        session.execute(
            insert(Registration),
            [
                {
                    "person_id": person_id,
                    "event_id": event_id,
                    "status": "registered",
                    "ticket_code": new_ticket_code(),
                    "desk_note": "rolstoel",
                }
                for event_id in event_ids
            ],
        )


def bench_forget_person_ms() -> list[Figure]:
    """Forget 5 people with 50 registrations each, one at a time, among 100,000."""
    _path, event_id, _codes = _base()
    db = _copy("forget")
    _move_event_to_next_week(db, event_id)
    events = _events(db, 50, utcnow() + timedelta(days=14))
    with db.read() as session:
        people = list(session.scalars(select(Person.id).order_by(Person.id).limit(5000)))
    chosen = random.Random(7).sample(people, 5)
    for person_id in chosen:
        _give_registrations(db, person_id, events)
    db.checkpoint()
    privacy = Services(db).privacy
    samples = []
    for person_id in chosen:
        start = time.perf_counter()
        erased = privacy.forget(person_id, "bench", "bench")
        samples.append((time.perf_counter() - start) * 1000)
        assert erased.registrations == 51
    db.dispose()
    return [
        Figure("forget_person_ms", round(max(samples), 2), "ms", len(samples)),
        Figure("forget_person_median_ms", round(median(samples), 2), "ms", len(samples)),
    ]


def bench_purge_10k_s() -> Figure:
    """Purge 10,000 people whose last activity is 3 years ago, among 100,000."""
    _path, event_id, _codes = _base()
    db = _copy("purge")
    _move_event_to_next_week(db, event_id)
    long_ago = datetime.now(UTC) - timedelta(days=3 * 365)
    (old_event,) = _events(db, 1, long_ago)
    with db.write() as session:
        due = list(session.scalars(select(Person.id).order_by(Person.id).limit(10_000)))
        for start in range(0, len(due), 500):
            chunk = due[start : start + 500]
            session.execute(update(Person).where(Person.id.in_(chunk)).values(created_at=long_ago))
            session.execute(
                update(Registration)
                .where(Registration.person_id.in_(chunk))
                .values(event_id=old_event, registered_at=long_ago)
            )
    db.checkpoint()
    privacy = Services(db).privacy
    start = time.perf_counter()
    result = privacy.purge(actor="bench")
    seconds = time.perf_counter() - start
    assert len(result.purged) == 10_000, len(result.purged)
    db.dispose()
    return Figure("purge_10k_s", round(seconds, 3), "s", 10_000)


def _scans(db: Database, event_id: int, codes: tuple[str, ...]) -> list[float]:
    service = Services(db).checkin
    samples = []
    for code in random.Random(1).sample(codes, SCANS):
        start = time.perf_counter()
        result = service.scan(code, event_id, "Balie 1")
        samples.append((time.perf_counter() - start) * 1000)
        assert result.outcome.value == "checked_in", result
    return samples


def bench_checkin_service_encrypted_p99_ms() -> list[Figure]:
    """1,000 scans on the plain database, then on the same one encrypted (same run)."""
    _path, event_id, codes = _base()
    plain = _copy("plain")
    plain_samples = _scans(plain, event_id, codes)
    plain.dispose()
    encrypted_path = _copy("encrypted").sqlite_path
    assert encrypted_path is not None
    encryption.encrypt_file(encrypted_path, PASSPHRASE)
    encrypted = Database.open(sqlite_url(encrypted_path), passphrase=PASSPHRASE)
    assert encrypted.is_encrypted
    encrypted_samples = _scans(encrypted, event_id, codes)
    encrypted.dispose()
    return _figures("checkin_service_plain", plain_samples, SCANS) + _figures(
        "checkin_service_encrypted", encrypted_samples, SCANS
    )
