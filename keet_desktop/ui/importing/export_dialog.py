"""Export an event's registrations or people to CSV or Excel, with the columns one chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.privacy.models import PURPOSE_LABELS, Purpose
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.export import PEOPLE_COLUMNS, REGISTRATION_COLUMNS, Column
from keet_desktop.ui import file_dialogs, messages
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.i18n import qt_translate
from keet_desktop.ui.operations import Operation

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
        self.consent = QComboBox()  # issue 13: limit to people with a consent
        self.consent.setAccessibleName(self.tr("Only people who consent to"))
        self.consent.addItem(self.tr("Everyone"), None)
        for purpose in Purpose:
            text = QCoreApplication.translate("privacy", PURPOSE_LABELS[purpose])
            self.consent.addItem(text, purpose.value)
        name(self.columns, self.tr("Columns to export"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("Export:"), self.kind)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Only people who consent to:"), self.consent)
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
        kind = (
            self.tr("Registrations")
            if self.kind.currentData() == "registrations"
            else self.tr("People")
        )
        event = self._services.events.get(self._event_id) if self._event_id is not None else None
        suggested = file_dialogs.suggested_name(
            kind, event.title if event else "", event.starts_at if event else None, suffix
        )
        return file_dialogs.choose_save_file(self, self.tr("Export"), suggested, pattern)

    def export_to(self, path: Path) -> int:
        """Write the export to ``path`` (its suffix set by the chosen format); returns rows."""
        return self._write(*self._request(path))

    def _request(self, path: Path) -> tuple[str, Path, list[str], str, str | None, bool]:
        """What the widgets ask for, as plain values (read on the GUI thread)."""
        suffix, delimiter = self.FORMATS[self.format.currentIndex()]
        kind = str(self.kind.currentData())
        target = path.with_suffix("." + suffix)
        consent = self.consent.currentData()  # issue 13: only people who consent
        force = target == path  # issue 11: the save dialog asked before replacing it
        return kind, target, self.chosen_columns(), delimiter or ";", consent, force

    def _write(
        self,
        kind: str,
        target: Path,
        columns: list[str],
        delimiter: str,
        consent: str | None = None,
        force: bool = False,
    ) -> int:
        """Write the file (on a worker thread when run by the Export button)."""
        exports = self._services.exports
        if kind == "registrations":
            assert self._event_id is not None
            rows = exports.export_registrations(
                self._event_id,
                target,
                columns,
                translate=qt_translate,
                delimiter=delimiter,
                consent=consent,
                force=force,
            )
        else:
            rows = exports.export_people(
                target,
                columns,
                event_id=self._event_id,
                translate=qt_translate,
                delimiter=delimiter,
                consent=consent,
                force=force,
            )
        self.written = target
        what = f"{kind} {self._event_id or ''}".strip() + f" ({target.suffix.lstrip('.')})"
        self._services.privacy.record_activity("export", what, rows, "organiser")  # issue 13
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
        self.export_button.setEnabled(False)
        Operation(self, self._write, *self._request(Path(path))).success(self._on_written).failure(
            self._on_failed
        ).run()

    def _on_written(self, _rows: int) -> None:
        self.export_button.setEnabled(True)
        if self.written is not None:
            file_dialogs.confirm_saved(self.parentWidget(), str(self.written))
        self.accept()

    def _on_failed(self, _exc: Exception) -> bool:
        self.export_button.setEnabled(True)
        return False  # shown the one way
