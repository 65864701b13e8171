"""The desk's parts: list model, settings, sound files, the settings dialog."""

import io
import wave

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.ui.desk import DeskWindow
from keet_desktop.ui.desk.dialogs import DeskSettingsDialog
from keet_desktop.ui.desk.models import DeskListModel
from keet_desktop.ui.desk.settings import DeskSettings
from keet_desktop.ui.desk.sound import SOUNDS, tone_wav
from keet_desktop.ui.desk.text import is_search_text
from tests.checkin_helpers import event_today, register


def test_the_list_model_passes_the_model_tester(qtmodeltester):
    model = DeskListModel()
    model.set_rows([("Lieve Peeters", 1), ("Jef Maes", 2)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 2
    assert model.payload(0) == 1


def test_desk_settings_are_kept_in_the_apps_qsettings(settings):
    desk = DeskSettings(settings.qsettings)
    assert (desk.desk_name, desk.sound, desk.scanner_prefix) == ("", True, "")  # sound: on
    assert (desk.volume, desk.kiosk, desk.has_pin) == (70, False, False)
    desk.desk_name, desk.sound, desk.scanner_suffix = " Balie 2 ", False, "#"
    desk.volume, desk.calm_seconds = 140, 5
    desk.set_pin("4321")
    again = DeskSettings(settings.qsettings)
    assert (again.desk_name, again.sound, again.scanner_suffix) == ("Balie 2", False, "#")
    assert (again.volume, again.calm_seconds) == (100, 5)
    stored = settings.qsettings.value("desk/pin_hash")
    assert "4321" not in stored and stored.startswith("pbkdf2_sha256$")
    assert again.check_pin("4321") and not again.check_pin("1234")


def test_the_sounds_are_short_valid_wav_files():
    for parts in SOUNDS.values():
        with wave.open(io.BytesIO(tone_wav(parts))) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert 0.05 < seconds < 0.5


def test_names_are_searched_and_codes_scanned():
    assert is_search_text("van den br")
    assert is_search_text("jef2@example.be")
    assert not is_search_text("7K3M9P2Q4R6T8V0W1X3Y5")
    assert not is_search_text("v")
    assert not is_search_text("https://example.be/t/abc")


def test_the_settings_dialog_changes_desk_name_and_scanner_prefix(
    qtbot, sqlite_services, settings, app_events, translators
):
    event = event_today(sqlite_services)
    _reg, code = register(sqlite_services, event)
    desk = DeskWindow(sqlite_services, settings, app_events, event, "Balie 1")
    qtbot.addWidget(desk)
    desk.show()
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    QTest.keyClick(desk.input, Qt.Key.Key_F9)
    dialog = desk.findChild(DeskSettingsDialog)
    assert dialog is not None
    dialog.desk_name.setText("Balie 3")
    dialog.prefix.setText("]Q")
    QTest.keyClick(dialog.prefix, Qt.Key.Key_Return)
    assert desk.desk_label.text() == "Balie 3"
    QTest.keyClicks(desk.input, f"]Q{code}")
    QTest.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.result_panel.result is not None)
    assert desk.result_panel.result.outcome is Outcome.CHECKED_IN
    assert desk.result_panel.result.desk == "Balie 3"
    assert desk.input.hasFocus()


def test_the_desk_speaks_dutch(qtbot, sqlite_services, settings, app_events, translators):
    from PySide6.QtWidgets import QLabel

    event = event_today(sqlite_services)
    desk = DeskWindow(sqlite_services, settings, app_events, event, "Balie 1")
    qtbot.addWidget(desk)
    texts = {label.text() for label in desk.findChildren(QLabel)}
    assert {"Ingeschreven", "Aanwezig", "Nog verwacht", "Walk-ins"} <= texts
    assert "Laatst ingecheckt aan deze balie" in texts
    assert desk.input.placeholderText() == "Scan een ticket of typ een naam"
