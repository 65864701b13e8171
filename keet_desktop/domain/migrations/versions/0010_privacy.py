"""Privacy: consent history, activity and erasure logs, retention setting, forgotten people.

Revision ID: 0010_privacy
Revises: 0008_registration_changes
Create Date: 2026-11-30 03:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_privacy"
down_revision = "0008_registration_changes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("forgotten_at", sa.DateTime(), nullable=True))
    op.create_table(
        "person_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_consents_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_consents")),
    )
    op.create_index(
        "ix_person_consents_person_purpose", "person_consents", ["person_id", "purpose"]
    )
    op.create_table(
        "privacy_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_activity")),
    )
    op.create_index(op.f("ix_privacy_activity_at"), "privacy_activity", ["at"])
    op.create_table(
        "privacy_erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("registrations", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_erasures")),
    )
    op.create_index(op.f("ix_privacy_erasures_person_id"), "privacy_erasures", ["person_id"])
    op.create_table(
        "privacy_settings",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_privacy_settings")),
    )
    # The consents people already gave (two booleans until now) become their first history rows.
    for purpose, column in (("photos", "consent_photos"), ("mailing", "consent_mailing")):
        op.execute(
            "INSERT INTO person_consents (person_id, purpose, granted, source, recorded_at) "
            f"SELECT id, '{purpose}', {column}, 'form', created_at FROM people WHERE {column}"
        )


def downgrade() -> None:
    op.drop_table("privacy_settings")
    op.drop_index(op.f("ix_privacy_erasures_person_id"), table_name="privacy_erasures")
    op.drop_table("privacy_erasures")
    op.drop_index(op.f("ix_privacy_activity_at"), table_name="privacy_activity")
    op.drop_table("privacy_activity")
    op.drop_index("ix_person_consents_person_purpose", table_name="person_consents")
    op.drop_table("person_consents")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("forgotten_at")
