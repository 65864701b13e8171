"""Export an event's registrations or people to CSV or Excel, with the columns one chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.export import PEOPLE_COLUMNS, REGISTRATION_COLUMNS, Column
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.i18n import qt_translate

# Columns left out unless chosen: an export never leaks more than needed.
UNCHECKED = {"phone", "ticket_code", "minutes_online", "preferred_language", "role"}


class ExportDialog(QDialog):
    """Choose what to export (registrations of the event, or its people), columns and format."""

    FORMATS = (("csv", ";"), ("csv", ","), ("xlsx", ""))

    def __init__(
        self, services: Services, event_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id = event_id
        self.written: Path | None = None
        self._build_ui()
        self._connect_signals()
        self._fill_columns()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox()
        if self._event_id is not None:
            self.kind.addItem(self.tr("Registrations of this event"), "registrations")
            self.kind.addItem(self.tr("People registered for this event"), "people")
        else:
            self.kind.addItem(self.tr("All people"), "people")
        self.format = QComboBox()
        self.format.addItem(self.tr("CSV for Excel (semicolons)"))
        self.format.addItem(self.tr("CSV (commas)"))
        self.format.addItem(self.tr("Excel workbook (.xlsx)"))
        self.columns = QListWidget()
        name(self.columns, self.tr("Columns to export"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind)
        form.addRow(self.tr("Format:"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns:")))
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def _available(self) -> tuple[Column, ...]:
        return (
            REGISTRATION_COLUMNS if self.kind.currentData() == "registrations" else PEOPLE_COLUMNS
        )

    def _fill_columns(self) -> None:
        self.columns.clear()
        for column in self._available():
            item = QListWidgetItem(QCoreApplication.translate("importing", column.label))
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = column.key not in UNCHECKED
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)

    def chosen_columns(self) -> list[str]:
        """The keys of the checked columns, in order."""
        items = (self.columns.item(row) for row in range(self.columns.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def ask_path(self) -> str:
        """Ask where to save (a separate method, so tests can replace the dialog)."""
        suffix = self.FORMATS[self.format.currentIndex()][0]
        pattern = self.tr("Excel (*.xlsx)") if suffix == "xlsx" else self.tr("CSV (*.csv)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"), "", pattern)
        return path

    def export_to(self, path: Path) -> int:
        """Write the export to ``path`` (its suffix set by the chosen format); returns rows."""
        suffix, delimiter = self.FORMATS[self.format.currentIndex()]
        target = path.with_suffix("." + suffix)
        exports = self._services.exports
        if self.kind.currentData() == "registrations":
            assert self._event_id is not None
            rows = exports.export_registrations(
                self._event_id,
                target,
                self.chosen_columns(),
                translate=qt_translate,
                delimiter=delimiter or ";",
            )
        else:
            rows = exports.export_people(
                target,
                self.chosen_columns(),
                event_id=self._event_id,
                translate=qt_translate,
                delimiter=delimiter or ";",
            )
        self.written = target
        return rows

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._fill_columns()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        if not self.chosen_columns():
            messages.warn(self, self.tr("Export"), self.tr("Choose at least one column."))
            return
        path = self.ask_path()
        if not path:
            return
        try:
            self.export_to(Path(path))
        except (KeetError, OSError) as exc:
            messages.show_error(self, exc)
            return
        self.accept()
