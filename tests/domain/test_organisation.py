"""The organisation's own settings: first run, later changes, logo checks."""

import pytest

from keet_desktop.domain import errors
from keet_desktop.domain.services.organisation import (
    FirstVenue,
    InvalidLogoError,
    LogoTooBigError,
    OrganisationInput,
    parse_room,
)
from keet_desktop.i18n import translator
from tests.factories import make_event

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_a_new_database_needs_the_first_run_until_set_up(services):
    assert services.organisation.needs_first_run()
    assert not services.organisation.get().is_set_up
    venue = FirstVenue("De Keet", "Stationsplein 1, Aalst", ["Zaal A; 30", "Atelier 12", "101"])
    info = services.organisation.set_up(
        OrganisationInput("De Keet vzw", "Stationsplein 1\n9300 Aalst", "nl", PNG), venue
    )
    assert not services.organisation.needs_first_run()
    again = services.organisation.get()
    assert again == info and again.logo == PNG and again.logo_type == "png"
    [place] = services.venues.list_venues()
    assert (place.name, place.address) == ("De Keet", "Stationsplein 1, Aalst")
    assert again.default_venue_id == place.id
    rooms = [r for r in services.venues.list_rooms() if r.venue_id == place.id]
    assert sorted((r.name, r.capacity) for r in rooms) == [
        ("101", None),
        ("Atelier", 12),
        ("Zaal A", 30),
    ]


def test_a_database_with_events_is_not_new(services):
    make_event(services)
    assert not services.organisation.needs_first_run()


def test_everything_can_be_changed_later(services):
    services.organisation.set_up(OrganisationInput("De Keet"), None)
    services.organisation.save(OrganisationInput("De Keet vzw", "Aalst", "en", None))
    info = services.organisation.get()
    assert (info.name, info.address, info.language, info.logo) == (
        "De Keet vzw",
        "Aalst",
        "en",
        None,
    )


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (OrganisationInput("  "), errors.RequiredError),
        (OrganisationInput("X", logo=b"GIF89a..."), InvalidLogoError),
        (OrganisationInput("X", logo=PNG + b"\x00" * 2_000_000), LogoTooBigError),
        (OrganisationInput("X", language="fr"), errors.ValidationError),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(services, data, error):
    with pytest.raises(error) as refused:
        services.organisation.save(data)
    assert refused.value.format(translator("nl")) != refused.value.english()
    assert not services.organisation.get().is_set_up


@pytest.mark.parametrize(
    ("line", "room"),
    [("Zaal A; 30", ("Zaal A", 30)), ("Zaal B 12", ("Zaal B", 12)), ("Keuken", ("Keuken", None))],
)
def test_room_lines(line, room):
    assert parse_room(line) == room
