"""The outbox page: every message with its state; send now, resend or drop."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
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
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.mail.errors import describe_stored
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.outbox import OutboxLine
from keet_desktop.domain.timeutil import to_local
from keet_desktop.ui.i18n import qt_translate
from keet_desktop.ui.mail.background import OutboxSender
from keet_desktop.ui.mail.labels import STATES, kind_label, state_label
from keet_desktop.ui.messages import show_error
from keet_desktop.ui.tasks import Task, start

_Index = QModelIndex | QPersistentModelIndex


class OutboxColumn(enum.IntEnum):
    """The columns of the outbox list."""

    STATE = 0
    KIND = 1
    TO = 2
    NAME = 3
    EVENT = 4
    CREATED = 5
    ATTEMPTS = 6
    PROBLEM = 7


class OutboxTableModel(QAbstractTableModel):
    """Outbox messages, one per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxLine] = []

    def set_rows(self, rows: Sequence[OutboxLine]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def line(self, row: int) -> OutboxLine:
        """The message on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(OutboxColumn)

    def headerData(  # noqa: D102
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            OutboxColumn.STATE: self.tr("State"),
            OutboxColumn.KIND: self.tr("Message"),
            OutboxColumn.TO: self.tr("To"),
            OutboxColumn.NAME: self.tr("Name"),
            OutboxColumn.EVENT: self.tr("Event"),
            OutboxColumn.CREATED: self.tr("Queued at"),
            OutboxColumn.ATTEMPTS: self.tr("Attempts"),
            OutboxColumn.PROBLEM: self.tr("Problem"),
        }.get(OutboxColumn(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = OutboxColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._sort_key(line, column)
        return None

    @staticmethod
    def _display(line: OutboxLine, column: OutboxColumn) -> str:
        values: dict[OutboxColumn, Callable[[], str]] = {
            OutboxColumn.STATE: lambda: state_label(line.state),
            OutboxColumn.KIND: lambda: kind_label(line.kind),
            OutboxColumn.TO: lambda: line.to,
            OutboxColumn.NAME: lambda: line.name,
            OutboxColumn.EVENT: lambda: line.event_title,
            OutboxColumn.CREATED: lambda: f"{to_local(line.created_at):%d/%m/%Y %H:%M}",
            OutboxColumn.ATTEMPTS: lambda: str(line.attempts),
            OutboxColumn.PROBLEM: lambda: describe_stored(line.last_error, qt_translate),
        }
        return values[column]()

    @staticmethod
    def _sort_key(line: OutboxLine, column: OutboxColumn) -> Any:
        if column is OutboxColumn.CREATED:
            return line.id  # the order they were queued in
        if column is OutboxColumn.ATTEMPTS:
            return line.attempts
        return OutboxTableModel._display(line, column).casefold()


def load_lines(_report: Callable[[int, int], None], services: Services, states: list[str]) -> Any:
    """The newest messages (a :class:`Task` function)."""
    return services.outbox.list_messages(1000, states)


class OutboxPage(QWidget):
    """Every message in the outbox with its state.

    Signals:
        status_message(str): a line for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, services: Services, sender: OutboxSender, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._sender = sender
        self._loading: Task | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = OutboxTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OutboxColumn.CREATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Outbox messages"))
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show messages in state"))
        self.state_filter.addItem(self.tr("All messages"), "")
        for state in STATES:
            self.state_filter.addItem(state_label(state), state)
        self.send_button = QPushButton(self.tr("Send now"))
        self.resend_button = QPushButton(self.tr("Send again"))
        self.resend_button.setToolTip(self.tr("Queue the selected failed or maybe sent messages"))
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setToolTip(self.tr("Do not send the selected messages"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Outbox summary"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.state_filter)
        bar.addStretch(1)
        for button in (self.send_button, self.resend_button, self.drop_button, self.refresh_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def _connect_signals(self) -> None:
        self.state_filter.currentIndexChanged.connect(self._on_state_filter_changed)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.resend_button.clicked.connect(self._on_resend_button_clicked)
        self.drop_button.clicked.connect(self._on_drop_button_clicked)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self._sender.finished.connect(self._on_sender_finished)
        self._sender.counts_changed.connect(self._on_sender_counts_changed)

    def refresh(self) -> None:
        """Load the list again (in the background)."""
        if self._loading is not None:
            return
        state = self.state_filter.currentData()
        task = Task(load_lines, self._services, [state] if state else [])
        task.signals.finished.connect(self._on_load_finished)
        task.signals.failed.connect(self._on_load_failed)
        self._loading = task
        start(task)

    def selected_ids(self) -> list[int]:
        """The ids of the selected messages."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.line(r).id for r in sorted(rows)]

    def showEvent(self, event: Any) -> None:
        """Load the list when shown."""
        self.refresh()
        super().showEvent(event)

    @Slot(object)
    def _on_load_finished(self, lines: Any) -> None:
        self._loading = None
        self.model.set_rows(lines)

    @Slot(object)
    def _on_load_failed(self, exc: Any) -> None:
        self._loading = None
        show_error(self, exc)

    @Slot(int)
    def _on_state_filter_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_send_button_clicked(self) -> None:
        self.summary.setText(self.tr("Sending…"))
        self._sender.send_now()

    @Slot()
    def _on_resend_button_clicked(self) -> None:
        count = self._services.outbox.resend(self.selected_ids())
        self.status_message.emit(self.tr("%n message(s) queued again.", "", count))
        self.refresh()
        self._sender.refresh_counts()

    @Slot()
    def _on_drop_button_clicked(self) -> None:
        count = self._services.outbox.drop(self.selected_ids())
        self.status_message.emit(self.tr("%n message(s) dropped.", "", count))
        self.refresh()
        self._sender.refresh_counts()

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()
        self._sender.refresh_counts()

    @Slot(object)
    def _on_sender_finished(self, report: Any) -> None:
        if report is None:
            self.summary.setText(self.tr("Mail is off or not set up (File → Mail settings)."))
        elif report.problem is not None:
            self.summary.setText(report.problem.format(qt_translate))
        elif report.problem_text:
            self.summary.setText(report.problem_text)
        else:
            self.summary.setText(
                self.tr("Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}.").format(
                    sent=report.sent, failed=report.failed, maybe_sent=report.maybe_sent
                )
            )
        if self.isVisible():
            self.refresh()

    @Slot(object)
    def _on_sender_counts_changed(self, _counts: Any) -> None:
        if self.isVisible():
            self.refresh()
