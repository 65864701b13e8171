"""Merging two records of one person, and windows of big lists (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from keet_desktop.domain.errors import NotFoundError
from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.services.merge import MergeSamePersonError
from keet_desktop.domain.services.paging import PersonSort, RegistrationSort
from tests.factories import make_event, person


def test_merge_moves_registrations_and_removes_the_other(services):
    first = make_event(services, title="Eerste")
    second = make_event(services, title="Tweede")
    a = services.registrations.register(first, person("Lieve", "Peeters")).person
    b = services.registrations.register(
        second, person("Lieve", "Peeters", "lieve@werk.be", phone="0470 12 34 56")
    ).person
    result = services.people.merge(a.id, b.id)
    assert result.moved == 1 and result.conflicts == []
    titles = sorted(e.title for _r, e in services.people.registrations_of(a.id))
    assert titles == ["Eerste", "Tweede"]
    assert services.people.get(a.id).phone == "0470 12 34 56"
    with pytest.raises(NotFoundError):
        services.people.get(b.id)


def test_merge_conflict_keeps_the_better_registration_and_reports_the_other(services):
    event = make_event(services, capacity=1)
    a = services.registrations.register(event, person("Jef", "Maes", "jef@a.be"))
    b = services.registrations.register(event, person("Jef", "Maes", "jef@b.be"))
    assert b.registration.status is RegistrationStatus.WAITLISTED
    result = services.people.merge(b.person.id, a.person.id)
    [conflict] = result.conflicts
    assert conflict.kept_registration_id == a.registration.id
    assert conflict.cancelled_registration_id == b.registration.id
    assert conflict.cancelled_status is RegistrationStatus.WAITLISTED
    rows = {r.registration.id: r for r in services.registrations.list_for_event(event)}
    assert rows[a.registration.id].registration.status is RegistrationStatus.REGISTERED
    assert rows[b.registration.id].registration.status is RegistrationStatus.CANCELLED
    assert {r.person.id for r in rows.values()} == {b.person.id}


def test_merge_conflict_of_two_places_frees_one_for_the_waiting_list(services):
    event = make_event(services, capacity=2)
    a = services.registrations.register(event, person("An", "Cools", "an@a.be"))
    b = services.registrations.register(event, person("An", "Cools", "an@b.be"))
    waiting = services.registrations.register(event, person("Bram", "Baert"))
    result = services.people.merge(a.person.id, b.person.id)
    assert result.promoted == [waiting.registration.id]
    assert services.registrations.counts(event).registered == 2


def test_merge_refuses_the_same_person(services):
    event = make_event(services)
    a = services.registrations.register(event, person()).person
    with pytest.raises(MergeSamePersonError):
        services.people.merge(a.id, a.id)


def test_registration_window_sorts_filters_and_numbers_the_waiting_list(services):
    event = make_event(services, capacity=2)
    names = ["Zoë", "Ann", "Koen", "Bart", "Ilse"]
    for name in names:
        services.registrations.register(event, person(name, "Test"))
    assert services.registrations.count_for_event(event) == 5
    lines = services.registrations.window_for_event(event, 0, 10)
    assert [line.status for line in lines] == [RegistrationStatus.REGISTERED] * 2 + [
        RegistrationStatus.WAITLISTED
    ] * 3
    assert [line.waitlist_position for line in lines] == [None, None, 1, 2, 3]
    by_name = services.registrations.window_for_event(event, 1, 2, sort=RegistrationSort.NAME)
    assert [line.name for line in by_name] == ["Bart Test", "Ilse Test"]
    found = services.registrations.window_for_event(event, 0, 10, text="koen")
    assert [line.name for line in found] == ["Koen Test"]
    assert found[0].waitlist_position == 1
    assert services.registrations.count_for_event(event, "koen") == 1


def test_people_window_counts_registrations(services):
    first, second = make_event(services), make_event(services, title="Ander")
    services.registrations.register(first, person("Ann", "Aerts"))
    services.registrations.register(second, person("Ann", "Aerts"))
    reg = services.registrations.register(second, person("Bob", "Baert"))
    services.registrations.cancel(reg.registration.id)
    lines = services.people.window(0, 10, sort=PersonSort.REGISTRATIONS, descending=True)
    assert [(p.full_name, p.registrations, p.active_registrations) for p in lines] == [
        ("Ann Aerts", 2, 2),
        ("Bob Baert", 1, 0),
    ]
    assert services.people.count("baert") == 1
    assert [p.full_name for p in services.people.list_people()] == ["Ann Aerts", "Bob Baert"]


def test_editor_lists(services):
    venue_id, room_id = services.events.ensure_place("Het Pakhuis", "Zaal 1")
    services.events.ensure_facilitators(["Marc"])
    [venue] = services.venues.list_venues()
    assert venue.id == venue_id and [r.id for r in venue.rooms] == [room_id]
    assert [f.name for f in services.facilitators.list_facilitators()] == ["Marc"]
