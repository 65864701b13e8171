"""Checks over Qt's accessibility tree: unnamed controls, tables that trap Tab, invisible focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def is_control(widget: QWidget) -> bool:
    """A widget a person operates: a standard control, or a painted widget that takes focus."""
    if isinstance(widget, QScrollBar | QTabBar | QHeaderView):
        return False  # parts of another control, named through it
    if widget.objectName().startswith("qt_"):
        return False  # Qt's own internals (e.g. the spin box's line edit)
    if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
        return False  # the editor inside a spin box or combo box is named through its owner
    if isinstance(widget, CONTROLS):
        return True
    if isinstance(widget, QAbstractScrollArea) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)  # e.g. the PDF preview
    painted = not isinstance(widget, QAbstractScrollArea) and type(widget).__module__.startswith(
        "keet_desktop"
    )
    return painted and widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.NoFocus


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget`` (Qt falls back to a buddy label's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Describe every shown control in ``root`` without an accessible name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if is_control(widget) and _shown(widget, root) and not accessible_name(widget):
            found.append(f"{type(root).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    return found


def tab_traps(root: QWidget) -> list[str]:
    """Describe every item view in ``root`` that keeps Tab inside it."""
    return [
        f"{type(root).__name__}: {type(view).__name__} {view.objectName()!r}"
        for view in root.findChildren(QAbstractItemView)
        if view.tabKeyNavigation() and _shown(view, root)
    ]


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def invisible_focus(root: QWidget) -> list[str]:
    """Describe every focusable control whose look does not change when it gets the focus."""
    found = []
    app = QApplication.instance()
    for widget in [root, *root.findChildren(QWidget)]:
        if not (is_control(widget) and _shown(widget, root) and widget.isEnabled()):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.NoFocus:
            continue
        root.setFocus(Qt.FocusReason.OtherFocusReason)
        app.processEvents()  # type: ignore[union-attr]
        before = _grab(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        app.processEvents()  # type: ignore[union-attr]
        if not widget.hasFocus():
            continue
        if _grab(widget) == before:
            found.append(f"{type(root).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    return found


def clipped_labels(root: QWidget) -> list[str]:
    """Describe every shown one-line label or button whose text does not fit its box."""
    from PySide6.QtWidgets import QLabel, QPushButton

    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        if type(widget).__name__ == "ElidedLabel":
            continue  # it elides on purpose, the whole text in its tooltip
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
            if not text or "<" in text or "\n" in text:
                continue
            margins = widget.contentsMargins()
            room = widget.width() - margins.left() - margins.right() - 2 * widget.margin()
            need = widget.fontMetrics().horizontalAdvance(text.replace("&", ""))
        elif isinstance(widget, QPushButton) and widget.text():
            room = widget.width()
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
        else:
            continue
        if need > room + 1:
            found.append(f"{type(root).__name__}: {type(widget).__name__} {widget.text()!r}")
    return found


def off_screen(root: QWidget, width: int = 1024, height: int = 600) -> list[str]:
    """Describe ``root`` when it cannot shrink to fit a ``width`` x ``height`` screen.

    It must also open no larger than a 1366x700 laptop screen (or the screen it is on).
    """
    found = []
    least = root.minimumSizeHint().expandedTo(root.minimumSize())
    if least.width() > width or least.height() > height:
        found.append(f"{type(root).__name__}: needs {least.width()}x{least.height()}")
    screen = root.screen().availableGeometry()
    most_w, most_h = max(1366, screen.width()), max(700, screen.height())
    if root.width() > most_w or root.height() > most_h:
        found.append(f"{type(root).__name__}: opens at {root.width()}x{root.height()}")
    return found


def unreachable_by_tab(root: QWidget, presses: int = 400) -> list[str]:
    """Describe every shown, enabled control of ``root`` that Tab never reaches.

    ``root`` must be the active window. Tab is pressed as a person would, from its first control.
    """
    from PySide6.QtTest import QTest

    app = QApplication.instance()
    reached: list[int] = []
    start = root.focusWidget() or root
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(presses):
        current = QApplication.focusWidget()
        if current is None or (reached and id(current) == reached[0]):
            break  # round the whole chain
        if len(reached) > 60 and reached[-60:].count(id(current)) == 60:
            break  # stuck: a trap (a painted widget may walk its own items first)
        reached.append(id(current))
        QTest.keyClick(current, Qt.Key.Key_Tab)
        app.processEvents()  # type: ignore[union-attr]
    found = []
    for widget in root.findChildren(QWidget):
        if not (is_control(widget) and _shown(widget, root) and widget.isEnabled()):
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.NoFocus:
            continue
        if id(widget) not in reached:
            found.append(
                f"{type(root).__name__}: {type(widget).__name__} {accessible_name(widget)!r}"
            )
    return found
