"""Figures of issue 18's safeguards, at 1,000,000 registrations (10 events of 100,000).

``capacity_warning_ms``: what lowering the capacity of a 100,000-registration event means
(the count the editor and "Change capacity" make on the GUI thread before asking; median of 20).
``event_check_ms``: the editor's check before saving (rules and warnings; median of 20).
``has_events_ms``: the events page asking whether to show the first-start panel (median of 20).
The database is built once under /tmp (``KEET_BENCH_1M`` overrides the path) and reused.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from benchkit import Figure  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from keet_desktop.domain import schema  # noqa: E402
from keet_desktop.domain.db import Database, sqlite_url, utcnow  # noqa: E402
from keet_desktop.domain.models import (  # noqa: E402
    Event,
    EventKind,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.services import Services  # noqa: E402
from keet_desktop.domain.services.events import EventInput  # noqa: E402
from keet_desktop.domain.text import new_ticket_code, person_name_key  # noqa: E402
from keet_desktop.domain.timeutil import BRUSSELS  # noqa: E402

EVENTS, PER_EVENT = 10, 100_000
PATH = Path(os.environ.get("KEET_BENCH_1M", "/tmp/i18-bench-1m.sqlite3"))


def _build(db: Database) -> None:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=7)
    now = utcnow()
    for number in range(EVENTS):
        with db.write() as session:
            event = Event(
                title=f"Bench {number}",
                kind=EventKind.NETWORKING,
                starts_at=start + timedelta(days=number),
                ends_at=start + timedelta(days=number, hours=2),
                capacity=90_000,
                description="",
                online_url="",
                language="nl",
                logo="",
            )
            session.add(event)
            session.flush()
            base = number * PER_EVENT
            people = list(
                session.scalars(
                    insert(Person).returning(Person.id),
                    [
                        {
                            "given_name": f"Naam{n}",
                            "family_name": f"Familie{n % 977}",
                            "email": f"p{n}@example.be",
                            "email_key": f"p{n}@example.be",
                            "phone": "",
                            "organisation": "",
                            "municipality": "",
                            "preferred_language": "nl",
                            "consent_photos": False,
                            "consent_mailing": False,
                            "name_key": person_name_key(f"Naam{n}", f"Familie{n % 977}"),
                            "created_at": now,
                            "updated_at": now,
                        }
                        for n in range(base, base + PER_EVENT)
                    ],
                )
            )
            session.execute(
                insert(Registration),
                [
                    {
                        "person_id": pid,
                        "event_id": event.id,
                        "status": RegistrationStatus.REGISTERED
                        if n < 90_000
                        else RegistrationStatus.WAITLISTED,
                        "waitlist_order": None if n < 90_000 else n,
                        "ticket_code": new_ticket_code(),
                        "role": Role.PARTICIPANT,
                        "desk_note": "",
                        "source": RegistrationSource.DEMO,
                        "registered_at": now,
                        "updated_at": now,
                    }
                    for n, pid in enumerate(people)
                ],
            )


def _database() -> Database:
    fresh = not PATH.exists()
    db = Database.open(sqlite_url(PATH))
    if fresh:
        schema.upgrade(db, backup=False)
        _build(db)
    return db


def _median_ms(function, runs: int = 20) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def bench_organiser_safeguards() -> list[Figure]:
    """The GUI-thread reads issue 18 adds, on the biggest event of a 1M-registration database."""
    db = _database()
    try:
        services = Services(db)
        with db.read() as session:
            event_id = int(session.scalar(select(Event.id).order_by(Event.id.desc()).limit(1)))
        event = services.events.get(event_id)
        data = EventInput(
            title=event.title,
            kind=event.kind,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            capacity=10,
        )
        assert services.events.capacity_warning(event_id, 10) is not None
        return [
            Figure("capacity_warning_ms", _median_ms(
                lambda: services.events.capacity_warning(event_id, 10)), "ms", 20),
            Figure("event_check_ms", _median_ms(lambda: services.events.check(data)), "ms", 20),
            Figure("has_events_ms", _median_ms(services.events.has_events), "ms", 20),
        ]  # fmt: skip
    finally:
        db.dispose()
