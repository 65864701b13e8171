"""Message templates per kind in Dutch and English, their placeholders, and rendering.

A template is a subject and a plain-text body with ``{placeholders}``; the HTML part is made
from the rendered text (paragraphs, links), so the two parts always say the same thing.
"""

from __future__ import annotations

import enum
import html
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from keet_desktop.domain.mail.errors import TemplateSyntaxError, UnknownPlaceholderError


class MessageKind(enum.StrEnum):
    """Why a person gets a message."""

    TICKET = "ticket"
    WAITLIST = "waitlist"
    PROMOTED = "promoted"
    CANCELLED = "cancelled"
    CHANGED = "changed"
    REMINDER = "reminder"
    UPCOMING = "upcoming"


COMMON = (
    "given_name",
    "family_name",
    "full_name",
    "event_title",
    "event_date",
    "event_time",
    "place",
    "address",
    "accessibility",
    "online_url",
    "sender_name",
)
PLACEHOLDERS: dict[MessageKind, tuple[str, ...]] = {
    MessageKind.TICKET: (*COMMON, "ticket_code"),
    MessageKind.WAITLIST: (*COMMON, "waitlist_position"),
    MessageKind.PROMOTED: (*COMMON, "ticket_code"),
    MessageKind.CANCELLED: COMMON,
    MessageKind.CHANGED: (*COMMON, "change"),
    MessageKind.REMINDER: (*COMMON, "ticket_code", "days"),
    MessageKind.UPCOMING: ("given_name", "family_name", "full_name", "events", "sender_name"),
}

_NL_WHERE = "Waar: {place}\n{address}\n{accessibility}\n{online_url}"
_EN_WHERE = "Where: {place}\n{address}\n{accessibility}\n{online_url}"

DEFAULTS: dict[tuple[MessageKind, str], tuple[str, str]] = {
    (MessageKind.TICKET, "nl"): (
        "Je ticket voor {event_title}",
        "Dag {given_name},\n\nJe bent ingeschreven voor {event_title} op {event_date} "
        "({event_time}).\n" + _NL_WHERE + "\n\nJe ticket zit in de bijlage (code {ticket_code}). "
        "Toon het aan de incheckbalie, afgedrukt of op je gsm.\n\nTot dan!\n{sender_name}",
    ),
    (MessageKind.TICKET, "en"): (
        "Your ticket for {event_title}",
        "Hello {given_name},\n\nYou are registered for {event_title} on {event_date} "
        "({event_time}).\n" + _EN_WHERE + "\n\nYour ticket is attached (code {ticket_code}). "
        "Show it at the check-in desk, printed or on your phone.\n\nSee you then!\n{sender_name}",
    ),
    (MessageKind.WAITLIST, "nl"): (
        "Wachtlijst voor {event_title}: plaats {waitlist_position}",
        "Dag {given_name},\n\n{event_title} op {event_date} is volzet. Je staat op de "
        "wachtlijst, op plaats {waitlist_position}. Komt er een plaats vrij, dan krijg je "
        "meteen een bericht met je ticket.\n\n{sender_name}",
    ),
    (MessageKind.WAITLIST, "en"): (
        "Waiting list for {event_title}: place {waitlist_position}",
        "Hello {given_name},\n\n{event_title} on {event_date} is full. You are on the waiting "
        "list, in place {waitlist_position}. When a place becomes free, you will get a message "
        "with your ticket straight away.\n\n{sender_name}",
    ),
    (MessageKind.PROMOTED, "nl"): (
        "Er is een plaats vrij voor jou: {event_title}",
        "Dag {given_name},\n\nGoed nieuws: er is een plaats vrijgekomen. Je bent nu ingeschreven "
        "voor {event_title} op {event_date} ({event_time}).\n" + _NL_WHERE + "\n\nJe ticket "
        "zit in de bijlage (code {ticket_code}).\n\n{sender_name}",
    ),
    (MessageKind.PROMOTED, "en"): (
        "A place is free for you: {event_title}",
        "Hello {given_name},\n\nGood news: a place has become free. You are now registered for "
        "{event_title} on {event_date} ({event_time}).\n" + _EN_WHERE + "\n\nYour ticket is "
        "attached (code {ticket_code}).\n\n{sender_name}",
    ),
    (MessageKind.CANCELLED, "nl"): (
        "Je inschrijving voor {event_title} is geannuleerd",
        "Dag {given_name},\n\nJe inschrijving voor {event_title} op {event_date} is geannuleerd. "
        "Was dat niet de bedoeling? Antwoord dan op dit bericht.\n\n{sender_name}",
    ),
    (MessageKind.CANCELLED, "en"): (
        "Your registration for {event_title} is cancelled",
        "Hello {given_name},\n\nYour registration for {event_title} on {event_date} is "
        "cancelled. Not what you meant? Just reply to this message.\n\n{sender_name}",
    ),
    (MessageKind.CHANGED, "nl"): (
        "Gewijzigd: {event_title}",
        "Dag {given_name},\n\n{change}\n\n{event_title}: {event_date} ({event_time}).\n"
        + _NL_WHERE
        + "\n\nDe bijgevoegde agenda-afspraak werkt je agenda bij.\n\n{sender_name}",
    ),
    (MessageKind.CHANGED, "en"): (
        "Changed: {event_title}",
        "Hello {given_name},\n\n{change}\n\n{event_title}: {event_date} ({event_time}).\n"
        + _EN_WHERE
        + "\n\nThe attached calendar entry updates your calendar.\n\n{sender_name}",
    ),
    (MessageKind.REMINDER, "nl"): (
        "Herinnering: {event_title} op {event_date}",
        "Dag {given_name},\n\nNog {days} dag(en) en het is zover: {event_title} op {event_date} "
        "({event_time}).\n" + _NL_WHERE + "\n\nJe ticket zit in de bijlage (code "
        "{ticket_code}).\n\n{sender_name}",
    ),
    (MessageKind.REMINDER, "en"): (
        "Reminder: {event_title} on {event_date}",
        "Hello {given_name},\n\n{days} day(s) to go: {event_title} on {event_date} "
        "({event_time}).\n" + _EN_WHERE + "\n\nYour ticket is attached (code {ticket_code})."
        "\n\n{sender_name}",
    ),
    (MessageKind.UPCOMING, "nl"): (
        "Binnenkort bij De Keet",
        "Dag {given_name},\n\nDit staat binnenkort op het programma:\n\n{events}\n\n"
        "Je krijgt dit bericht omdat je daarvoor toestemming gaf.\n\n{sender_name}",
    ),
    (MessageKind.UPCOMING, "en"): (
        "Coming up at De Keet",
        "Hello {given_name},\n\nThis is coming up soon:\n\n{events}\n\n"
        "You get this message because you agreed to receive it.\n\n{sender_name}",
    ),
}


@dataclass(frozen=True)
class Template:
    """The subject and body of one kind of message in one language."""

    kind: MessageKind
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class Rendered:
    """A message ready to send: subject, plain text and HTML."""

    subject: str
    text: str
    html: str


def default_template(kind: MessageKind, language: str) -> Template:
    """Return the built-in template (English for a language we have no text in)."""
    language = language if (kind, language) in DEFAULTS else "en"
    subject, body = DEFAULTS[(kind, language)]
    return Template(kind, language, subject, body)


def check_template(template: Template) -> None:
    """Refuse a template with an unknown placeholder or unpaired braces.

    Raises:
        UnknownPlaceholderError: With ``field`` ``subject`` or ``body``.
        TemplateSyntaxError: Idem.
    """
    known = PLACEHOLDERS[template.kind]
    for where, text in (("subject", template.subject), ("body", template.body)):
        try:
            names = [name for _lit, name, _spec, _conv in string.Formatter().parse(text)]
        except ValueError as exc:
            raise TemplateSyntaxError(where, detail=str(exc)) from exc
        for name in names:
            if name is None:
                continue
            if name not in known:
                raise UnknownPlaceholderError(
                    where, name=name, known=", ".join("{" + k + "}" for k in known)
                )


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def render(template: Template, values: Mapping[str, str]) -> Rendered:
    """Fill in ``template``; a line whose placeholders are all empty is left out."""
    filled = _Values({k: str(v) for k, v in values.items()})
    subject = " ".join(template.subject.format_map(filled).split())
    lines = []
    for source in template.body.split("\n"):
        names = [n for _l, n, _s, _c in string.Formatter().parse(source) if n]
        if names and not any(filled[n].strip() for n in names):
            continue
        lines.append(source.format_map(filled).rstrip())
    text = "\n".join(lines).strip() + "\n"
    return Rendered(subject, text, to_html(text, subject))


_URL = re.compile(r"https?://[^\s<>\"]+")


def to_html(text: str, title: str) -> str:
    """The HTML part of a plain text: paragraphs, line breaks and clickable links."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        escaped = html.escape(block)
        linked = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
        paragraphs.append("<p>" + linked.replace("\n", "<br>\n") + "</p>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        + html.escape(title)
        + '</title></head>\n<body style="font-family: sans-serif; font-size: 15px">\n'
        + "\n".join(paragraphs)
        + "\n</body></html>\n"
    )
