"""Finding people as you type: names, organisations, e-mails; no case, no accents."""

import pytest
from sqlalchemy import select

from keet_desktop.domain.models import PersonSearchKey
from keet_desktop.domain.search import prefix_upper, search_keys
from keet_desktop.domain.services.people import PersonInput
from tests.checkin_helpers import event_today, register


def names(hits):
    return [hit.name for hit in hits]


@pytest.fixture
def people(services):
    event = event_today(services)
    register(services, event, "Lieve", "Van den Broeck", organisation="Repair Café Aalst")
    register(services, event, "Hélène", "Dubois", email="helene.d@example.be")
    register(services, event, "Jef", "Van Damme", organisation="Kringwinkel Denderland")
    services.people.create(PersonInput("Bram", "Van den Bossche", "bram@example.be"))
    return event


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("van den br", ["Lieve Van den Broeck"]),
        ("VAN DEN BR", ["Lieve Van den Broeck"]),
        ("broeck", ["Lieve Van den Broeck"]),
        ("helene", ["Hélène Dubois"]),
        ("Hélè", ["Hélène Dubois"]),
        ("lieve van", ["Lieve Van den Broeck"]),
        ("repair", ["Lieve Van den Broeck"]),
        ("kringwinkel d", ["Jef Van Damme"]),
        ("helene.d@", ["Hélène Dubois"]),
        ("zzz", []),
        ("   ", []),
    ],
)
def test_search_at_an_event_finds_its_registered_people(services, people, typed, expected):
    assert names(services.search.search(typed, people)) == expected


def test_search_at_an_event_gives_the_registration_and_whether_checked_in(services, people):
    [hit] = services.search.search("van den br", people)
    services.checkin.check_in_registration(hit.registration_id, people, "B")
    [again] = services.search.search("van den br", people)
    assert (again.registration_id, again.status, again.checked_in) == (
        hit.registration_id,
        "registered",
        True,
    )


def test_search_without_an_event_finds_everyone(services, people):
    assert names(services.search.search("van den b")) == [
        "Bram Van den Bossche",
        "Lieve Van den Broeck",
    ]


def test_changing_a_person_changes_their_keys(services, people):
    [hit] = services.search.search("van den br", people)
    person = services.people.get(hit.person_id)
    services.people.update(person.id, PersonInput("Lieve", "Verhaegen", person.email))
    assert services.search.search("van den br", people) == []
    assert names(services.search.search("verha", people)) == ["Lieve Verhaegen"]
    with services.db.read() as session:
        keys = session.scalars(
            select(PersonSearchKey.key).where(PersonSearchKey.person_id == person.id)
        )
        assert sorted(keys) == sorted(search_keys("Lieve", "Verhaegen", "", person.email))


def test_keys_and_prefix_bounds():
    assert search_keys("Hélène", "Van den Broeck", "", None) == [
        "helene van den broeck",
        "van den broeck helene",
        "den broeck helene",
        "broeck helene",
    ]
    assert prefix_upper("van") == "vao"
    assert prefix_upper("van den br") > "van den broeck"


@pytest.mark.parametrize("typed", ["van", "van den b", "dubois", "kringwinkel", "zzz"])
def test_both_plans_find_the_same_people(services, people, monkeypatch, typed):
    from keet_desktop.domain import search

    small = services.search.search(typed, people)  # a small event: event first
    monkeypatch.setattr(search, "SMALL_EVENT", -1)  # as if it were large: keys first
    services.search._sizes.clear()
    large = services.search.search(typed, people)
    assert large == small
    assert "Bram Van den Bossche" not in names(small)  # not registered at this event
