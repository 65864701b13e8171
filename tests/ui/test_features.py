"""The features are reachable from the organiser's window: timetable, programmes, printing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from keet_desktop.ui import messages
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
from keet_desktop.ui.schedule.programme_page import ProgrammePage
from keet_desktop.ui.schedule.timetable import TimetableView
from tests.factories import future, make_event


@pytest.fixture
def window(qtbot, translators, settings, app_events, sqlite_services, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    monkeypatch.setattr(messages, "inform", lambda *_a: None)
    monkeypatch.setattr(messages, "warn", lambda *_a: None)
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.show()
    return main


def test_timetable_and_programmes_are_built_when_first_shown(window):
    features = window.features
    assert features.timetable_page.inner is None
    window.show_page("timetable")
    assert isinstance(features.timetable_page.inner, TimetableView)
    window.show_page("programmes")
    assert isinstance(features.programmes_page.inner, ProgrammePage)


def test_the_last_feature_page_is_shown_again(qtbot, window, settings, app_events, sqlite_services):
    window.show_page("timetable")
    window.close()
    again = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(again)
    assert again.current_page() == "timetable"


def test_print_menu_opens_the_preview_of_the_shown_event(window, sqlite_services, monkeypatch):
    event_id = make_event(sqlite_services, title="Repair café")
    opened = []

    def fake_exec(dialog):
        opened.append((dialog._kind.value, dialog._event_id))
        dialog.done(QDialog.DialogCode.Rejected)  # as closing it would: cleans up its files
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PrintPreviewDialog, "exec", fake_exec)
    window.open_event(event_id)
    assert window.features.print_menu_action in window.event_page.toolbar.actions()
    window.features.print_actions["badges"].trigger()
    window.features.print_actions["attendance"].trigger()
    assert opened == [("badges", event_id), ("attendance", event_id)]


def test_dragging_in_the_timetable_opens_the_editor_at_that_time(
    window, sqlite_services, monkeypatch
):
    _venue, room = sqlite_services.events.ensure_place("De Keet", "Werkplaats")
    seen = {}

    def fake_exec(dialog):
        seen["room"] = dialog.room_combo.currentData()
        seen["start"] = dialog.start_edit.dateTime().toString("yyyy-MM-dd HH:mm")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventDialog, "exec", fake_exec)
    window.show_page("timetable")
    start = future(days=3, hour=10)
    window.features.timetable_page.inner.create_requested.emit(
        room, start, start + timedelta(hours=2)
    )
    assert seen == {"room": room, "start": start.strftime("%Y-%m-%d %H:%M")}


def test_file_menu_opens_the_import_wizard_for_the_shown_event(
    window, sqlite_services, monkeypatch
):
    from keet_desktop.ui.importing import AttendanceImportDialog, ImportRegistrationsWizard

    event_id = make_event(sqlite_services, title="Webinar")
    seen = []
    monkeypatch.setattr(
        ImportRegistrationsWizard, "exec", lambda w: seen.append(("wizard", w.event_id)) or 0
    )
    monkeypatch.setattr(AttendanceImportDialog, "exec", lambda d: seen.append(("attendance",)) or 0)
    said = []
    monkeypatch.setattr(messages, "inform", lambda *a: said.append(a[1]))
    assert window.features.import_action in window.file_menu.actions()
    window.features.attendance_action.trigger()  # no event shown: explained, nothing opened
    assert said and seen == []
    window.open_event(event_id)
    window.features.import_action.trigger()
    window.features.attendance_action.trigger()
    assert seen == [("wizard", event_id), ("attendance",)]


def test_the_event_page_opens_a_check_in_desk_with_its_name(
    window, sqlite_services, monkeypatch, qtbot
):
    from PySide6.QtWidgets import QInputDialog

    from keet_desktop.ui.desk import DeskWindow
    from keet_desktop.ui.desk.settings import DeskSettings

    event_id = make_event(sqlite_services, title="Netwerkmoment")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Balie 2", True))
    window.open_event(event_id)
    assert window.features.desk_action in window.event_page.toolbar.actions()
    window.features.desk_action.trigger()
    desk = window.features.desks[-1]
    qtbot.addWidget(desk)
    assert isinstance(desk, DeskWindow)
    assert "Balie 2" in desk.desk_label.text()
    assert DeskSettings(window.settings.qsettings).desk_name == "Balie 2"
    desk.close()


def test_the_event_menu_opens_the_scan_log(window, sqlite_services, monkeypatch):
    from keet_desktop.ui.desk.scan_log_dialog import ScanLogDialog

    event_id = make_event(sqlite_services, title="Netwerkmoment")
    sqlite_services.checkin.scan("NOT-A-TICKET", event_id, "Balie 1")
    seen = []
    monkeypatch.setattr(ScanLogDialog, "exec", lambda d: seen.append(d) or 0)
    window.open_event(event_id)
    window.features.scan_log_action.trigger()
    assert len(seen) == 1
