"""Phone numbers in international form, Belgian by default; the original when unsure."""

from __future__ import annotations

import re

import phonenumbers

from keet_desktop.domain.text import nfc

DEFAULT_REGION = "BE"
# Belgian mobile numbers (national number 4[5-9] and 7 digits), by far the most common in
# registration files, are formatted without the (slow) general parser, exactly as it would.
_SEPARATORS = re.compile(r"[\s./()\-]")
_BELGIAN_MOBILE = re.compile(r"(?:\+32|0032|0)(4[5-9]\d)(\d\d)(\d\d)(\d\d)")


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return ``raw`` as ``+32 470 12 34 56`` when it is a valid number, else as typed (trimmed).

    A number without a country code is read as one of ``region``.
    """
    value = nfc(raw)
    if not value:
        return ""
    if region == DEFAULT_REGION:
        mobile = _BELGIAN_MOBILE.fullmatch(_SEPARATORS.sub("", value))
        if mobile:
            return "+32 " + " ".join(mobile.groups())
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
