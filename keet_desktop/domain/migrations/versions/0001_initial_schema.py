"""Initial schema: venues, rooms, programmes, facilitators, events, people, registrations, check-ins

Revision ID: 0001
Revises:
Create Date: 2026-11-27 03:27:44.042857
"""

from alembic import op
import sqlalchemy as sa
import keet_desktop.domain.db


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facilitators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilitators")),
        sa.UniqueConstraint("name", name=op.f("uq_facilitators_name")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_name", sa.String(length=200), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("email_key", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("preferred_language", sa.String(length=10), nullable=False),
        sa.Column("consent_photos", sa.Boolean(), nullable=False),
        sa.Column("consent_mailing", sa.Boolean(), nullable=False),
        sa.Column("name_key", sa.String(length=400), nullable=False),
        sa.Column("created_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.Column("updated_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("email_key", name=op.f("uq_people_email_key")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_name_key"), ["name_key"], unique=False)

    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cohort", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
    )
    op.create_table(
        "venues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("opens_at", sa.Time(), nullable=True),
        sa.Column("closes_at", sa.Time(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venues")),
        sa.UniqueConstraint("name", name=op.f("uq_venues_name")),
    )
    op.create_table(
        "person_tags",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_tags_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "tag", name=op.f("pk_person_tags")),
    )
    with op.batch_alter_table("person_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_tags_tag"), ["tag"], unique=False)

    op.create_table(
        "rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venues.id"], name=op.f("fk_rooms_venue_id_venues"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
        sa.UniqueConstraint("venue_id", "name", name=op.f("uq_rooms_venue_id")),
    )
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rooms_venue_id"), ["venue_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "workshop",
                "webinar",
                "networking",
                "info_session",
                "programme_session",
                name="eventkind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft", "published", "cancelled", name="eventstatus", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("starts_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.Column("ends_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("online_url", sa.String(length=1000), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=True),
        sa.Column("logo", sa.String(length=1000), nullable=False),
        sa.Column("created_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.Column("updated_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programmes.id"],
            name=op.f("fk_events_programme_id_programmes"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_events_room_id_rooms"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["venue_id"], ["venues.id"], name=op.f("fk_events_venue_id_venues"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_programme_id"), ["programme_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_room_id"), ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_venue_id"), ["venue_id"], unique=False)

    op.create_table(
        "event_facilitators",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_facilitators_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["facilitators.id"],
            name=op.f("fk_event_facilitators_facilitator_id_facilitators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "facilitator_id", name=op.f("pk_event_facilitators")),
    )
    op.create_table(
        "registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "waitlisted",
                "cancelled",
                name="registrationstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("waitlist_order", sa.Integer(), nullable=True),
        sa.Column("ticket_code", sa.String(length=32), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "participant",
                "facilitator",
                "partner",
                "staff",
                name="role",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("desk_note", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "manual",
                "import",
                "walk_in",
                "cli",
                "demo",
                "programme",
                name="registrationsource",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("registered_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.Column("promoted_at", keet_desktop.domain.db.UTCDateTime(), nullable=True),
        sa.Column("cancelled_at", keet_desktop.domain.db.UTCDateTime(), nullable=True),
        sa.Column("badge_printed_at", keet_desktop.domain.db.UTCDateTime(), nullable=True),
        sa.Column("updated_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_registrations_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint("ticket_code", name=op.f("uq_registrations_ticket_code")),
    )
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index("ix_registrations_event_status", ["event_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_registrations_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "uq_registrations_active_person_event",
            ["person_id", "event_id"],
            unique=True,
            sqlite_where=sa.text("status != 'cancelled'"),
            postgresql_where=sa.text("status != 'cancelled'"),
        )

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", keet_desktop.domain.db.UTCDateTime(), nullable=False),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("capacity_override", sa.Boolean(), nullable=False),
        sa.Column("minutes_online", sa.Integer(), nullable=True),
        sa.Column("undone_at", keet_desktop.domain.db.UTCDateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=100), nullable=False),
        sa.Column("undo_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_checkins_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkins_registration_id"), ["registration_id"], unique=False
        )
        batch_op.create_index(
            "uq_checkins_active_registration",
            ["registration_id"],
            unique=True,
            sqlite_where=sa.text("undone_at IS NULL"),
            postgresql_where=sa.text("undone_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_checkins_active_registration",
            sqlite_where=sa.text("undone_at IS NULL"),
            postgresql_where=sa.text("undone_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_checkins_registration_id"))

    op.drop_table("checkins")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_registrations_active_person_event",
            sqlite_where=sa.text("status != 'cancelled'"),
            postgresql_where=sa.text("status != 'cancelled'"),
        )
        batch_op.drop_index(batch_op.f("ix_registrations_person_id"))
        batch_op.drop_index("ix_registrations_event_status")

    op.drop_table("registrations")
    op.drop_table("event_facilitators")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_venue_id"))
        batch_op.drop_index(batch_op.f("ix_events_starts_at"))
        batch_op.drop_index(batch_op.f("ix_events_room_id"))
        batch_op.drop_index(batch_op.f("ix_events_programme_id"))

    op.drop_table("events")
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_venue_id"))

    op.drop_table("rooms")
    with op.batch_alter_table("person_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_tags_tag"))

    op.drop_table("person_tags")
    op.drop_table("venues")
    op.drop_table("programmes")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_name_key"))

    op.drop_table("people")
    op.drop_table("facilitators")
