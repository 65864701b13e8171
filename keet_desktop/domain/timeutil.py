"""Time zones: everything is stored in UTC and shown in Europe/Brussels."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def parse_local(value: str) -> datetime:
    """Parse an ISO 8601 date-time; one without an offset is taken as Brussels time.

    Raises:
        ValueError: When ``value`` is not ISO 8601.
    """
    parsed = datetime.fromisoformat(value.strip())
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=BRUSSELS)
    return parsed


def to_local(value: datetime) -> datetime:
    """Return ``value`` in Brussels time."""
    return value.astimezone(BRUSSELS)


def iso(value: datetime | None) -> str | None:
    """Return ``value`` as ISO 8601 with its Brussels offset, or None."""
    if value is None:
        return None
    return to_local(value).isoformat()


def now() -> datetime:
    """Return the current time in UTC, aware."""
    return datetime.now(UTC)
