"""The desk's list models: search hits and this desk's recent check-ins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class DeskListModel(QAbstractListModel):
    """Rows of (text, payload): the text is shown, the payload is in ``Qt.UserRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []

    def set_rows(self, rows: list[tuple[str, Any]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def payload(self, row: int) -> Any:
        """Return the payload of ``row``."""
        return self._rows[row][1]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The number of rows (none under a row)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's text, or its payload for ``Qt.UserRole``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text, payload = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.UserRole:
            return payload
        return None
