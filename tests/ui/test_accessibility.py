"""Every window and dialog, walked through Qt's accessibility tree (WCAG 2.2 AA, issue 19)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from keet_desktop.domain.demo import load_demo
from keet_desktop.ui.app import build_main_window
from tests.ui.accessibility import invisible_focus, tab_traps, unnamed_controls


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


def test_every_control_has_an_accessible_name(
    qtbot, translators, settings, app_events, demo
):
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
