"""Connecting to a shared PostgreSQL database says what is wrong, or creates the tables."""

import uuid

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from keet_desktop.domain import schema
from keet_desktop.domain.shared_database import (
    HostUnreachableError,
    NoRightsError,
    NoSuchDatabaseError,
    SharedDatabase,
    WrongPasswordError,
    classify,
    connect_shared,
)
from keet_desktop.i18n import translator


def _shared(url, **changes):
    parsed = make_url(url)
    values = {
        "host": parsed.host,
        "port": parsed.port or 5432,
        "database": parsed.database,
        "user": parsed.username,
        "password": parsed.password or "",
    }
    return SharedDatabase(**{**values, **changes})


def test_an_unreachable_host_is_named():
    with pytest.raises(HostUnreachableError) as refused:
        connect_shared(SharedDatabase("127.0.0.1", 1, "keet", "keet", "secret"))
    message = refused.value.format(translator("nl"))
    assert "127.0.0.1" in message and "1" in message and "secret" not in message


@pytest.mark.parametrize(
    "server_says",
    [
        'FATAL:  password authentication failed for user "keet"',
        'FATAL:  role "keet" does not exist',
        "fe_sendauth: no password supplied",
    ],
)
def test_a_refused_password_is_said_as_such(server_says):
    error = OperationalError("connect", {}, Exception(server_says))
    found = classify(error, SharedDatabase("db.local", user="keet"))
    assert isinstance(found, WrongPasswordError)
    assert "keet" in found.english() and "db.local" in found.english()


@pytest.mark.postgres
def test_a_new_database_gets_its_tables(pg_databases):
    db = connect_shared(_shared(pg_databases.create()))
    assert schema.state(db).up_to_date
    db.dispose()


@pytest.mark.postgres
def test_a_missing_database_is_named(pg_databases):
    with pytest.raises(NoSuchDatabaseError) as refused:
        connect_shared(_shared(pg_databases.create(), database="keet_nowhere_i17"))
    assert "keet_nowhere_i17" in refused.value.english()


@pytest.mark.postgres
def test_a_user_without_rights_is_told_what_to_ask_for(pg_databases):
    url = pg_databases.create()
    role = f"keet_visitor_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        connection.execute(text(f'REVOKE CREATE ON SCHEMA public FROM PUBLIC, "{role}"'))
    try:
        with pytest.raises(NoRightsError) as refused:
            connect_shared(_shared(url, user=role, password=""))
        assert role in refused.value.english()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
