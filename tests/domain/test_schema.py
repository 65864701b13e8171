import pytest
from alembic.autogenerate import compare_metadata
from alembic.command import upgrade as alembic_upgrade
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from keet_desktop.domain import errors, schema, search
from keet_desktop.domain.db import Base, Database, sqlite_url


def test_fresh_database_matches_the_models(db):
    assert schema.state(db).up_to_date
    with db.engine.connect() as connection:
        opts = {"compare_type": True, "include_name": search.in_models}
        context = MigrationContext.configure(connection, opts=opts)
        assert compare_metadata(context, Base.metadata) == []


def _at_first_revision(url: str) -> Database:
    database = Database.open(url)
    config = schema._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic_upgrade(config, "0001")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO people (given_name, family_name, email, email_key, phone,"
                " organisation, municipality, preferred_language, consent_photos,"
                " consent_mailing, name_key,"
                " created_at, updated_at) VALUES ('Ayşe', 'Yılmaz', 'ayse@example.be',"
                " 'ayse@example.be', '', '', '', 'nl', false, false, 'ayse yilmaz',"
                " '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
        )
    return database


def test_old_sqlite_database_is_backed_up_then_upgraded_with_its_data(tmp_path):
    database = _at_first_revision(sqlite_url(tmp_path / "old.sqlite3"))
    assert schema.current_revision(database) == "0001"
    result = schema.upgrade(database)
    assert result.up_to_date
    assert result.backup is not None and result.backup.exists()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT family_name FROM people")).scalar() == "Yılmaz"
        assert connection.execute(text("SELECT count(*) FROM scan_log")).scalar() == 0
    copy = Database.open(sqlite_url(result.backup))
    assert schema.current_revision(copy) == "0001"


@pytest.mark.postgres
def test_old_postgres_database_is_upgraded_with_its_data(pg_databases):
    database = _at_first_revision(pg_databases.create())
    result = schema.upgrade(database)
    assert result.up_to_date and result.backup is None
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT given_name FROM people")).scalar() == "Ayşe"
    database.dispose()


def test_a_newer_database_is_refused_and_left_alone(db):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(errors.DatabaseTooNewError) as caught:
        schema.upgrade(db)
    assert "9999_future" in str(caught.value)
    assert schema.current_revision(db) == "9999_future"


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_ticket_lookup_uses_an_index(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT * FROM registrations WHERE ticket_code = 'X'"
            )
        )
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan


def test_write_transactions_wait_for_each_other_instead_of_failing(sqlite_db):
    """Two writers at once: the second waits for the first (BEGIN IMMEDIATE + busy timeout)."""
    import threading
    import time

    order: list[str] = []
    first_in = threading.Event()

    def first() -> None:
        with sqlite_db.write() as session:
            session.execute(text("INSERT INTO venues (name, address, notes) VALUES ('A', '', '')"))
            first_in.set()
            time.sleep(0.3)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait()
    with sqlite_db.write() as session:
        session.execute(text("INSERT INTO venues (name, address, notes) VALUES ('B', '', '')"))
        order.append("second")
    thread.join()
    assert order == ["first", "second"]


def test_a_bulk_load_leaves_no_big_write_ahead_log(sqlite_db):
    """A large WAL slows every later commit (the desk's check-ins) until it is folded back."""
    from keet_desktop.domain.demo import load_demo

    load_demo(sqlite_db, people=2000)
    wal = sqlite_db.sqlite_path.with_name(sqlite_db.sqlite_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
