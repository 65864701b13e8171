"""Writing a message: placeholders filled in the person's language, text + HTML, attachments.

The ticket PDF comes from the printing layer, passed in as ``ticket_pdf`` (the domain draws no
PDF); the .ics is made here with :func:`keet_desktop.domain.schedule.ics.calendar`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from keet_desktop.domain.mail.errors import NoRecipientError
from keet_desktop.domain.mail.templates import MessageKind, Template, render
from keet_desktop.domain.models import Event
from keet_desktop.domain.services.outbox import MailSettings, MessageData
from keet_desktop.domain.timeutil import to_local

TicketPdf = Callable[[MessageData], bytes]
TemplateSource = Callable[[MessageKind, str], Template]
Calendar = Callable[[Event], bytes]
MSGID_DOMAIN = "keet-desktop.local"
WITH_TICKET = (MessageKind.TICKET, MessageKind.PROMOTED, MessageKind.REMINDER)
WITH_CALENDAR = (*WITH_TICKET, MessageKind.CHANGED)

_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december".split(),
    "en": "January February March April May June July August September October November "
    "December".split(),
}
_CHANGES = {
    ("nl", "time"): "Let op: het uur of de datum van deze activiteit is gewijzigd.",
    ("en", "time"): "Please note: the date or time of this event has changed.",
    ("nl", "place"): "Let op: de plaats of de link van deze activiteit is gewijzigd.",
    ("en", "place"): "Please note: the place or link of this event has changed.",
    ("nl", "cancelled"): "Helaas: deze activiteit is geannuleerd.",
    ("en", "cancelled"): "We are sorry: this event is cancelled.",
}
_ACCESS = {"nl": "Toegankelijkheid: ", "en": "Accessibility: "}


def language_of(data: MessageData) -> str:
    """The language to write in: the person's, Dutch or English."""
    wanted = data.person.preferred_language if data.person is not None else "nl"
    return wanted if wanted in ("nl", "en") else "en"


def format_date(moment: datetime, language: str) -> str:
    """``dinsdag 8 december 2026`` / ``Tuesday 8 December 2026`` (Brussels time)."""
    local = to_local(moment)
    day = _DAYS[language][local.weekday()]
    return f"{day} {local.day} {_MONTHS[language][local.month - 1]} {local.year}"


def _event_values(event: Event, language: str) -> dict[str, str]:
    place = ", ".join(
        p
        for p in (event.room.name if event.room else "", event.venue.name if event.venue else "")
        if p
    )
    access = event.room.accessibility.strip() if event.room else ""
    return {
        "event_title": event.title,
        "event_date": format_date(event.starts_at, language),
        "event_time": f"{to_local(event.starts_at):%H:%M}–{to_local(event.ends_at):%H:%M}",
        "place": place,
        "address": " ".join(event.venue.address.split()) if event.venue else "",
        "accessibility": _ACCESS[language] + access if access else "",
        "online_url": event.online_url,
    }


def values(data: MessageData, settings: MailSettings) -> dict[str, str]:
    """Every placeholder's value for ``data``."""
    language = language_of(data)
    found: dict[str, str] = {"sender_name": settings.sender_name}
    if data.person is not None:
        found |= {
            "given_name": data.person.given_name,
            "family_name": data.person.family_name,
            "full_name": data.person.full_name,
        }
    if data.event is not None:
        found |= _event_values(data.event, language)
    if data.registration is not None:
        found["ticket_code"] = data.registration.ticket_code
    found["waitlist_position"] = str(data.params.get("position", ""))
    found["days"] = str(data.params.get("days", ""))
    found["change"] = _CHANGES.get((language, str(data.params.get("what", ""))), "")
    found["events"] = "\n".join(
        f"- {format_date(e.starts_at, language)}: {e.title}" for e in data.upcoming
    )
    return found


def compose(
    data: MessageData,
    settings: MailSettings,
    templates: TemplateSource,
    ticket_pdf: TicketPdf | None = None,
    calendar: Calendar | None = None,
) -> EmailMessage:
    """Write the message for ``data`` (``calendar`` makes the .ics; a sender caches it).

    Raises:
        NoRecipientError: The person has no e-mail address.
    """
    person = data.person
    if person is None or not person.email:
        raise NoRecipientError(person=person.full_name if person is not None else "?")
    rendered = render(templates(data.kind, language_of(data)), values(data, settings))
    message = EmailMessage()
    message["From"] = formataddr((settings.sender_name, settings.sender_address))
    message["To"] = formataddr((person.full_name, person.email))
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=MSGID_DOMAIN)
    message["X-Keet-Message"] = f"{data.key}/{data.version}"
    message["Auto-Submitted"] = "auto-generated"
    message["Content-Language"] = language_of(data)
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    _attach(message, data, ticket_pdf, calendar or event_calendar)
    return message


def event_calendar(event: Event) -> bytes:
    """The .ics of one event."""
    from keet_desktop.domain.schedule import ics  # icalendar: when a mail is made

    return ics.calendar([event], event.title)


def _attach(
    message: EmailMessage, data: MessageData, ticket_pdf: TicketPdf | None, calendar: Calendar
) -> None:
    if data.kind in WITH_TICKET and data.registration is not None and ticket_pdf is not None:
        name = f"ticket-{data.registration.id}.pdf"
        message.add_attachment(
            ticket_pdf(data), maintype="application", subtype="pdf", filename=name
        )
    if data.kind in WITH_CALENDAR and data.event is not None:
        message.add_attachment(
            calendar(data.event),
            maintype="text",
            subtype="calendar",
            filename=f"event-{data.event.id}.ics",
        )
