"""Database problems in plain words, with the driver's own words only behind "Details"."""

from __future__ import annotations

import socket
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from keet_desktop.ui import messages


def _error(statement_runs) -> SQLAlchemyError:
    with pytest.raises(SQLAlchemyError) as caught:
        statement_runs()
    return caught.value


def _plain(text_: str) -> None:
    """No driver words, no SQL in what people read."""
    lowered = text_.lower()
    for word in ("sqlite", "psycopg", "select", "insert", "locked", "errno", "{detail}"):
        assert word not in lowered, text_


def test_a_locked_sqlite_file_says_busy_and_keeps_the_words_for_details(tmp_path, translators):
    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    try:
        exc = _error(lambda: engine.connect().execute(text("INSERT INTO t VALUES (1)")))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()
    said, details = messages.database_problem(exc)
    assert said.startswith("De databank is bezig.")
    assert "Probeer het zo meteen opnieuw" in said
    _plain(said)
    assert details == "database is locked"


def test_a_refused_connection_says_the_server_cannot_be_reached(translators):
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine = create_engine(
        f"postgresql+psycopg://keet@127.0.0.1:{port}/keet", connect_args={"connect_timeout": 2}
    )
    exc = _error(engine.connect)
    engine.dispose()
    said, details = messages.database_problem(exc)
    assert said.startswith("De databankserver is niet bereikbaar.")
    _plain(said)
    assert "refused" in details.lower() or "failed" in details.lower()


def test_a_missing_table_means_another_version(tmp_path, translators):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    exc = _error(lambda: engine.connect().execute(text("SELECT given_name FROM people")))
    engine.dispose()
    said, details = messages.database_problem(exc)
    assert "nieuwere of een oudere versie van Keet Desktop" in said
    _plain(said)
    assert details == "no such table: people"


def test_a_read_only_file_says_so(tmp_path, translators):
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x INTEGER)").connection.close()
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    exc = _error(lambda: engine.connect().execute(text("INSERT INTO t VALUES (1)")))
    engine.dispose()
    said, details = messages.database_problem(exc)
    assert said.startswith("De databank kan alleen gelezen worden")
    assert "readonly" in details


@pytest.mark.parametrize(
    ("driver_says", "start"),
    [
        ("database or disk is full", "Er is geen ruimte meer op de schijf."),
        ('could not extend file "base/1/2": No space left on device', "Er is geen ruimte"),
        ("consuming input failed: server closed the connection unexpectedly", "De verbinding"),
        ("terminating connection due to administrator command", "De verbinding"),
        ("the connection is lost", "De verbinding"),
        ("permission denied for table people", "Keet Desktop mag de databank niet"),
        ("unable to open database file", "Keet Desktop mag de databank niet"),
        ('password authentication failed for user "keet"', "De databankserver weigerde"),
        ("cannot execute UPDATE in a read-only transaction", "De databank kan alleen gelezen"),
        ("canceling statement due to lock timeout", "De databank is bezig."),
        ("something nobody foresaw", "De databankserver is niet bereikbaar."),
    ],
)
def test_each_common_case_has_its_own_plain_words(driver_says, start, translators):
    said, details = messages.database_problem(
        OperationalError("UPDATE people SET x=?", {}, Exception(driver_says))
    )
    assert said.startswith(start), said
    assert "\n\n" in said  # what happened, then what to do
    _plain(said)
    assert details == driver_says


def test_other_errors_and_personal_data(translators):
    error = IntegrityError(
        "INSERT", {}, Exception("duplicate key (email)=(ann@example.be) for Ann\nDETAIL: x")
    )
    said, details = messages.database_problem(error)
    assert said.startswith("De databank kon niet doen wat gevraagd werd.")
    assert "ann@example.be" not in details and "<e-mail>" in details and "DETAIL" not in details


def test_show_error_puts_the_details_behind_the_button(monkeypatch, translators, qtbot, caplog):
    shown = []
    monkeypatch.setattr(messages, "warn", lambda *args: shown.append(args))
    messages.show_error(None, OperationalError("SELECT", {}, Exception("database is locked")))
    [(_parent, title, said, details)] = shown
    assert title == "Probleem met de databank"
    assert "database is locked" not in said and details == "database is locked"
    box = messages.message_box(None, title, said, details)
    qtbot.addWidget(box)
    assert box.detailedText() == "database is locked" and box.text() == said
    assert "database problem (OperationalError)" in caplog.text
