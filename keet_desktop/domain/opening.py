"""Opening the database so that a full, read-only or damaged disk still lets people read.

:func:`open_database` opens the database as usual; when the disk holding an SQLite database is
full or read-only, it opens the file read-only instead and says why
(:attr:`OpenedDatabase.read_only_reason`): people can still look, export and back up to
another disk. :func:`cheap_check` is the start-up check: the file's header and size and the
schema, in a few milliseconds at any size (SQLite's full ``quick_check`` runs in the
background, see :func:`keet_desktop.domain.backups.check_database`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.dbsafety import (
    DatabaseDamagedError,
    DatabaseDiskFullError,
    DatabaseReadOnlyError,
    DatabaseTimeouts,
    connect_read_only,
)
from keet_desktop.i18n import QT_TRANSLATE_NOOP

SIZE_MISMATCH = QT_TRANSLATE_NOOP("errors", "the file is shorter than its header says")


@dataclass
class OpenedDatabase:
    """An open database and, when it could only be opened read-only, the reason why."""

    db: Database
    read_only_reason: errors.DatabaseError | None = None


def open_database(
    url: str | None,
    *,
    timeouts: DatabaseTimeouts | None = None,
    passphrase: str | None = None,
) -> OpenedDatabase:
    """Open ``url``; read-only on a full or read-only disk or a visibly damaged file (SQLite).

    An encrypted file (issue 13) needs its ``passphrase``; the cheap file check, which reads
    the plain file, is left out for it.
    """
    db = Database.open(url, timeouts=timeouts, passphrase=passphrase)
    path = db.sqlite_path
    if path is None or db.is_encrypted:
        return OpenedDatabase(db)
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        cheap_check(db)
    except (DatabaseDiskFullError, DatabaseReadOnlyError, DatabaseDamagedError) as exc:
        db.dispose()
        return OpenedDatabase(Database.open_read_only(path, timeouts=timeouts), exc)
    return OpenedDatabase(db)


def cheap_check(db: Database) -> None:
    """Raise :class:`DatabaseDamagedError` when the file is visibly damaged (fast at any size).

    Checks the page count in the header against the file's size and reads the schema. A
    damaged page elsewhere is found by SQLite's quick check, run in the background.
    """
    path = db.sqlite_path
    if path is None or not path.exists():
        return
    with contextlib.closing(connect_read_only(path)) as connection:
        try:
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:  # any driver error here means a damaged file
            raise DatabaseDamagedError(path=str(path), detail=str(exc)) from exc
    if _file_size(path) < page_size * pages and _wal_size(path) == 0:
        raise DatabaseDamagedError(path=str(path), detail=SIZE_MISMATCH)


def _file_size(path: Path) -> int:
    return path.stat().st_size


def _wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def make_read_only(db: Database) -> None:
    """From now on, let every connection of the SQLite database ``db`` only read.

    Used when damage is found while the app runs: the pooled connections are closed and each
    new one is opened with ``PRAGMA query_only``, so a write fails with
    :class:`~keet_desktop.domain.dbsafety.DatabaseReadOnlyError` and nothing more is changed.
    """
    if not db.is_sqlite:
        return
    event.listen(db.engine, "connect", _query_only)
    db.engine.dispose()


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()
