"""A person's details for the funder report: postcode and characteristics, with consent."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.ui import messages


class FunderDetailsDialog(QDialog):
    """Postcode (gives the municipality) and characteristics shared only with consent."""

    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.person_id = services, person_id
        self.details = services.partners.funder_details(person_id)
        self.setWindowTitle(self.tr("Details for the funder"))
        self.rows: list[tuple[QLineEdit, QLineEdit, QCheckBox]] = []
        self._build_ui()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self) -> None:
        self.postcode_edit = QLineEdit(self.details.postcode)
        self.postcode_edit.setAccessibleName(self.tr("Postcode"))
        form = QFormLayout()
        form.addRow(self.tr("Person"), QLabel(self.details.name))
        form.addRow(self.tr("Postcode"), self.postcode_edit)
        form.addRow(self.tr("Municipality"), QLabel(self.details.municipality or "–"))
        grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Characteristic"), self.tr("Value"), self.tr("May be shared"))
        ):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        for name, value, consent in [*self.details.characteristics, ("", "", False)]:
            self._add_row(grid, name, value, consent)
        note = QLabel(
            self.tr(
                "Only characteristics the person agreed to share count in the funder report, "
                "and only as totals (groups under 5 are hidden)."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _add_row(self, grid: QGridLayout, name: str, value: str, consent: bool) -> None:
        row = len(self.rows) + 1
        name_edit, value_edit = QLineEdit(name), QLineEdit(value)
        name_edit.setReadOnly(bool(name))
        name_edit.setAccessibleName(self.tr("Characteristic {row}").format(row=row))
        value_edit.setAccessibleName(self.tr("Value {row}").format(row=row))
        consent_box = QCheckBox(self.tr("consent"))
        consent_box.setChecked(consent)
        consent_box.setAccessibleName(
            self.tr("Consent to share characteristic {row}").format(row=row)
        )
        for column, widget in enumerate((name_edit, value_edit, consent_box)):
            grid.addWidget(widget, row, column)
        self.rows.append((name_edit, value_edit, consent_box))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        partners = self.services.partners
        try:
            if self.postcode_edit.text().strip() != self.details.postcode:
                partners.set_postcode(self.person_id, self.postcode_edit.text())
            for name_edit, value_edit, consent_box in self.rows:
                if name_edit.text().strip():
                    partners.set_characteristic(
                        self.person_id,
                        name_edit.text(),
                        value_edit.text(),
                        funder_consent=consent_box.isChecked(),
                    )
        except KeetError as exc:
            messages.show_error(self, exc)
            return
        self.accept()
