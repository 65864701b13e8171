"""The desk's undo, its list of recent check-ins, the counters and the change token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, literal_column, select

from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    CheckIn,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
)
from keet_desktop.domain.services.checkin_results import (
    NotCheckedInError,
    UndoReasonRequiredError,
)
from keet_desktop.domain.text import nfc

_r = cast(Table, Registration.__table__)
_p = cast(Table, Person.__table__)
_c = cast(Table, CheckIn.__table__)


@dataclass(frozen=True)
class DeskCounters:
    """The counters always shown at the desk."""

    registered: int
    checked_in: int
    expected: int
    walk_ins: int


@dataclass(frozen=True)
class RecentCheckIn:
    """A standing check-in of a desk, for its undo list."""

    checkin_id: int
    registration_id: int
    name: str
    organisation: str
    checked_in_at: datetime
    walk_in: bool


class DeskQueries:
    """Undo, recent check-ins, counters and the change token (part of the CheckinService)."""

    _db: Database

    def undo(
        self,
        *,
        registration_id: int | None = None,
        checkin_id: int | None = None,
        reason: str,
        by: str = "",
    ) -> int:
        """Undo a standing check-in (by registration or check-in id); it is kept, marked undone.

        Returns:
            The id of the undone check-in.

        Raises:
            UndoReasonRequiredError: ``reason`` is empty.
            NotCheckedInError: There is no standing check-in.
        """
        if not nfc(reason):
            raise UndoReasonRequiredError("reason")
        with self._db.write() as session:
            query = select(CheckIn).where(CheckIn.undone_at.is_(None))
            if checkin_id is not None:
                query = query.where(CheckIn.id == checkin_id)
            else:
                query = query.where(CheckIn.registration_id == registration_id)
            checkin = session.scalar(query)
            if checkin is None:
                raise NotCheckedInError(id=registration_id if checkin_id is None else checkin_id)
            checkin.undone_at = utcnow()
            checkin.undone_by = nfc(by)
            checkin.undo_reason = nfc(reason)
            return checkin.id

    def recent(self, event_id: int, desk: str, limit: int = 10) -> list[RecentCheckIn]:
        """Return the standing check-ins of ``desk`` at an event, newest first."""
        query = (
            select(
                _c.c.id,
                _c.c.registration_id,
                _p.c.given_name,
                _p.c.family_name,
                _p.c.organisation,
                _c.c.checked_in_at,
                _c.c.walk_in,
            )
            .select_from(_c)
            .join(_r, _r.c.id == _c.c.registration_id)
            .join(_p, _p.c.id == _r.c.person_id)
            .where(_c.c.event_id == event_id, _c.c.desk == desk, _c.c.undone_at.is_(None))
            .order_by(_c.c.id.desc())
            .limit(limit)
        )
        with self._db.engine.connect() as conn:
            return [
                RecentCheckIn(
                    row.id,
                    row.registration_id,
                    f"{row.given_name} {row.family_name}".strip(),
                    row.organisation or "",
                    row.checked_in_at,
                    bool(row.walk_in),
                )
                for row in conn.execute(query)
            ]

    def counters(self, event_id: int) -> DeskCounters:
        """Return registered, checked in, still expected and walk-ins, in one query.

        Registered people are counted from the (event, status) index; the check-ins are the
        event's standing ones, read from ``ix_checkins_event_desk`` and joined to their
        registrations, so that part grows with the people present, not with the people
        registered. "Still expected" counts only registrations made before the door: an
        undone walk-in is expected by nobody.
        """
        # A literal, so that SQLite can use the partial index ix_registrations_walk_ins.
        walked_in = _r.c.source == literal_column(f"'{RegistrationSource.WALK_IN.value}'")
        event_registered = (_r.c.event_id == event_id, _r.c.status == RegistrationStatus.REGISTERED)
        registered = select(func.count()).where(*event_registered)
        registered_walk_ins = select(func.count()).where(*event_registered, walked_in)
        standing = (
            select(
                func.count(),
                func.count().filter(
                    _r.c.status == RegistrationStatus.REGISTERED, walked_in.is_not(True)
                ),
                func.count().filter(_c.c.walk_in.is_(True)),
            )
            .select_from(_c)
            .join(_r, _r.c.id == _c.c.registration_id)
            .where(_c.c.event_id == event_id, _c.c.undone_at.is_(None))
            .subquery()
        )
        query = select(
            registered.scalar_subquery(), registered_walk_ins.scalar_subquery(), *standing.c
        )
        with self._db.engine.connect() as conn:
            total, walk_in_total, present, present_expected, walk_ins = conn.execute(query).one()
        expected = int(total) - int(walk_in_total) - int(present_expected)
        return DeskCounters(int(total), int(present), expected, int(walk_ins))

    def change_token(self) -> tuple[Any, ...]:
        """Return a value that changes whenever the desks' counters may have changed.

        That is: any desk checks in, undoes or walks someone in, or a registration changes
        elsewhere (new, cancelled, promoted). Four index look-ups (newest check-in, newest
        undo, newest registration, newest change of a registration): cheap enough to poll
        every few hundred milliseconds from every desk.
        """
        query = select(
            select(func.max(_c.c.id)).scalar_subquery(),
            select(func.max(_c.c.undone_at)).where(_c.c.undone_at.is_not(None)).scalar_subquery(),
            select(func.max(_r.c.id)).scalar_subquery(),
            select(func.max(_r.c.updated_at)).scalar_subquery(),
        )
        with self._db.engine.connect() as conn:
            return tuple(conn.execute(query).one())
