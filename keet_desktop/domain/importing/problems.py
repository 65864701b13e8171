"""What an import says about a row: why it was rejected, or what the organiser should know."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from keet_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "importing"

TEMPLATES: dict[str, str] = {
    "missing_name": QT_TRANSLATE_NOOP("importing", "The row has no name."),
    "invalid_email": QT_TRANSLATE_NOOP(
        "importing", "“{email}” is not a valid e-mail address: {problem}."
    ),
    "stray_bytes": QT_TRANSLATE_NOOP(
        "importing",
        "This line has bytes that are not UTF-8 ({count}), shown as “�”; "
        "the rest of the file is read as UTF-8.",
    ),
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
    "skipped_status": QT_TRANSLATE_NOOP(
        "importing", "Skipped: the file says “{status}” (cancelled or expired)."
    ),
    "pending": QT_TRANSLATE_NOOP(
        "importing", "Imported, but the file says “{status}”: not paid or not confirmed yet."
    ),
    "no_email": QT_TRANSLATE_NOOP(
        "importing",
        "{name} has no e-mail address: no ticket can be e-mailed and a later import cannot "
        "recognise this person by address.",
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
        params = dict(self.params)
        if "problem" in params:  # an e-mail problem (keet_desktop.domain.text.EMAIL_PROBLEMS)
            problem = translate("email", params["problem"])
            params["problem"] = problem.format(chars=params.get("chars", ""))
        return translate(CONTEXT, TEMPLATES[self.code]).format(**params)
