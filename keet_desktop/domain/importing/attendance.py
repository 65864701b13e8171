"""Read video-meeting attendance reports: Zoom's participants CSV and Microsoft Teams' report.

Zoom writes UTF-8 CSV with "Name (Original Name)", "User Email", "Join Time", "Leave Time"
and "Duration (Minutes)", one row per join (a rejoin is a new row); older exports put a
meeting summary with its own header above a blank line. Teams' "Download attendance list"
is UTF-16, tab-separated, in numbered sections ("1. Summary", "2. Participants" with
"In-Meeting Duration" like "1h 2m 3s", "3. In-Meeting Activities"). The reader takes the
first table that has a name and a duration column and adds up each person's time. The first
Teams lists (2020-2021: "Full Name", "User Action" Joined/Left, "Timestamp") are read too: the
time between each join and the next leave, a join without a leave lasting to the list's end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from keet_desktop.domain.importing.headers import ANONYMOUS, header_key
from keet_desktop.domain.importing.readers import (
    NotATableError,
    Row,
    csv_rows,
    limited,
    read_limited_bytes,
)
from keet_desktop.domain.importing.sniff import decode, detect_delimiter
from keet_desktop.domain.text import email_key, fold, nfc

_DURATION_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\W\d_]+)\.?")
# Every unit Zoom and Teams write (English and Dutch), in seconds.
_UNIT_SECONDS: dict[str, int] = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "u", "uur", "uren"), 3600),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "minuut", "minuten"), 60),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", "seconde", "seconden"), 1),
}
_CLOCK = re.compile(r"^(\d+):(\d{2})(?::(\d{2}))?$")
_SECTION = re.compile(r"^\d+\.\s")


@dataclass
class Participant:
    """One person in a meeting report, with the time they were in the meeting."""

    name: str
    email: str
    seconds: int
    first_line: int
    upn: str = ""  # issue 12: Teams' "Participant ID (UPN)" when it differs from the e-mail

    @property
    def minutes(self) -> int:
        """Whole minutes in the meeting."""
        return self.seconds // 60


@dataclass(frozen=True)
class _Columns:
    name: int
    email: int | None
    duration: int
    minutes: bool
    upn: int | None = None


def parse_duration(value: str, minutes_by_default: bool = True) -> int:
    """Return seconds of a duration as Zoom and Teams write it.

    "1h 2m 3s", "1h2m", "2 hrs 5 mins", "45 min", "1 uur 5 minuten", "30 seconden",
    "01:02:03", "1:02" (h:mm) or a plain number (minutes, or seconds when
    ``minutes_by_default`` is false). Words that are no unit are skipped.
    """
    text = value.strip()
    if not text:
        return 0
    if re.fullmatch(r"\d+([.,]\d+)?", text):
        number = float(text.replace(",", "."))
        return round(number * 60) if minutes_by_default else round(number)
    clock = _CLOCK.match(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        if seconds is None:
            return int(hours) * 3600 + int(minutes) * 60
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds)
    total = 0.0
    for amount, unit in _DURATION_PART.findall(text):
        scale = _UNIT_SECONDS.get(unit.casefold())
        if scale is not None:
            total += float(amount.replace(",", ".")) * scale
    return round(total)


def read_attendance(path: Path) -> list[Participant]:
    """Read a Zoom or Teams report; returns each person once with their added-up time.

    Raises:
        UnreadableFileError: The file cannot be opened.
        NotATableError: No table with a name and a duration column.
    """
    data = read_limited_bytes(path)
    text, _encoding = decode(data)
    rows = list(limited(csv_rows(text, detect_delimiter(text), path.name), path.name))
    for index, row in enumerate(rows):
        columns = _columns(row.values)
        if columns is not None:
            return _participants(rows[index + 1 :], columns)
        legacy = _legacy_columns(row.values)
        if legacy is not None:
            return _joins_and_leaves(rows[index + 1 :], *legacy)
    raise NotATableError(file=path.name)


def _columns(cells: Sequence[str]) -> _Columns | None:
    keys = [header_key(c) for c in cells]
    name = _find(keys, ("name", "naam", "fullname", "volledigenaam"))
    duration = _find(keys, ("duration", "duur"), anywhere=True)
    if name is None or duration is None:
        return None
    email = _find(keys, ("useremail", "email", "emailgebruiker", "mail", "participantidupn"))
    upn = _find(keys, ("participantidupn", "deelnemersidupn", "upn"))
    upn = upn if upn != email else None
    return _Columns(name, email, duration, minutes="sec" not in keys[duration], upn=upn)


def _find(keys: Sequence[str], words: tuple[str, ...], *, anywhere: bool = False) -> int | None:
    for word in words:
        for index, key in enumerate(keys):
            if key.startswith(word) or (anywhere and word in key):
                return index
    return None


def _participants(rows: Sequence[Row], columns: _Columns) -> list[Participant]:
    people: dict[str, Participant] = {}
    for row in rows:
        cells = [c for c in row.values if c]
        if not cells or (len(cells) == 1 and _SECTION.match(cells[0])):
            break
        values = row.values + [""] * (max(columns.name, columns.duration) + 2)
        name = _display_name(values[columns.name])
        email = values[columns.email].strip() if columns.email is not None else ""
        if email.casefold() in ANONYMOUS or "@" not in email:
            email = ""
        upn = values[columns.upn].strip() if columns.upn is not None else ""
        if not email and "@" in upn:
            email, upn = upn, ""
        if not name and not email:
            continue
        seconds = parse_duration(values[columns.duration], columns.minutes)
        key = email_key(email) or "name:" + fold(name)
        found = people.get(key)
        if found is None:
            other = upn if "@" in upn and email_key(upn) != email_key(email) else ""
            people[key] = Participant(name, email, seconds, row.line, other)
        else:
            found.seconds += seconds
    return list(people.values())


# The first Teams reports (2020-2021) list actions instead of durations.
_TIME_FORMATS = (
    "%m/%d/%Y, %I:%M:%S %p",
    "%d/%m/%Y, %H:%M:%S",
    "%d-%m-%Y, %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H:%M:%S",
    "%m/%d/%Y %I:%M:%S %p",
    "%Y-%m-%d %H:%M:%S",
)


def _legacy_columns(cells: Sequence[str]) -> tuple[int, int, int] | None:
    """Columns of an old Teams list: "Full Name", "User Action" (Joined/Left), "Timestamp"."""
    keys = [header_key(c) for c in cells]
    name = _find(keys, ("fullname", "volledigenaam", "name", "naam"))
    action = _find(keys, ("useraction", "gebruikersactie", "actie", "action"))
    moment = _find(keys, ("timestamp", "tijdstempel"))
    if name is None or action is None or moment is None:
        return None
    return name, action, moment


def _parse_times(values: Sequence[str]) -> list[datetime] | None:
    for pattern in _TIME_FORMATS:
        try:
            return [datetime.strptime(v.strip(), pattern) for v in values]
        except ValueError:
            continue
    return None


def _joins_and_leaves(
    rows: Sequence[Row], name: int, action: int, moment: int
) -> list[Participant]:
    """Add up the time between each "Joined" and the next "Left" of the same name."""
    width = max(name, action, moment) + 1
    events = [r for r in rows if len(r.values) >= width and r.values[name]]
    times = _parse_times([r.values[moment] for r in events])
    if times is None:
        return []
    end = max(times, default=None)
    people: dict[str, Participant] = {}
    joined: dict[str, datetime] = {}
    for row, when in zip(events, times, strict=True):
        display = nfc(row.values[name])
        key = fold(display)
        person = people.setdefault(key, Participant(display, "", 0, row.line))
        if row.values[action].strip().casefold().startswith(("left", "verlaten", "vertrokken")):
            if key in joined:
                person.seconds += int((when - joined.pop(key)).total_seconds())
        else:
            joined.setdefault(key, when)
    for key, since in joined.items():
        if end is not None:
            people[key].seconds += int((end - since).total_seconds())
    return list(people.values())


def _display_name(raw: str) -> str:
    """Zoom writes "Current name (Original name)"; keep the current name."""
    name = nfc(raw)
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    return match.group(1) if match else name
