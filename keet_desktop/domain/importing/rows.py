"""Turn a table's rows into people to register, rejecting the rows that cannot be imported."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from keet_desktop.domain.hygiene import control_problems
from keet_desktop.domain.importing.headers import ANONYMOUS, Field, column_rank
from keet_desktop.domain.importing.names import split_full_name
from keet_desktop.domain.importing.phones import normalise_phone
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.importing.readers import Row, Table
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.text import email_key, is_valid_email, nfc, person_name_key

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
}


@dataclass
class ImportRow:
    """A valid row: the person to register and the ticket code the source gave them."""

    line: int
    person: PersonInput
    ticket_code: str
    name_key: str
    email_key: str | None

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


def field_columns(headers: Sequence[str], fields: Sequence[Field]) -> dict[Field, list[int]]:
    """Return, for each field, the columns holding it, attendee columns first."""
    columns: dict[Field, list[int]] = {}
    for index, found in enumerate(fields):
        if found is not Field.IGNORE:
            columns.setdefault(found, []).append(index)
    for indexes in columns.values():
        indexes.sort(key=lambda i: (column_rank(headers[i]) if i < len(headers) else 1, i))
    return columns


def parse_rows(table: Table, fields: Sequence[Field], report: Report | None = None) -> ParsedRows:
    """Check every row of ``table`` read with ``fields`` (one per column)."""
    columns = field_columns(table.headers, fields)
    parsed = ParsedRows([], [], [], len(table.rows))
    for number, row in enumerate(table.rows):
        if report is not None and number % REPORT_EVERY == 0:
            report(number, parsed.total)
        _parse_row(table, row, columns, parsed)
    return parsed


def _value(values: list[str], indexes: list[int] | None) -> str:
    for index in indexes or ():
        if index < len(values):
            value = values[index]
            if value and value.casefold() not in ANONYMOUS:
                return value
    return ""


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
    values: dict[Field, str] = {
        f: nfc(_value(row.values, columns.get(f))) for f in Field if f is not Field.IGNORE
    }
    given, family = values[Field.GIVEN_NAME], values[Field.FAMILY_NAME]
    if not given and not family and values[Field.FULL_NAME]:
        given, family = split_full_name(values[Field.FULL_NAME])
        values[Field.GIVEN_NAME], values[Field.FAMILY_NAME] = given, family
    problem = _check(row.line, values, table.headers, columns)
    if problem is not None:
        out.rejected.append(problem)
        return
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
        )
    )


def _check(
    line: int, values: dict[Field, str], headers: Sequence[str], columns: dict[Field, list[int]]
) -> RowProblem | None:
    if not values[Field.GIVEN_NAME] and not values[Field.FAMILY_NAME]:
        return RowProblem(line, "missing_name")
    control = _control_character(line, values, headers, columns)  # issue 11
    if control is not None:
        return control
    email = values[Field.EMAIL]
    if email and not is_valid_email(email):
        return RowProblem(line, "invalid_email", {"email": email})
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
    for found, value in values.items():
        problems = control_problems({found.value: value}, multi_line=frozenset({found.value}))
        if problems:
            index = (columns.get(found) or [0])[0]
            column = headers[index] if index < len(headers) else found.value
            return RowProblem(line, "control_character", {"column": column, **problems[0].params})
    return None
