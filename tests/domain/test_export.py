"""Exports to CSV and .xlsx: columns, order, formats, and no formula ever runs."""

import csv
import io

import pytest
from openpyxl import load_workbook

from keet_desktop.domain.services.export import (
    Column,
    ExportFormatError,
    UnknownColumnError,
    write_table,
)
from tests.factories import make_event, person

EVIL = ['=HYPERLINK("http://evil","klik")', "+32 470 12 34 56", "-2+3", "@SUM(A1)"]


def _event_with_people(services):
    event_id = make_event(services, capacity=2)
    services.registrations.register(event_id, person("Jan", "Peeters", organisation=EVIL[0]))
    services.registrations.register(event_id, person("Els", "Maes", organisation="Café Ühl"))
    services.registrations.register(event_id, person("Tom", "=Claes", municipality=EVIL[3]))
    return event_id


def _read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_export_of_registrations_with_chosen_columns(services, tmp_path):
    event_id = _event_with_people(services)
    path = tmp_path / "out.csv"
    rows = services.exports.export_registrations(
        event_id, path, ["family_name", "organisation", "status", "waitlist_position"]
    )
    assert rows == 3
    assert _read_csv(path) == [
        ["Family name", "Organisation", "Status", "Waiting list place"],
        ["Peeters", "'" + EVIL[0], "Registered", ""],
        ["Maes", "Café Ühl", "Registered", ""],
        ["'=Claes", "", "Waiting list", "1"],
    ]


def test_every_risky_start_is_neutralised_in_csv_and_kept_as_text_in_xlsx(services, tmp_path):
    event_id = make_event(services)
    for n, value in enumerate(EVIL):
        services.registrations.register(event_id, person(f"P{n}", "Test", organisation=value))
    csv_path, xlsx_path = tmp_path / "out.csv", tmp_path / "out.xlsx"
    services.exports.export_registrations(event_id, csv_path, ["organisation"])
    services.exports.export_registrations(event_id, xlsx_path, ["organisation"])
    written = [row[0] for row in _read_csv(csv_path)[1:]]
    assert written == ["'" + value for value in EVIL]
    sheet = load_workbook(xlsx_path).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)  # never "f" (formula)
    assert [cell.value for cell in cells] == EVIL


def test_tabs_and_carriage_returns_at_the_start_are_neutralised_too(tmp_path):
    columns = [Column("note", "Note")]
    records = [{"note": "\t=1+1"}, {"note": "\r@x"}, {"note": "gewoon"}]
    write_table(tmp_path / "out.csv", columns, records)
    assert [row[0] for row in _read_csv(tmp_path / "out.csv")] == [
        "Note",
        "'\t=1+1",
        "'\r@x",
        "gewoon",
    ]
    write_table(tmp_path / "out.xlsx", columns, records)
    cells = [row[0] for row in load_workbook(tmp_path / "out.xlsx").active.iter_rows(min_row=2)]
    assert [(c.value, c.data_type) for c in cells] == [
        ("\t=1+1", "s"),
        ("\n@x", "s"),  # XML reads a carriage return as a line feed
        ("gewoon", "s"),
    ]


def test_xlsx_export_of_people_of_an_event(services, tmp_path):
    event_id = _event_with_people(services)
    services.people.create(person("Niet", "Ingeschreven"))
    path = tmp_path / "people.xlsx"
    assert services.exports.export_people(path, event_id=event_id) == 3
    assert services.exports.export_people(tmp_path / "all.xlsx") == 4
    sheet = load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Person", "Given name", "Family name")
    assert [v[2] for v in values[1:]] == ["=Claes", "Maes", "Peeters"]


def test_translated_headers_and_comma_delimiter(services, tmp_path):
    event_id = _event_with_people(services)
    path = tmp_path / "out.csv"

    def dutch(_context, source):
        return {"Family name": "Naam", "Waiting list": "Wachtlijst"}.get(source, source)

    services.exports.export_registrations(
        event_id, path, ["family_name", "status"], translate=dutch, delimiter=","
    )
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Naam,Status" and lines[-1] == "'=Claes,Wachtlijst"


def test_wrong_columns_and_formats_are_refused(services, tmp_path):
    event_id = make_event(services)
    with pytest.raises(UnknownColumnError):
        services.exports.export_registrations(event_id, tmp_path / "x.csv", ["salary"])
    with pytest.raises(ExportFormatError):
        services.exports.export_registrations(event_id, tmp_path / "x.pdf")
