"""Normalising what people type: e-mail addresses, names for search, ticket codes."""

from __future__ import annotations

import functools
import re
import secrets
import unicodedata

# Crockford's base32: digits and upper-case letters without I, L, O and U. Every character is in
# the QR alphanumeric set, so QR codes of ticket codes use the compact alphanumeric mode.
TICKET_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TICKET_LENGTH = 21  # 21 characters x 5 bits = 105 bits of randomness
TICKET_BITS = TICKET_LENGTH * 5
_CODE_TRANSLATION = str.maketrans({"O": "0", "I": "1", "L": "1"})
_UNDECOMPOSED: dict[int, str] = {
    ord(k): v for k, v in {"ı": "i", "ø": "o", "ł": "l", "đ": "d"}.items()
}
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


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


def is_valid_email(email: str) -> bool:
    """Whether ``email`` looks like an e-mail address (syntax only, no look-up)."""
    return bool(_EMAIL_RE.match(email.strip()))


@functools.lru_cache(maxsize=65_536)  # names and organisations repeat in bulk imports
def fold(value: str) -> str:
    """Return ``value`` without case and accents, for search ("Hélène" → "helene")."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters that do not decompose into a base letter and an accent.
    stripped = stripped.translate(_UNDECOMPOSED)
    return " ".join(stripped.split())


def person_name_key(given: str, family: str) -> str:
    """Return the folded "given family" key stored with a person for search."""
    return fold(f"{given} {family}")


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
