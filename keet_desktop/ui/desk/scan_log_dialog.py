"""The scan log: what went wrong at the door of an event, for the organiser afterwards.

Two tabs: the refused scans (time, desk, code, why) and the undone check-ins (who was checked
in, who undid it, when and why). Both tables sort by any column and share one filter field.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.checkin_log import OUTCOME_NAMES, RefusedScan, UndoneCheckIn
from keet_desktop.ui.accessibility import fit_to_screen, name
from keet_desktop.ui.formatting import to_wall_qdatetime

Row = TypeVar("Row")
_Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def when_text(value: datetime) -> str:
    """A moment in Brussels time: the locale's short date and the time to the second."""
    local = to_wall_qdatetime(value)
    date = QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)
    return f"{date} {local.time().toString('HH:mm:ss')}"


def outcome_text(outcome: str) -> str:
    """An outcome of the scan log as words in the UI's language."""
    source = OUTCOME_NAMES.get(outcome)
    return QCoreApplication.translate("checkin", source) if source else outcome


class RefusedColumn(enum.IntEnum):
    """The columns of the refused scans."""

    TIME = 0
    DESK = 1
    CODE = 2
    OUTCOME = 3
    DETAIL = 4


class UndoneColumn(enum.IntEnum):
    """The columns of the undone check-ins."""

    UNDONE_AT = 0
    NAME = 1
    CHECKED_IN_AT = 2
    DESK = 3
    UNDONE_BY = 4
    REASON = 5


class _LogModel(QAbstractTableModel, Generic[Row]):
    """Rows of a dataclass, one cell function per column: (display text, sort key)."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def columns(self) -> Sequence[enum.IntEnum]:
        """The model's columns, in order."""
        raise NotImplementedError

    def header(self, column: Any) -> str:
        """A column's header text."""
        raise NotImplementedError

    def cell(self, row: Row, column: Any) -> tuple[str, object]:
        """A cell's display text and sort key."""
        raise NotImplementedError

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The dataclass shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = _NO_INDEX) -> int:
        """The number of rows (none under a valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_INDEX) -> int:
        """The number of columns (none under a valid parent)."""
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort key (UserRole) and tooltip of a cell."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            self.SORT_ROLE,
        ):
            return None
        text, key = self.cell(self._rows[index.row()], self.columns()[index.column()])
        return key if role == self.SORT_ROLE else text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column headers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns()):
            return self.header(self.columns()[section])
        return None if orientation == Qt.Orientation.Horizontal else section + 1


class RefusedScansModel(_LogModel[RefusedScan]):
    """The refused scans of an event."""

    def columns(self) -> Sequence[RefusedColumn]:
        """The model's columns, in order."""
        return list(RefusedColumn)

    def header(self, column: RefusedColumn) -> str:
        """A column's header text."""
        return {
            RefusedColumn.TIME: self.tr("Time"),
            RefusedColumn.DESK: self.tr("Desk"),
            RefusedColumn.CODE: self.tr("Scanned code"),
            RefusedColumn.OUTCOME: self.tr("Refused because"),
            RefusedColumn.DETAIL: self.tr("Detail"),
        }[column]

    def cell(self, row: RefusedScan, column: RefusedColumn) -> tuple[str, object]:
        """A cell's display text and sort key."""
        if column is RefusedColumn.TIME:
            return when_text(row.scanned_at), row.scanned_at.timestamp()
        if column is RefusedColumn.OUTCOME:
            text = outcome_text(row.outcome)
            return text, text.casefold()
        value = {
            RefusedColumn.DESK: row.desk,
            RefusedColumn.CODE: row.code,
            RefusedColumn.DETAIL: row.detail,
        }[column]
        return value, value.casefold()


class UndoneCheckinsModel(_LogModel[UndoneCheckIn]):
    """The undone check-ins of an event."""

    def columns(self) -> Sequence[UndoneColumn]:
        """The model's columns, in order."""
        return list(UndoneColumn)

    def header(self, column: UndoneColumn) -> str:
        """A column's header text."""
        return {
            UndoneColumn.UNDONE_AT: self.tr("Undone at"),
            UndoneColumn.NAME: self.tr("Name"),
            UndoneColumn.CHECKED_IN_AT: self.tr("Checked in at"),
            UndoneColumn.DESK: self.tr("Desk"),
            UndoneColumn.UNDONE_BY: self.tr("Undone by"),
            UndoneColumn.REASON: self.tr("Reason"),
        }[column]

    def cell(self, row: UndoneCheckIn, column: UndoneColumn) -> tuple[str, object]:
        """A cell's display text and sort key."""
        moments = {
            UndoneColumn.UNDONE_AT: row.undone_at,
            UndoneColumn.CHECKED_IN_AT: row.checked_in_at,
        }
        if column in moments:
            return when_text(moments[column]), moments[column].timestamp()
        value = {
            UndoneColumn.NAME: row.name,
            UndoneColumn.DESK: row.desk,
            UndoneColumn.UNDONE_BY: row.undone_by,
            UndoneColumn.REASON: row.reason,
        }[column]
        return value, value.casefold()


def _table(model: _LogModel[Any], parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(_LogModel.SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view, proxy


class ScanLogDialog(QDialog):
    """The refused scans and undone check-ins of an event, sortable and filtered.

    Args:
        services: The domain services.
        event_id: The event whose desks' log is shown.
        parent: The parent widget.
    """

    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        title = services.events.get(event_id).title
        self.setWindowTitle(self.tr("Scan log – {title}").format(title=title))
        self.refused_model = RefusedScansModel(self)
        self.undone_model = UndoneCheckinsModel(self)
        self.refused_view, self.refused_proxy = _table(self.refused_model, self)
        self.undone_view, self.undone_proxy = _table(self.undone_model, self)
        name(self.refused_view, self.tr("Refused scans"))
        name(self.undone_view, self.tr("Undone check-ins"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by desk, reason, code or name"))
        self.filter.setClearButtonEnabled(True)
        name(self.filter, self.tr("Filter the scan log"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.refused_view, "")
        self.tabs.addTab(self.undone_view, "")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        fit_to_screen(self, 980, 560)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the log again from the database."""
        self.refused_model.set_rows(self._services.checkin.refused_scans(self._event_id))
        self.undone_model.set_rows(self._services.checkin.undone_checkins(self._event_id))
        self._show_counts()

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        for proxy in (self.refused_proxy, self.undone_proxy):
            proxy.setFilterFixedString(text.strip())
        self._show_counts()

    def _show_counts(self) -> None:
        refused, undone = self.refused_proxy.rowCount(), self.undone_proxy.rowCount()
        self.tabs.setTabText(0, self.tr("Refused scans (%n)", "", refused))
        self.tabs.setTabText(1, self.tr("Undone check-ins (%n)", "", undone))
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        if self.refused_model.rowCount() or self.undone_model.rowCount():
            return ""
        return self.tr("Nothing went wrong at the door: no refused scans and no undos.")
