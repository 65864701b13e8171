"""Counts at a million registrations: a covering index for counts per event, status and role.

The events list counts every event's registrations in one grouped query, and an event page
counts one event's; with ``(event_id, status, role)`` both read only the index, never the
table (issue 14).

Revision ID: 0015_search_index
Revises: 0012_outbox
Create Date: 2026-11-30 03:20:00
"""

from alembic import op

revision = "0015_search_index"
down_revision = "0012_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registrations_event_status_role", ["event_id", "status", "role"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("ix_registrations_event_status_role")
