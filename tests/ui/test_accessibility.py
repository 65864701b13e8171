"""Every window and dialog, walked through Qt's accessibility tree (WCAG 2.2 AA, issue 19)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from keet_desktop.domain.demo import load_demo
from keet_desktop.ui.app import build_main_window
from tests.ui.accessibility import invisible_focus, tab_traps, unnamed_controls
from tests.ui.organiser_helpers import settle


@pytest.fixture
def demo(sqlite_db):
    """De Keet's demo season around a fixed day."""
    load_demo(sqlite_db, people=40, today=date(2026, 12, 3))
    return sqlite_db


def _event_with_registrations(services) -> int:
    lines = services.events.list_events()
    return max(lines, key=lambda line: line.registered).id


def _windows(qtbot, services, settings, app_events) -> list[QWidget]:
    from keet_desktop.ui.desk.scan_log_dialog import ScanLogDialog
    from keet_desktop.ui.dialogs.about_dialog import AboutDialog
    from keet_desktop.ui.dialogs.event_dialog import EventDialog
    from keet_desktop.ui.dialogs.merge_dialog import MergeDialog
    from keet_desktop.ui.dialogs.person_dialog import PersonDialog
    from keet_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
    from keet_desktop.ui.dialogs.registration_dialog import RegistrationDialog
    from keet_desktop.ui.importing import AttendanceImportDialog, ExportDialog
    from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
    from keet_desktop.ui.schedule.facilitators_dialog import FacilitatorsDialog
    from keet_desktop.ui.schedule.programme_dialogs import ProgrammeRegisterDialog, SeriesDialog
    from keet_desktop.ui.schedule.venues_dialog import VenuesDialog

    event_id = _event_with_registrations(services)
    programme_id = services.programmes.list_programmes()[0].id
    people = services.people.list_people()
    window = build_main_window(services, settings, app_events, "nl")
    window.resize(1366, 700)
    windows: list[QWidget] = [
        EventDialog(services, services.events.get(event_id)),
        EventDialog(services, None),
        RegistrationDialog(services, event_id),
        PersonDialog(services, services.people.get(people[0].id)),
        MergeDialog(services, people[0], people[1]),
        PreferencesDialog(settings, app_events, "nl"),
        AboutDialog("sqlite:///keet.sqlite3"),
        ExportDialog(services, event_id),
        VenuesDialog(services, settings, app_events),
        FacilitatorsDialog(services, settings, app_events),
        AttendanceImportDialog(services, app_events, event_id),
        PrintPreviewDialog(services, settings, event_id, "badges"),
        ScanLogDialog(services, event_id),
        SeriesDialog(services, programme_id),
        ProgrammeRegisterDialog(services, programme_id),
    ]
    for widget in [window, *windows]:
        qtbot.addWidget(widget)
    window.show()
    window.open_event(event_id)
    return [window, *windows]


PAGES = ("events", "event", "people", "timetable", "programmes")


def _problems(qtbot, windows, check) -> list[str]:
    found: list[str] = []
    main, dialogs = windows[0], windows[1:]
    for page in PAGES:
        main.show_page(page)
        qtbot.wait(10)
        found += [f"{page}: {p}" for p in check(main)]
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(5)
        found += check(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    return sorted(set(found))


def test_every_control_has_an_accessible_name(qtbot, translators, settings, app_events, demo):
    from keet_desktop.domain.services import Services

    windows = _windows(qtbot, Services(demo), settings, app_events)
    problems = _problems(qtbot, windows, unnamed_controls)
    assert not problems, "\n".join(problems)


def test_no_table_keeps_tab_inside(qtbot, translators, settings, app_events, demo):
    from keet_desktop.domain.services import Services

    windows = _windows(qtbot, Services(demo), settings, app_events)
    problems = _problems(qtbot, windows, tab_traps)
    assert not problems, "\n".join(problems)


def _wizard_pages(qtbot, services, settings, app_events, tmp_path) -> list[QWidget]:
    """The import wizard on each of its pages, over a small Dutch CSV."""
    from keet_desktop.ui.importing import ImportRegistrationsWizard

    path = tmp_path / "inschrijvingen.csv"
    path.write_text("Voornaam;Achternaam;E-mail\nAnn;Peeters;ann@example.org\n", "utf-8")
    event_id = _event_with_registrations(services)
    wizard = ImportRegistrationsWizard(services, settings, app_events, event_id)
    qtbot.addWidget(wizard)
    wizard.show()
    pages = []
    wizard.file_page.path_edit.setText(str(path))
    for _ in range(2):
        pages.append(wizard.currentPage())
        wizard.next()
        settle()  # the file is read off the GUI thread (issue 14)
    qtbot.waitUntil(lambda: not wizard.preview_page.running, timeout=5000)
    pages.append(wizard.currentPage())
    return pages


@pytest.mark.parametrize("check", [unnamed_controls, tab_traps, invisible_focus])
def test_the_import_wizard_is_accessible(
    qtbot, translators, settings, app_events, demo, tmp_path, check
):
    from keet_desktop.domain.services import Services

    pages = _wizard_pages(qtbot, Services(demo), settings, app_events, tmp_path)
    problems = []
    for page in pages:
        problems += [f"page {pages.index(page)}: {p}" for p in check(page)]
    assert not problems, "\n".join(problems)


def test_focus_is_visible_on_every_control(qtbot, translators, settings, app_events, demo):
    from keet_desktop.domain.services import Services

    windows = _windows(qtbot, Services(demo), settings, app_events)
    problems = _problems(qtbot, windows, invisible_focus)
    assert not problems, "\n".join(problems)


# --- keyboard: every flow without a mouse ---------------------------------------------------


def _slots_on(day):
    from keet_desktop.domain.schedule.conflicts import Slot
    from keet_desktop.ui.schedule.layout import local_at

    def slot(event_id, room_id, hour):
        start = local_at(day, hour * 60)
        return Slot(event_id, f"Sessie {event_id}", start, start + timedelta(hours=1), room_id)

    return [slot(1, 10, 9), slot(2, 11, 11), slot(3, 10, 14)]


def test_tab_walks_the_timetable_blocks_and_then_leaves(qtbot, translators):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from keet_desktop.ui.schedule.canvas import TimetableCanvas
    from keet_desktop.ui.schedule.layout import Lane

    day = date(2026, 12, 3)
    host = QWidget()
    before, canvas, after = QLineEdit(), TimetableCanvas(), QLineEdit()
    layout = QVBoxLayout(host)
    for widget in (before, canvas, after):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    canvas.set_data([Lane(day, 10, "Zaal A"), Lane(day, 11, "Zaal B")], _slots_on(day), {3})
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    canvas.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Tab)
        seen.append(canvas.selected)
    assert seen == [1, 2, 3]  # in time order
    assert "heeft een conflict" in canvas.accessibleDescription()  # block 3 conflicts
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert after.hasFocus()  # the fourth Tab leaves: no trap


def test_alt_arrows_move_an_event_to_the_next_room(qtbot, translators):
    from keet_desktop.ui.schedule.canvas import TimetableCanvas
    from keet_desktop.ui.schedule.layout import Lane

    day = date(2026, 12, 3)
    canvas = TimetableCanvas()
    qtbot.addWidget(canvas)
    canvas.set_data([Lane(day, 10, "Zaal A"), Lane(day, 11, "Zaal B")], _slots_on(day), set())
    canvas.show()
    canvas.select(1)
    with qtbot.waitSignal(canvas.reschedule_requested) as moved:
        qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    event_id, start, _end, room_id = moved.args
    assert (event_id, room_id) == (1, 11) and start == _slots_on(day)[0].starts_at


def test_the_month_view_works_with_arrows_and_enter(qtbot, translators):
    from keet_desktop.ui.schedule.month import MonthOverview

    month = MonthOverview()
    qtbot.addWidget(month)
    month.set_data(date(2026, 12, 1), _slots_on(date(2026, 12, 9)), set())
    month.show()
    month.setFocus()
    assert month.current == date(2026, 12, 1)
    qtbot.keyClick(month, Qt.Key.Key_Down)  # a week later
    qtbot.keyClick(month, Qt.Key.Key_Right)  # and a day
    assert "Sessie 1" in month.accessibleDescription()
    with qtbot.waitSignal(month.day_activated) as opened:
        qtbot.keyClick(month, Qt.Key.Key_Return)
    assert opened.args == [date(2026, 12, 9)]


def test_tab_leaves_the_events_table(qtbot, translators, settings, app_events, demo):
    from keet_desktop.domain.services import Services

    window = build_main_window(Services(demo), settings, app_events, "nl")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = window.events_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.hasFocus()  # arrows stay inside
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


# --- text that follows the system's size ----------------------------------------------------


@pytest.fixture
def large_text(qapp):
    """A 16 pt default font, as a person who needs larger text sets it."""
    from PySide6.QtGui import QFont

    old = qapp.font()
    font = QFont(old)
    font.setPointSize(16)
    qapp.setFont(font)
    yield font
    qapp.setFont(old)


def test_with_16_pt_text_nothing_is_clipped_and_every_dialog_fits(
    qtbot, translators, settings, app_events, demo, large_text
):
    from keet_desktop.domain.services import Services
    from tests.ui.accessibility import clipped_labels, off_screen

    windows = _windows(qtbot, Services(demo), settings, app_events)
    problems = _problems(qtbot, windows, clipped_labels)
    for dialog in windows[1:]:
        dialog.show()
        qtbot.wait(5)
        problems += off_screen(dialog)
        dialog.hide()
    assert not problems, "\n".join(problems)


def test_with_16_pt_text_the_timetable_shows_whole_hours(qtbot, translators, large_text):
    from keet_desktop.ui.schedule.canvas import TimetableCanvas

    canvas = TimetableCanvas()
    qtbot.addWidget(canvas)
    assert canvas.font().pointSize() == 16
    assert canvas.gutter - 6 >= canvas.fontMetrics().horizontalAdvance("10:00")


def test_tab_reaches_every_control_of_every_page(qtbot, translators, settings, app_events, demo):
    from keet_desktop.domain.services import Services
    from tests.ui.accessibility import unreachable_by_tab

    services = Services(demo)
    window = build_main_window(services, settings, app_events, "nl")
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_event(_event_with_registrations(services))
    problems = []
    for page in PAGES:
        window.show_page(page)
        if page == "programmes":
            programmes = window.features.programmes_page.ensure()
            programmes.list_view.selectRow(0)
        qtbot.wait(10)
        problems += [f"{page}: {p}" for p in unreachable_by_tab(window)]
    assert not problems, "\n".join(problems)
    window.show_page("events")
    window.events_page.table.setTabKeyNavigation(True)  # the check sees a trap
    window.events_page.table.setFocus()
    assert unreachable_by_tab(window)


def test_placeholders_are_readable_and_the_wizard_keeps_no_focus_on_a_hidden_button(
    qtbot, translators, settings, app_events, demo, tmp_path, qapp
):
    from PySide6.QtGui import QPalette

    from keet_desktop.domain.services import Services
    from keet_desktop.ui import palette

    placeholder = qapp.palette().color(QPalette.ColorRole.PlaceholderText).name()
    assert placeholder == palette.PLACEHOLDER
    pages = _wizard_pages(qtbot, Services(demo), settings, app_events, tmp_path)
    wizard = pages[-1].wizard()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next()  # the last page imports, with a Stop button while it works
    result = wizard.currentPage()
    qtbot.waitUntil(lambda: not result.running, timeout=5000)
    focused = qapp.focusWidget()
    assert focused is not None and focused.isVisible() and focused is not result.cancel_button
