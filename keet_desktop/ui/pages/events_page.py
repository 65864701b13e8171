"""The events view: every event with its counts, filtered as you type, by kind and period."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.models import EventKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.events import EventSummary, Period
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.accessibility import leave_with_tab, name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Latest, Query
from keet_desktop.ui.table_models import EventsFilterProxy, EventsTableModel, IdRole

RESIZE_PRECISION_ROWS = 50


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
        self._latest = Latest()
        self.reload_timer = QTimer(self)  # many changes in a row (an import): one reload
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
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
        # Widths are fitted once, to the first rows (_fit_columns): "resize to contents"
        # measured the rows again at every reset, change and layout of a long list.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EventsTableModel.Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self._fitted = False
        self.count_label = QLabel()
        self.start_panel = self._build_start_panel()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.period_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.start_panel)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def _build_start_panel(self) -> QFrame:
        """What to do first on an empty database: three steps, each a button."""
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setVisible(False)
        self.start_title = QLabel(self.tr("Start here"))
        font = self.start_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.start_title.setFont(font)
        intro = QLabel(self.tr("There are no events yet. Three steps get you going:"))
        intro.setWordWrap(True)
        self.start_venue_button = QPushButton(self.tr("1. Create a venue and its rooms…"))
        self.start_event_button = QPushButton(self.tr("2. Create the first event…"))
        self.start_import_button = QPushButton(self.tr("3. Import registrations…"))
        hints = [
            self.tr("Where your events take place, with the places in each room."),
            self.tr("A title, a date and a room or an online link."),
            self.tr("From a spreadsheet (CSV or Excel), or type them one by one."),
        ]
        grid = QGridLayout()
        buttons = (self.start_venue_button, self.start_event_button, self.start_import_button)
        for row, (button, hint) in enumerate(zip(buttons, hints, strict=True)):
            button.setEnabled(False)  # until the window gives the actions
            label = QLabel(hint)
            label.setWordWrap(True)
            button.setToolTip(hint)
            button.setAccessibleDescription(hint)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(panel)
        box.addWidget(self.start_title)
        box.addWidget(intro)
        box.addLayout(grid)
        box.addStretch()
        return panel

    def set_start_actions(self, venues: QAction, new_event: QAction, import_: QAction) -> None:
        """Let the start panel's buttons do what these actions do."""
        pairs = (
            (self.start_venue_button, venues),
            (self.start_event_button, new_event),
            (self.start_import_button, import_),
        )
        for button, action in pairs:
            button.clicked.connect(action.trigger)
            button.setEnabled(True)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.table.activated.connect(self._on_table_activated)
        self.reload_timer.timeout.connect(self.reload)
        self._app_events.events_changed.connect(self._on_data_changed)
        self._app_events.registrations_changed.connect(self._on_data_changed)
        self._app_events.database_replaced.connect(self.reload)
        self.proxy.rowsInserted.connect(self._show_count)
        self.proxy.rowsRemoved.connect(self._show_count)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)

    @Slot()
    def reload(self) -> None:
        """Load the events of the chosen period again (counts in one grouped query, off-thread).

        Several changes in a row start several loads; only the newest one is shown.
        """
        period = Period(self.period_combo.currentData())
        Query(self, self._load, period).latest(self._latest).success(self._on_events_loaded).run()

    def _load(self, period: Period) -> tuple[list[EventSummary], bool]:
        """(worker) The events of ``period``, and whether the database has no event at all."""
        rows = self._services.events.list_events(period)
        return rows, not rows and not self._services.events.has_events()

    def _on_events_loaded(self, loaded: tuple[list[EventSummary], bool]) -> None:
        rows, empty = loaded
        selected = self.selected_event_id()
        self.model.update_rows(rows)
        self._show_count()
        if self.start_panel.isHidden() == empty:  # changes only: a show lays out again
            self.start_panel.setVisible(empty)
            self.table.setVisible(not empty)
        if rows and not self._fitted:
            self._fit_columns()
        if selected is not None and selected != self.selected_event_id():
            self.select_event(selected)

    def _fit_columns(self) -> None:
        """Fit the columns (but the title's, which stretches) to their header and first rows."""
        self._fitted = True
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        rows = min(self.proxy.rowCount(), RESIZE_PRECISION_ROWS)
        for column in EventsTableModel.Column:
            if column is EventsTableModel.Column.TITLE:
                continue
            texts = (str(self.proxy.index(row, column).data() or "") for row in range(rows))
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            header.resizeSection(column, max(header.sectionSizeHint(column), widest + padding))

    def select_event(self, event_id: int) -> None:
        """Select the row of ``event_id`` if it is shown."""
        row = self.model.row_of(event_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

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
        self.reload_timer.start()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.event_open_requested.emit(int(index.data(IdRole)))
