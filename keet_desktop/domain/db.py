"""Database access: engines, SQLite pragmas, sessions and the default location.

SQLite is the default (a file in the user's data folder). It runs in WAL mode with
``synchronous=FULL`` so that every committed check-in survives a crash, foreign keys on and a
busy timeout. Write transactions begin with ``BEGIN IMMEDIATE``: with SQLite's default deferred
``BEGIN`` a second desk that writes at the same moment fails at once with "database is locked"
instead of waiting for its turn. Read transactions stay deferred, so searching never waits
for a writer.

PostgreSQL (``postgresql+psycopg://...``) is how several desks share one database.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator

from keet_desktop.domain.dbsafety import DatabaseTimeouts, connect_read_only, refuse_unusable_file
from keet_desktop.domain.dbsafety import install as install_safety

APP_NAME = "keet-desktop"
APP_AUTHOR = "De Keet"
ENV_DATABASE_URL = "KEET_DATABASE_URL"
BUSY_TIMEOUT_MS = 15_000

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every table, with a constraint naming convention for Alembic."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as naive UTC, the same way on SQLite and PostgreSQL.

    Writing a naive datetime is a programming error and raises ``ValueError``.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC for storage."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        """Return stored naive UTC as an aware UTC datetime."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)


def default_data_dir() -> Path:
    """Return the user data folder of the app (created on demand by callers)."""
    return user_data_path(APP_NAME, APP_AUTHOR)


def default_database_url() -> str:
    """Return the database URL: ``KEET_DATABASE_URL`` or the SQLite file in the data folder."""
    url = os.environ.get(ENV_DATABASE_URL)
    if url:
        return url
    return sqlite_url(default_data_dir() / "keet.sqlite3")


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of an SQLite file."""
    return f"sqlite:///{path}"


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite would otherwise defer it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":  # issue 11: no write
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Freed space is zeroed, so erased personal data does not linger in the file (issue 13).
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _begin_sqlite(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def prepare_private_file(path: Path) -> None:
    """Create the folder (0700) and the SQLite file (0600) of a database before SQLite does.

    SQLite gives its -wal and -shm files the database file's mode, so they are private too.
    An existing file that others could read is made private (issue 13).
    """
    folder = path.parent
    if not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    elif folder == default_data_dir() and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)  # the app's own folder, made by an older version
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                if file.stat().st_mode & 0o077:
                    os.chmod(file, 0o600)
            except OSError:  # not ours, or gone: SQLite reports what matters
                pass


def create_db_engine(
    url: str,
    *,
    echo: bool = False,
    passphrase: str | None = None,
    timeouts: DatabaseTimeouts | None = None,
) -> Engine:
    """Create an engine for ``url`` with this app's settings for its dialect.

    Args:
        url: An SQLAlchemy URL; ``sqlite:///path`` or ``postgresql+psycopg://...``.
        echo: Log every statement.
        passphrase: The passphrase of an encrypted SQLite file (ignored for a plain one).
        timeouts: How long to wait for the database (issue 11; default: from the environment).

    Returns:
        The engine. Driver errors that mean a timeout, a busy or full or damaged database
        are raised as the :mod:`keet_desktop.domain.dbsafety` errors.

    Raises:
        PassphraseRequiredError: The file is encrypted and no passphrase was given.
        WrongPassphraseError: The passphrase does not open the encrypted file.
    """
    timeouts = timeouts or DatabaseTimeouts.from_environment()
    engine = _create_engine(url, echo, timeouts, passphrase)
    install_safety(engine, timeouts)
    return engine


def _create_engine(
    url: str, echo: bool, timeouts: DatabaseTimeouts, passphrase: str | None = None
) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            path = Path(database).expanduser()
            prepare_private_file(path)
            url = _encrypted_url(path, passphrase) or url
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": timeouts.busy, "check_same_thread": False},
            poolclass=NullPool if database in ("", ":memory:") else None,
            hide_parameters=True,  # issue 17: a failed statement's values (names) stay out of logs
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        connect_args = timeouts.postgres_connect_args()
        return create_engine(
            url, echo=echo, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True
        )
    return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)  # issue 17


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    return Path(database).expanduser()


def _looks_encrypted(path: Path) -> bool:
    from keet_desktop.domain.privacy import encryption

    return encryption.is_encrypted(path)


def _encrypted_url(path: Path, passphrase: str | None) -> str | None:
    from keet_desktop.domain.privacy import encryption
    from keet_desktop.domain.privacy.errors import PassphraseRequiredError, WrongPassphraseError

    if not encryption.is_encrypted(path):
        return None
    if not passphrase:
        raise PassphraseRequiredError(path=str(path))
    if not encryption.check_passphrase(path, passphrase):
        raise WrongPassphraseError(path=str(path))
    return encryption.cipher_url(path, passphrase)


@dataclass
class Database:
    """An engine with the two kinds of session the services use.

    Attributes:
        engine: The engine for reads.
        url: The URL it was made from.
    """

    engine: Engine
    url: str
    passphrase: str | None = None  # issue 13: of an encrypted SQLite file
    read_only_path: Path | None = None  # issue 11: an SQLite file opened read-only

    def __post_init__(self) -> None:
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine, expire_on_commit=False)
        self._listening: set[tuple[str, Callable[..., Any]]] = set()

    @classmethod
    def open(
        cls,
        url: str | None = None,
        *,
        echo: bool = False,
        passphrase: str | None = None,
        timeouts: DatabaseTimeouts | None = None,
    ) -> Database:
        """Open the database at ``url`` (default: :func:`default_database_url`).

        An encrypted SQLite file needs its ``passphrase`` (see :func:`create_db_engine`). An
        existing SQLite file that is empty (0 bytes) or not SQLite is refused
        (:class:`~keet_desktop.domain.dbsafety.NotADatabaseError`), never made a new database.
        """
        url = url or default_database_url()
        path = _sqlite_file(url)
        if path is not None and not _looks_encrypted(path):
            refuse_unusable_file(path)  # before the file is made (0600) for a new database
        engine = create_db_engine(url, echo=echo, passphrase=passphrase, timeouts=timeouts)
        encrypted = engine.dialect.driver == "pysqlcipher"
        return cls(engine, url, passphrase if encrypted else None)

    @property
    def is_encrypted(self) -> bool:
        """Whether this is an SQLCipher-encrypted SQLite file."""
        return self.passphrase is not None

    @classmethod
    def open_read_only(cls, path: Path, *, timeouts: DatabaseTimeouts | None = None) -> Database:
        """Open the SQLite file ``path`` read-only (issue 11), also on a full or read-only disk.

        Every write fails with :class:`~keet_desktop.domain.dbsafety.DatabaseReadOnlyError`;
        reading, exporting and backing up work.
        """
        timeouts = timeouts or DatabaseTimeouts.from_environment()
        engine = create_engine(
            "sqlite://",
            creator=functools.partial(connect_read_only, path, timeouts.busy),
            poolclass=NullPool,
        )
        install_safety(engine, timeouts, path=path)
        return cls(engine, sqlite_url(path), read_only_path=path)

    @property
    def read_only(self) -> bool:
        """Whether this database was opened read-only."""
        return self.read_only_path is not None

    @property
    def is_sqlite(self) -> bool:
        """Whether this is an SQLite database."""
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The file of an SQLite database, or None."""
        if self.read_only_path is not None:
            return self.read_only_path
        if not self.is_sqlite:
            return None
        database = self.engine.url.database
        if not database or database == ":memory:":
            return None
        return Path(database).expanduser()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """Open a write transaction (``BEGIN IMMEDIATE`` on SQLite) committed on success."""
        with self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """Open a read-only transaction, rolled back at the end."""
        with self._read() as session:
            yield session

    def checkpoint(self) -> None:
        """After a bulk load on SQLite, fold the write-ahead log back into the database.

        A large WAL left behind by a bulk insert makes every later commit slower (a check-in
        at the desk went from 0.5 ms to ~4 ms) until SQLite checkpoints it by itself. A no-op
        on PostgreSQL; a busy database is simply left for SQLite's own checkpoint.
        """
        if not self.is_sqlite:
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def listen_writes(self, identifier: str, function: Callable[..., Any]) -> None:
        """Attach a session event (e.g. ``after_flush``) to write transactions (issue 16).

        This database remembers what it attached. ``event.contains`` cannot be asked: SQLAlchemy
        keys its registry by ``id()`` of the session class, and a new database whose class
        took the address of a collected one was told "already attached" (the outbox then
        queued nothing: a test failed now and then in long runs).
        """
        if (identifier, function) not in self._listening:
            event.listen(self._write, identifier, function)
            self._listening.add((identifier, function))

    def unlisten_writes(self, identifier: str, function: Callable[..., Any]) -> None:
        """Detach what :meth:`listen_writes` attached (issue 16)."""
        if (identifier, function) in self._listening:
            event.remove(self._write, identifier, function)
            self._listening.discard((identifier, function))

    def display_url(self) -> str:
        """Return the URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
