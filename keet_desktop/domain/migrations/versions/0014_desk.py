"""The desk records why it let someone in beyond the capacity; walk-ins counted by index.

Revision ID: 0014_desk
Revises: 0015_search_index
Create Date: 2026-11-30 03:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_desk"
down_revision = "0015_search_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("override_reason", sa.Text(), nullable=False, server_default="")
        )
    op.create_index(
        "ix_registrations_walk_ins",
        "registrations",
        ["event_id", "status"],
        sqlite_where=sa.text("source = 'walk_in'"),
        postgresql_where=sa.text("source = 'walk_in'"),
    )


def downgrade() -> None:
    op.drop_index("ix_registrations_walk_ins", table_name="registrations")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_column("override_reason")
