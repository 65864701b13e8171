"""Add a registration: find an existing person as you type, or create one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.models import Person, Role
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.services.registrations import RegisterResult
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.accessibility import name, scaled
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.widgets import FieldMessage


class RegistrationDialog(QDialog):
    """Register someone for one event. ``result_`` holds the outcome once saved."""

    def __init__(self, services: Services, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self.result_: RegisterResult | None = None
        self.changes = Changes()  # what saving changed, for the opener to publish
        self._searches = Latest()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Add registration"))
        self.setMinimumWidth(scaled(self, 480))
        self.search_edit = QLineEdit(placeholderText=self.tr("Type a name or e-mail address"))
        self.search_edit.setClearButtonEnabled(True)
        name(self.search_edit, self.tr("Find a person"))
        self.results = QListWidget()
        name(self.results, self.tr("People found"))
        self.results.setMaximumHeight(140)
        self.hint = QLabel(self.tr("Pick a person from the list, or fill in a new person below."))
        self.hint.setWordWrap(True)
        self.new_box = QGroupBox(self.tr("New person"))
        form = QFormLayout(self.new_box)
        self.given_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.field_messages = {name: FieldMessage() for name in ("family_name", "email")}
        form.addRow(self.tr("Given name"), self.given_edit)
        form.addRow(self.tr("Family name"), self.family_edit)
        form.addRow("", self.field_messages["family_name"])
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow("", self.field_messages["email"])
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(fmt.role_label(role), role.value)
        self.general_message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register"))
        role_form = QFormLayout()
        role_form.addRow(self.tr("Role"), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Find a person")))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(self.new_box)
        layout.addLayout(role_form)
        layout.addWidget(self.general_message)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.results.itemSelectionChanged.connect(self._on_results_selection_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot(str)
    def _on_search_edit_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.search_now()

    def search_now(self) -> None:
        """Fill the list with the people matching the search text (found on a worker thread)."""
        Query(self, self._services.people.search, self.search_edit.text(), limit=30).latest(
            self._searches
        ).success(self._on_people_found).run()

    def _on_people_found(self, people: list[Person]) -> None:
        text = self.search_edit.text()
        self.results.clear()
        for found in people:
            shown = found.full_name
            if found.email:
                shown += f" <{found.email}>"
            if found.organisation:
                shown += f" – {found.organisation}"
            item = QListWidgetItem(shown, self.results)
            item.setData(Qt.ItemDataRole.UserRole, found.id)
        if "@" in text and not self.email_edit.text():
            self.email_edit.setText(text.strip())

    @Slot()
    def _on_results_selection_changed(self) -> None:
        self.new_box.setEnabled(not self.results.selectedItems())

    def selected_person_id(self) -> int | None:
        """The id of the person picked in the list, or None for a new person."""
        items = self.results.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    @Slot()
    def _on_buttons_accepted(self) -> None:
        for message in (*self.field_messages.values(), self.general_message):
            message.clear_message()
        role = Role(self.role_combo.currentData())
        person_id = self.selected_person_id()
        registrations = self._services.registrations
        if person_id is not None:
            operation = Operation(
                self, registrations.register_person, self._event_id, person_id, role=role
            )
        else:
            operation = Operation(
                self, registrations.register, self._event_id, self._person_input(), role=role
            )
        self.buttons.setEnabled(False)
        operation.success(self._on_registered).failure(self._on_refused).run()

    def _on_registered(self, result: RegisterResult) -> None:
        self.buttons.setEnabled(True)
        self.result_ = result
        self.changes = Changes.of(registrations=[self._event_id], people=True)
        self.accept()

    def _on_refused(self, exc: Exception) -> bool:
        """Show a refusal next to its field; other errors are shown the one way."""
        self.buttons.setEnabled(True)
        if not isinstance(exc, KeetError):
            return False
        target = self.field_messages.get(exc.field or "", self.general_message)
        target.show_error(error_text(exc))
        return True

    def _person_input(self) -> PersonInput:
        return PersonInput(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            email=self.email_edit.text() or None,
            organisation=self.organisation_edit.text(),
            phone=self.phone_edit.text(),
        )
