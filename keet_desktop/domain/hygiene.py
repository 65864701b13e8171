"""Input hygiene: no control characters in text fields, phone numbers that are phone numbers.

NUL and the other C0/C1 control characters (and the invisible bidirectional overrides, which
can make a name read differently from what it is) are refused in every text field, naming the
field. Single-line fields also refuse tabs and line breaks; a description may hold them.
"""

from __future__ import annotations

import re

import phonenumbers

from keet_desktop.domain import errors
from keet_desktop.domain.importing.phones import normalise_phone
from keet_desktop.i18n import QT_TRANSLATE_NOOP

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_PHONE_CHARACTERS = re.compile(r"^[0-9+()./\s-]*$")


class ControlCharacterError(errors.KeetError):
    """A text field holds a control character."""

    code = "control_character"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{field_label} holds an invisible control character ({character}); type it again "
        "without it.",
    )
    exit_code = 2


class InvalidPhoneError(errors.KeetError):
    """A phone field that holds something other than a phone number."""

    code = "invalid_phone"
    template = QT_TRANSLATE_NOOP("errors", "{field_label}: “{phone}” is not a phone number.")
    exit_code = 2


def contains_control(text: str) -> bool:
    """Whether ``text`` holds a control character other than a line break (one quick scan)."""
    return _CONTROL.search(text) is not None


def control_problems(
    fields: dict[str, str | None], *, multi_line: frozenset[str] = frozenset()
) -> list[errors.KeetError]:
    """Return a :class:`ControlCharacterError` for each field of ``fields`` that holds one."""
    problems: list[errors.KeetError] = []
    for name, value in fields.items():
        if not value:
            continue
        pattern = _CONTROL if name in multi_line else _CONTROL_OR_BREAK
        found = pattern.search(value)
        if found:
            problems.append(ControlCharacterError(name, character=f"U+{ord(found.group()):04X}"))
    return problems


def phone_problem(phone: str, field: str = "phone") -> errors.KeetError | None:
    """Return an error when ``phone`` is not a phone number (validated as imports do).

    A number the phone library knows is fine; so is one it does not know that is written
    with digits and the usual separators only (kept as written, as an import keeps it).
    """
    value = phone.strip()
    if not value or _CONTROL_OR_BREAK.search(value):
        return None  # empty, or already refused for its control character
    normalised = normalise_phone(value)
    if normalised.startswith("+") and normalised != value:
        return None
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse(value, "BE")):
            return None
    except phonenumbers.NumberParseException:
        pass
    if _PHONE_CHARACTERS.match(value) and any(c.isdigit() for c in value):
        return None
    return InvalidPhoneError(field, phone=value)
