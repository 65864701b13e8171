"""Check-ins carry their registration's event, indexed: the desk recounts what is present.

The desk's counters and undo list read one event's standing check-ins through
``ix_checkins_event_desk`` instead of every registration of the event.

Revision ID: 0018_checkin_index
Revises: 0014_desk
Create Date: 2026-11-30 06:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_checkin_index"
down_revision = "0017_funder_consent"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("checkins", sa.Column("event_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE checkins SET event_id = (SELECT registrations.event_id FROM registrations"
        " WHERE registrations.id = checkins.registration_id)"
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.alter_column("event_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            "fk_checkins_event_id_events", "events", ["event_id"], ["id"], ondelete="CASCADE"
        )
    op.create_index("ix_checkins_event_desk", "checkins", ["event_id", "desk", "undone_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_checkins_event_desk", table_name="checkins")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_constraint("fk_checkins_event_id_events", type_="foreignkey")
        batch_op.drop_column("event_id")
