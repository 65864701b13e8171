from datetime import UTC, timedelta

import pytest

from keet_desktop.domain import errors
from keet_desktop.domain.models import EventKind, EventStatus, RegistrationStatus
from keet_desktop.domain.services.events import Period, RoomCapacityWarning, StartsInPastWarning
from tests.factories import event_input, future, make_event, person


def test_create_stores_utc_and_returns_aware_times(services):
    start = future(hour=19)
    event = services.events.create(event_input(starts_at=start, ends_at=start + timedelta(hours=2)))
    loaded = services.events.get(event.event.id)
    assert loaded.starts_at == start
    assert loaded.starts_at.tzinfo is not None
    assert loaded.starts_at.utcoffset() == timedelta(0)
    assert loaded.starts_at.astimezone(UTC) == start.astimezone(UTC)


@pytest.mark.parametrize(
    ("changes", "error", "field"),
    [
        ({"title": "  "}, errors.RequiredError, "title"),
        ({"capacity": -1}, errors.NegativeCapacityError, "capacity"),
        (
            {"kind": EventKind.WEBINAR, "online_url": ""},
            errors.OnlineLinkRequiredError,
            "online_url",
        ),
        ({"online_url": "meet.example"}, errors.InvalidUrlError, "online_url"),
    ],
)
def test_invalid_events_are_refused_with_the_field(services, changes, error, field):
    with pytest.raises(error) as caught:
        services.events.create(event_input(**changes))
    assert caught.value.field == field
    assert services.events.list_events() == []


def test_end_before_start_is_refused(services):
    data = event_input()
    data.ends_at = data.starts_at - timedelta(minutes=1)
    with pytest.raises(errors.EndBeforeStartError) as caught:
        services.events.create(data)
    assert caught.value.field == "ends_at"


def test_check_reports_every_problem_at_once(services):
    data = event_input(title="", capacity=-3)
    data.ends_at = data.starts_at
    codes = {p.code for p in services.events.check(data)}
    assert {"required", "end_before_start", "negative_capacity"} <= codes


def test_room_capacity_and_past_dates_are_warnings(services):
    venue_id, room_id = services.events.ensure_place("De Keet", "Vergaderzaal")
    with services.db.write() as session:
        from keet_desktop.domain.models import Room

        session.get(Room, room_id).capacity = 12
    data = event_input(room_id=room_id, capacity=30)
    data.starts_at = data.starts_at - timedelta(days=30)
    data.ends_at = data.starts_at + timedelta(hours=1)
    result = services.events.create(data)
    assert {type(w) for w in result.warnings} == {RoomCapacityWarning, StartsInPastWarning}
    assert result.event.venue_id == venue_id


def test_cancelling_an_event_keeps_its_registrations(services):
    event = make_event(services)
    services.registrations.register(event, person())
    cancelled = services.events.cancel(event)
    assert cancelled.status is EventStatus.CANCELLED
    rows = services.registrations.list_for_event(event)
    assert [r.registration.status for r in rows] == [RegistrationStatus.REGISTERED]


def test_the_title_filter_takes_wildcards_literally(services):
    for title in ("100% circulair", "Repair_café", "Kaai\\Noord", "Open atelier"):
        make_event(services, title=title)

    def titles(text):
        return sorted(e.title for e in services.events.list_events(text=text))

    assert titles("%") == ["100% circulair"]
    assert titles("_") == ["Repair_café"]
    assert titles("r_c") == ["Repair_café"]
    assert titles("\\") == ["Kaai\\Noord"]
    assert titles("0%") == ["100% circulair"]
    assert titles("e%a") == []
    assert titles("open") == ["Open atelier"]


def test_list_filters_and_counts(services):
    past = event_input(title="Terugblik")
    past.starts_at -= timedelta(days=30)
    past.ends_at -= timedelta(days=30)
    services.events.create(past)
    upcoming = make_event(
        services,
        title="Webinar impact",
        kind=EventKind.WEBINAR,
        online_url="https://meet.example/x",
        capacity=1,
    )
    services.registrations.register(upcoming, person("Ann"))
    services.registrations.register(upcoming, person("Bram"))
    assert [e.title for e in services.events.list_events(Period.UPCOMING)] == ["Webinar impact"]
    assert [e.title for e in services.events.list_events(Period.PAST)] == ["Terugblik"]
    assert [e.title for e in services.events.list_events(kind=EventKind.WEBINAR)] == [
        "Webinar impact"
    ]
    assert [e.title for e in services.events.list_events(text="terug")] == ["Terugblik"]
    assert [e.title for e in services.events.list_events(text=" TERUG ")] == ["Terugblik"]
    summary = services.events.summary(upcoming)
    assert (summary.registered, summary.waitlisted, summary.capacity) == (1, 1, 1)


def test_update_changes_fields_and_facilitators(services):
    ids = services.events.ensure_facilitators(["Sara Mahieu", "Marc Dierickx", "Sara Mahieu"])
    assert ids[0] == ids[2]
    event = services.events.create(event_input(facilitator_ids=ids[:1])).event.id
    data = event_input(title="Nieuwe titel", facilitator_ids=ids[1:2])
    updated = services.events.update(event, data).event
    assert updated.title == "Nieuwe titel"
    assert [f.name for f in updated.facilitators] == ["Marc Dierickx"]


def test_unknown_event(services):
    with pytest.raises(errors.NotFoundError):
        services.events.get(42)
