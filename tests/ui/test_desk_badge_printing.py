"""Badges printed at the desk on check-in: the status bar, Retry, Reprint and the settings."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from keet_desktop.ui.desk import DeskWindow
from keet_desktop.ui.desk.badge_printing import BadgePrintBar, attach_badge_printing
from keet_desktop.ui.printing.output import PrintFailedError
from keet_desktop.ui.printing.settings import DeskPrintMode, PrintSettings
from tests.checkin_helpers import event_today, register
from tests.printing.helpers import decode_pages


class PdfPrinters:
    """A printer factory writing each print to its own PDF; ``broken`` makes it fail."""

    def __init__(self, folder):
        self.folder = folder
        self.made = []
        self.broken = False

    def __call__(self, _name):
        if self.broken:
            raise PrintFailedError("paper jam")
        self.made.append(self.folder / f"badge-{len(self.made)}.pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.made[-1]))
        return printer


@pytest.fixture
def event(sqlite_services):
    return event_today(sqlite_services)


@pytest.fixture
def printers(tmp_path):
    return PdfPrinters(tmp_path)


def open_desk(qtbot, services, settings, app_events, event, printers):
    window = DeskWindow(services, settings, app_events, event, "Balie 1")
    auto = attach_badge_printing(window, services, settings, printers)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, auto, window.findChild(BadgePrintBar)


@pytest.fixture
def desk(qtbot, sqlite_services, settings, app_events, translators, event, printers):
    PrintSettings(settings).desk_mode = DeskPrintMode.ONCE
    window, auto, bar = open_desk(qtbot, sqlite_services, settings, app_events, event, printers)
    yield window, auto, bar
    auto.wait()


def scan(desk, text):
    QTest.keyClicks(desk.input, text)
    QTest.keyClick(desk.input, Qt.Key.Key_Return)


def assert_focus_in_input(qtbot, desk):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=2000)


def test_a_scan_prints_the_badge_once(qtbot, desk, sqlite_services, event, printers):
    window, auto, bar = desk
    reg, code = register(sqlite_services, event, "Søren", "Ørsted")
    assert bar.isVisible()
    with qtbot.waitSignal(auto.printed, timeout=5000) as printed:
        scan(window, code)
    assert printed.args == [reg]
    assert decode_pages(printers.made[0].read_bytes(), dpi=200) == [[code]]
    assert bar.status.text() == "Badge afgedrukt voor Søren Ørsted"
    assert not bar.retry_button.isVisible()
    sqlite_services.checkin.undo(registration_id=reg, reason="verkeerde persoon")
    with qtbot.waitSignal(auto.skipped, timeout=5000):
        scan(window, code)  # checked in again: printed before, so not again
    assert len(printers.made) == 1
    assert "Søren Ørsted" in bar.status.text()
    assert_focus_in_input(qtbot, window)
    # issue 13: the one print is in the activity log, without the person's name
    log = sqlite_services.privacy.activity()
    assert [(e.action, e.count, e.actor) for e in log] == [("print", 1, "desk")]
    assert "Søren" not in log[0].what


def test_a_failed_print_shows_red_with_retry(qtbot, desk, sqlite_services, event, printers):
    window, auto, bar = desk
    reg, code = register(sqlite_services, event, "Ayşe", "Yılmaz")
    printers.broken = True
    with qtbot.waitSignal(auto.failed, timeout=5000):
        scan(window, code)
    assert window.result_panel.headline.text() == "INGECHECKT"  # the check-in stands
    assert bar.status.text() == "Ayşe Yılmaz: De badge is niet afgedrukt: paper jam"
    assert "a11d21" in bar.status.styleSheet()
    assert bar.retry_button.isVisible()
    printers.broken = False
    with qtbot.waitSignal(auto.printed, timeout=5000) as printed:
        qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    assert printed.args == [reg]
    assert not bar.retry_button.isVisible()
    assert len(printers.made) == 1
    assert_focus_in_input(qtbot, window)


def test_reprint_prints_the_last_badge_again(qtbot, desk, sqlite_services, event, printers):
    window, auto, bar = desk
    assert not bar.reprint_button.isEnabled()  # nobody checked in yet
    reg, code = register(sqlite_services, event)
    with qtbot.waitSignal(auto.printed, timeout=5000):
        scan(window, code)
    with qtbot.waitSignal(auto.printed, timeout=5000) as printed:
        qtbot.mouseClick(bar.reprint_button, Qt.MouseButton.LeftButton)
    assert printed.args == [reg]
    assert len(printers.made) == 2
    assert decode_pages(printers.made[1].read_bytes(), dpi=200) == [[code]]
    assert bar.reprint_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert_focus_in_input(qtbot, window)


def test_closing_the_desk_waits_for_the_badges_in_the_queue(
    qtbot, desk, sqlite_services, event, printers
):
    window, _auto, _bar = desk
    _reg, code = register(sqlite_services, event)
    with qtbot.waitSignal(window.checked_in):
        scan(window, code)
    window.close()
    assert len(printers.made) == 1 and printers.made[0].stat().st_size > 0


def test_never_hides_the_bar_and_prints_nothing(
    qtbot, sqlite_services, settings, app_events, translators, event, printers
):
    window, auto, bar = open_desk(qtbot, sqlite_services, settings, app_events, event, printers)
    assert not bar.isVisible()
    _reg, code = register(sqlite_services, event)
    with qtbot.waitSignal(window.checked_in):
        scan(window, code)
    auto.wait()
    QApplication.processEvents()
    assert printers.made == []


def test_the_settings_dialog_saves_the_mode_and_the_bar_follows(
    qtbot, sqlite_services, settings, app_events, translators, event, printers
):
    window, _auto, bar = open_desk(qtbot, sqlite_services, settings, app_events, event, printers)
    assert not bar.isVisible()
    window.open_settings()
    dialog = window._dialog
    assert dialog.print_mode.currentText() == "Nooit"
    assert not dialog.label_layout.isEnabled()
    dialog.print_mode.setCurrentIndex(dialog.print_mode.findData("always"))
    assert dialog.label_layout.isEnabled()
    dialog.label_layout.setCurrentIndex(dialog.label_layout.findData("label-89x36"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = PrintSettings(settings)
    assert saved.desk_mode is DeskPrintMode.ALWAYS
    assert saved.layout("desk") == "label-89x36"
    assert saved.desk_printer == ""
    assert bar.isVisible()
    assert_focus_in_input(qtbot, window)
