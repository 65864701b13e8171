"""Schema versions: upgrade with Alembic from code, back up first, refuse a newer database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError

from keet_desktop.domain import backups, errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.privacy import encryption

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_TIMEOUT_S = 3600


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against this app's migrations."""

    current: str | None
    head: str
    backup: Path | None = None

    @property
    def up_to_date(self) -> bool:
        """Whether the database is at this app's newest revision."""
        return self.current == self.head


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """Return the newest revision this app knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """Return the database's revision, or None for an empty database."""
    try:
        with db.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise errors.DatabaseError(detail=str(exc.orig)) from exc


def state(db: Database) -> SchemaState:
    """Return where ``db`` stands; raises when it is newer than this app."""
    current = current_revision(db)
    head = head_revision()
    known = {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise errors.DatabaseTooNewError(revision=current, head=head)
    return SchemaState(current, head)


def upgrade(db: Database, *, backup: bool = True) -> SchemaState:
    """Bring ``db`` to this app's newest revision.

    An SQLite database with data at an older revision gets a verified backup first (in the
    ``backups`` folder beside it, see :mod:`keet_desktop.domain.backups`); when that backup
    fails the upgrade does not run. A database newer than the app is refused and left as it is.

    Returns:
        The state after the upgrade, with the backup's path if one was made.
    """
    before = state(db)
    if before.up_to_date:
        return before
    backup_path = None
    if backup and before.current is not None:
        info = backups.backup_before_upgrade(db, before.current)
        backup_path = info.path if info is not None else None
    # A migration may rewrite a large table: no statement or watchdog limit (issue 11).
    with db.engine.execution_options(keet_timeout=MIGRATION_TIMEOUT_S).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database upgraded from %s to %s", before.current, before.head)
    return SchemaState(before.head, before.head, backup_path)


def backup_sqlite(db: Database, *, target: Path | None = None, label: str = "") -> Path | None:
    """Make a verified copy of an SQLite database (see :func:`backups.make_backup`).

    Returns:
        The copy's path, or None when ``db`` is not an SQLite file.
    """
    source = db.sqlite_path
    if source is None:
        return None
    if target is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = source.with_name(f"keet-backup-{label or 'copy'}-{stamp}.sqlite3")
    target.parent.mkdir(parents=True, exist_ok=True)
    if db.passphrase is not None:  # issue 13: a backup of an encrypted database stays encrypted
        encryption.export_copy(source, target, db.passphrase, db.passphrase)
        log.info("encrypted database copied to %s", target)
        return target
    return backups.make_backup(db, target).path  # issue 11: verified, 0600, whole or nothing


def is_empty(db: Database) -> bool:
    """Whether the database has no tables of ours at all."""
    return not inspect(db.engine).get_table_names()
