"""Venues, facilitators, the series dialog and the programme page, with real services."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from keet_desktop.domain.models import EventKind
from keet_desktop.domain.schedule.recurrence import Series
from keet_desktop.domain.services.programmes import ProgrammeInput
from keet_desktop.domain.services.venues import RoomInput, VenueInput
from keet_desktop.ui import file_dialogs, messages
from keet_desktop.ui.schedule.facilitators_dialog import FacilitatorsDialog
from keet_desktop.ui.schedule.programme_dialogs import SeriesDialog
from keet_desktop.ui.schedule.programme_page import ProgrammePage
from keet_desktop.ui.schedule.table_models import AttendanceTableModel, RecordTableModel
from keet_desktop.ui.schedule.venues_dialog import VenuesDialog
from tests.factories import check_in, event_input, person
from tests.ui.organiser_helpers import settle


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    """No message boxes: questions say yes, information is recorded."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    return shown


def test_venues_and_rooms_are_made_in_the_dialog(
    qtbot, sqlite_services, settings, app_events, translators
):
    dialog = VenuesDialog(sqlite_services, settings, app_events)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("De Keet")
    dialog.address_edit.setPlainText("Keetstraat 1, 9000 Gent")
    dialog.hours_box.setChecked(True)
    dialog.opens_edit.setTime(QTime(8, 30))
    with qtbot.waitSignal(app_events.schedule_changed):
        dialog.save_venue_button.click()
    dialog.room_name_edit.setText("Werkplaats")
    dialog.capacity_spin.setValue(20)
    dialog.accessibility_edit.setText("rolstoeltoegankelijk")
    dialog.save_room_button.click()
    settle()
    [venue] = sqlite_services.venues.list_venues()
    assert (venue.address, venue.opens_at) == ("Keetstraat 1, 9000 Gent", time(8, 30))
    assert [(r.name, r.capacity, r.accessibility) for r in venue.rooms] == [
        ("Werkplaats", 20, "rolstoeltoegankelijk")
    ]
    assert dialog.rooms_model.rowCount() == 1


def test_a_duplicate_venue_name_is_refused_with_a_message(
    qtbot, sqlite_services, settings, app_events, translators, quiet
):
    sqlite_services.venues.create_venue(VenueInput("De Keet"))
    dialog = VenuesDialog(sqlite_services, settings, app_events)
    qtbot.addWidget(dialog)
    dialog.new_venue_button.click()
    dialog.name_edit.setText("De Keet")
    dialog.save_venue_button.click()
    settle()
    assert len(quiet) == 1 and "De Keet" in quiet[0]


def test_a_facilitator_linked_to_a_person_is_registered_for_their_sessions(
    qtbot, sqlite_services, settings, app_events, translators
):
    sqlite_services.people.create(person("Sofie", "Maes", "sofie@example.be"))
    dialog = FacilitatorsDialog(sqlite_services, settings, app_events)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Sofie Maes")
    dialog.email_edit.setText("sofie@example.be")
    dialog.save_button.click()
    settle()
    [facilitator] = sqlite_services.facilitators.list_facilitators()
    event_id = sqlite_services.events.create(event_input(facilitator_ids=[facilitator.id])).event.id
    with qtbot.waitSignal(app_events.registrations_changed) as blocker:
        dialog.register_button.click()
    assert blocker.args == [event_id]
    [row] = sqlite_services.registrations.list_for_event(event_id)
    assert row.registration.role.value == "facilitator"


@pytest.fixture
def programme(sqlite_services) -> int:
    """A programme with nothing in it yet."""
    return sqlite_services.programmes.create(ProgrammeInput("Acceleratieprogramma voorjaar"))


def test_the_series_dialog_previews_sessions_and_conflicts_then_creates_them(
    qtbot, sqlite_services, translators, programme
):
    venue = sqlite_services.venues.create_venue(VenueInput("De Keet"))
    room = sqlite_services.venues.create_room(RoomInput(venue, "Werkplaats", 20))
    dialog = SeriesDialog(sqlite_services, programme)
    qtbot.addWidget(dialog)
    dialog.first_edit.setDate(QDate(2030, 3, 5))
    dialog.room_box.setCurrentIndex(dialog.room_box.findData(room))
    dialog.count_spin.setValue(3)
    dialog.skip_edit.setDate(QDate(2030, 3, 12))
    dialog.skip_button.click()
    settle()
    lines = [dialog.preview.item(n).text() for n in range(dialog.preview.count())]
    assert lines == [  # the window's one date format, not ISO
        "di 5/03/2030 19:00 – 21:30",
        "di 19/03/2030 19:00 – 21:30",
        "di 26/03/2030 19:00 – 21:30",
    ]
    sqlite_services.programmes.add_series(
        programme, event_input(title="Netwerkavond", room_id=room),
        Series(date(2030, 3, 19), time(20), time(22), count=1),
    )  # fmt: skip
    dialog.update_preview()
    settle()
    lines = [dialog.preview.item(n).text() for n in range(dialog.preview.count())]
    assert any("⚠" in line and "Netwerkavond" in line for line in lines)
    dialog.buttons.accepted.emit()
    settle()
    assert len(dialog.created) == 3
    assert len(sqlite_services.programmes.get(programme).events) == 4


def test_the_programme_page_shows_attendance_and_exports(
    qtbot, sqlite_services, settings, app_events, translators, programme, monkeypatch, tmp_path
):
    template = event_input(title="Sessie", kind=EventKind.PROGRAMME_SESSION)
    sqlite_services.programmes.add_series(
        programme, template, Series(date(2030, 3, 5), time(19), time(21), count=3)
    )
    result = sqlite_services.programmes.register(programme, person("Ayşe", "Yılmaz"))
    with sqlite_services.db.write() as session:
        place = result.sessions[1]
        check_in(session, place.registration_id, place.event_id, desk="Balie")
    page = ProgrammePage(sqlite_services, settings, app_events)
    qtbot.addWidget(page)
    page.reload(programme)
    settle()  # loaded on a worker
    assert page.sessions_model.rowCount() == 3
    assert page.sessions_model.index(0, 0).data() == "di 5/03/2030 19:00 – 21:00"
    model = page.attendance_model
    assert model.headerData(0, Qt.Orientation.Vertical) == "Ayşe Yılmaz"
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["…", "✔", "…", 1]  # sessions still to come are "not yet", never absent
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "nog niet"
    assert "Sessie" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    model.matrix.sessions[0] = (*model.matrix.sessions[0][:2], datetime(2020, 3, 5, tzinfo=UTC))
    assert model.index(0, 0).data() == "✘"  # a past session without a check-in: absent
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(file_dialogs, "choose_save_file", lambda *a: str(target))
    page.agenda_button.click()
    settle()
    assert target.read_bytes().startswith(b"%PDF")
    ics_file = tmp_path / "p.ics"
    monkeypatch.setattr(file_dialogs, "choose_save_file", lambda *a: str(ics_file))
    page.ics_button.click()
    assert ics_file.read_bytes().count(b"BEGIN:VEVENT") == 3


def test_the_table_models_pass_the_model_tester(qtmodeltester, sqlite_services, programme):
    sqlite_services.programmes.add_series(
        programme, event_input(), Series(date(2030, 3, 5), time(19), time(21), count=2)
    )
    sqlite_services.programmes.register(programme, person())
    attendance = AttendanceTableModel()
    attendance.set_matrix(sqlite_services.programmes.attendance(programme))
    qtmodeltester.check(attendance)
    records: RecordTableModel[object] = RecordTableModel([("Title", lambda e: e.title)])
    records.set_rows(sqlite_services.programmes.get(programme).events)
    qtmodeltester.check(records)
