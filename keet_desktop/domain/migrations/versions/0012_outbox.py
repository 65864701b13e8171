"""The outbox of e-mails, the mail settings and the organiser's mail templates (issue 16).

Revision ID: 0012_outbox
Revises: 0009_fold_keys
Create Date: 2026-11-30 03:00:00
"""

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0012_outbox"
down_revision = "0009_fold_keys"
branch_labels = None
depends_on = None


def _stamp(name: str, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _stamp("next_attempt_at"),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=False),
        _stamp("claimed_at", nullable=True),
        _stamp("sent_at", nullable=True),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        _stamp("created_at"),
        _stamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_outbox_event_id_events", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_outbox_person_id_people", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name="fk_outbox_registration_id_registrations",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("key", "version", name="uq_outbox_key"),
    )
    op.create_index("ix_outbox_person_id", "outbox", ["person_id"])
    op.create_index("ix_outbox_registration_id", "outbox", ["registration_id"])
    op.create_index("ix_outbox_state_next_attempt_at", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "mail_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("host", sa.String(length=300), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=300), nullable=False),
        sa.Column("sender_name", sa.String(length=300), nullable=False),
        sa.Column("sender_address", sa.String(length=320), nullable=False),
        sa.Column("reminder_days", sa.Integer(), nullable=False),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_mail_settings"),
    )
    op.create_table(
        "mail_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _stamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_mail_templates"),
        sa.UniqueConstraint("kind", "language", name="uq_mail_templates_kind"),
    )


def downgrade() -> None:
    op.drop_table("mail_templates")
    op.drop_table("mail_settings")
    op.drop_index("ix_outbox_state_next_attempt_at", table_name="outbox")
    op.drop_index("ix_outbox_registration_id", table_name="outbox")
    op.drop_index("ix_outbox_person_id", table_name="outbox")
    op.drop_table("outbox")
