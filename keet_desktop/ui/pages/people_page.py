"""The people view: everyone, with their registrations; edit a person, merge two records."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import ALL, Changes
from keet_desktop.domain.models import Event, Person, Registration
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.paging import PersonLine
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.dialogs.merge_dialog import MergeDialog
from keet_desktop.ui.dialogs.person_dialog import PersonDialog
from keet_desktop.ui.lazy_table_models import PeopleTableModel
from keet_desktop.ui.operations import Latest, Query
from keet_desktop.ui.privacy.person_actions import PersonPrivacyActions
from keet_desktop.ui.table_models import PersonRegistrationsTableModel, SortRole


def _table(model: QAbstractItemModel, multi: bool = False) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PeoplePage(QWidget):
    """Everyone in the database.

    Signals:
        status_message(str): a short message for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, services: Services, app_events: AppEvents, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self.model = PeopleTableModel(services, self)
        self.registrations_model = PersonRegistrationsTableModel(self)
        self.registrations_proxy = QSortFilterProxyModel(self)
        self.registrations_proxy.setSourceModel(self.registrations_model)
        self.registrations_proxy.setSortRole(SortRole)
        self._selection = Latest()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)  # search once typing pauses
        self.reload_timer = QTimer(self)  # several changes in a row: one reload
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
        self._build_ui()
        self._connect_signals()
        self._loaded = False

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit(
            placeholderText=self.tr("Search by name, e-mail or organisation")
        )
        self.search_edit.setClearButtonEnabled(True)
        name(self.search_edit, self.tr("Search people"))
        self.edit_button = QPushButton(self.tr("Edit person…"))
        self.merge_button = QPushButton(self.tr("Merge two people…"))
        self.merge_button.setToolTip(self.tr("Select two records of the same person first"))
        self.table = _table(self.model, multi=True)
        name(self.table, self.tr("People"))
        self.table.sortByColumn(PeopleTableModel.Column.NAME, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((220, 240, 200, 140)):
            self.table.setColumnWidth(column, width)
        self.registrations_table = _table(self.registrations_proxy)
        name(self.registrations_table, self.tr("Registrations of this person"))
        self.registrations_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.registrations_table.setColumnWidth(0, 130)
        self.registrations_table.setColumnWidth(1, 320)
        self.registrations_table.setColumnWidth(2, 120)
        self.count_label = QLabel()
        self.privacy_actions = PersonPrivacyActions(self._services, self._app_events)  # issue 13
        self.person_label = QLabel(self.tr("Registrations of the selected person"))
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.merge_button)
        bar.addWidget(self.privacy_actions)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.person_label)
        lower_layout.addWidget(self.registrations_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.reload_timer.timeout.connect(self.reload)
        self.edit_button.clicked.connect(self.edit_person)
        self.merge_button.clicked.connect(self.merge_people)
        self.privacy_actions.status_message.connect(self.status_message)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self.edit_person)
        self.model.modelReset.connect(self._on_model_reset)
        self._app_events.people_changed.connect(self._on_people_changed)
        self._app_events.registrations_changed.connect(self._on_registrations_changed)
        self._app_events.database_replaced.connect(self.reload)

    def showEvent(self, event: QShowEvent) -> None:
        """Load the people the first time the page is shown."""
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    @Slot()
    def reload(self) -> None:
        """Count and load the first people again (on a worker thread)."""
        self._loaded = True
        self.model.reload()

    @Slot()
    def _on_model_reset(self) -> None:
        self.count_label.setText(self.tr("%n person(s)", "", self.model.total))
        self.registrations_model.set_rows([])
        self._update_buttons()

    @Slot()
    def _on_people_changed(self) -> None:
        self.reload_timer.start()

    @Slot(int)
    def _on_registrations_changed(self, _event_id: int) -> None:
        if self._loaded:
            self.reload_timer.start()

    @Slot(str)
    def _on_search_edit_changed(self, _text: str) -> None:
        self.search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.search_edit.text())

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def selected_people(self) -> list[PersonLine]:
        """The selected people, in table order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row(r) for r in rows]

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_args: object) -> None:
        people = self.selected_people()
        self._update_buttons()
        self.registrations_model.set_rows([])
        if len(people) == 1:
            Query(self, self._services.people.registrations_of, people[0].id).latest(
                self._selection
            ).success(self._on_registrations_loaded).run()
        else:
            self._selection.next()  # a registrations list on its way is no longer wanted

    def _on_registrations_loaded(self, rows: list[tuple[Registration, Event]]) -> None:
        self.registrations_model.set_rows(rows)

    def _update_buttons(self) -> None:
        count = len(self.selected_people())
        self.edit_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)
        people = self.selected_people() if count == 1 else []
        self.privacy_actions.set_person(people[0].id if people else None)

    @Slot()
    def edit_person(self) -> None:
        """Open the editor for the selected person (loaded on a worker thread)."""
        people = self.selected_people()
        if len(people) != 1:
            return
        Query(self, self._services.people.get, people[0].id).success(self._on_person_loaded).run()

    def _on_person_loaded(self, person: Person) -> None:
        dialog = PersonDialog(self._services, person, self)
        if dialog.exec():
            self.status_message.emit(self.tr("{name} is saved.").format(name=person.full_name))
            self._app_events.publish(dialog.changes)

    @Slot()
    def merge_people(self) -> None:
        """Merge the two selected people."""
        people = self.selected_people()
        if len(people) != 2:
            return
        dialog = MergeDialog(self._services, people[0], people[1], self)
        if dialog.exec() and dialog.merge_result is not None:
            result = dialog.merge_result
            self.status_message.emit(self.tr("Merged: %n registration(s) moved.", "", result.moved))
            self._app_events.publish(Changes.of(people=True, registrations=[ALL]))
