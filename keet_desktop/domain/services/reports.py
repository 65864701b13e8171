"""The funder report for a period: every number, recomputable from registrations and check-ins.

How things count (the report's legend, printed with it):

- The period holds the events that *start* on a day from ``first`` to ``last`` (Brussels).
- Activities are the events held (not cancelled, not drafts); a cancelled event is only counted
  as cancelled, and nothing registered for it counts.
- Registrations are participants' places (status registered, walk-ins included); a place on the
  waiting list or a cancelled one is not a registration (waiting places are counted apart).
- An attendance is a standing check-in: an undone check-in does not count. A walk-in and an
  online attendee (webinar report) are attendances, also counted apart.
- A no-show is a registration without a standing check-in for an event that has ended.
- People are counted once each (unique people who attended); a first-timer attended nothing
  before the period, a returning person did. Organisations are distinct names of attendees.
- A person's municipality comes from the postcode where known, else the municipality typed;
  outside the region is "elsewhere", nothing known (e.g. a forgotten person) is "unknown".
- Hours: activity hours are the events' lengths; participant hours add each attendance's
  session length, or the minutes online from a webinar report; programme hours are the
  participant hours in programme sessions (the guidance given).
- Characteristics count attendees who consent now to sharing with the funder (the person's
  consent of issue 13, ``Purpose.FUNDER``: a withdrawal or a forgotten person stops it) and
  whose characteristic is marked "may be shared" (``PersonCharacteristic.funder_consent``, which
  chooses *which* characteristics; it no longer stands for the consent itself). Any group of
  fewer than 5 people is shown as "< 5".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, select

from keet_desktop.domain import dates, errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    EventKind,
    EventStatus,
    Partner,
    Person,
    PersonCharacteristic,
    Registration,
    RegistrationStatus,
    Role,
    event_partners,
)
from keet_desktop.domain.privacy.consent import with_consent_ids
from keet_desktop.domain.privacy.models import Purpose
from keet_desktop.domain.services.import_attendance import ONLINE_DESK
from keet_desktop.domain.services.organisation import organisation_name
from keet_desktop.domain.services.partners import ELSEWHERE, UNKNOWN, PartnerService
from keet_desktop.domain.text import fold
from keet_desktop.domain.timeutil import BRUSSELS, now, to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP

SMALL_GROUP = 5
SUPPRESSED = "< 5"


def shared_with_funder() -> tuple[ColumnElement[bool], ...]:
    """Conditions on :class:`PersonCharacteristic` rows the funder report may count.

    The person consents now to sharing with the funder (their newest ``funder`` consent is
    given, and they are not forgotten), and the characteristic is marked "may be shared".
    """
    consenting = select(Person.id).where(
        Person.id.in_(with_consent_ids(Purpose.FUNDER)), Person.forgotten_at.is_(None)
    )
    return (
        PersonCharacteristic.funder_consent.is_(True),
        PersonCharacteristic.person_id.in_(consenting),
    )


class PeriodError(errors.KeetError):
    """A report period that ends before it starts."""

    code = "report_period"
    template = QT_TRANSLATE_NOOP(
        "errors", "The report period must end on or after its first day ({period})."
    )

    def format(self, translate: Callable[[str, str], str]) -> str:
        """The message, its dates written as the windows write them, in its language."""
        period = dates.period_text(
            self.params["first"], self.params["last"], dates.language_of(translate)
        )
        return translate("errors", self.template).format(**self.params, period=period)


def suppress(count: int) -> int | str:
    """Return ``count``, or "< 5" for a small group (1 to 4 people)."""
    return SUPPRESSED if 0 < count < SMALL_GROUP else count


@dataclass
class KindFigures:
    """The figures of one kind of activity (or one partner)."""

    activities: int = 0
    registrations: int = 0
    attendances: int = 0
    no_shows: int = 0
    hours: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """The figures as JSON."""
        return {
            "activities": self.activities,
            "registrations": self.registrations,
            "attendances": self.attendances,
            "no_shows": self.no_shows,
            "hours": round(self.hours, 2),
        }


@dataclass
class FunderReport:
    """Every number of the funder report (see the module's legend)."""

    first: date
    last: date
    organisation: str = ""  # the author of the report's files, not one of its numbers
    activities: int = 0
    cancelled_activities: int = 0
    activity_hours: float = 0.0
    registrations: int = 0
    waitlisted: int = 0
    cancelled_registrations: int = 0
    attendances: int = 0
    walk_ins: int = 0
    online: int = 0
    no_shows: int = 0
    people_registered: int = 0
    unique_people: int = 0
    first_timers: int = 0
    returning: int = 0
    organisations: int = 0
    participant_hours: float = 0.0
    programme_hours: float = 0.0
    by_kind: dict[str, KindFigures] = field(default_factory=dict)
    by_partner: dict[str, KindFigures] = field(default_factory=dict)
    by_municipality: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)
    characteristics: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The report as in ``keet report --json``: every number the documents show."""
        return {
            "period": {"from": self.first.isoformat(), "to": self.last.isoformat()},
            "activities": {
                "held": self.activities,
                "cancelled": self.cancelled_activities,
                "hours": round(self.activity_hours, 2),
            },
            "registrations": self.registrations,
            "waitlisted": self.waitlisted,
            "cancelled_registrations": self.cancelled_registrations,
            "attendances": self.attendances,
            "walk_ins": self.walk_ins,
            "online": self.online,
            "no_shows": self.no_shows,
            "people_registered": self.people_registered,
            "unique_people": self.unique_people,
            "first_timers": self.first_timers,
            "returning": self.returning,
            "organisations": self.organisations,
            "by_kind": {k: v.as_json() for k, v in self.by_kind.items()},
            "by_partner": {k: v.as_json() for k, v in self.by_partner.items()},
            "by_municipality": dict(self.by_municipality),
            "attendance_by_month": dict(self.by_month),
            "hours": {
                "activities": round(self.activity_hours, 2),
                "participants": round(self.participant_hours, 2),
                "programme_guidance": round(self.programme_hours, 2),
            },
            "characteristics": {
                name: {value: suppress(n) for value, n in values.items()}
                for name, values in self.characteristics.items()
            },
        }


def period_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """Return the UTC-aware start (inclusive) and end (exclusive) of a period of days."""
    if last < first:
        raise PeriodError("last", first=first, last=last)
    start = datetime.combine(first, time(0), tzinfo=BRUSSELS)
    end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=BRUSSELS)
    return start, end


@dataclass
class _EventInfo:
    kind: str
    minutes: float
    ended: bool
    programme: bool
    month: str
    partners: list[str]


class ReportService:
    """The funder report."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lists = PartnerService(db)

    def funder_report(self, first: date, last: date) -> FunderReport:
        """Compute every figure of the report for the days ``first`` to ``last``."""
        start, end = period_bounds(first, last)
        region = self._lists.region()
        report = FunderReport(first, last)
        report.by_kind = {kind.value: KindFigures() for kind in EventKind}
        with self._db.read() as session:
            report.organisation = organisation_name(session)
            events = self._events(session, report, start, end)
            # Grouped in the database: a few thousand rows instead of one per registration.
            connection = session.connection()
            held = (
                (Event.starts_at >= start)
                & (Event.starts_at < end)
                & (Event.status == EventStatus.PUBLISHED)
                & (Registration.role == Role.PARTICIPANT)
            )
            standing = (CheckIn.registration_id == Registration.id) & CheckIn.undone_at.is_(None)
            came = case((CheckIn.id.is_not(None), 1), else_=0)
            walk_in = case((CheckIn.walk_in.is_(True), 1), else_=0)
            online = case(
                ((CheckIn.desk == ONLINE_DESK) | CheckIn.minutes_online.is_not(None), 1), else_=0
            )
            groups = connection.execute(
                select(
                    Registration.event_id,
                    Registration.status,
                    came,
                    walk_in,
                    online,
                    func.count(),
                    func.count(CheckIn.minutes_online),
                    func.coalesce(func.sum(CheckIn.minutes_online), 0),
                )
                .join(Event, Event.id == Registration.event_id)
                .outerjoin(CheckIn, standing)
                .where(held)
                .group_by(Registration.event_id, Registration.status, came, walk_in, online)
            ).all()
            self._count_groups(report, events, groups)
            reached = connection.execute(
                select(Registration.person_id, func.max(came))
                .join(Event, Event.id == Registration.event_id)
                .outerjoin(CheckIn, standing)
                .where(held, Registration.status == RegistrationStatus.REGISTERED)
                .group_by(Registration.person_id)
            ).all()
            report.people_registered = len(reached)
            attendees = {person_id for person_id, attended in reached if attended}
            report.unique_people = len(attendees)
            before = set(
                session.scalars(
                    select(Registration.person_id)
                    .distinct()
                    .join(Event, Event.id == Registration.event_id)
                    .join(CheckIn, CheckIn.registration_id == Registration.id)
                    .where(
                        Event.starts_at < start,
                        Event.status == EventStatus.PUBLISHED,
                        Registration.role == Role.PARTICIPANT,
                        CheckIn.undone_at.is_(None),
                    )
                )
            )
            people = connection.execute(
                select(Person.id, Person.organisation, Person.postcode, Person.municipality)
            ).all()
            traits = session.execute(
                select(
                    PersonCharacteristic.person_id,
                    PersonCharacteristic.name,
                    PersonCharacteristic.value,
                ).where(*shared_with_funder())
            ).all()
        report.returning = len(attendees & before)
        report.first_timers = len(attendees) - report.returning
        places: Counter[str] = Counter()
        organisations: set[str] = set()
        for person_id, organisation, postcode, municipality in people:
            if person_id in attendees:
                places[region.place(postcode, municipality)] += 1
                if fold(organisation):
                    organisations.add(fold(organisation))
        report.organisations = len(organisations)
        report.by_municipality = {
            name: places[name] for name in (*region.names, ELSEWHERE, UNKNOWN)
        }
        characteristics: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for person_id, name, value in traits:
            if person_id in attendees:
                characteristics[name][value] += 1
        report.characteristics = {
            name: dict(sorted(values.items())) for name, values in sorted(characteristics.items())
        }
        return report

    @staticmethod
    def _events(
        session: Any, report: FunderReport, start: datetime, end: datetime
    ) -> dict[int, _EventInfo]:
        partners: defaultdict[int, list[str]] = defaultdict(list)
        for event_id, name in session.execute(
            select(event_partners.c.event_id, Partner.name)
            .join(Partner, Partner.id == event_partners.c.partner_id)
            .join(Event, Event.id == event_partners.c.event_id)
            .where(Event.starts_at >= start, Event.starts_at < end)
        ):
            partners[event_id].append(name)
        moment = now()
        events: dict[int, _EventInfo] = {}
        for row in session.execute(
            select(
                Event.id,
                Event.kind,
                Event.status,
                Event.starts_at,
                Event.ends_at,
                Event.programme_id,
            ).where(Event.starts_at >= start, Event.starts_at < end)
        ):
            if row.status is EventStatus.CANCELLED:
                report.cancelled_activities += 1
                continue
            if row.status is not EventStatus.PUBLISHED:
                continue
            minutes = (row.ends_at - row.starts_at).total_seconds() / 60
            info = _EventInfo(
                row.kind.value,
                minutes,
                row.ends_at <= moment,
                row.programme_id is not None,
                to_local(row.starts_at).strftime("%Y-%m"),
                sorted(partners.get(row.id, [])),
            )
            events[row.id] = info
            report.activities += 1
            report.activity_hours += minutes / 60
            for figures in _figures_of(report, info):
                figures.activities += 1
                figures.hours += minutes / 60
        report.by_month = _months(report.first, report.last)
        report.by_partner = dict(sorted(report.by_partner.items()))
        return events

    @staticmethod
    def _count_groups(
        report: FunderReport, events: dict[int, _EventInfo], groups: Sequence[Any]
    ) -> None:
        for event_id, status, came, walk_in, online, count, timed, minutes in groups:
            info = events[event_id]
            if status is RegistrationStatus.WAITLISTED:
                report.waitlisted += count
                continue
            if status is RegistrationStatus.CANCELLED:
                report.cancelled_registrations += count
                continue
            report.registrations += count
            figures = _figures_of(report, info)
            for group in figures:
                group.registrations += count
            if not came:
                if info.ended:
                    report.no_shows += count
                    for group in figures:
                        group.no_shows += count
                continue
            report.attendances += count
            report.walk_ins += count if walk_in else 0
            report.online += count if online else 0
            hours = (float(minutes) + (count - timed) * info.minutes) / 60
            report.participant_hours += hours
            if info.programme:
                report.programme_hours += hours
            report.by_month[info.month] = report.by_month.get(info.month, 0) + count
            for group in figures:
                group.attendances += count


def _figures_of(report: FunderReport, info: _EventInfo) -> list[KindFigures]:
    groups = [report.by_kind[info.kind]]
    groups += [report.by_partner.setdefault(name, KindFigures()) for name in info.partners]
    return groups


def _months(first: date, last: date) -> dict[str, int]:
    months: dict[str, int] = {}
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months[f"{year:04d}-{month:02d}"] = 0
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
