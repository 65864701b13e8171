"""What an import says about a row: why it was rejected, or what the organiser should know."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from keet_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "importing"

TEMPLATES: dict[str, str] = {
    "missing_name": QT_TRANSLATE_NOOP("importing", "The row has no name."),
    "invalid_email": QT_TRANSLATE_NOOP("importing", "“{email}” is not a valid e-mail address."),
    "too_many_fields": QT_TRANSLATE_NOOP(
        "importing", "The row has {count} fields; the header has {expected}."
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "importing", "The value of “{column}” is too long ({length} characters, at most {limit})."
    ),
    "household": QT_TRANSLATE_NOOP(
        "importing",
        "{name} shares the e-mail address {email} with {other} (line {other_line}); "
        "{name} is imported without an e-mail address.",
    ),
    "household_existing": QT_TRANSLATE_NOOP(
        "importing",
        "The e-mail address {email} already belongs to {other}; {name} is imported without "
        "an e-mail address.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "importing", "{name} is also on line {other_line}; imported once."
    ),
    "phone_kept": QT_TRANSLATE_NOOP(
        "importing", "The phone number “{phone}” is not a valid number; kept as written."
    ),
    "control_character": QT_TRANSLATE_NOOP(  # issue 11
        "importing",
        "The value of “{column}” holds an invisible control character ({character}).",
    ),
    "code_in_use": QT_TRANSLATE_NOOP(
        "importing", "The ticket code “{code}” already belongs to another registration; not kept."
    ),
}


def _identity(_context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class RowProblem:
    """A rejected row's reason or a warning, with the line the user sees in the file.

    Attributes:
        line: The line (or Excel row) the row starts on.
        code: What happened (a key of :data:`TEMPLATES`).
        params: The values of the message's fields.
    """

    line: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def format(self, translate: Callable[[str, str], str] = _identity) -> str:
        """The message in the language of ``translate(context, source)``."""
        return translate(CONTEXT, TEMPLATES[self.code]).format(**self.params)
