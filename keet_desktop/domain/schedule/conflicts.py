"""Planning conflicts: pure rules over loaded events, rooms, venues and programmes.

Every rule takes :class:`Slot` snapshots (what the timetable knows of an event) and returns
:class:`Conflict` objects that say what clashes with what. Times are compared in UTC, so a
daylight-saving change never makes two sessions overlap or part; opening hours, programme
periods and holidays are about the local (Europe/Brussels) clock and calendar.

Two sessions that touch (one ends at 21:00, the next starts at 21:00) do not clash.
Cancelled events are never part of a conflict.
"""

from __future__ import annotations

import enum
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from keet_desktop.domain import dates
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "conflicts"


class Severity(enum.StrEnum):
    """How bad a conflict is: an error must be solved, a warning is worth a look."""

    ERROR = "error"
    WARNING = "warning"


class ConflictKind(enum.StrEnum):
    """The rule a conflict breaks (names as in the command line contract)."""

    ROOM_DOUBLE_BOOKED = "room_double_booked"
    FACILITATOR_DOUBLE_BOOKED = "facilitator_double_booked"
    OVER_ROOM_CAPACITY = "over_room_capacity"
    OUTSIDE_OPENING = "outside_opening"
    OUTSIDE_PROGRAMME = "outside_programme"
    PUBLIC_HOLIDAY = "public_holiday"


SEVERITIES: dict[ConflictKind, Severity] = {
    ConflictKind.ROOM_DOUBLE_BOOKED: Severity.ERROR,
    ConflictKind.FACILITATOR_DOUBLE_BOOKED: Severity.ERROR,
    ConflictKind.OVER_ROOM_CAPACITY: Severity.ERROR,
    ConflictKind.OUTSIDE_OPENING: Severity.ERROR,
    ConflictKind.OUTSIDE_PROGRAMME: Severity.WARNING,
    ConflictKind.PUBLIC_HOLIDAY: Severity.WARNING,
}

TEMPLATES: dict[ConflictKind, str] = {
    ConflictKind.ROOM_DOUBLE_BOOKED: QT_TRANSLATE_NOOP(
        "conflicts",
        "Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).",
    ),
    ConflictKind.FACILITATOR_DOUBLE_BOOKED: QT_TRANSLATE_NOOP(
        "conflicts",
        "{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” "
        "({second_time}).",
    ),
    ConflictKind.OVER_ROOM_CAPACITY: QT_TRANSLATE_NOOP(
        "conflicts",
        "“{event}” has {registered} registrations but room {room} holds {room_capacity}.",
    ),
    ConflictKind.OUTSIDE_OPENING: QT_TRANSLATE_NOOP(
        "conflicts",
        "“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).",
    ),
    ConflictKind.OUTSIDE_PROGRAMME: QT_TRANSLATE_NOOP(
        "conflicts",
        "“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).",
    ),
    ConflictKind.PUBLIC_HOLIDAY: QT_TRANSLATE_NOOP(
        "conflicts", "“{event}” is on a public holiday: {holiday} ({day})."
    ),
}


@dataclass(frozen=True)
class Slot:
    """What the conflict rules know of one event (a saved one, or a draft being planned).

    ``id`` is None for a draft that is not saved yet. Times are aware (stored UTC).
    """

    id: int | None
    title: str
    starts_at: datetime
    ends_at: datetime
    room_id: int | None = None
    room: str = ""
    room_capacity: int | None = None
    venue: str = ""
    opens_at: time | None = None
    closes_at: time | None = None
    facilitators: tuple[tuple[int, str], ...] = ()
    registered: int = 0
    programme: str = ""
    programme_starts_on: date | None = None
    programme_ends_on: date | None = None
    online: bool = False
    kind: str = ""
    venue_id: int | None = None


@dataclass(frozen=True)
class Conflict:
    """One broken rule: its kind, severity, the events involved and what to say.

    Attributes:
        kind: The rule.
        severity: Error or warning.
        events: Ids of the events involved (None for an unsaved draft).
        params: Values for the message template.
    """

    kind: ConflictKind
    events: tuple[int | None, ...]
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def severity(self) -> Severity:
        """Error or warning, by kind."""
        return SEVERITIES[self.kind]

    def format(
        self, translate: Callable[[str, str], str] | None = None, language: str = "en"
    ) -> str:
        """The message in the language of ``translate(context, source)``."""
        params = {key: _shown(value, language) for key, value in self.params.items()}
        if self.kind is ConflictKind.PUBLIC_HOLIDAY:
            params["holiday"] = holiday_name(self.params["day"], language) or params["holiday"]
        template = TEMPLATES[self.kind]
        text = translate(CONTEXT, template) if translate is not None else template
        return text.format(**params)

    def message(self) -> str:
        """The message in English."""
        return self.format()


@dataclass(frozen=True)
class Span:
    """A period in a conflict's parameters, shown in the message's language."""

    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Period:
    """A programme's first and last day in a conflict's parameters (None: open)."""

    first: date | None
    last: date | None


def _shown(value: Any, language: str) -> Any:
    """A parameter as the message shows it: dates in the window's format for ``language``."""
    if isinstance(value, Span):
        return dates.span_text(value.starts_at, value.ends_at, language)
    if isinstance(value, Period):
        return dates.period_text(value.first, value.last, language)
    if isinstance(value, date):
        return dates.date_text(value, language)
    return value


def _overlapping_pairs(slots: Sequence[Slot]) -> Iterable[tuple[Slot, Slot]]:
    """Pairs of slots whose times overlap (touching is not overlapping), by a sweep."""
    ordered = sorted(slots, key=lambda s: (s.starts_at, s.ends_at))
    active: list[Slot] = []
    for slot in ordered:
        active = [other for other in active if other.ends_at > slot.starts_at]
        for other in active:
            yield other, slot
        active.append(slot)


def _pair_params(first: Slot, second: Slot) -> dict[str, Any]:
    return {
        "first": first.title,
        "first_time": Span(first.starts_at, first.ends_at),
        "second": second.title,
        "second_time": Span(second.starts_at, second.ends_at),
    }


def room_double_booked(slots: Sequence[Slot]) -> list[Conflict]:
    """Two events in the same room at overlapping times."""
    by_room: dict[int, list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.room_id is not None:
            by_room[slot.room_id].append(slot)
    conflicts = []
    for room_slots in by_room.values():
        for first, second in _overlapping_pairs(room_slots):
            params = _pair_params(first, second) | {"room": first.room}
            conflicts.append(
                Conflict(ConflictKind.ROOM_DOUBLE_BOOKED, (first.id, second.id), params)
            )
    return conflicts


def facilitator_double_booked(slots: Sequence[Slot]) -> list[Conflict]:
    """A facilitator leading two overlapping events, on site or online."""
    by_person: dict[int, list[Slot]] = defaultdict(list)
    names: dict[int, str] = {}
    for slot in slots:
        for facilitator_id, name in slot.facilitators:
            by_person[facilitator_id].append(slot)
            names[facilitator_id] = name
    conflicts = []
    for facilitator_id, person_slots in by_person.items():
        for first, second in _overlapping_pairs(person_slots):
            params = _pair_params(first, second) | {"facilitator": names[facilitator_id]}
            conflicts.append(
                Conflict(ConflictKind.FACILITATOR_DOUBLE_BOOKED, (first.id, second.id), params)
            )
    return conflicts


def over_room_capacity(slots: Sequence[Slot]) -> list[Conflict]:
    """More registrations than the room holds."""
    return [
        Conflict(
            ConflictKind.OVER_ROOM_CAPACITY,
            (slot.id,),
            {
                "event": slot.title,
                "registered": slot.registered,
                "room": slot.room,
                "room_capacity": slot.room_capacity,
            },
        )
        for slot in slots
        if slot.room_id is not None
        and slot.room_capacity is not None
        and slot.registered > slot.room_capacity
    ]


def _within_opening(slot: Slot) -> bool:
    opens = slot.opens_at or time(0, 0)
    start = slot.starts_at.astimezone(BRUSSELS)
    end = slot.ends_at.astimezone(BRUSSELS)
    day_end = datetime.combine(start.date() + timedelta(days=1), time(0, 0))
    closes = (
        datetime.combine(start.date(), slot.closes_at)
        if slot.closes_at is not None and slot.closes_at > opens
        else day_end
    )
    naive_start, naive_end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    return naive_start >= datetime.combine(start.date(), opens) and naive_end <= closes


def outside_opening(slots: Sequence[Slot]) -> list[Conflict]:
    """An event that starts before its venue opens or ends after it closes (local time)."""
    conflicts = []
    for slot in slots:
        if slot.room_id is None and not slot.venue:
            continue
        if slot.opens_at is None and slot.closes_at is None:
            continue
        if _within_opening(slot):
            continue
        hours = f"{(slot.opens_at or time(0)):%H:%M}–{(slot.closes_at or time(0)):%H:%M}"
        params = {
            "event": slot.title,
            "event_time": Span(slot.starts_at, slot.ends_at),
            "venue": slot.venue,
            "hours": hours,
        }
        conflicts.append(Conflict(ConflictKind.OUTSIDE_OPENING, (slot.id,), params))
    return conflicts


def outside_programme(slots: Sequence[Slot]) -> list[Conflict]:
    """A session that falls (partly) outside its programme's first and last day."""
    conflicts = []
    for slot in slots:
        first, last = slot.programme_starts_on, slot.programme_ends_on
        if first is None and last is None:
            continue
        start_day = slot.starts_at.astimezone(BRUSSELS).date()
        end_day = (slot.ends_at - timedelta(microseconds=1)).astimezone(BRUSSELS).date()
        if (first is None or start_day >= first) and (last is None or end_day <= last):
            continue
        params = {
            "event": slot.title,
            "event_time": Span(slot.starts_at, slot.ends_at),
            "programme": slot.programme,
            "period": Period(first, last),
        }
        conflicts.append(Conflict(ConflictKind.OUTSIDE_PROGRAMME, (slot.id,), params))
    return conflicts


@functools.cache
def _belgian_holidays(year: int, language: str) -> dict[date, str]:
    import holidays  # half a second to import: when a date is checked

    calendar = holidays.country_holidays(
        "BE", years=year, language="nl" if language == "nl" else "en_US"
    )
    return dict(calendar.items())


def holiday_name(day: date, language: str = "en") -> str | None:
    """The name of the Belgian public holiday on ``day`` in ``language``, or None.

    The national public holidays of Belgium, as the ``holidays`` library keeps them. Community
    days (11 July in Flanders, 27 September, 15 November) are not public holidays for most
    workers and are not flagged.
    """
    return _belgian_holidays(day.year, language).get(day)


def public_holiday(slots: Sequence[Slot]) -> list[Conflict]:
    """An event on a Belgian public holiday (a warning: venues and people are often off)."""
    conflicts = []
    for slot in slots:
        day = slot.starts_at.astimezone(BRUSSELS).date()
        name = holiday_name(day)
        if name is None:
            continue
        params = {"event": slot.title, "holiday": name, "day": day}
        conflicts.append(Conflict(ConflictKind.PUBLIC_HOLIDAY, (slot.id,), params))
    return conflicts


RULES = (
    room_double_booked,
    facilitator_double_booked,
    over_room_capacity,
    outside_opening,
    outside_programme,
    public_holiday,
)


def find_conflicts(slots: Sequence[Slot]) -> list[Conflict]:
    """Every conflict among ``slots``: errors first, then by the first event's start."""
    found = [conflict for rule in RULES for conflict in rule(slots)]
    starts = {slot.id: slot.starts_at for slot in slots}
    return sorted(
        found,
        key=lambda c: (
            c.severity is not Severity.ERROR,
            min(
                (starts[i] for i in c.events if i in starts),
                default=datetime.max.replace(tzinfo=BRUSSELS),
            ),
            list(ConflictKind).index(c.kind),
        ),
    )


def involving(conflicts: Iterable[Conflict], event_id: int | None) -> list[Conflict]:
    """The conflicts that involve the event ``event_id`` (None: the unsaved draft)."""
    return [c for c in conflicts if event_id in c.events]
