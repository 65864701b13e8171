"""Desks notice registrations changed elsewhere (cancelled, promoted): index on updated_at.

Revision ID: 0008_registration_changes
Revises: 0007_schedule
Create Date: 2026-11-27 04:50:00
"""

from alembic import op

revision = "0008_registration_changes"
down_revision = "0007_schedule"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registrations_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registrations_updated_at"))
