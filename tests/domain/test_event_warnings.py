"""Warnings the event rules give before saving (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.services.events import (
    CapacityBelowRegisteredWarning,
    FarFutureWarning,
    ZeroCapacityWarning,
)
from tests.factories import event_input, future, make_event, person


def test_a_date_more_than_two_years_ahead_is_a_warning_not_a_refusal(services):
    start = future(days=2 * 365 + 3)
    data = event_input(starts_at=start, ends_at=start + timedelta(hours=2))
    assert [type(p) for p in services.events.check(data)] == [FarFutureWarning]
    saved = services.events.create(data)
    assert [type(w) for w in saved.warnings] == [FarFutureWarning]
    near = future(days=700)
    assert (
        services.events.check(event_input(starts_at=near, ends_at=near + timedelta(hours=1))) == []
    )


def test_capacity_zero_is_a_warning(services):
    assert [type(p) for p in services.events.check(event_input(capacity=0))] == [
        ZeroCapacityWarning
    ]
    assert services.events.check(event_input(capacity=None)) == []


def test_capacity_below_the_registered_says_what_happens(services):
    event_id = make_event(services, capacity=30)
    for n in range(25):
        services.registrations.register(event_id, person(f"P{n}", "Test"))
    assert services.events.capacity_warning(event_id, 25) is None
    assert services.events.capacity_warning(event_id, None) is None
    warning = services.events.capacity_warning(event_id, 10)
    assert isinstance(warning, CapacityBelowRegisteredWarning)
    assert warning.params == {"registered": 25, "capacity": 10, "excess": 15}
    # and that is what the rules do: nobody loses a place, 15 cancellations promote nobody
    services.events.set_capacity(event_id, 10)
    waiting = services.registrations.register(event_id, person("Wachter", "Lijst"))
    assert waiting.registration.status is RegistrationStatus.WAITLISTED
    rows = services.registrations.list_for_event(event_id)
    registered = [
        r.registration for r in rows if r.registration.status is RegistrationStatus.REGISTERED
    ]
    assert len(registered) == 25
    for row in registered[:15]:
        assert services.registrations.cancel(row.id).promoted == []
    assert services.registrations.cancel(registered[15].id).promoted == [waiting.registration.id]
