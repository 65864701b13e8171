"""Accessibility in one place: names, label buddies, Tab that leaves tables, a visible focus ring.

Qt reads a control's name from its accessible name or, failing that, from the label whose buddy
it is. :func:`labelled` makes such a label; :func:`name` sets a name where no label is shown.
:func:`leave_with_tab` makes Tab leave a table (arrows move inside), and :class:`FocusRingStyle`
draws a 2 px ring (contrast above 3:1 against the window) around whatever has the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QWidget,
)

from keet_desktop.ui import palette

FOCUS_COLOUR = QColor(palette.FOCUS)


def name(widget: QWidget, text: str, description: str | None = None) -> QWidget:
    """Give ``widget`` the accessible name ``text`` (and a description); return it."""
    widget.setAccessibleName(text.replace("&", ""))
    if description is not None:
        widget.setAccessibleDescription(description)
    return widget


def first_widget(field: QWidget | QLayout) -> QWidget | None:
    """The first widget of ``field`` (itself when it is a widget, else the layout's first)."""
    if isinstance(field, QWidget):
        return field
    for index in range(field.count()):
        item = field.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            return item.widget()
        inner = item.layout()
        if inner is not None:
            found = first_widget(inner)
            if found is not None:
                return found
    return None


def labelled(text: str, field: QWidget | QLayout) -> QLabel:
    """A label for ``field`` whose buddy is the field (or the first widget of its layout)."""
    label = QLabel(text)
    buddy = first_widget(field)
    if buddy is not None:
        label.setBuddy(buddy)
        if not buddy.accessibleName():
            buddy.setAccessibleName(text.replace("&", ""))
    return label


def leave_with_tab(view: QAbstractItemView, text: str) -> QAbstractItemView:
    """Let Tab leave ``view`` (arrows move inside it) and name it ``text``."""
    view.setTabKeyNavigation(False)
    name(view, text)
    return view


def draw_focus_ring(painter: QPainter, rect: QRect) -> None:
    """Draw the focus ring inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(FOCUS_COLOUR, 2)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
    painter.restore()


_RING = "border: 2px solid " + palette.FOCUS + "; border-radius: 3px;"
FOCUS_SHEET = (
    f"QAbstractScrollArea:focus {{ {_RING} }}"
    f" QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{ {_RING} padding: 1px 4px; }}"
    f" QPushButton:focus, QToolButton:focus {{ {_RING} padding: 3px 10px; }}"
    f" QCheckBox:focus, QRadioButton:focus {{ {_RING} }}"
)


def install_accessibility(app: QApplication) -> None:
    """Install a 2 px focus ring on every control and placeholders with enough contrast.

    The ring is a style sheet, so no Python runs while Qt paints.
    """
    colours = app.palette()
    colours.setColor(QPalette.ColorRole.PlaceholderText, QColor(palette.PLACEHOLDER))
    app.setPalette(colours)
    sheet = app.styleSheet()
    if FOCUS_SHEET not in sheet:
        app.setStyleSheet(f"{sheet}\n{FOCUS_SHEET}" if sheet else FOCUS_SHEET)


BASE_LINE_PX = 17  # the line height of the 10 pt default font the pixel sizes were made for


def scaled(widget: QWidget, pixels: int) -> int:
    """``pixels`` grown with the widget's text size (larger system text, larger dialogs)."""
    return round(pixels * max(1.0, widget.fontMetrics().height() / BASE_LINE_PX))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` x ``height`` (grown with the text), within its screen."""
    screen = widget.screen() or QApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    wanted_w, wanted_h = scaled(widget, width), scaled(widget, height)
    if available is not None:
        wanted_w = min(wanted_w, available.width() - 20)
        wanted_h = min(wanted_h, available.height() - 40)
    widget.resize(wanted_w, wanted_h)


def scrolling(content: QLayout) -> QScrollArea:
    """``content`` in a frameless scroll area, so larger text never pushes a dialog off screen."""
    inner = QWidget()
    inner.setLayout(content)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
    hint = inner.sizeHint()
    screen = QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)
    # As large as the content while that fits 3/5 of the screen (leaving room for the rest).
    width = min(hint.width() + area.verticalScrollBar().sizeHint().width(), room.width() * 3 // 4)
    area.setMinimumSize(width, min(hint.height(), room.height() * 3 // 5))
    return area
