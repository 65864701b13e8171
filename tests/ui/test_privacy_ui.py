"""Privacy in the organiser's window, driven through real widgets (Dutch UI, SQLite)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pypdf
import pytest
from PySide6.QtCore import Qt

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.domain.models import Person
from keet_desktop.domain.privacy import encryption
from keet_desktop.domain.privacy.models import ConsentSource, Purpose
from keet_desktop.ui import messages
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.dialogs.person_dialog import PersonDialog
from keet_desktop.ui.importing import ExportDialog
from keet_desktop.ui.privacy.passphrase import open_database
from keet_desktop.ui.privacy.privacy_dialog import PrivacyDialog
from tests.domain.test_privacy import EMAIL, _backdate, _zoe
from tests.factories import make_event, person
from tests.ui.organiser_helpers import click_ok, fake_exec, settle


@pytest.fixture
def said(monkeypatch):
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
    return main


def test_person_dialog_edits_consents_with_their_history(
    qtbot, window, monkeypatch, sqlite_services, qtmodeltester
):
    event_id = make_event(sqlite_services)
    person_id = _zoe(sqlite_services, event_id)[0]
    sqlite_services.privacy.set_consents(person_id, {Purpose.MAILING: True}, ConsentSource.FORM)
    window.show_page("people")
    page = window.people_page
    settle()  # the list loads off the GUI thread (issue 14)
    page.table.selectRow(0)
    settle()
    seen = {}

    def fill(dialog):
        panel = dialog.consent_panel
        seen["mailing"] = panel.checks[Purpose.MAILING].isChecked()
        seen["label"] = panel.checks[Purpose.FUNDER].text()
        panel.checks[Purpose.MAILING].setChecked(False)
        panel.checks[Purpose.FUNDER].setChecked(True)
        panel.source_combo.setCurrentIndex(panel.source_combo.findData("phone"))
        click_ok(qtbot, dialog)
        model = panel.history_model
        qtmodeltester.check(model)
        seen["history"] = [
            [model.index(r, c).data() for c in range(1, 4)] for r in range(model.rowCount())
        ]

    monkeypatch.setattr(PersonDialog, "exec", fake_exec(fill))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    settle()  # the person is loaded off the GUI thread, then the dialog opens
    assert seen["mailing"] is True and seen["label"] == "Delen met de financier"
    assert ["Mailing over komende evenementen", "ingetrokken", "telefonisch"] in seen["history"]
    assert ["Delen met de financier", "gegeven", "telefonisch"] in seen["history"]
    held, _history = sqlite_services.privacy.consents(person_id)
    assert held[Purpose.FUNDER] and not held[Purpose.MAILING]


def test_people_page_hands_out_a_pdf_then_forgets(
    qtbot, window, monkeypatch, sqlite_services, tmp_path, said
):
    event_id = make_event(sqlite_services)
    person_id = _zoe(sqlite_services, event_id)[0]
    window.show_page("people")
    page = window.people_page
    settle()  # the list loads off the GUI thread (issue 14)
    page.table.selectRow(0)
    settle()
    actions = page.privacy_actions
    assert actions.export_button.isEnabled() and actions.forget_button.isEnabled()
    folder = tmp_path / "prive"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(actions, "ask_path", lambda: str(folder / "zoe"))
    with qtbot.waitSignal(actions.finished, timeout=20000):
        qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    pdf = folder / "zoe.pdf"
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Wat we over u bewaren" in text and EMAIL in text

    monkeypatch.setattr(actions, "ask_reason", lambda: "verzoek per telefoon")
    with qtbot.waitSignal(actions.finished, timeout=20000):
        qtbot.mouseClick(actions.forget_button, Qt.MouseButton.LeftButton)
    assert said[-1][0] == "ask" and str(person_id) in said[-1][2]
    with sqlite_services.db.read() as session:
        assert session.get(Person, person_id).email is None
    qtbot.waitUntil(lambda: EMAIL not in _column(page, page.model.Column.EMAIL))


def _column(page, column):
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_privacy_window_previews_purges_and_shows_the_log(
    qtbot, translators, app_events, sqlite_services, said, qtmodeltester
):
    old_event = make_event(sqlite_services, title="Oud event")
    old_id = _zoe(sqlite_services, old_event)[0]
    _backdate(sqlite_services.db, old_id, datetime.now(UTC) - timedelta(days=800))
    sqlite_services.registrations.register(make_event(sqlite_services), person("Jan", "Claes"))
    dialog = PrivacyDialog(sqlite_services, app_events)
    qtbot.addWidget(dialog)
    assert dialog.months_spin.value() == 24
    qtbot.waitUntil(lambda: dialog.purge_button.isEnabled(), timeout=10000)
    assert dialog.due_label.text().startswith("1 persoon aan de beurt, laatst gezien vóór")
    with qtbot.waitSignal(app_events.people_changed, timeout=10000):
        qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    assert said[-1][0] == "ask" and "1 persoon" in said[-1][2]
    with sqlite_services.db.read() as session:
        assert session.get(Person, old_id).email is None
    model = dialog.activity_model
    qtmodeltester.check(model)
    assert model.index(0, model.Column.ACTION).data() == "wissen na bewaartermijn"
    assert model.index(0, model.Column.COUNT).data() == "1"
    qtbot.waitUntil(lambda: not dialog.purge_button.isEnabled(), timeout=10000)


def test_the_window_reminds_when_people_are_due(qtbot, window, sqlite_services):
    old_id = _zoe(sqlite_services, make_event(sqlite_services))[0]
    _backdate(sqlite_services.db, old_id, datetime.now(UTC) - timedelta(days=800))
    feature = window.features.privacy
    with qtbot.waitSignal(feature.check_retention().signals.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: feature.due is not None)
    assert "1 persoon werd laatst gezien" in window.statusBar().currentMessage()
    assert "1 persoon" in feature.privacy_action.text()


def test_export_dialog_limits_to_a_consent_and_logs_it(
    qtbot, translators, sqlite_services, tmp_path
):
    event_id = make_event(sqlite_services)
    zoe = _zoe(sqlite_services, event_id)[0]
    sqlite_services.registrations.register(event_id, person("Jan", "Claes"))
    sqlite_services.privacy.set_consents(zoe, {Purpose.PHOTOS: True}, ConsentSource.DESK)
    dialog = ExportDialog(sqlite_services, event_id)
    qtbot.addWidget(dialog)
    assert dialog.consent.accessibleName()
    dialog.consent.setCurrentIndex(dialog.consent.findData("photos"))
    assert dialog.export_to(tmp_path / "foto.csv") == 1
    log = sqlite_services.privacy.activity()
    assert (log[0].action, log[0].count) == ("export", 1)


def test_the_passphrase_is_asked_until_it_opens(tmp_path, qapp, translators):
    path = tmp_path / "keet.sqlite3"
    db = Database.open(sqlite_url(path))
    schema.upgrade(db, backup=False)
    db.dispose()
    encryption.encrypt_file(path, "juiste wachtzin")
    asked = []

    def ask(location, problem):
        asked.append((location, problem))
        return ["fout", "juiste wachtzin"][len(asked) - 1]

    opened = open_database(sqlite_url(path), ask)
    assert opened is not None and opened.is_encrypted
    opened.dispose()
    assert asked[0] == (str(path), "")
    assert "opent" in asked[1][1]  # "De wachtzin opent ... niet"
    assert open_database(sqlite_url(path), lambda *_a: None) is None


def test_personal_data_into_a_shared_folder_is_refused(
    qtbot, window, monkeypatch, sqlite_services, tmp_path, said
):
    _zoe(sqlite_services, make_event(sqlite_services))
    window.show_page("people")
    page = window.people_page
    settle()  # the list loads off the GUI thread (issue 14)
    page.table.selectRow(0)
    settle()
    actions = page.privacy_actions
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setattr(actions, "ask_path", lambda: str(shared / "zoe.json"))
    with qtbot.waitSignal(actions.finished, timeout=20000):
        qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    assert said[-1][0] == "warn" and "andere accounts" in said[-1][2] and str(shared) in said[-1][2]
    assert list(shared.iterdir()) == []
    assert sqlite_services.privacy.activity() == []
