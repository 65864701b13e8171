"""The funder report follows the person's consent of issue 13; flags set before become consents.

Before issue 13 a characteristic's ``funder_consent`` flag stood in for the person's consent
to share with the funder. The report now asks for that consent (``person_consents``, purpose
``funder``) and keeps the flag for *which* characteristics may be shared. So that nobody who
agreed drops out of the report, a person with a flagged characteristic and no funder consent
on record gets one (given, source "form", now). Nothing is widened: characteristics that were
not flagged stay unshared, and a forgotten person gets nothing.

Revision ID: 0017_funder_consent
Revises: 0014_desk
Create Date: 2026-11-30 06:00:00
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0017_funder_consent"
down_revision = "0016_trigram"
branch_labels = None
depends_on = None

_people = sa.table("people", sa.column("id", sa.Integer), sa.column("forgotten_at", sa.DateTime))
_traits = sa.table(
    "person_characteristics",
    sa.column("person_id", sa.Integer),
    sa.column("funder_consent", sa.Boolean),
)
_consents = sa.table(
    "person_consents",
    sa.column("person_id", sa.Integer),
    sa.column("purpose", sa.String),
    sa.column("granted", sa.Boolean),
    sa.column("source", sa.String),
    sa.column("recorded_at", sa.DateTime),
)


def upgrade() -> None:
    flagged = (
        sa.select(_traits.c.person_id)
        .where(_traits.c.funder_consent.is_(True))
        .group_by(_traits.c.person_id)
        .subquery()
    )
    asked = sa.select(_consents.c.person_id).where(_consents.c.purpose == "funder")
    now = datetime.now(UTC).replace(tzinfo=None)  # stored as naive UTC, as UTCDateTime does
    query = (
        sa.select(
            _people.c.id,
            sa.literal("funder"),
            sa.true(),
            sa.literal("form"),
            sa.literal(now, sa.DateTime),
        )
        .join(flagged, flagged.c.person_id == _people.c.id)
        .where(_people.c.forgotten_at.is_(None), _people.c.id.not_in(asked))
        .order_by(_people.c.id)
    )
    op.execute(
        _consents.insert().from_select(
            ["person_id", "purpose", "granted", "source", "recorded_at"], query
        )
    )


def downgrade() -> None:
    """Keep the consents: they cannot be told apart from consents given since."""
