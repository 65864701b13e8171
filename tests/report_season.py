"""A generated season for the funder report and programme results, with every odd case.

Written straight into the tables (as the services store things): cancelled events, waiting
lists, undone check-ins, walk-ins, online attendees with minutes, forgotten people (fields
blanked), partners, postcodes, characteristics with and without the funder's consent.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventKind,
    EventStatus,
    Partner,
    Person,
    PersonCharacteristic,
    Programme,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
    event_partners,
)
from keet_desktop.domain.privacy.models import PersonConsent
from keet_desktop.domain.services.import_attendance import ONLINE_DESK
from keet_desktop.domain.services.partners import DEMO_PARTNERS
from keet_desktop.domain.text import new_ticket_code
from keet_desktop.domain.timeutil import BRUSSELS

PLACES = (
    ("9300", ""),
    ("9320", ""),
    ("9470", ""),
    ("", "Erpe-Mere"),
    ("", "lede"),
    ("9550", ""),
    ("1000", ""),
    ("", "Dendermonde"),
    ("", ""),
)
KINDS = list(EventKind)


@dataclass(frozen=True)
class Season:
    """What was generated."""

    first: date
    last: date
    programme_id: int
    events: int
    people: int
    registrations: int


def generate_season(
    db: Database,
    *,
    events: int = 60,
    people: int = 300,
    registrations: int = 1500,
    first: date = date(2024, 1, 1),
    days: int = 730,
    seed: int = 15,
) -> Season:
    """Fill an empty database with a season of ``events`` events between ``first`` and today."""
    rng = random.Random(seed)
    now = datetime.now(BRUSSELS)
    with db.write() as session:
        programme = Programme(title="Acceleratieprogramma", cohort="2024", starts_on=first)
        session.add(programme)
        session.flush()
        partner_ids = list(
            session.scalars(
                insert(Partner).returning(Partner.id, sort_by_parameter_order=True),
                [{"name": name, "active": True} for name in DEMO_PARTNERS],
            )
        )
        event_rows = []
        for number in range(events):
            day = first + timedelta(days=int(number * days / events))
            start = datetime.combine(day, time(9 + number % 10), tzinfo=BRUSSELS)
            kind = KINDS[number % len(KINDS)]
            event_rows.append(
                {
                    "title": f"Activiteit {number}",
                    "kind": kind,
                    "status": EventStatus.CANCELLED if number % 29 == 7 else EventStatus.PUBLISHED,
                    "starts_at": start,
                    "ends_at": start + timedelta(minutes=rng.choice((60, 90, 120, 150))),
                    "capacity": rng.choice((None, 25, 60, 150)),
                    "programme_id": programme.id if kind is EventKind.PROGRAMME_SESSION else None,
                    "online_url": "https://meet.example/x" if kind is EventKind.WEBINAR else "",
                }
            )
        event_ids = list(
            session.scalars(
                insert(Event).returning(Event.id, sort_by_parameter_order=True), event_rows
            )
        )
        links = {
            (e, p) for e in event_ids for p in rng.sample(partner_ids, rng.choice((0, 1, 1, 2)))
        }
        if links:
            session.execute(
                insert(event_partners), [{"event_id": e, "partner_id": p} for e, p in links]
            )
        person_rows = []
        for number in range(people):
            postcode, municipality = rng.choice(PLACES)
            person_rows.append(
                {
                    "given_name": f"Voornaam{number}",
                    "family_name": f"Familie{number}",
                    "email": f"p{number}@example.be",
                    "email_key": f"p{number}@example.be",
                    "organisation": rng.choice(
                        ("", "Stad Aalst", "stad aalst", "OCMW Aalst", "Kringwinkel")
                    ),
                    "municipality": municipality,
                    "postcode": postcode,
                }
            )
        person_ids = list(
            session.scalars(
                insert(Person).returning(Person.id, sort_by_parameter_order=True), person_rows
            )
        )
        traits = [
            {
                "person_id": pid,
                "name": "Doelgroep",
                "value": rng.choice(
                    ("werkzoekend", "starter", "nieuwkomer") if pid % 50 else ("zeldzaam",)
                ),
                "funder_consent": rng.random() < 0.7,
            }
            for pid in person_ids
            if rng.random() < 0.8
        ]
        session.execute(insert(PersonCharacteristic), traits)
        # The person's consent to share with the funder (issue 13): given by most of those
        # whose characteristic may be shared and by a few others; some withdraw it later.
        given = [pid for pid in person_ids if rng.random() < 0.85]
        withdrawn = [pid for pid in given if rng.random() < 0.15]
        consents = [(pid, True) for pid in given] + [(pid, False) for pid in withdrawn]
        session.execute(
            insert(PersonConsent),
            [
                {"person_id": pid, "purpose": "funder", "granted": granted, "source": "form",
                 "recorded_at": now}
                for pid, granted in consents
            ],
        )  # fmt: skip
        made = _registrations(session, rng, event_rows, event_ids, person_ids, registrations, now)
        # Forget every 40th person: fields blanked, registrations and check-ins stay.
        session.execute(
            update(Person)
            .where(Person.id.in_(person_ids[::40]))
            .values(
                given_name="",
                family_name="",
                email=None,
                email_key=None,
                organisation="",
                municipality="",
                postcode="",
                phone="",
            )
        )
    return Season(first, first + timedelta(days=days), programme.id, events, people, made)


def _registrations(
    session: Any,
    rng: random.Random,
    event_rows: list[dict[str, Any]],
    event_ids: list[int],
    person_ids: list[int],
    total: int,
    now: datetime,
) -> int:
    per_event = max(1, total // len(event_ids))
    rows: list[dict[str, Any]] = []
    for row, event_id in zip(event_rows, event_ids, strict=True):
        chosen = rng.sample(person_ids, min(per_event, len(person_ids)))
        placed = 0
        for number, person_id in enumerate(chosen):
            cancelled = rng.random() < 0.05
            full = row["capacity"] is not None and placed >= row["capacity"]
            status = (
                RegistrationStatus.CANCELLED
                if cancelled
                else RegistrationStatus.WAITLISTED
                if full
                else RegistrationStatus.REGISTERED
            )
            placed += status is RegistrationStatus.REGISTERED
            walk_in = status is RegistrationStatus.REGISTERED and rng.random() < 0.05
            rows.append(
                {
                    "person_id": person_id,
                    "event_id": event_id,
                    "status": status,
                    "waitlist_order": number if status is RegistrationStatus.WAITLISTED else None,
                    "ticket_code": new_ticket_code(),
                    "role": Role.FACILITATOR
                    if number == 0 and rng.random() < 0.3
                    else Role.PARTICIPANT,
                    "source": RegistrationSource.WALK_IN if walk_in else RegistrationSource.IMPORT,
                    "registered_at": row["starts_at"] - timedelta(days=10),
                }
            )
    ids = list(
        session.scalars(
            insert(Registration).returning(Registration.id, sort_by_parameter_order=True), rows
        )
    )
    starts = {e: r["starts_at"] for e, r in zip(event_ids, event_rows, strict=True)}
    ends = {e: r["ends_at"] for e, r in zip(event_ids, event_rows, strict=True)}
    kinds = {e: r["kind"] for e, r in zip(event_ids, event_rows, strict=True)}
    checkins: list[dict[str, Any]] = []
    for reg_id, row in zip(ids, rows, strict=True):
        event_id = row["event_id"]
        if ends[event_id] > now or row["status"] is not RegistrationStatus.REGISTERED:
            continue
        walk_in = row["source"] is RegistrationSource.WALK_IN
        if not walk_in and rng.random() > 0.75:
            continue
        online = kinds[event_id] is EventKind.WEBINAR
        base = {
            "registration_id": reg_id,
            "event_id": event_id,  # given: the column's default would look it up per row
            "checked_in_at": starts[event_id],
            "desk": ONLINE_DESK if online else "Balie 1",
            "walk_in": walk_in,
            "minutes_online": rng.randint(5, 90) if online else None,
            "undone_at": None,
            "undo_reason": "",
        }
        if rng.random() < 0.06:  # a mistake, undone (and maybe checked in again)
            checkins.append({**base, "undone_at": starts[event_id], "undo_reason": "vergissing"})
            if rng.random() < 0.5:
                continue
        checkins.append(base)
    if checkins:
        session.execute(insert(CheckIn), checkins)
    return len(ids)


def people_ids(db: Database) -> list[int]:
    """Every person's id."""
    with db.read() as session:
        return list(session.scalars(select(Person.id).order_by(Person.id)))
