"""File → Import registrations…: a wizard with the file, the columns, a preview and the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from keet_desktop.domain.importing.headers import FIELD_LABELS, Field
from keet_desktop.domain.importing.readers import Table
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.import_registrations import (
    ImportPlan,
    ImportRequest,
    RegistrationImportService,
)
from keet_desktop.ui import file_dialogs
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.accessibility import fit_to_screen, name
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.importing.pages import PreviewPage, ResultPage
from keet_desktop.ui.operations import Latest, Query
from keet_desktop.ui.settings import Settings

FOLDER_KEY = "importing/folder"
SAMPLE_ROWS = 5


class ImportRegistrationsWizard(QWizard):
    """Import registrations from a CSV or Excel file: file, columns, preview, result.

    The preview and the import run in the background with a progress bar and a cancel
    button; nothing is written before the last page, and a cancelled import writes nothing.
    """

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        event_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.app_events = app_events
        self.event_id = event_id
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Import registrations"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        fit_to_screen(self, 820, 600)

    def request(self) -> ImportRequest:
        """What the pages filled in, as an import request."""
        assert self.table is not None
        kind, target_id = self.file_page.target()
        return ImportRequest(
            table=self.table,
            fields=self.mapping_page.fields(),
            event_id=target_id if kind == "event" else None,
            programme_id=target_id if kind == "programme" else None,
            remember_mapping=self.mapping_page.remember.isChecked(),
        )

    def reject(self) -> None:
        """Close; a running preview or import is cancelled first (nothing is written)."""
        self.preview_page.cancel_task()
        self.result_page.cancel_task()
        super().reject()


class FilePage(QWizardPage):
    """Choose the file and the event (or programme) to import into."""

    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._reading = False
        self._read_path = Path()
        self._targets_loaded = False
        self._go_on = False  # Next was asked: go on once the file and the events are loaded
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. "
                "Nothing is imported before you have seen a preview."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        name(self.path_edit, self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.target_combo = QComboBox()  # filled from the worker (_on_targets_loaded)
        self.target_combo.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Register for:"), self.target_combo)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.textChanged.connect(self.completeChanged)
        Query(self, target_items, self._wizard.services.imports).success(
            self._on_targets_loaded
        ).run()

    def _on_targets_loaded(self, items: list[tuple[str, str]]) -> None:
        for label, data in items:
            self.target_combo.addItem(label, data)
        self.target_combo.setCurrentIndex(-1)
        if self._wizard.event_id is not None:
            # An event that takes no registrations (cancelled) is not offered: choose again.
            self.target_combo.setCurrentIndex(
                self.target_combo.findData(f"event:{self._wizard.event_id}")
            )
        elif items:
            self.target_combo.setCurrentIndex(0)
        self.target_combo.setEnabled(True)
        self._targets_loaded = True
        self.completeChanged.emit()
        self._go_on_when_ready()

    def target(self) -> tuple[str, int]:
        """The chosen ("event" or "programme", id)."""
        kind, _colon, target_id = str(self.target_combo.currentData() or ":0").partition(":")
        return kind, int(target_id)

    def isComplete(self) -> bool:
        """A file and a target are chosen."""
        chosen = self.target_combo.currentIndex() >= 0
        return bool(self.path_edit.text().strip()) and self._targets_loaded and chosen

    def ask_file(self) -> str:
        """Ask for the file (a separate method, so tests can replace the dialog)."""
        folder = str(self._wizard.settings.qsettings.value(FOLDER_KEY, "") or "")
        folder = folder or file_dialogs.last_folder()  # Documents the first time
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import registrations"),
            folder,
            self.tr("Registrations (*.csv *.txt *.xlsx);;All files (*)"),
        )
        return path

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        path = self.ask_file()
        if path:
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        """Read the file on a worker thread; go on once it is read (the page stays till then).

        The events to import into are loaded on a worker thread too: the page also waits for
        them. An unreadable file is explained and the page stays.
        """
        path = Path(self.path_edit.text().strip())
        read = self._read_path == path and self._wizard.table is not None
        if read and self._targets_loaded:
            return True  # read: the wizard goes on
        self._go_on = True
        if read or self._reading:
            return False
        self._reading = True
        self.setCursor(Qt.CursorShape.WaitCursor)
        Query(self, self._wizard.services.imports.read, path).success(self._on_file_read).failure(
            self._on_read_failed
        ).run()
        self._read_path = path
        return False

    def _on_file_read(self, table: Table) -> None:
        self._reading = False
        self.unsetCursor()
        self._wizard.table = table
        self._wizard.settings.qsettings.setValue(FOLDER_KEY, str(self._read_path.parent))
        self._go_on_when_ready()

    def _go_on_when_ready(self) -> None:
        """Go to the next page if Next was asked and the file and the events are loaded."""
        if self._go_on and self._targets_loaded and self._wizard.table is not None:
            self._go_on = False
            self._wizard.next()

    def _on_read_failed(self, _exc: Exception) -> bool:
        self._go_on = False
        self._reading = False
        self._wizard.table = None
        self.unsetCursor()
        return False  # shown the one way


class MappingPage(QWizardPage):
    """Which column holds what: recognised from the headers or remembered; all changeable."""

    def __init__(self, wizard: ImportRegistrationsWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.combos: list[QComboBox] = []
        self._reading = False  # another sheet is being read
        self._sheet_latest = Latest()
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Columns"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet of the workbook to import"))
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its combo boxes take the focus
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.remember = QCheckBox(self.tr("Remember these columns for files with the same headers"))
        self.remember.setChecked(True)
        self.sheet_combo.currentTextChanged.connect(self._on_sheet_combo_text_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(sheet_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.remember)

    def initializePage(self) -> None:
        """Show a row per column of the file, with an example value and its field."""
        table = self._wizard.table
        assert table is not None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets)
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_combo.blockSignals(False)
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(table.sheets) > 1)
        self._show_columns(table)

    def choose_sheet(self, name: str) -> None:
        """Read another sheet of the workbook (as the user would pick it)."""
        self.sheet_combo.setCurrentText(name)

    @Slot(str)
    def _on_sheet_combo_text_activated(self, name: str) -> None:
        """Read the chosen sheet on a worker thread (a big workbook takes a while)."""
        path = Path(self._wizard.file_page.path_edit.text().strip())
        self._reading = True
        self.grid_host.setEnabled(False)
        self.completeChanged.emit()
        Query(self, self._wizard.services.imports.read, path, name).latest(
            self._sheet_latest
        ).success(self._on_sheet_read).failure(self._on_sheet_failed).run()

    def _on_sheet_read(self, table: Table) -> None:
        self._wizard.table = table
        self._show_columns(table)
        self._sheet_done()

    def _on_sheet_failed(self, _exc: Exception) -> bool:
        self._sheet_done()
        return False  # shown the one way

    def _sheet_done(self) -> None:
        self._reading = False
        self.grid_host.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """No sheet is being read."""
        return not self._reading

    def _show_columns(self, table: Table) -> None:
        fields, remembered = self._wizard.services.imports.mapping_for(table.headers)
        self.note.setText(
            self.tr("These columns were remembered from an earlier import. Change where needed.")
            if remembered
            else self.tr("Columns recognised by their header. Choose what the others hold.")
        )
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        for title, column in ((self.tr("Column"), 0), (self.tr("Example"), 1)):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.grid.addWidget(QLabel("<b>{}</b>".format(self.tr("Imports as"))), 0, 2)
        for index, header in enumerate(table.headers):
            sample = next(
                (r.values[index] for r in table.rows[:SAMPLE_ROWS] if len(r.values) > index
                 and r.values[index]),
                "",
            )  # fmt: skip
            combo = QComboBox()
            for field in Field:
                combo.addItem(field_label(field), field.value)
            combo.setCurrentIndex(combo.findData(fields[index].value))
            self.grid.addWidget(QLabel(header or self.tr("(no header)")), index + 1, 0)
            example = QLabel(sample[:60])
            example.setToolTip(sample)
            self.grid.addWidget(example, index + 1, 1)
            self.grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(table.headers) + 1, 1)

    def fields(self) -> list[Field]:
        """The field chosen for each column."""
        return [Field(combo.currentData()) for combo in self.combos]

    def set_field(self, column: int, field: Field) -> None:
        """Choose the field of a column (as the user would)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field.value))


def target_items(imports: RegistrationImportService) -> list[tuple[str, str]]:
    """(worker) The events and programmes to import into: (label, "kind:id") each."""
    items = []
    for target in imports.targets():
        if target.kind == "event" and target.starts_at is not None:
            label = QCoreApplication.translate("FilePage", "{date} · {title}").format(
                date=fmt.datetime_text(target.starts_at), title=target.title
            )
        else:
            label = QCoreApplication.translate(
                "FilePage", "Programme: {title} (every session)"
            ).format(title=target.title)
        items.append((label, f"{target.kind}:{target.id}"))
    return items


def field_label(field: Field) -> str:
    """The translated name of a field."""
    return QCoreApplication.translate("importing", FIELD_LABELS[field])
