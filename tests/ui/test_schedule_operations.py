"""The schedule's pages and dialogs and the attendance dialog run their work as operations.

Each converted place: a refusal is shown once, in Dutch, the one way (``messages.show_error``)
and nothing is published; a success publishes what changed through ``AppEvents``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from keet_desktop.domain.changes import ALL
from keet_desktop.domain.errors import EventCancelledError
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.schedule.recurrence import Series
from keet_desktop.domain.services.programmes import ProgrammeInput
from keet_desktop.domain.services.venues import RoomInput, VenueInput
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import messages
from keet_desktop.ui.importing import AttendanceImportDialog
from keet_desktop.ui.schedule.facilitators_dialog import FacilitatorsDialog
from keet_desktop.ui.schedule.programme_dialogs import ProgrammeRegisterDialog, SeriesDialog
from keet_desktop.ui.schedule.programme_page import ProgrammePage
from keet_desktop.ui.schedule.timetable import TimetableView, ViewMode
from keet_desktop.ui.schedule.venues_dialog import VenuesDialog
from tests import import_files
from tests.factories import event_input, make_event, person
from tests.ui.organiser_helpers import settle

NOT_POSSIBLE = "Niet mogelijk"  # the Dutch title of every refusal


@pytest.fixture
def shown(monkeypatch, translators):
    """Every message box as (title, text); questions say yes."""
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    return boxes


@pytest.fixture
def heard(app_events):
    """Every change published, as (signal, argument)."""
    signals: list[tuple[str, object]] = []
    app_events.events_changed.connect(lambda i: signals.append(("events", i)))
    app_events.registrations_changed.connect(lambda i: signals.append(("registrations", i)))
    app_events.checkins_changed.connect(lambda i: signals.append(("checkins", i)))
    app_events.schedule_changed.connect(lambda: signals.append(("schedule", None)))
    app_events.people_changed.connect(lambda: signals.append(("people", None)))
    return signals


def _dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    settle()
    return dialog


def test_venues_refusal_once_in_dutch_and_success_published(
    qtbot, services, settings, app_events, shown, heard
):
    services.venues.create_venue(VenueInput("De Keet"))
    dialog = _dialog(qtbot, VenuesDialog(services, settings, app_events))
    dialog.new_venue_button.click()
    dialog.name_edit.setText("De Keet")
    dialog.save_venue_button.click()
    settle()
    [(title, text)] = shown
    assert title == NOT_POSSIBLE and "De Keet" in text and "already" not in text
    assert heard == []
    dialog.name_edit.setText("Het Atelier")
    dialog.save_venue_button.click()
    settle()
    assert heard == [("schedule", None)] and len(shown) == 1
    assert dialog.current_venue_id() is not None
    assert dialog.venues_model.rowCount() == 2


def test_a_room_without_a_name_is_refused_once(qtbot, services, settings, app_events, shown, heard):
    services.venues.create_venue(VenueInput("De Keet"))
    dialog = _dialog(qtbot, VenuesDialog(services, settings, app_events))
    dialog.venues_view.selectRow(0)
    dialog.save_room_button.click()
    settle()
    [(title, _text)] = shown
    assert title == NOT_POSSIBLE and heard == []
    dialog.room_name_edit.setText("Werkplaats")
    dialog.save_room_button.click()
    settle()
    assert heard == [("schedule", None)] and dialog.rooms_model.rowCount() == 1


def test_facilitators_refusal_and_the_register_paths(
    qtbot, services, settings, app_events, shown, heard
):
    dialog = _dialog(qtbot, FacilitatorsDialog(services, settings, app_events))
    dialog.save_button.click()  # no name
    settle()
    [(title, _text)] = shown
    assert title == NOT_POSSIBLE and heard == []
    shown.clear()
    dialog.name_edit.setText("Sofie Maes")
    dialog.email_edit.setText("sofie@example.be")
    dialog.register_button.click()  # saved, but nobody has the address yet
    settle()
    assert shown == [("Begeleiders", "Er is nog geen persoon met dit e-mailadres.")]
    assert heard == [("schedule", None)]
    [facilitator] = services.facilitators.list_facilitators()
    assert dialog.current_id() == facilitator.id


def test_the_programme_page_saves_and_refuses_through_operations(
    qtbot, services, settings, app_events, shown, heard
):
    page = _dialog(qtbot, ProgrammePage(services, settings, app_events))
    page.save_button.click()  # no title
    settle()
    [(title, _text)] = shown
    assert title == NOT_POSSIBLE and heard == [] and page.programme is None
    page.title_edit.setText("Acceleratieprogramma")
    page.save_button.click()
    settle()
    assert heard == [("schedule", None)] and len(shown) == 1
    assert page.programme is not None and page.programme.title == "Acceleratieprogramma"
    heard.clear()
    page.delete_button.click()
    settle()
    assert heard == [("schedule", None)] and page.programme is None
    assert services.programmes.list_programmes() == []


def test_the_series_dialog_refuses_at_the_preview_and_once_when_accepted(qtbot, services, shown):
    programme = services.programmes.create(ProgrammeInput("Voorjaar"))
    dialog = _dialog(qtbot, SeriesDialog(services, programme))
    dialog.first_edit.setDate(QDate(2030, 3, 5))
    dialog.end_edit.setTime(QTime(19, 0))  # ends when it starts
    settle()
    lines = [dialog.preview.item(n).text() for n in range(dialog.preview.count())]
    [line] = lines
    assert line and shown == []  # said in the preview, not in a message box
    dialog.buttons.accepted.emit()
    settle()
    [(title, text)] = shown
    assert title == NOT_POSSIBLE and text == line
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.changes
    dialog.end_edit.setTime(QTime(21, 0))
    dialog.url_edit.setText("https://meet.example.be/voorjaar")  # no room: online
    dialog.buttons.accepted.emit()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.changes.events == frozenset({ALL}) and len(dialog.created) == 6


def test_registering_for_a_programme_publishes_every_session(
    qtbot, services, settings, app_events, shown, heard, monkeypatch
):
    programme = services.programmes.create(ProgrammeInput("Voorjaar"))
    sessions = services.programmes.add_series(
        programme,
        event_input(kind=EventKind.PROGRAMME_SESSION),
        Series(date(2030, 3, 5), time(19), time(21), count=2),
    )
    dialog = _dialog(qtbot, ProgrammeRegisterDialog(services, programme))
    dialog.buttons.accepted.emit()  # no name
    settle()
    [(title, _text)] = shown
    assert title == NOT_POSSIBLE and dialog.result() != dialog.DialogCode.Accepted

    def fill_and_accept(opened):
        opened.given_edit.setText("Ayşe")
        opened.family_edit.setText("Yılmaz")
        opened.buttons.accepted.emit()
        settle()
        return opened.result()

    monkeypatch.setattr(ProgrammeRegisterDialog, "exec", fill_and_accept)
    page = _dialog(qtbot, ProgrammePage(services, settings, app_events))
    page.reload(programme)
    settle()  # loaded on a worker
    page.register_button.click()
    settle()
    assert sorted(i for kind, i in heard if kind == "registrations") == sorted(sessions)
    assert len(shown) == 1


def test_a_refused_move_on_the_timetable_is_shown_once_and_put_back(
    qtbot, services, settings, app_events, translators, shown, heard
):
    venue = services.venues.create_venue(VenueInput("De Keet"))
    room = services.venues.create_room(RoomInput(venue, "Werkplaats", 20))
    start = datetime(2030, 3, 5, 10, tzinfo=BRUSSELS)
    event_id = make_event(
        services, starts_at=start, ends_at=start + timedelta(hours=2), room_id=room
    )
    view = TimetableView(services, settings, app_events)
    qtbot.addWidget(view)
    view.set_mode(ViewMode.DAY, start.date())
    settle()
    view.apply_reschedule(event_id, start, start + timedelta(hours=1), 999)  # no such room
    settle()
    [(title, _text)] = shown
    assert title == NOT_POSSIBLE and heard == []
    [slot] = view.slots
    assert (slot.ends_at, slot.room_id) == (start + timedelta(hours=2), room)  # back
    view.apply_reschedule(event_id, start, start + timedelta(hours=3), room)
    settle()
    assert heard == [("events", event_id)] and len(shown) == 1
    assert view.slots[0].ends_at == start + timedelta(hours=3)
    assert view.canvas.selected == event_id


@pytest.fixture
def webinar(services) -> int:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=7)
    event_id = make_event(
        services,
        kind=EventKind.WEBINAR,
        online_url="https://zoom.example/j/1",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    services.registrations.register(event_id, person("Jan", "Peeters", "jan@example.be"))
    return event_id


def test_an_unreadable_attendance_report_is_shown_once_in_dutch(
    qtbot, services, app_events, webinar, shown, tmp_path
):
    dialog = _dialog(qtbot, AttendanceImportDialog(services, app_events, webinar))
    assert dialog.registration_combo.count() == 1  # loaded on a worker
    dialog.load(str(tmp_path / "er-is-niets.csv"))
    settle()
    [(title, text)] = shown
    assert title == NOT_POSSIBLE and "er-is-niets.csv" in text
    assert dialog.plan is None and not dialog.import_button.isEnabled()


def test_a_refused_attendance_commit_is_shown_once_and_nothing_published(
    qtbot, services, app_events, webinar, shown, heard, tmp_path, monkeypatch
):
    dialog = _dialog(qtbot, AttendanceImportDialog(services, app_events, webinar))
    dialog.load(str(import_files.zoom(tmp_path / "zoom.csv")))
    settle()
    assert dialog.import_button.isEnabled() and dialog.plan is not None
    original = services.attendance.commit

    def refuse(*_args):
        raise EventCancelledError(event="Webinar")

    monkeypatch.setattr(services.attendance, "commit", refuse)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle()
    [(title, text)] = shown
    assert title == NOT_POSSIBLE and "Webinar" in text and "cancelled" not in text
    assert heard == [] and dialog.import_button.isEnabled()
    monkeypatch.setattr(services.attendance, "commit", original)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle()
    assert heard == [("checkins", webinar)] and len(shown) == 1
    assert dialog.plan.committed and not dialog.import_button.isEnabled()
    assert [r.desk for r in services.registrations.list_for_event(webinar)] == ["online"]
