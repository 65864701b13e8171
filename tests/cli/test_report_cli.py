"""``keet programme results``, ``keet print certificates`` and ``keet report``."""

from __future__ import annotations

import json
import stat

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from keet_desktop.cli import main
from keet_desktop.domain.db import Database
from keet_desktop.domain.services import Services
from tests.domain.test_programme_results import build_programme
from tests.report_season import generate_season


@pytest.fixture
def keet(db_url, capsys):
    def run(*args: str):
        code = main(["--database", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def programme(db: Database) -> dict[str, int]:
    return build_programme(Services(db))


def test_programme_results_json_and_text(keet, programme):
    code, out, err = keet(
        "programme", "results", "--programme", str(programme["programme"]), "--json"
    )
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["name"], r["sessions_attended"], r["hours"], r["completed"]) for r in rows] == [
        ("Ayşe Test", 4, 6.5, True),
        ("Bram Test", 2, 4.0, False),
    ]
    code, out, _ = keet(
        "--lang", "nl", "programme", "results", "--programme", str(programme["programme"])
    )
    assert code == 0
    assert "Bram Test: 2/4" in out and "niet voltooid" in out
    code, _, err = keet("programme", "results", "--programme", "999")
    assert code == 1 and "999" in err


def test_certificates_for_who_completed_one_pdf_or_per_person(keet, programme, tmp_path):
    pid = str(programme["programme"])
    target = tmp_path / "certificaten.pdf"
    code, out, err = keet("print", "certificates", "--programme", pid, "-o", str(target), "--json")
    assert code == 0, err
    assert json.loads(out) == {"file": str(target), "pages": 1, "items": 1}
    text = PdfReader(target).pages[0].extract_text()
    assert "Ayşe Test" in text and "Attest van deelname" in text and "4 van 4" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    code, _, err = keet("print", "certificates", "--programme", pid, "-o", str(target))
    assert code == 2 and "--force" in err  # never replaced silently
    folder = tmp_path / "apart"
    code, out, err = keet(
        "print",
        "certificates",
        "--programme",
        pid,
        "-o",
        str(folder),
        "--per-person",
        "--person",
        str(programme["half"]),
        "--person",
        str(programme["full"]),
        "--lang",
        "en",
        "--json",
    )
    assert code == 0, err
    files = json.loads(out)["files"]
    assert len(files) == 2
    texts = [PdfReader(f).pages[0].extract_text() for f in files]
    assert "Bram Test" in texts[0] and "Certificate of participation" in texts[0]
    assert "2 of 4 sessions attended, 4 hours" in texts[0]


def test_certificates_refuse_when_nobody_completed(keet, programme, tmp_path):
    pid = str(programme["programme"])
    assert keet("programme", "rule", "--programme", pid, "--share", "100")[0] == 0
    keet("programme", "rule", "--programme", pid, "--hours", "100")
    code, _, err = keet("print", "certificates", "--programme", pid, "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "--person" in err
    assert not (tmp_path / "x.pdf").exists()


def test_report_json_pdf_and_xlsx_tell_the_same_numbers(keet, db, tmp_path):
    generate_season(db, events=30, people=120, registrations=600)
    period = ("--from", "2024-01-01", "--to", "2025-12-31")
    code, out, err = keet("report", *period, "--json")
    assert code == 0, err
    numbers = json.loads(out)
    assert numbers["period"] == {"from": "2024-01-01", "to": "2025-12-31"}
    for key in (
        "activities",
        "registrations",
        "attendances",
        "no_shows",
        "unique_people",
        "organisations",
        "by_kind",
        "by_partner",
        "by_municipality",
        "hours",
    ):
        assert key in numbers
    pdf = tmp_path / "rapport.pdf"
    code, out, err = keet("--lang", "nl", "report", *period, "-o", str(pdf), "--json")
    assert code == 0, err
    assert json.loads(out)["file"] == str(pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Rapport voor de financier" in text
    assert f"Aanwezigheden {numbers['attendances']}" in text
    assert f"Bereikte personen (aanwezig) {numbers['unique_people']}" in text
    xlsx = tmp_path / "rapport.xlsx"
    assert keet("--lang", "nl", "report", *period, "-o", str(xlsx))[0] == 0
    book = load_workbook(xlsx)
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True)}
    assert summary["Aanwezigheden"] == numbers["attendances"]
    assert summary["No-shows"] == numbers["no_shows"]
    charted = [sheet.title for sheet in book.worksheets if sheet._charts]
    assert len(charted) >= 3
    municipalities = {
        row[0]: row[1] for row in book["Mensen per gemeente"].iter_rows(min_row=2, values_only=True)
    }
    assert municipalities["Aalst"] == numbers["by_municipality"]["Aalst"]
    assert municipalities["Elders"] == numbers["by_municipality"]["elsewhere"]


def test_report_refuses_bad_dates_and_suffixes(keet, tmp_path):
    code, _, err = keet("report", "--from", "2026-13-01", "--to", "2026-12-31")
    assert code == 2 and "--from" in err and "2026-13-01" in err
    code, _, err = keet("report", "--from", "2026-02-01", "--to", "2026-01-01")
    assert code == 1 and "01/02/2026" in err  # the dates as every message writes them
    code, _, err = keet(
        "report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(tmp_path / "x.docx")
    )
    assert code == 2 and ".pdf" in err
    assert not (tmp_path / "x.docx").exists()


def test_partners_postcodes_and_characteristics_reach_the_report(keet, db):
    from tests.domain.test_reports import _build_case

    ids = _build_case(db)
    code, out, err = keet("partners", "add", "Provincie Oost-Vlaanderen", "--json")
    assert code == 0, err
    province = json.loads(out)["id"]
    code, out, _ = keet("events", "list", "--json")
    session = next(e for e in json.loads(out) if e["title"] == "Sessie")
    assert (
        keet("partners", "assign", "--event", str(session["id"]), "--partner", str(province))[0]
        == 0
    )
    code, out, _ = keet("postcode", "--person", "1", "9520", "--json")
    assert json.loads(out)["municipality"] == "Sint-Lievens-Houtem"
    code, _, err = keet("postcode", "--person", "1", "12345")
    assert code == 1 and "12345" in err
    for person in (1, 4, 5):
        keet(
            "characteristics",
            "set",
            "--person",
            str(person),
            "--name",
            "Doelgroep",
            "--value",
            "werkzoekend",
            "--funder-consent",
        )
    code, out, _ = keet("report", "--from", "2026-01-01", "--to", "2026-03-31", "--json")
    report = json.loads(out)
    assert report["by_partner"]["Provincie Oost-Vlaanderen"]["attendances"] == 1
    assert report["by_municipality"]["Sint-Lievens-Houtem"] == 1
    assert report["by_municipality"]["Aalst"] == 0
    assert report["characteristics"] == {"Doelgroep": {"werkzoekend": "< 5"}}
    assert ids["p6"] > 0


def test_the_region_is_a_managed_list(keet):
    code, out, err = keet("municipalities", "list", "--json")
    assert code == 0, err
    region = {m["name"]: m["postcodes"] for m in json.loads(out)}
    assert len(region) == 8 and region["Herzele"] == ["9550", "9551", "9552"]
    code, out, err = keet("municipalities", "set", "Zottegem", "--postcodes", "9620", "--json")
    assert code == 0, err
    assert {"name": "Zottegem", "postcodes": ["9620"]} in json.loads(out)
    code, _, err = keet("municipalities", "set", "Geraardsbergen", "--postcodes", "95OO")
    assert code == 1 and "95OO" in err
