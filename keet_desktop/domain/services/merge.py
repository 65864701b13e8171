"""Merging two records of the same person: registrations follow, conflicts are shown.

When both records are registered for the same event, the better registration stays
(registered beats waiting, waiting beats cancelled, the earlier beats the later) and the other
is cancelled by the merge and reported: nothing is silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import (
    Event,
    Person,
    PersonTag,
    Registration,
    RegistrationStatus,
)
from keet_desktop.domain.search import index_person
from keet_desktop.domain.services import waitlist
from keet_desktop.domain.text import email_key
from keet_desktop.i18n import QT_TRANSLATE_NOOP

MERGE_NOTE = "merged"

_RANK = {
    RegistrationStatus.REGISTERED: 0,
    RegistrationStatus.WAITLISTED: 1,
    RegistrationStatus.CANCELLED: 2,
}


class MergeSamePersonError(errors.KeetError):
    """A person cannot be merged with itself."""

    code = "merge_same_person"
    template = QT_TRANSLATE_NOOP("errors", "Choose two different people to merge.")


@dataclass(frozen=True)
class MergeConflict:
    """Both records were registered for one event: one registration kept, one cancelled."""

    event_id: int
    event_title: str
    kept_registration_id: int
    kept_status: RegistrationStatus
    cancelled_registration_id: int
    cancelled_status: RegistrationStatus


@dataclass(frozen=True)
class MergeResult:
    """The outcome of a merge."""

    person_id: int
    removed_person_id: int
    moved: int
    conflicts: list[MergeConflict]
    promoted: list[int]


def _better(a: Registration, b: Registration) -> tuple[Registration, Registration]:
    """Return (kept, other) of two registrations of one event."""
    key_a = (_RANK[a.status], a.waitlist_order or 0, a.registered_at, a.id)
    key_b = (_RANK[b.status], b.waitlist_order or 0, b.registered_at, b.id)
    return (a, b) if key_a <= key_b else (b, a)


def _load(session: Session, person_id: int) -> Person:
    person = session.get(
        Person,
        person_id,
        options=[selectinload(Person.tags), selectinload(Person.registrations)],
        with_for_update=True,
    )
    if person is None:
        raise errors.NotFoundError(what="person", key="id", value=person_id)
    return person


def merge_people(session: Session, keep_id: int, other_id: int) -> MergeResult:
    """Merge ``other`` into ``keep`` inside the caller's write transaction."""
    if keep_id == other_id:
        raise MergeSamePersonError()
    keep, other = _load(session, keep_id), _load(session, other_id)
    active = {
        r.event_id: r for r in keep.registrations if r.status is not RegistrationStatus.CANCELLED
    }
    conflicts: list[MergeConflict] = []
    touched: set[int] = set()
    moved = 0
    for registration in sorted(other.registrations, key=lambda r: r.id):
        mine = active.get(registration.event_id)
        if mine is not None and registration.status is not RegistrationStatus.CANCELLED:
            kept, dropped = _better(mine, registration)
            conflicts.append(_cancel_by_merge(session, kept, dropped))
            touched.add(registration.event_id)
        moved += 1
    session.flush()
    session.execute(
        update(Registration).where(Registration.person_id == other.id).values(person_id=keep.id)
    )
    _absorb_details(session, keep, other)
    promoted: list[int] = []
    for event_id in sorted(touched):
        event = session.scalar(select(Event).where(Event.id == event_id).with_for_update())
        assert event is not None
        promoted += waitlist.promote(session, event)
    return MergeResult(keep.id, other_id, moved, conflicts, promoted)


def _cancel_by_merge(session: Session, kept: Registration, dropped: Registration) -> MergeConflict:
    status = dropped.status
    dropped.status = RegistrationStatus.CANCELLED
    dropped.cancelled_at = utcnow()
    dropped.desk_note = (dropped.desk_note + " " if dropped.desk_note else "") + f"[{MERGE_NOTE}]"
    session.flush()
    title = session.scalar(select(Event.title).where(Event.id == kept.event_id)) or ""
    return MergeConflict(kept.event_id, title, kept.id, kept.status, dropped.id, status)


def _absorb_details(session: Session, keep: Person, other: Person) -> None:
    """Fill ``keep``'s empty fields and tags from ``other``, then delete ``other``."""
    email = other.email
    for name in ("phone", "organisation", "municipality"):
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    keep.consent_photos = keep.consent_photos or other.consent_photos
    keep.consent_mailing = keep.consent_mailing or other.consent_mailing
    tags = {t.tag for t in keep.tags}
    new_tags = [t.tag for t in other.tags if t.tag not in tags]
    for item in [*other.tags, *other.registrations, other]:
        session.expunge(item)
    session.execute(delete(PersonTag).where(PersonTag.person_id == other.id))
    session.execute(delete(Person).where(Person.id == other.id))
    keep.tags += [PersonTag(tag=tag) for tag in new_tags]
    if not keep.email and email:
        keep.email = email
        keep.email_key = email_key(email)
    session.flush()
    index_person(session, keep)  # found by the other record's e-mail and organisation too
