"""Shared fixtures: a fresh database per test on SQLite and, when a server is given, PostgreSQL.

PostgreSQL tests need ``KEET_TEST_POSTGRES_URL`` (a server URL whose user may create
databases, e.g. the one ``.ci/postgres.sh start`` prints). Without it they are skipped, except
under ``CI=true``, where a missing server is a failure.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keet_desktop.domain import schema
from keet_desktop.domain.db import Base, Database, sqlite_url
from keet_desktop.domain.services import Services

PG_ENV = "KEET_TEST_POSTGRES_URL"


def postgres_server_url() -> str | None:
    """Return the test server's URL, skipping (or failing under CI) when there is none."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {PG_ENV} is not set: the PostgreSQL tests must run in CI")
    pytest.skip(f"no PostgreSQL server ({PG_ENV} not set)")
    return None


class PostgresDatabases:
    """Creates and drops throwaway databases on the test server."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self._admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        self._made: list[str] = []

    def create(self) -> str:
        """Create an empty database and return its URL."""
        name = f"keet_test_{uuid.uuid4().hex[:12]}"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self._made.append(name)
        return make_url(self.server_url).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        """Drop every database this object made."""
        with self._admin.connect() as conn:
            for name in self._made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PostgresDatabases]:
    """The PostgreSQL database factory for the session."""
    url = postgres_server_url()
    assert url is not None
    factory = PostgresDatabases(url)
    yield factory
    factory.drop_all()


@pytest.fixture(scope="session")
def pg_migrated_url(pg_databases: PostgresDatabases) -> str:
    """One PostgreSQL database migrated to head, emptied before each test that uses it."""
    url = pg_databases.create()
    db = Database.open(url)
    schema.upgrade(db, backup=False)
    db.dispose()
    return url


def _empty_postgres(url: str) -> None:
    engine = create_engine(url)
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        # a test may have stamped another revision (e.g. "a newer database")
        conn.execute(
            text("UPDATE alembic_version SET version_num = :head"), {"head": schema.head_revision()}
        )
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head, copied for each test (no Alembic run per test)."""
    path = tmp_path_factory.mktemp("template") / "keet.sqlite3"
    db = Database.open(sqlite_url(path))
    schema.upgrade(db, backup=False)
    db.checkpoint()  # everything in the one file: nothing left in a -wal beside it
    db.dispose()
    return path


def _migrated_sqlite(template: Path, folder: Path) -> str:
    """A fresh copy of the migrated template in ``folder``; its URL."""
    path = folder / "keet.sqlite3"
    shutil.copyfile(template, path)
    path.chmod(template.stat().st_mode & 0o777)
    return sqlite_url(path)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """The URL of an empty database migrated to head: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        return _migrated_sqlite(request.getfixturevalue("sqlite_template"), tmp_path)
    url = request.getfixturevalue("pg_migrated_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An empty database migrated to head (SQLite and PostgreSQL)."""
    database = Database.open(db_url)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    """Real services over an empty database (SQLite and PostgreSQL)."""
    return Services(db)


@pytest.fixture
def sqlite_db(tmp_path, sqlite_template: Path) -> Iterator[Database]:
    """An empty SQLite database migrated to head, for tests that need only one backend."""
    database = Database.open(_migrated_sqlite(sqlite_template, tmp_path))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_services(sqlite_db: Database) -> Services:
    """Real services over an empty SQLite database."""
    return Services(sqlite_db)
