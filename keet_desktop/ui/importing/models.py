"""Table models of the import windows: problems of an import, unmatched meeting participants."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from keet_desktop.domain.importing.attendance import Participant
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.ui.i18n import qt_translate

Index = QModelIndex | QPersistentModelIndex


class ProblemTableModel(QAbstractTableModel):
    """The rejected rows and warnings of an import, by line."""

    class Column(enum.IntEnum):
        """The columns."""

        LINE = 0
        KIND = 1
        MESSAGE = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[RowProblem, int]] = []

    def set_rows(
        self,
        rejected: list[RowProblem],
        warnings: list[RowProblem],
        skipped: list[RowProblem] | None = None,
    ) -> None:
        """Show these problems: rejected rows first, then warnings, then skipped rows."""
        self.beginResetModel()
        self._rows = (
            [(p, 0) for p in rejected]
            + [(p, 1) for p in warnings]
            + [(p, 2) for p in skipped or []]
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of problems."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Line, kind and message."""
        if not index.isValid():
            return None
        problem, kind = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is self.Column.LINE:
                return str(problem.line)
            if column is self.Column.KIND:
                return (self.tr("Rejected"), self.tr("Warning"), self.tr("Skipped"))[kind]
            return problem.format(qt_translate)
        if role == Qt.ItemDataRole.UserRole:
            return problem.line if column is self.Column.LINE else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Kind"), self.tr("Message"))[section]


class ParticipantTableModel(QAbstractTableModel):
    """People in a meeting report that no registration matched."""

    class Column(enum.IntEnum):
        """The columns."""

        NAME = 0
        EMAIL = 1
        MINUTES = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Participant] = []

    def set_rows(self, rows: list[Participant]) -> None:
        """Show these participants."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        """The participant shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of participants."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name, e-mail and minutes."""
        if not index.isValid():
            return None
        participant = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is self.Column.NAME:
                return participant.name
            if column is self.Column.EMAIL:
                return participant.email
            return str(participant.minutes)
        if role == Qt.ItemDataRole.UserRole and column is self.Column.MINUTES:
            return participant.seconds
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Minutes"),
        )[section]
