"""An unexpected error shows a dialog and the app goes on; About lists the third-party licences."""

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from keet_desktop import logs
from keet_desktop.ui import app as app_module
from keet_desktop.ui.crash_dialog import CrashDialog
from keet_desktop.ui.dialogs.about_dialog import AboutDialog


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    yield logs.setup_logging(tmp_path, console=False)
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


@pytest.fixture
def shown(monkeypatch, qtbot):
    dialogs = []

    def fake_exec(self):
        qtbot.addWidget(self)
        dialogs.append(self)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return dialogs


def _raise():
    raise ZeroDivisionError("while mailing jan.peeters@example.be")


def test_an_unexpected_error_says_what_where_and_copies_details(qtbot, log_file, shown):
    app_module.install_excepthook()
    try:
        _raise()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    [dialog] = shown
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "ZeroDivisionError" in texts and str(log_file) in texts
    assert "jan.peeters@example.be" not in texts + dialog.details.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "_raise" in copied and "Keet Desktop" in copied
    assert "<e-mail>" in copied and "jan.peeters" not in copied
    assert "unexpected error" in log_file.read_text(encoding="utf-8")
    assert dialog.copy_button.accessibleName() and dialog.details.accessibleName()


def test_about_lists_qt_lgpl_fonts_and_the_libraries(qtbot):
    dialog = AboutDialog("sqlite:///keet.sqlite3")
    qtbot.addWidget(dialog)
    text = dialog.third_party.toPlainText()
    for expected in ("Qt 6", "LGPL-3.0-only", "DejaVu fonts", "ReportLab", "SQLAlchemy"):
        assert expected in text
    assert "LGPL-3.0.txt" in text and "LICENSE-DejaVu.txt" in text
    assert dialog.third_party.accessibleName()
