"""Refused scans and ticket codes from other systems.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:45:00
"""

from alembic import op
import sqlalchemy as sa
import keet_desktop.domain.db

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=600), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("scanned_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_scan_log_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_log")),
    )
    with op.batch_alter_table("scan_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scan_log_event_id"), ["event_id"], unique=False)

    op.create_table(
        "external_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_external_codes_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_codes")),
        sa.UniqueConstraint("code", name=op.f("uq_external_codes_code")),
    )
    with op.batch_alter_table("external_codes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_external_codes_registration_id"), ["registration_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("external_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_external_codes_registration_id"))

    op.drop_table("external_codes")
    with op.batch_alter_table("scan_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scan_log_event_id"))

    op.drop_table("scan_log")
