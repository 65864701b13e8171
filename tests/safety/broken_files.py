"""A corpus of broken and hostile import files, made the same way every run (seeded)."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl import Workbook

HEADER = "Voornaam;Achternaam;E-mail;Organisatie;Telefoon\r\n"
GOOD_ROWS = [
    "Jan;Peeters;jan.peeters@example.be;Kringwinkel;+32 470 12 34 56",
    "Ayşe;Yılmaz;ayse@example.be;Textiel Opnieuw;0470123457",
    '"Van den Broeck, Els";Maes;els@example.be;"De Keet; Aalst";',
    "Mohamed;El Idrissi;m.elidrissi@example.be;;",
]
ZOOM = (
    "Naam (oorspronkelijke naam),E-mail van gebruiker,Totale duur (minuten),Gast\r\n"
    "Jan Peeters,jan.peeters@example.be,55,Nee\r\nEls Maes,els@example.be,12,Ja\r\n"
)


def good_csv() -> bytes:
    return (HEADER + "\r\n".join(GOOD_ROWS) + "\r\n").encode("utf-8")


def good_xlsx() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER.strip().split(";"))
    for row in GOOD_ROWS:
        sheet.append(row.replace('"', "").split(";")[:5])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _replace(data: bytes, name: str, content: bytes | None) -> bytes:
    members = _members(data)
    if content is None:
        members.pop(name, None)
    else:
        members[name] = content
    return _zip(members)


SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&lol3;</t></si></sst>"
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&xxe;</t></si></sst>"
)
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet_xml(rows: Iterator[bytes] | list[bytes]) -> bytes:
    return b"<worksheet " + NS + b"><sheetData>" + b"".join(rows) + b"</sheetData></worksheet>"


def million_rows_xlsx() -> bytes:
    """A small .xlsx (a few MB) with 1,048,576 rows of one cell."""
    rows = (
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (n, n)
        for n in range(1, 1_048_577)
    )
    return _replace(good_xlsx(), SHEET, sheet_xml(list(rows)))


def zip_bomb_xlsx() -> bytes:
    """An .xlsx whose sheet unpacks to 300 MB of blanks."""
    return _replace(good_xlsx(), SHEET, b" " * 300_000_000)


def _xlsx_cases(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    base = good_xlsx()
    yield "xlsx-broken-sheet-xml", _replace(base, SHEET, b"<worksheet><sheetData><row>")
    yield "xlsx-entity-bomb", _replace(base, STRINGS, BOMB)
    yield "xlsx-external-entity", _replace(base, STRINGS, EXTERNAL)
    yield "xlsx-no-sheet", _replace(base, SHEET, None)
    yield "xlsx-no-workbook", _replace(base, "xl/workbook.xml", None)
    yield "xlsx-no-content-types", _replace(base, "[Content_Types].xml", None)
    bad_index = sheet_xml([b'<row r="1"><c r="A1" t="s"><v>99999</v></c></row>'])
    yield "xlsx-bad-shared-string-index", _replace(base, SHEET, bad_index)
    yield "xlsx-not-a-zip", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(3000))
    yield "xlsx-text-inside", b"Voornaam;Achternaam\r\nJan;Peeters\r\n"
    yield "xlsx-empty", b""
    wide = sheet_xml([b'<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'])
    yield "xlsx-one-cell-far-right", _replace(base, SHEET, wide)
    huge_dimension = base.replace(b"A1:E5", b"A1:XFD1048576")
    yield "xlsx-huge-dimension", huge_dimension
    yield (
        "xlsx-bad-number",
        _replace(base, SHEET, sheet_xml([b'<row r="1"><c r="A1"><v>not a number</v></c></row>'])),
    )
    yield (
        "xlsx-bad-date",
        _replace(
            base, SHEET, sheet_xml([b'<row r="1"><c r="A1" t="d"><v>yesterday</v></c></row>'])
        ),
    )
    for n in range(45):
        length = len(base)
        cut = rng.randrange(1, length)
        yield f"xlsx-truncated-{n}", base[:cut]
    for n in range(45):
        mutated = bytearray(base)
        for _ in range(rng.randrange(1, 12)):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        yield f"xlsx-flipped-{n}", bytes(mutated)
    members = _members(base)
    for n in range(25):
        name = rng.choice(sorted(members))
        content = bytearray(members[name])
        if content:
            for _ in range(rng.randrange(1, 6)):
                content[rng.randrange(len(content))] = rng.choice(b"<>&\"'/\x00\xff")
        yield f"xlsx-bad-member-{n}", _replace(base, name, bytes(content))


def _csv_cases(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    base = good_csv()
    yield "csv-10mb-cell", HEADER.encode() + b"Jan;" + b"A" * 10_000_000 + b";x@example.be;;\r\n"
    yield "csv-200k-cell", HEADER.encode() + b"Jan;" + b"B" * 200_000 + b";x@example.be;;\r\n"
    yield "csv-open-quote", HEADER.encode() + b'"Jan;Peeters;jan@example.be\r\n' * 3000
    yield "csv-nul-bytes", base.replace(b"Peeters", b"Pee\x00ters")
    yield "csv-binary-garbage", bytes(rng.randrange(256) for _ in range(20_000))
    yield "csv-only-header", HEADER.encode()
    yield "csv-empty", b""
    yield (
        "csv-120k-rows",
        HEADER.encode()
        + b"".join(b"P%d;Q%d;p%d@example.be;;\r\n" % (n, n, n) for n in range(120_000)),
    )
    yield "csv-30mb", HEADER.encode() + b"x;y;z;;\r\n" * 3_500_000
    yield "csv-wide", HEADER.encode() + b";" * 5000 + b"\r\n"
    yield "csv-utf16-half", "Voornaam;Achternaam\r\nJan;Peeters\r\n".encode("utf-16")[:-3]
    for n in range(40):
        cut = rng.randrange(1, len(base))
        yield f"csv-truncated-{n}", base[:cut]
    for n in range(40):
        mutated = bytearray(base)
        for _ in range(rng.randrange(1, 20)):
            mutated[rng.randrange(len(mutated))] = rng.choice(b';"\r\n\x00\xff\xfe=+-@\t')
        yield f"csv-mutated-{n}", bytes(mutated)


def _attendance_cases(rng: random.Random) -> Iterator[tuple[str, bytes]]:
    base = ZOOM.encode()
    yield "zoom-10mb-cell", base + b'"' + b"Z" * 10_000_000 + b'",a@b.be,5,Nee\r\n'
    yield "zoom-open-quote", base + b'"Jan,jan@example.be,5\r\n' * 1000
    for n in range(20):
        mutated = bytearray(base)
        for _ in range(rng.randrange(1, 10)):
            mutated[rng.randrange(len(mutated))] = rng.choice(b',"\r\n\x00\xff:')
        yield f"zoom-mutated-{n}", bytes(mutated)


def corpus(folder: Path) -> list[tuple[str, Path]]:
    """Write the corpus into ``folder``; return (kind, path): kind is registrations/attendance."""
    rng = random.Random(20261130)
    made: list[tuple[str, Path]] = []
    makers: list[tuple[str, str, Callable[[random.Random], Iterator[tuple[str, bytes]]]]] = [
        ("registrations", ".xlsx", _xlsx_cases),
        ("registrations", ".csv", _csv_cases),
        ("attendance", ".csv", _attendance_cases),
    ]
    for kind, suffix, maker in makers:
        for name, content in maker(rng):
            path = folder / f"{name}{suffix}"
            path.write_bytes(content)
            made.append((kind, path))
    for name, content in (
        ("xlsx-million-rows", million_rows_xlsx()),
        ("xlsx-zip-bomb", zip_bomb_xlsx()),
    ):
        path = folder / f"{name}.xlsx"
        path.write_bytes(content)
        made.append(("registrations", path))
    return made
