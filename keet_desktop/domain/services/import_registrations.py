"""Import registrations from a file: a preview that writes nothing, then one transaction.

The preview (:meth:`RegistrationImportService.preview`) reads nothing but the database and
tells what an import would do: new and matched people, duplicates in the file, registered and
waiting, every rejected row with its line and reason, and warnings. :meth:`commit` repeats the
plan inside one write transaction (the database may have changed since the preview) and
writes every valid row with bulk inserts, or nothing at all.

Matching people: by e-mail address (any case, same name). A row without an address is the
person with that name already registered for the event (if exactly one), else the person
with that name and no address, else someone new. A second name under an e-mail address that
is already taken (a household or colleagues booked with one address) is imported as a person
without an e-mail address, with a warning; a name is never dropped. Importing the same file
again adds nobody: everyone is matched and already registered.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.importing.headers import (
    Field,
    detect_source,
    header_score,
    looks_like_header,
    recognise,
    signature,
)
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.importing.readers import Table, read_table
from keet_desktop.domain.importing.rows import ImportRow, ParsedRows, parse_rows
from keet_desktop.domain.models import Event, EventStatus, ImportMapping, Programme
from keet_desktop.domain.privacy.consent import record_bulk
from keet_desktop.domain.privacy.models import ConsentSource, Purpose
from keet_desktop.domain.services import import_writer
from keet_desktop.domain.services.export import Column, write_table
from keet_desktop.domain.services.import_bulk import paused_gc
from keet_desktop.domain.services.import_writer import Lookups, PlannedRegistration
from keet_desktop.i18n import QT_TRANSLATE_NOOP

Report = Callable[[int, int], None]


# After importing this many rows, fold SQLite's write-ahead log back (see Database.checkpoint).
BULK_CHECKPOINT_ROWS = 1_000


class EmptyProgrammeError(errors.KeetError):
    """A programme without sessions to register for."""

    code = "programme_without_sessions"
    template = QT_TRANSLATE_NOOP("errors", "The programme “{programme}” has no open sessions.")


@dataclass
class ImportRequest:
    """What to import: a read table, the field of each column, and where to.

    Attributes:
        table: The file's rows.
        fields: The field of each column (same length as the headers).
        event_id: The event to register for, or None with ``programme_id``.
        programme_id: Register for every (not cancelled) session of this programme.
        remember_mapping: Store ``fields`` for files with the same headers.
    """

    table: Table
    fields: list[Field]
    event_id: int | None = None
    programme_id: int | None = None
    remember_mapping: bool = True


@dataclass
class ImportPlan:
    """What an import does (preview) or did (commit)."""

    request: ImportRequest
    rows: int = 0
    valid: int = 0
    new_people: int = 0
    matched_people: int = 0
    duplicates_in_file: int = 0
    registered: int = 0
    waitlisted: int = 0
    already_registered: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)  # issue 12: cancelled in the file
    event_ids: list[int] = field(default_factory=list)
    committed: bool = False
    parsed: ParsedRows | None = field(default=None, repr=False)
    registrations: list[PlannedRegistration] = field(default_factory=list, repr=False)

    def as_json(self, translate: Callable[[str, str], str]) -> dict[str, object]:
        """The plan as ``keet import registrations --json`` prints it."""
        return {
            "rows": self.rows,
            "valid": self.valid,
            "new_people": self.new_people,
            "matched_people": self.matched_people,
            "duplicates_in_file": self.duplicates_in_file,
            "registered": self.registered,
            "waitlisted": self.waitlisted,
            "already_registered": self.already_registered,
            "rejected": [{"line": p.line, "reason": p.format(translate)} for p in self.rejected],
            "warnings": [{"line": p.line, "message": p.format(translate)} for p in self.warnings],
            "committed": self.committed,
            "skipped": [{"line": p.line, "reason": p.format(translate)} for p in self.skipped],
            "mapping": self.mapping(),
            "ignored": self.ignored(),
        }

    def mapping(self) -> dict[str, str]:
        """Which column became which field: {header: field} (the first of equal headers)."""
        found: dict[str, str] = {}
        for header, column_field in zip(
            self.request.table.headers, self.request.fields, strict=False
        ):
            if column_field is not Field.IGNORE:
                found.setdefault(header or "?", column_field.value)
        return found

    def ignored(self) -> list[str]:
        """The headers of the columns that are not imported."""
        return [
            header
            for header, column_field in zip(
                self.request.table.headers, self.request.fields, strict=False
            )
            if column_field is Field.IGNORE and header
        ]


REPORT_LINE = QT_TRANSLATE_NOOP("importing", "Line")
REPORT_KIND = QT_TRANSLATE_NOOP("importing", "Problem")
REPORT_MESSAGE = QT_TRANSLATE_NOOP("importing", "Message")
REPORT_REJECTED = QT_TRANSLATE_NOOP("importing", "rejected")
REPORT_WARNING = QT_TRANSLATE_NOOP("importing", "warning")


def write_report(
    plan: ImportPlan,
    path: Path,
    translate: Callable[[str, str], str] = lambda _c, s: s,
    *,
    force: bool = False,
) -> int:
    """Write the rejected rows and warnings, with the row's own cells, to a CSV file.

    The file has the line, the kind of problem and the message, then the original columns,
    so the organiser can fix the rejected rows in it and import them again.

    Returns:
        The number of rows written.
    """
    headers = plan.request.table.headers
    by_line = {row.line: row.values for row in plan.request.table.rows}
    columns = [
        Column("_line", REPORT_LINE),
        Column("_kind", REPORT_KIND),
        Column("_message", REPORT_MESSAGE),
    ] + [Column(str(index), header) for index, header in enumerate(headers)]
    records = []
    for kind, problems in ((REPORT_REJECTED, plan.rejected), (REPORT_WARNING, plan.warnings)):
        for problem in problems:
            record: dict[str, object] = {
                "_line": problem.line,
                "_kind": translate("importing", kind),
                "_message": problem.format(translate),
            }
            record.update({str(i): v for i, v in enumerate(by_line.get(problem.line, []))})
            records.append(record)
    write_table(path, columns, records, translate=_keep_headers(translate), force=force)
    return len(records)


def _keep_headers(translate: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """Translate the report's own headers; the file's headers stay as they were."""
    own = {REPORT_LINE, REPORT_KIND, REPORT_MESSAGE}

    def inner(context: str, source: str) -> str:
        return translate(context, source) if source in own else source

    return inner


@dataclass(frozen=True)
class ImportTarget:
    """An event or a programme one can import registrations into."""

    kind: str  # "event" or "programme"
    id: int
    title: str
    starts_at: datetime | None


class RegistrationImportService:
    """Read registration files, preview an import and commit it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def targets(self) -> list[ImportTarget]:
        """Return the events (not cancelled, in start order) and the programmes."""
        with self._db.read() as session:
            events = session.execute(
                select(Event.id, Event.title, Event.starts_at)
                .where(Event.status != EventStatus.CANCELLED)
                .order_by(Event.starts_at, Event.id)
            ).all()
            programmes = session.execute(
                select(Programme.id, Programme.title).order_by(Programme.title, Programme.id)
            ).all()
        return [ImportTarget("event", i, t, s) for i, t, s in events] + [
            ImportTarget("programme", i, t, None) for i, t in programmes
        ]

    @staticmethod
    def read(path: Path, sheet: str | None = None) -> Table:
        """Read a CSV or .xlsx file, finding its header row (and its sheet of people)."""
        return read_table(path, looks_like_header, sheet=sheet, score=header_score)

    def mapping_for(self, headers: Sequence[str]) -> tuple[list[Field], bool]:
        """Return the field of each column and whether it is a remembered mapping."""
        with self._db.read() as session:
            stored = session.scalar(
                select(ImportMapping).where(ImportMapping.signature == signature(headers))
            )
        if stored is not None:
            values = json.loads(stored.fields)
            if len(values) == len(headers) and all(v in Field._value2member_map_ for v in values):
                return [Field(v) for v in values], True
        return recognise(headers), False

    def request(
        self,
        path: Path,
        *,
        event_id: int | None = None,
        programme_id: int | None = None,
        sheet: str | None = None,
    ) -> ImportRequest:
        """Read ``path`` (``sheet`` of a workbook) and map its columns."""
        table = self.read(path, sheet)
        fields, _remembered = self.mapping_for(table.headers)
        return ImportRequest(table, fields, event_id, programme_id)

    def preview(self, request: ImportRequest, report: Report | None = None) -> ImportPlan:
        """Say what importing ``request`` would do, writing nothing."""
        plan = ImportPlan(request)
        with paused_gc():
            plan.parsed = parse_rows(request.table, request.fields, report)
            with self._db.read() as session:
                events = self._events(session, request, lock=False)
                self._plan(session, plan, events)
        return plan

    def commit(self, plan: ImportPlan, report: Report | None = None) -> ImportPlan:
        """Import every valid row of a previewed plan in one transaction.

        The plan is made again against the database as it is now, so the counts returned are
        what was written. A failure (or a cancel through ``report``) writes nothing.
        """
        request = plan.request
        with paused_gc():
            parsed = plan.parsed or parse_rows(request.table, request.fields, report)
            done = ImportPlan(request, parsed=parsed)
            with self._db.write() as session:
                events = self._events(session, request, lock=True)
                self._plan(session, done, events)
                import_writer.write(session, done.registrations, report)
                consents = _consents(done.registrations)
                record_bulk(session, consents, ConsentSource.IMPORT)  # issue 13
                if request.remember_mapping:
                    _remember(session, request.table.headers, request.fields)
        done.committed = True
        if len(done.registrations) >= BULK_CHECKPOINT_ROWS:
            self._db.checkpoint()
        return done

    @staticmethod
    def _events(session: Session, request: ImportRequest, *, lock: bool) -> list[Event]:
        if request.programme_id is not None:
            programme = session.get(Programme, request.programme_id)
            if programme is None:
                raise errors.NotFoundError(
                    "programme_id", what="programme", key="id", value=request.programme_id
                )
            query = select(Event).where(
                Event.programme_id == programme.id, Event.status != EventStatus.CANCELLED
            )
            if lock:
                query = query.with_for_update()
            events = list(session.scalars(query.order_by(Event.starts_at, Event.id)))
            if not events:
                raise EmptyProgrammeError(programme=programme.title)
            return events
        query = select(Event).where(Event.id == request.event_id)
        if lock:
            query = query.with_for_update()
        events = list(session.scalars(query))
        if not events:
            raise errors.NotFoundError("event_id", what="event", key="id", value=request.event_id)
        for event in events:
            if event.status is EventStatus.CANCELLED:
                raise errors.EventCancelledError(event=event.title)
        return events

    @staticmethod
    def _plan(session: Session, plan: ImportPlan, events: list[Event]) -> Lookups:
        parsed = plan.parsed
        assert parsed is not None
        source = detect_source(plan.request.table.headers) or "import"
        keep_codes = len(events) == 1
        lookups = Lookups.load(session, parsed.rows, events)
        people, duplicates, warnings = _people(parsed.rows, lookups)
        plan.rows = parsed.total
        plan.valid = len(parsed.rows)
        plan.rejected = list(parsed.rejected)
        plan.skipped = list(parsed.skipped)
        file_warnings = plan.request.table.problems
        plan.warnings = sorted(file_warnings + parsed.warnings + warnings, key=lambda p: p.line)
        plan.duplicates_in_file = duplicates
        plan.new_people = sum(1 for p in people if p.person_id is None)
        plan.matched_people = len(people) - plan.new_people
        plan.event_ids = [e.id for e in events]
        planned, code_warnings = import_writer.plan_registrations(
            people, events, lookups, source if keep_codes else None
        )
        plan.registrations = planned
        plan.warnings = sorted(plan.warnings + code_warnings, key=lambda p: p.line)
        plan.registered = sum(1 for r in planned if r.status == "registered" and r.is_new)
        plan.waitlisted = sum(1 for r in planned if r.status == "waitlisted" and r.is_new)
        plan.already_registered = sum(1 for r in planned if not r.is_new)
        return lookups


def _people(
    rows: list[ImportRow], lookups: Lookups
) -> tuple[list[import_writer.PlannedPerson], int, list[RowProblem]]:
    """Group rows into people: duplicates merged, households split, existing people matched."""
    people: dict[str, import_writer.PlannedPerson] = {}
    warnings: list[RowProblem] = []
    duplicates = 0
    for row in rows:
        key = f"email:{row.email_key}" if row.email_key else f"name:{row.name_key}"
        first = people.get(key)
        if first is not None and row.email_key and first.row.name_key != row.name_key:
            warnings.append(_household(row, first.row))
            row = row.without_email()
            key = f"name:{row.name_key}"
            first = people.get(key)
        if first is not None:
            duplicates += 1
            first.merge(row)
            warnings.append(
                RowProblem(
                    row.line, "duplicate", {"name": row.display_name, "other_line": first.row.line}
                )
            )
            continue
        planned, warning = lookups.match(row)
        row = planned.row
        if warning is not None:
            warnings.append(warning)
            key = f"name:{row.name_key}"
            if key in people:
                duplicates += 1
                people[key].merge(row)
                continue
        people[key] = planned
    return list(people.values()), duplicates, warnings


def _consents(planned: Sequence[import_writer.PlannedRegistration]) -> list[Any]:
    """The consent answers of the file's rows, per person written (issue 13)."""
    return [
        (item.person.person_id, Purpose(purpose), granted)
        for item in planned
        if item.person.person_id is not None
        for purpose, granted in item.person.row.consents.items()
    ]


def _household(row: ImportRow, first: ImportRow) -> RowProblem:
    return RowProblem(
        row.line,
        "household",
        {
            "name": row.display_name,
            "email": row.person.email,
            "other": first.display_name,
            "other_line": first.line,
        },
    )


def _remember(session: Session, headers: Sequence[str], fields: Sequence[Field]) -> None:
    key = signature(headers)
    stored = session.scalar(select(ImportMapping).where(ImportMapping.signature == key))
    if stored is None:
        stored = ImportMapping(signature=key)
        session.add(stored)
    stored.headers = json.dumps(list(headers), ensure_ascii=False)
    stored.fields = json.dumps([f.value for f in fields])
    stored.updated_at = utcnow()
