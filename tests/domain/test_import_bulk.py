"""The import's bulk insert: the same rows as SQLAlchemy's own insert, defaults and types kept."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from keet_desktop.domain.models import (
    ExternalCode,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.services import import_bulk, import_writer
from keet_desktop.domain.services.import_bulk import insert_rows
from keet_desktop.domain.text import TICKET_ALPHABET, TICKET_LENGTH, person_sort_key
from tests.factories import make_event

BRUSSELS_SUMMER = timezone(timedelta(hours=2))
NOW = datetime(2026, 7, 1, 12, 30, 15, 123456, tzinfo=BRUSSELS_SUMMER)


def _person(n, **changes):
    given, family = f"Ëlise{n}", "Van den Bossche"
    row = {
        "id": 100 + n,
        "given_name": given,
        "family_name": family,
        "email": f"elise{n}@example.be" if n % 2 else None,
        "email_key": f"elise{n}@example.be" if n % 2 else None,
        "phone": "",
        "organisation": "Acme" if n % 3 else "",
        "organisation_key": "acme" if n % 3 else "",  # issue 14: computed per row too
        "municipality": "Aalst",
        "preferred_language": "nl",
        "consent_photos": bool(n % 2),
        "consent_mailing": False,
        "name_key": f"elise{n} van den bossche",
        "sort_key": person_sort_key(given, family),
        "created_at": NOW,
        "updated_at": NOW + timedelta(seconds=n),
    }
    row.update(changes)
    return row


def _people(db):
    with db.read() as session:
        return [
            {column.key: getattr(p, column.key) for column in Person.__table__.columns}
            for p in session.scalars(select(Person).order_by(Person.id))
        ]


def test_rows_read_back_as_sqlalchemy_would_write_them(db):
    rows = [_person(n) for n in range(5)]
    with db.write() as session:
        insert_rows(session.connection(), Person.__table__, rows)
    ours = _people(db)
    with db.write() as session:
        session.execute(Person.__table__.delete())
        session.connection().execute(insert(Person.__table__), rows)
    assert ours == _people(db)
    assert ours[0]["created_at"] == NOW and ours[0]["created_at"].tzinfo == UTC
    assert [p["updated_at"] - NOW for p in ours] == [timedelta(seconds=n) for n in range(5)]
    assert [p["postcode"] for p in ours] == [""] * 5  # a scalar default, filled in
    assert [p["forgotten_at"] for p in ours] == [None] * 5


def test_enums_and_booleans_of_registrations(db, services):
    event_id = make_event(services)
    with db.write() as session:
        insert_rows(session.connection(), Person.__table__, [_person(1), _person(2)])
        rows = [
            {
                "id": 7 + n,
                "person_id": 101 + n,
                "event_id": event_id,
                "status": status,
                "waitlist_order": None if status is RegistrationStatus.REGISTERED else 1,
                "ticket_code": f"CODE{n}",
                "role": Role.PARTICIPANT,
                "desk_note": "",
                "source": RegistrationSource.IMPORT,
                "registered_at": NOW,
                "updated_at": NOW,
            }
            for n, status in enumerate(
                [RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED]
            )
        ]
        insert_rows(session.connection(), Registration.__table__, rows)
        insert_rows(
            session.connection(),
            ExternalCode.__table__,
            [{"registration_id": 7, "code": "secret-1"}],  # "source" from its default
        )
    with db.read() as session:
        found = list(session.scalars(select(Registration).order_by(Registration.id)))
        code = session.scalars(select(ExternalCode)).one()
    assert [r.status for r in found] == [
        RegistrationStatus.REGISTERED,
        RegistrationStatus.WAITLISTED,
    ]
    assert {r.source for r in found} == {RegistrationSource.IMPORT}
    assert [r.waitlist_order for r in found] == [None, 1]
    assert (code.registration_id, code.code, code.source) == (7, "secret-1", "")


def test_a_column_whose_default_is_computed_must_be_given(db):
    row = _person(1)
    del row["sort_key"]
    with db.write() as session, pytest.raises(ValueError, match="people.sort_key"):
        insert_rows(session.connection(), Person.__table__, [row])


def test_nothing_to_insert_is_no_statement(db):
    with db.write() as session:
        insert_rows(session.connection(), Person.__table__, [])
    assert _people(db) == []


def test_bulk_ticket_codes_are_random_in_every_position():
    codes = import_writer.ticket_codes(2_000)
    assert len(set(codes)) == len(codes)
    assert {len(code) for code in codes} == {TICKET_LENGTH}
    for position in range(TICKET_LENGTH):  # every character drawn from the whole alphabet
        assert {code[position] for code in codes} == set(TICKET_ALPHABET)
    assert import_writer.ticket_codes(0) == []


def test_the_collector_is_paused_only_while_importing_and_restored_as_it_was():
    import gc

    assert gc.isenabled()
    with import_bulk.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with import_bulk.paused_gc():
            pass
        assert not gc.isenabled()  # it was off: left off
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), import_bulk.paused_gc():
        raise RuntimeError
    assert gc.isenabled()
