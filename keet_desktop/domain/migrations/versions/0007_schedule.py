"""Schedule planning: a facilitator may be linked to a person.

Revision ID: 0007_schedule
Revises: 0006_import
Create Date: 2026-11-27 04:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = "0007_schedule"
down_revision = "0006_import"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facilitators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_facilitators_person_id"), ["person_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_facilitators_person_id_people"),
            "people",
            ["person_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("facilitators", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_facilitators_person_id_people"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_facilitators_person_id"))
        batch_op.drop_column("person_id")
