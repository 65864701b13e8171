"""Right of access: everything held about one person, as one JSON-ready document."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keet_desktop.domain import errors
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    ExternalCode,
    Person,
    PersonTag,
    Registration,
    ScanLog,
)
from keet_desktop.domain.privacy.consent import consent_history, current_consents
from keet_desktop.domain.timeutil import iso


def person_record(session: Session, person_id: int) -> dict[str, Any]:
    """Return everything held about a person: data, consents, registrations, check-ins, scans.

    Raises:
        NotFoundError: When there is no such person.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise errors.NotFoundError(what="person", key="id", value=person_id)
    tags = list(session.scalars(select(PersonTag.tag).where(PersonTag.person_id == person_id)))
    registrations = _registrations(session, person_id)
    codes = [r["ticket_code"] for r in registrations]
    codes += [c for r in registrations for c in r["external_codes"]]
    return {
        "person": {
            "id": person.id,
            "given": person.given_name,
            "family": person.family_name,
            "email": person.email or "",
            "phone": person.phone,
            "organisation": person.organisation,
            "municipality": person.municipality,
            "language": person.preferred_language,
            "tags": sorted(tags),
            "created_at": iso(person.created_at),
            "updated_at": iso(person.updated_at),
            "forgotten_at": iso(person.forgotten_at),
        },
        "consents": {
            p.value: granted for p, granted in current_consents(session, person_id).items()
        },
        "consent_history": [
            {
                "purpose": c.purpose.value,
                "granted": c.granted,
                "source": c.source.value,
                "at": iso(c.at),
            }
            for c in consent_history(session, person_id)
        ],
        "registrations": registrations,
        "scan_log": _scans(session, codes),
    }


def _registrations(session: Session, person_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Registration, Event.title, Event.starts_at, Event.ends_at)
        .join(Event, Event.id == Registration.event_id)
        .where(Registration.person_id == person_id)
        .order_by(Event.starts_at, Registration.id)
    ).all()
    ids = [row.Registration.id for row in rows]
    checkins: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for c in session.scalars(
        select(CheckIn).where(CheckIn.registration_id.in_(ids)).order_by(CheckIn.checked_in_at)
    ):
        checkins[c.registration_id].append(
            {
                "at": iso(c.checked_in_at),
                "desk": c.desk,
                "walk_in": c.walk_in,
                "minutes_online": c.minutes_online,
                "undone_at": iso(c.undone_at),
            }
        )
    external: dict[int, list[str]] = {i: [] for i in ids}
    for code in session.scalars(select(ExternalCode).where(ExternalCode.registration_id.in_(ids))):
        external[code.registration_id].append(code.code)
    return [
        {
            "id": row.Registration.id,
            "event": {
                "title": row.title,
                "starts_at": iso(row.starts_at),
                "ends_at": iso(row.ends_at),
            },
            "status": row.Registration.status.value,
            "role": row.Registration.role.value,
            "source": row.Registration.source.value,
            "ticket_code": row.Registration.ticket_code,
            "external_codes": external[row.Registration.id],
            "desk_note": row.Registration.desk_note,
            "registered_at": iso(row.Registration.registered_at),
            "cancelled_at": iso(row.Registration.cancelled_at),
            "checkins": checkins[row.Registration.id],
            "attendance_minutes": sum(
                c["minutes_online"] or 0
                for c in checkins[row.Registration.id]
                if not c["undone_at"]
            ),
        }
        for row in rows
    ]


def _scans(session: Session, codes: list[str]) -> list[dict[str, Any]]:
    if not codes:
        return []
    rows = session.scalars(
        select(ScanLog).where(ScanLog.code.in_(codes)).order_by(ScanLog.scanned_at)
    )
    return [
        {"at": iso(s.scanned_at), "code": s.code, "outcome": s.outcome, "desk": s.desk}
        for s in rows
    ]
