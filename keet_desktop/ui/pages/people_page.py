"""The people view: everyone, with their registrations; edit a person, merge two records."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
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
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.paging import PersonLine
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.dialogs.merge_dialog import MergeDialog
from keet_desktop.ui.dialogs.person_dialog import PersonDialog
from keet_desktop.ui.lazy_table_models import PeopleTableModel
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
        self.person_label = QLabel(self.tr("Registrations of the selected person"))
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.merge_button)
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
        self.edit_button.clicked.connect(self.edit_person)
        self.merge_button.clicked.connect(self.merge_people)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.doubleClicked.connect(self.edit_person)
        self.model.modelReset.connect(self._on_model_reset)
        self._app_events.people_changed.connect(self.reload)
        self._app_events.registrations_changed.connect(self._on_registrations_changed)
        self._app_events.database_replaced.connect(self.reload)

    def showEvent(self, event: QShowEvent) -> None:
        """Load the people the first time the page is shown."""
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    @Slot()
    def reload(self) -> None:
        """Count and load the first people again."""
        self._loaded = True
        try:
            self.model.reload()
        except SQLAlchemyError as exc:
            messages.show_error(self, exc)

    @Slot()
    def _on_model_reset(self) -> None:
        self.count_label.setText(self.tr("%n person(s)", "", self.model.total))
        self.registrations_model.set_rows([])
        self._update_buttons()

    @Slot(int)
    def _on_registrations_changed(self, _event_id: int) -> None:
        if self._loaded:
            self.reload()

    @Slot(str)
    def _on_search_edit_changed(self, text: str) -> None:
        self.model.set_search(text)

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
        if len(people) != 1:
            self.registrations_model.set_rows([])
            return
        try:
            self.registrations_model.set_rows(self._services.people.registrations_of(people[0].id))
        except SQLAlchemyError as exc:
            messages.show_error(self, exc)

    def _update_buttons(self) -> None:
        count = len(self.selected_people())
        self.edit_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count == 2)

    @Slot()
    def edit_person(self) -> None:
        """Open the editor for the selected person."""
        people = self.selected_people()
        if len(people) != 1:
            return
        try:
            person = self._services.people.get(people[0].id)
        except (KeetError, SQLAlchemyError) as exc:
            messages.show_error(self, exc)
            return
        if PersonDialog(self._services, person, self).exec():
            self.status_message.emit(self.tr("{name} is saved.").format(name=person.full_name))
            self._app_events.people_changed.emit()
            self._app_events.registrations_changed.emit(0)

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
            self._app_events.people_changed.emit()
            self._app_events.registrations_changed.emit(0)
