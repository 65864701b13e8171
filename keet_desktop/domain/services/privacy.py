"""Privacy actions: consent, right of access, forgetting, retention purge, activity log.

One public method is one user action and one transaction. Forgetting and purging fold
SQLite's write-ahead log back afterwards, so the erased data is in no file (``secure_delete``
is on for every connection).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.dbsafety import DatabaseDiskFullError, DatabaseReadOnlyError
from keet_desktop.domain.models import CheckIn, Event, EventStatus, Person, Registration
from keet_desktop.domain.privacy import access, consent, erasure
from keet_desktop.domain.privacy.activity import Activity, read_activity, record_activity
from keet_desktop.domain.privacy.errors import (
    AlreadyForgottenError,
    CheckedInTodayError,
    DeskOpenError,
    ReasonNamesPersonError,
    ReasonRequiredError,
    RetentionMonthsError,
)
from keet_desktop.domain.privacy.models import ConsentSource, PrivacySetting, Purpose
from keet_desktop.domain.text import fold
from keet_desktop.domain.timeutil import BRUSSELS, to_local

log = logging.getLogger(__name__)
DEFAULT_RETENTION_MONTHS = 24
RETENTION_SETTING = "retention_months"
DESK_OPENS_BEFORE = timedelta(hours=1)


@dataclass(frozen=True)
class RetentionPreview:
    """Who is due for the purge.

    Attributes:
        months: The retention period used.
        cutoff: People last seen before this moment are due.
        people: ``(person_id, last_seen)`` of each person due, longest unseen first.
    """

    months: int
    cutoff: datetime
    people: list[tuple[int, datetime]]


@dataclass(frozen=True)
class PurgeResult:
    """What a purge did (or, dry, would do)."""

    preview: RetentionPreview
    purged: list[int]
    scrubbed: bool = True


class PrivacyService:
    """Consent, access, erasure, retention and the activity log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # consent -------------------------------------------------------------------------------

    def consents(self, person_id: int) -> tuple[dict[Purpose, bool], list[consent.ConsentChange]]:
        """Return what holds now per purpose and the full history of a person."""
        with self._db.read() as session:
            return (
                consent.current_consents(session, person_id),
                consent.consent_history(session, person_id),
            )

    def set_consents(
        self, person_id: int, wanted: dict[Purpose, bool], source: ConsentSource
    ) -> int:
        """Record the consents that changed; returns how many."""
        with self._db.write() as session:
            _person(session, person_id)
            return sum(
                consent.record_consent(session, person_id, purpose, granted, source)
                for purpose, granted in wanted.items()
            )

    def people_with_consent(self, purpose: Purpose | str) -> list[int]:
        """Return the ids of the people who consent to ``purpose`` now."""
        with self._db.read() as session:
            return consent.people_with_consent(session, purpose)

    # access --------------------------------------------------------------------------------

    def person_record(self, person_id: int, actor: str) -> dict[str, Any]:
        """Return everything held about a person, and log that it was handed out."""
        with self._db.write() as session:
            record = access.person_record(session, person_id)
            record_activity(session, "privacy_export", f"person {person_id}", 1, actor)
            return record

    # erasure -------------------------------------------------------------------------------

    def forget(self, person_id: int, reason: str, actor: str) -> erasure.Erased:
        """Forget a person: anonymise them in one transaction, then scrub the WAL.

        Raises:
            NotFoundError, AlreadyForgottenError, ReasonRequiredError, ReasonNamesPersonError,
            CheckedInTodayError: Nothing was changed.
        """
        reason = " ".join(reason.split())
        if not reason:
            raise ReasonRequiredError()
        with self._db.write() as session:
            person = _person(session, person_id)
            if person.forgotten_at is not None:
                raise AlreadyForgottenError(
                    person_id=person_id, date=to_local(person.forgotten_at).date().isoformat()
                )
            _check_reason(person, reason)
            _check_not_checked_in_today(session, person_id)
            erased = erasure.anonymise(session, [person_id], "forget", reason)
            record_activity(session, "forget", f"person {person_id}", 1, actor)
        return replace(erased, scrubbed=self._scrub())

    def retention_months(self) -> int:
        """Return the retention period in months (default 24)."""
        with self._db.read() as session:
            value = session.get(PrivacySetting, RETENTION_SETTING)
            return int(value.value) if value is not None else DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> None:
        """Change the retention period."""
        _check_months(months)
        with self._db.write() as session:
            session.merge(PrivacySetting(name=RETENTION_SETTING, value=str(months)))

    def retention_preview(self, months: int | None = None) -> RetentionPreview:
        """Return who is due: last activity longer than the retention period ago."""
        months = self.retention_months() if months is None else months
        _check_months(months)
        cutoff = erasure.retention_cutoff(months)
        with self._db.read() as session:
            return RetentionPreview(months, cutoff, erasure.due_people(session, cutoff))

    def purge(
        self, months: int | None = None, actor: str = "", *, dry_run: bool = False
    ) -> PurgeResult:
        """Anonymise everyone due, in one transaction (none with ``dry_run``).

        Raises:
            DeskOpenError: An event is taking place now (its desk may be open).
        """
        months = self.retention_months() if months is None else months
        _check_months(months)
        cutoff = erasure.retention_cutoff(months)
        with self._db.write() as session:
            _check_no_desk_open(session)
            preview = RetentionPreview(months, cutoff, erasure.due_people(session, cutoff))
            ids = [pid for pid, _seen in preview.people]
            if dry_run or not ids:
                return PurgeResult(preview, [])
            reason = f"retention {months} months"
            erasure.anonymise(session, ids, "purge", reason)
            record_activity(session, "purge", reason, len(ids), actor)
        return PurgeResult(preview, ids, scrubbed=self._scrub())

    def _scrub(self) -> bool:
        """Fold the WAL into the database file and empty it; False while a reader holds it.

        Then the erased values are in no SQLite file (the freed space was zeroed by
        ``secure_delete``). A reader at another desk can keep old pages in the WAL a moment
        longer; SQLite's next checkpoint overwrites them.
        """
        if not self._db.is_sqlite:
            return True
        with self._db.engine.connect() as connection:
            busy, _frames, _done = connection.exec_driver_sql(
                "PRAGMA wal_checkpoint(TRUNCATE)"
            ).one()
        if busy:
            log.warning(
                "the write-ahead log is in use; erased data is scrubbed at the next checkpoint"
            )
        return not busy

    # activity ------------------------------------------------------------------------------

    def record_activity(self, action: str, what: str, count: int, actor: str) -> None:
        """Log an export or print of personal data (its own transaction).

        On a full or read-only database disk (issue 11) the export itself must still work:
        the entry is then left out, and a warning (without personal data) is logged.
        """
        try:
            with self._db.write() as session:
                record_activity(session, action, what, count, actor)
        except (DatabaseDiskFullError, DatabaseReadOnlyError):
            log.warning("activity not recorded (database read-only or full): %s %s", action, what)

    def activity(self, limit: int = 1000) -> list[Activity]:
        """Return the activity log, newest first."""
        with self._db.read() as session:
            return read_activity(session, limit)


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise errors.NotFoundError(what="person", key="id", value=person_id)
    return person


def _check_months(months: int) -> None:
    if not 1 <= months <= 240:
        raise RetentionMonthsError(months=months)


def _check_reason(person: Person, reason: str) -> None:
    folded = fold(reason)
    needles = [fold(person.email or ""), fold(person.full_name)]
    needles += [fold(person.family_name)] if len(person.family_name) > 3 else []
    if any(needle and needle in folded for needle in needles):
        raise ReasonNamesPersonError()


def _check_not_checked_in_today(session: Session, person_id: int) -> None:
    local_now = utcnow().astimezone(BRUSSELS)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    row = session.execute(
        select(CheckIn.checked_in_at, Event.title)
        .join(Registration, Registration.id == CheckIn.registration_id)
        .join(Event, Event.id == Registration.event_id)
        .where(
            Registration.person_id == person_id,
            CheckIn.undone_at.is_(None),
            CheckIn.checked_in_at >= midnight,
        )
        .limit(1)
    ).first()
    if row is not None:
        raise CheckedInTodayError(
            person_id=person_id,
            event=row.title,
            at=to_local(row.checked_in_at).strftime("%H:%M"),
        )


def _check_no_desk_open(session: Session) -> None:
    now = utcnow()
    row = session.execute(
        select(Event.title, Event.ends_at)
        .where(
            Event.status != EventStatus.CANCELLED,
            Event.starts_at <= now + DESK_OPENS_BEFORE,
            Event.ends_at >= now,
        )
        .order_by(Event.starts_at)
        .limit(1)
    ).first()
    if row is not None:
        raise DeskOpenError(event=row.title, end=to_local(row.ends_at).strftime("%H:%M"))
