"""Issue 18: a first start that leads, and a room added from inside the event editor (Dutch UI)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keet_desktop.domain.services.venues import RoomInput, VenueInput
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.dialogs.room_dialog import NewRoomDialog
from keet_desktop.ui.importing import ImportRegistrationsWizard
from keet_desktop.ui.schedule.venues_dialog import VenuesDialog
from tests.factories import make_event
from tests.ui.organiser_helpers import click_ok, fake_exec, settle


@pytest.fixture
def window(qtbot, translators, settings, app_events, sqlite_services):
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.show()
    return main


def test_an_empty_database_shows_where_to_start(qtbot, window):
    page = window.events_page
    assert page.start_panel.isVisible() and not page.table.isVisible()
    assert page.start_title.text() == "Begin hier"
    for button in (page.start_venue_button, page.start_event_button, page.start_import_button):
        assert button.isVisible() and button.isEnabled() and button.text()


@pytest.mark.parametrize(
    ("button", "dialog_class"),
    [
        ("start_venue_button", VenuesDialog),
        ("start_event_button", EventDialog),
        ("start_import_button", ImportRegistrationsWizard),
    ],
)
def test_each_start_button_opens_its_step(qtbot, window, monkeypatch, button, dialog_class):
    opened = []
    monkeypatch.setattr(dialog_class, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(getattr(window.events_page, button), Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_the_panel_goes_once_there_is_an_event(qtbot, window, sqlite_services, monkeypatch):
    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, "Repair Cafe")
        click_ok(qtbot, dialog)

    monkeypatch.setattr(EventDialog, "exec", fake_exec(fill))
    qtbot.mouseClick(window.events_page.start_event_button, Qt.MouseButton.LeftButton)
    assert len(sqlite_services.events.list_events()) == 1
    window.show_page("events")
    settle()
    assert not window.events_page.start_panel.isVisible()
    assert window.events_page.table.isVisible()


def test_a_database_with_only_past_events_shows_no_start_panel(
    qtbot, translators, settings, app_events, sqlite_services
):
    from tests.factories import future

    start = future(days=-30)
    make_event(sqlite_services, starts_at=start, ends_at=start.replace(hour=21))
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.show()
    assert main.events_page.proxy.rowCount() == 0  # upcoming only
    assert not main.events_page.start_panel.isVisible()


def _run_room_dialog(qtbot, fill):
    def run(dialog):
        fill(dialog)
        click_ok(qtbot, dialog)
        return dialog.result()

    return run


def test_the_editor_adds_a_new_venue_and_room_without_leaving(
    qtbot, translators, sqlite_services, monkeypatch
):
    def fill(dialog):
        assert dialog.venue_combo.currentData() == -1  # no venue yet: a new one
        qtbot.keyClicks(dialog.venue_name_edit, "Buurthuis De Linde")
        qtbot.keyClicks(dialog.name_edit, "Zaal 1")
        dialog.capacity_spin.setValue(40)

    monkeypatch.setattr(NewRoomDialog, "exec", _run_room_dialog(qtbot, fill))
    editor = EventDialog(sqlite_services)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.new_room_button.accessibleName()
    qtbot.mouseClick(editor.new_room_button, Qt.MouseButton.LeftButton)
    assert editor.venue_combo.currentText() == "Buurthuis De Linde"
    assert editor.room_combo.currentText() == "Zaal 1 (40 plaatsen)"
    qtbot.keyClicks(editor.title_edit, "Repair Cafe")
    click_ok(qtbot, editor)
    event = sqlite_services.events.get(editor.saved_event_id)
    assert (event.venue.name, event.room.name, event.room.capacity) == (
        "Buurthuis De Linde",
        "Zaal 1",
        40,
    )


def test_a_room_is_added_to_the_chosen_venue_and_a_refusal_is_said(
    qtbot, translators, sqlite_services, monkeypatch
):
    venue_id = sqlite_services.venues.create_venue(VenueInput(name="Bib"))
    sqlite_services.venues.create_room(RoomInput(venue_id=venue_id, name="Leeszaal"))
    dialog = NewRoomDialog(sqlite_services, venue_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.venue_combo.currentText() == "Bib"
    assert not dialog.venue_name_edit.isEnabled()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.message.is_error and dialog.message.text()
    qtbot.keyClicks(dialog.name_edit, "Leeszaal")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "Leeszaal" in dialog.message.text()  # name in use
    dialog.name_edit.setText("Vergaderzaal")
    dialog.unknown_check.setChecked(True)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    [venue] = sqlite_services.venues.list_venues()
    assert sorted((r.name, r.capacity) for r in venue.rooms) == [
        ("Leeszaal", None),
        ("Vergaderzaal", None),
    ]
