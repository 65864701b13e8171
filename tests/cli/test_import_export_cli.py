"""``keet import registrations|attendance`` and ``keet export registrations|people``."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from keet_desktop.cli import main
from tests import import_files
from tests.domain.test_real_exports import FIXTURES

IMPORT_KEYS = {
    "rows", "valid", "new_people", "matched_people", "duplicates_in_file", "registered",
    "waitlisted", "rejected", "warnings",
}  # fmt: skip


@pytest.fixture
def keet(db_url, capsys):
    def run(*args: str):
        code = main(["--database", db_url, "--lang", "en", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _event(keet, *extra):
    code, out, err = keet(
        "--json", "events", "add", "--title", "Webinar", "--kind", "webinar",
        "--online-url", "https://zoom.example/j/1", "--start", "2030-03-05T10:00",
        "--end", "2030-03-05T11:00", *extra,
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out)["id"]


def _file(tmp_path, rows):
    header = ["Voornaam", "Naam", "E-mail"]
    return import_files.write_csv(tmp_path / "in.csv", [header, *rows], delimiter=";")


def test_import_registrations_json_dry_run_then_for_real(keet, tmp_path):
    event_id = _event(keet, "--capacity", "1")
    path = _file(tmp_path, [["Jan", "Peeters", "jan@example.be"], ["Els", "Maes", "els@x.be"]])
    code, out, _err = keet("import", "registrations", str(path), "--event", str(event_id),
                           "--dry-run", "--json")  # fmt: skip
    document = json.loads(out)
    assert code == 0 and set(document) >= IMPORT_KEYS
    assert (document["registered"], document["waitlisted"]) == (1, 1)
    _code, out, _err = keet("--json", "registrations", "list", "--event", str(event_id))
    assert json.loads(out) == []
    code, out, _err = keet("import", "registrations", str(path), "--event", str(event_id))
    assert code == 0
    assert "1 registered, 1 on the waiting list" in out
    _code, out, _err = keet("--json", "registrations", "list", "--event", str(event_id))
    assert [r["status"] for r in json.loads(out)] == ["registered", "waitlisted"]


def test_rows_written_exit_0_with_the_rejected_lines_and_reasons(keet, tmp_path):
    # issue 11: an import that wrote rows exits 0 and lists what it refused
    event_id = _event(keet)
    path = _file(tmp_path, [["Jan", "Peeters", "jan@"], ["", "", ""], ["Els", "Maes", ""]])
    code, out, _err = keet("--json", "import", "registrations", str(path), "--event", str(event_id))
    document = json.loads(out)
    assert code == 0
    assert document["rejected"] == [
        {"line": 2, "reason": "“jan@” is not a valid e-mail address: nothing follows the @."},
    ]
    assert document["registered"] == 1


def test_nothing_importable_exits_1_and_dutch_reasons(keet, tmp_path):
    event_id = _event(keet)
    path = _file(tmp_path, [["", "", "x@example.be"]])
    code, out, _err = keet("--lang", "nl", "--json", "import", "registrations", str(path),
                           "--event", str(event_id))  # fmt: skip
    assert code == 1
    assert json.loads(out)["rejected"] == [{"line": 2, "reason": "De rij heeft geen naam."}]


def test_an_unreadable_file_exits_2(keet, tmp_path):
    event_id = _event(keet)
    code, out, err = keet("import", "registrations", str(tmp_path / "nope.csv"), "--event",
                          str(event_id))  # fmt: skip
    assert code == 2 and out == ""
    assert "nope.csv" in err and "Traceback" not in err


def test_import_attendance(keet, tmp_path):
    event_id = _event(keet)
    code, _out, err = keet("register", "--event", str(event_id), "--given", "Jan",
                           "--family", "Peeters", "--email", "jan@example.be")  # fmt: skip
    assert code == 0, err
    path = import_files.zoom(tmp_path / "zoom.csv")
    code, out, err = keet("--json", "import", "attendance", str(path), "--event", str(event_id),
                          "--min-minutes", "30")  # fmt: skip
    assert code == 1 and out == ""  # the report is of another day than the event (2030)
    assert "05-03-2030" in err and "--accept-date" in err
    code, out, _err = keet("--json", "import", "attendance", str(path), "--event", str(event_id),
                           "--min-minutes", "30", "--accept-date")  # fmt: skip
    document = json.loads(out)
    assert code == 0
    assert (document["participants"], document["matched"], document["attended"]) == (4, 1, 1)
    assert {"name": "Onbekende Gast", "email": "gast@elders.be"} in document["unmatched"]
    assert document["mapping"] == {
        "Name (Original Name)": "name", "User Email": "email", "Duration (Minutes)": "duration",
    }  # fmt: skip
    assert document["ignored"] == ["Join Time", "Leave Time", "Guest"]
    _code, out, _err = keet("--json", "registrations", "list", "--event", str(event_id))
    assert json.loads(out)[0]["desk"] == "online"


def test_export_registrations_and_people(keet, tmp_path):
    event_id = _event(keet)
    keet("register", "--event", str(event_id), "--given", "Jan", "--family", "=Peeters")
    target = tmp_path / "regs.csv"
    code, out, _err = keet("--json", "export", "registrations", "--event", str(event_id),
                           "-o", str(target), "--columns", "given_name,family_name")  # fmt: skip
    assert code == 0 and json.loads(out) == {"file": str(target), "rows": 1}
    text = target.read_text(encoding="utf-8-sig")
    assert list(csv.reader(io.StringIO(text), delimiter=";")) == [
        ["Given name", "Family name"],
        ["Jan", "'=Peeters"],
    ]
    people = tmp_path / "people.xlsx"
    code, out, _err = keet("--json", "export", "people", "-o", str(people))
    assert code == 0 and json.loads(out)["rows"] == 1
    assert load_workbook(people).active["C2"].value == "=Peeters"


def test_export_refuses_an_unknown_column_or_format(keet, tmp_path):
    event_id = _event(keet)
    code, _out, err = keet("export", "registrations", "--event", str(event_id), "-o",
                           str(tmp_path / "x.csv"), "--columns", "salary")  # fmt: skip
    assert code == 2 and "salary" in err
    code, _out, err = keet("export", "people", "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "x.txt" in err


def test_import_shows_the_mapping_skipped_rows_and_reads_the_chosen_sheet(keet):
    event_id = _event(keet, "--capacity", "50")
    path = FIXTURES / "pretix" / "orderdata.xlsx"
    code, out, err = keet("--json", "import", "registrations", str(path), "--event",
                          str(event_id), "--dry-run")  # fmt: skip
    assert code == 0, err
    document = json.loads(out)
    assert document["mapping"]["Attendee email"] == "email"
    assert document["mapping"]["Status"] == "status"
    assert "Email address verified" in document["ignored"]
    assert "Event name" in document["ignored"]
    assert [s["line"] for s in document["skipped"]] == [5, 6, 9]
    assert (document["rows"], document["valid"]) == (9, 6)
    code, out, _err = keet("--lang", "en", "import", "registrations", str(path), "--event",
                           str(event_id), "--dry-run", "--sheet", "Orders")  # fmt: skip
    assert "Sheet: Orders" in out
    assert "  Name → Full name" in out
    assert "Not imported: Event slug, Event name" in out
    assert "Skipped rows:" in out and "canceled" in out
    code, _out, err = keet("import", "registrations", str(path), "--event", str(event_id),
                           "--sheet", "Tickets")  # fmt: skip
    assert code == 2 and "Order positions" in err


def test_a_file_without_a_name_column_is_refused_in_one_line(keet, tmp_path):
    event_id = _event(keet)
    path = import_files.write_csv(
        tmp_path / "forms.csv", [["Tijdstempel", "E-mailadres", "Team Name"], ["x", "a@b.be", "T"]]
    )
    code, out, err = keet("--lang", "en", "import", "registrations", str(path), "--event",
                          str(event_id))  # fmt: skip
    assert (code, out) == (2, "")
    assert "forms.csv" in err and "no column with a person's name" in err
    assert "Traceback" not in err
