"""What can go wrong around the database, said in words a person understands, and in time.

- :class:`DatabaseTimeouts`: connect, statement and lock timeouts and TCP keepalives for
  PostgreSQL, and the busy wait of SQLite (configurable; ``KEET_DB_TIMEOUT`` and
  ``KEET_DB_CONNECT_TIMEOUT`` in seconds override the defaults).
- A frozen PostgreSQL server (``SIGSTOP``) still acknowledges TCP, so neither keepalives nor
  the server's own ``statement_timeout`` end a wait for it. A watchdog thread therefore shuts
  the socket of any call (statement, commit, rollback, ping) that has waited longer than
  ``DatabaseTimeouts.response`` seconds; the call then fails with
  :class:`DatabaseTimeoutError` and the connection is thrown away.
- :func:`install` turns the driver's errors into :class:`KeetError` subclasses the UI and the
  CLI show as they are: :class:`DatabaseTimeoutError`, :class:`DatabaseBusyError`,
  :class:`DatabaseDiskFullError`, :class:`DatabaseDamagedError`,
  :class:`DatabaseReadOnlyError` (all :class:`~keet_desktop.domain.errors.DatabaseError`,
  exit code 3).
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from keet_desktop.domain import errors
from keet_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
ENV_TIMEOUT = "KEET_DB_TIMEOUT"
ENV_CONNECT_TIMEOUT = "KEET_DB_CONNECT_TIMEOUT"
SQLITE_HEADER = b"SQLite format 3\x00"
LOW_SPACE_BYTES = 2_000_000
EXECUTEMANY_FACTOR = 10


class DatabaseTimeoutError(errors.DatabaseError):
    """The database server did not answer in time (frozen, unreachable or overloaded).

    Nothing was changed by the call that timed out; it can simply be tried again.
    """

    code = "database_timeout"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server did not answer within {seconds} seconds. Nothing was changed; "
        "try again in a moment.",
    )


class DatabaseBusyError(errors.DatabaseError):
    """Another desk or program held the database longer than the busy wait allows."""

    code = "database_busy"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database is busy (another desk or program is writing) and stayed so for "
        "{seconds} seconds. Nothing was changed; try again in a moment.",
    )


class DatabaseDiskFullError(errors.DatabaseError):
    """The disk holding the database is full."""

    code = "database_disk_full"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The disk holding the database ({folder}) is full: free {free_mb} MB. Nothing was "
        "changed; make room, or export and back up to another disk.",
    )


class DatabaseReadOnlyError(errors.DatabaseError):
    """The database (its file or its disk) cannot be written."""

    code = "database_read_only"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} can only be read (a read-only file or disk). Nothing was "
        "changed; export and backup still work.",
    )


class DatabaseDamagedError(errors.DatabaseError):
    """The database file is damaged (fails SQLite's integrity checks)."""

    code = "database_damaged"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is damaged ({detail}). Nothing was changed: export what can be "
        "read, or restore the latest good backup (keet db restore FILE).",
    )


class NotADatabaseError(errors.DatabaseError):
    """The file is not an SQLite database; it is never silently made a new one."""

    code = "not_a_database"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a Keet database. It was left alone: restore a backup "
        "(keet db restore FILE) or move the file away to start a new database.",
    )


class EmptyDatabaseFileError(NotADatabaseError):
    """The database file is empty (0 bytes)."""

    code = "empty_database_file"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is empty (0 bytes), not a Keet database. It was left alone: restore a backup "
        "(keet db restore FILE) or move the file away to start a new database.",
    )


def _env_seconds(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass(frozen=True)
class DatabaseTimeouts:
    """How long to wait for the database, in seconds.

    Attributes:
        connect: Establishing a PostgreSQL connection.
        statement: PostgreSQL's ``statement_timeout`` (the server stops a slow statement).
        lock: PostgreSQL's ``lock_timeout`` (waiting for another desk's row lock).
        response: The client's limit for any answer; ends waits on a frozen server.
        keepalive_idle: Seconds of silence before TCP keepalives start.
        keepalive_interval: Seconds between keepalives.
        keepalive_count: Unanswered keepalives before the connection is given up.
        busy: SQLite's busy wait for another writer.
    """

    connect: float = 5.0
    statement: float = 10.0
    lock: float = 5.0
    response: float = 12.0
    keepalive_idle: int = 5
    keepalive_interval: int = 2
    keepalive_count: int = 3
    busy: float = 15.0

    @classmethod
    def from_environment(cls) -> DatabaseTimeouts:
        """The defaults, with ``KEET_DB_TIMEOUT`` / ``KEET_DB_CONNECT_TIMEOUT`` applied."""
        seconds = _env_seconds(ENV_TIMEOUT, 0)
        connect = _env_seconds(ENV_CONNECT_TIMEOUT, cls.connect)
        if not seconds:
            return cls(connect=connect)
        return cls(
            connect=connect,
            statement=seconds,
            lock=min(cls.lock, seconds),
            response=seconds + 2,
            busy=seconds,
        )

    def postgres_connect_args(self) -> dict[str, Any]:
        """Libpq connection parameters for these timeouts."""
        options = (
            f"-c statement_timeout={int(self.statement * 1000)}"
            f" -c lock_timeout={int(self.lock * 1000)}"
            f" -c idle_in_transaction_session_timeout={int(max(60, self.response * 5) * 1000)}"
        )
        return {
            "connect_timeout": max(1, round(self.connect)),
            "keepalives": 1,
            "keepalives_idle": self.keepalive_idle,
            "keepalives_interval": self.keepalive_interval,
            "keepalives_count": self.keepalive_count,
            "tcp_user_timeout": int(self.response * 1000),
            "options": options,
        }


class Watchdog:
    """Shuts the socket of a PostgreSQL call that waits longer than ``limit`` seconds."""

    def __init__(self, limit: float) -> None:
        """Watch calls for at most ``limit`` seconds each."""
        self.limit = limit
        self._calls: dict[int, tuple[float, int]] = {}
        self._fired: set[int] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def guard(self, call: Callable[..., Any], factor: float = 1) -> Callable[..., Any]:
        """Wrap a dialect method whose first argument is a DBAPI connection or cursor.

        The limit is ``factor`` times the watchdog's, or the statement's execution option
        ``keet_timeout`` (seconds; migrations set it).
        """

        def guarded(target: Any, *args: Any, **kwargs: Any) -> Any:
            # A DBAPI connection (or SQLAlchemy's proxy of one) or a cursor.
            connection = (
                target if hasattr(target, "pgconn") else getattr(target, "connection", None)
            )
            context = args[2] if len(args) > 2 else kwargs.get("context")
            options = getattr(context, "execution_options", None) or {}
            key = self._arm(connection, options.get("keet_timeout", self.limit * factor))
            try:
                return call(target, *args, **kwargs)
            except Exception as exc:
                if self._disarm(key):
                    exc.keet_timed_out = True  # type: ignore[attr-defined]
                raise
            finally:
                self._disarm(key)

        return guarded

    def _arm(self, connection: Any, limit: float) -> int | None:
        try:
            fd = connection.pgconn.socket
        except Exception:  # closed or not a psycopg connection: nothing to watch
            return None
        key = id(connection)
        with self._lock:
            self._calls[key] = (time.monotonic() + limit, fd)
            self._fired.discard(key)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="keet-db-watchdog")
                self._thread.daemon = True
                self._thread.start()
        return key

    def _disarm(self, key: int | None) -> bool:
        """Stop watching; return whether the watchdog fired for this call."""
        if key is None:
            return False
        with self._lock:
            self._calls.pop(key, None)
            return key in self._fired

    def _run(self) -> None:
        while True:
            time.sleep(min(0.1, self.limit / 4))
            now = time.monotonic()
            with self._lock:
                late = [(k, fd) for k, (deadline, fd) in self._calls.items() if deadline < now]
                for key, _fd in late:
                    del self._calls[key]
                    self._fired.add(key)
            for _key, fd in late:
                log.warning("a database call took too long; closing its connection")
                _shut(fd)


def _shut(fd: int) -> None:
    try:
        sock = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


_GUARDED = (
    "do_execute",
    "do_executemany",
    "do_execute_no_params",
    "do_commit",
    "do_rollback",
    "do_ping",
)


def install(engine: Engine, timeouts: DatabaseTimeouts, *, path: Path | None = None) -> None:
    """Add the watchdog (PostgreSQL) and the translation of driver errors to ``engine``."""
    if engine.dialect.name == "postgresql":
        watchdog = Watchdog(timeouts.response)
        dialect = engine.dialect
        for name in _GUARDED:
            # Many rows in one call (an import) may take longer than one statement.
            factor = EXECUTEMANY_FACTOR if name == "do_executemany" else 1
            setattr(dialect, name, watchdog.guard(getattr(dialect, name), factor))
    event.listen(engine, "handle_error", _translator(engine, timeouts, path))


def _translator(
    engine: Engine, timeouts: DatabaseTimeouts, path: Path | None
) -> Callable[[ExceptionContext], None]:
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if path is None and database and database != ":memory:":
        path = Path(database).expanduser()

    def translate(context: ExceptionContext) -> None:
        original = context.original_exception
        if getattr(original, "keet_timed_out", False):
            context.is_disconnect = True
            raise DatabaseTimeoutError(seconds=round(timeouts.response)) from original
        problem = describe(original, path, timeouts)
        if problem is not None:
            raise problem from original

    return translate


def describe(
    exc: BaseException, path: Path | None, timeouts: DatabaseTimeouts
) -> errors.DatabaseError | None:
    """Return the error that says what ``exc`` (from the driver) means, or None."""
    text = str(exc).lower()
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate in ("57014", "55P03"):  # statement or lock timeout on PostgreSQL
        return DatabaseTimeoutError(seconds=round(timeouts.statement))
    if path is None:
        if "timeout expired" in text:  # libpq's connect_timeout
            return DatabaseTimeoutError(seconds=round(timeouts.connect))
        return None
    folder = path.parent
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseBusyError(seconds=round(timeouts.busy))
    if "disk is full" in text or ("disk i/o error" in text and low_on_space(folder)):
        return DatabaseDiskFullError(folder=str(folder), free_mb=free_megabytes(folder))
    if "malformed" in text or "file is not a database" in text:
        return DatabaseDamagedError(path=str(path), detail=str(exc))
    if "readonly database" in text or "read-only" in text:
        return DatabaseReadOnlyError(path=str(path))
    if "unable to open database file" in text and path.exists() and not writable(path):
        return DatabaseReadOnlyError(path=str(path))
    return None


def writable(path: Path) -> bool:
    """Whether ``path`` and its folder can be written (file permissions and the disk)."""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return False
    except (OSError, AttributeError):
        pass
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def free_megabytes(folder: Path) -> int:
    """Return the free space on the disk holding ``folder`` in MB (0 when unknown)."""
    try:
        return int(os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize // 1_000_000)
    except (OSError, AttributeError):
        return 0


def low_on_space(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (almost) no room left."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stat.f_bavail * stat.f_frsize < LOW_SPACE_BYTES


def file_problem(path: Path) -> str | None:
    """Return ``"empty"`` or ``"not_sqlite"`` when ``path`` exists but is no database."""
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return None
    if not header:
        return "empty"
    if header != SQLITE_HEADER:
        return "not_sqlite"
    return None


def wal_is_empty(path: Path) -> bool:
    """Whether the write-ahead log of ``path`` holds nothing (so the file alone is complete)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """Open ``path`` read-only, also on a full or read-only disk.

    SQLite first tries an ordinary read-only connection (which needs the ``-shm`` file). When
    that cannot be made (no room for it, a read-only disk) and the write-ahead log is empty,
    the file is opened as immutable: everything committed is in it.
    """
    connection = sqlite3.connect(
        f"file:{path}?mode=ro", uri=True, timeout=timeout, check_same_thread=False
    )
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        if not wal_is_empty(path):
            raise
        connection = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, timeout=timeout, check_same_thread=False
        )
    return connection


def refuse_unusable_file(path: Path | None) -> None:
    """Raise when ``path`` exists but is empty or not SQLite (never made a new database)."""
    if path is None:
        return
    problem = file_problem(path)
    if problem == "empty":
        raise EmptyDatabaseFileError(path=str(path))
    if problem is not None:
        raise NotADatabaseError(path=str(path))
