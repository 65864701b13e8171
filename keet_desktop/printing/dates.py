"""Dates and times in the document's language, from translated month and day names.

No ``locale`` module: the names are marked for translation and translated like every label.
"""

from __future__ import annotations

from datetime import datetime

from keet_desktop.domain.timeutil import to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate

MONTHS = (
    QT_TRANSLATE_NOOP("printing", "January"),
    QT_TRANSLATE_NOOP("printing", "February"),
    QT_TRANSLATE_NOOP("printing", "March"),
    QT_TRANSLATE_NOOP("printing", "April"),
    QT_TRANSLATE_NOOP("printing", "May"),
    QT_TRANSLATE_NOOP("printing", "June"),
    QT_TRANSLATE_NOOP("printing", "July"),
    QT_TRANSLATE_NOOP("printing", "August"),
    QT_TRANSLATE_NOOP("printing", "September"),
    QT_TRANSLATE_NOOP("printing", "October"),
    QT_TRANSLATE_NOOP("printing", "November"),
    QT_TRANSLATE_NOOP("printing", "December"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("printing", "Monday"),
    QT_TRANSLATE_NOOP("printing", "Tuesday"),
    QT_TRANSLATE_NOOP("printing", "Wednesday"),
    QT_TRANSLATE_NOOP("printing", "Thursday"),
    QT_TRANSLATE_NOOP("printing", "Friday"),
    QT_TRANSLATE_NOOP("printing", "Saturday"),
    QT_TRANSLATE_NOOP("printing", "Sunday"),
)
DATE_TEMPLATE = QT_TRANSLATE_NOOP("printing", "{weekday} {day} {month} {year}")
SHORT_DATE_TEMPLATE = QT_TRANSLATE_NOOP("printing", "{day} {month} {year}")
TIME_RANGE_TEMPLATE = QT_TRANSLATE_NOOP("printing", "{start}–{end}")


def format_date(value: datetime, translate: Translate, *, weekday: bool = True) -> str:
    """Return ``value``'s Brussels date, e.g. "dinsdag 3 maart 2026" in Dutch."""
    local = to_local(value)
    template = DATE_TEMPLATE if weekday else SHORT_DATE_TEMPLATE
    return translate("printing", template).format(
        weekday=translate("printing", WEEKDAYS[local.weekday()]),
        day=local.day,
        month=translate("printing", MONTHS[local.month - 1]),
        year=local.year,
    )


def format_time(value: datetime) -> str:
    """Return ``value``'s Brussels time as 24-hour "HH:MM"."""
    return to_local(value).strftime("%H:%M")


def format_when(start: datetime, end: datetime, translate: Translate) -> str:
    """Return date and time range, e.g. "dinsdag 3 maart 2026, 19:00–21:00"."""
    times = translate("printing", TIME_RANGE_TEMPLATE).format(
        start=format_time(start), end=format_time(end)
    )
    day = format_date(start, translate)
    if to_local(start).date() != to_local(end).date():
        return f"{day} {format_time(start)} – {format_date(end, translate)} {format_time(end)}"
    return f"{day}, {times}"
