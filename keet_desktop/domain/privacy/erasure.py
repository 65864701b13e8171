"""Erasure that really erases: anonymise people in bulk, keeping their rows for the counts.

A forgotten person keeps their id, municipality, language and tags (the funder's statistics
count them), and their registrations and check-ins stay as anonymous rows. Name, e-mail, phone,
organisation, notes, search keys, ticket and external codes and the scan log lines of their
codes are removed. On SQLite the caller then folds the WAL back (``secure_delete`` is on for
every connection, so freed space is zeroed): the raw files no longer hold the data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import (
    String,
    Subquery,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    ExternalCode,
    Facilitator,
    OutboxMessage,
    Person,
    PersonCharacteristic,
    PersonSearchKey,
    Registration,
    ScanLog,
)
from keet_desktop.domain.privacy.models import ErasureEntry
from keet_desktop.domain.search import scrub_trigram_index
from keet_desktop.domain.timeutil import BRUSSELS

CHUNK = 500
ANONYMOUS_CODE_PREFIX = "anon-"


@dataclass(frozen=True)
class Erased:
    """What an erasure changed.

    Attributes:
        people: The ids of the people anonymised.
        registrations: How many registrations were kept as anonymous rows.
        scrubbed: Whether the SQLite files were scrubbed at once (see ``PrivacyService``).
    """

    people: list[int]
    registrations: int
    scrubbed: bool = True


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def anonymise(session: Session, person_ids: Sequence[int], kind: str, reason: str) -> Erased:
    """Anonymise ``person_ids`` in the caller's transaction and log each erasure.

    Args:
        session: A write session.
        person_ids: People not yet forgotten.
        kind: "forget" or "purge".
        reason: Why, for the erasure log (no personal data).
    """
    now = utcnow()
    total = 0
    for chunk in _chunks(list(person_ids)):
        per_person = _anonymise_registrations(session, chunk)
        session.execute(delete(PersonSearchKey).where(PersonSearchKey.person_id.in_(chunk)))
        session.execute(  # target-group answers (issue 15) are personal data too
            delete(PersonCharacteristic).where(PersonCharacteristic.person_id.in_(chunk))
        )
        session.execute(  # and so are their messages in the outbox (issue 16)
            delete(OutboxMessage).where(OutboxMessage.person_id.in_(chunk))
        )
        _anonymise_facilitators(session, chunk)
        session.execute(
            update(Person)
            .where(Person.id.in_(chunk))
            .values(
                given_name="",
                family_name="",
                email=None,
                email_key=None,
                phone="",
                organisation="",
                organisation_key="",  # issue 14's filter key, kept by hand in bulk updates
                name_key="",
                sort_key="",  # issue 20's sort key, kept by hand in bulk updates
                postcode="",
                consent_photos=False,
                consent_mailing=False,
                forgotten_at=now,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        session.execute(
            insert(ErasureEntry),
            [
                {
                    "at": now,
                    "person_id": pid,
                    "kind": kind,
                    "reason": reason,
                    "registrations": per_person.get(pid, 0),
                }
                for pid in chunk
            ],
        )
        total += sum(per_person.values())
    scrub_trigram_index(session)  # issue 14: no token of theirs left in the filter's index
    return Erased(list(person_ids), total)


def _anonymise_facilitators(session: Session, chunk: Sequence[int]) -> None:
    """A forgotten person who also led sessions loses the facilitator's contact data too."""
    session.execute(
        update(Facilitator)
        .where(Facilitator.person_id.in_(chunk))
        .values(
            name=literal("#") + cast(Facilitator.id, String),
            email="",
            phone="",
            organisation="",
            person_id=None,
        )
        .execution_options(synchronize_session=False)
    )


def _anonymise_registrations(session: Session, chunk: Sequence[int]) -> dict[int, int]:
    rows = session.execute(
        select(Registration.id, Registration.person_id, Registration.ticket_code).where(
            Registration.person_id.in_(chunk)
        )
    ).all()
    per_person: dict[int, int] = {}
    for row in rows:
        per_person[row.person_id] = per_person.get(row.person_id, 0) + 1
    registration_ids = [row.id for row in rows]
    for ids in _chunks(registration_ids):
        codes = [r.ticket_code for r in rows if r.id in set(ids)]
        codes += list(
            session.scalars(select(ExternalCode.code).where(ExternalCode.registration_id.in_(ids)))
        )
        session.execute(
            update(ScanLog)
            .where(ScanLog.code.in_(codes))
            .values(code="", detail="")
            .execution_options(synchronize_session=False)
        )
        session.execute(delete(ExternalCode).where(ExternalCode.registration_id.in_(ids)))
        session.execute(
            update(Registration)
            .where(Registration.id.in_(ids))
            .values(
                desk_note="",
                ticket_code=literal(ANONYMOUS_CODE_PREFIX) + cast(Registration.id, String),
            )
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(CheckIn)
            .where(CheckIn.registration_id.in_(ids), CheckIn.undo_reason != "")
            .values(undo_reason="")
            .execution_options(synchronize_session=False)
        )
    return per_person


def months_before(day: date, months: int) -> date:
    """Return the same day ``months`` calendar months earlier (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def retention_cutoff(months: int, today: date | None = None) -> datetime:
    """Return the moment before which a person's last activity makes them due (Brussels)."""
    day = months_before(today or utcnow().astimezone(BRUSSELS).date(), months)
    return datetime(day.year, day.month, day.day, tzinfo=BRUSSELS)


def last_activity_query() -> Subquery:
    """Return a subquery ``(person_id, last_seen)`` of everyone not yet forgotten.

    A person's last activity is the newest of: when they were added, when they registered,
    when an event they registered for ended, and a consent they gave or changed.
    """
    from keet_desktop.domain.privacy.models import PersonConsent

    moments = union_all(
        select(Person.id.label("person_id"), Person.created_at.label("at")).where(
            Person.forgotten_at.is_(None)
        ),
        select(Registration.person_id, Registration.registered_at),
        select(Registration.person_id, Event.ends_at).join(
            Event, Event.id == Registration.event_id
        ),
        select(PersonConsent.person_id, PersonConsent.recorded_at),
    ).subquery()
    return (
        select(moments.c.person_id, func.max(moments.c.at).label("last_seen"))
        .group_by(moments.c.person_id)
        .subquery()
    )


def due_people(session: Session, cutoff: datetime) -> list[tuple[int, datetime]]:
    """Return ``(person_id, last_seen)`` of the people whose last activity is before ``cutoff``."""
    activity = last_activity_query()
    query = (
        select(activity.c.person_id, activity.c.last_seen)
        .join(Person, Person.id == activity.c.person_id)
        .where(Person.forgotten_at.is_(None), activity.c.last_seen < cutoff)
        .order_by(activity.c.last_seen, activity.c.person_id)
    )
    return [(row.person_id, _aware(row.last_seen)) for row in session.execute(query)]


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):  # a driver that returns the union's column as text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
