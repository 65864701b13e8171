"""The funder report: each odd case counted as the legend says, every figure recomputed."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventKind,
    EventStatus,
    Municipality,
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
from keet_desktop.domain.privacy.models import ConsentSource, PersonConsent, Purpose
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.partners import DEFAULT_REGION, PostcodeError
from keet_desktop.domain.services.reports import PeriodError, suppress
from keet_desktop.domain.text import fold, new_ticket_code
from keet_desktop.domain.timeutil import BRUSSELS
from tests.report_season import generate_season


def _at(day: date, hour: int, minutes: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minutes, tzinfo=BRUSSELS)


def _event(session, title, kind, start, hours, *, status=EventStatus.PUBLISHED, programme=None):
    event = Event(
        title=title,
        kind=kind,
        status=status,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        programme_id=programme,
    )
    session.add(event)
    session.flush()
    return event.id


def _person(session, name, *, postcode="", municipality="", organisation=""):
    person = Person(
        given_name=name,
        family_name="Test",
        email=f"{name}@example.be",
        email_key=f"{name}@example.be",
        postcode=postcode,
        municipality=municipality,
        organisation=organisation,
    )
    session.add(person)
    session.flush()
    return person.id


def _register(session, person, event, status=RegistrationStatus.REGISTERED, **extra):
    registration = Registration(
        person_id=person,
        event_id=event,
        status=status,
        ticket_code=new_ticket_code(),
        **extra,
    )
    session.add(registration)
    session.flush()
    return registration.id


def _check_in(session, registration, *, undone=False, walk_in=False, minutes=None):
    event_id = session.get(Registration, registration).event_id  # just added: no query
    session.add(
        CheckIn(
            registration_id=registration,
            event_id=event_id,
            checked_in_at=datetime(2026, 2, 1, tzinfo=UTC),
            desk="online" if minutes is not None else "Balie 1",
            walk_in=walk_in,
            minutes_online=minutes,
            undone_at=datetime(2026, 2, 1, 0, 5, tzinfo=UTC) if undone else None,
        )
    )


def _consent(session, person, granted):
    session.add(
        PersonConsent(
            person_id=person,
            purpose=Purpose.FUNDER.value,
            granted=granted,
            source=ConsentSource.FORM.value,
            recorded_at=datetime(2026, 1, 5, tzinfo=UTC),
        )
    )
    session.flush()


def _build_case(db: Database) -> dict[str, int]:
    """The small season of the legend: one of each odd case."""
    with db.write() as session:
        programme = Programme(title="Traject")
        session.add(programme)
        session.flush()
        a = Partner(name="OCMW Aalst", active=True)
        b = Partner(name="Hogeschool Odisee", active=True)
        session.add_all([a, b])
        session.flush()
        before = _event(session, "Vorig jaar", EventKind.WORKSHOP, _at(date(2025, 12, 1), 10), 2)
        e1 = _event(session, "Workshop", EventKind.WORKSHOP, _at(date(2026, 2, 10), 10), 2)
        e2 = _event(session, "Webinar", EventKind.WEBINAR, _at(date(2026, 2, 20), 12), 1)
        e3 = _event(
            session,
            "Afgelast",
            EventKind.NETWORKING,
            _at(date(2026, 3, 1), 18),
            2,
            status=EventStatus.CANCELLED,
        )
        e4 = _event(
            session,
            "Sessie",
            EventKind.PROGRAMME_SESSION,
            _at(date(2026, 3, 5), 19),
            2.5,
            programme=programme.id,
        )
        session.execute(
            event_partners.insert(),
            [
                {"event_id": e1, "partner_id": a.id},
                {"event_id": e2, "partner_id": a.id},
                {"event_id": e2, "partner_id": b.id},
            ],
        )
        p1 = _person(session, "returning", postcode="9300", organisation="Stad Aalst")
        p2 = _person(session, "undone", municipality="Lede")
        p3 = _person(session, "waiting", postcode="9400")
        p4 = _person(session, "walkin", municipality="ninove", organisation="stad aalst ")
        p5 = _person(session, "online", postcode="1000", organisation="Kringwinkel")
        p6 = _person(session, "forgotten", postcode="9470", organisation="Geheim")
        _check_in(session, _register(session, p1, before))
        _check_in(session, _register(session, p1, e1))
        _check_in(session, _register(session, p2, e1), undone=True)
        _register(session, p3, e1, RegistrationStatus.WAITLISTED, waitlist_order=1)
        _register(session, p3, e2, RegistrationStatus.CANCELLED)
        walk = _register(session, p4, e1, source=RegistrationSource.WALK_IN)
        _check_in(session, walk, walk_in=True)
        _check_in(session, _register(session, p5, e2), minutes=45)
        _register(session, p6, e2)
        _check_in(session, _register(session, p1, e3))
        _check_in(session, _register(session, p6, e4))
        facilitator = _person(session, "facilitator")
        _check_in(session, _register(session, facilitator, e4, role=Role.FACILITATOR))
        for person in (p1, p4, p5):
            session.add(
                PersonCharacteristic(
                    person_id=person, name="Doelgroep", value="starter", funder_consent=True
                )
            )
            _consent(session, person, True)  # issue 13: the person's consent to share
        session.add(
            PersonCharacteristic(
                person_id=p2, name="Doelgroep", value="starter", funder_consent=False
            )
        )
        _consent(session, p2, True)  # consents, but this characteristic is not to be shared
        # Forgotten: the person's fields are blanked; the registrations stay.
        session.execute(
            update(Person)
            .where(Person.id == p6)
            .values(
                given_name="",
                family_name="",
                email=None,
                email_key=None,
                organisation="",
                postcode="",
                municipality="",
            )
        )
    return {"programme": programme.id, "p6": p6}


def test_each_odd_case_counts_as_the_legend_says(services: Services) -> None:
    _build_case(services.db)
    report = services.reports.funder_report(date(2026, 1, 1), date(2026, 3, 31)).as_json()
    assert report["activities"] == {"held": 3, "cancelled": 1, "hours": 5.5}
    # workshop: returning + undone + walk-in; webinar: online + forgotten; session: forgotten
    assert report["registrations"] == 6
    assert report["waitlisted"] == 1
    assert report["cancelled_registrations"] == 1
    assert report["attendances"] == 4  # returning, walk-in, online, forgotten (not the undone)
    assert (report["walk_ins"], report["online"]) == (1, 1)
    assert report["no_shows"] == 2  # the undone check-in and the forgotten person's webinar
    assert report["people_registered"] == 5
    assert report["unique_people"] == 4
    assert (report["first_timers"], report["returning"]) == (3, 1)
    assert report["organisations"] == 2  # "Stad Aalst" = "stad aalst ", Kringwinkel
    assert report["by_municipality"]["Aalst"] == 1
    assert report["by_municipality"]["Ninove"] == 1  # typed municipality, other case
    assert report["by_municipality"]["elsewhere"] == 1  # postcode 1000
    assert report["by_municipality"]["unknown"] == 1  # the forgotten person
    assert sum(report["by_municipality"].values()) == report["unique_people"]
    assert report["hours"] == {"activities": 5.5, "participants": 7.25, "programme_guidance": 2.5}
    assert report["by_kind"]["workshop"] == {
        "activities": 1,
        "registrations": 3,
        "attendances": 2,
        "no_shows": 1,
        "hours": 2.0,
    }
    assert report["by_kind"]["networking"]["activities"] == 0
    assert report["by_partner"]["OCMW Aalst"]["activities"] == 2
    assert report["by_partner"]["Hogeschool Odisee"] == {
        "activities": 1,
        "registrations": 2,
        "attendances": 1,
        "no_shows": 1,
        "hours": 1.0,
    }
    assert report["attendance_by_month"] == {"2026-01": 0, "2026-02": 3, "2026-03": 1}
    # Three consenting attendees: shown, but only as "< 5"; the one without consent is left out.
    assert report["characteristics"] == {"Doelgroep": {"starter": "< 5"}}


def test_characteristics_count_only_with_the_persons_funder_consent(services: Services) -> None:
    """The funder consent of issue 13 decides, with the characteristic marked to be shared."""
    with services.db.write() as session:
        event = _event(session, "Workshop", EventKind.WORKSHOP, _at(date(2026, 2, 10), 10), 2)
        people = [_person(session, f"p{n}") for n in range(9)]
        for n, person in enumerate(people):
            _check_in(session, _register(session, person, event))
            session.add(
                PersonCharacteristic(
                    person_id=person, name="Doelgroep", value="starter", funder_consent=n != 7
                )
            )
            if n < 8:  # p8 has only the old mark, no consent: not counted
                _consent(session, person, True)
    consents = services.privacy

    def starters() -> object:
        report = services.reports.funder_report(date(2026, 2, 1), date(2026, 2, 28)).as_json()
        return report["characteristics"].get("Doelgroep", {}).get("starter")

    assert starters() == 7  # p0-p6; not p7 (not to be shared), not p8 (no consent)
    consents.set_consents(people[6], {Purpose.FUNDER: False}, ConsentSource.PHONE)
    consents.set_consents(people[5], {Purpose.FUNDER: False}, ConsentSource.DESK)
    assert starters() == 5  # a withdrawal counts at once
    consents.set_consents(people[4], {Purpose.FUNDER: False}, ConsentSource.FORM)
    assert starters() == "< 5"
    consents.set_consents(people[4], {Purpose.FUNDER: True}, ConsentSource.FORM)
    assert starters() == 5  # given again: the newest record holds
    assert services.privacy.people_with_consent("funder") == sorted([*people[:5], people[7]])
    details = services.partners.funder_details(people[6])
    assert details.characteristics == [("Doelgroep", "starter", True)]  # the mark, as stored
    assert details.shared == [("Doelgroep", "starter", False)]  # withdrawn: not counted
    assert not details.funder_consent and details.funder_consent_at is not None
    assert services.partners.funder_details(people[8]).funder_consent_at is None  # never asked


def test_a_mark_set_after_a_withdrawal_keeps_the_withdrawal(services: Services) -> None:
    """Saving a marked characteristic never gives back a consent the person withdrew."""
    with services.db.write() as session:
        person = _person(session, "teruggetrokken")
    services.partners.set_characteristic(person, "Doelgroep", "starter", funder_consent=True)
    services.privacy.set_consents(person, {Purpose.FUNDER: False}, ConsentSource.PHONE)
    services.partners.set_characteristic(person, "Doelgroep", "starter", funder_consent=True)
    services.partners.set_characteristic(person, "Leeftijd", "50-plus", funder_consent=True)
    held, history = services.privacy.consents(person)
    assert held[Purpose.FUNDER] is False
    assert [c.granted for c in history if c.purpose is Purpose.FUNDER] == [True, False]
    details = services.partners.funder_details(person)
    assert details.characteristics == [
        ("Doelgroep", "starter", True),
        ("Leeftijd", "50-plus", True),
    ]
    assert not any(shared for _n, _v, shared in details.shared)


def test_marking_a_characteristic_shareable_records_the_consent(services: Services) -> None:
    with services.db.write() as session:
        person = _person(session, "nieuw")
    services.partners.set_characteristic(person, "Doelgroep", "starter", funder_consent=False)
    assert services.privacy.consents(person)[0][Purpose.FUNDER] is False
    services.partners.set_characteristic(person, "Doelgroep", "starter", funder_consent=True)
    held, history = services.privacy.consents(person)
    assert held[Purpose.FUNDER] is True
    assert [(c.purpose, c.granted, c.source) for c in history] == [
        (Purpose.FUNDER, True, ConsentSource.FORM)
    ]
    assert services.partners.funder_details(person).characteristics == [
        ("Doelgroep", "starter", True)
    ]
    services.partners.set_characteristic(person, "Doelgroep", "student", funder_consent=False)
    assert services.privacy.consents(person)[0][Purpose.FUNDER] is True  # never withdrawn here


def test_small_groups_are_suppressed_and_periods_checked(services: Services) -> None:
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == [0, "< 5", "< 5", 5, 12]
    with pytest.raises(PeriodError):
        services.reports.funder_report(date(2026, 2, 1), date(2026, 1, 1))


def test_region_places_people_by_postcode_then_name(services: Services) -> None:
    region = services.partners.region()
    assert len(region.names) == 8
    assert region.place("9320", "Gent") == "Aalst"  # the postcode decides
    assert region.place("", "SINT-LIEVENS-HOUTEM") == "Sint-Lievens-Houtem"
    assert region.place("9000", "") == "elsewhere"
    assert region.place("", "Dendermonde") == "elsewhere"
    assert region.place("", "") == "unknown"
    with services.db.write() as session:
        person = _person(session, "postcode")
    assert services.partners.set_postcode(person, "9552") == "Herzele"
    with services.db.read() as session:
        assert session.get(Person, person).municipality == "Herzele"
    with pytest.raises(PostcodeError):
        services.partners.set_postcode(person, "93OO")


def _recompute(db: Database, first: date, last: date) -> dict[str, object]:
    """Every figure again, the slow obvious way, from the raw rows."""
    start = datetime(first.year, first.month, first.day, tzinfo=BRUSSELS)
    end = datetime(last.year, last.month, last.day, tzinfo=BRUSSELS) + timedelta(days=1)
    now = datetime.now(UTC)
    with db.read() as s:
        events = list(s.scalars(select(Event)))
        registrations = list(s.scalars(select(Registration)))
        checkins = list(s.scalars(select(CheckIn)))
        people = {p.id: p for p in s.scalars(select(Person))}
        rows = [(m.name, m.postcodes) for m in s.scalars(select(Municipality))]
        region = {name: codes.split() for name, codes in rows or DEFAULT_REGION}
        partners = {p.id: p.name for p in s.scalars(select(Partner))}
        links = s.execute(select(event_partners)).all()
        traits = list(s.scalars(select(PersonCharacteristic)))
        funder = {}  # the newest consent per person holds (issue 13)
        for c in s.scalars(select(PersonConsent).order_by(PersonConsent.id)):
            if c.purpose == "funder":
                funder[c.person_id] = c.granted and people[c.person_id].forgotten_at is None
    standing = {c.registration_id: c for c in checkins if c.undone_at is None}
    in_period = [e for e in events if start <= e.starts_at < end]
    held = {e.id: e for e in in_period if e.status is EventStatus.PUBLISHED}
    mine = [r for r in registrations if r.event_id in held and r.role is Role.PARTICIPANT]
    confirmed = [r for r in mine if r.status is RegistrationStatus.REGISTERED]
    came = [r for r in confirmed if r.id in standing]
    attendees = {r.person_id for r in came}
    earlier = {
        r.person_id
        for r in registrations
        if r.id in standing
        and r.role is Role.PARTICIPANT
        and any(
            e.id == r.event_id and e.starts_at < start and e.status is EventStatus.PUBLISHED
            for e in events
        )
    }

    def hours(r: Registration) -> float:
        e, c = held[r.event_id], standing[r.id]
        if c.minutes_online is not None:
            return c.minutes_online / 60
        return (e.ends_at - e.starts_at).total_seconds() / 3600

    def place(p: Person) -> str:
        if p.postcode:
            return next((n for n, codes in region.items() if p.postcode in codes), "elsewhere")
        if not p.municipality.strip():
            return "unknown"
        return next((n for n in region if fold(n) == fold(p.municipality)), "elsewhere")

    by_partner: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for event_id, partner_id in links:
        if event_id in held:
            name = partners[partner_id]
            by_partner[name]["activities"] += 1
            by_partner[name]["attendances"] += sum(1 for r in came if r.event_id == event_id)
    consenting = Counter(
        (t.name, t.value)
        for t in traits
        if t.funder_consent and funder.get(t.person_id, False) and t.person_id in attendees
    )
    return {
        "activities": len(held),
        "cancelled": sum(1 for e in in_period if e.status is EventStatus.CANCELLED),
        "registrations": len(confirmed),
        "waitlisted": sum(1 for r in mine if r.status is RegistrationStatus.WAITLISTED),
        "attendances": len(came),
        "walk_ins": sum(1 for r in came if standing[r.id].walk_in),
        "online": sum(1 for r in came if standing[r.id].minutes_online is not None),
        "no_shows": sum(
            1 for r in confirmed if r.id not in standing and held[r.event_id].ends_at <= now
        ),
        "unique_people": len(attendees),
        "returning": len(attendees & earlier),
        "organisations": len({fold(people[p].organisation) for p in attendees} - {""}),
        "by_municipality": Counter(place(people[p]) for p in attendees),
        "participant_hours": round(sum(hours(r) for r in came), 2),
        "programme_hours": round(
            sum(hours(r) for r in came if held[r.event_id].programme_id is not None), 2
        ),
        "by_kind": Counter(e.kind.value for e in held.values()),
        "by_partner": {k: dict(v) for k, v in by_partner.items()},
        "characteristics": {k: suppress(n) for k, n in consenting.items()},
    }


def test_every_figure_adds_up_on_a_generated_season(services: Services) -> None:
    season = generate_season(services.db, events=60, people=300, registrations=1800)
    first, last = date(2024, 3, 1), date(2025, 6, 30)
    got = services.reports.funder_report(first, last).as_json()
    want = _recompute(services.db, first, last)
    assert got["activities"]["held"] == want["activities"]
    assert got["activities"]["cancelled"] == want["cancelled"] > 0
    for key in (
        "registrations",
        "waitlisted",
        "attendances",
        "walk_ins",
        "online",
        "no_shows",
        "unique_people",
        "returning",
        "organisations",
    ):
        assert got[key] == want[key], key
    assert got["first_timers"] == want["unique_people"] - want["returning"]
    assert min(want["waitlisted"], want["walk_ins"], want["online"], want["returning"]) > 0
    assert {k: v for k, v in got["by_municipality"].items() if v} == dict(want["by_municipality"])
    assert want["by_municipality"]["unknown"] > 0  # forgotten people attended
    assert got["hours"]["participants"] == pytest.approx(want["participant_hours"], abs=0.02)
    assert got["hours"]["programme_guidance"] == pytest.approx(want["programme_hours"], abs=0.02)
    assert {k: v["activities"] for k, v in got["by_kind"].items() if v["activities"]} == dict(
        want["by_kind"]
    )
    assert {
        k: {"activities": v["activities"], "attendances": v["attendances"]}
        for k, v in got["by_partner"].items()
    } == want["by_partner"]
    assert {
        (name, value): n
        for name, values in got["characteristics"].items()
        for value, n in values.items()
    } == want["characteristics"]
    assert "< 5" in str(got["characteristics"]) and any(
        isinstance(n, int) and n >= 5 for n in want["characteristics"].values()
    )
    assert sum(got["attendance_by_month"].values()) == want["attendances"]
    assert season.registrations == 1800
