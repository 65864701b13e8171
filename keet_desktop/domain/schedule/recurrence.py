"""Repeating series of sessions in local (Europe/Brussels) time, across daylight saving.

"Every Tuesday 19:00–21:30, six sessions, not on 14 April" gives six Tuesdays at 19:00 on the
wall clock, whether the clocks changed in between or not; the stored UTC times differ by an
hour across the change, as they should.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from keet_desktop.domain import errors
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import QT_TRANSLATE_NOOP

MAX_SESSIONS = 200


class InvalidSeriesError(errors.KeetError):
    """A series that cannot be made (no sessions, or it ends before it starts)."""

    code = "invalid_series"
    template = QT_TRANSLATE_NOOP("errors", "This series cannot be made: {detail}")


@dataclass(frozen=True)
class Series:
    """A repeating series of sessions.

    Attributes:
        first_day: The day of the first session (its weekday is the series' weekday).
        start: Local start time of every session.
        end: Local end time (on the same day, or the next day when earlier than ``start``).
        count: How many sessions are held; skipped dates do not count, the series goes on.
        every_weeks: 1 for weekly, 2 for every other week.
        skip: Dates on which no session is held.
    """

    first_day: date
    start: time
    end: time
    count: int
    every_weeks: int = 1
    skip: frozenset[date] = field(default_factory=frozenset)


def _local(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, tzinfo=BRUSSELS)


def occurrences(series: Series) -> list[tuple[datetime, datetime]]:
    """Return ``(starts_at, ends_at)`` of each session, aware, in UTC.

    Raises:
        InvalidSeriesError: No sessions, more than 200, or a step below one week.
    """
    if series.count < 1 or series.count > MAX_SESSIONS:
        raise InvalidSeriesError("count", detail=f"count={series.count}")
    if series.every_weeks < 1:
        raise InvalidSeriesError("every_weeks", detail=f"every_weeks={series.every_weeks}")
    if series.end == series.start:
        raise InvalidSeriesError("ends_at", detail=f"{series.start:%H:%M}–{series.end:%H:%M}")
    sessions: list[tuple[datetime, datetime]] = []
    day = series.first_day
    step = timedelta(weeks=series.every_weeks)
    while len(sessions) < series.count:
        if day not in series.skip:
            end_day = day if series.end > series.start else day + timedelta(days=1)
            sessions.append(
                (
                    _local(day, series.start).astimezone(UTC),
                    _local(end_day, series.end).astimezone(UTC),
                )
            )
        day += step
    return sessions
