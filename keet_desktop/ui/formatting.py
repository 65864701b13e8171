"""Dates, times, numbers and enum labels in the UI's language (QLocale of the language)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from keet_desktop.domain import labels
from keet_desktop.domain.models import EventKind, EventStatus, RegistrationStatus, Role
from keet_desktop.domain.timeutil import BRUSSELS


def label(context: str, source: str) -> str:
    """Translate one of :mod:`keet_desktop.domain.labels` in the UI's language."""
    return QCoreApplication.translate(context, source)


def kind_label(kind: EventKind) -> str:
    """The translated name of an event kind."""
    return labels.kind_label(kind, label)


def event_status_label(status: EventStatus) -> str:
    """The translated name of an event status."""
    return labels.event_status_label(status, label)


def registration_status_label(status: RegistrationStatus) -> str:
    """The translated name of a registration status."""
    return labels.registration_status_label(status, label)


def role_label(role: Role) -> str:
    """The translated name of a role."""
    return labels.role_label(role, label)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in Brussels time."""
    local = value.astimezone(BRUSSELS)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone(b"Europe/Brussels"),
    )


def to_wall_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as Brussels wall-clock time without a zone (for date-time editors)."""
    local = value.astimezone(BRUSSELS)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (shown in Brussels time) as an aware datetime."""
    date, time = value.date(), value.time()
    return datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=BRUSSELS
    )


def date_text(value: datetime) -> str:
    """A date in the locale's short format, with the day's name (``vr 27/11/2026``)."""
    local = to_qdatetime(value).date()
    return qdate_text(local)


def day_text(value: date) -> str:
    """A calendar day (no time) as :func:`date_text` shows it (``vr 27/11/2026``)."""
    return qdate_text(QDate(value.year, value.month, value.day))


def qdate_text(value: QDate) -> str:
    """A QDate as :func:`date_text` shows it: the one date format of the window."""
    locale = QLocale()
    return f"{locale.dayName(value.dayOfWeek(), QLocale.FormatType.ShortFormat)} " + (
        locale.toString(value, QLocale.FormatType.ShortFormat)
    )


def time_text(value: datetime) -> str:
    """A time in the locale's short format."""
    return QLocale().toString(to_qdatetime(value).time(), QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime) -> str:
    """A date and time in the locale's short format, with the day (``di 3/12/2026 19:00``)."""
    return f"{date_text(value)} {time_text(value)}"


def span_text(start: datetime, end: datetime) -> str:
    """A period: ``di 3/12/2026 19:00 – 21:30`` (the end's date shown when it differs)."""
    same_day = to_qdatetime(start).date() == to_qdatetime(end).date()
    return f"{datetime_text(start)} – {time_text(end) if same_day else datetime_text(end)}"


def number_text(value: int) -> str:
    """A whole number with the locale's grouping."""
    return QLocale().toString(value)
