"""The check-in desk driven like a volunteer would: scanner text + Enter, names, F2, Ctrl+Z."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from keet_desktop.domain.models import Registration
from keet_desktop.domain.services.checkin_results import Tone
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui.desk import DeskWindow
from keet_desktop.ui.desk.dialogs import ReasonDialog, UndoDialog, WalkInDialog
from tests.checkin_helpers import event_today, register


@pytest.fixture
def event(sqlite_services):
    return event_today(sqlite_services, capacity=3)


@pytest.fixture
def desk(qtbot, sqlite_services, settings, app_events, translators, event):
    window = DeskWindow(sqlite_services, settings, app_events, event, "Balie 1")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def settle(qtbot, desk):
    """Wait until the desk's worker has answered and the answer is shown."""
    qtbot.waitUntil(lambda: not desk.controller.busy, timeout=5000)


def scan(qtbot, desk, text):
    QTest.keyClicks(desk.input, text)
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    settle(qtbot, desk)


def assert_focus_in_input(qtbot, desk):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=2000)


def panel_text(desk):
    panel = desk.result_panel
    return " ".join(
        label.text()
        for label in (panel.headline, panel.name, panel.details, panel.note, panel.message)
        if label.isVisible() or label is panel.headline
    )


def test_a_scan_shows_green_with_the_name_and_the_desk_note(qtbot, desk, sqlite_services, event):
    reg, code = register(
        sqlite_services,
        event,
        "Hélène",
        "Dubois",
        organisation="Repair Café Aalst",
        desk_note="rolstoelgebruiker",
    )
    with qtbot.waitSignal(desk.checked_in) as signal:
        scan(qtbot, desk, code.lower())
    assert signal.args == [reg]
    panel = desk.result_panel
    assert panel.result.tone is Tone.GREEN
    assert panel.icon.tone() == Tone.GREEN
    assert panel.headline.text() == "INGECHECKT"
    assert panel.name.text() == "Hélène Dubois"
    assert "Repair Café Aalst" in panel.details.text()
    assert panel.note.isVisible() and "rolstoelgebruiker" in panel.note.text()
    assert desk.input.text() == ""
    assert_focus_in_input(qtbot, desk)
    qtbot.waitUntil(lambda: desk.counter_values["checked_in"].text() == "1")


def test_a_second_scan_shows_amber_with_time_and_desk(qtbot, desk, sqlite_services, event):
    _reg, code = register(sqlite_services, event)
    first = sqlite_services.checkin.scan(code, event, "Balie 2")
    scan(qtbot, desk, code)
    panel = desk.result_panel
    assert panel.result.tone is Tone.AMBER
    assert panel.headline.text() == "AL INGECHECKT"
    time = first.checked_in_at.astimezone(BRUSSELS).strftime("%H:%M")
    assert panel.message.text() == f"Lieve Peeters was al ingecheckt om {time} aan Balie 2."
    assert_focus_in_input(qtbot, desk)


def test_an_unknown_code_shows_red(qtbot, desk):
    scan(qtbot, desk, "7K3M9P2Q4R6T8V0W1X3Y5")
    panel = desk.result_panel
    assert panel.result.tone is Tone.RED
    assert panel.icon.tone() == Tone.RED
    assert panel.headline.text() == "NIET INGECHECKT"
    assert_focus_in_input(qtbot, desk)


def test_typing_a_name_searches_and_enter_checks_the_chosen_person_in(
    qtbot, desk, sqlite_services, event
):
    register(sqlite_services, event, "Lieve", "Van den Broeck")
    reg, _code = register(sqlite_services, event, "Bram", "Van den Bossche")
    QTest.keyClicks(desk.input, "van den b")
    qtbot.waitUntil(lambda: desk.search_model.rowCount() == 2)
    assert desk.stack.currentWidget() is desk.search_list
    QTest.keyClick(desk.input, Qt.Key.Key_Down)
    assert desk.search_list.currentIndex().row() == 1
    QTest.keyClick(desk.input, Qt.Key.Key_Up)  # Bram is first (bossche < broeck)
    with qtbot.waitSignal(desk.checked_in) as signal:
        QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert signal.args == [reg]
    assert desk.result_panel.name.text() == "Bram Van den Bossche"
    assert desk.stack.currentWidget() is desk.result_panel
    assert_focus_in_input(qtbot, desk)


def test_a_name_typed_fast_with_one_match_is_checked_in_on_enter(
    qtbot, desk, sqlite_services, event
):
    reg, _code = register(sqlite_services, event, "Lieve", "Van den Broeck")
    with qtbot.waitSignal(desk.checked_in) as signal:
        scan(qtbot, desk, "van den br")
    assert signal.args == [reg]


def test_the_walk_in_shortcut_registers_and_checks_in(qtbot, desk, event, sqlite_services):
    QTest.keyClick(desk.input, Qt.Key.Key_F2)
    dialog = desk.findChild(WalkInDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name.insert("Zoë De Smet")  # QTest types ASCII only
    QTest.keyClicks(dialog.organisation, "Kringwinkel Denderland")
    with qtbot.waitSignal(desk.checked_in):
        QTest.keyClick(dialog.organisation, Qt.Key.Key_Return)
    assert desk.result_panel.name.text() == "Zoë De Smet"
    assert desk.result_panel.result.walk_in
    assert_focus_in_input(qtbot, desk)
    qtbot.waitUntil(lambda: desk.counter_values["walk_ins"].text() == "1")


def test_a_walk_in_beyond_capacity_says_who_waits_and_needs_a_reason(
    qtbot, desk, event, sqlite_services
):
    for name in ("Jef", "Ann", "Bram", "Noor"):  # Noor waits
        register(sqlite_services, event, name, "Maes")
    QTest.keyClick(desk.input, Qt.Key.Key_F2)
    dialog = desk.findChild(WalkInDialog)
    dialog.name.insert("Zoë De Smet")  # QTest types ASCII only
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.findChild(ReasonDialog) is not None)
    choice = desk.findChild(ReasonDialog)
    assert "1 persoon wacht op de wachtlijst" in choice.question.text()
    assert not choice.ok.isEnabled()  # no reason, no way past the capacity
    QTest.keyClicks(choice.reason, "spreker van vanavond")
    with qtbot.waitSignal(desk.checked_in):
        QTest.keyClick(choice.reason, Qt.Key.Key_Return)
    assert desk.result_panel.result.capacity_override
    assert sqlite_services.checkin.counters(event).walk_ins == 1


def test_undo_asks_a_reason_and_keeps_the_record(qtbot, desk, sqlite_services, event):
    reg, code = register(sqlite_services, event)
    scan(qtbot, desk, code)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 1)
    QTest.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.findChild(UndoDialog)
    assert dialog is not None and not dialog.ok.isEnabled()
    QTest.keyClicks(dialog.reason, "verkeerde persoon")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 0)
    assert desk.result_panel.headline.text() == "Check-in ongedaan gemaakt"
    assert sqlite_services.checkin.counters(event).checked_in == 0
    assert_focus_in_input(qtbot, desk)
    assert sqlite_services.registrations.get(reg).checked_in_at is None


def test_counters_follow_another_desk(qtbot, desk, sqlite_services, event):
    _reg, code = register(sqlite_services, event)
    qtbot.waitUntil(lambda: desk.counter_values["registered"].text() == "1", timeout=2000)
    assert desk.counter_values["expected"].text() == "1"
    sqlite_services.checkin.scan(code, event, "Balie 2")  # another desk
    qtbot.waitUntil(lambda: desk.counter_values["checked_in"].text() == "1", timeout=2000)
    assert desk.counter_values["expected"].text() == "0"


def test_a_waitlisted_registration_can_be_admitted_with_f4(qtbot, desk, sqlite_services, event):
    first = [register(sqlite_services, event, n, "Maes")[0] for n in ("Jef", "Ann", "Bram")]
    waiting, code = register(sqlite_services, event, "Noor", "Claes")
    with sqlite_services.db.write() as session:
        session.get(Registration, first[0]).status = "cancelled"
    scan(qtbot, desk, code)
    assert desk.result_panel.result.can_admit
    assert desk.result_panel.admit_button.isVisible()
    assert "F4" in desk.result_panel.message.text()
    with qtbot.waitSignal(desk.checked_in) as signal:
        QTest.keyClick(desk.input, Qt.Key.Key_F4)
    assert signal.args == [waiting]
    assert desk.result_panel.result.tone is Tone.GREEN


def test_f4_on_a_full_event_admits_only_with_a_reason(qtbot, desk, sqlite_services, event):
    for name in ("Jef", "Ann", "Bram"):
        register(sqlite_services, event, name, "Maes")
    waiting, code = register(sqlite_services, event, "Noor", "Claes")
    scan(qtbot, desk, code)
    assert desk.result_panel.headline.text() == "NIET INGECHECKT"
    assert "op de wachtlijst — F4 laat binnen" in desk.result_panel.message.text()
    QTest.keyClick(desk.input, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: desk.findChild(ReasonDialog) is not None)
    dialog = desk.findChild(ReasonDialog)
    QTest.keyClicks(dialog.reason, "vrijwilliger")
    with qtbot.waitSignal(desk.checked_in) as signal:
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert signal.args == [waiting]
    assert desk.result_panel.result.capacity_override


def test_f4_without_a_waiting_list_result_says_what_it_is_for(qtbot, desk):
    QTest.keyClick(desk.input, Qt.Key.Key_F4)
    assert desk.result_panel.headline.text() == "Niemand om binnen te laten"
    assert "F4" in desk.result_panel.details.text()


def test_a_walk_in_with_a_broken_email_is_refused_in_red(qtbot, desk, sqlite_services, event):
    QTest.keyClick(desk.input, Qt.Key.Key_F2)
    dialog = desk.findChild(WalkInDialog)
    QTest.keyClicks(dialog.name, "Jef Maes")
    QTest.keyClicks(dialog.email, "jef@")
    QTest.keyClick(dialog.email, Qt.Key.Key_Return)
    settle(qtbot, desk)
    assert desk.result_panel.headline.text() == "NIET INGECHECKT"
    assert "jef@" in desk.result_panel.message.text()
    assert sqlite_services.checkin.counters(event).walk_ins == 0
    assert_focus_in_input(qtbot, desk)


def test_a_desk_opened_on_another_day_says_so(
    qtbot, sqlite_services, settings, app_events, translators
):
    from tests.factories import make_event

    event = make_event(sqlite_services)  # next week
    window = DeskWindow(sqlite_services, settings, app_events, event, "Balie 1")
    qtbot.addWidget(window)
    assert window.result_panel.headline.text() == "Deze activiteit is niet vandaag"
