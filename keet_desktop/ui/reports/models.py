"""Table models of the results and the funder report."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from keet_desktop.domain.services.results import ParticipantResult
from keet_desktop.ui.table_models import _TableModel


class ResultsTableModel(_TableModel):
    """A programme's participants: sessions, hours, share and completion."""

    class Column(enum.IntEnum):
        """The columns."""

        NAME = 0
        SESSIONS = 1
        HOURS = 2
        SHARE = 3
        COMPLETED = 4

    def set_rows(self, rows: Sequence[ParticipantResult]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _header(self, column: Column) -> str:
        return {
            self.Column.NAME: self.tr("Participant"),
            self.Column.SESSIONS: self.tr("Sessions"),
            self.Column.HOURS: self.tr("Hours"),
            self.Column.SHARE: self.tr("Share"),
            self.Column.COMPLETED: self.tr("Completed"),
        }[column]

    def _text(self, row: ParticipantResult, column: Column) -> str:
        if column == self.Column.NAME:
            return row.name
        if column == self.Column.SESSIONS:
            return f"{row.sessions_attended} / {row.sessions_total}"
        if column == self.Column.HOURS:
            return f"{row.hours:.1f}"
        if column == self.Column.SHARE:
            return f"{round(row.share * 100)} %"
        return self.tr("Yes") if row.completed else self.tr("No")

    def _sort_key(self, row: ParticipantResult, column: Column) -> Any:
        keys = {
            self.Column.SESSIONS: row.sessions_attended,
            self.Column.HOURS: row.hours,
            self.Column.SHARE: row.share,
            self.Column.COMPLETED: int(row.completed),
        }
        return keys.get(column, self._text(row, column).casefold())

    def _numeric(self, column: Column) -> bool:
        return column in (self.Column.SESSIONS, self.Column.HOURS, self.Column.SHARE)


class FiguresTableModel(_TableModel):
    """Label and number rows (the report's summary, or a table of it)."""

    class Column(enum.IntEnum):
        """The columns."""

        LABEL = 0
        VALUE = 1

    def __init__(self, headers: tuple[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _header(self, column: Column) -> str:
        return self._headers[column]

    def _text(self, row: tuple[str, str], column: Column) -> str:
        return row[column]

    def _sort_key(self, row: tuple[str, str], column: Column) -> Any:
        if column == self.Column.VALUE:
            try:
                return float(row[1])
            except ValueError:
                return -1.0
        return row[0].casefold()

    def _numeric(self, column: Column) -> bool:
        return column == self.Column.VALUE


class KindsTableModel(_TableModel):
    """Activities by kind (or by partner): activities, registrations, attendances, ..."""

    class Column(enum.IntEnum):
        """The columns."""

        NAME = 0
        ACTIVITIES = 1
        REGISTRATIONS = 2
        ATTENDANCES = 3
        NO_SHOWS = 4
        HOURS = 5

    def set_table(self, table: Sequence[Sequence[str]]) -> None:
        """Replace the headings (first row) and every row."""
        self.beginResetModel()
        self._headings = list(table[0]) if table else []
        self._rows = [list(row) for row in table[1:]]
        self.endResetModel()

    def _header(self, column: Column) -> str:
        headings: list[str] = getattr(self, "_headings", [])
        return headings[column] if column < len(headings) else ""

    def _text(self, row: list[str], column: Column) -> str:
        return row[column]

    def _sort_key(self, row: list[str], column: Column) -> Any:
        if column == self.Column.NAME:
            return row[0].casefold()
        return float(row[column])

    def _numeric(self, column: Column) -> bool:
        return column != self.Column.NAME
