"""The Restore dialog lists the backups with date and counts and restores one, nothing lost."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date

from PySide6.QtCore import Qt

from keet_desktop.domain import backups
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.ui import messages
from keet_desktop.ui.dialogs.restore_dialog import BackupColumn, BackupsTableModel, RestoreDialog
from keet_desktop.ui.safety import open_database, save_file
from tests.factories import make_event


def count(path, table):
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backups_model(qtmodeltester, sqlite_services):
    make_event(sqlite_services)
    backups.daily_backup(sqlite_services.db, date(2026, 11, 30))
    model = BackupsTableModel()
    model.set_rows(backups.list_backups(sqlite_services.db))
    qtmodeltester.check(model)
    assert model.data(model.index(0, BackupColumn.EVENTS)) == "1"


def test_restore_dialog_lists_and_restores(qtbot, sqlite_services, monkeypatch, tmp_path):
    db = sqlite_services.db
    make_event(sqlite_services)
    backups.daily_backup(db, date(2026, 11, 29))
    make_event(sqlite_services, title="Na de backup")
    path = db.sqlite_path
    assert count(path, "events") == 2
    dialog = RestoreDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.table.accessibleName() and dialog.restore_button.accessibleName()
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "restore.png"))
    monkeypatch.setattr(messages, "ask", lambda *_args: True)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as signal:
        dialog.restore_button.click()
    result = signal.args[0]
    assert count(path, "events") == 1
    assert count(result.backup_of_current, "events") == 2  # nothing lost
    assert "Restored" in dialog.status.text()


def test_damaged_database_opens_read_only_and_offers_restore(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "keet.sqlite3"
    database = Database.open(sqlite_url(path))
    from keet_desktop.domain import schema

    schema.upgrade(database, backup=False)
    database.dispose()
    with path.open("r+b") as stream:  # claim more pages than the file holds
        stream.seek(28)
        stream.write((100_000).to_bytes(4, "big"))
    asked = []
    monkeypatch.setattr(messages, "ask", lambda _p, title, text: asked.append(text) or False)
    opened = open_database(sqlite_url(path))
    assert opened.read_only
    assert "damaged" in asked[0]


def test_save_file_refuses_the_database_and_adds_the_suffix(
    qtbot, sqlite_services, monkeypatch, tmp_path
):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda _p, exc: shown.append(exc))
    db = sqlite_services.db
    before = db.sqlite_path.read_bytes()
    assert save_file(None, db.sqlite_path, ".sqlite3", lambda s: s.write(b"x"), database=db) is None
    assert shown and db.sqlite_path.read_bytes() == before
    written = save_file(None, tmp_path / "agenda", ".pdf", lambda s: s.write(b"%PDF"))
    assert written == tmp_path / "agenda.pdf" and written.read_bytes() == b"%PDF"
    assert Qt  # the Qt namespace is loaded for the widgets above


def test_damage_found_after_start_makes_the_database_read_only(qtbot, sqlite_services, monkeypatch):
    import pytest

    from keet_desktop.domain.dbsafety import DatabaseReadOnlyError
    from keet_desktop.domain.services.people import PersonInput
    from keet_desktop.ui.safety import StartupChecks

    for n in range(300):
        sqlite_services.people.create(PersonInput("Lies", f"Peeters {n}", f"l{n}@example.be"))
    db = sqlite_services.db
    db.checkpoint()
    path = db.sqlite_path
    with contextlib.closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    with path.open("r+b") as stream:  # garbage over the last page (people's data)
        stream.seek((pages - 1) * page_size)
        stream.write(b"\xde\xad" * (page_size // 2))
    asked = []
    monkeypatch.setattr(messages, "ask", lambda _p, _t, text: asked.append(text) or False)
    checks = StartupChecks(db)
    with qtbot.waitSignal(checks.damaged, timeout=20_000):
        checks.start()
    checks.wait()
    assert asked and "damaged" in asked[0]
    before = path.read_bytes()
    with pytest.raises(DatabaseReadOnlyError):
        sqlite_services.people.create(PersonInput("Nieuw", "Persoon"))
    assert path.read_bytes() == before
