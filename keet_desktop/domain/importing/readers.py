"""Read CSV and Excel (.xlsx) files into a :class:`Table` with the line numbers the user sees.

A CSV record that spans several lines (a quoted field with a newline) carries the number of the
line it starts on, as a text editor shows it; an Excel row carries its row number.
"""

from __future__ import annotations

import csv
import io
import shutil
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
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

# Limits (issue 11), checked while reading, so that memory stays small for any input.
MAX_FILE_BYTES = 25_000_000
MAX_ROWS = 100_000
MAX_CELL_CHARS = 10_000
MAX_COLUMNS = 500
MAX_XLSX_UNCOMPRESSED = 250_000_000
MAX_XLSX_MEMBER = 100_000_000


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


class FileTooLargeError(errors.KeetError):
    """A file over the size that can be imported."""

    code = "file_too_large"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” is too large ({size_mb} MB; at most {limit_mb} MB can be imported). "
        "Nothing was imported; split it into smaller files.",
    )
    exit_code = 2


class TooManyRowsError(errors.KeetError):
    """A file with more rows than can be imported at once."""

    code = "too_many_rows"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” has more than {limit} rows. Nothing was imported; split it into smaller files.",
    )
    exit_code = 2


class CellTooLargeError(errors.KeetError):
    """A cell, or a row, far larger than any list of people holds."""

    code = "cell_too_large"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{file}”, line {line}: a cell holds more than {limit} characters, or a row more "
        "than {columns} columns. Nothing was imported.",
    )
    exit_code = 2


class BrokenFileError(errors.KeetError):
    """A damaged CSV or Excel file (broken quoting, broken zip or XML, a missing sheet)."""

    code = "broken_file"
    template = QT_TRANSLATE_NOOP(
        "errors", "“{file}” is damaged and cannot be read ({detail}). Nothing was imported."
    )
    exit_code = 2


class UnsafeFileError(errors.KeetError):
    """An Excel file with XML entity declarations (entity bombs, external entities)."""

    code = "unsafe_file"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” holds XML entity declarations, which Excel files never need (it may be an "
        "attack). It was not read; nothing was imported.",
    )
    exit_code = 2


def read_limited_bytes(path: Path) -> bytes:
    """Return the bytes of ``path``, refusing a file over :data:`MAX_FILE_BYTES`."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UnreadableFileError(file=str(path), detail=exc.strerror or str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:
        size = path.stat().st_size
        raise FileTooLargeError(
            file=path.name, size_mb=round(size / 1e6), limit_mb=MAX_FILE_BYTES // 1_000_000
        )
    return data


def limited(rows: Iterable[Row], name: str) -> Iterator[Row]:
    """Pass ``rows`` on, refusing too many rows, too long cells and too wide rows."""
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS + _HEADER_SEARCH_ROWS:
            raise TooManyRowsError(file=name, limit=MAX_ROWS)
        values = row.values  # one C-level pass per row (a 60-column export has 600,000 cells)
        if len(values) > MAX_COLUMNS or (values and max(map(len, values)) > MAX_CELL_CHARS):
            raise CellTooLargeError(
                file=name, line=row.line, limit=MAX_CELL_CHARS, columns=MAX_COLUMNS
            )
        yield row


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
    data = read_limited_bytes(path)
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
    table = _to_table(limited(csv_rows(text, delimiter, name), name), is_header, name)
    table.delimiter = delimiter
    return table


def csv_rows(text: str, delimiter: str, name: str = "") -> Iterable[Row]:
    """Yield the records of CSV ``text`` with the line each starts on.

    Raises:
        CellTooLargeError: A field over the CSV reader's limit (never read on as new rows).
        BrokenFileError: Other broken CSV.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise CellTooLargeError(
                    file=name, line=start, limit=MAX_CELL_CHARS, columns=MAX_COLUMNS
                ) from exc
            raise BrokenFileError(file=name, detail=f"line {start}: {exc}") from exc
        yield Row(start, list(map(str.strip, record)))
        start = reader.line_num + 1


def _excel_rows(
    path: Path, data: bytes, sheet: str | None = None, score: HeaderScore | None = None
) -> tuple[list[Row], str, list[str]]:
    from openpyxl import load_workbook  # slow to import; only for Excel files

    data = _check_excel_container(path.name, data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # style warnings of files made by other tools
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise NotATableError(file=path.name) from exc
    except Exception as exc:  # hostile or broken XML: say so, never a traceback
        raise BrokenFileError(file=path.name, detail=_short(exc)) from exc
    try:
        if not workbook.worksheets:
            raise BrokenFileError(file=path.name, detail="no sheet")
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise UnknownSheetError(file=path.name, sheet=sheet, sheets=", ".join(names))
        chosen = sheet if sheet is not None else _best_sheet(workbook, names, score)
        worksheet = workbook[chosen]
        worksheet.reset_dimensions()  # do not trust (or pad rows to) the sheet's stated size
        numbered = enumerate(worksheet.iter_rows(values_only=True), start=1)
        rows = list(
            limited(
                (
                    Row(n, [_cell_text(v) for v in values[: MAX_COLUMNS + 1]])
                    for n, values in numbered
                ),
                path.name,
            )
        )
    except errors.KeetError:
        raise
    except Exception as exc:  # a bad shared-string index, broken XML in the sheet, ...
        raise BrokenFileError(file=path.name, detail=_short(exc)) from exc
    finally:
        workbook.close()
    return rows, chosen, names


def _best_sheet(workbook: Any, names: list[str], score: HeaderScore | None) -> str:
    """The sheet whose best header candidate scores highest (the first on a tie)."""
    if score is None or len(names) < 2:
        return names[0]
    best, best_score = names[0], -1
    for name in names:
        worksheet = workbook[name]
        worksheet.reset_dimensions()  # a sheet's stated size may be wrong or missing (issue 11)
        head = worksheet.iter_rows(max_row=_HEADER_SEARCH_ROWS, values_only=True)
        found = max((score([_cell_text(v) for v in values]) for values in head), default=0)
        if found > best_score:
            best, best_score = name, found
    return best


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _check_excel_container(name: str, data: bytes) -> bytes:
    """Refuse a zip bomb and XML entity declarations before openpyxl reads anything.

    Returns:
        The file, with a ``<dimension>`` added to sheets without one: openpyxl otherwise
        parses a whole sheet just to find out its size (a minute for a million rows).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError) as exc:
        raise NotATableError(file=name) from exc  # NotImplemented: an unknown zip version
    undimensioned: list[str] = []
    with archive:
        total = sum(m.file_size for m in members)
        if total > MAX_XLSX_UNCOMPRESSED or any(m.file_size > MAX_XLSX_MEMBER for m in members):
            raise FileTooLargeError(
                file=name, size_mb=round(total / 1e6), limit_mb=MAX_XLSX_UNCOMPRESSED // 1_000_000
            )
        for member in members:
            if not member.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(member) as stream:
                    head = stream.read(65536)
            except Exception as exc:  # a damaged member (bad CRC, unsupported compression)
                raise BrokenFileError(file=name, detail=_short(exc)) from exc
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise UnsafeFileError(file=name)
            if member.filename.startswith("xl/worksheets/") and _lacks_dimension(head):
                undimensioned.append(member.filename)
        if undimensioned:
            try:
                return _with_dimensions(archive, set(undimensioned))
            except Exception as exc:  # any other damaged member (bad CRC, unknown zip version)
                raise BrokenFileError(file=name, detail=_short(exc)) from exc
    return data


def _lacks_dimension(head: bytes) -> bool:
    data_at = head.find(b"sheetData")
    return data_at >= 0 and b"dimension" not in head[:data_at]


def _with_dimensions(archive: zipfile.ZipFile, names: set[str]) -> bytes:
    """Copy the archive (streaming), adding ``<dimension ref="A1"/>`` to the named sheets."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
        for member in archive.infolist():
            with (
                archive.open(member) as source,
                copy.open(member.filename, "w", force_zip64=True) as target,
            ):
                head = source.read(65536)
                if member.filename in names:
                    at = head.find(b"sheetData")
                    start = head.rfind(b"<", 0, at)
                    prefix = head[start + 1 : at]
                    head = head[:start] + b"<" + prefix + b'dimension ref="A1"/>' + head[start:]
                target.write(head)
                shutil.copyfileobj(source, target, 1 << 20)
    return buffer.getvalue()


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
