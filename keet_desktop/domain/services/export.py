"""Export an event's registrations, or people, as CSV or Excel (.xlsx), with chosen columns.

CSV is written the way Belgian Excel opens it with a double click: UTF-8 with a byte-order
mark (so accents survive), semicolons between fields (Excel in a Dutch/Belgian locale expects
them, since the comma is the decimal separator) and CRLF line ends; pass ``delimiter=","`` for
other tools.

CSV injection: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return could be run as a formula by a spreadsheet. In CSV such a value gets a leading
apostrophe (``'=1+1``), as OWASP advises. In .xlsx it is written as a text cell with Excel's
"quote prefix" set, never as a formula, so the value stays exactly as it was and is shown,
not run.
"""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.labels import registration_status_label, role_label
from keet_desktop.domain.models import CheckIn, Event, Person, Registration, RegistrationStatus
from keet_desktop.domain.privacy.consent import with_consent_ids  # issue 13
from keet_desktop.domain.privacy.models import Purpose  # issue 13
from keet_desktop.domain.safefile import check_target, safe_open
from keet_desktop.domain.timeutil import to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "importing"
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
TABLE_SUFFIXES = (".csv", ".xlsx")
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters .xlsx refuses


class ExportFormatError(errors.KeetError):
    """A file name that is neither .csv nor .xlsx."""

    code = "export_format"
    template = QT_TRANSLATE_NOOP("errors", "Export to a .csv or .xlsx file, not “{file}”.")
    exit_code = 2


class UnknownColumnError(errors.KeetError):
    """A column name the export does not know."""

    code = "unknown_column"
    template = QT_TRANSLATE_NOOP("errors", "There is no column “{column}”; choose from {choices}.")
    exit_code = 2


@dataclass(frozen=True)
class Column:
    """A column an export can have: its key (for scripts) and its header (translated)."""

    key: str
    label: str


REGISTRATION_COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("importing", "Registration")),
    Column("given_name", QT_TRANSLATE_NOOP("importing", "Given name")),
    Column("family_name", QT_TRANSLATE_NOOP("importing", "Family name")),
    Column("email", QT_TRANSLATE_NOOP("importing", "E-mail")),
    Column("phone", QT_TRANSLATE_NOOP("importing", "Phone")),
    Column("organisation", QT_TRANSLATE_NOOP("importing", "Organisation")),
    Column("municipality", QT_TRANSLATE_NOOP("importing", "Municipality")),
    Column("status", QT_TRANSLATE_NOOP("importing", "Status")),
    Column("waitlist_position", QT_TRANSLATE_NOOP("importing", "Waiting list place")),
    Column("role", QT_TRANSLATE_NOOP("importing", "Role")),
    Column("ticket_code", QT_TRANSLATE_NOOP("importing", "Ticket code")),
    Column("registered_at", QT_TRANSLATE_NOOP("importing", "Registered at")),
    Column("checked_in_at", QT_TRANSLATE_NOOP("importing", "Checked in at")),
    Column("desk", QT_TRANSLATE_NOOP("importing", "Desk")),
    Column("minutes_online", QT_TRANSLATE_NOOP("importing", "Minutes online")),
)
PEOPLE_COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("importing", "Person")),
    Column("given_name", QT_TRANSLATE_NOOP("importing", "Given name")),
    Column("family_name", QT_TRANSLATE_NOOP("importing", "Family name")),
    Column("email", QT_TRANSLATE_NOOP("importing", "E-mail")),
    Column("phone", QT_TRANSLATE_NOOP("importing", "Phone")),
    Column("organisation", QT_TRANSLATE_NOOP("importing", "Organisation")),
    Column("municipality", QT_TRANSLATE_NOOP("importing", "Municipality")),
    Column("preferred_language", QT_TRANSLATE_NOOP("importing", "Language")),
    Column("created_at", QT_TRANSLATE_NOOP("importing", "Known since")),
)
_PERSON_FIELDS = (
    "given_name",
    "family_name",
    "email",
    "phone",
    "organisation",
    "municipality",
    "preferred_language",
)


def _identity(_context: str, source: str) -> str:
    return source


def neutralise(value: str) -> str:
    """Return a CSV cell that no spreadsheet runs as a formula (``'`` before a risky start)."""
    if value.startswith(DANGEROUS_START):
        return "'" + value
    return value


def choose_columns(available: Sequence[Column], keys: Sequence[str] | None) -> list[Column]:
    """Return the columns named by ``keys`` in that order (all of them for None)."""
    if not keys:
        return list(available)
    by_key = {c.key: c for c in available}
    for key in keys:
        if key not in by_key:
            raise UnknownColumnError(column=key, choices=", ".join(by_key))
    return [by_key[key] for key in keys]


class ExportService:
    """Write registrations and people to CSV or .xlsx files."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def export_registrations(
        self,
        event_id: int,
        path: Path,
        columns: Sequence[str] | None = None,
        *,
        translate: Translate = _identity,
        delimiter: str = ";",
        consent: str | None = None,
        force: bool = False,
    ) -> int:
        """Write an event's registrations (cancelled ones included, last); returns the rows.

        With ``consent`` (a purpose, issue 13) only people who consent to it now are written.
        The file is written safely (:mod:`keet_desktop.domain.safefile`): whole or not at all,
        never over the database, an existing file only replaced with ``force``.
        """
        chosen = choose_columns(REGISTRATION_COLUMNS, columns)
        _check_suffix(path)
        self._check_target(path, force)
        with self._db.read() as session:
            if session.get(Event, event_id) is None:
                raise errors.NotFoundError("event_id", what="event", key="id", value=event_id)
            records = _registration_records(session, event_id, translate, consent)
        return write_table(
            path,
            chosen,
            records,
            translate=translate,
            delimiter=delimiter,
            force=force,
            protected=[self._db.sqlite_path],
        )

    def export_people(
        self,
        path: Path,
        columns: Sequence[str] | None = None,
        *,
        event_id: int | None = None,
        translate: Translate = _identity,
        delimiter: str = ";",
        consent: str | None = None,
        force: bool = False,
    ) -> int:
        """Write people (those registered for ``event_id``, or everyone); returns the rows.

        With ``consent`` (a purpose, issue 13) only people who consent to it now are written.
        """
        chosen = choose_columns(PEOPLE_COLUMNS, columns)
        _check_suffix(path)
        self._check_target(path, force)
        query = select(Person.id, Person.created_at, *(getattr(Person, f) for f in _PERSON_FIELDS))
        query = query.where(*_consent_filter(consent))
        if event_id is not None:
            query = query.where(
                Person.id.in_(
                    select(Registration.person_id).where(
                        Registration.event_id == event_id,
                        Registration.status != RegistrationStatus.CANCELLED,
                    )
                )
            )
        with self._db.read() as session:
            if event_id is not None and session.get(Event, event_id) is None:
                raise errors.NotFoundError("event_id", what="event", key="id", value=event_id)
            records = [
                dict(row._mapping)
                for row in session.execute(query.order_by(Person.family_name, Person.given_name))
            ]
        return write_table(
            path,
            chosen,
            records,
            translate=translate,
            delimiter=delimiter,
            force=force,
            protected=[self._db.sqlite_path],
        )

    def _check_target(self, path: Path, force: bool) -> None:
        """Refuse a bad target before reading anything (it is checked again when written)."""
        check_target(path, suffixes=TABLE_SUFFIXES, force=force, protected=[self._db.sqlite_path])


def _check_suffix(path: Path) -> None:
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise ExportFormatError(file=path.name)


def _consent_filter(consent: str | None) -> list[Any]:
    if consent is None:
        return []
    return [Person.id.in_(with_consent_ids(Purpose(consent)))]


def _registration_records(
    session: Session, event_id: int, translate: Translate, consent: str | None = None
) -> list[dict[str, Any]]:
    query = (
        select(
            Registration.id,
            Registration.status,
            Registration.waitlist_order,
            Registration.role,
            Registration.ticket_code,
            Registration.registered_at,
            CheckIn.checked_in_at,
            CheckIn.desk,
            CheckIn.minutes_online,
            *(getattr(Person, f) for f in _PERSON_FIELDS),
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(
            CheckIn,
            and_(CheckIn.registration_id == Registration.id, CheckIn.undone_at.is_(None)),
        )
        .where(Registration.event_id == event_id, *_consent_filter(consent))
    )
    records = [dict(row._mapping) for row in session.execute(query)]
    rank = {RegistrationStatus.REGISTERED: 0, RegistrationStatus.WAITLISTED: 1}
    records.sort(
        key=lambda r: (rank.get(r["status"], 2), r["waitlist_order"] or 0, r["registered_at"])
    )
    position = 0
    for record in records:
        status = record["status"]
        if status is RegistrationStatus.WAITLISTED:
            position += 1
            record["waitlist_position"] = position
        else:
            record["waitlist_position"] = None
        record["status"] = registration_status_label(status, translate)
        record["role"] = role_label(record["role"], translate)
    return records


def write_table(
    path: Path,
    columns: Sequence[Column],
    records: Sequence[dict[str, Any]],
    *,
    translate: Translate = _identity,
    delimiter: str = ";",
    force: bool = False,
    protected: Sequence[Path | None] = (),
) -> int:
    """Write ``records`` (dicts by column key) as CSV or .xlsx, safely; returns how many."""
    headers = [translate(CONTEXT, c.label) for c in columns]
    keys = [c.key for c in columns]
    xlsx = path.suffix.lower() == ".xlsx"
    with safe_open(
        path,
        suffixes=TABLE_SUFFIXES,
        force=force,
        protected=protected,
        text=not xlsx,
        encoding=None if xlsx else "utf-8-sig",
        newline=None if xlsx else "",
    ) as stream:
        if xlsx:
            _write_xlsx(cast(BinaryIO, stream), headers, keys, records)
        else:
            _write_csv(stream, headers, keys, records, delimiter)
    return len(records)


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return to_local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str):
        return neutralise(value)
    return value


def _write_csv(
    stream: IO[str],
    headers: list[str],
    keys: list[str],
    records: Sequence[dict[str, Any]],
    delimiter: str,
) -> None:
    writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([[_csv_value(r.get(k)) for k in keys] for r in records])


def _write_xlsx(
    stream: BinaryIO, headers: list[str], keys: list[str], records: Sequence[dict[str, Any]]
) -> None:
    from openpyxl import Workbook  # slow to import; only for Excel files
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # the characters .xlsx refuses
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def text_cell(value: str, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # a text cell, never a formula
        cell.quotePrefix = True
        if font is not None:
            cell.font = font
        return cell

    header_cells = []
    for header in headers:
        cell = text_cell(header, bold)
        header_cells.append(cell)
    sheet.append(header_cells)
    for record in records:
        row: list[Any] = []
        for key in keys:
            value = record.get(key)
            if isinstance(value, datetime):
                value = to_local(value).replace(tzinfo=None)
            elif isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if value.startswith(DANGEROUS_START):
                    value = text_cell(value)
            row.append(value)
        sheet.append(row)
    # openpyxl leaves its zip and row writer half-open when the target fails (a full disk);
    # build the file aside, then copy it: a failure then only concerns our own stream.
    with tempfile.SpooledTemporaryFile(max_size=32_000_000) as built:
        workbook.save(built)
        built.seek(0)
        shutil.copyfileobj(built, stream)
