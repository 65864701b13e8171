"""Remembered column mappings of import files.

Revision ID: 0006_import
Revises: 0004_desk
Create Date: 2026-11-27 04:00:00
"""

from alembic import op
import sqlalchemy as sa
import keet_desktop.domain.db

revision = "0006_import"
down_revision = "0004_desk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("headers", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("updated_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("signature", name=op.f("uq_import_mappings_signature")),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
