"""``keet checkin``: the desk's outcomes and exit codes from the command line."""

import json

import pytest

from keet_desktop.cli import main
from keet_desktop.domain.db import Database
from keet_desktop.domain.services import Services
from tests.checkin_helpers import event_today, register


@pytest.fixture
def setup(db_url):
    db = Database.open(db_url)
    services = Services(db)
    event = event_today(services)
    reg, code = register(services, event, "Hélène", "Van den Broeck")
    yield services, event, reg, code
    db.dispose()


@pytest.fixture
def keet(db_url, capsys):
    def run(*args: str):
        code = main(["--database", db_url, "--lang", "en", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_checkin_checks_in_then_says_already_checked_in(setup, keet):
    _services, event, reg, code = setup
    status, out, _err = keet(
        "--json", "checkin", code.lower(), "--event", str(event), "--desk", "Balie 2"
    )
    assert status == 0
    document = json.loads(out)
    assert set(document) == {"outcome", "registration_id", "person", "at", "desk", "message"}
    assert (document["outcome"], document["registration_id"]) == ("checked_in", reg)
    assert (document["person"], document["desk"]) == ("Hélène Van den Broeck", "Balie 2")
    assert document["message"] == "Hélène Van den Broeck is checked in."
    status, out, _err = keet("checkin", code, "--event", str(event), "--desk", "Balie 1")
    assert status == 1
    assert out.startswith("Hélène Van den Broeck was already checked in at ")
    assert out.rstrip().endswith("at Balie 2.")


@pytest.mark.parametrize("garbage", ["NOPE", "https://example.be/x"])
def test_checkin_refuses_unknown_codes_with_exit_1(setup, keet, garbage):
    _services, event, _reg, _code = setup
    status, out, _err = keet("--json", "checkin", garbage, "--event", str(event))
    assert status == 1
    assert json.loads(out)["outcome"] == "unknown_code"


def test_checkin_undo_with_a_reason(setup, keet):
    services, event, reg, code = setup
    assert keet("checkin", code, "--event", str(event))[0] == 0
    status, out, _err = keet(
        "--json", "checkin", "--undo", str(reg), "--reason", "fout", "--desk", "B1"
    )
    assert (status, json.loads(out)) == (0, {"undone": reg})
    assert services.checkin.counters(event).checked_in == 0
    status, _out, err = keet("checkin", "--undo", str(reg), "--reason", "fout")
    assert status == 1 and "no check-in to undo" in err


def test_checkin_undo_needs_a_reason_and_a_scan_needs_an_event(setup, keet):
    _services, _event, reg, code = setup
    assert keet("checkin", "--undo", str(reg))[0] == 1
    assert keet("checkin", code)[0] == 2
