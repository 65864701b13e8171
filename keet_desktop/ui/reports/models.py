"""Table models of the results and the funder report."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt

from keet_desktop.domain.services.results import ParticipantResult
from keet_desktop.ui.table_models import ROOT, IdRole, Index, SortRole, _TableModel


@dataclass(frozen=True)
class ResultLine:
    """One participant's row, its texts and sort keys made once (on a worker thread).

    Attributes:
        result: The participant's result.
        texts: The five cells' display texts.
        keys: The five cells' sort keys.
    """

    result: ParticipantResult
    texts: tuple[str, str, str, str, str]
    keys: tuple[Any, Any, Any, Any, Any]


def result_lines(rows: Sequence[ParticipantResult], yes: str, no: str) -> list[ResultLine]:
    """Texts and sort keys of every row, ready to show (call it on a worker thread).

    ``rows`` come in the service's order (family name, given name): the name column sorts by it.
    """
    lines = []
    for position, row in enumerate(rows):
        share = row.share
        texts = (
            row.name,
            f"{row.sessions_attended} / {row.sessions_total}",
            f"{row.hours:.1f}",
            f"{round(share * 100)} %",
            yes if row.completed else no,
        )
        keys = (position, row.sessions_attended, row.hours, share, int(row.completed))
        lines.append(ResultLine(row, texts, keys))
    return lines


class ResultsTableModel(QAbstractTableModel):
    """A programme's participants: sessions, hours, share and completion.

    A programme may have 10,000 participants, so ``data()`` only looks up texts made on a
    worker thread (:func:`result_lines`), and the model sorts itself by those keys (the view
    uses it without a sort proxy, which would call ``data()`` for each comparison).
    """

    class Column(enum.IntEnum):
        """The columns."""

        NAME = 0
        SESSIONS = 1
        HOURS = 2
        SHARE = 3
        COMPLETED = 4

    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    _NUMERIC = frozenset({Column.SESSIONS, Column.HOURS, Column.SHARE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[ResultLine] = []
        self._sort: tuple[int, bool] | None = None  # column, descending

    def rowCount(self, parent: Index = ROOT) -> int:
        """Number of rows (none under a row: this is a table)."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def row(self, number: int) -> ParticipantResult:
        """The participant's result at row ``number``."""
        return self._lines[number].result

    def rows(self) -> list[ParticipantResult]:
        """Every row's result, in the order shown."""
        return [line.result for line in self._lines]

    def set_lines(self, lines: Sequence[ResultLine]) -> None:
        """Replace every row (made by :func:`result_lines`), in the current sort order."""
        self.beginResetModel()
        self._lines = list(lines)
        if self._sort is not None:
            column, descending = self._sort
            self._lines.sort(key=lambda line: line.keys[column], reverse=descending)
        self.endResetModel()

    def set_rows(self, rows: Sequence[ParticipantResult]) -> None:
        """Replace every row (texts made here: for a few rows)."""
        self.set_lines(result_lines(rows, *self.yes_no()))

    def yes_no(self) -> tuple[str, str]:
        """The completed column's two words, translated (for :func:`result_lines`)."""
        return self.tr("Yes"), self.tr("No")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.Column):
            return self._header(self.Column(section))
        return None

    def _header(self, column: Column) -> str:
        return {
            self.Column.NAME: self.tr("Participant"),
            self.Column.SESSIONS: self.tr("Sessions"),
            self.Column.HOURS: self.tr("Hours"),
            self.Column.SHARE: self.tr("Share"),
            self.Column.COMPLETED: self.tr("Completed"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text and sort key (UserRole) of a cell: looked up, never computed."""
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._lines[index.row()].texts[index.column()]
        if role == SortRole:
            return self._lines[index.row()].keys[index.column()]
        if role == IdRole:
            return self._lines[index.row()].result.person_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._NUMERIC:
            return self._RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the keys made beforehand (10,000 rows in a few milliseconds)."""
        if not 0 <= column < len(self.Column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._sort = (column, descending)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_lines = [self._lines[i.row()] for i in persistent]
        self._lines.sort(key=lambda line: line.keys[column], reverse=descending)
        if persistent:
            where = {id(line): number for number, line in enumerate(self._lines)}
            moved = [
                self.index(where[id(line)], i.column())
                for i, line in zip(persistent, old_lines, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


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
