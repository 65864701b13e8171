"""Consent per purpose, with its full history (given, withdrawn, when, how)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, insert, select, update
from sqlalchemy.orm import Session

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import Person
from keet_desktop.domain.privacy.models import ConsentSource, PersonConsent, Purpose


@dataclass(frozen=True)
class ConsentChange:
    """One line of a person's consent history.

    Attributes:
        purpose: What the consent is for.
        granted: Given (True) or withdrawn (False).
        source: How it reached us.
        at: When it was recorded.
    """

    purpose: Purpose
    granted: bool
    source: ConsentSource
    at: datetime


def record_consent(
    session: Session,
    person_id: int,
    purpose: Purpose,
    granted: bool,
    source: ConsentSource,
    at: datetime | None = None,
) -> bool:
    """Record a consent or its withdrawal when it changes what holds now.

    The photo and mailing flags on the person follow the newest record.

    Returns:
        Whether anything was recorded (False when nothing changed).
    """
    if current_consents(session, person_id)[purpose] == granted:
        return False
    session.add(
        PersonConsent(
            person_id=person_id,
            purpose=purpose.value,
            granted=granted,
            source=source.value,
            recorded_at=at or utcnow(),
        )
    )
    person = session.get(Person, person_id)
    if person is not None and purpose is Purpose.PHOTOS:
        person.consent_photos = granted
    if person is not None and purpose is Purpose.MAILING:
        person.consent_mailing = granted
    return True


def consent_history(session: Session, person_id: int) -> list[ConsentChange]:
    """Return every consent change of a person, oldest first."""
    rows = session.scalars(
        select(PersonConsent)
        .where(PersonConsent.person_id == person_id)
        .order_by(PersonConsent.recorded_at, PersonConsent.id)
    )
    return [
        ConsentChange(Purpose(r.purpose), r.granted, ConsentSource(r.source), r.recorded_at)
        for r in rows
    ]


def current_consents(session: Session, person_id: int) -> dict[Purpose, bool]:
    """Return what holds now for each purpose (False when never asked).

    Without any record, photos and mailing follow the person's two flags (set before consent
    had a history, or by a form that only knows those two).
    """
    held = {purpose: False for purpose in Purpose}
    person = session.get(Person, person_id)
    if person is not None:
        held[Purpose.PHOTOS] = bool(person.consent_photos)
        held[Purpose.MAILING] = bool(person.consent_mailing)
    for change in consent_history(session, person_id):
        held[change.purpose] = change.granted
    return held


def _latest_ids() -> Select[Any]:
    newest = (
        select(
            PersonConsent.person_id,
            PersonConsent.purpose,
            func.max(PersonConsent.id).label("newest"),
        )
        .group_by(PersonConsent.person_id, PersonConsent.purpose)
        .subquery()
    )
    return select(newest.c.newest)


def with_consent_ids(purpose: Purpose) -> Select[Any]:
    """Return a query of the ids of people whose newest consent for ``purpose`` is given.

    The newest record is the one with the highest id (records are only ever appended).
    """
    return select(PersonConsent.person_id).where(
        and_(
            PersonConsent.purpose == purpose.value,
            PersonConsent.granted.is_(True),
            PersonConsent.id.in_(_latest_ids()),
        )
    )


def people_with_consent(session: Session, purpose: Purpose | str) -> list[int]:
    """Return the ids of the people who consent to ``purpose`` now, forgotten people excluded.

    For other features (e.g. the funder report: ``people_with_consent(session, "funder")``).
    """
    query = (
        select(Person.id)
        .where(Person.id.in_(with_consent_ids(Purpose(purpose))), Person.forgotten_at.is_(None))
        .order_by(Person.id)
    )
    return list(session.scalars(query))


def parse_consent_answer(value: str) -> bool | None:
    """Read a form's answer ("ja", "Nee", "yes", "x", "1", ...); None when blank or unclear."""
    answer = value.strip().casefold()
    if answer in {"ja", "j", "yes", "y", "oui", "true", "waar", "1", "x", "akkoord", "ok"}:
        return True
    if answer in {"nee", "n", "no", "non", "false", "onwaar", "0", "neen"}:
        return False
    return None


def record_many(
    session: Session, changes: Iterable[tuple[int, Purpose, bool]], source: ConsentSource
) -> int:
    """Record several consents (e.g. from an import); returns how many changed."""
    return sum(record_consent(session, pid, p, granted, source) for pid, p, granted in changes)


def record_bulk(
    session: Session, changes: Iterable[tuple[int, Purpose, bool]], source: ConsentSource
) -> int:
    """Record many consents at once (an import): only those that change what holds now.

    Returns:
        How many were recorded.
    """
    wanted = {(pid, purpose): granted for pid, purpose, granted in changes}
    if not wanted:
        return 0
    ids = sorted({pid for pid, _purpose in wanted})
    held: dict[tuple[int, str], bool] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(PersonConsent.person_id, PersonConsent.purpose, PersonConsent.granted)
            .where(PersonConsent.person_id.in_(ids[start : start + 500]))
            .order_by(PersonConsent.id)
        )
        for row in rows:
            held[(row.person_id, row.purpose)] = row.granted
    now = utcnow()
    new: list[dict[str, Any]] = [
        {
            "person_id": pid,
            "purpose": purpose.value,
            "granted": granted,
            "source": source.value,
            "recorded_at": now,
        }
        for (pid, purpose), granted in wanted.items()
        if held.get((pid, purpose.value)) != granted
    ]
    if new:
        session.execute(insert(PersonConsent), new)
        _update_flags(session, new)
    return len(new)


def _update_flags(session: Session, new: list[dict[str, Any]]) -> None:
    flags = {Purpose.PHOTOS.value: "consent_photos", Purpose.MAILING.value: "consent_mailing"}
    updates: dict[int, dict[str, bool]] = {}
    for row in new:
        if row["purpose"] in flags:
            updates.setdefault(row["person_id"], {})[flags[row["purpose"]]] = row["granted"]
    for person_id, values in updates.items():
        session.execute(update(Person).where(Person.id == person_id).values(**values))
