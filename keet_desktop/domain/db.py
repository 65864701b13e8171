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

import os
from collections.abc import Iterator
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
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _begin_sqlite(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url`` with this app's settings for its dialect.

    Args:
        url: An SQLAlchemy URL; ``sqlite:///path`` or ``postgresql+psycopg://...``.
        echo: Log every statement.

    Returns:
        The engine.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            poolclass=NullPool if database in ("", ":memory:") else None,
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


@dataclass
class Database:
    """An engine with the two kinds of session the services use.

    Attributes:
        engine: The engine for reads.
        url: The URL it was made from.
    """

    engine: Engine
    url: str

    def __post_init__(self) -> None:
        write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, echo: bool = False) -> Database:
        """Open the database at ``url`` (default: :func:`default_database_url`)."""
        url = url or default_database_url()
        return cls(create_db_engine(url, echo=echo), url)

    @property
    def is_sqlite(self) -> bool:
        """Whether this is an SQLite database."""
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The file of an SQLite database, or None."""
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

    def display_url(self) -> str:
        """Return the URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()
