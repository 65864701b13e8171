"""Normalising what people type: e-mail addresses, names for search, ticket codes."""

from __future__ import annotations

import functools
import re
import secrets
import unicodedata

from anyascii import anyascii
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from keet_desktop.i18n import QT_TRANSLATE_NOOP

# Crockford's base32: digits and upper-case letters without I, L, O and U. Every character is in
# the QR alphanumeric set, so QR codes of ticket codes use the compact alphanumeric mode.
TICKET_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TICKET_LENGTH = 21  # 21 characters x 5 bits = 105 bits of randomness
TICKET_BITS = TICKET_LENGTH * 5
_CODE_TRANSLATION = str.maketrans({"O": "0", "I": "1", "L": "1"})

# Why an address is refused, in words a person understands (context "email"). The keys are
# looked for, in order, in email-validator's English message; the last one is the fall-back.
EMAIL_PROBLEMS: dict[str, str] = {
    "angle brackets": QT_TRANSLATE_NOOP("email", "remove the name or the < > around it"),
    "SPACE": QT_TRANSLATE_NOOP("email", "it contains a space"),
    "invalid characters": QT_TRANSLATE_NOOP("email", "it contains {chars}, which cannot be in it"),
    "must have an @-sign": QT_TRANSLATE_NOOP("email", "it has no @"),
    "something after the @-sign": QT_TRANSLATE_NOOP("email", "nothing follows the @"),
    "something before the @-sign": QT_TRANSLATE_NOOP("email", "nothing comes before the @"),
    "has more than one @": QT_TRANSLATE_NOOP("email", "it has more than one @"),
    "periods in a row": QT_TRANSLATE_NOOP("email", "it has two dots in a row"),
    "period": QT_TRANSLATE_NOOP("email", "a dot is missing or in the wrong place"),
    "hyphen": QT_TRANSLATE_NOOP("email", "the part after the @ starts or ends with a hyphen"),
    "special-use or reserved": QT_TRANSLATE_NOOP(
        "email", "the part after the @ is a reserved name, not a real domain"
    ),
    "too long": QT_TRANSLATE_NOOP("email", "it is too long"),
    "": QT_TRANSLATE_NOOP("email", "it is not of the form name@domain.be"),
}


def nfc(value: str) -> str:
    """Return ``value`` trimmed and in Unicode NFC, with inner runs of white space folded."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def email_key(email: str | None) -> str | None:
    """Return the key that identifies a person by e-mail: trimmed, lower case, NFC.

    Returns:
        The key, or None for an empty address.
    """
    if email is None:
        return None
    key = unicodedata.normalize("NFC", email.strip()).lower()
    return key or None


# Plain addresses that email-validator accepts for sure (a subset of its rule, checked by a
# property test), so a 10,000-row import does not pay its ~70 µs for every ordinary address.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+-]{1,64}(?:\.[A-Za-z0-9_+-]{1,64})*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
)


def _is_plain_email(email: str) -> bool:
    if len(email) > 254 or not _PLAIN_EMAIL.fullmatch(email):
        return False
    local, _, domain = email.rpartition("@")
    reserved = domain.rpartition(".")[2].lower() in SPECIAL_USE_DOMAIN_NAMES
    return len(local) <= 64 and not reserved


@functools.lru_cache(maxsize=4096)
def email_problem(email: str) -> tuple[str, dict[str, str]] | None:
    """Return why ``email`` is not an e-mail address, or None when its syntax is right.

    The ONE rule for forms, imports, the desk and the command line: email-validator's syntax
    check, without looking the domain up (the app works offline). Plain ASCII addresses take
    a fast path that accepts only what email-validator accepts.

    Returns:
        ``(problem, params)``: ``problem`` is a value of :data:`EMAIL_PROBLEMS` (English, to be
        translated in context ``"email"``) and ``params`` fills its ``{fields}``.
    """
    email = email.strip()
    if _is_plain_email(email):
        return None
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        detail = str(exc)
        needle = next((n for n in EMAIL_PROBLEMS if n and n in detail), "")
        problem = EMAIL_PROBLEMS[needle]
        chars = detail.rpartition(":")[2].strip().rstrip(".") if "characters" in detail else ""
        return problem, {"chars": chars}
    return None


def is_valid_email(email: str) -> bool:
    """Whether ``email`` is an e-mail address by syntax (see :func:`email_problem`)."""
    return email_problem(email) is None


def _fold_char(char: str) -> str:
    if char.isascii():
        return char
    if unicodedata.combining(char):
        return ""
    if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
        return char  # other scripts keep their letters (found as typed)
    return anyascii(char)


@functools.lru_cache(maxsize=65_536)  # names and organisations repeat in bulk imports
def fold(value: str) -> str:
    """Return ``value`` without case and accents, for search, duplicates and sorting.

    THE folding of the app: every Latin letter becomes its ASCII form ("Hélène" → "helene",
    "Lætitia" → "laetitia", "Straße" → "strasse", "Łukasz" → "lukasz"); letters of other
    scripts stay as they are, in lower case; white space is folded to single spaces.
    """
    text = unicodedata.normalize("NFC", value)
    if not text.isascii():
        text = "".join(map(_fold_char, text))
    return " ".join(text.casefold().split())


def person_name_key(given: str, family: str) -> str:
    """Return the folded "given family" key stored with a person for search."""
    return fold(f"{given} {family}")


SORT_SEPARATOR = "\x1f"  # below every letter and space, so "Smet" sorts before "Smets"


def person_sort_key(given: str, family: str) -> str:
    """Return the key people are sorted by: folded family name, then folded given name.

    "Éloy" sorts next to "Eeckhout" and "Özdemir" next to "Oosterlinck". Stored in
    ``people.sort_key`` (collation "C" on PostgreSQL, binary on SQLite: the same order).
    """
    return f"{fold(family)}{SORT_SEPARATOR}{fold(given)}"[:400]


def new_ticket_code() -> str:
    """Return a new unguessable ticket code (105 random bits, 21 characters)."""
    return "".join(secrets.choice(TICKET_ALPHABET) for _ in range(TICKET_LENGTH))


def normalise_ticket_code(raw: str) -> str:
    """Return the ticket code a person or scanner most likely meant.

    Trims, removes spaces and dashes, upper-cases, and reads O as 0 and I or L as 1.
    """
    compact = "".join(raw.split()).replace("-", "").upper()
    return compact.translate(_CODE_TRANSLATION)


def looks_like_ticket_code(value: str) -> bool:
    """Whether ``value`` (normalised) has the form of one of our ticket codes."""
    return len(value) == TICKET_LENGTH and all(c in TICKET_ALPHABET for c in value)
