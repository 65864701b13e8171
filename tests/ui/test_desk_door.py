"""The desk at a real door: scanner bursts after stray typing, names, kiosk, PIN, sounds, a11y."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QListView, QPushButton

from keet_desktop.domain.services.checkin_results import Outcome, Tone
from keet_desktop.ui.desk.dialogs import DeskSettingsDialog, PinDialog, UndoDialog, WalkInDialog
from keet_desktop.ui.desk.scanner import KeyBurst, RepeatFilter, shorten
from keet_desktop.ui.desk.settings import DeskSettings
from tests.checkin_helpers import event_today, register
from tests.ui.desk_helpers import open_desk, scan, settle


def desk_for(qtbot, services, settings, app_events, capacity=25, **desk_settings):
    event = event_today(services, capacity=capacity)
    stored = DeskSettings(settings.qsettings)
    for key, value in desk_settings.items():
        setattr(stored, key, value)
    return event, open_desk(qtbot, services, settings, app_events, event)


def test_a_burst_after_typed_leftovers_is_the_code():
    burst = KeyBurst(gap_ms=35)
    text = ""
    for n, char in enumerate("van"):  # a person, 200 ms a key
        burst.key(len(text), at_ms=n * 200)
        text += char
    for n, char in enumerate("7K3M9P2Q4R6T"):  # a scanner, 4 ms a key, 2 s later
        burst.key(len(text), at_ms=2000 + n * 4)
        text += char
    assert burst.code(text, at_ms=2000 + 12 * 4) == "7K3M9P2Q4R6T"
    typed = KeyBurst(gap_ms=35)
    for n, _char in enumerate("jansen"):
        typed.key(n, at_ms=n * 150)
    assert typed.code("jansen", at_ms=1500) == "jansen"  # typing then Enter: all of it


def test_a_webcam_code_passes_once_within_a_few_seconds():
    repeats = RepeatFilter(4.0)
    assert repeats.accept("ABC", at=0.0)
    assert not repeats.accept("ABC", at=1.0)
    assert not repeats.accept("ABC", at=4.5)  # still held up: still the same scan
    assert repeats.accept("ABC", at=9.0)
    assert shorten("X" * 100, 21) == "X" * 10 + "…" + "X" * 10


def test_leftover_typing_never_spoils_a_scan(qtbot, sqlite_services, settings, app_events):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    reg, code = register(sqlite_services, event)
    QTest.keyClicks(desk.input, "van", delay=60)  # someone typed, then left it
    qtbot.wait(300)
    with qtbot.waitSignal(desk.checked_in) as signal:
        QTest.keyClicks(desk.input, code)  # the scanner: no delay between keys
        QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert signal.args == [reg]
    assert desk.input.text() == ""


def test_a_refusal_shows_what_was_read(qtbot, sqlite_services, settings, app_events, translators):
    _event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    scan(qtbot, desk, "7K3M9P2Q4R6T8V0W1X3Y5")
    assert "Gelezen: “7K3M9P2Q4R6T8V0W1X3Y5”" in desk.result_panel.message.text()
    scan(qtbot, desk, "7K3M9P2Q4R6T8V0W1X3Y5")
    assert desk.result_panel.headline.text() == "NIET INGECHECKT (×2)"


def test_a_result_gives_way_to_ready(qtbot, sqlite_services, settings, app_events, translators):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events, calm_seconds=1)
    _reg, code = register(sqlite_services, event)
    scan(qtbot, desk, code)
    assert desk.result_panel.result.tone is Tone.GREEN
    qtbot.waitUntil(
        lambda: desk.result_panel.headline.text() == "Klaar om te scannen", timeout=3000
    )
    assert desk.result_panel.result is None


def test_a_name_nobody_has_offers_a_walk_in_with_that_name(
    qtbot, sqlite_services, settings, app_events, translators
):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    _reg, code = register(sqlite_services, event, "Lieve", "Peeters")
    scan(qtbot, desk, code)  # green on screen
    QTest.keyClicks(desk.input, "Jans")
    assert desk.result_panel.result is None  # the old green result is gone while typing
    QTest.keyClicks(desk.input, "en")
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    panel = desk.result_panel
    assert panel.headline.text() == "Niemand gevonden"
    assert panel.details.text() == "Niemand gevonden voor “Jansen” — F2 schrijft een walk-in in."
    QTest.keyClick(desk.input, Qt.Key.Key_F2)
    dialog = desk.findChild(WalkInDialog)
    assert dialog.name.text() == "Jansen"


def test_the_search_list_marks_who_is_in_and_cuts_the_organisation_last(
    qtbot, sqlite_services, settings, app_events, translators
):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    long = "Kringwinkel Denderland en Vlaamse Ardennen vzw, afdeling Aalst"
    register(
        sqlite_services,
        event,
        "Bram",
        "Van den Bossche",
        organisation=long,
        email="bram@example.be",
        phone="+32 470 12 34 56",
    )
    _reg, code = register(sqlite_services, event, "Lieve", "Van den Broeck", organisation=long)
    scan(qtbot, desk, code)
    QTest.keyClicks(desk.input, "van den b")
    qtbot.waitUntil(lambda: desk.search_model.rowCount() == 2)
    texts = [desk.search_model.data(desk.search_model.index(n, 0)) for n in range(2)]
    assert texts[1].startswith("✓ Lieve Van den Broeck · al ingecheckt · Kringwinkel")
    assert not texts[0].startswith("✓")
    assert desk.search_list.textElideMode() == Qt.TextElideMode.ElideRight
    assert not any("@" in text or "470" in text for text in texts)  # never e-mail or phone


def test_kiosk_mode_welcomes_by_name_and_shows_nobody_else(
    qtbot, sqlite_services, settings, app_events, translators
):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events, kiosk=True)
    DeskSettings(settings.qsettings).set_pin("2468")
    _reg, code = register(sqlite_services, event, "Hélène", "Dubois", organisation="Repair Café")
    register(sqlite_services, event, "Lieve", "Peeters")
    assert not desk.counters.isVisible() and not desk.recent.isVisible()
    assert not desk.walk_in_button.isVisible()
    QTest.keyClicks(desk.input, "peeters")
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.search_model.rowCount() == 0
    assert desk.result_panel.headline.text() == "SCAN JE TICKET"
    scan(qtbot, desk, code)
    panel = desk.result_panel
    assert (panel.headline.text(), panel.name.text()) == ("Welkom!", "Hélène")
    assert "Repair" not in panel.details.text() + panel.message.text()
    QTest.keyClick(desk.input, Qt.Key.Key_F2)  # no walk-ins in kiosk mode
    assert desk.findChild(WalkInDialog) is None
    QTest.keyClick(desk.input, Qt.Key.Key_F9)  # leaving needs the PIN
    pin = desk.findChild(PinDialog)
    assert pin is not None and desk.findChild(DeskSettingsDialog) is None
    QTest.keyClicks(pin.pin, "1111")
    QTest.keyClick(pin.pin, Qt.Key.Key_Return)
    assert desk.result_panel.headline.text() == "VERKEERDE PINCODE"
    assert desk.findChild(DeskSettingsDialog) is None
    QTest.keyClick(desk.input, Qt.Key.Key_F9)
    pin = [d for d in desk.findChildren(PinDialog) if d.isVisible()][0]
    QTest.keyClicks(pin.pin, "2468")
    QTest.keyClick(pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.findChild(DeskSettingsDialog) is not None)
    dialog = desk.findChild(DeskSettingsDialog)
    dialog.kiosk.setChecked(False)
    QTest.keyClick(dialog.desk_name, Qt.Key.Key_Return)
    assert desk.counters.isVisible() and desk.walk_in_button.isVisible()


def test_undo_needs_the_pin_when_one_is_set(
    qtbot, sqlite_services, settings, app_events, translators
):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    DeskSettings(settings.qsettings).set_pin("2468")
    _reg, code = register(sqlite_services, event)
    scan(qtbot, desk, code)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 1)
    QTest.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.findChild(UndoDialog) is None
    pin = desk.findChild(PinDialog)
    QTest.keyClicks(pin.pin, "2468")
    QTest.keyClick(pin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.findChild(UndoDialog) is not None)


def test_each_tone_has_its_own_sound(qtbot, sqlite_services, settings, app_events):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events, volume=35)
    _reg, code = register(sqlite_services, event)
    assert desk.sound.volume == 0.35  # sound is on by default, at the chosen volume
    for text in (code, code, "7K3M9P2Q4R6T8V0W1X3Y5"):
        scan(qtbot, desk, text)
    assert desk.sound.played[-3:] == ["ok", "already", "refused"]


def test_every_control_is_named_and_the_result_is_announced(
    qtbot, sqlite_services, settings, app_events, translators
):
    event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    _reg, code = register(sqlite_services, event, "Hélène", "Dubois")
    for widget in desk.findChildren(QLineEdit) + desk.findChildren(QListView):
        assert widget.accessibleName(), widget
    for button in desk.findChildren(QPushButton):
        assert button.text() or button.accessibleName(), button
    assert desk.result_panel.icon.accessibleName() == "Resultaaticoon"
    scan(qtbot, desk, code)
    assert desk.result_panel.result.outcome is Outcome.CHECKED_IN
    assert desk.result_panel.accessibleDescription().startswith("INGECHECKT. Hélène Dubois")
    assert desk.result_panel.icon.accessibleDescription() == "INGECHECKT"


def test_tab_leaves_the_input_and_comes_round(qtbot, sqlite_services, settings, app_events):
    _event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    seen = []
    for _ in range(6):
        QTest.keyClick(desk.focusWidget(), Qt.Key.Key_Tab)
        seen.append(desk.focusWidget())
    assert desk.walk_in_button in seen and desk.settings_button in seen
    assert desk.input in seen  # round again, never stuck


def test_the_waiting_label_shows_while_the_database_is_slow(
    qtbot, sqlite_services, settings, app_events, translators
):
    import threading

    event, desk = desk_for(qtbot, sqlite_services, settings, app_events)
    _reg, code = register(sqlite_services, event)
    gate = threading.Event()
    real = sqlite_services.checkin.scan

    def slow_scan(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    sqlite_services.checkin.scan = slow_scan
    QTest.keyClicks(desk.input, code)
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.waitUntil(desk.waiting_label.isVisible, timeout=2000)
    assert desk.waiting_label.text() == "Wachten op de databank…"
    gate.set()
    settle(qtbot, desk)
    assert not desk.waiting_label.isVisible()
    assert desk.result_panel.result.outcome is Outcome.CHECKED_IN
