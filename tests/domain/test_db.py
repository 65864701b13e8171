"""Write-session events stay attached to the database they were attached to (issue 16)."""

from sqlalchemy import event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from keet_desktop.domain.db import Database, sqlite_url


class _Base(DeclarativeBase):
    pass


class _Row(_Base):
    __tablename__ = "rows"
    id: Mapped[int] = mapped_column(primary_key=True)


def test_a_database_attaches_its_write_listener_whatever_sqlalchemy_remembers(
    tmp_path, monkeypatch
):
    """SQLAlchemy's ``event.contains`` keys its registry by ``id()``: a new database whose
    session class took a collected one's address was told "attached already" and skipped
    the listener, so the outbox queued nothing (a test failed now and then in long runs).
    The database keeps its own record instead.
    """
    monkeypatch.setattr(event, "contains", lambda *args: True)  # the stale answer
    flushed = []
    db = Database.open(sqlite_url(tmp_path / "db.sqlite3"))
    _Base.metadata.create_all(db.engine)

    def on_flush(session, _context):
        flushed.append(len(session.new))

    db.listen_writes("after_flush", on_flush)
    db.listen_writes("after_flush", on_flush)  # twice: attached once
    with db.write() as session:
        session.add(_Row())
    assert flushed == [1]
    db.unlisten_writes("after_flush", on_flush)
    with db.write() as session:
        session.add(_Row())
    assert flushed == [1]
    db.dispose()
