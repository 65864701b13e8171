"""Issue 18: the organiser's window at 1024x600 and 1366x700: no text cut off, no collisions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.widgets import ElidedLabel
from tests.factories import make_event, person

SIZES = [(1024, 600), (1366, 700)]


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def clipped_labels(root: QWidget) -> list[str]:
    """Every shown one-line label or button whose text does not fit its box.

    (Copied from the accessibility helpers of issue 19.)
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or isinstance(widget, ElidedLabel):
            continue  # an ElidedLabel shows "…" and the whole text as its tooltip
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


@pytest.fixture
def window(qtbot, translators, settings, app_events, sqlite_services):
    event_id = make_event(sqlite_services, title="Repair Café: herstellen in plaats van weggooien")
    for n in range(30):
        sqlite_services.registrations.register(event_id, person(f"Persoon{n}", "Van den Broeck"))
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.show()
    main.open_event(event_id)
    return main


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_page_fits_a_small_screen(qtbot, window, width, height):
    found = []
    for name in list(window._pages):
        window.show_page(name)
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width, timeout=2000)
        qtbot.wait(20)
        page = window._pages[name]
        found += [f"{name}: {text}" for text in clipped_labels(page)]
        assert window.width() == width and window.height() == height, name
    found += clipped_labels(window.statusBar())
    assert found == []


def test_the_desk_action_stays_visible_at_1100(qtbot, window):
    window.show_page("event")
    window.resize(1100, 700)
    qtbot.wait(20)
    toolbar = window.event_page.toolbar
    desk = window.features.desk_action
    button = toolbar.widgetForAction(desk)
    assert button is not None and button.isVisible()
    assert button.geometry().right() <= toolbar.width()


def test_a_long_status_message_never_runs_into_the_database_path(qtbot, window):
    window.resize(1024, 600)
    qtbot.wait(20)
    label = window.database_label
    label.setText("/home/organisator/Documenten/Vereniging De Keet/2026/" + "x" * 80 + ".sqlite3")
    label.updateGeometry()
    message = (
        "De capaciteit is nu 30. Doorgeschoven van de wachtlijst: Persoon1 Van den Broeck, "
        "Persoon2 Van den Broeck."
    )
    window.event_page.status_message.emit(message)
    qtbot.wait(20)
    bar = window.statusBar()
    assert bar.currentMessage().startswith("De capaciteit is nu 30.")
    assert label.isVisible() and label.width() <= 330
    assert "…" in label.shown_text() and label.toolTip() == label.text()
    room = label.geometry().left() - 8
    assert bar.fontMetrics().horizontalAdvance(message) <= room  # the message fits beside it
