import json

import pytest

from keet_desktop.cli import main


@pytest.fixture
def keet(db_url, capsys):
    """Run ``keet --database URL ...`` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str):
        code = main(["--database", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def run_json(keet, *args):
    code, out, err = keet("--json", *args)
    assert code == 0, err
    return json.loads(out)


def add_event(keet, **options):
    args = [
        "events",
        "add",
        "--title",
        "Workshop herstellen",
        "--kind",
        "workshop",
        "--start",
        "2030-03-05T13:00",
        "--end",
        "2030-03-05T15:30",
    ]
    for key, value in options.items():
        args += [f"--{key.replace('_', '-')}", str(value)]
    return run_json(keet, *args)


def test_events_add_and_list(keet):
    event = add_event(
        keet, capacity=2, venue="De Keet", room="Werkplaats", facilitator="Sara Mahieu"
    )
    assert event["starts_at"] == "2030-03-05T13:00:00+01:00"
    assert (event["venue"], event["room"], event["capacity"]) == ("De Keet", "Werkplaats", 2)
    listed = run_json(keet, "events", "list")
    assert [e["id"] for e in listed] == [event["id"]]
    assert set(listed[0]) >= {
        "id",
        "title",
        "kind",
        "starts_at",
        "ends_at",
        "venue",
        "room",
        "online_url",
        "capacity",
        "registered",
        "waitlisted",
        "status",
        "programme_id",
    }


def test_register_waitlist_cancel_and_list(keet):
    event = add_event(keet, capacity=1)["id"]
    first = run_json(
        keet,
        "register",
        "--event",
        str(event),
        "--given",
        "Ayşe",
        "--family",
        "Yılmaz",
        "--email",
        "ayse@example.be",
    )
    second = run_json(
        keet, "register", "--event", str(event), "--given", "Jef", "--family", "Van den Broeck"
    )
    assert first["status"] == "registered" and first["waitlist_position"] is None
    assert second["status"] == "waitlisted" and second["waitlist_position"] == 1
    assert len(first["ticket_code"]) == 21
    cancelled = run_json(keet, "cancel", str(first["id"]))
    assert cancelled == {"cancelled": first["id"], "promoted": [second["id"]]}
    rows = run_json(keet, "registrations", "list", "--event", str(event))
    by_id = {r["id"]: r for r in rows}
    assert by_id[second["id"]]["status"] == "registered"
    assert by_id[first["id"]]["person"]["family"] == "Yılmaz"
    assert set(rows[0]) >= {"id", "status", "ticket_code", "person", "checked_in_at", "desk"}


def test_refusals_exit_1_with_one_line_in_the_chosen_language(keet):
    event = add_event(keet)["id"]
    args = [
        "register",
        "--event",
        str(event),
        "--given",
        "Jef",
        "--family",
        "Peeters",
        "--email",
        "jef@example.be",
    ]
    assert keet(*args)[0] == 0
    code, out, err = keet("--lang", "en", *args)
    assert code == 1 and out == ""
    assert err.strip() == "keet: Jef Peeters is already registered for “Workshop herstellen”."
    code, _out, err = keet("--lang", "nl", *args)
    assert code == 1
    assert "is al ingeschreven" in err
    assert "Traceback" not in err


def test_bad_usage_exits_2(keet):
    assert keet("events", "add", "--title", "X")[0] == 2
    code, _out, err = keet(
        "events",
        "add",
        "--title",
        "X",
        "--kind",
        "workshop",
        "--start",
        "morgen",
        "--end",
        "2030-01-01T10:00",
    )
    assert code == 2 and "--start" in err


def test_invalid_event_exits_1_and_names_the_field(keet):
    code, _out, err = keet(
        "--lang",
        "en",
        "events",
        "add",
        "--title",
        "Webinar",
        "--kind",
        "webinar",
        "--start",
        "2030-03-05T13:00",
        "--end",
        "2030-03-05T14:00",
    )
    assert code == 1
    assert "online link" in err


def test_unknown_registration_exits_1(keet):
    code, _out, err = keet("--lang", "en", "cancel", "999")
    assert code == 1 and "registration" in err


def test_demo_season(keet):
    counts = run_json(keet, "demo")
    assert counts["events"] == 14 and counts["people"] == 150
    assert counts["registrations"] > 300
    events = run_json(keet, "events", "list")
    assert any(e["waitlisted"] > 0 and e["registered"] == e["capacity"] for e in events)
    assert sum(e["kind"] == "webinar" and e["online_url"] is not None for e in events) >= 2
    assert keet("demo")[0] == 1  # not into a database that has events


def test_db_path_and_upgrade(keet):
    document = run_json(keet, "db", "upgrade")
    assert document["revision"]
    assert run_json(keet, "db", "path")["revision"] == document["revision"]


def test_db_backup_of_sqlite(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'keet.sqlite3'}"
    assert main(["--database", url, "demo"]) == 0
    target = tmp_path / "copy.sqlite3"
    assert main(["--database", url, "--json", "db", "backup", str(target)]) == 0
    capsys.readouterr()
    assert main(["--database", f"sqlite:///{target}", "--json", "events", "list"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 14
    assert main(["--database", url, "db", "backup", str(target)]) == 2


def test_database_problems_exit_3(tmp_path, capsys):
    code = main(["--database", "postgresql+psycopg://nobody@127.0.0.1:1/none", "events", "list"])
    _out, err = capsys.readouterr()
    assert code == 3 and len(err.strip().splitlines()) == 1
    future = tmp_path / "future.sqlite3"
    url = f"sqlite:///{future}"
    assert main(["--database", url, "db", "upgrade"]) == 0
    import sqlite3

    with sqlite3.connect(future) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    connection.close()
    capsys.readouterr()
    assert main(["--database", url, "events", "list"]) == 3
    assert "ffff" in capsys.readouterr().err


def test_demo_people_keep_their_particles(keet):
    run_json(keet, "demo")
    events = run_json(keet, "events", "list")
    families = {
        r["person"]["family"]
        for e in events
        for r in run_json(keet, "registrations", "list", "--event", str(e["id"]))
    }
    assert {"Van den Broeck", "De Smet"} & families
    assert not {"De", "Van", "den", "der", "Smet"} & families
