"""``keet schedule check`` and ``keet export ics`` (SQLite and PostgreSQL)."""

from __future__ import annotations

import argparse
import json

import icalendar
import pytest

from keet_desktop.cli import common, main, schedule_commands


@pytest.fixture
def keet(db_url, capsys):
    """Run ``keet --database URL ...``; returns (exit code, stdout, stderr)."""

    def run(*args: str):
        code = main(["--database", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def add(keet, title: str, start: str, end: str, *extra: str) -> int:
    code, out, err = keet(
        "--json", "events", "add", "--title", title, "--kind", "workshop",
        "--start", start, "--end", end, "--venue", "De Keet", "--room", "Zaal 1", *extra,
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out)["id"]


def test_schedule_check_lists_a_double_booked_room_as_json(keet) -> None:
    first = add(keet, "Pitchen", "2030-03-05T19:00", "2030-03-05T21:00")
    second = add(keet, "Boekhouding", "2030-03-05T20:00", "2030-03-05T22:00")
    code, out, _ = keet("--json", "--lang", "en", "schedule", "check")
    assert code == 0
    [conflict] = json.loads(out)
    assert conflict["kind"] == "room_double_booked"
    assert conflict["severity"] == "error"
    assert sorted(conflict["events"]) == [first, second]
    assert "Pitchen" in conflict["message"]
    code, _, _ = keet("schedule", "check", "--strict")
    assert code == 1
    code, out, _ = keet("--json", "schedule", "check", "--from", "2030-03-06", "--to", "2030-03-31")
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = keet("--json", "schedule", "check", "--from", "2030-03-05", "--to", "2030-03-05")
    assert len(json.loads(out)) == 1
    code, _, err = keet("schedule", "check", "--from", "maart")
    assert code == 2 and "maart" in err


def test_schedule_check_without_conflicts(keet) -> None:
    add(keet, "Pitchen", "2030-03-05T19:00", "2030-03-05T21:00")
    add(keet, "Boekhouding", "2030-03-05T21:00", "2030-03-05T22:00")
    code, out, _ = keet("--json", "schedule", "check")
    assert (code, json.loads(out)) == (0, [])


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="keet")
    parser.add_argument("--database")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--debug", action="store_true")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export")
    schedule_commands.register_export_ics(export.add_subparsers(dest="export_command"))
    return parser


def test_export_ics_of_an_event_as_the_export_group_will_run_it(keet, db_url, tmp_path, capsys):
    event_id = add(keet, "Pitchen", "2030-03-05T19:00", "2030-03-05T21:00")
    target = tmp_path / "pitchen.ics"
    args = _export_parser().parse_args(
        [
            "--database",
            db_url,
            "--json",
            "export",
            "ics",
            "--event",
            str(event_id),
            "-o",
            str(target),
        ]
    )
    assert common.run(args) == 0
    assert json.loads(capsys.readouterr().out) == {"file": str(target), "rows": 1}
    [vevent] = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(vevent["UID"]) == f"event-{event_id}@keet-desktop.local"


def test_export_ics_of_an_unknown_room_is_refused(db_url, tmp_path, capsys) -> None:
    args = _export_parser().parse_args(
        ["--database", db_url, "export", "ics", "--room", "99", "-o", str(tmp_path / "x.ics")]
    )
    assert common.run(args) == 1
    assert "99" in capsys.readouterr().err
