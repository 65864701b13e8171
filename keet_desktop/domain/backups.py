"""Backups you can trust, and checking a database for damage.

A backup (:func:`make_backup`) is SQLite's online backup of the database into a temporary file
beside the target. It is reported only once verified: ``PRAGMA integrity_check`` of the copy
says "ok" and every table holds as many rows as in the source (counted in the same read
transaction the copy is made from). Then it is fsynced and renamed over the target; a failed
backup leaves nothing behind and says why.

Automatic backups (:func:`daily_backup`, :func:`backup_before_upgrade`) live in the
``backups`` folder beside the database (for the app's own database: the user data folder);
:func:`prune` keeps 7 daily and 4 weekly copies. :func:`restore` copies the current database
first, then puts a verified backup in its place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from keet_desktop.domain import errors, safefile
from keet_desktop.domain.db import Database
from keet_desktop.domain.dbsafety import connect_read_only, file_problem, refuse_unusable_file
from keet_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
BACKUP_SUFFIXES = (".sqlite3", ".sqlite", ".db")
BACKUP_FOLDER = "backups"
DAILY_PREFIX = "keet-daily-"
UPGRADE_PREFIX = "keet-before-upgrade-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_BEFORE_UPGRADE = 4
_DAILY_NAME = re.compile(rf"^{DAILY_PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})\.sqlite3$")


class BackupFailedError(errors.KeetError):
    """A backup could not be made or did not pass its checks; nothing was kept."""

    code = "backup_failed"
    template = QT_TRANSLATE_NOOP("errors", "No backup was made: {detail}")
    exit_code = 3


class BackupSourceDamagedError(BackupFailedError):
    """The database to copy is damaged."""

    code = "backup_source_damaged"
    template = QT_TRANSLATE_NOOP(
        "errors", "No backup was made: the database is damaged ({detail})."
    )


class BackupCopyDamagedError(BackupFailedError):
    """The copy failed its integrity check."""

    code = "backup_copy_damaged"
    template = QT_TRANSLATE_NOOP(
        "errors", "No backup was made: the copy failed its integrity check ({detail})."
    )


class BackupCountMismatchError(BackupFailedError):
    """The copy does not hold as many rows as the database."""

    code = "backup_counts"
    template = QT_TRANSLATE_NOOP(
        "errors", "No backup was made: the copy has {copied} rows in {table} instead of {expected}."
    )


class BackupNotSqliteError(BackupFailedError):
    """Only SQLite databases are copied by the app."""

    code = "backup_not_sqlite"
    template = QT_TRANSLATE_NOOP(
        "errors", "Only an SQLite database can be copied; use pg_dump for PostgreSQL."
    )
    exit_code = 2


PROBLEM_TEXT = {
    "empty": QT_TRANSLATE_NOOP("errors", "the file is empty (0 bytes)"),
    "not_sqlite": QT_TRANSLATE_NOOP("errors", "the file is not an SQLite database"),
}


@dataclass(frozen=True)
class BackupInfo:
    """A verified backup: where it is and how many rows each table holds."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def registrations(self) -> int:
        """How many registrations the backup holds."""
        return self.counts.get("registrations", 0)


@dataclass(frozen=True)
class CheckResult:
    """What checking a database found."""

    path: str
    ok: bool
    problems: list[str]


def integrity_problems(
    connection: sqlite3.Connection, *, quick: bool, limit: int = 10
) -> list[str]:
    """Return what SQLite's quick/integrity check finds (empty when the database is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}({limit})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Return the number of rows of every table (SQLite's own tables left out)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def check_database(db: Database, *, quick: bool = False) -> CheckResult:
    """Check ``db`` for damage: SQLite's integrity (or quick) check; a query on PostgreSQL."""
    path = db.sqlite_path
    if path is None:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return CheckResult(db.display_url(), True, [])
    problem = file_problem(path)
    if problem is not None:
        return CheckResult(str(path), False, [PROBLEM_TEXT[problem]])
    with contextlib.closing(_connect_read_only(path)) as connection:
        problems = integrity_problems(connection, quick=quick)
    return CheckResult(str(path), not problems, problems)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    connection = connect_read_only(path)
    connection.isolation_level = None
    return connection


@contextlib.contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target``, removed unless it was renamed."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise safefile.translate_os_error(exc, target) from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        for extra in ("", "-journal", "-wal", "-shm"):
            Path(name + extra).unlink(missing_ok=True)


def copy_verified(source: Path, target: Path, *, force: bool = False) -> BackupInfo:
    """Copy the SQLite database ``source`` to ``target``, verified, whole or not at all.

    Raises:
        BackupFailedError: The source is damaged, or the copy did not match it.
        DiskFullError: The target's disk is full.
        FileRefusedError: The target may not be written (see :func:`safefile.check_target`).
    """
    target = safefile.check_target(
        target, suffixes=BACKUP_SUFFIXES, force=force, protected=[source]
    )
    refuse_unusable_file(source)
    with _temporary_beside(target) as temporary:
        try:
            counts = _copy(source, temporary)
        except sqlite3.DatabaseError as exc:
            raise _sqlite_failure(exc, source, target) from exc
        except OSError as exc:
            raise safefile.translate_os_error(exc, target) from exc
        try:
            with temporary.open("rb+") as stream:
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            raise safefile.translate_os_error(exc, target) from exc
    log.info("verified backup written (%d tables)", len(counts))
    return BackupInfo(target, counts)


def _sqlite_failure(
    exc: sqlite3.DatabaseError,
    source: Path,  # noqa: ARG001 - named for symmetry with the callers
    target: Path,
) -> errors.KeetError:
    text = str(exc)
    if "full" in text:
        folder = target.parent
        return safefile.DiskFullError(
            file=str(target), folder=str(folder), free_mb=safefile.free_megabytes(folder)
        )
    if isinstance(exc, _CopyMismatch):
        return BackupCountMismatchError(None, **exc.details)
    if isinstance(exc, _CopyDamaged):
        return BackupCopyDamagedError(detail=text)
    return BackupSourceDamagedError(detail=text)


class _CopyDamaged(sqlite3.DatabaseError):
    pass


class _CopyMismatch(sqlite3.DatabaseError):
    def __init__(self, table: str, copied: int, expected: int) -> None:
        super().__init__(table)
        self.details = {"table": table, "copied": copied, "expected": expected}


def _copy(source: Path, temporary: Path) -> dict[str, int]:
    with contextlib.closing(_connect_read_only(source)) as src:
        src.execute("BEGIN")  # counts and copy from one snapshot
        counts = table_counts(src)
        with contextlib.closing(sqlite3.connect(temporary)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = integrity_problems(dst, quick=False)
            if problems:
                source_problems = integrity_problems(src, quick=True)
                if source_problems:  # the copy is damaged because the database is
                    raise sqlite3.DatabaseError("; ".join(source_problems[:3]))
                raise _CopyDamaged("; ".join(problems[:3]))
            copied = table_counts(dst)
        src.execute("COMMIT")
    for table, expected in counts.items():
        if copied.get(table) != expected:
            raise _CopyMismatch(table, copied.get(table, 0), expected)
    return counts


def make_backup(db: Database, target: Path, *, force: bool = False) -> BackupInfo:
    """Make a verified backup of ``db`` (an SQLite database) at ``target``."""
    source = db.sqlite_path
    if source is None:
        raise BackupNotSqliteError()
    return copy_verified(source, target, force=force)


def backup_folder(db: Database) -> Path | None:
    """Return the folder of automatic backups (beside the database), or None for PostgreSQL."""
    path = db.sqlite_path
    return None if path is None else path.parent / BACKUP_FOLDER


def _folder(db: Database) -> Path | None:
    folder = backup_folder(db)
    if folder is not None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def daily_backup(db: Database, today: date | None = None) -> BackupInfo | None:
    """At the first start of a day, back up the database and prune old copies.

    Returns:
        The new backup, or None when today's exists already (or for PostgreSQL or a
        database with no tables yet).
    """
    folder = _folder(db)
    source = db.sqlite_path
    if folder is None or source is None or not source.exists() or source.stat().st_size == 0:
        return None
    day = today or date.today()
    target = folder / f"{DAILY_PREFIX}{day.isoformat()}.sqlite3"
    if target.exists():
        return None
    info = copy_verified(source, target)
    prune(folder, day)
    return info


def backup_before_upgrade(db: Database, revision: str) -> BackupInfo | None:
    """Back up the database before an upgrade (None for PostgreSQL); raises when it fails."""
    folder = _folder(db)
    if folder is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{UPGRADE_PREFIX}{revision}-{stamp}.sqlite3"
    info = make_backup(db, target)
    old = sorted(folder.glob(f"{UPGRADE_PREFIX}*.sqlite3"))[:-KEEP_BEFORE_UPGRADE]
    for path in old:
        path.unlink(missing_ok=True)
    return info


def prune(folder: Path, today: date) -> list[Path]:  # noqa: ARG001 - kept for callers
    """Keep the newest 7 daily backups and, beyond those, the newest of each of 4 weeks.

    Returns:
        The removed files.
    """
    dated = []
    for path in folder.glob(f"{DAILY_PREFIX}*.sqlite3"):
        match = _DAILY_NAME.match(path.name)
        if match:
            dated.append((date.fromisoformat(match.group(1)), path))
    dated.sort(reverse=True)
    keep = {path for _day, path in dated[:KEEP_DAILY]}
    weeks: set[tuple[int, int]] = set()
    for day, path in dated[KEEP_DAILY:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(path)
    removed = [path for _day, path in dated if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(db: Database) -> list[BackupInfo]:
    """Return the automatic backups, newest first, with their row counts."""
    folder = backup_folder(db)
    if folder is None or not folder.is_dir():
        return []
    found = []
    for path in folder.glob("keet-*.sqlite3"):
        try:
            with contextlib.closing(_connect_read_only(path)) as connection:
                counts = table_counts(connection)
        except sqlite3.DatabaseError:
            counts = {}
        found.append(BackupInfo(path, counts))
    found.sort(key=lambda info: info.path.stat().st_mtime, reverse=True)
    return found


@dataclass(frozen=True)
class RestoreResult:
    """A restore: the file put back and where the replaced database was copied."""

    restored: Path
    backup_of_current: Path | None


def restore(db: Database, backup: Path) -> RestoreResult:
    """Put the verified ``backup`` in place of ``db``, after copying the current database.

    The current database is copied first (verified when it is sound, byte for byte when it is
    damaged, so nothing is ever lost). ``db`` is disposed; open it again afterwards.
    """
    target = db.sqlite_path
    if target is None:
        raise BackupNotSqliteError()
    refuse_unusable_file(backup)
    folder = _folder(db)
    assert folder is not None
    db.dispose()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    current_copy: Path | None = folder / f"keet-before-restore-{stamp}.sqlite3"
    assert current_copy is not None
    if target.exists() and target.stat().st_size > 0:
        try:
            copy_verified(target, current_copy)
        except BackupFailedError:  # damaged: keep it as it is, byte for byte
            safefile.write_bytes(current_copy, target.read_bytes(), suffixes=BACKUP_SUFFIXES)
    else:
        current_copy = None
    copy_verified(backup, target, force=True)
    for extra in ("-wal", "-shm", "-journal"):
        target.with_name(target.name + extra).unlink(missing_ok=True)
    return RestoreResult(target, current_copy)
