"""Results and funder reports: partners, municipalities, characteristics, completion rules.

Partners on events, the region's municipalities with postcodes, a person's postcode,
participant characteristics shared with the funder, a completion rule per programme.

Revision ID: 0011_reporting
Revises: 0010_privacy
Create Date: 2026-11-30 03:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_reporting"
down_revision = "0010_privacy"
branch_labels = None
depends_on = None

# The Aalst reference region (Vlaamse referentieregio "Regio Aalst"): eight municipalities.
REGION = (
    ("Aalst", "9300 9308 9310 9320"),
    ("Denderleeuw", "9470 9472 9473"),
    ("Erpe-Mere", "9420"),
    ("Haaltert", "9450 9451"),
    ("Herzele", "9550 9551 9552"),
    ("Lede", "9340"),
    ("Ninove", "9400 9401 9402 9403 9404 9406"),
    ("Sint-Lievens-Houtem", "9520 9521"),
)


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
    )
    op.create_table(
        "event_partners",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_partners_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_event_partners_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "partner_id", name=op.f("pk_event_partners")),
    )
    municipalities = op.create_table(
        "municipalities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("postcodes", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipalities")),
        sa.UniqueConstraint("name", name=op.f("uq_municipalities_name")),
    )
    op.bulk_insert(municipalities, [{"name": n, "postcodes": p} for n, p in REGION])
    op.create_table(
        "person_characteristics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("funder_consent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_characteristics_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_characteristics")),
        sa.UniqueConstraint("person_id", "name", name=op.f("uq_person_characteristics_person_id")),
    )
    op.create_index(
        op.f("ix_person_characteristics_person_id"),
        "person_characteristics",
        ["person_id"],
        unique=False,
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("postcode", sa.String(length=20), nullable=False, server_default="")
        )
    with op.batch_alter_table("programmes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "completion_rule", sa.String(length=20), nullable=False, server_default="share"
            )
        )
        batch_op.add_column(
            sa.Column("completion_value", sa.Float(), nullable=False, server_default="80")
        )


def downgrade() -> None:
    with op.batch_alter_table("programmes", schema=None) as batch_op:
        batch_op.drop_column("completion_value")
        batch_op.drop_column("completion_rule")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("postcode")
    op.drop_index(op.f("ix_person_characteristics_person_id"), table_name="person_characteristics")
    op.drop_table("person_characteristics")
    op.drop_table("municipalities")
    op.drop_table("event_partners")
    op.drop_table("partners")
