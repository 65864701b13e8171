"""The outbox in the window: status bar, outbox page, settings (keyring, test), templates."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from keet_desktop.domain.mail import secrets
from keet_desktop.domain.mail.smtp import Security
from keet_desktop.domain.models import MailSettingsRow
from keet_desktop.domain.services.outbox import MailSettings
from keet_desktop.ui import messages
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.mail.background import send_outbox
from keet_desktop.ui.mail.outbox_page import OutboxColumn
from keet_desktop.ui.mail.settings_dialog import MailSettingsDialog
from keet_desktop.ui.mail.templates_dialog import TemplatesDialog
from tests import mail_server
from tests.factories import make_event, person
from tests.mail_server import free_port

smtp_server = mail_server.smtp_server
memory_keyring = mail_server.memory_keyring


@pytest.fixture
def window(qtbot, translators, settings, app_events, sqlite_services, monkeypatch):
    monkeypatch.setattr(messages, "warn", lambda *args: None)
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.features.mail.outbox_sender.stop()  # type: ignore[attr-defined]


def on(services, server, security=Security.NONE) -> None:
    services.outbox.save_settings(
        MailSettings(
            enabled=True,
            host=server.host,
            port=server.port,
            security=security,
            sender_name="De Keet",
            sender_address="info@dekeet.be",
        )
    )


def test_the_outbox_page_lists_messages_and_the_status_bar_counts_them(
    qtbot, window, sqlite_services, qtmodeltester
):
    services = sqlite_services
    services.outbox.save_settings(
        MailSettings(enabled=True, host="127.0.0.1", port=free_port(), sender_address="i@d.be")
    )
    event_id = make_event(services, capacity=1)
    services.registrations.register(event_id, person("An", "Aerts"))
    services.registrations.register(event_id, person("Bo", "Bervoets"))
    feature = window.features.mail
    feature.outbox_sender.refresh_counts()
    qtbot.waitUntil(lambda: "2 in wachtrij" in feature.status.text(), timeout=5000)
    window.show_page("outbox")
    page = feature.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(page.model)
    kinds = {page.model.index(r, OutboxColumn.KIND).data() for r in range(2)}
    assert kinds == {"Ticket", "Wachtlijst"}
    page.table.selectRow(0)
    qtbot.mouseClick(page.drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 in wachtrij" in feature.status.text(), timeout=5000)
    qtbot.waitUntil(
        lambda: "Niet verzonden" in [page.model.index(r, 0).data() for r in range(2)], timeout=5000
    )


def test_send_now_delivers_in_the_background(qtbot, window, sqlite_services, smtp_server):
    services = sqlite_services
    on(services, smtp_server)
    services.registrations.register(make_event(services), person())
    feature = window.features.mail
    window.show_page("outbox")
    with qtbot.waitSignal(feature.outbox_sender.finished, timeout=20000):
        qtbot.mouseClick(feature.page.send_button, Qt.MouseButton.LeftButton)
    assert len(smtp_server.recorder.received) == 1
    qtbot.waitUntil(lambda: "Verzonden: 1" in feature.page.summary.text(), timeout=5000)
    qtbot.waitUntil(lambda: "0 in wachtrij" in feature.status.text(), timeout=5000)


def test_settings_keep_the_password_in_the_keyring_and_test_the_server(
    qtbot, translators, sqlite_services, smtp_server, memory_keyring
):
    dialog = MailSettingsDialog(sqlite_services)
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(free_port())
    dialog.sender_address.setText("info@dekeet.be")
    dialog.username.setText("info")
    dialog.password.setText("geheim")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✘" in dialog.test_result.text(), timeout=10000)
    assert "weigerde de verbinding" in dialog.test_result.text()
    dialog.port.setValue(smtp_server.port)
    dialog.username.setText("")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✔" in dialog.test_result.text(), timeout=10000)
    assert smtp_server.recorder.received[0].rcpt_tos == ["info@dekeet.be"]
    dialog.username.setText("info")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert memory_keyring.store == {(secrets.SERVICE, "info@127.0.0.1"): "geheim"}
    with sqlite_services.db.read() as session:
        row = session.scalar(select(MailSettingsRow))
        assert row is not None and row.username == "info"
        assert "geheim" not in repr([getattr(row, c.key) for c in row.__table__.columns])
    assert sqlite_services.outbox.settings().enabled


def test_templates_preview_live_and_refuse_unknown_placeholders(
    qtbot, translators, sqlite_services
):
    dialog = TemplatesDialog(sqlite_services)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("waitlist"))
    assert "plaats 3" in dialog.preview.toPlainText()
    dialog.subject.setText("Je staat op nummer {waitlist_position}, {given_name}")
    assert "Je staat op nummer 3, Lieve" in dialog.preview.toPlainText()
    dialog.subject.setText("Nummer {positie}")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.message.is_error and "{positie}" in dialog.message.text()
    dialog.subject.setText("Nummer {waitlist_position}")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.message.is_error
    assert (
        sqlite_services.outbox.template(dialog.current().kind, "nl").subject
        == "Nummer {waitlist_position}"
    )


def test_the_frozen_app_sends_in_the_worker_thread(sqlite_services, smtp_server, monkeypatch):
    on(sqlite_services, smtp_server)
    sqlite_services.registrations.register(make_event(sqlite_services), person())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    report = send_outbox(lambda done, total: None, sqlite_services)
    assert report is not None and (report.sent, report.queued) == (1, 0)
    assert len(smtp_server.recorder.received) == 1
    assert send_outbox(lambda done, total: None, sqlite_services).sent == 0  # nothing due
