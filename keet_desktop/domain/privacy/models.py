"""The privacy tables: consent history, activity log, erasure log and the retention setting."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from keet_desktop.domain.db import Base, UTCDateTime, utcnow
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class Purpose(enum.StrEnum):
    """What a person can consent to, each on its own."""

    EVENT = "event"
    PHOTOS = "photos"
    MAILING = "mailing"
    FUNDER = "funder"


class ConsentSource(enum.StrEnum):
    """How a consent (or its withdrawal) reached us."""

    FORM = "form"
    DESK = "desk"
    IMPORT = "import"
    PHONE = "phone"


PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.EVENT: QT_TRANSLATE_NOOP("privacy", "Processing for the event itself"),
    Purpose.PHOTOS: QT_TRANSLATE_NOOP("privacy", "Photos"),
    Purpose.MAILING: QT_TRANSLATE_NOOP("privacy", "Mailing about upcoming events"),
    Purpose.FUNDER: QT_TRANSLATE_NOOP("privacy", "Sharing with the funder"),
}

SOURCE_LABELS: dict[ConsentSource, str] = {
    ConsentSource.FORM: QT_TRANSLATE_NOOP("privacy", "form"),
    ConsentSource.DESK: QT_TRANSLATE_NOOP("privacy", "desk"),
    ConsentSource.IMPORT: QT_TRANSLATE_NOOP("privacy", "import"),
    ConsentSource.PHONE: QT_TRANSLATE_NOOP("privacy", "by phone"),
}


class PersonConsent(Base):
    """One consent given or withdrawn; the newest row per person and purpose is what holds."""

    __tablename__ = "person_consents"
    __table_args__ = (Index("ix_person_consents_person_purpose", "person_id", "purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(20))
    granted: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ActivityEntry(Base):
    """An export or print of personal data, or a privacy action: what, how many, when, by whom.

    Never holds personal data itself (``what`` names an event or a file kind, not a person).
    """

    __tablename__ = "privacy_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(Text, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str] = mapped_column(String(100), default="")


class ErasureEntry(Base):
    """When and why a person was forgotten or purged, without their personal data."""

    __tablename__ = "privacy_erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    registrations: Mapped[int] = mapped_column(Integer, default=0)


class PrivacySetting(Base):
    """A privacy setting shared by every desk and the CLI (e.g. the retention period)."""

    __tablename__ = "privacy_settings"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
