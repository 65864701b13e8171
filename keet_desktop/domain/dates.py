"""The window's one date and time format, without Qt, for the domain and the command line.

The windows show dates with ``QLocale`` of the chosen language (``ui/formatting.py``): Dutch
(Belgium) "di 3/03/2026 19:00", English (United Kingdom) "Tue 03/03/2026 19:00". Messages
made outside the GUI (planning conflicts, ``keet schedule check``) use these functions, which
write exactly the same (a test compares them with QLocale for every weekday and month).
Times are Brussels time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from keet_desktop.domain.timeutil import to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP

# Translated into the code of the language of its file ("nl" in the Dutch one): a message that
# is given only a ``translate(context, source)`` (a KeetError's) learns its language from it.
LANGUAGE = QT_TRANSLATE_NOOP("dates", "en")

_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
# QLocale's short date formats: nl_BE "d/MM/yyyy", en_GB "dd/MM/yyyy".
_DATE = {"nl": "{weekday} {d.day}/{d.month:02}/{d.year}", "en": "{weekday} {d:%d/%m/%Y}"}


def _language(language: str) -> str:
    return language if language in _WEEKDAYS else "en"


def language_of(translate: Callable[[str, str], str]) -> str:
    """The language ``translate(context, source)`` writes ("en" when it does not say)."""
    return _language(translate("dates", LANGUAGE))


def date_text(value: date | datetime, language: str) -> str:
    """A day with its short name: "di 3/03/2026" (nl), "Tue 03/03/2026" (en).

    A datetime is shown as its Brussels date; a date as it is.
    """
    day = to_local(value).date() if isinstance(value, datetime) else value
    lang = _language(language)
    return _DATE[lang].format(weekday=_WEEKDAYS[lang][day.weekday()], d=day)


def time_text(value: datetime) -> str:
    """A Brussels time on the 24-hour clock: "19:00" (both languages)."""
    return to_local(value).strftime("%H:%M")


def datetime_text(value: datetime, language: str) -> str:
    """A date and time: "di 3/03/2026 19:00"."""
    return f"{date_text(value, language)} {time_text(value)}"


def span_text(start: datetime, end: datetime, language: str) -> str:
    """A period: "di 3/03/2026 19:00 – 21:30" (the end's date shown when it differs)."""
    same_day = to_local(start).date() == to_local(end).date()
    until = time_text(end) if same_day else datetime_text(end, language)
    return f"{datetime_text(start, language)} – {until}"


def period_text(first: date | None, last: date | None, language: str) -> str:
    """From one day to another: "ma 2/03/2026 – vr 27/03/2026" ("…" for an open end)."""
    start = date_text(first, language) if first else "…"
    end = date_text(last, language) if last else "…"
    return f"{start} – {end}"
