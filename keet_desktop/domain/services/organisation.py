"""The organisation that runs the app: name, address, language, logo and default venue.

Other features read it here: certificates and badges take the logo, PDFs take the name as their
author (``OrganisationService.get().name``). The first run sets it up; the Organisation dialog
changes it later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import Event, Organisation, Person, Room, Venue
from keet_desktop.domain.text import nfc
from keet_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP

MAX_LOGO_BYTES = 2_000_000
_ROOM_LINE = re.compile(r"^(.*?)(?:[\s,;:]+(\d{1,5}))?$")


class InvalidLogoError(errors.KeetError):
    """A logo that is not a PNG or JPEG image."""

    code = "invalid_logo"
    template = QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG image.")


class LogoTooBigError(errors.KeetError):
    """A logo of more than 2 MB."""

    code = "logo_too_big"
    template = QT_TRANSLATE_NOOP(
        "errors", "The logo is {size} MB; at most 2 MB fits on badges and certificates."
    )


@dataclass
class OrganisationInput:
    """What the organiser fills in (first run or the Organisation dialog)."""

    name: str
    address: str = ""
    language: str = "nl"
    logo: bytes | None = None
    default_venue_id: int | None = None


@dataclass(frozen=True)
class OrganisationInfo:
    """The organisation as stored; ``name`` is "" until it is set up."""

    name: str = ""
    address: str = ""
    language: str = "nl"
    logo: bytes | None = None
    logo_type: str = ""
    default_venue_id: int | None = None

    @property
    def is_set_up(self) -> bool:
        """Whether the organisation has a name."""
        return bool(self.name)


@dataclass
class FirstVenue:
    """The default venue made at the first run, with its rooms ("Zaal A; 30" per line)."""

    name: str
    address: str = ""
    rooms: list[str] = field(default_factory=list)


def logo_type(data: bytes) -> str:
    """Return "png" or "jpeg" from the image's first bytes, or "" for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return ""


def parse_room(line: str) -> tuple[str, int | None]:
    """Split "Zaal A; 30" (or "Zaal A 30", "Zaal A") into name and capacity."""
    match = _ROOM_LINE.match(nfc(line))
    assert match is not None  # the pattern matches every string
    name, capacity = match.group(1).strip(" ,;:"), match.group(2)
    if not name:  # a bare number is a room's name ("101")
        return nfc(line), None
    return name, int(capacity) if capacity else None


def _check(data: OrganisationInput) -> None:
    if not nfc(data.name):
        raise errors.RequiredError("organisation")
    if data.language not in LANGUAGES:
        raise errors.ValidationError("language", detail=data.language)
    if data.logo is not None:
        if not logo_type(data.logo):
            raise InvalidLogoError("logo")
        if len(data.logo) > MAX_LOGO_BYTES:
            raise LogoTooBigError("logo", size=f"{len(data.logo) / 1e6:.1f}")


def _info(row: Organisation | None) -> OrganisationInfo:
    if row is None:
        return OrganisationInfo()
    return OrganisationInfo(
        row.name, row.address, row.language, row.logo, row.logo_type, row.default_venue_id
    )


def organisation_name(session: Session) -> str:
    """The organisation's name in an open session ("" until it is set up): documents' author."""
    name = session.scalar(select(Organisation.name).order_by(Organisation.id).limit(1))
    return name or ""


class OrganisationService:
    """Read and change the organisation's own settings (one row in ``organisation``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> OrganisationInfo:
        """Return the organisation (empty until the first run set it up)."""
        with self._db.read() as session:
            return _info(session.scalars(select(Organisation).order_by(Organisation.id)).first())

    def needs_first_run(self) -> bool:
        """Whether the database is new: no organisation, no events and no people."""
        with self._db.read() as session:
            if session.scalar(select(func.count()).select_from(Organisation)):
                return False
            if session.scalar(select(func.count()).select_from(Event)):
                return False
            return not session.scalar(select(func.count()).select_from(Person))

    def save(self, data: OrganisationInput) -> OrganisationInfo:
        """Store the organisation's settings (validated); return them."""
        _check(data)
        with self._db.write() as session:
            row = session.scalars(select(Organisation).order_by(Organisation.id)).first()
            if row is None:
                row = Organisation()
                session.add(row)
            self._apply(row, data)
            session.flush()
            return _info(row)

    def set_up(self, data: OrganisationInput, venue: FirstVenue | None) -> OrganisationInfo:
        """First run: the organisation and, if given, its default venue with rooms (one step)."""
        _check(data)
        with self._db.write() as session:
            row = Organisation()
            self._apply(row, data)
            if venue is not None and nfc(venue.name):
                place = Venue(name=nfc(venue.name), address=nfc(venue.address), notes="")
                session.add(place)
                session.flush()
                names = [parse_room(line) for line in venue.rooms if nfc(line)]
                for name, capacity in dict(names).items():
                    session.add(Room(venue_id=place.id, name=name, capacity=capacity))
                row.default_venue_id = place.id
            session.add(row)
            session.flush()
            return _info(row)

    @staticmethod
    def _apply(row: Organisation, data: OrganisationInput) -> None:
        row.name = nfc(data.name)
        row.address = data.address.strip()
        row.language = data.language
        row.logo = data.logo
        row.logo_type = logo_type(data.logo) if data.logo else ""
        if data.default_venue_id is not None:
            row.default_venue_id = data.default_venue_id
