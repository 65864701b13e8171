"""The options of the print preview: who, which layout, which paper, which language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.paging import RegistrationLine, RegistrationSort
from keet_desktop.domain.services.print_data import SortOrder
from keet_desktop.i18n import QT_TRANSLATE_NOOP
from keet_desktop.printing.documents import DocumentKind
from keet_desktop.printing.layouts import LAYOUTS, Paper
from keet_desktop.ui.operations import Latest, Query
from keet_desktop.ui.printing.rendering import statuses_for
from keet_desktop.ui.printing.settings import PrintSettings

LAYOUT_NAMES = {
    "a4-4xa6": QT_TRANSLATE_NOOP("PrintOptionsForm", "A4, 4 × A6 badge inserts"),
    "a4-8xa7": QT_TRANSLATE_NOOP("PrintOptionsForm", "A4, 8 × A7 badge inserts"),
    "a4-2x5-90x54": QT_TRANSLATE_NOOP("PrintOptionsForm", "A4 labels, 2 × 5 of 90 × 54 mm"),
    "a4-2x4-99x68": QT_TRANSLATE_NOOP("PrintOptionsForm", "A4 labels, 2 × 4 of 99.1 × 67.7 mm"),
    "label-62mm": QT_TRANSLATE_NOOP("PrintOptionsForm", "Label printer, 62 mm roll"),
    "label-89x36": QT_TRANSLATE_NOOP("PrintOptionsForm", "Label printer, 89 × 36 mm"),
    "label-54x101": QT_TRANSLATE_NOOP("PrintOptionsForm", "Label printer, 54 × 101 mm"),
}


SEARCH_DELAY_MS = 200
PERSON_CHOICES = 50  # people offered for one search


class PrintOptionsForm(QWidget):
    """The options a document offers; the others are hidden.

    Signals:
        changed(): An option changed.
    """

    changed = Signal()

    def __init__(
        self, services: Services, settings: PrintSettings, event_id: int, kind: DocumentKind
    ) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self._event_id = event_id
        self._kind = kind
        self._searches = Latest()
        self._build_ui()
        self._load()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.layout_box = QComboBox()
        for name in LAYOUTS:
            self.layout_box.addItem(
                QCoreApplication.translate("PrintOptionsForm", LAYOUT_NAMES[name]), name
            )
        self.start_at = QSpinBox()
        self.start_at.setRange(1, 10)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), Paper.A4)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Dutch"), "nl")
        self.language_box.addItem(self.tr("English"), "en")
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Family name"), SortOrder.FAMILY_NAME.value)
        self.sort.addItem(self.tr("Organisation"), SortOrder.ORGANISATION.value)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person to print"))
        self.person_search = QLineEdit(placeholderText=self.tr("Type a name to find one person"))
        self.person_search.setAccessibleName(self.tr("Find a person to print"))
        self.person_search.setClearButtonEnabled(True)
        self.person_timer = QTimer(self)
        self.person_timer.setSingleShot(True)
        self.person_timer.setInterval(SEARCH_DELAY_MS)
        self.only_checked_in = QCheckBox(self.tr("Only people who are checked in"))
        self.only_not_printed = QCheckBox(self.tr("Only badges not printed yet"))
        self.email_column = QCheckBox(self.tr("E-mail column"))
        self.municipality_column = QCheckBox(self.tr("Municipality column"))
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 200)
        self.printer = QComboBox()
        self.offset_x = self._offset_box()
        self.offset_y = self._offset_box()
        self._add_rows()

    def _offset_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-10.0, 10.0)
        box.setSingleStep(0.5)
        box.setSuffix(" mm")
        return box

    def _add_rows(self) -> None:
        form = QFormLayout(self)
        badges = self._kind is DocumentKind.BADGES
        per_person = self._kind in (DocumentKind.BADGES, DocumentKind.TICKETS)
        rows = [
            (self.tr("Layout"), self.layout_box, badges),
            (self.tr("Start at label"), self.start_at, badges),
            (self.tr("Paper"), self.paper, not badges),
            (self.tr("Language"), self.language_box, True),
            (self.tr("Sort by"), self.sort, True),
            (self.tr("Find person"), self.person_search, per_person),
            (self.tr("Person"), self.person, per_person),
            ("", self.only_checked_in, True),
            ("", self.only_not_printed, badges),
            ("", self.email_column, self._kind is DocumentKind.ATTENDANCE),
            ("", self.municipality_column, self._kind is DocumentKind.ATTENDANCE),
            (self.tr("Blank rows"), self.blank_rows, self._kind is DocumentKind.ATTENDANCE),
            (self.tr("Printer"), self.printer, badges),
            (self.tr("Printer offset right"), self.offset_x, badges),
            (self.tr("Printer offset up"), self.offset_y, badges),
        ]
        for label, widget, shown in rows:
            if shown:
                form.addRow(label, widget)
            else:
                widget.hide()

    def _load(self) -> None:
        self._select(self.layout_box, self._settings.layout("badges"))
        self._select(self.paper, self._settings.paper)
        self._select(self.language_box, self._settings.language)
        self.person.addItem(self.tr("Everyone"), None)  # people are found as you type
        default = QPrinterInfo.defaultPrinterName()
        names = [default] + [n for n in QPrinterInfo.availablePrinterNames() if n != default]
        for name in names:
            self.printer.addItem(name or self.tr("Default printer"), name)
        self._load_offset()

    def _load_offset(self) -> None:
        x, y = self._settings.offset(self.printer_name())
        self.offset_x.setValue(x)
        self.offset_y.setValue(y)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def _connect_signals(self) -> None:
        for box in (self.layout_box, self.paper, self.language_box, self.sort, self.person):
            box.currentIndexChanged.connect(self._on_option_changed)
        for check in (
            self.only_checked_in,
            self.only_not_printed,
            self.email_column,
            self.municipality_column,
        ):
            check.toggled.connect(self._on_option_changed)
        for spin in (self.start_at, self.blank_rows):
            spin.valueChanged.connect(self._on_option_changed)
        for offset in (self.offset_x, self.offset_y):
            offset.valueChanged.connect(self._on_option_changed)
        self.printer.currentIndexChanged.connect(self._on_printer_changed)
        self.person_search.textChanged.connect(self._on_person_search_changed)
        self.person_timer.timeout.connect(self._on_person_timer_timeout)

    @Slot(str)
    def _on_person_search_changed(self, _text: str) -> None:
        self.person_timer.start()

    @Slot()
    def _on_person_timer_timeout(self) -> None:
        """Find the people matching the text (a few, on a worker thread), not all 100,000."""
        Query(
            self,
            self._services.registrations.window_for_event,
            self._event_id,
            0,
            PERSON_CHOICES,
            sort=RegistrationSort.NAME,
            text=self.person_search.text(),
        ).latest(self._searches).success(self._on_people_found).run()

    def _on_people_found(self, lines: list[RegistrationLine]) -> None:
        wanted = statuses_for(self._kind)
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        for line in lines:
            if line.status in wanted:
                self.person.addItem(line.name, line.id)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        if index < 0 and chosen is not None:
            self.changed.emit()  # the chosen person is no longer offered: everyone again

    @Slot()
    def _on_option_changed(self) -> None:
        self.changed.emit()

    @Slot()
    def _on_printer_changed(self) -> None:
        self._load_offset()
        self.changed.emit()

    def language(self) -> str:
        """The document's language."""
        return str(self.language_box.currentData())

    def printer_name(self) -> str:
        """The chosen printer ("" = the system's default)."""
        return str(self.printer.currentData() or "")

    def save(self) -> None:
        """Remember the layout, paper, language and printer offset for next time."""
        self._settings.set_layout("badges", str(self.layout_box.currentData()))
        self._settings.paper = Paper(self.paper.currentData())
        self._settings.language = self.language()
        self._settings.set_offset(self.printer_name(), self.offset_x.value(), self.offset_y.value())
