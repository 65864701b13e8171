"""Issue 14: filter as you type served by a trigram index over each person's folded search text.

``people.organisation_key``: the organisation folded (no case, no accents), next to the
``name_key`` and ``email_key`` that exist already. Then a trigram index over those three:

* SQLite: the FTS5 table ``people_trgm`` (``tokenize='trigram'``), an external-content table
  over ``people`` kept in step by triggers on ``people`` (insert, update, delete), so bulk
  inserts, imports, merges and erasures need no code of their own. The model writes
  ``organisation_key`` with every organisation; when a statement that does not go through the
  model (a bulk UPDATE, an erasure) changes an organisation to plain ASCII and leaves the key
  as it was, the update trigger puts ``lower(organisation)`` in it (the folding, for ASCII),
  so an old organisation is not found any more. Not for other letters, which SQL cannot fold:
  that key stays until the person is next saved through the model.
* PostgreSQL: the trusted extension ``pg_trgm`` and one GIN index (``gin_trgm_ops``) over the
  three columns; a ``BEFORE UPDATE`` trigger keeps ``organisation_key`` like on SQLite. When the
  extension cannot be created (no rights), the index is left out and a note is logged: the
  filter then scans, as before.

The folding is FROZEN here, as it was when this migration was written (see 0009_fold_keys).

Revision ID: 0016_trigram
Revises: 0014_desk
Create Date: 2026-11-30 05:40:00
"""

from __future__ import annotations

import logging
import unicodedata

import sqlalchemy as sa
from alembic import op
from anyascii import anyascii
from sqlalchemy.exc import DBAPIError

revision = "0016_trigram"
down_revision = "0014_desk"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)
_BATCH = 10_000

SQLITE_UP = [
    "CREATE VIRTUAL TABLE people_trgm USING fts5(name_key, email_key, organisation_key,"
    " content='people', content_rowid='id', tokenize='trigram')",
    "INSERT INTO people_trgm(people_trgm) VALUES ('rebuild')",
    """CREATE TRIGGER people_trgm_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_trgm(rowid, name_key, email_key, organisation_key)
        VALUES (new.id, new.name_key, new.email_key, new.organisation_key);
    END""",
    """CREATE TRIGGER people_trgm_delete AFTER DELETE ON people BEGIN
        INSERT INTO people_trgm(people_trgm, rowid, name_key, email_key, organisation_key)
        VALUES ('delete', old.id, old.name_key, old.email_key, old.organisation_key);
    END""",
    """CREATE TRIGGER people_trgm_update
    AFTER UPDATE OF id, name_key, email_key, organisation, organisation_key ON people BEGIN
        INSERT INTO people_trgm(people_trgm, rowid, name_key, email_key, organisation_key)
        VALUES ('delete', old.id, old.name_key, old.email_key, old.organisation_key);
        UPDATE people SET organisation_key = lower(new.organisation)
        WHERE id = new.id AND new.organisation IS NOT old.organisation
            AND new.organisation_key IS old.organisation_key
            AND NOT new.organisation GLOB '*[^ -~]*';
        INSERT INTO people_trgm(rowid, name_key, email_key, organisation_key)
        SELECT id, name_key, email_key, organisation_key FROM people WHERE id = new.id;
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS people_trgm_update",
    "DROP TRIGGER IF EXISTS people_trgm_delete",
    "DROP TRIGGER IF EXISTS people_trgm_insert",
    "DROP TABLE IF EXISTS people_trgm",
]
POSTGRES_KEY_TRIGGER = [
    """CREATE FUNCTION people_organisation_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.organisation IS DISTINCT FROM OLD.organisation
            AND NEW.organisation_key IS NOT DISTINCT FROM OLD.organisation_key
            AND NEW.organisation !~ '[^ -~]' THEN
            NEW.organisation_key := lower(NEW.organisation);
        END IF;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER people_organisation_key BEFORE UPDATE OF organisation ON people"
    " FOR EACH ROW EXECUTE FUNCTION people_organisation_key()",
]
POSTGRES_INDEX = (
    "CREATE INDEX ix_people_trgm ON people USING gin"
    " (name_key gin_trgm_ops, email_key gin_trgm_ops, organisation_key gin_trgm_ops)"
)
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_people_trgm",
    "DROP TRIGGER IF EXISTS people_organisation_key ON people",
    "DROP FUNCTION IF EXISTS people_organisation_key()",
]


def _fold_char(char: str) -> str:
    if char.isascii():
        return char
    if unicodedata.combining(char):
        return ""
    if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return str(anyascii(char))


def _fold(value: str) -> str:
    text = unicodedata.normalize("NFC", value or "")
    if not text.isascii():
        text = "".join(map(_fold_char, text))
    return " ".join(text.casefold().split())


def _backfill(bind: sa.Connection) -> None:
    """Fill ``organisation_key`` from a small table of each distinct organisation."""
    bind.execute(
        sa.text(
            "CREATE TEMPORARY TABLE keet_organisation_keys"
            " (organisation TEXT PRIMARY KEY, organisation_key TEXT NOT NULL)"
        )
    )
    names = bind.execute(sa.text("SELECT DISTINCT organisation FROM people")).scalars()
    rows = [{"o": name, "k": _fold(name)} for name in names if name]
    insert = sa.text("INSERT INTO keet_organisation_keys VALUES (:o, :k)")
    for start in range(0, len(rows), _BATCH):
        bind.execute(insert, rows[start : start + _BATCH])
    bind.execute(
        sa.text(
            "UPDATE people SET organisation_key = (SELECT k.organisation_key"
            " FROM keet_organisation_keys k WHERE k.organisation = people.organisation)"
            " WHERE organisation <> ''"
        )
    )
    bind.execute(sa.text("DROP TABLE keet_organisation_keys"))


def _postgres_index(bind: sa.Connection) -> None:
    """The GIN trigram index, or a note (no personal data) when pg_trgm is not allowed."""
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except DBAPIError as exc:
        log.warning(
            "pg_trgm could not be created (%s); the people filter scans instead of using an index",
            type(exc.orig).__name__,
        )
        return
    bind.execute(sa.text(POSTGRES_INDEX))
    bind.execute(sa.text("ANALYZE people"))  # the planner's estimates for the new column


def upgrade() -> None:
    """Add ``organisation_key``, fill it, then the trigram index of the database."""
    op.add_column(  # ALTER TABLE ... ADD COLUMN, on SQLite too (no copy of the table)
        "people", sa.Column("organisation_key", sa.Text(), nullable=False, server_default="")
    )
    bind = op.get_bind()
    _backfill(bind)
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            bind.exec_driver_sql(statement)
    elif bind.dialect.name == "postgresql":
        for statement in POSTGRES_KEY_TRIGGER:
            bind.exec_driver_sql(statement)
        _postgres_index(bind)


def downgrade() -> None:
    """Remove the trigram index, its triggers and ``organisation_key``."""
    bind = op.get_bind()
    for statement in SQLITE_DOWN if bind.dialect.name == "sqlite" else POSTGRES_DOWN:
        bind.exec_driver_sql(statement)
    # Not a batch copy of the table: dropping ``people`` would cascade to the registrations.
    bind.exec_driver_sql("ALTER TABLE people DROP COLUMN organisation_key")
