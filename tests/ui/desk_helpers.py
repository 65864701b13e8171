"""Helpers for desk GUI tests: open a desk, scan like a scanner, wait for the worker, check fit."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.exceptions import TimeoutError

from keet_desktop.ui.desk import DeskWindow


def open_desk(qtbot, services, settings, app_events, event, name="Balie 1") -> DeskWindow:
    """A desk window, shown and active."""
    window = DeskWindow(services, settings, app_events, event, name)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def settle(qtbot, desk) -> None:
    """Wait until the desk's worker has answered and the answer is shown."""
    qtbot.waitUntil(lambda: not desk.controller.busy, timeout=5000)


def scan(qtbot, desk, text) -> None:
    """Type ``text`` and Enter (as fast as a scanner), then wait for the answer."""
    QTest.keyClicks(desk.input, text)
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    settle(qtbot, desk)


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and not widget.isWindow()


def text_problems(top: QWidget) -> list[str]:
    """Every visible text of ``top`` that does not fit its box, as readable complaints."""
    problems = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text():
            continue
        metrics, room = label.fontMetrics(), label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                problems.append(f"{label.text()!r}: needs more height than {label.height()}")
            words = label.text().split()
        else:
            words = label.text().splitlines()
        for word in words:
            if metrics.horizontalAdvance(word) > room.width() + 1:
                problems.append(f"{word!r} of {label.text()!r} is wider than {room.width()}")
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top) and button.text():
            need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if need > button.width():
                problems.append(f"button {button.text()!r} is cut ({need} > {button.width()})")
    return problems


def overlaps(top: QWidget) -> list[str]:
    """Visible sibling widgets that overlap, or stick out of their parent."""
    problems = []
    for parent in [top, *top.findChildren(QWidget)]:
        if not (parent is top or _shown(parent, top)):
            continue
        kids = [
            w
            for w in parent.children()
            if isinstance(w, QWidget) and _shown(w, top) and not w.objectName().startswith("qt_")
        ]
        inside = QRect(0, 0, parent.width(), parent.height())
        for n, one in enumerate(kids):
            if not inside.contains(one.geometry()):
                problems.append(f"{type(one).__name__} sticks out of {type(parent).__name__}")
            for other in kids[n + 1 :]:
                if one.geometry().intersects(other.geometry()):
                    problems.append(f"{type(one).__name__} overlaps {type(other).__name__}")
    return problems


def layout_problems(qtbot, top: QWidget) -> list[str]:
    """Texts that do not fit and widgets that overlap, once the layout has settled."""
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: not text_problems(top) and not overlaps(top), timeout=1500)
    return text_problems(top) + overlaps(top)
