"""Phone numbers in international form, Belgian by default; the original when unsure."""

from __future__ import annotations

import phonenumbers

from keet_desktop.domain.text import nfc

DEFAULT_REGION = "BE"


def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return ``raw`` as ``+32 470 12 34 56`` when it is a valid number, else as typed (trimmed).

    A number without a country code is read as one of ``region``.
    """
    value = nfc(raw)
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(number):
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
