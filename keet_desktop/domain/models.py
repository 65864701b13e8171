"""The tables of Keet Desktop as typed SQLAlchemy 2 models.

Times are stored in UTC (:class:`~keet_desktop.domain.db.UTCDateTime`) and shown in
Europe/Brussels. Relationships use ``lazy="raise"``: services load what screens show.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.orm.attributes import flag_modified

from keet_desktop.domain.db import Base, UTCDateTime, utcnow
from keet_desktop.domain.text import fold, person_sort_key


class EventKind(enum.StrEnum):
    """What kind of thing an event is."""

    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    NETWORKING = "networking"
    INFO_SESSION = "info_session"
    PROGRAMME_SESSION = "programme_session"


class EventStatus(enum.StrEnum):
    """Where an event is in its life."""

    DRAFT = "draft"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class RegistrationStatus(enum.StrEnum):
    """A registration's place: registered, on the waiting list, or cancelled."""

    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class Role(enum.StrEnum):
    """The role a person has at an event (printed on the badge band)."""

    PARTICIPANT = "participant"
    FACILITATOR = "facilitator"
    PARTNER = "partner"
    STAFF = "staff"


class RegistrationSource(enum.StrEnum):
    """Where a registration came from."""

    MANUAL = "manual"
    IMPORT = "import"
    WALK_IN = "walk_in"
    CLI = "cli"
    DEMO = "demo"
    PROGRAMME = "programme"


def _enum(cls: type[enum.StrEnum], length: int = 20) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )


event_facilitators = Table(
    "event_facilitators",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("facilitator_id", ForeignKey("facilitators.id", ondelete="CASCADE"), primary_key=True),
)


class Venue(Base):
    """A place where on-site events happen, with its opening hours."""

    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)

    rooms: Mapped[list[Room]] = relationship(
        back_populates="venue", lazy="raise", order_by="Room.name"
    )


class Room(Base):
    """A room in a venue, with a capacity."""

    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("venue_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    accessibility: Mapped[str] = mapped_column(Text, default="")

    venue: Mapped[Venue] = relationship(back_populates="rooms", lazy="raise")


class Programme(Base):
    """A series of events with one cohort, e.g. the acceleration programme."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    cohort: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # issue 15: completed when attended share (in %) or hours reach the value
    completion_rule: Mapped[str] = mapped_column(String(20), default="share")
    completion_value: Mapped[float] = mapped_column(Float, default=80.0)

    events: Mapped[list[Event]] = relationship(
        back_populates="programme", lazy="raise", order_by="Event.starts_at"
    )


class Facilitator(Base):
    """A person who leads sessions."""

    __tablename__ = "facilitators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    # A facilitator may be a person in the app (then registered with the role facilitator).
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )

    events: Mapped[list[Event]] = relationship(
        secondary=event_facilitators, back_populates="facilitators", lazy="raise"
    )


class Event(Base):
    """One thing that happens at one time: a workshop, webinar, session, ..."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind))
    status: Mapped[EventStatus] = mapped_column(_enum(EventStatus), default=EventStatus.PUBLISHED)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venues.id", ondelete="SET NULL"), index=True
    )
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), index=True
    )
    online_url: Mapped[str] = mapped_column(String(1000), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10), default="nl")
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="SET NULL"), index=True
    )
    logo: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    venue: Mapped[Venue | None] = relationship(lazy="raise")
    room: Mapped[Room | None] = relationship(lazy="raise")
    programme: Mapped[Programme | None] = relationship(back_populates="events", lazy="raise")
    facilitators: Mapped[list[Facilitator]] = relationship(
        secondary=event_facilitators,
        back_populates="events",
        lazy="raise",
        order_by="Facilitator.name",
    )
    registrations: Mapped[list[Registration]] = relationship(back_populates="event", lazy="raise")
    partners: Mapped[list[Partner]] = relationship(  # issue 15
        secondary="event_partners", lazy="raise", order_by="Partner.name"
    )


def _person_sort_key(context: Any) -> str:
    """Default of ``people.sort_key`` for inserts that do not give it (bulk inserts)."""
    row = context.get_current_parameters()
    return person_sort_key(row.get("given_name") or "", row.get("family_name") or "")


def _organisation_key(context: Any) -> str:
    """Default of ``people.organisation_key`` for inserts that do not give it (bulk inserts)."""
    return fold(context.get_current_parameters().get("organisation") or "")


class Person(Base):
    """Someone who registers: a participant (Deelnemer)."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    email_key: Mapped[str | None] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    municipality: Mapped[str] = mapped_column(String(200), default="")
    preferred_language: Mapped[str] = mapped_column(String(10), default="nl")
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_mailing: Mapped[bool] = mapped_column(Boolean, default=False)
    name_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    forgotten_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # issue 13: anonymised
    postcode: Mapped[str] = mapped_column(String(20), default="")  # issue 15
    # issue 14: the organisation folded, for the trigram filter (migration 0016_trigram)
    organisation_key: Mapped[str] = mapped_column(
        Text, default=_organisation_key, server_default=""
    )

    tags: Mapped[list[PersonTag]] = relationship(
        back_populates="person", lazy="raise", cascade="all, delete-orphan"
    )
    registrations: Mapped[list[Registration]] = relationship(back_populates="person", lazy="raise")
    # issue 20: folded "family given" key people and registrations sort by (text.person_sort_key)
    sort_key: Mapped[str] = mapped_column(
        String(400).with_variant(String(400, collation="C"), "postgresql"),
        default=_person_sort_key,
        index=True,
    )

    @property
    def full_name(self) -> str:
        """Given and family name, as printed."""
        return f"{self.given_name} {self.family_name}".strip()


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _keep_sort_key(_mapper: Any, _connection: Any, person: Person) -> None:
    """Issue 20: every ORM change of a name keeps ``sort_key`` right (bulk inserts: the default).

    Issue 14: and of the organisation ``organisation_key``, always written along with it (the
    database's own trigger only lower-cases when a statement changes the organisation alone).
    """
    person.sort_key = person_sort_key(person.given_name or "", person.family_name or "")
    person.organisation_key = fold(person.organisation or "")
    if inspect(person).attrs.organisation.history.has_changes():
        flag_modified(person, "organisation_key")


class PersonTag(Base):
    """A free tag on a person, e.g. a target group for the funder's reports."""

    __tablename__ = "person_tags"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)

    person: Mapped[Person] = relationship(back_populates="tags", lazy="raise")


class Registration(Base):
    """A person's place at an event, with its ticket code."""

    __tablename__ = "registrations"
    __table_args__ = (
        # One active (not cancelled) registration per person and event, even with two desks.
        Index(
            "uq_registrations_active_person_event",
            "person_id",
            "event_id",
            unique=True,
            sqlite_where=text("status != 'cancelled'"),
            postgresql_where=text("status != 'cancelled'"),
        ),
        Index("ix_registrations_event_status", "event_id", "status"),
        # issue 14: counts per event, status and role read only this index (migration 0015)
        Index("ix_registrations_event_status_role", "event_id", "status", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    status: Mapped[RegistrationStatus] = mapped_column(_enum(RegistrationStatus))
    waitlist_order: Mapped[int | None] = mapped_column(Integer)
    ticket_code: Mapped[str] = mapped_column(String(32), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.PARTICIPANT)
    desk_note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[RegistrationSource] = mapped_column(
        _enum(RegistrationSource), default=RegistrationSource.MANUAL
    )
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    promoted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    badge_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Indexed: the desks' change token reads its newest value (a cancellation elsewhere).
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=utcnow, onupdate=utcnow, index=True
    )

    person: Mapped[Person] = relationship(back_populates="registrations", lazy="raise")
    event: Mapped[Event] = relationship(back_populates="registrations", lazy="raise")
    checkins: Mapped[list[CheckIn]] = relationship(
        back_populates="registration", lazy="raise", order_by="CheckIn.checked_in_at"
    )
    external_codes: Mapped[list[ExternalCode]] = relationship(
        back_populates="registration", lazy="raise", cascade="all, delete-orphan"
    )


class ExternalCode(Base):
    """A ticket code from another system (Eventbrite barcode, pretix secret) for a registration."""

    __tablename__ = "external_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[str] = mapped_column(String(50), default="")

    registration: Mapped[Registration] = relationship(back_populates="external_codes", lazy="raise")


def _registration_event(context: Any) -> int | None:
    """Default of ``checkins.event_id`` for inserts that do not give it: the registration's."""
    registration_id = context.get_current_parameters()["registration_id"]
    query = select(Registration.event_id).where(Registration.id == registration_id)
    found: int | None = context.connection.scalar(query)
    return found


class CheckIn(Base):
    """A person arriving, recorded with time and desk. An undo never deletes it."""

    __tablename__ = "checkins"
    __table_args__ = (
        # At most one standing (not undone) check-in per registration, whichever desk scans.
        Index(
            "uq_checkins_active_registration",
            "registration_id",
            unique=True,
            sqlite_where=text("undone_at IS NULL"),
            postgresql_where=text("undone_at IS NULL"),
        ),
        # The newest undo, for the desks' change token; partial, so a check-in never writes it.
        Index(
            "ix_checkins_undone_at",
            "undone_at",
            sqlite_where=text("undone_at IS NOT NULL"),
            postgresql_where=text("undone_at IS NOT NULL"),
        ),
        # The desk's counters and undo list read an event's check-ins (and a desk's, newest
        # first) from here: the cost follows the people present, not those registered.
        Index("ix_checkins_event_desk", "event_id", "desk", "undone_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    # The registration's event, kept here for ix_checkins_event_desk (migration 0018).
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), default=_registration_event
    )
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity_override: Mapped[bool] = mapped_column(Boolean, default=False)
    minutes_online: Mapped[int | None] = mapped_column(Integer)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str] = mapped_column(String(100), default="")
    undo_reason: Mapped[str] = mapped_column(Text, default="")

    registration: Mapped[Registration] = relationship(back_populates="checkins", lazy="raise")
    # issue 10: why a desk let someone in beyond the capacity (walk-in or admission)
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class ScanLog(Base):
    """A refused scan at a desk (code, reason, desk, time), for the organiser to review."""

    __tablename__ = "scan_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(600))
    outcome: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    desk: Mapped[str] = mapped_column(String(100), default="")
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportMapping(Base):
    """A column mapping remembered for import files with the same headers (CLI and GUI)."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    signature: Mapped[str] = mapped_column(String(64), unique=True)
    headers: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# Search keys sort by code point on PostgreSQL too, so a prefix is one index range.
_SEARCH_KEY = String(400).with_variant(String(400, collation="C"), "postgresql")


class PersonSearchKey(Base):
    """A folded key a person is found by as you type ("van den broeck lieve", an e-mail, ...).

    Rows are computed by :func:`keet_desktop.domain.search.search_keys` only.
    """

    __tablename__ = "person_search_keys"
    __table_args__ = (Index("ix_person_search_keys_key_person", "key", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(_SEARCH_KEY)


# issue 13: the privacy tables live in their own module; loaded with the models.
from keet_desktop.domain.privacy import models as _privacy_models  # noqa: E402, F401

# --- issue 15: results, partners, municipalities, funder characteristics -------------------

event_partners = Table(
    "event_partners",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True),
)


class Partner(Base):
    """An organising partner of the hub (a managed list); events carry one or more."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Municipality(Base):
    """A municipality of the hub's region (a managed list), with its postcodes.

    People whose postcode or municipality is not on the list count as "elsewhere".
    """

    __tablename__ = "municipalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # Space-separated Belgian postcodes, e.g. "9300 9308 9310 9320".
    postcodes: Mapped[str] = mapped_column(String(500), default="")


class PersonCharacteristic(Base):
    """An organiser-defined characteristic of a person (e.g. a funder's target-group question).

    Reported only aggregated, and only when the person consents now to sharing with the funder
    (their consent of issue 13, purpose ``funder``) and ``funder_consent`` marks this
    characteristic "may be shared". (The flag stood in for the consent before issue 13;
    migration 0017_funder_consent turned those flags into consents.)
    """

    __tablename__ = "person_characteristics"
    __table_args__ = (UniqueConstraint("person_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(200), default="")
    funder_consent: Mapped[bool] = mapped_column(Boolean, default=False)


class Organisation(Base):
    """issue 17: the organisation that runs the app (one row): its name and logo on documents.

    Read it through :class:`keet_desktop.domain.services.organisation.OrganisationService`.
    """

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(10), default="nl")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_type: Mapped[str] = mapped_column(String(20), default="")
    default_venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venues.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# issue 16: the outbox ------------------------------------------------------------------------


class OutboxMessage(Base):
    """One e-mail due to a person, written in the transaction that caused it (issue 16).

    ``key`` names the message (``ticket:42``); with ``version`` it is unique, so the same
    message is never queued twice and a newer version of an unsent one replaces it.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("key", "version"),
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(20))
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    params: Mapped[str] = mapped_column(Text, default="{}")
    state: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    claimed_by: Mapped[str] = mapped_column(String(64), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MailSettingsRow(Base):
    """The mail server and sender, one row shared by every desk (issue 16).

    The password is kept in the operating system's keyring, never here.
    """

    __tablename__ = "mail_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    host: Mapped[str] = mapped_column(String(300), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(20), default="starttls")
    username: Mapped[str] = mapped_column(String(300), default="")
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    reminder_days: Mapped[int] = mapped_column(Integer, default=2)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MailTemplate(Base):
    """An organiser's own text for one kind of message in one language (issue 16)."""

    __tablename__ = "mail_templates"
    __table_args__ = (UniqueConstraint("kind", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


# issue 10: the desk's "still expected" leaves out walk-ins; this keeps counting them cheap.
Index(
    "ix_registrations_walk_ins",
    Registration.event_id,
    Registration.status,
    sqlite_where=text("source = 'walk_in'"),
    postgresql_where=text("source = 'walk_in'"),
)
