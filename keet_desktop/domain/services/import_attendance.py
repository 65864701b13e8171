"""Mark webinar attendance from a Zoom or Teams report.

Each person's time is added up across rejoins (and across the report lines that match the same
registration). People are matched to the event's registrations by e-mail address, then by
name ("Jan Peeters" or "Peeters Jan", without case or accents, only when exactly one
registration has that name). Whoever was present at least the minimum (default: half the
session) gets a check-in at desk "online" with the minutes they were there. Importing the same
report again changes nothing; a new report updates the minutes of the online check-ins.
Waiting-list registrations are matched too: someone who attended a webinar attended it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.importing.attendance import Participant
from keet_desktop.domain.importing.reports import (
    AttendanceReport,
    ReportDateError,
    format_day,
    read_report,
)
from keet_desktop.domain.models import CheckIn, Event, Person, Registration, RegistrationStatus
from keet_desktop.domain.text import email_key, fold
from keet_desktop.domain.timeutil import to_local

ONLINE_DESK = "online"


@dataclass
class AttendancePlan:
    """What an attendance import does (preview) or did (commit)."""

    participants: int = 0
    matched: int = 0
    attended: int = 0
    checked_in: int = 0
    min_minutes: int = 0
    unmatched: list[Participant] = field(default_factory=list)
    absent: list[Participant] = field(default_factory=list)  # issue 12: registered, not there
    minutes: dict[int, int] = field(default_factory=dict, repr=False)
    committed: bool = False

    def as_json(self) -> dict[str, Any]:
        """The plan as ``keet import attendance --json`` prints it."""
        return {
            "participants": self.participants,
            "matched": self.matched,
            "attended": self.attended,
            "checked_in": self.checked_in,
            "min_minutes": self.min_minutes,
            "unmatched": [{"name": p.name, "email": p.email or None} for p in self.unmatched],
            "committed": self.committed,
            "absent": [{"name": p.name, "email": p.email or None} for p in self.absent],
        }


@dataclass(frozen=True)
class _Candidate:
    registration_id: int
    email_key: str | None
    names: tuple[str, str]


class AttendanceImportService:
    """Match a meeting report to an event's registrations and record who attended."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @staticmethod
    def read(path: Path) -> list[Participant]:
        """Read a Zoom or Teams report: the people present."""
        return read_report(path).participants

    @staticmethod
    def read_report(path: Path) -> AttendanceReport:
        """Read a Zoom or Teams report: present, absent (webinars) and the days it covers."""
        return read_report(path)

    def check_date(self, report: AttendanceReport, event_id: int, file_name: str) -> None:
        """Refuse a report of another day than the event's.

        Raises:
            ReportDateError: The report names days, none of them the event's.
        """
        with self._db.read() as session:
            event = _event(session, event_id)
            day = to_local(event.starts_at).date()
        other = report.other_day(day)
        if other is not None:
            raise ReportDateError(
                file=file_name, report_date=format_day(other), event_date=format_day(day)
            )

    def preview(
        self,
        participants: list[Participant],
        event_id: int,
        min_minutes: int | None = None,
        links: dict[str, int] | None = None,
    ) -> AttendancePlan:
        """Say who would be marked as attended, writing nothing.

        ``links`` maps :func:`participant_key` of people the organiser linked by hand to the
        id of their registration.
        """
        with self._db.read() as session:
            event = _event(session, event_id)
            plan = _plan(session, participants, event, min_minutes, links or {})
            plan.checked_in = len(_new_checkins(session, plan))
            return plan

    def commit(
        self,
        participants: list[Participant],
        event_id: int,
        min_minutes: int | None = None,
        links: dict[str, int] | None = None,
    ) -> AttendancePlan:
        """Record the attendance in one transaction (online check-ins with their minutes)."""
        with self._db.write() as session:
            event = _event(session, event_id)
            plan = _plan(session, participants, event, min_minutes, links or {})
            missing = _new_checkins(session, plan)
            standing = _standing_online(session, plan)
            for checkin in standing:
                checkin.minutes_online = plan.minutes[checkin.registration_id]
            for registration_id in missing:
                session.add(
                    CheckIn(
                        registration_id=registration_id,
                        event_id=event.id,
                        checked_in_at=event.starts_at,
                        desk=ONLINE_DESK,
                        operator="",
                        walk_in=False,
                        capacity_override=False,
                        minutes_online=plan.minutes[registration_id],
                        undone_by="",
                        undo_reason="",
                    )
                )
            plan.checked_in = len(missing)
            plan.committed = True
            return plan


def _event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise errors.NotFoundError("event_id", what="event", key="id", value=event_id)
    return event


def default_min_minutes(event: Event) -> int:
    """Half the session, in whole minutes."""
    return int((event.ends_at - event.starts_at).total_seconds() // 120)


class _Matcher:
    """Finds a participant's registration: linked by hand, by e-mail, then by a unique name."""

    def __init__(self, candidates: list[_Candidate], links: dict[str, int]) -> None:
        self.links = links
        self.known = {c.registration_id for c in candidates}
        self.by_email = {c.email_key: c.registration_id for c in candidates if c.email_key}
        self.by_name: dict[str, list[int]] = {}
        for candidate in candidates:
            for name in set(candidate.names):
                self.by_name.setdefault(name, []).append(candidate.registration_id)

    def find(self, participant: Participant) -> int | None:
        """The participant's registration id, or None."""
        linked = self.links.get(participant_key(participant))
        if linked in self.known:
            return linked
        for address in (participant.email, participant.upn):
            found = self.by_email.get(email_key(address) or "")
            if found is not None:
                return found
        for name in _name_forms(participant.name):
            named = self.by_name.get(name, [])
            if named:
                return named[0] if len(named) == 1 else None
        return None


def _name_forms(name: str) -> list[str]:
    """The folded name as written, and "Family, Given" (Teams) read without its comma."""
    forms = [fold(name)]
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip():
        forms.append(fold(f"{given.strip()} {family.strip()}"))
    return forms


def participant_key(participant: Participant) -> str:
    """The key a participant is linked by: the e-mail address, or else the name."""
    return email_key(participant.email) or "name:" + fold(participant.name)


def _plan(
    session: Session,
    participants: list[Participant],
    event: Event,
    min_minutes: int | None,
    links: dict[str, int],
) -> AttendancePlan:
    plan = AttendancePlan(participants=len(participants))
    plan.min_minutes = default_min_minutes(event) if min_minutes is None else min_minutes
    matcher = _Matcher(_candidates(session, event.id), links)
    seconds: dict[int, int] = {}
    for participant in participants:
        registration_id = matcher.find(participant)
        if registration_id is None:
            plan.unmatched.append(participant)
            continue
        seconds[registration_id] = seconds.get(registration_id, 0) + participant.seconds
    plan.matched = len(seconds)
    plan.minutes = {
        rid: total // 60 for rid, total in seconds.items() if total >= plan.min_minutes * 60
    }
    plan.attended = len(plan.minutes)
    return plan


def _candidates(session: Session, event_id: int) -> list[_Candidate]:
    query = (
        select(Registration.id, Person.email_key, Person.given_name, Person.family_name)
        .join(Person, Person.id == Registration.person_id)
        .where(
            Registration.event_id == event_id,
            Registration.status != RegistrationStatus.CANCELLED,
        )
    )
    return [
        _Candidate(rid, key, (fold(f"{given} {family}"), fold(f"{family} {given}")))
        for rid, key, given, family in session.execute(query)
    ]


def _standing(session: Session, plan: AttendancePlan) -> list[CheckIn]:
    if not plan.minutes:
        return []
    return list(
        session.scalars(
            select(CheckIn).where(
                CheckIn.registration_id.in_(list(plan.minutes)), CheckIn.undone_at.is_(None)
            )
        )
    )


def _new_checkins(session: Session, plan: AttendancePlan) -> list[int]:
    present = {c.registration_id for c in _standing(session, plan)}
    return [rid for rid in plan.minutes if rid not in present]


def _standing_online(session: Session, plan: AttendancePlan) -> list[CheckIn]:
    return [
        c
        for c in _standing(session, plan)
        if c.desk == ONLINE_DESK and c.minutes_online != plan.minutes[c.registration_id]
    ]
