"""The managed lists behind the funder report: partners, municipalities, characteristics.

Participant characteristics are only shared with the funder with the person's consent.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.models import (
    Event,
    Municipality,
    Partner,
    Person,
    PersonCharacteristic,
    event_partners,
)
from keet_desktop.domain.privacy.consent import consent_history, record_consent
from keet_desktop.domain.privacy.models import ConsentSource, PersonConsent, Purpose
from keet_desktop.domain.text import fold, nfc
from keet_desktop.i18n import QT_TRANSLATE_NOOP

ELSEWHERE = "elsewhere"
UNKNOWN = "unknown"
_POSTCODE = re.compile(r"^\d{4}$")

# The Aalst reference region (Vlaamse referentieregio "Regio Aalst"), as migration 0011 seeds
# it; used when the managed list is empty.
DEFAULT_REGION = (
    ("Aalst", "9300 9308 9310 9320"),
    ("Denderleeuw", "9470 9472 9473"),
    ("Erpe-Mere", "9420"),
    ("Haaltert", "9450 9451"),
    ("Herzele", "9550 9551 9552"),
    ("Lede", "9340"),
    ("Ninove", "9400 9401 9402 9403 9404 9406"),
    ("Sint-Lievens-Houtem", "9520 9521"),
)

# De Keet's eight partners (PRODUCT.md): loaded with the demo season.
DEMO_PARTNERS = (
    "Streekvereniging Regio Aalst",  # local authority association
    "OCMW Aalst",  # social welfare centre
    "Provincie Oost-Vlaanderen",  # the province
    "Ondernemerscentrum Aalst",  # business centre
    "Hogeschool Odisee",  # university college
    "Samen Circulair vzw",  # non-profit
    "Kringwinkel Denderland",  # second-hand shop network
    "Circulaire Hub Dendermonde",  # circular-economy hub
)


class PostcodeError(errors.KeetError):
    """A postcode that is not four digits."""

    code = "invalid_postcode"
    template = QT_TRANSLATE_NOOP("errors", "“{value}” is not a Belgian postcode (four digits).")


class PartnerNameInUseError(errors.KeetError):
    """Two partners with one name."""

    code = "partner_name_in_use"
    template = QT_TRANSLATE_NOOP("errors", "There already is a partner called “{name}”.")


@dataclass(frozen=True)
class Region:
    """The region's municipalities, to place a person by postcode or municipality name."""

    by_postcode: dict[str, str]
    by_name: dict[str, str]
    names: tuple[str, ...]

    def place(self, postcode: str, municipality: str) -> str:
        """Return the person's municipality: a region name, ``elsewhere`` or ``unknown``.

        The postcode decides where it is known; else the municipality as typed.
        """
        code = postcode.strip()
        if code:
            return self.by_postcode.get(code, ELSEWHERE)
        name = fold(municipality)
        if not name:
            return UNKNOWN
        return self.by_name.get(name, ELSEWHERE)


@dataclass(frozen=True)
class FunderDetails:
    """What the funder report knows of one person.

    Attributes:
        name: The person's name.
        postcode: Their postcode.
        municipality: Their municipality.
        characteristics: Name, value and the stored "may be shared" mark of each
            characteristic (which characteristics may be shared, whatever the consent).
        funder_consent: Whether the person consents now to sharing with the funder.
        funder_consent_at: When that consent was last given or withdrawn (None: never asked).
    """

    name: str
    postcode: str
    municipality: str
    characteristics: list[tuple[str, str, bool]]
    funder_consent: bool = False
    funder_consent_at: datetime | None = None

    @property
    def shared(self) -> list[tuple[str, str, bool]]:
        """Each characteristic with whether it counts now: marked, and the person consents."""
        return [(n, v, mark and self.funder_consent) for n, v, mark in self.characteristics]


class PartnerService:
    """Partners, municipalities and characteristics: the lists the funder report counts by."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def partners(self, *, active_only: bool = False) -> list[Partner]:
        """The partners by name."""
        with self._db.read() as session:
            query = select(Partner).order_by(Partner.name)
            if active_only:
                query = query.where(Partner.active.is_(True))
            return list(session.scalars(query))

    def add_partner(self, name: str) -> int:
        """Add a partner; returns its id."""
        clean = nfc(name)
        if not clean:
            raise errors.RequiredError("name")
        with self._db.write() as session:
            if session.scalar(select(Partner.id).where(Partner.name == clean)) is not None:
                raise PartnerNameInUseError("name", name=clean)
            partner = Partner(name=clean, active=True)
            session.add(partner)
            session.flush()
            return partner.id

    def set_event_partners(self, event_id: int, partner_ids: list[int]) -> None:
        """Set the organising partners of an event."""
        with self._db.write() as session:
            if session.get(Event, event_id) is None:
                raise errors.NotFoundError(what="event", key="id", value=event_id)
            session.execute(delete(event_partners).where(event_partners.c.event_id == event_id))
            rows = [{"event_id": event_id, "partner_id": p} for p in sorted(set(partner_ids))]
            if rows:
                session.execute(insert(event_partners), rows)

    def region(self) -> Region:
        """The region's municipalities as a lookup."""
        with self._db.read() as session:
            rows = [
                tuple(r) for r in session.execute(select(Municipality.name, Municipality.postcodes))
            ]
        if not rows:
            rows = list(DEFAULT_REGION)
        by_postcode = {code: name for name, codes in rows for code in codes.split()}
        return Region(by_postcode, {fold(n): n for n, _ in rows}, tuple(sorted(n for n, _ in rows)))

    def set_postcode(self, person_id: int, postcode: str) -> str:
        """Store a person's postcode and the municipality it gives; returns the municipality."""
        code = postcode.strip()
        if code and not _POSTCODE.match(code):
            raise PostcodeError("postcode", value=code)
        region = self.region()
        with self._db.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            person.postcode = code
            place = region.place(code, person.municipality)
            if place not in (ELSEWHERE, UNKNOWN):
                person.municipality = place
            return place

    def funder_details(self, person_id: int) -> FunderDetails:
        """A person's postcode, municipality, characteristics and consent to share with the funder.

        The characteristics carry their "may be shared" mark as stored: a withdrawn consent
        (issue 13) leaves the marks as they are and shows in ``funder_consent``; a
        characteristic counts only when both hold (``FunderDetails.shared``).
        """
        with self._db.read() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            rows = session.execute(
                select(
                    PersonCharacteristic.name,
                    PersonCharacteristic.value,
                    PersonCharacteristic.funder_consent,
                )
                .where(PersonCharacteristic.person_id == person_id)
                .order_by(PersonCharacteristic.name)
            ).all()
            funder = [c for c in consent_history(session, person_id) if c.purpose is Purpose.FUNDER]
            return FunderDetails(
                person.full_name,
                person.postcode,
                person.municipality,
                [(name, value, bool(mark)) for name, value, mark in rows],
                funder[-1].granted if funder else False,
                funder[-1].at if funder else None,
            )

    def set_characteristic(
        self, person_id: int, name: str, value: str, *, funder_consent: bool
    ) -> None:
        """Set (or with an empty value, remove) an organiser-defined characteristic.

        ``funder_consent`` marks the characteristic "may be shared" with the funder. Marking it
        also records the person's consent to sharing with the funder (issue 13, source "form")
        when nothing is on record for them yet; it never gives again a consent the person
        withdrew, and clearing it never withdraws one (the person's consents, with their
        history, are changed in the person dialog or ``keet privacy``).
        """
        clean_name, clean_value = nfc(name), nfc(value)
        if not clean_name:
            raise errors.RequiredError("name")
        with self._db.write() as session:
            if session.get(Person, person_id) is None:
                raise errors.NotFoundError(what="person", key="id", value=person_id)
            session.execute(
                delete(PersonCharacteristic).where(
                    PersonCharacteristic.person_id == person_id,
                    PersonCharacteristic.name == clean_name,
                )
            )
            if clean_value:
                session.add(
                    PersonCharacteristic(
                        person_id=person_id,
                        name=clean_name,
                        value=clean_value,
                        funder_consent=funder_consent,
                    )
                )
                if funder_consent and not _asked(session, person_id, Purpose.FUNDER):
                    record_consent(session, person_id, Purpose.FUNDER, True, ConsentSource.FORM)


def _asked(session: Session, person_id: int, purpose: Purpose) -> bool:
    """Whether a consent for ``purpose`` (given or withdrawn) is on record for the person."""
    asked = select(PersonConsent.id).where(
        PersonConsent.person_id == person_id, PersonConsent.purpose == purpose.value
    )
    return session.scalar(asked.limit(1)) is not None


DEMO_TARGET_GROUPS = ("werkzoekend", "starter", "nieuwkomer", "50-plus", "student")
DEMO_CHARACTERISTIC = "Doelgroep ESF"


def seed_demo(session: Session, rng: random.Random, event_ids: list[int]) -> None:
    """Add the demo's partners (one or two per event), postcodes and target groups."""
    partner_ids = list(
        session.scalars(
            insert(Partner).returning(Partner.id, sort_by_parameter_order=True),
            [{"name": name, "active": True} for name in DEMO_PARTNERS],
        )
    )
    links = {
        (event_id, partner_id)
        for event_id in event_ids
        for partner_id in rng.sample(partner_ids, rng.choice((1, 1, 2)))
    }
    session.execute(
        insert(event_partners), [{"event_id": e, "partner_id": p} for e, p in sorted(links)]
    )
    postcodes = {
        name: codes.split()[0]
        for name, codes in session.execute(select(Municipality.name, Municipality.postcodes))
    }
    people = session.execute(select(Person.id, Person.municipality)).all()
    changes = [
        {"id": person_id, "postcode": postcodes[municipality]}
        for person_id, municipality in people
        if municipality in postcodes and rng.random() < 0.6
    ]
    if changes:  # one executemany (bulk UPDATE by primary key), not a statement per person
        session.execute(update(Person), changes)
    rows = [
        {
            "person_id": person_id,
            "name": DEMO_CHARACTERISTIC,
            "value": rng.choice(DEMO_TARGET_GROUPS),
            "funder_consent": rng.random() < 0.7,
        }
        for person_id, _ in people
        if rng.random() < 0.6
    ]
    if rows:
        session.execute(insert(PersonCharacteristic), rows)
        # The person's consent to share with the funder (issue 13) goes with the marked ones.
        # New demo people hold no consent yet, so one plain insert (cheap at a million).
        at = utcnow()
        consents = [
            {
                "person_id": r["person_id"],
                "purpose": Purpose.FUNDER.value,
                "granted": True,
                "source": ConsentSource.FORM.value,
                "recorded_at": at,
            }
            for r in rows
            if r["funder_consent"]
        ]
        if consents:
            session.execute(insert(PersonConsent), consents)


def event_partner_ids(db: Database, event_id: int) -> list[int]:
    """The ids of an event's organising partners."""
    with db.read() as session:
        return list(
            session.scalars(
                select(event_partners.c.partner_id).where(event_partners.c.event_id == event_id)
            )
        )


def set_municipality(db: Database, name: str, postcodes: str) -> int:
    """Add a municipality to the region's list, or change its postcodes; returns its id."""
    clean = nfc(name)
    if not clean:
        raise errors.RequiredError("name")
    codes = postcodes.replace(",", " ").split()
    for code in codes:
        if not _POSTCODE.match(code):
            raise PostcodeError("postcodes", value=code)
    with db.write() as session:
        found = session.scalar(select(Municipality).where(Municipality.name == clean))
        if found is None:
            found = Municipality(name=clean)
            session.add(found)
        found.postcodes = " ".join(codes)
        session.flush()
        return found.id
