"""The desk's small dialogs: a walk-in, a reason (undo, beyond capacity), the PIN, settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.printing.layouts import LAYOUTS
from keet_desktop.ui.desk.settings import DeskSettings
from keet_desktop.ui.printing.options import LAYOUT_NAMES
from keet_desktop.ui.printing.settings import DeskPrintMode, PrintSettings
from keet_desktop.ui.settings import Settings


def _big(widget: QWidget, points: int = 18) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)


class WalkInDialog(QDialog):
    """Three fields (name, e-mail, organisation); Enter registers and checks in."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        _big(self)
        self.name = QLineEdit(name.strip(), self)
        self.name.setPlaceholderText(self.tr("Given name and family name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("optional"))
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("optional"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a11d21; font-weight: bold;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Organisation"), self.organisation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and check in"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(620, _screen_width(self) - 40))
        _big(self)

    def names(self) -> tuple[str, str]:
        """The given name (first word) and the family name (the rest)."""
        words = self.name.text().split()
        if len(words) < 2:
            return "", " ".join(words)
        return words[0], " ".join(words[1:])

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Type the person's name."))
            self.error.show()
            self.name.setFocus()
            return
        self.accept()


class ReasonDialog(QDialog):
    """Asks a question that needs a reason (required) before OK."""

    def __init__(self, title: str, question: str, ok: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        _big(self)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(560, _screen_width(self) - 40))
        _big(self)

    @Slot(str)
    def _on_reason_text_changed(self, text: str) -> None:
        self.ok.setEnabled(bool(text.strip()))


class UndoDialog(ReasonDialog):
    """Asks why a check-in is undone (the reason is required)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Undo check-in"),
            self.tr("Undo the check-in of {name}? Why?").format(name=name),
            self.tr("Undo"),
            parent,
        )


class PinDialog(QDialog):
    """Asks the organiser PIN (hidden as it is typed)."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organiser PIN"))
        _big(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Organiser PIN"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(buttons)


def _screen_width(widget: QWidget) -> int:
    screen = widget.screen()
    return screen.availableGeometry().width() if screen is not None else 800


class DeskSettingsDialog(QDialog):
    """The desk's name, sound, scanner prefix/suffix, and badge printing at check-in."""

    def __init__(self, settings: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.print_settings = PrintSettings(Settings(settings.qsettings))
        self.setWindowTitle(self.tr("Desk settings"))
        self.desk_name = QLineEdit(settings.desk_name, self)
        self.sound = QCheckBox(self.tr("Play a short sound for each result"), self)
        self.sound.setChecked(settings.sound)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(settings.volume)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.calm = QSpinBox(self)
        self.calm.setRange(0, 600)
        self.calm.setValue(settings.calm_seconds)
        self.calm.setSuffix(self.tr(" s"))
        self.calm.setAccessibleName(self.tr("Back to ready after"))
        self.kiosk = QCheckBox(self.tr("Self check-in (kiosk mode)"), self)
        self.kiosk.setChecked(settings.kiosk)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(
            self.tr("unchanged") if settings.has_pin else self.tr("none set")
        )
        self.pin.setAccessibleName(self.tr("New organiser PIN"))
        self.prefix = QLineEdit(settings.scanner_prefix, self)
        self.suffix = QLineEdit(settings.scanner_suffix, self)
        form = QFormLayout()
        form.addRow(self.tr("Desk name"), self.desk_name)
        form.addRow("", self.sound)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow(self.tr("Back to ready after"), self.calm)
        form.addRow("", self.kiosk)
        form.addRow(self.tr("New organiser PIN"), self.pin)
        form.addRow(self.tr("Scanner prefix"), self.prefix)
        form.addRow(self.tr("Scanner suffix"), self.suffix)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._badge_printing_box())
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _badge_printing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Badge printing"), self)
        self.print_mode = QComboBox(box)
        self.print_mode.addItem(self.tr("Never"), DeskPrintMode.NEVER.value)
        self.print_mode.addItem(self.tr("Once, if not printed yet"), DeskPrintMode.ONCE.value)
        self.print_mode.addItem(self.tr("At every check-in"), DeskPrintMode.ALWAYS.value)
        self.printer = QComboBox(box)
        self.printer.addItem(self.tr("System default printer"), "")
        names = QPrinterInfo.availablePrinterNames()
        chosen = self.print_settings.desk_printer
        for name in [*names, *([chosen] if chosen and chosen not in names else [])]:
            self.printer.addItem(name, name)
        self.label_layout = QComboBox(box)
        for name in LAYOUTS:
            text = QCoreApplication.translate("PrintOptionsForm", LAYOUT_NAMES[name])
            self.label_layout.addItem(text, name)
        _select(self.print_mode, self.print_settings.desk_mode.value)
        _select(self.printer, chosen)
        _select(self.label_layout, self.print_settings.layout("desk"))
        self.print_mode.currentIndexChanged.connect(self._on_print_mode_current_index_changed)
        self._on_print_mode_current_index_changed()
        form = QFormLayout(box)
        form.addRow(self.tr("Print the badge"), self.print_mode)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Label layout"), self.label_layout)
        return box

    @Slot()
    def _on_print_mode_current_index_changed(self) -> None:
        printing = self.print_mode.currentData() != DeskPrintMode.NEVER.value
        self.printer.setEnabled(printing)
        self.label_layout.setEnabled(printing)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.desk_name.text().strip():
            self._settings.desk_name = self.desk_name.text()
        self._settings.sound = self.sound.isChecked()
        self._settings.volume = self.volume.value()
        self._settings.calm_seconds = self.calm.value()
        self._settings.kiosk = self.kiosk.isChecked()
        if self.pin.text():
            self._settings.set_pin(self.pin.text())
        self._settings.scanner_prefix = self.prefix.text()
        self._settings.scanner_suffix = self.suffix.text()
        self.print_settings.desk_mode = DeskPrintMode(str(self.print_mode.currentData()))
        self.print_settings.desk_printer = str(self.printer.currentData())
        self.print_settings.set_layout("desk", str(self.label_layout.currentData()))
        self.accept()


def _select(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    box.setCurrentIndex(max(0, index))
