"""Turn a table's rows into people to register, rejecting the rows that cannot be imported."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from keet_desktop.domain import errors
from keet_desktop.domain.hygiene import contains_control, control_problems
from keet_desktop.domain.importing.headers import (
    ANONYMOUS,
    Field,
    column_rank,
    header_key,
    is_plain,
)
from keet_desktop.domain.importing.names import split_full_name
from keet_desktop.domain.importing.phones import normalise_phone
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.importing.readers import Row, Table
from keet_desktop.domain.privacy.consent import parse_consent_answer
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.text import (
    email_key,
    email_problem,
    fold,
    nfc,
    person_name_key,
)
from keet_desktop.i18n import QT_TRANSLATE_NOOP

Report = Callable[[int, int], None]
REPORT_EVERY = 1000

# The longest value each field's column holds in the database.
LIMITS: dict[Field, int] = {
    Field.GIVEN_NAME: 200,
    Field.FAMILY_NAME: 200,
    Field.EMAIL: 320,
    Field.PHONE: 50,
    Field.ORGANISATION: 200,
    Field.MUNICIPALITY: 200,
    Field.TICKET_CODE: 200,
    Field.STATUS: 200,
}
_FIELDS = tuple(f for f in Field if f is not Field.IGNORE)
NAME_FIELDS = frozenset({Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME})

# Statuses as pretix, Eventbrite, forms and our own export (en/nl) write them, folded.
CANCELLED = frozenset(
    {
        "cancelled", "canceled", "geannuleerd", "annule", "annulee", "expired", "verlopen",
        "refunded", "terugbetaald", "deleted", "verwijderd", "not attending", "afgemeld",
    }
)  # fmt: skip
PENDING = frozenset(
    {
        "pending", "openstaand", "in afwachting", "niet betaald", "unpaid", "awaiting payment",
        "pending approval", "approval pending", "reserved", "gereserveerd", "en attente",
    }
)  # fmt: skip
WAITLISTED = frozenset({"waiting list", "wachtlijst", "waitlisted", "waitlist", "op wachtlijst"})
# Columns that say which order (booking) a row belongs to: several tickets, one buyer.
_ORDER_KEYS = frozenset(
    {"ordercode", "bestelcode", "order", "ordernumber", "ordernr", "bestelnummer"}
)
_GUARDED = ("=", "+", "-", "@", "\t", "\r")


class NoNameColumnError(errors.KeetError):
    """A file in which no column holds a person's name."""

    code = "no_name_column"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{file}” has no column with a person's name (its columns: {columns}). Choose which "
        "column holds the name, or add a column “Voornaam” and “Achternaam”.",
    )
    exit_code = 2


@dataclass
class ImportRow:
    """A valid row: the person to register and the ticket code the source gave them."""

    line: int
    person: PersonInput
    ticket_code: str
    name_key: str
    email_key: str | None
    waitlisted: bool = False  # issue 12: the file says "waiting list"
    consents: dict[str, bool] = dataclasses.field(default_factory=dict)  # issue 13

    def copy(self) -> ImportRow:
        """A copy that planning may change (households lose their e-mail, duplicates merge)."""
        return dataclasses.replace(self, person=dataclasses.replace(self.person))

    def without_email(self) -> ImportRow:
        """A copy without the e-mail address (a second name under a taken address)."""
        copied = self.copy()
        copied.person.email, copied.email_key = None, None
        return copied

    @property
    def display_name(self) -> str:
        """Given and family name."""
        return f"{self.person.given_name} {self.person.family_name}".strip()


@dataclass
class ParsedRows:
    """The valid rows, the rejected ones and the warnings about the kept ones."""

    rows: list[ImportRow]
    rejected: list[RowProblem]
    warnings: list[RowProblem]
    total: int
    skipped: list[RowProblem] = dataclasses.field(default_factory=list)  # cancelled, expired


def field_columns(headers: Sequence[str], fields: Sequence[Field]) -> dict[Field, list[int]]:
    """Return, for each field, the columns holding it, attendee columns first."""
    columns: dict[Field, list[int]] = {}
    for index, found in enumerate(fields):
        if found is not Field.IGNORE:
            columns.setdefault(found, []).append(index)
    for indexes in columns.values():
        indexes.sort(key=lambda i: _column_order(headers, i))
    return columns


def _column_order(headers: Sequence[str], index: int) -> tuple[int, int, int]:
    """Attendee columns first, buyer columns last; a plain header before a phrase."""
    if index >= len(headers):
        return (1, 1, index)
    return (column_rank(headers[index]), 0 if is_plain(headers[index]) else 1, index)


def parse_rows(table: Table, fields: Sequence[Field], report: Report | None = None) -> ParsedRows:
    """Check every row of ``table`` read with ``fields`` (one per column).

    Raises:
        NoNameColumnError: No column holds a given, family or full name.
    """
    if not NAME_FIELDS & set(fields):
        listed = ", ".join(f"“{h}”" for h in table.headers if h)
        raise NoNameColumnError(file=table.name or "?", columns=listed)
    columns = field_columns(table.headers, fields)
    status_columns = columns.get(Field.STATUS) or []
    shared = _shared_orders(table, status_columns[0] if status_columns else None)
    email_only = _attendee_email_only(table.headers, columns) if shared else columns
    parsed = ParsedRows([], [], [], len(table.rows))
    for number, row in enumerate(table.rows):
        if report is not None and number % REPORT_EVERY == 0:
            report(number, parsed.total)
        row_columns = columns
        if shared and _order_of(row, shared[0]) in shared[1]:
            row_columns = email_only
        _parse_row(table, row, row_columns, parsed)
    return parsed


def _shared_orders(table: Table, status: int | None) -> tuple[int, set[str]] | None:
    """The order column and the orders with several live rows (tickets for several people)."""
    keys = [header_key(h) for h in table.headers]
    index = next((i for i, key in enumerate(keys) if key in _ORDER_KEYS), None)
    if index is None:
        return None
    seen: set[str] = set()
    shared: set[str] = set()
    for row in table.rows:
        if status is not None and status_kind(_order_of(row, status)) == "cancelled":
            continue
        order = _order_of(row, index)
        if order in seen:
            shared.add(order)
        seen.add(order)
    shared.discard("")
    return (index, shared) if shared else None


def _order_of(row: Row, index: int) -> str:
    return row.values[index] if index < len(row.values) else ""


def _attendee_email_only(
    headers: Sequence[str], columns: dict[Field, list[int]]
) -> dict[Field, list[int]]:
    """For one of several tickets in an order: the buyer's e-mail is not the attendee's."""
    own = [i for i in columns.get(Field.EMAIL, []) if column_rank(headers[i]) == 0]
    if not own:
        return columns
    return {**columns, Field.EMAIL: own}


@functools.lru_cache(maxsize=256)
def status_kind(value: str) -> str:
    """What a status as a file writes it means: "cancelled", "pending", "waitlisted" or ""."""
    folded = fold(value).strip()
    for kind, words in (("cancelled", CANCELLED), ("pending", PENDING), ("waitlisted", WAITLISTED)):
        if folded in words:
            return kind
    return ""


def unguard(value: str) -> str:
    """Undo the formula guard of a CSV export: "'=1+1" is read as "=1+1"."""
    if len(value) > 1 and value[0] == "'" and value[1] in _GUARDED:
        return value[1:]
    return value


def _field_values(cells: list[str], columns: dict[Field, list[int]]) -> dict[Field, str]:
    """Each field's value: its first cell that is not empty or "anonymous", unguarded, NFC.

    One call per row (a 60-column export has 90,000 field values in 10,000 rows).
    """
    values: dict[Field, str] = dict.fromkeys(_FIELDS, "")
    count = len(cells)
    for found, indexes in columns.items():
        for index in indexes:
            value = cells[index] if index < count else ""
            if value and value.casefold() not in ANONYMOUS:
                values[found] = nfc(unguard(value) if value[0] == "'" else value)
                break
    return values


def _parse_row(table: Table, row: Row, columns: dict[Field, list[int]], out: ParsedRows) -> None:
    width = len(table.headers)
    if len(row.values) > width and any(row.values[width:]):
        used = len(row.values)
        while used > width and not row.values[used - 1]:
            used -= 1
        out.rejected.append(
            RowProblem(row.line, "too_many_fields", {"count": used, "expected": width})
        )
        return
    values = _field_values(row.values, columns)
    given, family = values[Field.GIVEN_NAME], values[Field.FAMILY_NAME]
    if not given and not family and values[Field.FULL_NAME]:
        given, family = split_full_name(values[Field.FULL_NAME])
        values[Field.GIVEN_NAME], values[Field.FAMILY_NAME] = given, family
    status = status_kind(values[Field.STATUS])
    if status == "cancelled":
        out.skipped.append(RowProblem(row.line, "skipped_status", {"status": values[Field.STATUS]}))
        return
    problem = _check(row.line, values, table.headers, columns)
    if problem is not None:
        out.rejected.append(problem)
        return
    if status == "pending":
        out.warnings.append(RowProblem(row.line, "pending", {"status": values[Field.STATUS]}))
    if not values[Field.EMAIL]:
        out.warnings.append(RowProblem(row.line, "no_email", {"name": f"{given} {family}".strip()}))
    phone = normalise_phone(values[Field.PHONE])
    if phone and phone == values[Field.PHONE] and not phone.startswith("+"):
        out.warnings.append(RowProblem(row.line, "phone_kept", {"phone": phone}))
    email = values[Field.EMAIL]
    person = PersonInput(
        given_name=given,
        family_name=family,
        email=email or None,
        phone=phone,
        organisation=values[Field.ORGANISATION],
        municipality=values[Field.MUNICIPALITY],
    )
    out.rows.append(
        ImportRow(
            line=row.line,
            person=person,
            ticket_code=values[Field.TICKET_CODE],
            name_key=person_name_key(given, family),
            email_key=email_key(email),
            waitlisted=status == "waitlisted",
            consents=_consent_answers(values),
        )
    )


_CONSENT_FIELDS = {
    Field.CONSENT_MAILING: "mailing",
    Field.CONSENT_PHOTOS: "photos",
    Field.CONSENT_FUNDER: "funder",
}


def _consent_answers(values: dict[Field, str]) -> dict[str, bool]:
    """The purposes a row answers yes or no to (blank or unclear answers record nothing)."""
    answers = {}
    for found, purpose in _CONSENT_FIELDS.items():
        value = values.get(found)
        if not value:
            continue
        answer = parse_consent_answer(value)
        if answer is not None:
            answers[purpose] = answer
    return answers


def _check(
    line: int, values: dict[Field, str], headers: Sequence[str], columns: dict[Field, list[int]]
) -> RowProblem | None:
    if not values[Field.GIVEN_NAME] and not values[Field.FAMILY_NAME]:
        return RowProblem(line, "missing_name")
    control = _control_character(line, values, headers, columns)  # issue 11
    if control is not None:
        return control
    email = values[Field.EMAIL]
    problem = email_problem(email) if email else None
    if problem is not None:
        return RowProblem(
            line, "invalid_email", {"email": email, "problem": problem[0], **problem[1]}
        )
    for found, limit in LIMITS.items():
        if len(values[found]) > limit:
            index = (columns.get(found) or columns.get(Field.FULL_NAME) or [0])[0]
            column = headers[index] if index < len(headers) else found.value
            return RowProblem(
                line,
                "too_long",
                {"column": column, "length": len(values[found]), "limit": limit},
            )
    return None


def _control_character(
    line: int, values: dict[Field, str], headers: Sequence[str], columns: dict[Field, list[int]]
) -> RowProblem | None:
    """NUL, escape, bidirectional overrides and friends refuse the row, naming the column."""
    if not contains_control("".join(values.values())):
        return None  # the common case: one scan of the whole row
    for found, value in values.items():
        problems = control_problems({found.value: value}, multi_line=frozenset({found.value}))
        if problems:
            index = (columns.get(found) or [0])[0]
            column = headers[index] if index < len(headers) else found.value
            return RowProblem(line, "control_character", {"column": column, **problems[0].params})
    return None
