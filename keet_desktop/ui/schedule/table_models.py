"""Table models of the schedule windows: simple record lists and the attendance matrix."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from keet_desktop.domain.services.programmes import AttendanceMatrix
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import palette

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of records, one column per ``(header, value function)``.

    The display text is ``str(value)``; the raw value is the sort key (UserRole).
    """

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Row], Any]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of records."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text for display, the raw value for sorting."""
        if not index.isValid():
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


class AttendanceTableModel(QAbstractTableModel):
    """People (rows) × sessions (columns): ✔ came, ✘ registered but absent, blank otherwise.

    The last column is the number of sessions attended.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = AttendanceMatrix([], [])

    def set_matrix(self, matrix: AttendanceMatrix) -> None:
        """Show ``matrix``."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of people."""
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Sessions plus the total."""
        return 0 if parent.isValid() else len(self.matrix.sessions) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A mark per cell, the total in the last column."""
        if not index.isValid():
            return None
        row = self.matrix.rows[index.row()]
        if index.column() == len(self.matrix.sessions):
            total = row.attended
            return (
                total if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole) else None
            )
        cell = row.cells[index.column()]
        if cell is False and self.is_future(index.column()):
            return self._not_yet(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return {True: "✔", False: "✘", None: ""}[cell]
        if role == Qt.ItemDataRole.UserRole:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole and cell is not None:
            if cell:
                return QCoreApplication.translate("AttendanceTableModel", "present")
            return QCoreApplication.translate("AttendanceTableModel", "absent")
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None:
            return QBrush(QColor(palette.PRESENT if cell else palette.ERROR))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def is_future(self, column: int) -> bool:
        """Whether the session of ``column`` has not started yet (nobody can have come)."""
        return self.matrix.sessions[column][2] > datetime.now(UTC)

    @staticmethod
    def _not_yet(role: int) -> Any:
        text = QCoreApplication.translate("AttendanceTableModel", "not yet")
        if role == Qt.ItemDataRole.DisplayRole:
            return "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(palette.MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Session dates across (title in the tooltip), names down."""
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section < len(self.matrix.sessions)
        ):
            _, title, starts_at = self.matrix.sessions[section]
            return f"{title} – {starts_at.astimezone(BRUSSELS):%d/%m/%Y %H:%M}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.matrix.rows[section].name
        if section == len(self.matrix.sessions):
            return QCoreApplication.translate("AttendanceTableModel", "Attended")
        _, title, starts_at = self.matrix.sessions[section]
        short = title if len(title) <= 18 else f"{title[:17].rstrip()}…"
        return f"{starts_at.astimezone(BRUSSELS):%d/%m}\n{short}"
