"""iCalendar (RFC 5545) export of events: one event, a programme or a room's bookings.

Times are written in Europe/Brussels with a ``VTIMEZONE`` (``DTSTART;TZID=Europe/Brussels``).
Each event keeps one UID (``event-<id>@keet-desktop.local``); ``SEQUENCE`` and
``LAST-MODIFIED`` grow when the event changes, so importing a newer file updates the entry in
the calendar instead of adding a second one. Cancelled events are exported with
``STATUS:CANCELLED`` so calendars remove them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

import icalendar

from keet_desktop.domain.models import Event, EventStatus
from keet_desktop.domain.timeutil import BRUSSELS

UID_DOMAIN = "keet-desktop.local"
PRODID = "-//De Keet//Keet Desktop//NL"
# SEQUENCE counts seconds of updated_at since this moment: it grows with every change.
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def event_uid(event_id: int) -> str:
    """The stable UID of an event in every export."""
    return f"event-{event_id}@{UID_DOMAIN}"


def location(event: Event) -> str:
    """Room, venue and address of an on-site event, or its online link."""
    parts: list[str] = []
    if event.room is not None:
        parts.append(event.room.name)
    if event.venue is not None:
        parts.append(event.venue.name)
        if event.venue.address.strip():
            parts.append(" ".join(event.venue.address.split()))
    if parts:
        return ", ".join(parts)
    return event.online_url


def sequence(event: Event) -> int:
    """A revision number that grows each time the event is saved."""
    return max(0, int((event.updated_at - _SEQUENCE_EPOCH).total_seconds()))


def _vevent(event: Event, stamp: datetime) -> icalendar.Event:
    item = icalendar.Event()
    item.add("uid", event_uid(event.id))
    item.add("dtstamp", stamp.astimezone(UTC))
    item.add("dtstart", event.starts_at.astimezone(BRUSSELS))
    item.add("dtend", event.ends_at.astimezone(BRUSSELS))
    item.add("summary", event.title)
    item.add("sequence", sequence(event))
    item.add("last-modified", event.updated_at.astimezone(UTC))
    item.add("created", event.created_at.astimezone(UTC))
    place = location(event)
    if place:
        item.add("location", place)
    if event.online_url:
        item.add("url", event.online_url)
    lines = [event.description.strip()] if event.description.strip() else []
    if event.facilitators:
        lines.append(", ".join(f.name for f in event.facilitators))
    if lines:
        item.add("description", "\n\n".join(lines))
    item.add("categories", [event.kind.value])
    cancelled = event.status is EventStatus.CANCELLED
    item.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return item


def calendar(events: Sequence[Event], name: str, stamp: datetime | None = None) -> bytes:
    """Return an .ics file with ``events`` (loaded with venue, room and facilitators).

    Args:
        events: The events to export.
        name: The calendar's name (``X-WR-CALNAME``).
        stamp: The export time (``DTSTAMP``); now by default.
    """
    moment = stamp or datetime.now(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Brussels")
    for event in sorted(events, key=lambda e: (e.starts_at, e.id)):
        cal.add_component(_vevent(event, moment))
    # A VTIMEZONE that covers the events (a year either side), not 1970-2038 in full.
    years = [e.starts_at.year for e in events] or [moment.year]
    cal.add_missing_timezones(
        first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
    )
    data: bytes = cal.to_ical()
    return data
