"""Figures of the foundation: registering 10,000 people, looking up a ticket among 100,000."""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta

from benchkit import Figure, percentile, sqlite_database
from sqlalchemy import insert

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import (
    Event,
    EventKind,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.text import new_ticket_code, person_name_key
from keet_desktop.domain.timeutil import BRUSSELS


def _event(db) -> int:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=7)
    with db.write() as session:
        event = Event(
            title="Bench",
            kind=EventKind.WORKSHOP,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            capacity=None,
            description="",
            online_url="",
            language="nl",
            logo="",
        )
        session.add(event)
        session.flush()
        return event.id


def bench_register_10k_s() -> Figure:
    """10,000 people registered one by one through the service (SQLite file, durable)."""
    with sqlite_database() as db:
        services = Services(db)
        event_id = _event(db)
        start = time.perf_counter()
        for n in range(10_000):
            services.registrations.register(
                event_id,
                PersonInput(
                    given_name=f"Jef{n}", family_name="Peeters", email=f"jef{n}@example.be"
                ),
            )
        return Figure("register_10k_s", round(time.perf_counter() - start, 2), "s", 10_000)


def bench_ticket_lookup_p99_ms() -> Figure:
    """A ticket code looked up among 100,000 registrations (1,000 look-ups, SQLite)."""
    with sqlite_database() as db:
        event_id = _event(db)
        now = utcnow()
        with db.write() as session:
            people = list(
                session.scalars(
                    insert(Person).returning(Person.id),
                    [
                        {
                            "given_name": f"P{n}",
                            "family_name": "Test",
                            "email": None,
                            "email_key": None,
                            "phone": "",
                            "organisation": "",
                            "municipality": "",
                            "preferred_language": "nl",
                            "consent_photos": False,
                            "consent_mailing": False,
                            "name_key": person_name_key(f"P{n}", "Test"),
                            "created_at": now,
                            "updated_at": now,
                        }
                        for n in range(100_000)
                    ],
                )
            )
            codes = [new_ticket_code() for _ in people]
            session.execute(
                insert(Registration),
                [
                    {
                        "person_id": pid,
                        "event_id": event_id,
                        "status": RegistrationStatus.REGISTERED,
                        "ticket_code": code,
                        "role": Role.PARTICIPANT,
                        "desk_note": "",
                        "source": RegistrationSource.DEMO,
                        "registered_at": now,
                        "updated_at": now,
                    }
                    for pid, code in zip(people, codes, strict=True)
                ],
            )
        services = Services(db)
        rng = random.Random(1)
        samples = []
        for code in rng.sample(codes, 1000):
            start = time.perf_counter()
            found = services.registrations.find_by_code(code.lower())
            samples.append((time.perf_counter() - start) * 1000)
            assert found is not None
        return Figure("ticket_lookup_p99_ms", round(percentile(samples, 99), 3), "ms", 1000)
