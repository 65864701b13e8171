"""What went wrong at the door: refused scans and undone check-ins, for the organiser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import Table, select

from keet_desktop.domain.db import Database
from keet_desktop.domain.models import CheckIn, Person, Registration, ScanLog
from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.i18n import QT_TRANSLATE_NOOP

_r = cast(Table, Registration.__table__)
_p = cast(Table, Person.__table__)
_c = cast(Table, CheckIn.__table__)
_log = cast(Table, ScanLog.__table__)

NOT_A_CODE = "not_a_code"
"""The outcome of a scan refused without a look-up (not a ticket code at all)."""

OUTCOME_NAMES: dict[str, str] = {
    NOT_A_CODE: QT_TRANSLATE_NOOP("checkin", "Not a ticket code"),
    Outcome.UNKNOWN_CODE: QT_TRANSLATE_NOOP("checkin", "Unknown code"),
    Outcome.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("checkin", "Already checked in"),
    Outcome.OTHER_EVENT: QT_TRANSLATE_NOOP("checkin", "Ticket for another event"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("checkin", "Cancelled registration"),
    Outcome.WAITLISTED: QT_TRANSLATE_NOOP("checkin", "On the waiting list"),
    Outcome.NOT_TODAY: QT_TRANSLATE_NOOP("checkin", "Event not today"),
    Outcome.CHECKED_IN: QT_TRANSLATE_NOOP("checkin", "Checked in"),
}
"""The English name of each logged outcome (context "checkin"), for the scan log."""


@dataclass(frozen=True)
class RefusedScan:
    """A scan at a desk that checked nobody in.

    Attributes:
        scanned_at: When (UTC).
        desk: The desk's name.
        code: What was scanned, control characters written as escapes (ESC as backslash, x1b).
        outcome: Why it was refused: an :class:`Outcome` value, or ``"not_a_code"``.
        detail: More about it: the other event's title, for a ticket of another event
            ("" otherwise).
    """

    scanned_at: datetime
    desk: str
    code: str
    outcome: str
    detail: str


@dataclass(frozen=True)
class UndoneCheckIn:
    """A check-in that was undone: who was checked in, and who undid it, when and why."""

    checkin_id: int
    registration_id: int
    name: str
    checked_in_at: datetime
    desk: str
    undone_at: datetime
    undone_by: str
    reason: str


class ScanLogQueries:
    """The event's refused scans and undone check-ins (part of the CheckinService)."""

    _db: Database

    def refused_scans(self, event_id: int) -> list[RefusedScan]:
        """Return the scans at ``event_id``'s desks that checked nobody in, newest first."""
        query = (
            select(_log.c.scanned_at, _log.c.desk, _log.c.code, _log.c.outcome, _log.c.detail)
            .where(_log.c.event_id == event_id)
            .order_by(_log.c.scanned_at.desc(), _log.c.id.desc())
        )
        with self._db.engine.connect() as conn:
            return [_refused(row) for row in conn.execute(query)]

    def undone_checkins(self, event_id: int) -> list[UndoneCheckIn]:
        """Return ``event_id``'s undone check-ins, the newest undo first."""
        query = (
            select(
                _c.c.id,
                _c.c.registration_id,
                _p.c.given_name,
                _p.c.family_name,
                _c.c.checked_in_at,
                _c.c.desk,
                _c.c.undone_at,
                _c.c.undone_by,
                _c.c.undo_reason,
            )
            .select_from(_c)
            .join(_r, _r.c.id == _c.c.registration_id)
            .join(_p, _p.c.id == _r.c.person_id)
            .where(_r.c.event_id == event_id, _c.c.undone_at.is_not(None))
            .order_by(_c.c.undone_at.desc(), _c.c.id.desc())
        )
        with self._db.engine.connect() as conn:
            return [
                UndoneCheckIn(
                    row.id,
                    row.registration_id,
                    f"{row.given_name} {row.family_name}".strip(),
                    row.checked_in_at,
                    row.desk or "",
                    row.undone_at,
                    row.undone_by or "",
                    row.undo_reason or "",
                )
                for row in conn.execute(query)
            ]


def _refused(row: object) -> RefusedScan:
    scanned_at, desk, code, outcome, detail = cast(tuple[datetime, str, str, str, str], row)
    if detail == NOT_A_CODE:
        outcome = NOT_A_CODE
    # The log keeps the title of the event found; only another event's title says more.
    detail = detail if outcome == Outcome.OTHER_EVENT else ""
    return RefusedScan(scanned_at, desk or "", code, outcome, detail or "")
