"""Programme results: per participant the sessions attended, hours, share and completion.

A session is attended with a standing check-in (an undone one does not count): at the desk it
counts the session's length in hours; from a webinar report (``minutes_online``) it counts the
minutes the person was online. Cancelled sessions are not part of the programme's total.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, literal, select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventStatus,
    Person,
    Programme,
    Registration,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.text import fold
from keet_desktop.domain.timeutil import to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP


class CompletionRule(enum.StrEnum):
    """How a programme decides who completed it."""

    SHARE = "share"  # at least this % of the sessions
    HOURS = "hours"  # at least this many hours


class CompletionValueError(errors.KeetError):
    """A completion rule with an impossible value."""

    code = "completion_value"
    template = QT_TRANSLATE_NOOP(
        "errors", "The completion rule needs a value between 0 and {maximum}, not {value}."
    )


@dataclass(frozen=True)
class ParticipantResult:
    """One participant's result in a programme."""

    person_id: int
    name: str
    sessions_attended: int
    sessions_total: int
    hours: float
    completed: bool

    @property
    def share(self) -> float:
        """Attended sessions as a fraction of all sessions (0..1)."""
        return self.sessions_attended / self.sessions_total if self.sessions_total else 0.0

    def as_json(self) -> dict[str, object]:
        """The row as in ``keet programme results --json``."""
        return {
            "person_id": self.person_id,
            "name": self.name,
            "sessions_attended": self.sessions_attended,
            "sessions_total": self.sessions_total,
            "hours": round(self.hours, 2),
            "share": round(self.share, 4),
            "completed": self.completed,
        }


@dataclass(frozen=True)
class ProgrammeResults:
    """A programme, its rule and every participant's result."""

    programme_id: int
    title: str
    first_day: date | None
    last_day: date | None
    rule: CompletionRule
    value: float
    sessions_total: int
    rows: list[ParticipantResult]


def is_completed(
    rule: CompletionRule, value: float, attended: int, total: int, hours: float
) -> bool:
    """Apply a programme's completion rule (share in %, or hours)."""
    if rule is CompletionRule.HOURS:
        return hours + 1e-9 >= value
    return total > 0 and attended * 100 + 1e-9 >= value * total


class ResultsService:
    """Programme results and completion rules."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def set_rule(self, programme_id: int, rule: CompletionRule, value: float) -> None:
        """Change a programme's completion rule."""
        maximum = 100.0 if rule is CompletionRule.SHARE else 10_000.0
        if not 0 <= value <= maximum:
            raise CompletionValueError("completion_value", maximum=int(maximum), value=value)
        with self._db.write() as session:
            programme = _programme(session, programme_id)
            programme.completion_rule = rule.value
            programme.completion_value = float(value)

    def results(self, programme_id: int) -> ProgrammeResults:
        """Every participant's sessions, hours, share and completion."""
        with self._db.read() as session:
            programme = _programme(session, programme_id)
            sessions = {
                row.id: (row.ends_at - row.starts_at).total_seconds() / 60
                for row in session.execute(
                    select(Event.id, Event.starts_at, Event.ends_at).where(
                        Event.programme_id == programme_id,
                        Event.status != EventStatus.CANCELLED,
                    )
                )
            }
            days = [
                to_local(d).date()
                for d in session.scalars(
                    select(Event.starts_at).where(
                        Event.programme_id == programme_id,
                        Event.status != EventStatus.CANCELLED,
                    )
                )
            ]
            rows = list(session.execute(_per_person(sessions))) if sessions else []
        rule = CompletionRule(programme.completion_rule)
        value = float(programme.completion_value)
        total = len(sessions)
        rows.sort(key=lambda r: (fold(r.family_name), fold(r.given_name), r.person_id))
        results = [
            ParticipantResult(
                row.person_id,
                f"{row.given_name} {row.family_name}".strip(),
                row.attended,
                total,
                (row.minutes or 0) / 60,
                is_completed(rule, value, row.attended, total, (row.minutes or 0) / 60),
            )
            for row in rows
        ]
        return ProgrammeResults(
            programme.id,
            programme.title,
            min(days, default=programme.starts_on),
            max(days, default=programme.ends_on),
            rule,
            value,
            total,
            results,
        )


def _per_person(sessions: dict[int, float]) -> Select[int, str, str, int, Any]:
    """Per participant: sessions attended and minutes, counted by the database.

    A standing check-in counts the minutes online when a webinar report gave them, else the
    session's length (``sessions``: minutes per session id).

    One row per person, not per registration: 10,000 participants of 12 sessions are read as
    10,000 rows, and the counting runs in the database, not in Python.
    """
    length = case(
        {event_id: literal(minutes) for event_id, minutes in sessions.items()},
        value=Registration.event_id,
    )
    minutes = func.coalesce(CheckIn.minutes_online, length)
    return (
        select(
            Registration.person_id,
            Person.given_name,
            Person.family_name,
            func.count(CheckIn.id).label("attended"),
            func.sum(case((CheckIn.id.is_not(None), minutes))).label("minutes"),
        )
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(
            CheckIn,
            (CheckIn.registration_id == Registration.id) & CheckIn.undone_at.is_(None),
        )
        .where(
            Registration.event_id.in_(list(sessions)),
            Registration.status == RegistrationStatus.REGISTERED,
            Registration.role == Role.PARTICIPANT,
        )
        .group_by(Registration.person_id, Person.given_name, Person.family_name)
    )


def _programme(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise errors.NotFoundError(what="programme", key="id", value=programme_id)
    return programme
