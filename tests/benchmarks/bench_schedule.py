"""Figures of schedule planning: a season of 500 events in 12 rooms.

``conflicts_season_ms``: the whole season checked for conflicts through ScheduleService.check
(load from SQLite and every rule), median of 20 runs. ``week_view_ms``: the busiest week loaded
and drawn by the timetable's week view (offscreen), median of 20 runs.
"""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

from benchkit import Figure, median, sqlite_database
from sqlalchemy import insert

from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    Event,
    EventKind,
    EventStatus,
    Facilitator,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
    Room,
    Venue,
    event_facilitators,
)
from keet_desktop.domain.services import Services
from keet_desktop.domain.text import new_ticket_code
from keet_desktop.domain.timeutil import BRUSSELS

SEASON_START = date(2030, 1, 7)  # a Monday
EVENTS, ROOMS, RUNS = 500, 12, 20


def _season(db: Database) -> None:
    rng = random.Random(7)
    now = utcnow()
    with db.write() as session:
        venues = [Venue(name=f"Locatie {n}", address="", notes="") for n in range(3)]
        session.add_all(venues)
        session.flush()
        rooms = [
            Room(
                venue_id=venues[n % 3].id,
                name=f"Zaal {n}",
                capacity=rng.choice([12, 20, 40]),
                accessibility="",
            )
            for n in range(ROOMS)
        ]
        facilitators = [
            Facilitator(name=f"Begeleider {n}", email="", phone="", organisation="")
            for n in range(20)
        ]
        session.add_all([*rooms, *facilitators])
        session.flush()
        rows = []
        for n in range(EVENTS):
            day = SEASON_START + timedelta(days=rng.randrange(26 * 7))
            start = datetime(
                day.year,
                day.month,
                day.day,
                rng.randrange(9, 20),
                rng.choice([0, 30]),
                tzinfo=BRUSSELS,
            )
            room = rng.choice(rooms)
            rows.append(
                {
                    "title": f"Activiteit {n}", "description": "", "kind": EventKind.WORKSHOP,
                    "status": EventStatus.PUBLISHED, "starts_at": start,
                    "ends_at": start + timedelta(minutes=rng.choice([60, 90, 120, 150])),
                    "venue_id": room.venue_id, "room_id": room.id, "online_url": "",
                    "capacity": 20, "language": "nl", "logo": "",
                    "created_at": now, "updated_at": now,
                }
            )  # fmt: skip
        events = list(session.scalars(insert(Event).returning(Event.id), rows))
        session.execute(
            insert(event_facilitators),
            [{"event_id": e, "facilitator_id": rng.choice(facilitators).id} for e in events],
        )
        _registrations(session, events, now)


def _registrations(session, events: list[int], now: datetime) -> None:
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
                    "name_key": f"p{n} test",
                    "created_at": now,
                    "updated_at": now,
                }
                for n in range(200)
            ],  # fmt: skip
        )
    )
    session.execute(
        insert(Registration),
        [
            {
                "person_id": people[(e * 7 + k) % len(people)],
                "event_id": e,
                "status": RegistrationStatus.REGISTERED,
                "ticket_code": new_ticket_code(),
                "role": Role.PARTICIPANT,
                "desk_note": "",
                "source": RegistrationSource.DEMO,
                "registered_at": now,
                "updated_at": now,
            }
            for e in events
            for k in range(15)
        ],  # fmt: skip
    )


def bench_conflicts_season_ms() -> Figure:
    """The whole season (500 events, 12 rooms, 7,500 registrations) checked, SQLite."""
    with sqlite_database() as db:
        _season(db)
        services = Services(db)
        found = services.schedule.check()
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            services.schedule.check()
            samples.append((time.perf_counter() - start) * 1000)
        assert found
        return Figure("conflicts_season_ms", round(median(samples), 2), "ms", EVENTS)


def bench_week_view_ms() -> Figure:
    """The busiest week of the season loaded and drawn in the week view (offscreen)."""
    from PySide6.QtWidgets import QApplication

    from keet_desktop.ui.app_events import AppEvents
    from keet_desktop.ui.schedule.timetable import TimetableView, ViewMode
    from keet_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with sqlite_database() as db:
        _season(db)
        services = Services(db)
        slots = services.schedule.slots()
        weeks = [s.starts_at.astimezone(BRUSSELS).date() for s in slots]
        busiest = max(set(weeks), key=lambda d: sum(1 for w in weeks if abs((w - d).days) < 4))
        view = TimetableView(services, Settings.from_ini(str(db.sqlite_path) + ".ini"), AppEvents())
        view.resize(1400, 900)
        view.set_mode(ViewMode.WEEK, busiest)
        view.show()
        app.processEvents()
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            view.reload()
            view.canvas.grab()
            samples.append((time.perf_counter() - start) * 1000)
        view.close()
        return Figure("week_view_ms", round(median(samples), 2), "ms", len(view.slots))
