"""Windows of big lists (registrations of an event, everyone in the database), done in SQL.

A screen asks for a count and then for the rows it shows, a window at a time, sorted and
filtered by the database: it never loads a whole table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from keet_desktop.domain.models import CheckIn, Person, Registration, RegistrationStatus
from keet_desktop.domain.text import fold
from keet_desktop.domain.trigram import TextFilter, contains


class RegistrationSort(enum.StrEnum):
    """What a window of registrations is sorted by."""

    STATUS = "status"  # registered, waiting (in line), cancelled; then registration time
    NAME = "name"
    ORGANISATION = "organisation"
    EMAIL = "email"
    WAITLIST = "waitlist"
    REGISTERED_AT = "registered_at"
    CHECKED_IN = "checked_in"  # issue 10: arrival time, people not yet arrived last


class Presence(enum.StrEnum):
    """Issue 10: which registrations the organiser wants to see by arrival."""

    ALL = ""
    PRESENT = "present"  # with a standing check-in
    NOT_YET = "not_yet"  # registered, not (or no longer) checked in


# Sorts that need no person column: the window is chosen on the registrations table alone.
REGISTRATION_ONLY_SORTS = frozenset(
    {RegistrationSort.STATUS, RegistrationSort.WAITLIST, RegistrationSort.REGISTERED_AT}
)


class PersonSort(enum.StrEnum):
    """What a window of people is sorted by."""

    NAME = "name"
    EMAIL = "email"
    ORGANISATION = "organisation"
    MUNICIPALITY = "municipality"
    REGISTRATIONS = "registrations"


@dataclass(frozen=True)
class RegistrationLine:
    """One line of an event's registrations table."""

    id: int
    person_id: int
    name: str
    organisation: str
    email: str
    status: RegistrationStatus
    waitlist_position: int | None
    registered_at: datetime
    checked_in_at: datetime | None = None  # issue 10: the standing check-in, if any
    checkin_desk: str = ""


@dataclass(frozen=True)
class PersonLine:
    """One line of the people table, with how many registrations the person has."""

    id: int
    given_name: str
    family_name: str
    email: str
    organisation: str
    municipality: str
    registrations: int
    active_registrations: int

    @property
    def full_name(self) -> str:
        """Given and family name."""
        return f"{self.given_name} {self.family_name}".strip()


def _search_condition(
    search: str | TextFilter, person_id: InstrumentedAttribute[int]
) -> ColumnElement[bool] | None:
    """People whose name, e-mail or organisation key contains the needle (see :mod:`trigram`).

    Given the text alone (no :func:`~keet_desktop.domain.trigram.text_filter`), the ``LIKE``
    conditions alone.
    """
    if isinstance(search, str):
        search = TextFilter(fold(search))
    return contains(search, person_id)


def _status_rank() -> ColumnElement[int]:
    return case(
        (Registration.status == RegistrationStatus.REGISTERED, 0),
        (Registration.status == RegistrationStatus.WAITLISTED, 1),
        else_=2,
    )


def registrations_query(
    event_id: int, text: str | TextFilter, presence: Presence = Presence.ALL
) -> Select[Registration, Person]:
    """The registrations of an event joined to their people, filtered by ``text``/arrival.

    ``text`` is best a :func:`~keet_desktop.domain.trigram.text_filter` (an index may serve it).
    """
    query = select(Registration, Person).join(Person, Person.id == Registration.person_id)
    query = query.where(Registration.event_id == event_id)
    if presence is Presence.PRESENT:
        query = query.where(standing_checkin().exists())
    elif presence is Presence.NOT_YET:
        query = query.where(
            Registration.status == RegistrationStatus.REGISTERED, ~standing_checkin().exists()
        )
    condition = _search_condition(text, Registration.person_id)
    return query if condition is None else query.where(condition)


def standing_checkin() -> Select[Any]:
    """A standing (not undone) check-in of the registration in the outer query."""
    return select(CheckIn.id).where(
        CheckIn.registration_id == Registration.id, CheckIn.undone_at.is_(None)
    )


def checkins_query(ids: list[int]) -> Select[int, datetime, str]:
    """Issue 10: the standing check-ins (time, desk) of the registrations in ``ids``."""
    return select(CheckIn.registration_id, CheckIn.checked_in_at, CheckIn.desk).where(
        CheckIn.registration_id.in_(ids), CheckIn.undone_at.is_(None)
    )


def registration_order(sort: RegistrationSort, descending: bool) -> list[Any]:
    """The ORDER BY of a registrations window; ties are broken by time and id."""
    arrived = standing_checkin().with_only_columns(CheckIn.checked_in_at).scalar_subquery()
    keys: dict[RegistrationSort, list[Any]] = {
        RegistrationSort.STATUS: [_status_rank(), Registration.waitlist_order],
        RegistrationSort.NAME: [Person.sort_key],
        RegistrationSort.ORGANISATION: [func.lower(Person.organisation)],
        RegistrationSort.EMAIL: [Person.email_key],
        RegistrationSort.WAITLIST: [Registration.waitlist_order.is_(None), _status_rank()],
        RegistrationSort.REGISTERED_AT: [],
        RegistrationSort.CHECKED_IN: [arrived.is_(None), arrived],
    }
    columns = [*keys[sort], Registration.registered_at, Registration.id]
    if sort is RegistrationSort.WAITLIST:
        columns.insert(2, Registration.waitlist_order)
    return [c.desc() if descending else c.asc() for c in columns]


def waiting_ahead_query(event_id: int, ids: list[int]) -> Select[int, int]:
    """For the waiting registrations in ``ids``: how many of the event wait ahead of them."""
    other = aliased(Registration)
    mine = aliased(Registration)
    return (
        select(mine.id, func.count(other.id))
        .select_from(mine)
        .outerjoin(
            other,
            and_(
                other.event_id == event_id,
                other.status == RegistrationStatus.WAITLISTED,
                or_(
                    other.waitlist_order < mine.waitlist_order,
                    and_(other.waitlist_order == mine.waitlist_order, other.id < mine.id),
                ),
            ),
        )
        .where(mine.id.in_(ids), mine.status == RegistrationStatus.WAITLISTED)
        .group_by(mine.id)
    )


def people_query(text: str | TextFilter) -> Select[Any]:
    """Everyone (filtered by ``text``, see :func:`registrations_query`) with registration counts."""
    total = (
        select(func.count(Registration.id))
        .where(Registration.person_id == Person.id)
        .correlate(Person)
        .scalar_subquery()
    )
    active = (
        select(func.count(Registration.id))
        .where(
            Registration.person_id == Person.id,
            Registration.status != RegistrationStatus.CANCELLED,
        )
        .correlate(Person)
        .scalar_subquery()
    )
    query = select(Person, total.label("total"), active.label("active"))
    condition = _search_condition(text, Person.id)
    return query if condition is None else query.where(condition)


def people_order(sort: PersonSort, descending: bool) -> list[Any]:
    """The ORDER BY of a people window."""
    keys: dict[PersonSort, list[Any]] = {
        PersonSort.NAME: [Person.sort_key],
        PersonSort.EMAIL: [Person.email_key],
        PersonSort.ORGANISATION: [func.lower(Person.organisation)],
        PersonSort.MUNICIPALITY: [func.lower(Person.municipality)],
        PersonSort.REGISTRATIONS: [literal_column("total")],
    }
    columns = [*keys[sort], Person.id]
    return [c.desc() if descending else c.asc() for c in columns]


def person_line(person: Person, total: int, active: int) -> PersonLine:
    """Make a :class:`PersonLine`."""
    return PersonLine(
        id=person.id,
        given_name=person.given_name,
        family_name=person.family_name,
        email=person.email or "",
        organisation=person.organisation,
        municipality=person.municipality,
        registrations=int(total or 0),
        active_registrations=int(active or 0),
    )
