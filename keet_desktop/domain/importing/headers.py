"""Recognise columns by their header: Dutch and English, and the exports of common tools.

Known shapes: Eventbrite's attendee report (First Name, Last Name, Email, Cell Phone, Company,
Barcode #), pretix's order positions export (Attendee name, its given and family parts,
Attendee email, Email, Company, City, Ticket secret), Google Forms (Tijdstempel/Timestamp,
E-mailadres/Email Address, one column per question), Microsoft Forms (ID, Start time,
Completion time, Email, Name, questions; "anonymous" when the form is anonymous) and hand-made
sheets (Voornaam, Achternaam / Naam, E-mail / E-mailadres, Organisatie / Bedrijf,
Telefoon / GSM, Gemeente ...).

When several columns hold the same field, a row takes the first non-empty value, trying
attendee columns before generic ones and buyer or invoice columns last.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Sequence

from keet_desktop.domain.text import fold
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class Field(enum.StrEnum):
    """What a column holds."""

    IGNORE = ""
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"
    EMAIL = "email"
    PHONE = "phone"
    ORGANISATION = "organisation"
    MUNICIPALITY = "municipality"
    TICKET_CODE = "ticket_code"
    STATUS = "status"  # issue 12: paid/pending/cancelled, our own export's status
    # issue 13: consent questions of a form ("Ik wil de nieuwsbrief ontvangen": ja/nee)
    CONSENT_MAILING = "consent_mailing"
    CONSENT_PHOTOS = "consent_photos"
    CONSENT_FUNDER = "consent_funder"


FIELD_LABELS: dict[Field, str] = {
    Field.IGNORE: QT_TRANSLATE_NOOP("importing", "(do not import)"),
    Field.GIVEN_NAME: QT_TRANSLATE_NOOP("importing", "Given name"),
    Field.FAMILY_NAME: QT_TRANSLATE_NOOP("importing", "Family name"),
    Field.FULL_NAME: QT_TRANSLATE_NOOP("importing", "Full name"),
    Field.EMAIL: QT_TRANSLATE_NOOP("importing", "E-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("importing", "Phone"),
    Field.ORGANISATION: QT_TRANSLATE_NOOP("importing", "Organisation"),
    Field.MUNICIPALITY: QT_TRANSLATE_NOOP("importing", "Municipality"),
    Field.TICKET_CODE: QT_TRANSLATE_NOOP("importing", "Ticket code from the source"),
    Field.STATUS: QT_TRANSLATE_NOOP("importing", "Status (cancelled rows are skipped)"),
    Field.CONSENT_MAILING: QT_TRANSLATE_NOOP("importing", "Consent: mailing (yes/no)"),
    Field.CONSENT_PHOTOS: QT_TRANSLATE_NOOP("importing", "Consent: photos (yes/no)"),
    Field.CONSENT_FUNDER: QT_TRANSLATE_NOOP("importing", "Consent: share with funder (yes/no)"),
}

_EXACT: dict[str, Field] = {
    "tel": Field.PHONE,
    "mail": Field.EMAIL,
    "first": Field.GIVEN_NAME,
    "last": Field.FAMILY_NAME,
    "prenom": Field.GIVEN_NAME,
    "nom": Field.FAMILY_NAME,
    "secret": Field.TICKET_CODE,
    "city": Field.MUNICIPALITY,
    "stad": Field.MUNICIPALITY,
    "plaats": Field.MUNICIPALITY,
    "woonplaats": Field.MUNICIPALITY,
    "status": Field.STATUS,
    "orderstatus": Field.STATUS,
    "bestelstatus": Field.STATUS,
    "attendeestatus": Field.STATUS,
    "registrationstatus": Field.STATUS,
    "inschrijvingsstatus": Field.STATUS,
}
# Substrings of the compact header, tried in this order (so "voornaam" wins over "naam").
_CONTAINS: tuple[tuple[str, Field], ...] = (
    ("voornaam", Field.GIVEN_NAME),
    ("firstname", Field.GIVEN_NAME),
    ("givenname", Field.GIVEN_NAME),
    ("roepnaam", Field.GIVEN_NAME),
    ("achternaam", Field.FAMILY_NAME),
    ("familienaam", Field.FAMILY_NAME),
    ("familyname", Field.FAMILY_NAME),
    ("lastname", Field.FAMILY_NAME),
    ("surname", Field.FAMILY_NAME),
    ("email", Field.EMAIL),
    ("mailadres", Field.EMAIL),
    ("telefoon", Field.PHONE),
    ("gsm", Field.PHONE),
    ("phone", Field.PHONE),
    ("mobiel", Field.PHONE),
    ("mobile", Field.PHONE),
    ("organisatie", Field.ORGANISATION),
    ("organisation", Field.ORGANISATION),
    ("organization", Field.ORGANISATION),
    ("bedrijf", Field.ORGANISATION),
    ("company", Field.ORGANISATION),
    ("onderneming", Field.ORGANISATION),
    ("werkgever", Field.ORGANISATION),
    ("gemeente", Field.MUNICIPALITY),
    ("municipality", Field.MUNICIPALITY),
    ("homecity", Field.MUNICIPALITY),
    ("barcode", Field.TICKET_CODE),
    ("ticketsecret", Field.TICKET_CODE),
    ("ticketcode", Field.TICKET_CODE),
    ("ticketgeheim", Field.TICKET_CODE),
    ("naam", Field.FULL_NAME),
    ("name", Field.FULL_NAME),
)
_SKIP = (
    "workcity",
    "invoiceaddresscity",
    "zip",
    "postcode",
    # Not a person's: the event, the seat, the product, a check box about the address...
    "verified",
    "geverifieerd",
    "slug",
    "eventname",
    "eventtitle",
    "naamevenement",
    "evenementnaam",
    "seat",
    "stoel",
    "product",
    "variation",
    "variant",
    "voucher",
    "pseudon",
    "teamname",
    "teamnaam",
    "title",
    "titel",
    "aanhef",
    "link",
    "url",
)
_CONSENTS: tuple[tuple[tuple[str, ...], Field], ...] = (
    (("nieuwsbrief", "newsletter", "mailing"), Field.CONSENT_MAILING),
    (("foto", "photo", "beeldmateriaal"), Field.CONSENT_PHOTOS),
    (("financier", "funder", "subsidiegever", "esf"), Field.CONSENT_FUNDER),
)
_MAX_WORDS = 4  # longer headers are questions ("Wil je de nieuwsbrief per e-mail?")
_FIRST_RANK = ("attendee", "deelnemer")
_LAST_RANK = ("invoice", "buyer", "factuur", "koper", "billing")
ANONYMOUS = frozenset({"anonymous", "anoniem", "anonyme"})


def header_key(header: str) -> str:
    """Return a header without case, accents, spaces or punctuation ("E-mail" → "email")."""
    return re.sub(r"[^a-z0-9]", "", fold(header))


def recognise_one(header: str) -> Field:
    """Return the field a single header most likely holds."""
    key = header_key(header)
    if not key or any(skip in key for skip in _SKIP):
        return Field.IGNORE
    if key in _EXACT:
        return _EXACT[key]
    for needles, consent in _CONSENTS:  # questions, so before the length rule (issue 13)
        if any(needle in key for needle in needles):
            return consent
    if len(fold(header).split()) > _MAX_WORDS:
        return Field.IGNORE
    for needle, found in _CONTAINS:
        if needle in key:
            return found
    return Field.IGNORE


def recognise(headers: Sequence[str]) -> list[Field]:
    """Return the field of every column.

    A plain "Naam"/"Name" next to a given-name column and without a family-name column is the
    family name (the hand-made "Voornaam; Naam" sheet); otherwise it is a full name, split
    only when a row has no given and family name of its own.
    """
    fields = [recognise_one(h) for h in headers]
    has_given = Field.GIVEN_NAME in fields
    has_family = Field.FAMILY_NAME in fields
    if has_given and not has_family:
        for index, header in enumerate(headers):
            if fields[index] is Field.FULL_NAME and header_key(header) in ("naam", "name"):
                fields[index] = Field.FAMILY_NAME
                break
    return fields


def looks_like_header(cells: Sequence[str]) -> bool:
    """Whether a row looks like a header: two or more recognised columns, one with a name."""
    fields = {recognise_one(c) for c in cells if c}
    named = fields & {Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME, Field.EMAIL}
    return bool(named) and len(fields - {Field.IGNORE}) >= 2


# Headers that say exactly what they hold; a column found only by a part of its header
# ("Naam van je team") comes after these.
_PLAIN = frozenset(
    {
        "email", "emailadres", "emailaddress", "mail", "name", "naam", "fullname",
        "volledigenaam", "voornaam", "firstname", "givenname", "achternaam", "familienaam",
        "lastname", "familyname", "surname", "company", "organisatie", "organisation",
        "bedrijf", "phone", "telefoon", "gsm",
    }
)  # fmt: skip


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a registration header (0: no person-name column).

    A sheet of tickets with attendee columns beats the sheet of orders (pretix's workbook
    has both, and a sheet of fees).
    """
    fields = recognise(cells)
    if not {Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME} & set(fields):
        return 0
    attendee = any(
        found is not Field.IGNORE and column_rank(cell) == 0
        for cell, found in zip(cells, fields, strict=True)
    )
    return (100 if attendee else 0) + len(set(fields) - {Field.IGNORE})


def column_rank(header: str) -> int:
    """Return 0 for attendee columns, 2 for buyer and invoice columns, else 1."""
    key = header_key(header)
    if any(word in key for word in _FIRST_RANK):
        return 0
    if any(word in key for word in _LAST_RANK):
        return 2
    return 1


def is_plain(header: str) -> bool:
    """Whether a header is just the field's name ("E-mail", "Naam"), not a longer phrase."""
    return header_key(header) in _PLAIN


def signature(headers: Sequence[str]) -> str:
    """Return the fingerprint of a header row, to remember its mapping (64 hex digits)."""
    joined = "\x1f".join(header_key(h) or fold(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def detect_source(headers: Sequence[str]) -> str:
    """Return "eventbrite", "pretix", "google_forms", "microsoft_forms" or ""."""
    keys = {header_key(h) for h in headers}
    if "barcode" in keys and ("order" in keys or "attendee" in keys):
        return "eventbrite"
    if {"ordercode", "bestelcode"} & keys and ({"ticketsecret", "secret", "ticketgeheim"} & keys):
        return "pretix"
    if {"tijdstempel", "timestamp"} & keys:
        return "google_forms"
    if "completiontime" in keys or "tijdvanvoltooien" in keys:
        return "microsoft_forms"
    return ""
