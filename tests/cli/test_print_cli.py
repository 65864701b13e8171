"""``keet print``: each document as a PDF, with the JSON the contract names."""

import json

import pytest
from pypdf import PdfReader

from keet_desktop.cli import main
from tests.printing.helpers import decode_pages


@pytest.fixture
def keet(db_url, capsys):
    def run(*args: str):
        code = main(["--database", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def event_id(keet):
    code, out, err = keet(
        "--json",
        "events",
        "add",
        "--title",
        "Repair café",
        "--kind",
        "workshop",
        "--start",
        "2030-03-05T13:00",
        "--end",
        "2030-03-05T15:30",
        "--venue",
        "De Keet",
        "--facilitator",
        "Griet Claes",
    )
    assert code == 0, err
    event = json.loads(out)["id"]
    for given, family in [("Søren", "Ørsted"), ("Ayşe", "Yılmaz"), ("Hélène", "Çelik")]:
        assert keet("register", "--event", str(event), "--given", given, "--family", family)[0] == 0
    return event


@pytest.mark.parametrize("kind", ["badges", "tickets", "checkin-sheet", "attendance"])
def test_print_writes_the_document_and_reports_it(keet, event_id, tmp_path, kind):
    target = tmp_path / f"{kind}.pdf"
    code, out, err = keet("print", kind, "--event", str(event_id), "-o", str(target), "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document == {"file": str(target), "pages": document["pages"], "items": 3}
    reader = PdfReader(target)
    assert len(reader.pages) == document["pages"] >= 1
    assert "Yılmaz" in " ".join(page.extract_text() for page in reader.pages)


def test_badges_in_english_on_a_label_layout_decode(keet, event_id, tmp_path, capsys):
    target = tmp_path / "labels.pdf"
    code, out, err = keet(
        "print",
        "badges",
        "--event",
        str(event_id),
        "-o",
        str(target),
        "--layout",
        "label-89x36",
        "--lang",
        "en",
        "--json",
        "--mark-printed",
    )
    assert code == 0, err
    assert json.loads(out)["pages"] == 3
    assert "March 2030" in PdfReader(target).pages[0].extract_text()
    codes = [c for page in decode_pages(target.read_bytes()) for c in page]
    _code, listing, _err = keet("--json", "registrations", "list", "--event", str(event_id))
    assert sorted(codes) == sorted(r["ticket_code"] for r in json.loads(listing))
    code, out, _err = keet(
        "print",
        "badges",
        "--event",
        str(event_id),
        "-o",
        str(target),
        "--only-not-printed",
        "--force",
        "--json",
    )
    assert json.loads(out)["items"] == 0


def test_unknown_event_and_bad_layout(keet, tmp_path):
    code, _out, err = keet("print", "badges", "--event", "999", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err.startswith("keet: ") and "no event 999" in err  # issue 11
    assert keet("print", "badges", "--event", "1", "-o", "x.pdf", "--layout", "nope")[0] == 2


def test_tickets_one_pdf_per_person_for_e_mailing(keet, event_id, tmp_path):
    folder = tmp_path / "tickets"
    code, out, err = keet(
        "print", "tickets", "--event", str(event_id), "-o", str(folder), "--per-person", "--json"
    )
    assert code == 0, err
    document = json.loads(out)
    assert document["items"] == 3 and len(document["files"]) == 3
    names = sorted(p.name for p in folder.iterdir())
    assert names[0].startswith("ticket-celik-helene-")
    for path in folder.iterdir():
        assert len(decode_pages(path.read_bytes(), dpi=72)[0]) == 1


def test_bad_numbers_exit_2(keet, event_id, tmp_path):
    target = str(tmp_path / "x.pdf")
    code, _out, err = keet(
        "--lang", "nl", "print", "badges", "--event", str(event_id), "-o", target, "--start-at", "0"
    )
    assert code == 2 and "--start-at moet 1 of meer zijn" in err
    code, _out, err = keet(
        "print", "attendance", "--event", str(event_id), "-o", target, "--blank-rows", "-1"
    )
    assert code == 2 and "--blank-rows" in err
