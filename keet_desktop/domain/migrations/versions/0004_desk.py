"""Check-in desk: search keys of people, an index for the desks' change token.

Revision ID: 0004_desk
Revises: 0002
Create Date: 2026-11-27 04:00:00
"""

from alembic import op
import sqlalchemy as sa

from keet_desktop.domain.search import search_key_rows

revision = "0004_desk"
down_revision = "0002"
branch_labels = None
depends_on = None

_KEY = sa.String(length=400).with_variant(sa.String(length=400, collation="C"), "postgresql")


def upgrade() -> None:
    keys = op.create_table(
        "person_search_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("key", _KEY, nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_search_keys_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_search_keys")),
    )
    with op.batch_alter_table("person_search_keys", schema=None) as batch_op:
        batch_op.create_index(
            "ix_person_search_keys_key_person", ["key", "person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_person_search_keys_person_id"), ["person_id"], unique=False
        )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(
            "ix_checkins_undone_at",
            ["undone_at"],
            unique=False,
            sqlite_where=sa.text("undone_at IS NOT NULL"),
            postgresql_where=sa.text("undone_at IS NOT NULL"),
        )
    _index_existing_people(keys)


def _index_existing_people(keys: sa.Table) -> None:
    bind = op.get_bind()
    people = sa.table(
        "people",
        sa.column("id", sa.Integer),
        sa.column("given_name", sa.String),
        sa.column("family_name", sa.String),
        sa.column("organisation", sa.String),
        sa.column("email", sa.String),
    )
    rows = []
    for person in bind.execute(sa.select(people)).all():
        rows.extend(
            search_key_rows(
                person.id,
                person.given_name,
                person.family_name,
                person.organisation or "",
                person.email,
            )
        )
        if len(rows) >= 5000:
            bind.execute(sa.insert(keys), rows)
            rows = []
    if rows:
        bind.execute(sa.insert(keys), rows)


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_checkins_undone_at")
    with op.batch_alter_table("person_search_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_search_keys_person_id"))
        batch_op.drop_index("ix_person_search_keys_key_person")
    op.drop_table("person_search_keys")
