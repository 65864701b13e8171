"""Control characters are refused in every text field, naming it; phones must be phones."""

from __future__ import annotations

from datetime import timedelta

import pytest

from keet_desktop.domain import errors
from keet_desktop.domain.db import utcnow
from keet_desktop.domain.hygiene import ControlCharacterError, InvalidPhoneError
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.services.events import EventInput
from keet_desktop.domain.services.people import PersonInput


@pytest.mark.parametrize("field", ["given_name", "family_name", "email", "organisation", "phone"])
@pytest.mark.parametrize("character", ["\x00", "\x1b", "\n", "\u202e"])
def test_control_characters_are_refused_naming_the_field(services, field, character):
    values = {
        "given_name": "Lies",
        "family_name": "Peeters",
        "email": "lies@example.be",
        "organisation": "De Keet",
        "phone": "0470 12 34 56",
    }
    values[field] = values[field][:2] + character + values[field][2:]
    with pytest.raises(ControlCharacterError) as info:
        services.people.create(PersonInput(**values))
    assert info.value.field == field
    label = errors.FIELD_LABELS[field]
    assert info.value.english().startswith(label)
    assert services.people.count() == 0


@pytest.mark.parametrize("phone", ["=1+1", "@SUM(A1)", "bel me maar", "+32 470 12 34 56\x00"])
def test_phone_that_is_no_phone_is_refused(services, phone):
    with pytest.raises((InvalidPhoneError, ControlCharacterError)):
        services.people.create(PersonInput("Lies", "Peeters", phone=phone))
    assert services.people.count() == 0


@pytest.mark.parametrize("phone", ["0470 12 34 56", "+32 53 21 00 00", "053/21.00.00", "12345"])
def test_real_phones_are_accepted(services, phone):
    services.people.create(PersonInput("Lies", "Peeters", phone=phone))
    assert services.people.count() == 1


def test_event_title_refuses_control_characters_description_keeps_lines(services):
    start = utcnow() + timedelta(days=3)
    data = EventInput("Repair\x00café", EventKind.WORKSHOP, start, start + timedelta(hours=2))
    with pytest.raises(ControlCharacterError) as info:
        services.events.create(data)
    assert info.value.field == "title"
    data = EventInput(
        "Repair café",
        EventKind.WORKSHOP,
        start,
        start + timedelta(hours=2),
        description="Line one\nLine two",
    )
    assert services.events.create(data).event.description == "Line one\nLine two"


def test_unknown_event_is_no_event_exit_2(demo_path, keet):
    from keet_desktop.domain.db import sqlite_url

    for command in (
        ["checkin", "ABCDEF", "--event", "999"],
        ["register", "--event", "999", "--given", "A", "--family", "B"],
    ):
        code, _out, err = keet("--lang", "en", "--database", sqlite_url(demo_path), *command)
        assert code == 2
        assert "no event 999" in err and "database" not in err


def test_imported_rows_with_control_characters_are_refused_naming_the_column(
    demo_path, keet, tmp_path
):
    import json

    from keet_desktop.domain.db import sqlite_url

    path = tmp_path / "in.csv"
    path.write_text(
        "Voornaam;Achternaam;E-mail\r\nJan;Pee\x00ters;jan@example.be\r\n"
        "Els;Maes;els@example.be\r\n",
        encoding="utf-8",
    )
    code, out, _err = keet(
        "--lang",
        "en",
        "--database",
        sqlite_url(demo_path),
        "--json",
        "import",
        "registrations",
        path,
        "--event",
        "7",
    )
    document = json.loads(out)
    assert code == 0
    assert document["rejected"] == [
        {
            "line": 2,
            "reason": "The value of “Achternaam” holds an invisible control character (U+0000).",
        }
    ]
