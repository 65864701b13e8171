"""``keet mail outbox|send|preview`` against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import json
import stat

import pytest

from keet_desktop.cli import main
from keet_desktop.domain.db import Database
from keet_desktop.domain.mail import secrets
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.outbox import MailSettings
from tests import mail_server
from tests.factories import make_event, person
from tests.mail_server import free_port

smtp_server = mail_server.smtp_server


@pytest.fixture
def keet(db_url, capsys, monkeypatch):
    """Run ``keet --database URL ...`` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv(secrets.ENV_PASSWORD, "")

    def run(*args: str):
        code = main(["--database", db_url, "--lang", "nl", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def outbox(db_url):
    db = Database.open(db_url)
    services = Services(db)
    services.outbox.save_settings(
        MailSettings(enabled=True, host="mail.invalid", port=2525, sender_address="info@dekeet.be")
    )
    yield services
    db.dispose()


def test_registering_through_the_cli_queues_a_ticket_and_send_delivers_it(
    keet, outbox, smtp_server
):
    event_id = make_event(outbox)
    code, out, err = keet(
        "--json",
        "register",
        "--event",
        str(event_id),
        "--given",
        "An",
        "--family",
        "Aerts",
        "--email",
        "an@example.be",
    )
    assert code == 0, err
    code, out, _err = keet("mail", "outbox", "--json")
    assert [(m["kind"], m["to"], m["state"]) for m in json.loads(out)] == [
        ("ticket", "an@example.be", "queued")
    ]
    args = ["--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port), "--security", "none"]
    code, out, err = keet("mail", "send", "--json", *args)
    assert code == 0, err
    assert json.loads(out) == {"sent": 1, "failed": 0, "maybe_sent": 0, "queued": 0}
    assert smtp_server.recorder.received[0].rcpt_tos == ["an@example.be"]
    code, out, _err = keet("mail", "send", *args)
    assert code == 0
    assert out.strip() == "Verzonden: 0, mislukt: 0, misschien verzonden: 0, nog in wachtrij: 0."


def test_send_to_an_unreachable_server_says_so_and_keeps_the_queue(keet, outbox):
    outbox.registrations.register(make_event(outbox), person())
    port = str(free_port())
    code, out, err = keet(
        "mail",
        "send",
        "--json",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        port,
        "--security",
        "none",
    )
    assert code == 1
    assert json.loads(out)["queued"] == 1
    assert err.startswith(f"keet: Mailserver 127.0.0.1:{port}: de server weigerde de verbinding")


def test_preview_writes_the_message_as_eml(keet, outbox, tmp_path):
    event_id = make_event(outbox, capacity=0)
    registration = outbox.registrations.register(event_id, person()).registration
    target = tmp_path / "wachtlijst.eml"
    code, out, err = keet(
        "mail",
        "preview",
        "--registration",
        str(registration.id),
        "--kind",
        "waitlist",
        "-o",
        str(target),
        "--json",
    )
    assert code == 0, err
    assert json.loads(out) == {"file": str(target)}
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "Wachtlijst voor Workshop herstellen: plaats 1"
    assert message["To"] == "Lieve Peeters <lieve.peeters@example.be>"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    code, _out, err = keet(
        "mail",
        "preview",
        "--registration",
        str(registration.id),
        "--kind",
        "ticket",
        "-o",
        str(target),
    )
    assert code == 2 and "--force" in err
    code, _out, err = keet(
        "mail",
        "preview",
        "--registration",
        str(registration.id),
        "--kind",
        "ticket",
        "-o",
        str(tmp_path / "x.txt"),
    )
    assert code == 2 and ".eml" in err


def test_the_upcoming_mailing_is_queued_only_for_people_who_consented(keet, outbox):
    event_id = make_event(outbox)
    outbox.people.create(person("An", "Aerts", consent_mailing=True))
    outbox.people.create(person("Bo", "Bervoets"))
    args = ["mail", "upcoming", "--event", str(event_id), "--mailing", "2026-12", "--json"]
    code, out, err = keet(*args)
    assert (code, json.loads(out)) == (0, {"queued": 1}), err
    code, out, _err = keet(*args)
    code, out, _err = keet("mail", "outbox", "--json")
    assert [(m["kind"], m["to"]) for m in json.loads(out)] == [("upcoming", "an.aerts@example.be")]
    code, _out, err = keet("mail", "upcoming", "--event", "999", "--mailing", "x")
    assert code == 2 and "999" in err  # an unknown event is bad usage (issue 11)
