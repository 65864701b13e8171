"""File → Organisation…: change the organisation's name, address, language and logo later."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.ui.first_run.organisation_form import OrganisationForm
from keet_desktop.ui.i18n import error_text


class OrganisationDialog(QDialog):
    """The organisation's settings, as set up at the first run."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._build_ui()
        self._connect_signals()
        self.form.set_values(services.organisation.get())

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Organisation"))
        self.form = OrganisationForm()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self._services.organisation.save(self.form.values())
        except KeetError as exc:
            self.status.setText("⚠ " + error_text(exc))
            return
        self.accept()
