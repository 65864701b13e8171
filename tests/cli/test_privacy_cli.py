"""``keet privacy ...`` and ``keet db encrypt|decrypt`` (issue 13)."""

from __future__ import annotations

import io
import json
import os
import stat

import pypdf
import pytest

from keet_desktop.cli import main
from tests.cli.test_cli import add_event, run_json


@pytest.fixture
def keet(db_url, capsys):
    def run(*args: str):
        code = main(["--database", db_url, "--lang", "nl", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _register(keet, event_id, given="Zoë", family="Vandewalle", email="zoe@voorbeeld.be"):
    return run_json(
        keet,
        "register",
        "--event",
        str(event_id),
        "--given",
        given,
        "--family",
        family,
        "--email",
        email,
        "--phone",
        "+32470123456",
    )


def test_export_json_and_pdf_then_forget(keet, tmp_path):
    event = add_event(keet)
    reg = _register(keet, event["id"])
    person_id = reg["person_id"]
    run_json(keet, "privacy", "consent", "--person", str(person_id), "--purpose", "funder")

    out = tmp_path / "zoe.json"
    assert run_json(keet, "privacy", "export", "--person", str(person_id), "-o", str(out)) == {
        "file": str(out)
    }
    record = json.loads(out.read_text("utf-8"))
    assert record["person"]["email"] == "zoe@voorbeeld.be"
    assert record["consents"]["funder"] is True
    assert record["registrations"][0]["event"]["title"] == "Workshop herstellen"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    pdf = tmp_path / "zoe.pdf"
    run_json(keet, "privacy", "export", "--person", str(person_id), "-o", str(pdf))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Wat we over u bewaren" in text  # her language: Dutch
    assert "Vandewalle" in text and "Workshop herstellen" in text
    assert "Delen met de financier" in text

    code, _out, err = keet("privacy", "forget", "--person", str(person_id), "--reason", "")
    assert code == 1 and "reden" in err.lower()
    done = run_json(keet, "privacy", "forget", "--person", str(person_id), "--reason", "verzoek")
    assert done["forgotten"] == person_id
    listed = run_json(keet, "registrations", "list", "--event", str(event["id"]))
    assert len(listed) == 1 and listed[0]["person"]["email"] in ("", None)

    log = run_json(keet, "privacy", "log")
    assert [e["action"] for e in log] == ["forget", "privacy_export", "privacy_export"]
    assert set(log[0]) >= {"at", "action", "what", "count"}
    assert "Vandewalle" not in json.dumps(log)


def test_export_refuses_a_shared_folder_and_a_bad_suffix(keet, tmp_path):
    event = add_event(keet)
    person_id = _register(keet, event["id"])["person_id"]
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    os.chmod(shared, 0o777)
    code, _out, err = keet(
        "privacy", "export", "--person", str(person_id), "-o", str(shared / "x.json")
    )
    assert code == 2 and str(shared) in err and "Traceback" not in err
    assert not (shared / "x.json").exists()
    code, _out, err = keet(
        "privacy", "export", "--person", str(person_id), "-o", str(tmp_path / "x.txt")
    )
    assert code == 2 and "x.txt" in err
    code, _out, err = keet("privacy", "export", "--person", "999", "-o", str(tmp_path / "y.json"))
    assert code == 1 and "999" in err


def test_purge_dry_run_and_months(keet):
    event = add_event(keet)
    _register(keet, event["id"])
    dry = run_json(keet, "privacy", "purge", "--dry-run")
    assert dry["due"] == 0 and dry["purged"] == 0 and dry["people"] == []
    code, _out, err = keet("privacy", "purge", "--months", "0")
    assert code == 1 and "0" in err
    assert run_json(keet, "privacy", "retention", "--months", "12") == {"months": 12}


def test_export_limited_to_consent_is_logged(keet, tmp_path):
    event = add_event(keet)
    a = _register(keet, event["id"])
    _register(keet, event["id"], "Jan", "Claes", "jan@voorbeeld.be")
    run_json(keet, "privacy", "consent", "--person", str(a["person_id"]), "--purpose", "mailing")
    out = tmp_path / "mailing.csv"
    result = run_json(keet, "export", "people", "--consent", "mailing", "-o", str(out))
    assert result["rows"] == 1
    content = out.read_text("utf-8-sig")
    assert "Vandewalle" in content and "Claes" not in content
    log = run_json(keet, "privacy", "log")
    assert log[0]["action"] == "export" and log[0]["count"] == 1


def test_encrypt_wrong_passphrase_decrypt(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'keet.sqlite3'}"

    def keet(*args):
        code = main(["--database", url, "--lang", "nl", *args])
        out, err = capsys.readouterr()
        return code, out, err

    event = add_event(keet)
    monkeypatch.setenv("KEET_DB_PASSPHRASE", "een lang wachtwoord")
    assert run_json(keet, "db", "encrypt")["encrypted"] is True
    assert run_json(keet, "events", "list")[0]["id"] == event["id"]
    before = (tmp_path / "keet.sqlite3").read_bytes()
    monkeypatch.setenv("KEET_DB_PASSPHRASE", "fout")
    code, _out, err = keet("events", "list")
    assert code == 3 and "wachtzin" in err.lower()
    assert len(err.strip().splitlines()) == 1
    assert (tmp_path / "keet.sqlite3").read_bytes() == before
    monkeypatch.delenv("KEET_DB_PASSPHRASE")
    code, _out, err = keet("events", "list")
    assert code == 3
    monkeypatch.setenv("KEET_DB_PASSPHRASE", "een lang wachtwoord")
    assert run_json(keet, "db", "decrypt")["encrypted"] is False
    monkeypatch.delenv("KEET_DB_PASSPHRASE")
    assert run_json(keet, "events", "list")[0]["id"] == event["id"]
