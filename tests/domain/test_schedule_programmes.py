"""Repeating series, programme registration, attendance matrix and the .ics export."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest

from keet_desktop.domain.models import EventKind, RegistrationStatus
from keet_desktop.domain.schedule import ics
from keet_desktop.domain.schedule.recurrence import InvalidSeriesError, Series, occurrences
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.programmes import ProgrammeInput
from keet_desktop.domain.services.venues import FacilitatorInput, RoomInput, VenueInput
from keet_desktop.domain.timeutil import BRUSSELS
from tests.factories import check_in, event_input, person

SPRING = Series(
    first_day=date(2027, 3, 16),  # a Tuesday; the clocks go forward on 28 March
    start=time(19),
    end=time(21, 30),
    count=6,
    skip=frozenset({date(2027, 3, 30)}),
)


def test_a_weekly_series_keeps_its_wall_clock_time_across_the_clock_change() -> None:
    sessions = occurrences(SPRING)
    local = [start.astimezone(BRUSSELS) for start, _ in sessions]
    assert [d.date() for d in local] == [
        date(2027, 3, 16),
        date(2027, 3, 23),
        date(2027, 4, 6),
        date(2027, 4, 13),
        date(2027, 4, 20),
        date(2027, 4, 27),
    ]
    assert {(d.hour, d.minute) for d in local} == {(19, 0)}
    assert [s.astimezone(UTC).hour for s, _ in sessions[:3]] == [18, 18, 17]
    assert all(end - start == timedelta(hours=2, minutes=30) for start, end in sessions)


def test_a_series_over_the_october_change_and_past_midnight() -> None:
    series = Series(date(2027, 10, 26), time(22), time(1), count=2)
    (s1, e1), (s2, e2) = occurrences(series)
    assert e1 - s1 == timedelta(hours=3)
    assert s2.astimezone(BRUSSELS).hour == 22 and s2.astimezone(UTC).hour == 21


def test_a_series_without_sessions_is_refused() -> None:
    with pytest.raises(InvalidSeriesError):
        occurrences(Series(date(2027, 3, 16), time(19), time(21), count=0))


def _programme(services: Services, capacity: int | None = 25) -> tuple[int, list[int]]:
    programme_id = services.programmes.create(
        ProgrammeInput("Acceleratieprogramma voorjaar", cohort="Voorjaar 2027")
    )
    template = event_input(title="Sessie", kind=EventKind.PROGRAMME_SESSION, capacity=capacity)
    return programme_id, services.programmes.add_series(programme_id, template, SPRING)


def test_creating_a_series_in_a_programme(services: Services) -> None:
    programme_id, ids = _programme(services)
    programme = services.programmes.get(programme_id)
    assert [e.id for e in programme.events] == ids
    assert programme.events[2].starts_at.astimezone(BRUSSELS) == datetime(
        2027, 4, 6, 19, tzinfo=BRUSSELS
    )


def test_registering_for_a_programme_registers_for_every_session(services: Services) -> None:
    programme_id, ids = _programme(services, capacity=1)
    services.registrations.register(ids[0], person("Eerste", "Persoon"))
    result = services.programmes.register(programme_id, person("Ayşe", "Yılmaz"))
    statuses = [place.status for place in result.sessions]
    assert statuses[0] is RegistrationStatus.WAITLISTED
    assert statuses[1:] == [RegistrationStatus.REGISTERED] * 5
    again = services.programmes.register(programme_id, result.person_id)
    assert all(place.already for place in again.sessions)


def test_the_attendance_matrix_shows_who_came_to_which_session(services: Services) -> None:
    programme_id, ids = _programme(services)
    ayse = services.programmes.register(programme_id, person("Ayşe", "Yılmaz"))
    bram = services.programmes.register(programme_id, person("Bram", "Aerts"))
    came = [ayse.sessions[0], ayse.sessions[2], bram.sessions[0]]
    with services.db.write() as session:
        for place in came:
            check_in(session, place.registration_id, place.event_id, desk="Balie 1")
    matrix = services.programmes.attendance(programme_id)
    assert [s[0] for s in matrix.sessions] == ids
    assert [row.name for row in matrix.rows] == ["Bram Aerts", "Ayşe Yılmaz"]
    assert matrix.rows[1].cells == [True, False, True, False, False, False]
    assert matrix.rows[0].attended == 1


def test_a_facilitator_made_from_a_person_is_registered_with_that_role(services: Services) -> None:
    person_id = services.people.create(person("Sofie", "Maes")).id
    facilitator_id = services.facilitators.from_person(person_id)
    assert services.facilitators.from_person(person_id) == facilitator_id
    event_id = services.events.create(event_input(facilitator_ids=[facilitator_id])).event.id
    [registration_id] = services.facilitators.register_for_events(facilitator_id)
    row = services.registrations.get(registration_id)
    assert (row.registration.event_id, row.registration.role.value) == (event_id, "facilitator")
    assert services.facilitators.register_for_events(facilitator_id) == []


def _exported(services: Services, event_id: int) -> icalendar.Calendar:
    data = ics.calendar([services.events.get(event_id)], "Keet")
    return icalendar.Calendar.from_ical(data)


def test_ics_has_a_stable_uid_tzid_times_a_vtimezone_and_the_place(services: Services) -> None:
    venue_id = services.venues.create_venue(VenueInput("De Keet", "Keetstraat 1, 9000 Gent"))
    room_id = services.venues.create_room(RoomInput(venue_id, "Zaal 1", 30))
    anna = services.facilitators.create(FacilitatorInput("Anna De Smet"))
    start = datetime(2027, 4, 6, 19, tzinfo=BRUSSELS)
    data = event_input(starts_at=start, ends_at=start + timedelta(hours=2), room_id=room_id)
    data.facilitator_ids = [anna]
    event_id = services.events.create(data).event.id
    first = _exported(services, event_id)
    [timezone] = first.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Brussels"
    [vevent] = first.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert vevent.decoded("DTSTART") == start
    assert str(vevent["LOCATION"]) == "Zaal 1, De Keet, Keetstraat 1, 9000 Gent"
    assert "Anna De Smet" in str(vevent["DESCRIPTION"])

    services.schedule.reschedule(event_id, start + timedelta(hours=1), start + timedelta(hours=3))
    [moved] = _exported(services, event_id).walk("VEVENT")
    assert str(moved["UID"]) == str(vevent["UID"]) == f"event-{event_id}@keet-desktop.local"
    assert int(moved["SEQUENCE"]) >= int(vevent["SEQUENCE"])
    assert moved.decoded("DTSTART") == start + timedelta(hours=1)


def test_ics_of_a_webinar_gives_the_online_link_as_location(services: Services) -> None:
    data = event_input(kind=EventKind.WEBINAR, online_url="https://meet.example.be/abc")
    [vevent] = _exported(services, services.events.create(data).event.id).walk("VEVENT")
    assert str(vevent["LOCATION"]) == "https://meet.example.be/abc"
