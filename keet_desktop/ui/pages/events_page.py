"""The events view: every event with its counts, filtered as you type, by kind and period."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.models import EventKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.events import Period
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import leave_with_tab, name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.table_models import EventsFilterProxy, EventsTableModel, IdRole


class EventsPage(QWidget):
    """The list of events.

    Signals:
        event_open_requested(int): the user opened an event (double-click or Enter).
    """

    event_open_requested = Signal(int)

    def __init__(self, services: Services, app_events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self.model = EventsTableModel(self)
        self.proxy = EventsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit(placeholderText=self.tr("Filter by title or venue"))
        self.search_edit.setClearButtonEnabled(True)
        name(self.search_edit, self.tr("Filter events"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in EventKind:
            self.kind_combo.addItem(fmt.kind_label(kind), kind.value)
        name(self.kind_combo, self.tr("Kind"))
        self.period_combo = QComboBox()
        name(self.period_combo, self.tr("Period"))
        self.period_combo.addItem(self.tr("Upcoming"), Period.UPCOMING.value)
        self.period_combo.addItem(self.tr("Past"), Period.PAST.value)
        self.period_combo.addItem(self.tr("All"), Period.ALL.value)
        self.table = QTableView()
        leave_with_tab(self.table, self.tr("Events"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EventsTableModel.Column.DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EventsTableModel.Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.period_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.table.activated.connect(self._on_table_activated)
        self._app_events.events_changed.connect(self._on_data_changed)
        self._app_events.registrations_changed.connect(self._on_data_changed)
        self._app_events.database_replaced.connect(self.reload)
        self.proxy.rowsInserted.connect(self._show_count)
        self.proxy.rowsRemoved.connect(self._show_count)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)

    @Slot()
    def reload(self) -> None:
        """Load the events of the chosen period again."""
        try:
            rows = self._services.events.list_events(Period(self.period_combo.currentData()))
        except SQLAlchemyError as exc:
            messages.show_error(self, exc)
            return
        self.model.set_rows(rows)
        self._show_count()

    @Slot()
    def _show_count(self) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n event(s)", "", shown))

    def selected_event_id(self) -> int | None:
        """The id of the selected event, or None."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(IdRole)) if rows else None

    def focus_search(self) -> None:
        """Put the cursor in the filter box."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    @Slot(str)
    def _on_search_edit_changed(self, text: str) -> None:
        self.proxy.set_text(text)

    @Slot(int)
    def _on_kind_combo_changed(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        self.proxy.set_kind(EventKind(kind) if kind else None)

    @Slot(int)
    def _on_period_combo_changed(self, _index: int) -> None:
        self.reload()

    @Slot(int)
    def _on_data_changed(self, _event_id: int) -> None:
        self.reload()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.event_open_requested.emit(int(index.data(IdRole)))
