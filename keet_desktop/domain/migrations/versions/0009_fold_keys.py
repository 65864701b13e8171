"""One folding for search, duplicates and sorting; the organisation's own settings.

Issue 20: ``people.sort_key`` (folded "family given", collation "C" on PostgreSQL) and every
stored folded key (``people.name_key``, ``person_search_keys``) rebuilt with the folding that
maps every Latin letter to ASCII ("Lætitia" → "laetitia"). The folding is FROZEN here, as it
was when this migration was written: a later change to ``keet_desktop.domain.text`` must not
change what this migration does.

Issue 17: the ``organisation`` table (one row: name, address, language, logo for badges and
certificates, default venue).

Revision ID: 0009_fold_keys
Revises: 0011_reporting
Create Date: 2026-11-30 03:10:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op
from anyascii import anyascii

revision = "0009_fold_keys"
down_revision = "0011_reporting"
branch_labels = None
depends_on = None

_KEY = sa.String(length=400).with_variant(sa.String(length=400, collation="C"), "postgresql")
_BATCH = 5_000
_MAX_KEY = 400
_SORT_SEPARATOR = "\x1f"


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


def _search_keys(given: str, family: str, organisation: str, email: str | None) -> list[str]:
    given_f, family_f = _fold(given), _fold(family)
    keys = [f"{given_f} {family_f}".strip(), f"{family_f} {given_f}".strip()]
    words = family_f.split()
    for start in range(1, len(words)):
        keys.append(" ".join([*words[start:], given_f]).strip())
    keys.append(_fold(organisation))
    keys.append(_fold(email or ""))
    return [key[:_MAX_KEY] for key in dict.fromkeys(keys) if key]


_people = sa.table(
    "people",
    sa.column("id", sa.Integer),
    sa.column("given_name", sa.String),
    sa.column("family_name", sa.String),
    sa.column("organisation", sa.String),
    sa.column("email", sa.String),
    sa.column("name_key", sa.String),
    sa.column("sort_key", sa.String),
)
_search = sa.table(
    "person_search_keys",
    sa.column("person_id", sa.Integer),
    sa.column("key", sa.String),
)


def _batches(connection: sa.Connection) -> Iterator[list[Any]]:
    last = 0
    columns = (_people.c.id, _people.c.given_name, _people.c.family_name)
    extra = (_people.c.organisation, _people.c.email)
    while True:
        query = sa.select(*columns, *extra).where(_people.c.id > last)
        rows = list(connection.execute(query.order_by(_people.c.id).limit(_BATCH)))
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _rebuild_keys(connection: sa.Connection) -> None:
    update = (
        sa.update(_people)
        .where(_people.c.id == sa.bindparam("pid"))
        .values(name_key=sa.bindparam("nk"), sort_key=sa.bindparam("sk"))
    )
    for rows in _batches(connection):
        changes = [
            {
                "pid": r.id,
                "nk": _fold(f"{r.given_name} {r.family_name}"),
                "sk": f"{_fold(r.family_name)}{_SORT_SEPARATOR}{_fold(r.given_name)}"[:_MAX_KEY],
            }
            for r in rows
        ]
        connection.execute(update, changes)
        ids = [r.id for r in rows]
        connection.execute(sa.delete(_search).where(_search.c.person_id.in_(ids)))
        keys = [
            {"person_id": r.id, "key": key}
            for r in rows
            for key in _search_keys(r.given_name, r.family_name, r.organisation, r.email)
        ]
        if keys:
            connection.execute(sa.insert(_search), keys)


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_key", _KEY, nullable=False, server_default=""))
    _rebuild_keys(op.get_bind())
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_sort_key"), ["sort_key"], unique=False)
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_type", sa.String(length=20), nullable=False),
        sa.Column("default_venue_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["default_venue_id"], ["venues.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("organisation")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_sort_key"))
        batch_op.drop_column("sort_key")
