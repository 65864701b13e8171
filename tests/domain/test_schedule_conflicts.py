"""Conflict rules of the schedule, through the real services (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest

from keet_desktop.domain.models import EventKind, EventStatus
from keet_desktop.domain.schedule.conflicts import ConflictKind, Severity
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.programmes import ProgrammeInput
from keet_desktop.domain.services.venues import FacilitatorInput, RoomInput, VenueInput
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import translator
from tests.factories import event_input, make_event, person


def local(y: int, m: int, d: int, h: int, minute: int = 0, fold: int = 0) -> datetime:
    """A Brussels wall-clock time."""
    return datetime(y, m, d, h, minute, tzinfo=BRUSSELS, fold=fold)


def room(services: Services, capacity: int | None = 30, opens=None, closes=None) -> int:
    """A room in a venue with the given opening hours."""
    venue_id = services.venues.create_venue(
        VenueInput("De Keet", "Keetstraat 1, 9000 Gent", opens_at=opens, closes_at=closes)
    )
    return services.venues.create_room(RoomInput(venue_id, "Zaal 1", capacity=capacity))


def at(services: Services, start: datetime, hours: float = 2, **changes) -> int:
    """An event from ``start`` lasting ``hours``."""
    return make_event(services, starts_at=start, ends_at=start + timedelta(hours=hours), **changes)


def kinds(services: Services) -> list[ConflictKind]:
    """The kinds of every conflict in the schedule."""
    return [c.kind for c in services.schedule.check()]


def test_a_room_booked_twice_is_an_error_naming_both_events(services: Services) -> None:
    room_id = room(services)
    first = at(services, local(2027, 4, 6, 19), room_id=room_id, title="Pitchen")
    second = at(services, local(2027, 4, 6, 20), room_id=room_id, title="Boekhouding")
    [conflict] = services.schedule.check()
    assert conflict.kind is ConflictKind.ROOM_DOUBLE_BOOKED
    assert conflict.severity is Severity.ERROR
    assert set(conflict.events) == {first, second}
    assert "Pitchen" in conflict.message() and "Boekhouding" in conflict.message()
    assert "Zaal 1" in conflict.message()


def test_back_to_back_sessions_in_one_room_are_no_conflict(services: Services) -> None:
    room_id = room(services)
    at(services, local(2027, 4, 6, 19), room_id=room_id)
    at(services, local(2027, 4, 6, 21), room_id=room_id)
    assert services.schedule.check() == []


def test_a_cancelled_event_never_clashes(services: Services) -> None:
    room_id = room(services)
    at(services, local(2027, 4, 6, 19), room_id=room_id)
    at(services, local(2027, 4, 6, 19), room_id=room_id, status=EventStatus.CANCELLED)
    assert services.schedule.check() == []


def test_the_october_clock_change_does_not_make_an_hour_apart_clash(services: Services) -> None:
    # 31 October 2027: 02:00-03:00 happens twice. 02:15 CEST and 02:15 CET are an hour apart.
    room_id = room(services)
    at(services, local(2027, 10, 31, 2, 0), hours=0.75, room_id=room_id)
    at(services, local(2027, 10, 31, 2, 15, fold=1), hours=0.5, room_id=room_id)
    assert services.schedule.check() == []
    at(services, local(2027, 10, 31, 2, 30, fold=0), hours=0.25, room_id=room_id)
    assert kinds(services) == [ConflictKind.ROOM_DOUBLE_BOOKED]


def test_a_facilitator_in_a_room_and_a_webinar_at_once(services: Services) -> None:
    anna = services.facilitators.create(FacilitatorInput("Anna De Smet"))
    workshop = at(services, local(2027, 4, 6, 19), facilitator_ids=[anna], room_id=room(services))
    webinar = at(
        services,
        local(2027, 4, 6, 20),
        kind=EventKind.WEBINAR,
        online_url="https://meet.example.be/x",
        facilitator_ids=[anna],
        title="Webinar btw",
    )
    [conflict] = services.schedule.check()
    assert conflict.kind is ConflictKind.FACILITATOR_DOUBLE_BOOKED
    assert set(conflict.events) == {workshop, webinar}
    assert "Anna De Smet" in conflict.message()


def test_registrations_above_the_room_capacity(services: Services) -> None:
    room_id = room(services, capacity=2)
    event_id = at(services, local(2027, 4, 6, 19), room_id=room_id, capacity=None)
    for name in ("An", "Bert"):
        services.registrations.register(event_id, person(name))
    assert services.schedule.check() == []
    services.registrations.register(event_id, person("Chris"))
    [conflict] = services.schedule.check()
    assert conflict.kind is ConflictKind.OVER_ROOM_CAPACITY
    assert conflict.params["registered"] == 3


def test_outside_opening_hours_in_local_time(services: Services) -> None:
    room_id = room(services, opens=time(9), closes=time(22))
    at(services, local(2027, 4, 6, 19), hours=3, room_id=room_id)
    assert services.schedule.check() == []
    late = at(services, local(2027, 4, 7, 20), hours=2.5, room_id=room_id)
    [conflict] = services.schedule.check()
    assert (conflict.kind, conflict.events) == (ConflictKind.OUTSIDE_OPENING, (late,))


@pytest.mark.parametrize("day", [date(2027, 3, 28), date(2027, 10, 31)])
def test_opening_hours_on_the_days_the_clocks_change(services: Services, day: date) -> None:
    # 09:00-11:00 local is 07:00 or 08:00 UTC: compared in UTC it would look too early.
    room_id = room(services, opens=time(9), closes=time(17))
    at(services, local(day.year, day.month, day.day, 9), room_id=room_id)
    at(services, local(day.year, day.month, day.day, 15), room_id=room_id)
    assert ConflictKind.OUTSIDE_OPENING not in kinds(services)


def test_a_session_outside_its_programme_period(services: Services) -> None:
    programme = services.programmes.create(
        ProgrammeInput(
            "Acceleratieprogramma voorjaar", starts_on=date(2027, 3, 1), ends_on=date(2027, 5, 31)
        )
    )
    at(services, local(2027, 5, 31, 19), programme_id=programme)
    assert services.schedule.check() == []
    at(services, local(2027, 6, 1, 19), programme_id=programme)
    [conflict] = services.schedule.check()
    assert conflict.kind is ConflictKind.OUTSIDE_PROGRAMME
    assert conflict.severity is Severity.WARNING


def test_christmas_is_a_public_holiday_warning_and_11_july_is_not(services: Services) -> None:
    christmas = at(services, local(2027, 12, 25, 14))
    at(services, local(2027, 7, 11, 14))  # Flemish community day: not a public holiday
    [conflict] = services.schedule.check()
    assert (conflict.kind, conflict.events) == (ConflictKind.PUBLIC_HOLIDAY, (christmas,))
    assert conflict.severity is Severity.WARNING
    assert "Christmas" in conflict.format(None, "en")
    assert "Kerstmis" in conflict.format(None, "nl")


def test_checking_a_draft_before_saving(services: Services) -> None:
    room_id = room(services)
    saved = at(services, local(2027, 4, 6, 19), room_id=room_id)
    draft = event_input(
        starts_at=local(2027, 4, 6, 20), ends_at=local(2027, 4, 6, 22), room_id=room_id
    )
    [conflict] = services.schedule.check_event(draft)
    assert conflict.events == (saved, None)
    # The saved event itself, moved onto its own old time, clashes with nothing.
    own = event_input(
        starts_at=local(2027, 4, 6, 19), ends_at=local(2027, 4, 6, 21), room_id=room_id
    )
    assert services.schedule.check_event(own, event_id=saved) == []


def test_rescheduling_returns_the_new_conflicts(services: Services) -> None:
    room_id = room(services)
    first = at(services, local(2027, 4, 6, 19), room_id=room_id)
    second = at(services, local(2027, 4, 6, 21), room_id=room_id)
    result = services.schedule.reschedule(second, local(2027, 4, 6, 20), local(2027, 4, 6, 22))
    assert [c.events for c in result.conflicts] == [(first, second)]
    back = services.schedule.reschedule(second, local(2027, 4, 6, 21), local(2027, 4, 6, 23))
    assert back.conflicts == []
    assert services.events.get(second).starts_at == local(2027, 4, 6, 21)


def test_messages_show_dates_as_the_window_does_not_iso(services: Services) -> None:
    """di 6/04/2027 in Dutch, Tue 06/04/2027 in English (QLocale nl_BE / en_GB), never ISO."""
    dutch = translator("nl")
    room_id = room(services)
    at(services, local(2027, 4, 6, 19), room_id=room_id, title="Pitchen")
    at(services, local(2027, 4, 6, 20), 3.5, room_id=room_id, title="Boekhouding")
    [booked] = services.schedule.check()
    nl = booked.format(dutch, "nl")
    assert "di 6/04/2027 19:00 – 21:00" in nl and "di 6/04/2027 20:00 – 23:30" in nl
    assert "Tue 06/04/2027 19:00 – 21:00" in booked.message()
    programme = services.programmes.create(
        ProgrammeInput("Voorjaar", starts_on=date(2027, 3, 1), ends_on=date(2027, 3, 31))
    )
    at(services, local(2027, 12, 25, 23), 2, programme_id=programme, title="Kerstnacht")
    found = {c.kind: c for c in services.schedule.check()}
    outside = found[ConflictKind.OUTSIDE_PROGRAMME].format(dutch, "nl")
    assert "za 25/12/2027 23:00 – zo 26/12/2027 01:00" in outside  # the end's own date
    assert "ma 1/03/2027 – wo 31/03/2027" in outside
    holiday = found[ConflictKind.PUBLIC_HOLIDAY].format(dutch, "nl")
    assert "Kerstmis (za 25/12/2027)" in holiday
    for conflict in found.values():
        text = conflict.format(dutch, "nl") + conflict.format(None, "en")
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
