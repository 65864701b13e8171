"""The activity log: every export or print of personal data, and every privacy action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keet_desktop.domain.privacy.models import ActivityEntry


@dataclass(frozen=True)
class Activity:
    """One entry of the activity log.

    Attributes:
        at: When.
        action: What was done ("export", "print", "privacy_export", "forget", "purge").
        what: Of what (an event, a file kind; never a person's data).
        count: How many people it concerned.
        actor: Which desk or user.
    """

    at: datetime
    action: str
    what: str
    count: int
    actor: str


def record_activity(session: Session, action: str, what: str, count: int, actor: str) -> None:
    """Add an entry to the activity log within the caller's transaction.

    Args:
        session: The caller's write session.
        action: "export", "print", "privacy_export", "forget", "purge", ...
        what: What was exported or printed, e.g. "registrations of event 3 (xlsx)".
        count: How many people the file or action concerned.
        actor: The desk or user that did it.
    """
    session.add(ActivityEntry(action=action, what=what[:1000], count=count, actor=actor[:100]))


def read_activity(session: Session, limit: int = 1000) -> list[Activity]:
    """Return the newest ``limit`` entries, newest first."""
    rows = session.scalars(
        select(ActivityEntry)
        .order_by(ActivityEntry.at.desc(), ActivityEntry.id.desc())
        .limit(limit)
    )
    return [Activity(r.at, r.action, r.what, r.count, r.actor) for r in rows]
