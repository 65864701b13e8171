"""Consent, right of access, erasure that really erases, retention purge (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from keet_desktop.domain import errors
from keet_desktop.domain.models import (
    CheckIn,
    Event,
    ExternalCode,
    Facilitator,
    Person,
    PersonSearchKey,
    Registration,
    ScanLog,
)
from keet_desktop.domain.privacy.errors import (
    AlreadyForgottenError,
    CheckedInTodayError,
    DeskOpenError,
    ReasonNamesPersonError,
    ReasonRequiredError,
)
from keet_desktop.domain.privacy.models import ConsentSource, ErasureEntry, Purpose
from tests.checkin_helpers import event_today, register
from tests.factories import make_event, person

EMAIL = "zoe.vandewalle@voorbeeld.be"


def _zoe(services, event_id: int) -> tuple[int, int, str]:
    registration_id, code = register(
        services,
        event_id,
        "Zoë",
        "Vandewalle",
        email=EMAIL,
        phone="+32470123456",
        organisation="Kringwinkel Aalst",
        desk_note="rolstoel",
    )
    person_id = services.registrations.get(registration_id).person.id
    return person_id, registration_id, code


def _backdate(db, person_id: int, when: datetime) -> None:
    with db.write() as session:
        session.execute(update(Person).where(Person.id == person_id).values(created_at=when))
        session.execute(
            update(Registration)
            .where(Registration.person_id == person_id)
            .values(registered_at=when)
        )
        event_ids = select(Registration.event_id).where(Registration.person_id == person_id)
        session.execute(
            update(Event).where(Event.id.in_(event_ids)).values(starts_at=when, ends_at=when)
        )


def test_consent_per_purpose_keeps_its_history(services):
    event_id = make_event(services)
    person_id, _reg, _code = _zoe(services, event_id)
    privacy = services.privacy
    assert privacy.set_consents(person_id, {Purpose.MAILING: True}, ConsentSource.FORM) == 1
    assert privacy.set_consents(person_id, {Purpose.MAILING: True}, ConsentSource.DESK) == 0
    privacy.set_consents(
        person_id, {Purpose.MAILING: False, Purpose.FUNDER: True}, ConsentSource.PHONE
    )
    held, history = privacy.consents(person_id)
    assert held[Purpose.MAILING] is False and held[Purpose.FUNDER] is True
    assert held[Purpose.PHOTOS] is False
    assert [(c.purpose, c.granted, c.source) for c in history] == [
        (Purpose.MAILING, True, ConsentSource.FORM),
        (Purpose.MAILING, False, ConsentSource.PHONE),
        (Purpose.FUNDER, True, ConsentSource.PHONE),
    ]
    assert privacy.people_with_consent("funder") == [person_id]
    assert privacy.people_with_consent(Purpose.MAILING) == []
    with services.db.read() as session:
        assert session.get(Person, person_id).consent_mailing is False


def test_forget_anonymises_and_keeps_the_counts(services):
    event_id = event_today(services)
    person_id, registration_id, code = _zoe(services, event_id)
    other_id, _ = register(services, event_id, "Jan", "Claes")
    with services.db.write() as session:
        session.add(ExternalCode(registration_id=registration_id, code="EB-778899", source="x"))
        session.add(Facilitator(name="Zoë Vandewalle", email=EMAIL, person_id=person_id))
        session.add(ScanLog(event_id=event_id, code=code, outcome="other_event", desk="1"))
    services.privacy.set_consents(person_id, {Purpose.FUNDER: True}, ConsentSource.FORM)

    erased = services.privacy.forget(person_id, "verzoek per e-mail", actor="organiser")

    assert erased.registrations == 1
    record = services.privacy.person_record(person_id, actor="organiser")
    assert record["person"]["given"] == record["person"]["family"] == ""
    assert record["person"]["email"] == record["person"]["phone"] == ""
    assert record["person"]["organisation"] == ""
    assert record["person"]["forgotten_at"]
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Registration)) == 2
        reg = session.get(Registration, registration_id)
        assert reg.desk_note == "" and reg.ticket_code != code
        assert (
            session.scalars(
                select(PersonSearchKey).where(PersonSearchKey.person_id == person_id)
            ).all()
            == []
        )
        assert session.scalars(select(ExternalCode)).all() == []
        assert session.scalar(select(ScanLog.code)) == ""
        facilitator = session.scalars(select(Facilitator)).one()
        assert (facilitator.email, facilitator.person_id) == ("", None)
        assert facilitator.name == f"#{facilitator.id}"
        log = session.scalars(select(ErasureEntry)).one()
        assert (log.person_id, log.kind, log.reason) == (person_id, "forget", "verzoek per e-mail")
    assert services.registrations.counts(event_id).registered == 2
    assert services.privacy.people_with_consent("funder") == []
    assert services.registrations.find_by_code(code) is None
    assert other_id
    assert [a.action for a in services.privacy.activity()] == ["privacy_export", "forget"]


def test_forget_refuses_bad_requests_and_changes_nothing(services):
    event_id = event_today(services)
    person_id, registration_id, code = _zoe(services, event_id)
    with pytest.raises(ReasonRequiredError):
        services.privacy.forget(person_id, "  ", actor="x")
    with pytest.raises(ReasonNamesPersonError):
        services.privacy.forget(person_id, "Zoe Vandewalle vroeg het", actor="x")
    with pytest.raises(errors.NotFoundError):
        services.privacy.forget(99999, "verzoek", actor="x")
    result = services.checkin.scan(code, event_id, "balie 1")
    assert result.outcome.value == "checked_in"
    with pytest.raises(CheckedInTodayError) as caught:
        services.privacy.forget(person_id, "verzoek", actor="x")
    assert "Netwerkavond circulair" in caught.value.english()
    with services.db.read() as session:
        assert session.get(Person, person_id).email == EMAIL
        assert session.scalars(select(ErasureEntry)).all() == []
    # after an undo the check-in no longer stands: forgetting works, then only once
    with services.db.write() as session:
        session.execute(update(CheckIn).values(undone_at=datetime.now(UTC)))
    services.privacy.forget(person_id, "verzoek", actor="x")
    with pytest.raises(AlreadyForgottenError):
        services.privacy.forget(person_id, "verzoek", actor="x")


def test_forgotten_data_is_in_no_sqlite_file(sqlite_services):
    services = sqlite_services
    event_id = make_event(services)
    for n in range(300):  # enough rows for several pages, so the person's page is shared
        register(services, event_id, f"Anna{n}", f"Peeters{n}")
    person_id, _reg, _code = _zoe(services, event_id)
    path = services.db.sqlite_path
    raw = path.read_bytes() + _wal(path)
    assert EMAIL.encode() in raw and b"Vandewalle" in raw  # the test can see it

    assert services.privacy.forget(person_id, "verzoek", actor="x").scrubbed

    for file in (path, path.with_name(path.name + "-wal")):
        data = file.read_bytes() if file.exists() else b""
        assert EMAIL.encode() not in data, file
        assert b"Vandewalle" not in data and b"vandewalle" not in data, file
        assert b"+32470123456" not in data and b"Kringwinkel" not in data, file


def _wal(path):
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_retention_preview_and_purge(services):
    old_event = make_event(services, title="Oud event")
    new_event = make_event(services, title="Nieuw event")
    old_id, _reg, _code = _zoe(services, old_event)
    recent_id = services.registrations.get(
        register(services, new_event, "Jan", "Claes")[0]
    ).person.id
    long_ago = datetime.now(UTC) - timedelta(days=800)
    _backdate(services.db, old_id, long_ago)

    preview = services.privacy.retention_preview()
    assert preview.months == 24
    assert [pid for pid, _seen in preview.people] == [old_id]
    assert abs(preview.people[0][1] - long_ago) < timedelta(seconds=1)

    dry = services.privacy.purge(dry_run=True, actor="cli")
    assert dry.purged == [] and len(dry.preview.people) == 1
    with services.db.read() as session:
        assert session.get(Person, old_id).email == EMAIL

    done = services.privacy.purge(actor="cli")
    assert done.purged == [old_id]
    with services.db.read() as session:
        assert session.get(Person, old_id).email is None
        assert session.get(Person, recent_id).given_name == "Jan"
    assert services.privacy.retention_preview().people == []
    # a shorter period from a setting
    services.privacy.set_retention_months(1)
    assert services.privacy.retention_months() == 1


def test_purge_is_refused_while_an_event_takes_place(services):
    event_today(services)
    old_event = make_event(services, title="Oud event")
    old_id, _reg, _code = _zoe(services, old_event)
    _backdate(services.db, old_id, datetime.now(UTC) - timedelta(days=800))
    with pytest.raises(DeskOpenError) as caught:
        services.privacy.purge(actor="cli")
    assert "Netwerkavond circulair" in caught.value.english()
    with services.db.read() as session:
        assert session.get(Person, old_id).email == EMAIL


def test_import_person_input_unchanged():
    assert person("A", "B").email == "a.b@example.be"


def test_import_maps_consent_columns(services, tmp_path):
    event_id = make_event(services)
    existing = _zoe(services, event_id)[0]
    services.privacy.set_consents(existing, {Purpose.MAILING: True}, ConsentSource.FORM)
    csv = tmp_path / "form.csv"
    csv.write_text(
        "Voornaam;Naam;E-mail;Ik wil de nieuwsbrief ontvangen;Foto's mogen gebruikt worden\n"
        f"Zoë;Vandewalle;{EMAIL};nee;\n"
        "Jan;Claes;jan@voorbeeld.be;Ja;ja\n"
        "Els;Maes;els@voorbeeld.be;;\n",
        encoding="utf-8",
    )
    imports = services.imports
    plan = imports.commit(imports.preview(imports.request(csv, event_id=event_id)))
    assert plan.committed
    with services.db.read() as session:
        ids = {row.email: row.id for row in session.execute(select(Person.email, Person.id))}
    zoe_now, zoe_history = services.privacy.consents(ids[EMAIL])
    assert zoe_now[Purpose.MAILING] is False  # withdrawn through the form
    assert [(c.granted, c.source) for c in zoe_history] == [
        (True, ConsentSource.FORM),
        (False, ConsentSource.IMPORT),
    ]
    jan_now, _ = services.privacy.consents(ids["jan@voorbeeld.be"])
    assert jan_now[Purpose.MAILING] and jan_now[Purpose.PHOTOS]
    assert services.privacy.consents(ids["els@voorbeeld.be"])[1] == []
    assert services.privacy.people_with_consent("mailing") == [ids["jan@voorbeeld.be"]]
