"""The Restore dialog: the automatic backups with their date and counts; restore one."""

from __future__ import annotations

import enum
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain import backups
from keet_desktop.domain.db import Database
from keet_desktop.ui import messages, tasks

AnyIndex = QModelIndex | QPersistentModelIndex


class BackupColumn(enum.IntEnum):
    """The columns of the backups table."""

    DATE = 0
    REGISTRATIONS = 1
    PEOPLE = 2
    EVENTS = 3
    FILE = 4


class BackupsTableModel(QAbstractTableModel):
    """The backups, newest first: date, counts and file name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start empty; :meth:`set_rows` fills it."""
        super().__init__(parent)
        self._rows: list[backups.BackupInfo] = []
        self._times: list[datetime] = []

    def set_rows(self, rows: list[backups.BackupInfo]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self._times = [_modified(info.path) for info in self._rows]
        self.endResetModel()

    def backup_at(self, row: int) -> backups.BackupInfo:
        """Return the backup shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt: the number of backups."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt: the number of columns."""
        return 0 if parent.isValid() else len(BackupColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            BackupColumn.DATE: self.tr("Made on"),
            BackupColumn.REGISTRATIONS: self.tr("Registrations"),
            BackupColumn.PEOPLE: self.tr("People"),
            BackupColumn.EVENTS: self.tr("Events"),
            BackupColumn.FILE: self.tr("File"),
        }
        return titles.get(BackupColumn(section)) if 0 <= section < len(BackupColumn) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: display text and, in UserRole, the sort key."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        info, when = self._rows[index.row()], self._times[index.row()]
        column = BackupColumn(index.column())
        if column is BackupColumn.DATE:
            return (
                when.strftime("%Y-%m-%d %H:%M")
                if role == Qt.ItemDataRole.DisplayRole
                else (when.timestamp())
            )
        if column is BackupColumn.FILE:
            return info.path.name
        key = {
            BackupColumn.REGISTRATIONS: "registrations",
            BackupColumn.PEOPLE: "people",
            BackupColumn.EVENTS: "events",
        }[column]
        count = info.counts.get(key)
        if role == Qt.ItemDataRole.UserRole:
            return -1 if count is None else count
        return self.tr("unreadable") if count is None else str(count)


def _modified(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return datetime.fromtimestamp(0)


def _list(_report: Any, db: Database) -> list[backups.BackupInfo]:
    return backups.list_backups(db)


def _restore(_report: Any, db: Database, path: Path) -> backups.RestoreResult:
    return backups.restore(db, path)


class RestoreDialog(QDialog):
    """Lists the automatic backups (date, counts); restores the chosen one.

    The current database is copied first, so restoring never loses anything.

    Signals:
        restored(object): the :class:`~keet_desktop.domain.backups.RestoreResult`.
    """

    restored = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        """Build the dialog and start listing the backups (in the background)."""
        super().__init__(parent)
        self._db = db
        self._task: tasks.Task | None = None
        self._build_ui()
        self._connect_signals()
        self.refresh()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(640, 360)
        self.explanation = QLabel(
            self.tr(
                "Keet Desktop makes a backup at the first start of each day and before every "
                "upgrade, and keeps 7 daily and 4 weekly copies. Restoring one copies the "
                "current database first."
            )
        )
        self.explanation.setWordWrap(True)
        self.model = BackupsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel(self.tr("Looking for backups…"))
        self.status.setAccessibleName(self.tr("Status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.table, self.status, self.buttons):
            layout.addWidget(widget)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def refresh(self) -> None:
        """List the backups again (in the background)."""
        task = tasks.Task(_list, self._db)
        task.signals.finished.connect(self._on_list_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = tasks.start(task)

    def chosen(self) -> backups.BackupInfo | None:
        """The selected backup, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.backup_at(self.proxy.mapToSource(rows[0]).row())

    @Slot(object)
    def _on_list_finished(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.model.set_rows(rows)
        self.table.sortByColumn(BackupColumn.DATE, Qt.SortOrder.DescendingOrder)
        if rows:
            self.status.setText(self.tr("%n backup(s).", "", len(rows)))
        else:
            self.status.setText(self.tr("There are no backups yet."))

    @Slot()
    def _on_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        info = self.chosen()
        if info is None:
            return
        question = self.tr(
            "Put the backup {file} in place of the current database? The current database "
            "is copied first."
        ).format(file=info.path.name)
        if not messages.ask(self, self.tr("Restore a backup"), question):
            return
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        task = tasks.Task(_restore, self._db, info.path)
        task.signals.finished.connect(self._on_restore_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = tasks.start(task)

    @Slot(object)
    def _on_restore_finished(self, result: object) -> None:
        assert isinstance(result, backups.RestoreResult)
        copy = result.backup_of_current.name if result.backup_of_current else "-"
        self.status.setText(
            self.tr("Restored. The database it replaced was copied to {copy}.").format(copy=copy)
        )
        self.restored.emit(result)
        self.refresh()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        assert isinstance(exc, Exception)
        self.status.setText(self.tr("Not done."))
        messages.show_error(self, exc)
