"""The organiser's window driven through its real widgets (Dutch UI, SQLite)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from keet_desktop.domain.models import EventKind, RegistrationStatus
from keet_desktop.ui import messages
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.dialogs.merge_dialog import MergeDialog
from keet_desktop.ui.dialogs.registration_dialog import RegistrationDialog
from keet_desktop.ui.lazy_table_models import RegistrationsTableModel
from tests.factories import future, make_event, person
from tests.ui.organiser_helpers import click_ok, fake_exec, settle, type_text

Col = RegistrationsTableModel.Column


@pytest.fixture
def said(monkeypatch):
    """Every message box call, answered yes."""
    calls = []

    def record(kind, answer=None):
        def box(_parent, title, text, *_details):
            calls.append((kind, title, text))
            return answer

        return box

    monkeypatch.setattr(messages, "ask", record("ask", True))
    monkeypatch.setattr(messages, "inform", record("inform"))
    monkeypatch.setattr(messages, "warn", record("warn"))
    return calls


@pytest.fixture
def window(qtbot, translators, settings, app_events, sqlite_services, said):
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.show()
    settle()
    return main


def table_texts(page, column):
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_create_an_event_through_the_dialog(qtbot, window, monkeypatch, sqlite_services):
    def fill(dialog):
        type_text(qtbot, dialog.title_edit, "Repair Café herfst")
        dialog.capacity_spin.setValue(12)
        click_ok(qtbot, dialog)

    monkeypatch.setattr(EventDialog, "exec", fake_exec(fill))
    window.new_event_action.trigger()
    settle()
    [event] = sqlite_services.events.list_events()
    assert (event.title, event.capacity, event.kind) == (
        "Repair Café herfst",
        12,
        EventKind.WORKSHOP,
    )
    assert window.current_page() == "event"
    assert window.event_page.title_label.text() == "Repair Café herfst"
    window.show_page("events")
    assert window.events_page.proxy.rowCount() == 1


def test_a_validation_error_is_shown_next_to_the_field_and_fixed(qtbot, window, sqlite_services):
    dialog = EventDialog(sqlite_services, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title_edit, "Webinar subsidies")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("webinar"))
    click_ok(qtbot, dialog)
    message = dialog.messages["online_url"]
    assert message.isVisible() and message.is_error
    assert message.text() == "✖ Een webinar heeft een onlinelink nodig."  # a sign, not colour alone
    assert dialog.online_edit.accessibleDescription() == message.text()  # read with the field
    assert dialog.isVisible() and sqlite_services.events.list_events() == []
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-3600))
    click_ok(qtbot, dialog)
    end_message = dialog.messages["ends_at"]
    assert end_message.is_error and "moet na het begin" in end_message.text()
    assert "T" not in end_message.text().split("(")[1]  # a local date, not ISO 8601
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(3600))
    type_text(qtbot, dialog.online_edit, "https://meet.example.be/subsidies")
    settle()
    assert not dialog.messages["online_url"].isVisible()  # updated as you type
    assert dialog.online_edit.accessibleDescription() == ""
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert [e.title for e in sqlite_services.events.list_events()] == ["Webinar subsidies"]


def test_capacity_above_the_room_needs_confirmation(
    qtbot, window, sqlite_services, said, monkeypatch
):
    sqlite_services.events.ensure_place("De Keet", "Werkplaats")
    with sqlite_services.db.write() as session:
        from keet_desktop.domain.models import Room

        session.query(Room).update({Room.capacity: 20})
    dialog = EventDialog(sqlite_services, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title_edit, "Grote workshop")
    dialog.venue_combo.setCurrentIndex(1)
    dialog.room_combo.setCurrentIndex(1)
    dialog.capacity_spin.setValue(30)
    monkeypatch.setattr(messages, "ask", lambda *_args: False)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and not dialog.messages["capacity"].is_error
    assert "30" in dialog.messages["capacity"].text()
    monkeypatch.setattr(messages, "ask", lambda *_args: True)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert sqlite_services.events.list_events()[0].capacity == 30


def register_through_dialog(qtbot, window, monkeypatch, given, family):
    def fill(dialog):
        type_text(qtbot, dialog.given_edit, given)
        type_text(qtbot, dialog.family_edit, family)
        type_text(qtbot, dialog.email_edit, f"{given}@example.be".lower().replace("é", "e"))
        click_ok(qtbot, dialog)

    monkeypatch.setattr(RegistrationDialog, "exec", fake_exec(fill))
    window.event_page.add_action_.trigger()
    settle()


def test_three_people_into_two_places_then_a_cancellation_promotes(
    qtbot, window, monkeypatch, sqlite_services, said
):
    event_id = make_event(sqlite_services, capacity=2)
    window.open_event(event_id)
    settle()
    for given in ("Ann", "Bram", "Chloé"):
        register_through_dialog(qtbot, window, monkeypatch, given, "Test")
    page = window.event_page
    assert table_texts(page, Col.NAME) == ["Ann Test", "Bram Test", "Chloé Test"]
    assert table_texts(page, Col.STATUS) == ["Ingeschreven", "Ingeschreven", "Wachtlijst"]
    assert table_texts(page, Col.WAITLIST) == ["", "", "1"]
    assert page.counter_labels["waitlisted"].text() == "1"
    assert "wachtlijst, plaats 1" in window.statusBar().currentMessage()

    page.table.selectRow(0)
    settle()
    page.cancel_registration_action.trigger()
    settle()
    assert said[-1][0] == "ask"
    assert table_texts(page, Col.NAME) == ["Bram Test", "Chloé Test", "Ann Test"]
    assert table_texts(page, Col.STATUS) == ["Ingeschreven", "Ingeschreven", "Geannuleerd"]
    assert page.counter_labels["cancelled"].text() == "1"
    assert "Doorgeschoven van de wachtlijst: Chloé Test" in window.statusBar().currentMessage()
    assert page.selected_line().name == "Chloé Test"  # the one who moved up is selected


def test_changing_the_capacity_promotes_the_waiting_list(
    qtbot, window, monkeypatch, sqlite_services
):
    event_id = make_event(sqlite_services, capacity=1)
    for name in ("Ann", "Bram"):
        sqlite_services.registrations.register(event_id, person(name, "Test"))
    window.open_event(event_id)
    settle()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", lambda *_args: (5, True))
    window.event_page.capacity_action.trigger()
    settle()
    assert table_texts(window.event_page, Col.STATUS) == ["Ingeschreven", "Ingeschreven"]
    assert window.event_page.counter_labels["capacity"].text() == "5"


def test_the_registration_dialog_finds_a_person_as_you_type(qtbot, window, sqlite_services):
    first = make_event(sqlite_services)
    second = make_event(sqlite_services, title="Tweede")
    sqlite_services.registrations.register(first, person("Hélène", "Dubois", "helene@example.be"))
    dialog = RegistrationDialog(sqlite_services, second, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search_edit.setFocus()
    type_text(qtbot, dialog.search_edit, "helene")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    dialog.results.setCurrentRow(0)
    assert not dialog.new_box.isEnabled()
    click_ok(qtbot, dialog)
    assert dialog.result_ is not None and dialog.result_.person.full_name == "Hélène Dubois"
    assert len(sqlite_services.people.list_people()) == 1


def test_merge_two_people(qtbot, window, monkeypatch, sqlite_services, said):
    event_id = make_event(sqlite_services, capacity=1)
    sqlite_services.registrations.register(event_id, person("Jef", "Maes", "jef@a.be"))
    sqlite_services.registrations.register(event_id, person("Jef", "Maes", "jef@b.be"))
    window.show_page("people")
    settle()
    page = window.people_page
    assert page.model.rowCount() == 2
    page.table.selectAll()
    assert page.merge_button.isEnabled()
    monkeypatch.setattr(MergeDialog, "exec", fake_exec(lambda d: click_ok(qtbot, d)))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.model.rowCount() == 1
    assert said[-1][0] == "inform" and "Ingeschreven" in said[-1][2]
    statuses = sorted(
        r.registration.status for r in sqlite_services.registrations.list_for_event(event_id)
    )
    assert statuses == sorted([RegistrationStatus.REGISTERED, RegistrationStatus.CANCELLED])


def test_people_page_shows_a_persons_registrations(qtbot, window, sqlite_services):
    event_id = make_event(sqlite_services, title="Netwerkavond")
    sqlite_services.registrations.register(event_id, person("Ann", "Aerts"))
    window.show_page("people")
    settle()
    window.people_page.table.selectRow(0)
    settle()
    model = window.people_page.registrations_model
    assert model.rowCount() == 1
    assert model.index(0, model.Column.EVENT).data() == "Netwerkavond"


def test_events_filter_as_you_type_and_by_kind(qtbot, window, sqlite_services):
    make_event(sqlite_services, title="Workshop herstellen")
    make_event(
        sqlite_services, title="Webinar impact", kind=EventKind.WEBINAR, online_url="https://x.be"
    )
    page = window.events_page
    page.reload()
    settle()
    assert page.proxy.rowCount() == 2
    type_text(qtbot, page.search_edit, "herst")
    assert page.proxy.rowCount() == 1
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("webinar"))
    settle()
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == "1 activiteit"
    page.period_combo.setCurrentIndex(1)  # past
    settle()
    assert page.proxy.rowCount() == 0


def test_enter_opens_an_event(qtbot, window, sqlite_services):
    make_event(
        sqlite_services,
        title="Kick-off",
        starts_at=future(3),
        ends_at=future(3) + timedelta(hours=1),
    )
    window.events_page.reload()
    settle()
    table = window.events_page.table
    table.setFocus()
    table.setCurrentIndex(window.events_page.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle()
    assert window.current_page() == "event"
    assert window.event_page.title_label.text() == "Kick-off"


def test_a_database_error_is_explained_and_the_window_stays_usable(
    qtbot, window, monkeypatch, sqlite_services, said
):
    event_id = make_event(sqlite_services, capacity=2)
    sqlite_services.registrations.register(event_id, person())
    window.open_event(event_id)
    settle()

    def locked(_registration_id):
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    monkeypatch.setattr(sqlite_services.registrations, "cancel", locked)
    window.event_page.table.selectRow(0)
    window.event_page.cancel_registration_action.trigger()
    settle()
    kind, title, text = said[-1]
    assert kind == "warn" and title == "Probleem met de databank"
    assert "Probeer het zo meteen opnieuw" in text
    assert window.isVisible()
    assert table_texts(window.event_page, Col.STATUS) == ["Ingeschreven"]


def test_window_remembers_geometry_and_last_view(
    qtbot, window, settings, app_events, sqlite_services
):
    window.show_page("people")
    settle()
    window.resize(700, 500)
    window.close()
    again = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(again)
    assert again.current_page() == "people"
    assert again.size().width() == 700


def test_cancel_an_event_keeps_its_registrations_visible(qtbot, window, sqlite_services, said):
    event_id = make_event(sqlite_services)
    sqlite_services.registrations.register(event_id, person())
    window.open_event(event_id)
    settle()
    window.event_page.cancel_event_action.trigger()
    settle()
    assert window.event_page.title_label.text().endswith("(geannuleerd)")
    assert window.event_page.model.rowCount() == 1
    assert not window.event_page.add_action_.isEnabled()


def test_edit_a_person_shows_a_taken_e_mail_next_to_the_field(
    qtbot, window, monkeypatch, sqlite_services
):
    from keet_desktop.ui.dialogs.person_dialog import PersonDialog

    event_id = make_event(sqlite_services)
    sqlite_services.registrations.register(event_id, person("Ann", "Aerts", "ann@a.be"))
    sqlite_services.registrations.register(event_id, person("Bob", "Baert", "bob@b.be"))
    window.show_page("people")
    settle()
    page = window.people_page
    page.table.selectRow(0)
    settle()
    seen = {}

    def fill(dialog):
        dialog.email_edit.setText("BOB@b.be")
        click_ok(qtbot, dialog)
        seen["refused"] = dialog.field_messages["email"].text()
        dialog.email_edit.setText("ann.aerts@a.be")
        type_text(qtbot, dialog.organisation_edit, "Repair Cafe Aalst")
        click_ok(qtbot, dialog)

    monkeypatch.setattr(PersonDialog, "exec", fake_exec(fill))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Bob Baert" in seen["refused"]
    assert page.model.index(0, page.model.Column.ORGANISATION).data() == "Repair Cafe Aalst"
    assert page.model.index(0, page.model.Column.EMAIL).data() == "ann.aerts@a.be"


def test_the_delete_key_cancels_the_selected_registration(qtbot, window, sqlite_services, said):
    event_id = make_event(sqlite_services)
    sqlite_services.registrations.register(event_id, person())
    window.open_event(event_id)
    settle()
    table = window.event_page.table
    window.activateWindow()
    qtbot.waitActive(window)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Delete)  # through the shortcut map
    settle()
    assert table_texts(window.event_page, Col.STATUS) == ["Geannuleerd"]


def test_the_filter_waits_for_typing_to_pause_and_searches_once(
    qtbot, window, monkeypatch, sqlite_services
):
    event_id = make_event(sqlite_services)
    for given in ("Ann", "Anton", "Bram"):
        sqlite_services.registrations.register(event_id, person(given, "Test"))
    window.open_event(event_id)
    settle()
    searched = []
    original = sqlite_services.registrations.count_for_event

    def counting(event, text="", *more):
        searched.append(text)
        return original(event, text, *more)

    monkeypatch.setattr(sqlite_services.registrations, "count_for_event", counting)
    page = window.event_page
    type_text(qtbot, page.search_edit, "ant")
    assert searched == []  # nothing yet: typing has not paused
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert searched == ["ant"]  # one search for three keys
    assert table_texts(page, Col.NAME) == ["Anton Test"]
    assert page.shown_label.text() == "1 inschrijving"


def test_opening_an_event_never_waits_for_the_database(qtbot, window, monkeypatch, sqlite_services):
    import threading

    event_id = make_event(sqlite_services, title="Trage databank")
    sqlite_services.registrations.register(event_id, person())
    release = threading.Event()
    original = sqlite_services.registrations.count_for_event

    def blocked(event, text="", *more):
        release.wait(10)  # the database is busy
        return original(event, text, *more)

    monkeypatch.setattr(sqlite_services.registrations, "count_for_event", blocked)
    window.open_event(event_id)  # returns although the count cannot finish
    qtbot.waitUntil(lambda: window.event_page.title_label.text() == "Trage databank")
    assert window.event_page.model.rowCount() == 0 and window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: window.event_page.model.rowCount() == 1)
    assert window.event_page.shown_label.text() == "1 inschrijving"


def test_the_event_page_shows_arrivals_and_filters_present_or_not_yet(
    qtbot, window, sqlite_services, app_events
):
    from tests.checkin_helpers import event_today, register

    event = event_today(sqlite_services, title="Netwerkavond")
    _jef, code = register(sqlite_services, event, "Jef", "Maes")
    register(sqlite_services, event, "Ann", "Peeters")
    window.open_event(event)
    page = window.event_page
    assert page.model.headerData(Col.CHECKED_IN, Qt.Orientation.Horizontal) == "Ingecheckt"
    sqlite_services.checkin.scan(code, event, "Balie 2")
    app_events.checkins_changed.emit(event)  # what a desk in this app says

    def arrivals():
        settle()
        return dict(
            zip(table_texts(page, Col.NAME), table_texts(page, Col.CHECKED_IN), strict=True)
        )

    qtbot.waitUntil(lambda: arrivals().get("Jef Maes", "").endswith("· Balie 2"), timeout=5000)
    assert arrivals()["Ann Peeters"] == ""
    page.presence_combo.setCurrentIndex(page.presence_combo.findText("Aanwezig"))
    qtbot.waitUntil(lambda: settle() or table_texts(page, Col.NAME) == ["Jef Maes"], timeout=5000)
    page.presence_combo.setCurrentIndex(page.presence_combo.findText("Nog niet aangekomen"))
    qtbot.waitUntil(
        lambda: settle() or table_texts(page, Col.NAME) == ["Ann Peeters"], timeout=5000
    )
