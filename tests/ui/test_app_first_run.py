"""First run: organisation, demo or shared database; File → Organisation…; Help → desk guide."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from keet_desktop.ui import app as app_module
from keet_desktop.ui.app_menus import AppMenus
from keet_desktop.ui.first_run.organisation_dialog import OrganisationDialog
from keet_desktop.ui.first_run.welcome_dialog import WelcomeDialog

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _every_control_is_named(widget: QWidget):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox)
    unnamed = [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds) and not w.accessibleName() and not w.objectName().startswith("qt_")
    ]
    assert all(isinstance(w, QAbstractButton) and w.text() for w in unnamed)  # text is the name


def test_the_organisation_is_set_up_with_venue_rooms_and_logo(
    qtbot, translators, settings, sqlite_services
):
    dialog = WelcomeDialog(sqlite_services, settings)
    qtbot.addWidget(dialog)
    _every_control_is_named(dialog)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == dialog.ORGANISATION
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.form.name, "De Keet vzw")
    dialog.form.address.setPlainText("Stationsplein 1\n9300 Aalst")
    dialog.form.language.setCurrentIndex(dialog.form.language.findData("en"))
    dialog.form.set_logo(PNG)
    qtbot.keyClicks(dialog.venue_name, "De Keet")
    dialog.rooms.setPlainText("Zaal A; 30\nAtelier; 12")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.choice == "organisation"
    info = sqlite_services.organisation.get()
    assert (info.name, info.language, info.logo) == ("De Keet vzw", "en", PNG)
    assert settings.language == "en"
    rooms = {r.name: r.capacity for r in sqlite_services.venues.list_rooms()}
    assert rooms == {"Zaal A": 30, "Atelier": 12}


def test_a_bad_logo_is_refused_in_words_and_nothing_is_lost(
    qtbot, translators, settings, sqlite_services
):
    dialog = WelcomeDialog(sqlite_services, settings)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.form.name, "De Keet")
    dialog.form.set_logo(b"GIF89a not a png")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "PNG" in dialog.organisation_status.text() and "⚠" in dialog.organisation_status.text()
    assert dialog.form.name.text() == "De Keet"
    assert sqlite_services.organisation.needs_first_run()


def test_the_demo_loads_off_the_gui_thread(qtbot, translators, settings, sqlite_services):
    dialog = WelcomeDialog(sqlite_services, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "demo"
    assert len(sqlite_services.events.list_events()) > 5


def test_an_unreachable_shared_database_is_said_and_the_dialog_stays(
    qtbot, translators, settings, sqlite_services
):
    dialog = WelcomeDialog(sqlite_services, settings)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.shared_button, Qt.MouseButton.LeftButton)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "⚠" in dialog.shared_status.text(), timeout=20_000)
    assert "127.0.0.1" in dialog.shared_status.text()
    assert dialog.result() != dialog.DialogCode.Accepted and settings.database_url == ""


@pytest.mark.postgres
def test_a_shared_database_is_connected_and_remembered(
    qtbot, translators, settings, sqlite_services, pg_databases
):
    from sqlalchemy import make_url

    url = make_url(pg_databases.create())
    dialog = WelcomeDialog(sqlite_services, settings)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.shared_button, Qt.MouseButton.LeftButton)
    dialog.host.setText(url.host)
    dialog.port.setValue(url.port)
    dialog.database.setText(url.database)
    dialog.user.setText(url.username)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.services.db.engine.dialect.name == "postgresql"
    assert dialog.services.organisation.needs_first_run()  # tables made, still empty
    assert url.database in settings.database_url and app_module.saved_database_url(settings)
    dialog.services.db.dispose()


def test_main_skips_the_welcome_once_set_up(translators, settings, sqlite_services, monkeypatch):
    shown = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: shown.append(self) or 0)
    assert app_module.first_run(sqlite_services, settings, translators) is sqlite_services
    assert len(shown) == 1
    sqlite_services.organisation.set_up(_input(), None)
    assert app_module.first_run(sqlite_services, settings, translators) is sqlite_services
    assert len(shown) == 1


def _input():
    from keet_desktop.domain.services.organisation import OrganisationInput

    return OrganisationInput("De Keet")


def test_the_organisation_can_be_changed_later(qtbot, translators, sqlite_services):
    sqlite_services.organisation.set_up(_input(), None)
    dialog = OrganisationDialog(sqlite_services)
    qtbot.addWidget(dialog)
    assert dialog.form.name.text() == "De Keet"
    dialog.form.name.setText("De Keet vzw")
    dialog.buttons.accepted.emit()
    assert sqlite_services.organisation.get().name == "De Keet vzw"


def test_help_opens_the_one_page_desk_guide(
    qtbot, translators, settings, app_events, sqlite_services, monkeypatch, tmp_path
):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = app_module.build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(window)
    menus = window.app_menus
    assert isinstance(menus, AppMenus)
    assert menus.guide_action.text() == "Incheckbalie: zo werkt het"
    assert menus.guide_action in window.help_menu.actions()
    menus.guide_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    reader = PdfReader(opened[0].toLocalFile())
    assert len(reader.pages) == 1
    assert "Incheckbalie" in reader.pages[0].extract_text()
