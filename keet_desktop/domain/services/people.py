"""People (participants): find, create, change and search them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors, hygiene
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import Event, Person, PersonTag, Registration
from keet_desktop.domain.search import index_person
from keet_desktop.domain.services import merge, paging
from keet_desktop.domain.text import (
    email_key,
    email_problem,
    nfc,
    person_name_key,
    person_sort_key,
)
from keet_desktop.domain.trigram import contains, text_filter


@dataclass
class PersonInput:
    """What a user fills in for a person."""

    given_name: str
    family_name: str
    email: str | None = None
    phone: str = ""
    organisation: str = ""
    municipality: str = ""
    preferred_language: str = "nl"
    consent_photos: bool = False
    consent_mailing: bool = False
    tags: list[str] = field(default_factory=list)


def check_person(data: PersonInput) -> list[errors.KeetError]:
    """Return every problem with ``data``."""
    problems: list[errors.KeetError] = _control_problems(data)  # issue 11: these first
    if not nfc(data.given_name) and not nfc(data.family_name):
        problems.append(errors.RequiredError("family_name"))
    email = (data.email or "").strip()
    problem = email_problem(email) if email else None
    if problem is not None:
        problems.append(
            errors.InvalidEmailError("email", email=email, problem=problem[0], **problem[1])
        )
    phone = hygiene.phone_problem(data.phone)  # issue 11: validated as imports do
    if phone is not None:
        problems.append(phone)
    return problems


def _control_problems(data: PersonInput) -> list[errors.KeetError]:
    """Control characters in any text field, each naming its field."""
    return hygiene.control_problems(
        {
            "given_name": data.given_name,
            "family_name": data.family_name,
            "email": data.email,
            "phone": data.phone,
            "organisation": data.organisation,
            "municipality": data.municipality,
        }
    )


def apply_person(person: Person, data: PersonInput) -> None:
    """Copy ``data`` onto ``person``, normalised (names NFC and trimmed, e-mail key)."""
    person.given_name = nfc(data.given_name)
    person.family_name = nfc(data.family_name)
    email = nfc(data.email or "")
    person.email = email or None
    person.email_key = email_key(email)
    person.phone = nfc(data.phone)
    person.organisation = nfc(data.organisation)
    person.municipality = nfc(data.municipality)
    person.preferred_language = data.preferred_language
    person.consent_photos = data.consent_photos
    person.consent_mailing = data.consent_mailing
    person.name_key = person_name_key(person.given_name, person.family_name)
    person.sort_key = person_sort_key(person.given_name, person.family_name)


def find_or_create(session: Session, data: PersonInput) -> tuple[Person, bool]:
    """Return the person with ``data``'s e-mail (normalised), or a new one.

    An existing person keeps their data; empty fields are filled from ``data``.

    Returns:
        The person and whether it was created.
    """
    for problem in check_person(data):
        raise problem
    key = email_key(data.email)
    if key is not None:
        person = session.scalar(select(Person).where(Person.email_key == key))
        if person is not None:
            if _fill_blanks(person, data):
                index_person(session, person)
            return person, False
    person = Person()
    apply_person(person, data)
    person.tags = [PersonTag(tag=nfc(tag)) for tag in dict.fromkeys(data.tags) if nfc(tag)]
    session.add(person)
    session.flush()
    index_person(session, person)
    return person, True


def _fill_blanks(person: Person, data: PersonInput) -> bool:
    """Fill empty fields of ``person`` from ``data``; return whether the organisation changed."""
    organisation_changed = False
    for name in ("phone", "organisation", "municipality"):
        if not getattr(person, name) and nfc(getattr(data, name)):
            setattr(person, name, nfc(getattr(data, name)))
            organisation_changed = organisation_changed or name == "organisation"
    return organisation_changed


class PersonService:
    """Find, create, change and search people."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, person_id: int) -> Person:
        """Return a person with their tags."""
        with self._db.read() as session:
            person = session.scalar(
                select(Person).where(Person.id == person_id).options(selectinload(Person.tags))
            )
            if person is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            return person

    def find_by_email(self, email: str) -> Person | None:
        """Return the person with this e-mail address (any case), or None."""
        key = email_key(email)
        if key is None:
            return None
        with self._db.read() as session:
            return session.scalar(select(Person).where(Person.email_key == key))

    def create(self, data: PersonInput) -> Person:
        """Create a person; refuses an e-mail address that another person has."""
        for problem in check_person(data):
            raise problem
        with self._db.write() as session:
            self._refuse_taken_email(session, data.email, None)
            person, _created = find_or_create(session, data)
            return person

    def update(self, person_id: int, data: PersonInput) -> Person:
        """Change a person's data."""
        for problem in check_person(data):
            raise problem
        with self._db.write() as session:
            person = session.get(Person, person_id, options=[selectinload(Person.tags)])
            if person is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            self._refuse_taken_email(session, data.email, person_id)
            apply_person(person, data)
            index_person(session, person)
            wanted = [nfc(tag) for tag in dict.fromkeys(data.tags) if nfc(tag)]
            person.tags = [t for t in person.tags if t.tag in wanted] + [
                PersonTag(tag=tag) for tag in wanted if tag not in {t.tag for t in person.tags}
            ]
        return self.get(person_id)

    def search(self, text: str, limit: int = 50) -> list[Person]:
        """Return people whose name, e-mail or organisation contains ``text`` (any case/accents).

        The lists' filter (:mod:`~keet_desktop.domain.trigram`): the same people for the same
        text, ``%`` and ``_`` taken literally, served by the trigram index.
        """
        with self._db.read() as session:
            condition = contains(text_filter(session, text), Person.id)
            if condition is None:
                return []
            return list(
                session.scalars(
                    select(Person)
                    .where(condition)
                    .order_by(Person.family_name, Person.given_name, Person.id)
                    .limit(limit)
                )
            )

    def merge(self, keep_id: int, other_id: int) -> merge.MergeResult:
        """Merge person ``other_id`` into ``keep_id``: registrations follow, then it is removed.

        Both registered for one event: the better registration stays and the other is cancelled
        and reported in the result's ``conflicts`` (promotions as usual).
        """
        with self._db.write() as session:
            return merge.merge_people(session, keep_id, other_id)

    def count(self, text: str = "") -> int:
        """Return how many people match ``text`` (everyone when empty)."""
        with self._db.read() as session:
            query = paging.people_query(text_filter(session, text)).subquery()  # issue 14
            return int(session.scalar(select(func.count()).select_from(query)) or 0)

    def window(
        self,
        offset: int,
        limit: int,
        *,
        sort: paging.PersonSort = paging.PersonSort.NAME,
        descending: bool = False,
        text: str = "",
    ) -> list[paging.PersonLine]:
        """Return ``limit`` people from ``offset`` with their registration counts (SQL sorted)."""
        with self._db.read() as session:
            query = (
                paging.people_query(text_filter(session, text))  # issue 14: by index
                .order_by(*paging.people_order(sort, descending))
                .offset(offset)
                .limit(limit)
            )
            return [paging.person_line(p, t, a) for p, t, a in session.execute(query)]

    def list_people(self, text: str = "") -> list[paging.PersonLine]:
        """Return everyone (matching ``text``) with registration counts, by name."""
        return self.window(0, 1_000_000, text=text)

    def registrations_of(self, person_id: int) -> list[tuple[Registration, Event]]:
        """Return a person's registrations with their events, newest event first."""
        with self._db.read() as session:
            return [
                (r, e)
                for r, e in session.execute(
                    select(Registration, Event)
                    .join(Event, Event.id == Registration.event_id)
                    .where(Registration.person_id == person_id)
                    .order_by(Event.starts_at.desc(), Registration.id)
                )
            ]

    @staticmethod
    def _refuse_taken_email(session: Session, email: str | None, person_id: int | None) -> None:
        key = email_key(email)
        if key is None:
            return
        other = session.scalar(select(Person).where(Person.email_key == key))
        if other is not None and other.id != person_id:
            raise errors.EmailInUseError("email", email=email, person=other.full_name)
