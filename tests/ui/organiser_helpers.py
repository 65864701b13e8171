"""Helpers for the organiser window tests: fill dialogs that would otherwise be modal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from keet_desktop.ui.operations import wait_idle


def click_ok(qtbot, dialog) -> None:
    """Click the dialog's accepting button (Save, OK, Register, Merge)."""
    for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
        button = dialog.buttons.button(role)
        if button is not None:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert wait_idle(), "the dialog's operation did not finish"
            return
    raise AssertionError("no accepting button")


def fake_exec(fill):
    """A replacement for ``QDialog.exec`` that fills the dialog, clicks OK and returns."""

    def run(dialog):
        fill(dialog)
        assert wait_idle(), "an operation of the dialog did not finish"
        return dialog.result()

    return run


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key (QTest only types ASCII; other text is set at once)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(widget.text() + text)


def settle() -> None:
    """Wait until every operation and query (and what they started) has come back."""
    assert wait_idle(), "an operation did not finish"
