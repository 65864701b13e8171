"""The demo season of De Keet: realistic, deterministic, scalable for benchmarks.

The dates are laid around ``today`` (one event is today, so the check-in desk can be tried);
everything else is fixed by a seeded random generator, so the same day gives the same season.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventKind,
    EventStatus,
    Facilitator,
    Person,
    PersonSearchKey,
    PersonTag,
    Programme,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
    Room,
    Venue,
)
from keet_desktop.domain.search import search_key_rows
from keet_desktop.domain.services.partners import seed_demo
from keet_desktop.domain.text import email_key, fold, new_ticket_code, person_name_key
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import QT_TRANSLATE_NOOP

GIVEN = (
    "Lieve Jef Wout Hélène Ayşe Zoë Mohamed Fatima Bram Noor Lotte Pieter-Jan Sofie Kobe Elif "
    "Emre Inès Jonas Marthe Youssef Ann Koen Griet Dirk Saïda Łukasz Agnieszka François "
    "Mélanie Björn Søren Anaïs Tine Stijn Evi Rania Hamza Nele Seppe Joke Liesbeth Tom Hanne "
    "Özlem Karim Amélie Gert Ilse Rik Mustafa Yasmina Dries Annelies Véronique Bart Katrien "
    "Arne Zeynep"
).split()
# Family names with particles are written with "_" here, so that splitting keeps them whole.
FAMILY = [
    name.replace("_", " ")
    for name in (
        "Peeters Janssens Maes Claes Wouters Goossens Mertens Dubois Lefèvre Vermeulen Vercammen "
        "Heremans Bogaert Verhaegen De_Smet De_Backer De_Wilde D'Hondt Van_den_Broeck "
        "Van_der_Veken "
        "Van_Damme Van_de_Velde Vanden_Bossche De_Clercq Çelik Yılmaz Öztürk El_Amrani Benali "
        "Nowak Kowalczyk Wiśniewski Ørsted Lindqvist Dupont Cools De_Vos Van_Acker Verbeke Baert "
        "Schepens Van_Hecke De_Meyer Martens Pauwels Lambrecht Sterckx Van_Impe Vranckx"
    ).split()
]
ORGANISATIONS = (
    "Kringwinkel Denderland",
    "Repair Café Aalst",
    "Bakkerij Het Zoete Brood",
    "Circulaire Hub Dendermonde",
    "OCMW Aalst",
    "Hogeschool Odisee",
    "Stad Aalst",
    "Atelier Tweedehands",
    "Fietsherstel De Spaak vzw",
    "Textiel Opnieuw cvba",
    "Groentepakket Dender",
    "Ondernemerscentrum Aalst",
    "",
    "",
)
MUNICIPALITIES = ("Aalst", "Erpe-Mere", "Denderleeuw", "Lede", "Haaltert", "Ninove", "Dendermonde")
TAGS = ("starter", "werkzoekende", "student", "ondernemer", "nieuwkomer", "50-plus")
DESK_NOTES = ("rolstoelgebruiker", "betaalt aan de deur", "vegetarisch", "tolk Turks")

DEMO_PROGRAMME = "Acceleratieprogramma voorjaar"


class DemoNotEmptyError(errors.KeetError):
    """The demo season is only loaded into a database without events."""

    code = "demo_not_empty"
    template = QT_TRANSLATE_NOOP(
        "errors", "The database already has {events} events; the demo season needs an empty one."
    )


@dataclass(frozen=True)
class DemoCounts:
    """How much the demo season made."""

    events: int
    people: int
    registrations: int


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BRUSSELS)


def _event_specs(today: date) -> list[dict[str, Any]]:
    """Return the season's events (programme sessions first) as dictionaries."""
    tuesday = today - timedelta(days=today.weekday()) + timedelta(days=1) - timedelta(weeks=2)
    titles = (
        "Kick-off: je circulaire idee scherp",
        "Businessmodel canvas voor de kringloop",
        "Webinar: financiering en subsidies",
        "Marketing met een klein budget",
        "Juridische vorm en verzekeringen",
        "Pitchavond met de jury",
    )
    specs: list[dict[str, Any]] = []
    for number, title in enumerate(titles):
        day = tuesday + timedelta(weeks=number)
        webinar = "Webinar" in title
        specs.append(
            {
                "title": title,
                "kind": EventKind.WEBINAR if webinar else EventKind.PROGRAMME_SESSION,
                "start": _at(day, 19),
                "end": _at(day, 21, 30),
                "room": None if webinar else ("De Keet", "Werkplaats"),
                "online_url": "https://meet.dekeet.example/financiering" if webinar else "",
                "capacity": 20,
                "programme": True,
                "facilitators": ["Hilde Van Steenberghe"] if number % 2 else ["Marc Dierickx"],
                "share": 0.12,
            }
        )
    others: list[
        tuple[str, EventKind, int, int, int, tuple[str, str] | None, int | None, float]
    ] = [
        (
            "Netwerkmoment Circulair Aalst",
            EventKind.NETWORKING,
            0,
            9,
            180,
            ("De Keet", "Grote zaal"),
            150,
            0.8,
        ),
        (
            "Workshop: herstellen in plaats van weggooien",
            EventKind.WORKSHOP,
            3,
            13,
            150,
            ("De Keet", "Werkplaats"),
            25,
            0.22,
        ),
        (
            "Infosessie: starten als ondernemer",
            EventKind.INFO_SESSION,
            6,
            19,
            90,
            ("Campus Odisee Aalst", "Aula 1.04"),
            60,
            0.15,
        ),
        ("Webinar: circulaire inkoop voor kmo's", EventKind.WEBINAR, 8, 12, 60, None, None, 0.2),
        (
            "Workshop: upcycling van textiel",
            EventKind.WORKSHOP,
            10,
            9,
            180,
            ("Campus Odisee Aalst", "Lokaal 2.11"),
            16,
            0.1,
        ),
        ("Webinar: impact meten", EventKind.WEBINAR, 15, 12, 60, None, 100, 0.1),
        (
            "Netwerkavond sociale economie",
            EventKind.NETWORKING,
            -12,
            18,
            150,
            ("De Keet", "Grote zaal"),
            80,
            0.25,
        ),
        (
            "Workshop: prijszetting voor tweedehands",
            EventKind.WORKSHOP,
            24,
            13,
            120,
            ("De Keet", "Vergaderzaal"),
            12,
            0.05,
        ),
    ]
    for title, kind, offset, hour, minutes, room, capacity, share in others:
        start = _at(today + timedelta(days=offset), hour)
        specs.append(
            {
                "title": title,
                "kind": kind,
                "start": start,
                "end": start + timedelta(minutes=minutes),
                "room": room,
                "online_url": _meeting_link(title) if kind is EventKind.WEBINAR else "",
                "capacity": capacity,
                "programme": False,
                "facilitators": ["Sara Mahieu"] if kind is EventKind.WORKSHOP else [],
                "share": share,
            }
        )
    return specs


def _meeting_link(title: str) -> str:
    slug = fold(title).split(":")[-1].strip().replace(" ", "-")
    return f"https://meet.dekeet.example/{slug}"


def _places(session: Session) -> dict[tuple[str, str], int]:
    venues = {
        "De Keet": (
            "Stationsstraat 12, 9300 Aalst",
            [("Werkplaats", 30), ("Vergaderzaal", 12), ("Grote zaal", 150)],
        ),
        "Campus Odisee Aalst": (
            "Kwalestraat 154, 9320 Aalst",
            [("Aula 1.04", 60), ("Lokaal 2.11", 25)],
        ),
    }
    rooms: dict[tuple[str, str], int] = {}
    for name, (address, room_list) in venues.items():
        venue = Venue(
            name=name,
            address=address,
            notes="Rolstoeltoegankelijk via de zij-ingang",
            opens_at=time(8),
            closes_at=time(22),
        )
        session.add(venue)
        session.flush()
        for room_name, capacity in room_list:
            room = Room(venue_id=venue.id, name=room_name, capacity=capacity, accessibility="")
            session.add(room)
            session.flush()
            rooms[(name, room_name)] = room.id
    return rooms


def _people_rows(rng: random.Random, count: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    moment = utcnow()
    for number in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        local = fold(f"{given}.{family}").replace(" ", "").replace("'", "")
        email = f"{local}@example.be" if local not in seen else f"{local}{number}@example.be"
        seen.add(local)
        if rng.random() < 0.1:
            email = email.replace(local, local.capitalize())  # people type addresses as they like
        rows.append(
            {
                "given_name": given,
                "family_name": family,
                "email": email,
                "email_key": email_key(email),
                "phone": "+32 47{} {} {} {}".format(
                    rng.randint(0, 9), *(rng.randint(10, 99) for _ in range(3))
                ),
                "organisation": rng.choice(ORGANISATIONS),
                "municipality": rng.choice(MUNICIPALITIES),
                "preferred_language": "nl" if rng.random() < 0.85 else rng.choice(("fr", "en")),
                "consent_photos": rng.random() < 0.7,
                "consent_mailing": rng.random() < 0.5,
                "name_key": person_name_key(given, family),
                "created_at": moment,
                "updated_at": moment,
            }
        )
    return rows


def load_demo(
    db: Database, people: int = 150, today: date | None = None, seed: int = 2026
) -> DemoCounts:
    """Fill an empty database with De Keet's demo season.

    Args:
        db: The database; it must have no events yet.
        people: How many people; registrations scale with it (150 → about 500).
        today: The day the season is laid around (default: today in Brussels).
        seed: The random seed; the same seed and day give the same season.

    Raises:
        DemoNotEmptyError: The database already has events.
    """
    rng = random.Random(seed)
    today = today or datetime.now(BRUSSELS).date()
    with db.write() as session:
        existing = session.scalar(select(func.count()).select_from(Event)) or 0
        if existing:
            raise DemoNotEmptyError(events=existing)
        rooms = _places(session)
        programme = Programme(
            title=DEMO_PROGRAMME,
            description="Twaalf weken begeleiding voor circulaire starters.",
            cohort="Voorjaar",
            starts_on=today - timedelta(weeks=3),
            ends_on=today + timedelta(weeks=5),
        )
        session.add(programme)
        facilitators: dict[str, Facilitator] = {}
        for name, org in (
            ("Hilde Van Steenberghe", "Hogeschool Odisee"),
            ("Marc Dierickx", "Ondernemerscentrum Aalst"),
            ("Sara Mahieu", "Repair Café Aalst"),
        ):
            facilitators[name] = Facilitator(name=name, email="", phone="", organisation=org)
            session.add(facilitators[name])
        session.flush()
        events = _insert_events(session, today, rooms, programme.id, facilitators)
        people_rows = _people_rows(rng, people)
        person_ids = list(
            session.scalars(
                insert(Person).returning(Person.id, sort_by_parameter_order=True), people_rows
            )
        )
        _insert_search_keys(session, person_ids, people_rows)
        tags = [
            {"person_id": pid, "tag": tag}
            for pid in person_ids
            for tag in rng.sample(TAGS, rng.choice((0, 1, 1, 2)))
        ]
        if tags:
            session.execute(insert(PersonTag), tags)
        registrations = _insert_registrations(session, rng, events, person_ids, programme.id)
        seed_demo(session, rng, [event.id for event, _ in events])  # issue 15
    db.checkpoint()
    return DemoCounts(len(events), len(person_ids), registrations)


def _insert_search_keys(
    session: Session, person_ids: list[int], people_rows: list[dict[str, Any]]
) -> None:
    keys = [
        key
        for pid, row in zip(person_ids, people_rows, strict=True)
        for key in search_key_rows(
            pid, row["given_name"], row["family_name"], row["organisation"], row["email"]
        )
    ]
    if keys:
        session.execute(insert(PersonSearchKey), keys)


def _insert_events(
    session: Session,
    today: date,
    rooms: dict[tuple[str, str], int],
    programme_id: int,
    facilitators: dict[str, Facilitator],
) -> list[tuple[Event, float]]:
    events: list[tuple[Event, float]] = []
    for spec in _event_specs(today):
        room_id = rooms[spec["room"]] if spec["room"] else None
        room = session.get(Room, room_id) if room_id else None
        event = Event(
            title=spec["title"],
            kind=spec["kind"],
            status=EventStatus.PUBLISHED,
            starts_at=spec["start"],
            ends_at=spec["end"],
            room_id=room_id,
            venue_id=room.venue_id if room else None,
            online_url=spec["online_url"],
            capacity=spec["capacity"],
            language="nl",
            programme_id=programme_id if spec["programme"] else None,
            description="",
            logo="",
            facilitators=[facilitators[name] for name in spec["facilitators"]],
        )
        session.add(event)
        events.append((event, spec["share"]))
    session.flush()
    return events


def _insert_registrations(
    session: Session,
    rng: random.Random,
    events: list[tuple[Event, float]],
    person_ids: list[int],
    programme_id: int,
) -> int:
    cohort = person_ids[: max(1, int(len(person_ids) * 0.12))]
    total = 0
    now = utcnow()
    checkin_rows: list[dict[str, Any]] = []
    for event, share in events:
        if event.programme_id == programme_id:
            chosen = list(cohort)
        else:
            chosen = rng.sample(
                person_ids, min(len(person_ids), max(1, int(len(person_ids) * share)))
            )
        if event.capacity is not None and event.kind is EventKind.WORKSHOP and share > 0.15:
            # The popular workshop: full, with a waiting list.
            extra = min(len(person_ids) - len(chosen), 6)
            chosen += [p for p in person_ids if p not in set(chosen)][:extra]
        rows: list[dict[str, Any]] = []
        placed = 0
        order = 0
        for number, person_id in enumerate(chosen):
            registered_at = event.starts_at - timedelta(days=30) + timedelta(minutes=7 * number)
            cancelled = rng.random() < 0.04
            if cancelled:
                status = RegistrationStatus.CANCELLED
            elif event.capacity is None or placed < event.capacity:
                status = RegistrationStatus.REGISTERED
                placed += 1
            else:
                status = RegistrationStatus.WAITLISTED
                order += 1
            rows.append(
                {
                    "person_id": person_id,
                    "event_id": event.id,
                    "status": status,
                    "waitlist_order": order if status is RegistrationStatus.WAITLISTED else None,
                    "ticket_code": new_ticket_code(),
                    "role": Role.PARTICIPANT,
                    "desk_note": rng.choice(DESK_NOTES) if rng.random() < 0.03 else "",
                    "source": RegistrationSource.DEMO,
                    "registered_at": min(registered_at, now),
                    "cancelled_at": min(registered_at + timedelta(days=3), now)
                    if cancelled
                    else None,
                    "updated_at": now,
                }
            )
        ids = list(
            session.scalars(
                insert(Registration).returning(Registration.id, sort_by_parameter_order=True), rows
            )
        )
        total += len(ids)
        if event.ends_at < now:
            for reg_id, row in zip(ids, rows, strict=True):
                if row["status"] is RegistrationStatus.REGISTERED and rng.random() < 0.8:
                    checkin_rows.append(
                        {
                            "registration_id": reg_id,
                            "event_id": event.id,  # not one look-up per row (0018)
                            "checked_in_at": event.starts_at
                            - timedelta(minutes=rng.randint(0, 20)),
                            "desk": "Balie 1",
                            "operator": "",
                            "walk_in": False,
                            "capacity_override": False,
                            "undone_by": "",
                            "undo_reason": "",
                        }
                    )
    if checkin_rows:
        session.execute(insert(CheckIn), checkin_rows)
    return total
