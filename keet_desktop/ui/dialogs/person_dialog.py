"""Edit a person's details, with what is wrong shown next to the field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.changes import ALL, Changes
from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.models import Person
from keet_desktop.domain.privacy.models import Purpose
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.ui.accessibility import scaled, scrolling
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.operations import Operation
from keet_desktop.ui.privacy.consent_panel import ConsentPanel
from keet_desktop.ui.widgets import FieldMessage


class PersonDialog(QDialog):
    """Change a person (loaded with tags)."""

    def __init__(self, services: Services, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person
        self.changes = Changes()  # what saving changed, for the opener to publish
        self._build_ui()
        self._fill(person)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit person"))
        self.setMinimumWidth(scaled(self, 440))
        self.given_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.municipality_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Dutch"), "nl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("French"), "fr")
        self.photos_check = QCheckBox(self.tr("Agrees to photos"))
        self.mailing_check = QCheckBox(self.tr("Agrees to the mailing list"))
        self.tags_edit = QLineEdit(placeholderText=self.tr("separated by commas"))
        self.field_messages = {n: FieldMessage() for n in ("family_name", "email", "general")}
        form = QFormLayout()
        form.addRow(self.tr("Given name"), self.given_edit)
        form.addRow(self.tr("Family name"), self.family_edit)
        form.addRow("", self.field_messages["family_name"])
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow("", self.field_messages["email"])
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Municipality"), self.municipality_edit)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Tags"), self.tags_edit)
        # issue 13: consents per purpose with their history replace the two check boxes
        self.consent_panel = ConsentPanel(self._services, self._person.id)
        self.photos_check.setVisible(False)
        self.mailing_check.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        content = QVBoxLayout()  # scrolls when larger text makes it taller than the screen
        content.addLayout(form)
        content.addWidget(self.consent_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.field_messages["general"])
        layout.addWidget(self.buttons)

    def _fill(self, person: Person) -> None:
        self.given_edit.setText(person.given_name)
        self.family_edit.setText(person.family_name)
        self.email_edit.setText(person.email or "")
        self.phone_edit.setText(person.phone)
        self.organisation_edit.setText(person.organisation)
        self.municipality_edit.setText(person.municipality)
        index = self.language_combo.findData(person.preferred_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.photos_check.setChecked(person.consent_photos)
        self.mailing_check.setChecked(person.consent_mailing)
        self.tags_edit.setText(", ".join(t.tag for t in person.tags))

    def person_input(self) -> PersonInput:
        """What the fields say."""
        wanted = self.consent_panel.wanted()
        self.photos_check.setChecked(wanted[Purpose.PHOTOS])
        self.mailing_check.setChecked(wanted[Purpose.MAILING])
        return PersonInput(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            email=self.email_edit.text() or None,
            phone=self.phone_edit.text(),
            organisation=self.organisation_edit.text(),
            municipality=self.municipality_edit.text(),
            preferred_language=self.language_combo.currentData(),
            consent_photos=self.photos_check.isChecked(),
            consent_mailing=self.mailing_check.isChecked(),
            tags=[t.strip() for t in self.tags_edit.text().split(",") if t.strip()],
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        for message in self.field_messages.values():
            message.clear_message()
        self.buttons.setEnabled(False)
        panel = self.consent_panel  # read on the GUI thread, written on the worker
        Operation(self, self._save, self.person_input(), panel.wanted(), panel.source()).success(
            self._on_saved
        ).failure(self._on_refused).run()

    def _save(self, data: PersonInput, wanted: Any, source: Any) -> None:
        """The person, then their consents with date, source and history (issue 13)."""
        self._services.people.update(self._person.id, data)
        self._services.privacy.set_consents(self._person.id, wanted, source)

    def _on_saved(self, _result: object) -> None:
        self.consent_panel.reload()
        self.buttons.setEnabled(True)
        self.changes = Changes.of(people=True, registrations=[ALL])
        self.accept()

    def _on_refused(self, exc: Exception) -> bool:
        """Show a refusal next to its field; other errors are shown the one way."""
        self.buttons.setEnabled(True)
        if not isinstance(exc, KeetError):
            return False
        target = self.field_messages.get(exc.field or "", self.field_messages["general"])
        target.show_error(error_text(exc))
        return True
