"""Facilitators: people who lead sessions, optionally linked to a person in the app."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.models import Facilitator
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.venues import FacilitatorInput
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Operation
from keet_desktop.ui.schedule.table_models import RecordTableModel
from keet_desktop.ui.schedule.venues_dialog import _table
from keet_desktop.ui.settings import Settings


@dataclass(frozen=True)
class Registered:
    """What "Register for their sessions" did.

    Attributes:
        facilitator_id: The facilitator (saved first).
        made: How many registrations were made; None when no person has the e-mail address.
        events: The events that got a registration.
    """

    facilitator_id: int
    made: int | None
    events: frozenset[int] = frozenset()


class FacilitatorsDialog(QDialog):
    """Manage facilitators; link one to a person (by e-mail) to register them as facilitator.

    Signals: none (changes are published through ``app_events``).
    """

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.settings, self.app_events = services, settings, app_events
        self.setWindowTitle(self.tr("Facilitators"))
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        linked = self.tr("yes")
        self.model: RecordTableModel[Facilitator] = RecordTableModel(
            [
                (self.tr("Name"), lambda f: f.name),
                (self.tr("E-mail"), lambda f: f.email),
                (self.tr("Phone"), lambda f: f.phone),
                (self.tr("Organisation"), lambda f: f.organisation),
                (self.tr("Person in the app"), lambda f: linked if f.person_id else ""),
            ],
            self,
        )
        self.view = _table(self.model)  # type: ignore[arg-type]
        name(self.view, self.tr("Facilitators"))
        self.name_edit, self.email_edit = QLineEdit(), QLineEdit()
        self.phone_edit, self.organisation_edit = QLineEdit(), QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.register_button = QPushButton(self.tr("Register for their sessions"))
        self.register_button.setToolTip(
            self.tr(
                "Links the facilitator to the person with this e-mail address and registers "
                "them with the role facilitator at each session they lead."
            )
        )
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button, self.register_button):
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _connect_signals(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.register_button.clicked.connect(self._on_register_button_clicked)

    def reload(self, select_id: int | None = None) -> None:
        """Reload the list and select ``select_id``."""
        self.model.set_rows(self.services.facilitators.list_facilitators())
        for row, facilitator in enumerate(self.model.rows):
            if facilitator.id == select_id:
                self.view.selectRow(row)
                return
        self._show(None)

    def current_id(self) -> int | None:
        """The selected facilitator's id."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _show(self, facilitator: Facilitator | None) -> None:
        self.name_edit.setText(facilitator.name if facilitator else "")
        self.email_edit.setText(facilitator.email if facilitator else "")
        self.phone_edit.setText(facilitator.phone if facilitator else "")
        self.organisation_edit.setText(facilitator.organisation if facilitator else "")

    def _input(self, person_id: int | None) -> FacilitatorInput:
        return FacilitatorInput(
            name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            organisation=self.organisation_edit.text(),
            person_id=person_id,
        )

    def _current_input(self) -> tuple[int | None, FacilitatorInput]:
        """The selected facilitator's id and the fields (keeping their link to a person)."""
        facilitator_id = self.current_id()
        current = next((f for f in self.model.rows if f.id == facilitator_id), None)
        return facilitator_id, self._input(current.person_id if current else None)

    def _save(self, facilitator_id: int | None, data: FacilitatorInput) -> int:
        """(worker) Create or change the facilitator; returns its id."""
        if facilitator_id is None:
            return self.services.facilitators.create(data)
        self.services.facilitators.update(facilitator_id, data)
        return facilitator_id

    def _register(self, facilitator_id: int | None, data: FacilitatorInput) -> Registered:
        """(worker) Save, link to the person with the e-mail address, register them."""
        facilitator_id = self._save(facilitator_id, data)
        found = self.services.people.find_by_email(data.email)
        if found is None:
            return Registered(facilitator_id, None)
        self.services.facilitators.update(facilitator_id, replace(data, person_id=found.id))
        made = self.services.facilitators.register_for_events(facilitator_id)
        registrations = self.services.registrations
        events = frozenset(registrations.get(r).registration.event_id for r in made)
        return Registered(facilitator_id, len(made), events)

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._show(self.model.rows[rows[0].row()] if rows else None)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.view.clearSelection()
        self._show(None)
        self.name_edit.setFocus()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        Operation(self, self._save, *self._current_input()).changes(
            Changes.of(schedule=True)
        ).success(self.reload).run(self.app_events)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        facilitator_id = self.current_id()
        if facilitator_id is not None and messages.ask(
            self, self.tr("Delete facilitator"), self.tr("Delete this facilitator?")
        ):
            Operation(self, self.services.facilitators.delete, facilitator_id).changes(
                Changes.of(schedule=True)
            ).success(self._on_deleted).run(self.app_events)

    def _on_deleted(self, _result: object) -> None:
        self.reload()

    @Slot()
    def _on_register_button_clicked(self) -> None:
        Operation(self, self._register, *self._current_input()).changes(
            _registered_changes
        ).success(self._on_registered).run(self.app_events)

    def _on_registered(self, registered: Registered) -> None:
        if registered.made is None:
            text = self.tr("There is no person with this e-mail address yet.")
        else:
            text = self.tr("%n registration(s) made.", "", registered.made)
        messages.inform(self, self.tr("Facilitators"), text)
        self.reload(registered.facilitator_id)


def _registered_changes(registered: Registered) -> Changes:
    """The facilitator was saved; the events they got a registration at changed."""
    return Changes.of(schedule=True, registrations=registered.events)
