"""Meeting reports as a whole: who attended, who registered but stayed away, and on which day.

Zoom's *webinar* attendee report is a stack of small tables, each under its own title row:
"Attendee Report" with the webinar's summary ("Topic", "Webinar ID", "Actual Start Time"...),
"Host Details", "Panelist Details", "Attendee Details" and sometimes "Other Attended", each
with its own header ("Attended", "User Name (Original Name)", "First Name", "Last Name",
"Email", "Join Time", "Leave Time", "Time in Session (minutes)"...). A registrant who did not
come has "Attended" = "No" and "--" for the times: listed as absent, never as present. The
host is left out (the organiser, not a participant); panelists and attendees are read.
Other reports (Zoom meetings, Teams) are read by :mod:`~keet_desktop.domain.importing.attendance`.

Every report says when the meeting took place; :func:`report_dates` finds those days, so an
import into an event on another day can be refused unless the organiser confirms it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from keet_desktop.domain import errors
from keet_desktop.domain.importing.attendance import Participant, _columns, read_attendance
from keet_desktop.domain.importing.headers import ANONYMOUS, header_key
from keet_desktop.domain.importing.readers import (
    Row,
    csv_rows,
    limited,
    read_limited_bytes,
)
from keet_desktop.domain.importing.sniff import decode, detect_delimiter
from keet_desktop.domain.text import email_key, fold, nfc
from keet_desktop.i18n import QT_TRANSLATE_NOOP

_SECTIONS = {
    "hostdetails": "host",
    "panelistdetails": "panelist",
    "attendeedetails": "attendee",
    "otherattended": "attendee",
}
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}  # fmt: skip
_NUMERIC_DATE = re.compile(r"\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_NAMED_DATE = re.compile(r"\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b")
_SCAN_ROWS = 400


class ReportDateError(errors.KeetError):
    """A meeting report of another day than the event's."""

    code = "report_date"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” is a report of {report_date}, but the event takes place on {event_date}. "
        "Import it anyway only if this is the right report (--accept-date).",
    )
    exit_code = 1


@dataclass
class AttendanceReport:
    """A meeting report: the people present, the registrants who stayed away, the days."""

    participants: list[Participant]
    absent: list[Participant] = field(default_factory=list)
    dates: set[date] = field(default_factory=set)
    kind: str = ""  # "zoom_webinar" or "" (meeting report)
    mapping: dict[str, str] = field(default_factory=dict)  # column → what it was read as
    ignored: list[str] = field(default_factory=list)

    def other_day(self, day: date) -> date | None:
        """The report's day when it says nothing of ``day``; None when it matches or is unknown."""
        if not self.dates or day in self.dates:
            return None
        return min(self.dates)


def read_report(path: Path) -> AttendanceReport:
    """Read a Zoom or Teams report, with its absentees (webinars) and its days.

    Raises:
        UnreadableFileError: The file cannot be opened.
        NotATableError: No table with a name and a duration column.
    """
    data = read_limited_bytes(path)  # issue 11: size, row and cell limits while reading
    text, _encoding = decode(data)
    rows = list(limited(csv_rows(text, detect_delimiter(text), path.name), path.name))
    dates = report_dates(rows)
    if any(_section(row) for row in rows[:_SCAN_ROWS]):
        present, absent, header = _webinar(rows)
        report = AttendanceReport(present, absent, dates, "zoom_webinar")
        if header is not None:
            _describe(report, header[0], header[1].used())
        return report
    report = AttendanceReport(read_attendance(path), [], dates)
    for row in rows[:_SCAN_ROWS]:
        columns = _columns(row.values)
        if columns is not None:
            used = {"name": columns.name, "email": columns.email, "duration": columns.duration}
            used["upn"] = columns.upn
            _describe(report, row.values, used)
            break
    return report


def _describe(report: AttendanceReport, cells: Sequence[str], used: dict[str, int | None]) -> None:
    """Fill the report's mapping (column → what it was read as) and its ignored columns."""
    taken = {index: what for what, index in used.items() if index is not None}
    for index, cell in enumerate(cells):
        if not cell:
            continue
        if index in taken:
            report.mapping.setdefault(cell, taken[index])
        else:
            report.ignored.append(cell)


def _section(row: Row) -> str:
    cells = [c for c in row.values if c]
    return _SECTIONS.get(header_key(cells[0]), "") if len(cells) == 1 else ""


def _webinar(
    rows: Sequence[Row],
) -> tuple[list[Participant], list[Participant], tuple[list[str], _WebinarColumns] | None]:
    """Panelists and attendees, each once with their time added up; absentees apart.

    Also returns the attendees' header and its columns (to show what was read).
    """
    present: dict[str, Participant] = {}
    absent: dict[str, Participant] = {}
    section, header = "", None
    described: tuple[list[str], _WebinarColumns] | None = None
    for row in rows:
        title = _section(row)
        if title:
            section, header = title, None
            continue
        if not any(row.values) or not section:
            continue
        if header is None:
            header = _WebinarColumns.of(row.values)
            if section == "attendee" and described is None:
                described = (row.values, header)
            continue
        if section == "host":
            continue
        _add(header, row, present, absent)
    for key in present:
        absent.pop(key, None)
    return list(present.values()), list(absent.values()), described


@dataclass(frozen=True)
class _WebinarColumns:
    attended: int | None
    name: int | None
    given: int | None
    family: int | None
    email: int | None
    minutes: int | None

    @classmethod
    def of(cls, cells: Sequence[str]) -> _WebinarColumns:
        keys = [header_key(c) for c in cells]

        def find(*words: str) -> int | None:
            return next((i for i, k in enumerate(keys) if k in words), None)

        return cls(
            attended=find("attended"),
            name=find("usernameoriginalname", "username", "name", "naam"),
            given=find("firstname", "voornaam"),
            family=find("lastname", "achternaam"),
            email=find("email", "useremail", "emailadres"),
            minutes=next((i for i, k in enumerate(keys) if k.startswith("timeinsession")), None),
        )

    def used(self) -> dict[str, int | None]:
        """What each read column holds."""
        return {
            "attended": self.attended,
            "name": self.name,
            "given_name": self.given,
            "family_name": self.family,
            "email": self.email,
            "duration": self.minutes,
        }


def _cell(values: list[str], index: int | None) -> str:
    return values[index].strip() if index is not None and index < len(values) else ""


def _add(
    columns: _WebinarColumns,
    row: Row,
    present: dict[str, Participant],
    absent: dict[str, Participant],
) -> None:
    values = row.values
    name = nfc(_cell(values, columns.name))
    name = re.sub(r"\s*\(.+\)$", "", name)  # "Current name (Original name)"
    if not name:
        name = nfc(f"{_cell(values, columns.given)} {_cell(values, columns.family)}".strip())
    email = _cell(values, columns.email)
    if email.casefold() in ANONYMOUS or "@" not in email:
        email = ""
    if not name and not email:
        return
    key = email_key(email) or "name:" + fold(name)
    minutes = _cell(values, columns.minutes)
    seconds = int(float(minutes) * 60) if re.fullmatch(r"\d+(\.\d+)?", minutes) else 0
    attended = _cell(values, columns.attended).casefold() not in ("no", "nee", "non")
    target = present if attended else absent
    found = target.get(key)
    if found is None:
        target[key] = Participant(name, email, seconds if attended else 0, row.line)
    else:
        found.seconds += seconds if attended else 0


def report_dates(rows: Iterable[Row]) -> set[date]:
    """Every day a report mentions in a date-time cell (both readings of 03/04/2026)."""
    days: set[date] = set()
    for number, row in enumerate(rows):
        if number >= _SCAN_ROWS:
            break
        for cell in row.values:
            if cell and any(ch.isdigit() for ch in cell) and ":" in cell:
                days.update(_dates_in(cell))
    return days


def _dates_in(cell: str) -> set[date]:
    found: set[date] = set()
    for match in _NAMED_DATE.finditer(cell):
        month = _MONTHS.get(match.group(1).lower()[:3])
        if month is not None:
            found |= _valid(int(match.group(3)), month, int(match.group(2)))
    for first, second, third in _NUMERIC_DATE.findall(cell):
        if len(first) == 4:  # 2026-11-27
            found |= _valid(int(first), int(second), int(third))
            continue
        year = int(third) + (2000 if len(third) == 2 else 0)
        found |= _valid(year, int(first), int(second)) | _valid(year, int(second), int(first))
    return found


def _valid(year: int, month: int, day: int) -> set[date]:
    try:
        return {date(year, month, day)}
    except ValueError:
        return set()


def format_day(day: date) -> str:
    """A day as people in Belgium write it (27-11-2026)."""
    return datetime(day.year, day.month, day.day).strftime("%d-%m-%Y")
