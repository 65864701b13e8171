"""Printing a badge at the desk when someone is checked in, with a small status bar.

:func:`attach_badge_printing` gives a desk a :class:`BadgeAutoPrinter` (which prints in a
background pool, so a slow or broken printer never holds up the next scan) and a status bar
above the desk's footer: what was printed for whom, a failure in red with a Retry button, and a
button to reprint the last badge. The bar is hidden while the desk's print mode is "never".
Its buttons never take the focus from the scanner's input.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from keet_desktop.domain.services import Services
from keet_desktop.ui.desk.desk_window import DeskWindow
from keet_desktop.ui.desk.panels import big_font
from keet_desktop.ui.printing.auto_print import BadgeAutoPrinter, PrinterFactory, system_printer
from keet_desktop.ui.printing.settings import DeskPrintMode, PrintSettings
from keet_desktop.ui.settings import Settings

_OK_STYLE = "color: #1b5e20;"
_FAILED_STYLE = "color: #a11d21; font-weight: bold;"


class BadgePrintBar(QWidget):
    """The desk's print status: the last result, Retry after a failure, Reprint last badge.

    Args:
        desk: The desk the bar belongs to (its check-ins, its focus).
        auto: The desk's automatic badge printer.
        print_settings: The printing preferences (the desk's print mode).
    """

    def __init__(
        self, desk: DeskWindow, auto: BadgeAutoPrinter, print_settings: PrintSettings
    ) -> None:
        super().__init__(desk)
        self._desk = desk
        self._auto = auto
        self._print_settings = print_settings
        self._names: dict[int, str] = {}
        self.last_registration_id: int | None = None
        self._build_ui()
        self._connect_signals()
        self.follow_mode()

    def _build_ui(self) -> None:
        self.status = QLabel(self.tr("Badges are printed at check-in."), self)
        self.status.setFont(big_font(15))
        self.status.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.reprint_button = QPushButton(self.tr("Reprint last badge"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        for button in (self.retry_button, self.reprint_button):
            button.setFont(big_font(15))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self.retry_button.hide()
        self.reprint_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self._desk.checked_in.connect(self._on_desk_checked_in)
        self._desk.settings_saved.connect(self.follow_mode)
        self._auto.printed.connect(self._on_auto_printed)
        self._auto.skipped.connect(self._on_auto_skipped)
        self._auto.failed.connect(self._on_auto_failed)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)

    @Slot()
    def follow_mode(self) -> None:
        """Show the bar unless the desk's print mode is "never"."""
        self.setVisible(self._print_settings.desk_mode is not DeskPrintMode.NEVER)

    def _name(self, registration_id: int) -> str:
        return self._names.get(registration_id) or self.tr("registration {id}").format(
            id=registration_id
        )

    def _show(self, text: str, *, failed: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(_FAILED_STYLE if failed else _OK_STYLE)
        self.retry_button.setVisible(failed)

    @Slot(int)
    def _on_desk_checked_in(self, registration_id: int) -> None:
        result = self._desk.result_panel.result
        if result is not None and result.registration_id == registration_id:
            self._names[registration_id] = result.name
        self.last_registration_id = registration_id
        self.reprint_button.setEnabled(True)

    @Slot(int)
    def _on_auto_printed(self, registration_id: int) -> None:
        self._show(self.tr("Badge printed for {name}").format(name=self._name(registration_id)))

    @Slot(int)
    def _on_auto_skipped(self, registration_id: int) -> None:
        self._show(
            self.tr("Badge of {name} was printed before: not printed again").format(
                name=self._name(registration_id)
            )
        )

    @Slot(str)
    def _on_auto_failed(self, message: str) -> None:
        failed = self._auto.last_failed
        name = self._name(failed) if failed is not None else ""
        self._show(
            self.tr("{name}: {message}").format(name=name, message=message),
            failed=True,
        )

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        if self._auto.retry():
            self._show(self.tr("Printing again…"))
        self._desk.refocus()

    @Slot()
    def _on_reprint_button_clicked(self) -> None:
        if self.last_registration_id is not None:
            self._auto.reprint(self.last_registration_id)
            self._show(
                self.tr("Printing the badge of {name} again…").format(
                    name=self._name(self.last_registration_id)
                )
            )
        self._desk.refocus()


class _WaitOnClose(QObject):
    """Waits for the badges still being printed when the desk closes."""

    def __init__(self, desk: DeskWindow, auto: BadgeAutoPrinter) -> None:
        super().__init__(desk)
        self._auto = auto
        desk.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """On the desk's close event, wait for the print queue."""
        if event.type() == QEvent.Type.Close:
            self._auto.wait()
        return False


def attach_badge_printing(
    desk: DeskWindow,
    services: Services,
    settings: Settings,
    printer_factory: PrinterFactory = system_printer,
) -> BadgeAutoPrinter:
    """Give ``desk`` badge printing at check-in, as its settings say, with a status bar.

    Args:
        desk: The check-in desk.
        services: The domain services.
        settings: The app's preferences (the printing preferences share their store).
        printer_factory: Makes the printer from its name (tests pass a PDF printer).

    Returns:
        The desk's automatic badge printer (owned by the desk; the bar is
        ``desk.findChild(BadgePrintBar)``).
    """
    print_settings = PrintSettings(settings)
    auto = BadgeAutoPrinter(services, print_settings, printer_factory, desk)
    desk.checked_in.connect(auto.on_checked_in)
    desk.add_footer_widget(BadgePrintBar(desk, auto, print_settings))
    _WaitOnClose(desk, auto)
    return auto
