"""A desk's search is restricted to its event's people, small event or big, in key order."""

import pytest

from keet_desktop.domain import search
from keet_desktop.domain.services.people import PersonInput
from tests.checkin_helpers import event_today, register


@pytest.fixture
def crowd(services):
    """Twenty people called Jan elsewhere; at the event a Jan, a Jana and a cancelled Janne."""
    elsewhere = event_today(services, title="Elders", capacity=None)
    for n in range(20):
        register(services, elsewhere, "Jan", f"Anders{n:02d}")
    services.people.create(PersonInput("Jan", "Nergens", "jan.nergens@example.be"))
    event = event_today(services, capacity=None)
    register(services, event, "Jana", "Zeeman")
    register(services, event, "Jan", "Peeters")
    cancelled, _code = register(services, event, "Janne", "Weg")
    services.registrations.cancel(cancelled)
    return event


def _names(hits):
    return [hit.name for hit in hits]


def test_a_small_event_finds_only_its_own_people(services, crowd):
    hits = services.search.search("jan", crowd)
    assert _names(hits) == ["Jan Peeters", "Jana Zeeman"]  # key order; cancelled left out
    assert all(hit.registration_id is not None and hit.status == "registered" for hit in hits)


def test_a_big_event_is_searched_from_the_keys_and_finds_the_same(services, crowd, monkeypatch):
    monkeypatch.setattr(search, "SMALL_EVENT", 0)  # this event counts as big
    assert _names(services.search.search("jan", crowd)) == ["Jan Peeters", "Jana Zeeman"]
    assert _names(services.search.search("jan", crowd, limit=1)) == ["Jan Peeters"]


def test_without_an_event_everyone_is_found_with_no_registration(services, crowd):
    hits = services.search.search("jan n", None)
    assert _names(hits) == ["Jan Nergens"]
    assert hits[0].registration_id is None and hits[0].status == ""
