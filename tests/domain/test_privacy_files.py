"""Private files (0700 folder, 0600 database) and encryption at rest (issue 13)."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
from sqlalchemy import select

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.domain.models import Person
from keet_desktop.domain.privacy import encryption
from keet_desktop.domain.privacy.errors import PassphraseRequiredError, WrongPassphraseError
from keet_desktop.domain.services import Services
from tests.factories import make_event, person


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_data_folder_and_database_files_are_private(tmp_path, umask_022):
    folder = tmp_path / "data" / "keet-desktop"
    db = Database.open(sqlite_url(folder / "keet.sqlite3"))
    schema.upgrade(db, backup=False)
    services = Services(db)
    services.registrations.register(make_event(services), person())
    with db.read() as session:  # keep a reader so the WAL and shared memory exist
        session.scalar(select(Person.id))
        assert _mode(folder) == 0o700
        for name in ("keet.sqlite3", "keet.sqlite3-wal", "keet.sqlite3-shm"):
            assert _mode(folder / name) == 0o600, name
    backup = schema.backup_sqlite(db, target=tmp_path / "copy.sqlite3")
    assert backup is not None and _mode(backup) == 0o600
    db.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_readable_database_is_made_private(tmp_path, umask_022):
    path = tmp_path / "keet.sqlite3"
    db = Database.open(sqlite_url(path))
    schema.upgrade(db, backup=False)
    db.dispose()
    os.chmod(path, 0o644)
    Database.open(sqlite_url(path)).dispose()
    assert _mode(path) == 0o600


def _filled(tmp_path) -> tuple[Database, int]:
    db = Database.open(sqlite_url(tmp_path / "keet.sqlite3"))
    schema.upgrade(db, backup=False)
    services = Services(db)
    services.registrations.register(make_event(services), person("Zoë", "Vandewalle"))
    db.checkpoint()
    db.dispose()
    return db, 1


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_encrypt_open_with_passphrase_backup_and_decrypt(tmp_path):
    _filled(tmp_path)
    path = tmp_path / "keet.sqlite3"
    encryption.encrypt_file(path, "geheim wachtwoord")
    assert encryption.is_encrypted(path)
    assert b"Vandewalle" not in path.read_bytes()

    with pytest.raises(PassphraseRequiredError):
        Database.open(sqlite_url(path))
    before = _digest(path)
    with pytest.raises(WrongPassphraseError) as caught:
        Database.open(sqlite_url(path), passphrase="fout")
    assert str(path) in caught.value.english()
    assert _digest(path) == before

    db = Database.open(sqlite_url(path), passphrase="geheim wachtwoord")
    assert db.is_encrypted
    with db.read() as session:
        assert session.scalar(select(Person.family_name)) == "Vandewalle"
    backup = schema.backup_sqlite(db, target=tmp_path / "backup.sqlite3")
    db.dispose()
    assert backup is not None and encryption.is_encrypted(backup)
    assert b"Vandewalle" not in backup.read_bytes()
    copy = Database.open(sqlite_url(backup), passphrase="geheim wachtwoord")
    with copy.read() as session:
        assert session.scalar(select(Person.family_name)) == "Vandewalle"
    copy.dispose()

    encryption.decrypt_file(path, "geheim wachtwoord")
    assert not encryption.is_encrypted(path)
    plain = Database.open(sqlite_url(path))
    assert schema.state(plain).up_to_date
    with plain.read() as session:
        assert session.scalar(select(Person.family_name)) == "Vandewalle"
    plain.dispose()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_apps_own_data_folder_is_made_private(tmp_path, monkeypatch, umask_022):
    from keet_desktop.domain.db import default_data_dir, default_database_url

    monkeypatch.delenv("KEET_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    folder = default_data_dir()
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)  # as an older version left it
    Database.open(default_database_url()).dispose()
    assert _mode(folder) == 0o700
    assert _mode(folder / "keet.sqlite3") == 0o600
    assert _mode(tmp_path / "share") != 0o700  # folders above it are left alone
