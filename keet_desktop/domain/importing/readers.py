"""Read CSV and Excel (.xlsx) files into a :class:`Table` with the line numbers the user sees.

A CSV record that spans several lines (a quoted field with a newline) carries the number of the
line it starts on, as a text editor shows it; an Excel row carries its row number.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from keet_desktop.domain import errors
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.importing.sniff import decode, detect_delimiter, stray_bytes
from keet_desktop.i18n import QT_TRANSLATE_NOOP

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_HEADER_SEARCH_ROWS = 10


class UnreadableFileError(errors.KeetError):
    """A file that cannot be opened or read."""

    code = "unreadable_file"
    template = QT_TRANSLATE_NOOP("errors", "Cannot read “{file}”: {detail}")
    exit_code = 2


class NotATableError(errors.KeetError):
    """A file that is not a CSV or Excel file, or has no header row."""

    code = "not_a_table"
    template = QT_TRANSLATE_NOOP(
        "errors", "“{file}” is not a CSV or Excel (.xlsx) file with a header row."
    )
    exit_code = 2


class UnknownSheetError(errors.KeetError):
    """A sheet name that the workbook does not have."""

    code = "unknown_sheet"
    template = QT_TRANSLATE_NOOP(
        "errors", "“{file}” has no sheet “{sheet}”; its sheets are: {sheets}."
    )
    exit_code = 2


@dataclass(frozen=True)
class Row:
    """One data row: the line (or Excel row) it starts on and its cells, trimmed."""

    line: int
    values: list[str]


@dataclass
class Table:
    """A file's header and rows.

    Attributes:
        headers: The header row's cells (trimmed).
        rows: Every non-blank row after the header.
        header_line: The line (or Excel row) of the header.
        encoding: The text encoding used ("" for Excel).
        delimiter: The CSV delimiter ("" for Excel).
        name: The file's name, for messages.
        problems: Warnings about the file itself, with their line (stray bytes).
    """

    headers: list[str]
    rows: list[Row]
    header_line: int = 1
    encoding: str = ""
    delimiter: str = ""
    name: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    sheet: str = ""  # issue 12: the worksheet read, and every sheet of the workbook
    sheets: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # e.g. stray bytes in UTF-8


HeaderTest = Callable[[Sequence[str]], bool]
HeaderScore = Callable[[Sequence[str]], int]


def read_table(
    path: Path,
    is_header: HeaderTest | None = None,
    *,
    sheet: str | None = None,
    score: HeaderScore | None = None,
) -> Table:
    """Read a CSV or .xlsx file.

    Args:
        path: The file.
        is_header: Says whether a row looks like the header; the first such row among the
            first ten is taken, else the first non-blank row.
        sheet: The worksheet of a workbook to read (by name).
        score: Without ``sheet``, the sheet whose best row among its first ten scores
            highest is read (the first sheet on a tie, or without ``score``).

    Raises:
        UnreadableFileError: The file cannot be opened.
        NotATableError: The file has no header row, or is not CSV or Excel.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(file=str(path), detail=exc.strerror or str(exc)) from exc
    if path.suffix.lower() in EXCEL_SUFFIXES or data.startswith(b"PK\x03\x04"):
        lines, chosen, names = _excel_rows(path, data, sheet, score)
        table = _to_table(lines, is_header, path.name)
        table.sheet, table.sheets = chosen, names
        _widen_to_the_data(table)
    else:
        if b"\x00\x00\x00" in data[:4000] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise NotATableError(file=path.name)
        text, encoding = decode(data)
        table = read_csv_text(text, is_header, path.name)
        table.encoding = encoding
        table.problems = [
            RowProblem(line, "stray_bytes", {"count": count})
            for line, count in stray_bytes(data, encoding).items()
        ]
    return table


def read_csv_text(text: str, is_header: HeaderTest | None = None, name: str = "") -> Table:
    """Read CSV ``text`` (delimiter sniffed) into a :class:`Table`."""
    delimiter = detect_delimiter(text)
    table = _to_table(csv_rows(text, delimiter), is_header, name)
    table.delimiter = delimiter
    return table


def csv_rows(text: str, delimiter: str) -> Iterable[Row]:
    """Yield the records of CSV ``text`` with the line each starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:  # e.g. a NUL byte; keep the rest readable
            record = []
        yield Row(start, [cell.strip() for cell in record])
        start = reader.line_num + 1


def _excel_rows(
    path: Path, data: bytes, sheet: str | None = None, score: HeaderScore | None = None
) -> tuple[list[Row], str, list[str]]:
    from openpyxl import load_workbook  # slow to import; only for Excel files

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # style warnings of files made by other tools
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise NotATableError(file=path.name) from exc
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise UnknownSheetError(file=path.name, sheet=sheet, sheets=", ".join(names))
        chosen = sheet if sheet is not None else _best_sheet(workbook, names, score)
        rows = [
            Row(number, [_cell_text(value) for value in values])
            for number, values in enumerate(workbook[chosen].iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
    return rows, chosen, names


def _best_sheet(workbook: Any, names: list[str], score: HeaderScore | None) -> str:
    """The sheet whose best header candidate scores highest (the first on a tie)."""
    if score is None or len(names) < 2:
        return names[0]
    best, best_score = names[0], -1
    for name in names:
        head = workbook[name].iter_rows(max_row=_HEADER_SEARCH_ROWS, values_only=True)
        found = max((score([_cell_text(v) for v in values]) for values in head), default=0)
        if found > best_score:
            best, best_score = name, found
    return best


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def _widen_to_the_data(table: Table) -> None:
    """Give an Excel sheet's columns without a header an empty one (notes beside the list).

    A CSV row with more fields than the header is broken; in a sheet it is a column someone
    added without a title, so it is kept as a column to ignore or to map.
    """
    width = len(table.headers)
    for row in table.rows:
        used = len(row.values)
        while used > width and not row.values[used - 1]:
            used -= 1
        width = max(width, used)
    table.headers.extend([""] * (width - len(table.headers)))


def _to_table(lines: Iterable[Row], is_header: HeaderTest | None, name: str) -> Table:
    rows = [r for r in lines if any(r.values)]
    if not rows:
        raise NotATableError(file=name)
    index = 0
    if is_header is not None:
        for candidate, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
            if is_header(row.values):
                index = candidate
                break
    header = rows[index]
    headers = list(header.values)
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise NotATableError(file=name)
    return Table(headers=headers, rows=rows[index + 1 :], header_line=header.line, name=name)
