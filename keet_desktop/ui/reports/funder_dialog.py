"""A person's details for the funder report: postcode and characteristics, and their consent.

Two separate things decide whether a characteristic counts in the funder report: its "may be
shared" mark (which characteristics may be shared, edited here) and the person's consent to
sharing with the funder (issue 13, with its history: shown here read-only, changed with the
person's consents). A withdrawn consent leaves the marks as they are.
"""

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

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.partners import FunderDetails
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.operations import Operation, Query

Characteristic = tuple[str, str, bool]  # name, value, may be shared


def save_funder_details(
    services: Services, person_id: int, postcode: str | None, rows: list[Characteristic]
) -> None:
    """Store a changed postcode and the changed characteristics (an operation function)."""
    partners = services.partners
    if postcode is not None:
        partners.set_postcode(person_id, postcode)
    for name, value, may_share in rows:
        partners.set_characteristic(person_id, name, value, funder_consent=may_share)


class FunderDetailsDialog(QDialog):
    """Postcode (gives the municipality), characteristics that may be shared, the consent."""

    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.person_id = services, person_id
        self.details: FunderDetails | None = None
        self.setWindowTitle(self.tr("Details for the funder"))
        self.rows: list[tuple[QLineEdit, QLineEdit, QCheckBox]] = []
        self._build_ui()
        self._connect_signals()
        Query(self, services.partners.funder_details, person_id).success(
            self._on_details_loaded
        ).failure(self._on_details_failed).run()

    def _build_ui(self) -> None:
        self.name_label = QLabel(self.tr("Loading…"))
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setAccessibleName(self.tr("Postcode"))
        self.municipality_label = QLabel()
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_label.setAccessibleName(self.tr("Consent to share with the funder"))
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.name_label)
        form.addRow(self.tr("Postcode"), self.postcode_edit)
        form.addRow(self.tr("Municipality"), self.municipality_label)
        form.addRow(self.tr("Consent"), self.consent_label)
        self.grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Characteristic"), self.tr("Value"), self.tr("May be shared"))
        ):
            self.grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        note = QLabel(
            self.tr(
                "A characteristic counts in the funder report only when it may be shared and "
                "the person consents to sharing with the funder, and only in totals (groups "
                "under 5 are hidden)."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the details are loaded
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.grid)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_details_loaded(self, details: FunderDetails) -> None:
        self.details = details
        self.name_label.setText(details.name)
        self.postcode_edit.setText(details.postcode)
        self.municipality_label.setText(details.municipality or "–")
        self.consent_label.setText(self.consent_text(details))
        for name, value, may_share in [*details.characteristics, ("", "", False)]:
            self._add_row(name, value, may_share)
        self.save_button.setEnabled(True)

    def _on_details_failed(self, _exc: Exception) -> bool:
        self.name_label.clear()
        return False  # shown the usual way

    def consent_text(self, details: FunderDetails) -> str:
        """The person's consent to sharing with the funder, in words."""
        if details.funder_consent_at is None:
            return self.tr("Not asked yet: nothing is shared with the funder.")
        day = fmt.date_text(details.funder_consent_at)
        if details.funder_consent:
            return self.tr("Consent given on {date}").format(date=day)
        return self.tr("Consent withdrawn on {date}: nothing is shared with the funder.").format(
            date=day
        )

    def _add_row(self, name: str, value: str, may_share: bool) -> None:
        row = len(self.rows) + 1
        name_edit, value_edit = QLineEdit(name), QLineEdit(value)
        name_edit.setReadOnly(bool(name))
        name_edit.setAccessibleName(self.tr("Characteristic {row}").format(row=row))
        value_edit.setAccessibleName(self.tr("Value {row}").format(row=row))
        share_box = QCheckBox(self.tr("may be shared"))
        share_box.setChecked(may_share)
        share_box.setAccessibleName(self.tr("Characteristic {row} may be shared").format(row=row))
        for column, widget in enumerate((name_edit, value_edit, share_box)):
            self.grid.addWidget(widget, row, column)
        self.rows.append((name_edit, value_edit, share_box))

    def changed_characteristics(self) -> list[Characteristic]:
        """The rows that differ from what is stored (only these are saved)."""
        stored = {name: (value, mark) for name, value, mark in self._stored()}
        changed = []
        for name_edit, value_edit, share_box in self.rows:
            row = (name_edit.text().strip(), value_edit.text(), share_box.isChecked())
            if row[0] and stored.get(row[0]) != (row[1].strip(), row[2]):
                changed.append(row)
        return changed

    def _stored(self) -> list[Characteristic]:
        return self.details.characteristics if self.details else []

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.details is None:
            return
        postcode = self.postcode_edit.text().strip()
        self.save_button.setEnabled(False)
        Operation(
            self,
            save_funder_details,
            self.services,
            self.person_id,
            postcode if postcode != self.details.postcode else None,
            self.changed_characteristics(),
        ).success(self._on_saved).failure(self._on_save_failed).run()

    def _on_saved(self, _none: None) -> None:
        self.accept()

    def _on_save_failed(self, _exc: Exception) -> bool:
        self.save_button.setEnabled(True)
        return False  # shown the usual way
