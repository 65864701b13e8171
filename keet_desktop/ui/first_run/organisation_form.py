"""The organisation's fields (name, address, language, logo), shared by first run and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from keet_desktop.domain.services.organisation import OrganisationInfo, OrganisationInput


class OrganisationForm(QWidget):
    """Name, address, language and logo of the organisation.

    Signals:
        changed(): a field changed (the dialog re-checks its OK button).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._logo: bytes | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the organisation"))
        self.name.setPlaceholderText(self.tr("e.g. De Keet vzw"))
        self.address = QPlainTextEdit()
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setFixedHeight(64)
        self.address.setTabChangesFocus(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the app and documents"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setMinimumHeight(48)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_button = QPushButton(self.tr("Choose a logo…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo for badges and certificates"))
        self.clear_logo_button = QPushButton(self.tr("No logo"))
        self.clear_logo_button.setAccessibleName(self.tr("Remove the logo"))
        logo_row = QHBoxLayout()
        for widget in (self.logo_preview, self.logo_button, self.clear_logo_button):
            logo_row.addWidget(widget)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Logo (badges, certificates)"), logo_row)

    def _connect_signals(self) -> None:
        self.name.textChanged.connect(self._on_name_text_changed)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.clear_logo_button.clicked.connect(self._on_clear_logo_button_clicked)

    @Slot(str)
    def _on_name_text_changed(self, _text: str) -> None:
        self.changed.emit()

    @Slot()
    def _on_logo_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo(Path(path).read_bytes())

    @Slot()
    def _on_clear_logo_button_clicked(self) -> None:
        self.set_logo(None)

    def set_logo(self, data: bytes | None) -> None:
        """Show ``data`` (PNG or JPEG bytes) as the logo; None removes it."""
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo_preview.setText(self.tr("No logo") if not data else self.tr("Not an image"))
        self.changed.emit()

    def set_values(self, info: OrganisationInfo) -> None:
        """Fill the fields from the stored organisation."""
        self.name.setText(info.name)
        self.address.setPlainText(info.address)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language)))
        self.set_logo(info.logo)

    def values(self) -> OrganisationInput:
        """What the fields hold."""
        return OrganisationInput(
            name=self.name.text(),
            address=self.address.toPlainText(),
            language=str(self.language.currentData()),
            logo=self._logo,
        )
