"""Issue 18: dates typed as people type them, and capacity below the registrations (Dutch UI)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QInputDialog

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import messages
from keet_desktop.ui.date_field import DateTimeField, parse_datetime
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.pages.event_page import EventPage
from tests.factories import make_event, person
from tests.ui.organiser_helpers import click_ok, settle


@pytest.fixture
def asked(monkeypatch):
    """Every yes/no question, answered by ``asked.answer`` (yes unless changed)."""

    class Asked(list):
        answer = True

    calls = Asked()

    def ask(_parent, title, text):
        calls.append((title, text))
        return calls.answer

    monkeypatch.setattr(messages, "ask", ask)
    return calls


@pytest.fixture
def field(qtbot, translators):
    widget = DateTimeField()
    qtbot.addWidget(widget)
    widget.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(19, 0)))
    widget.show()
    return widget


def when(text: str) -> str:
    return parse_datetime(
        text, QDateTime(QDate(2026, 12, 7), QTime(19, 0)), QDate(2026, 11, 30)
    ).toString("yyyy-MM-dd HH:mm")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("15/12/2026 10:00", "2026-12-15 10:00"),
        ("5/1/2027 9:30", "2027-01-05 09:30"),
        ("5-1-2027", "2027-01-05 19:00"),
        ("05.01.2027 20.15", "2027-01-05 20:15"),
        ("2027-01-05 08:45", "2027-01-05 08:45"),
        ("15/12", "2026-12-15 19:00"),
        ("  15/12/26  10:00\n", "2026-12-15 10:00"),
        ("21:30", "2026-12-07 21:30"),
    ],
)
def test_the_parser_reads_dates_as_people_write_them(typed, read):
    assert when(typed) == read


@pytest.mark.parametrize("typed", ["31/02/2026", "15/13/2026", "15/12/2026 25:00", "morgen", ""])
def test_the_parser_refuses_what_is_not_a_date(typed):
    assert when(typed) == ""


def test_typing_over_the_selection_gives_exactly_what_was_typed(qtbot, field):
    seen = []
    field.dateTimeChanged.connect(seen.append)
    field.line_edit.setFocus()
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, "15/12/2026 10:00")
    assert field.text() == "15/12/2026 10:00"
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert field.text() == "15/12/2026 10:00"
    assert field.dateTime() == QDateTime(QDate(2026, 12, 15), QTime(10, 0))
    assert seen == [QDateTime(QDate(2026, 12, 15), QTime(10, 0))]


def test_typing_15_in_the_day_gives_15(qtbot, field):
    assert field.text() == "07/12/2026 19:00"
    field.line_edit.setSelection(0, 2)
    qtbot.keyClicks(field.line_edit, "15")
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert field.text() == "15/12/2026 19:00"
    assert field.dateTime().date() == QDate(2026, 12, 15)


def test_a_pasted_date_is_read(qtbot, field):
    QApplication.clipboard().setText(" 3/1/2027 18:30 ")
    field.line_edit.selectAll()
    field.line_edit.paste()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert field.dateTime() == QDateTime(QDate(2027, 1, 3), QTime(18, 30))


def test_a_date_that_cannot_be_read_is_said_under_the_field_and_kept(qtbot, field):
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, "31/02/2026")
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Return)
    assert field.text() == "31/02/2026"  # never altered
    assert not field.is_valid()
    assert field.error_label.isVisible() and field.error_label.is_error
    assert "31/02/2026" in field.error_label.text()
    assert "dag/maand/jaar" in field.error_label.text()  # in Dutch
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, "28/02/2026 19:00")
    assert not field.error_label.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups
def test_the_calendar_button_picks_a_day_and_keeps_the_time(qtbot, field):
    assert field.calendar_button.accessibleName()
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    assert field.popup.isVisible()
    assert field.calendar.selectedDate() == QDate(2026, 12, 7)
    field.calendar.setSelectedDate(QDate(2026, 12, 24))
    field.calendar.activated.emit(QDate(2026, 12, 24))
    assert not field.popup.isVisible()
    assert field.text() == "24/12/2026 19:00"
    field.line_edit.setFocus()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup.isVisible() and field.calendar.selectedDate() == QDate(2026, 12, 24)
    field.popup.hide()


def _editor(qtbot, services, event_id=None):
    event = services.events.get(event_id) if event_id else None
    dialog = EventDialog(services, event)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, field, text):
    field.line_edit.setFocus()
    field.line_edit.selectAll()
    qtbot.keyClicks(field.line_edit, text)


def test_the_editor_saves_the_typed_dates(qtbot, translators, sqlite_services, asked):
    dialog = _editor(qtbot, sqlite_services)
    qtbot.keyClicks(dialog.title_edit, "Repair Cafe")
    year = QDate.currentDate().year() + 1
    _type(qtbot, dialog.start_edit, f"15/3/{year} 10:00")
    _type(qtbot, dialog.end_edit, f"15/03/{year} 12:30")
    click_ok(qtbot, dialog)
    assert asked == []
    event = sqlite_services.events.get(dialog.saved_event_id)
    start = event.starts_at.astimezone(BRUSSELS)
    assert (start.year, start.month, start.day, start.hour) == (year, 3, 15, 10)
    assert event.ends_at.astimezone(BRUSSELS).strftime("%H:%M") == "12:30"


def test_the_editor_refuses_an_unreadable_date_without_losing_it(
    qtbot, translators, sqlite_services, asked
):
    dialog = _editor(qtbot, sqlite_services)
    qtbot.keyClicks(dialog.title_edit, "Repair Cafe")
    _type(qtbot, dialog.start_edit, "7/01/99999")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and sqlite_services.events.list_events() == []
    assert dialog.start_edit.error_label.isVisible()
    assert dialog.start_edit.text() == "7/01/99999"


@pytest.mark.parametrize(("answer", "saved"), [(False, 0), (True, 1)])
def test_far_ahead_and_capacity_zero_ask_before_saving(
    qtbot, translators, sqlite_services, asked, answer, saved
):
    asked.answer = answer
    dialog = _editor(qtbot, sqlite_services)
    qtbot.keyClicks(dialog.title_edit, "Repair Cafe")
    _type(qtbot, dialog.start_edit, "7/01/9999 19:00")
    _type(qtbot, dialog.end_edit, "7/01/9999 21:00")
    dialog.capacity_spin.setValue(0)
    click_ok(qtbot, dialog)
    [(_title, text)] = asked
    assert "meer dan twee jaar" in text and "capaciteit is 0" in text
    assert dialog.messages["starts_at"].isVisible() is not answer  # shown while still open
    assert len(sqlite_services.events.list_events()) == saved


def _full_event(services, registered=25, waiting=2):
    event_id = make_event(services, capacity=registered)
    for n in range(registered + waiting):
        services.registrations.register(event_id, person(f"P{n}", "Test"))
    return event_id


def test_the_editor_explains_a_capacity_below_the_registered(
    qtbot, translators, sqlite_services, asked
):
    event_id = _full_event(sqlite_services)
    dialog = _editor(qtbot, sqlite_services, event_id)
    asked.answer = False
    dialog.capacity_spin.setValue(10)
    click_ok(qtbot, dialog)
    [(_title, text)] = asked
    assert "25 ingeschreven, capaciteit 10" in text
    assert "niemand verliest zijn plaats" in text and "15 annuleringen" in text
    assert sqlite_services.events.get(event_id).capacity == 25
    asked.answer = True
    click_ok(qtbot, dialog)
    assert sqlite_services.events.get(event_id).capacity == 10
    rows = sqlite_services.registrations.list_for_event(event_id)
    assert sum(r.registration.status is RegistrationStatus.REGISTERED for r in rows) == 25


@pytest.mark.parametrize(("answer", "capacity"), [(False, 25), (True, 10)])
def test_change_capacity_on_the_event_page_explains_and_asks(
    qtbot, translators, sqlite_services, app_events, asked, monkeypatch, answer, capacity
):
    event_id = _full_event(sqlite_services)
    page = EventPage(sqlite_services, app_events)
    qtbot.addWidget(page)
    page.show_event(event_id)
    settle()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (10, True))
    asked.answer = answer
    page.capacity_action.trigger()
    settle()
    [(_title, text)] = asked
    assert "25 ingeschreven, capaciteit 10" in text and "15 annuleringen" in text
    assert sqlite_services.events.get(event_id).capacity == capacity
