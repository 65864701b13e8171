"""Importing registrations: preview, commit, matching, waiting list, re-import, failures."""

import pytest
from sqlalchemy import func, select

from keet_desktop.domain import errors
from keet_desktop.domain.importing.headers import Field
from keet_desktop.domain.importing.rows import NoNameColumnError
from keet_desktop.domain.models import (
    EventStatus,
    ExternalCode,
    ImportMapping,
    Person,
    Programme,
    Registration,
    RegistrationStatus,
)
from keet_desktop.domain.services import import_writer
from tests import import_files
from tests.factories import make_event, person

HEADER = ["Voornaam", "Naam", "E-mailadres", "GSM", "Organisatie"]


def _csv(tmp_path, rows, name="inschrijvingen.csv", **kwargs):
    return import_files.write_csv(tmp_path / name, [HEADER, *rows], delimiter=";", **kwargs)


def _import(services, path, event_id=None, programme_id=None):
    request = services.imports.request(path, event_id=event_id, programme_id=programme_id)
    preview = services.imports.preview(request)
    return preview, services.imports.commit(preview)


def _count(db, model):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


COUNTS = (
    "rows", "valid", "new_people", "matched_people", "duplicates_in_file", "registered",
    "waitlisted", "already_registered",
)  # fmt: skip


def counts(plan):
    return {name: getattr(plan, name) for name in COUNTS}


def test_preview_writes_nothing_and_commit_writes_what_it_said(services, tmp_path):
    event_id = make_event(services)
    path = _csv(tmp_path, [["Jan", "Peeters", "jan@example.be", "0470 12 34 56", "Acme"]])
    request = services.imports.request(path, event_id=event_id)
    preview = services.imports.preview(request)
    assert _count(services.db, Person) == 0
    done = services.imports.commit(preview)
    assert counts(done) == counts(preview)
    assert done.committed and not preview.committed
    [row] = services.registrations.list_for_event(event_id)
    assert row.person.phone == "+32 470 12 34 56"
    assert row.registration.source.value == "import"
    assert row.registration.ticket_code


def test_broken_rows_are_rejected_with_their_line_and_the_rest_imported(services, tmp_path):
    event_id = make_event(services)
    path = _csv(
        tmp_path,
        [
            ["Jan", "Peeters", "jan@example.be", "", ""],
            ["", "", "niemand@example.be", "", ""],
            ["Els", "Maes", "els@example", "", ""],
            ["Tom", "Claes", "tom@example.be", "", "", "te veel"],
            ["Bram", "Wouters", "", "", "multi\nline; org"],
            ["Lies", "Janssens", "lies@example.be", "", ""],
            ["An", "Long", "an@example.be", "", "x" * 201],
        ],
    )
    preview, done = _import(services, path, event_id)
    assert [(p.line, p.code) for p in preview.rejected] == [
        (3, "missing_name"),
        (4, "invalid_email"),
        (5, "too_many_fields"),
        (9, "too_long"),
    ]
    assert "Organisatie" in preview.rejected[3].format()
    assert preview.rejected[1].format() == (
        "“els@example” is not a valid e-mail address: a dot is missing or in the wrong place."
    )
    assert (done.rows, done.valid, done.registered) == (7, 3, 3)
    names = {r.person.given_name for r in services.registrations.list_for_event(event_id)}
    assert names == {"Jan", "Bram", "Lies"}


def test_email_case_duplicates_merge_in_the_file_and_with_known_people(services, tmp_path):
    event_id = make_event(services)
    services.people.create(person("Ann", "De Smet", "ann.desmet@example.be"))
    path = _csv(
        tmp_path,
        [
            ["Ann", "De Smet", "ANN.DESMET@example.be", "0470 11 22 33", ""],
            ["Jan", "Peeters", "jan@example.be", "", ""],
            ["JAN", "peeters", "Jan@Example.BE ", "", "Acme"],
        ],
    )
    _preview, done = _import(services, path, event_id)
    assert counts(done) == {
        "rows": 3, "valid": 3, "new_people": 1, "matched_people": 1, "duplicates_in_file": 1,
        "registered": 2, "waitlisted": 0, "already_registered": 0,
    }  # fmt: skip
    assert [w.code for w in done.warnings] == ["duplicate"]
    ann = services.people.find_by_email("ann.desmet@example.be")
    assert ann.phone == "+32 470 11 22 33"  # a blank of the known person filled
    jan = services.people.find_by_email("JAN@example.be")
    assert (jan.email, jan.organisation) == ("jan@example.be", "Acme")
    assert _count(services.db, Person) == 2


def test_two_names_under_one_email_warn_and_keep_both(services, tmp_path):
    event_id = make_event(services)
    services.people.create(person("Ayşe", "Yılmaz", "gezin@example.be"))
    path = _csv(
        tmp_path,
        [
            ["Mehmet", "Yılmaz", "gezin@example.be", "", ""],
            ["Lotte", "De Wit", "lotte@example.be", "", ""],
            ["Tom", "De Wit", "LOTTE@example.be", "", ""],
        ],
    )
    preview, done = _import(services, path, event_id)
    assert [(w.line, w.code) for w in preview.warnings] == [
        (2, "household_existing"),
        (4, "household"),
    ]
    assert "Tom De Wit" in preview.warnings[1].format()
    assert done.registered == 3 and done.new_people == 3
    by_name = {
        r.person.given_name: r.person.email for r in services.registrations.list_for_event(event_id)
    }
    assert by_name == {"Mehmet": None, "Lotte": "lotte@example.be", "Tom": None}


def test_importing_the_same_file_again_adds_nobody(services, tmp_path):
    event_id = make_event(services)
    path = _csv(
        tmp_path,
        [
            ["Lotte", "De Wit", "lotte@example.be", "", ""],
            ["Tom", "De Wit", "lotte@example.be", "", ""],
            ["Bram", "Wouters", "", "", ""],
        ],
    )
    _import(services, path, event_id)
    people, registrations = _count(services.db, Person), _count(services.db, Registration)
    preview, again = _import(services, path, event_id)
    assert (again.new_people, again.registered, again.already_registered) == (0, 0, 3)
    assert again.matched_people == 3
    assert (_count(services.db, Person), _count(services.db, Registration)) == (
        people,
        registrations,
    )


def test_a_full_event_puts_the_rest_on_the_waiting_list_in_file_order(services, tmp_path):
    event_id = make_event(services, capacity=2)
    services.registrations.register(event_id, person("Eerste", "Al"))
    rows = [[f"P{n}", "Test", f"p{n}@example.be", "", ""] for n in range(4)]
    preview, done = _import(services, _csv(tmp_path, rows), event_id)
    assert (preview.registered, preview.waitlisted) == (1, 3)
    assert (done.registered, done.waitlisted) == (1, 3)
    listed = services.registrations.list_for_event(event_id)
    waiting = [(r.person.given_name, r.waitlist_position) for r in listed if r.waitlist_position]
    assert waiting == [("P1", 1), ("P2", 2), ("P3", 3)]
    cancelled = services.registrations.cancel(listed[0].registration.id)
    promoted = services.registrations.get(cancelled.promoted[0])
    assert promoted.person.given_name == "P1"


def test_a_programme_import_registers_for_every_open_session(services, tmp_path):
    with services.db.write() as session:
        programme = Programme(title="Acceleratieprogramma", description="", cohort="")
        session.add(programme)
        session.flush()
        programme_id = programme.id
    sessions = [make_event(services, programme_id=programme_id, capacity=1) for _ in range(3)]
    services.events.cancel(sessions[2])
    rows = [["Jan", "Peeters", "jan@example.be", "", ""], ["Els", "Maes", "els@x.be", "", ""]]
    _preview, done = _import(services, _csv(tmp_path, rows), programme_id=programme_id)
    assert (done.new_people, done.registered, done.waitlisted) == (2, 2, 2)
    assert done.event_ids == sessions[:2]
    assert services.registrations.list_for_event(sessions[2]) == []


def test_ticket_codes_from_the_source_are_kept_and_work_for_check_in(services, tmp_path):
    event_id = make_event(services)
    path = import_files.eventbrite(tmp_path / "eventbrite.csv")
    _preview, done = _import(services, path, event_id)
    assert done.registered == 3
    found = services.registrations.find_by_code("501234500212345678002")
    assert found is not None
    with services.db.read() as session:
        sources = set(session.scalars(select(ExternalCode.source)))
    assert sources == {"eventbrite"}
    _preview, again = _import(services, path, event_id)
    assert "code_in_use" not in {w.code for w in again.warnings}
    assert _count(services.db, ExternalCode) == 3


def test_refusals_for_a_missing_or_cancelled_event(services, tmp_path):
    path = _csv(tmp_path, [["Jan", "Peeters", "jan@example.be", "", ""]])
    with pytest.raises(errors.NotFoundError):
        services.imports.preview(services.imports.request(path, event_id=999))
    event_id = make_event(services)
    services.events.cancel(event_id)
    assert services.events.get(event_id).status is EventStatus.CANCELLED
    with pytest.raises(errors.EventCancelledError):
        services.imports.preview(services.imports.request(path, event_id=event_id))


def test_a_failure_mid_commit_writes_nothing(services, tmp_path, monkeypatch):
    event_id = make_event(services)
    path = _csv(tmp_path, [["Jan", "Peeters", "jan@example.be", "", ""]])
    preview = services.imports.preview(services.imports.request(path, event_id=event_id))

    def broken(*_args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(import_writer, "_write_registrations", broken)
    with pytest.raises(RuntimeError):
        services.imports.commit(preview)
    assert _count(services.db, Person) == 0
    assert _count(services.db, ImportMapping) == 0


def test_a_cancel_through_progress_writes_nothing(services, tmp_path):
    event_id = make_event(services)
    rows = [[f"P{n}", "Test", f"p{n}@example.be", "", ""] for n in range(10)]
    preview = services.imports.preview(
        services.imports.request(_csv(tmp_path, rows), event_id=event_id)
    )
    calls = []

    def report(done, total):
        calls.append(done)
        if len(calls) > 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        services.imports.commit(preview, report)
    assert _count(services.db, Person) == 0


def test_the_mapping_is_remembered_for_the_same_headers(services, tmp_path):
    event_id = make_event(services)
    header = ["Deelnemer", "Contact", "Extra"]
    path = import_files.write_csv(
        tmp_path / "raar.csv", [header, ["Jan Peeters", "jan@example.be", "x"]]
    )
    request = services.imports.request(path, event_id=event_id)
    assert request.fields == [Field.IGNORE, Field.IGNORE, Field.IGNORE]
    with pytest.raises(NoNameColumnError, match="Deelnemer"):
        services.imports.preview(request)  # no column is a name: refused, not guessed
    request.fields = [Field.FULL_NAME, Field.EMAIL, Field.IGNORE]
    services.imports.commit(services.imports.preview(request))
    other = import_files.write_csv(tmp_path / "ander.csv", [header, ["Els Maes", "els@x.be", ""]])
    fields, remembered = services.imports.mapping_for(services.imports.read(other).headers)
    assert remembered and fields == [Field.FULL_NAME, Field.EMAIL, Field.IGNORE]


def test_people_made_in_bulk_are_normalised_like_one_by_one(services, tmp_path):
    event_id = make_event(services)
    path = _csv(
        tmp_path, [["  He\u0301le\u0300ne ", "Çelik  Yılmaz", " Helene@Example.BE ", "", ""]]
    )
    _import(services, path, event_id)
    with services.db.read() as session:
        imported = session.scalar(select(Person))
    assert imported.given_name == "Hélène"
    assert imported.family_name == "Çelik Yılmaz"
    assert imported.email == "Helene@Example.BE"
    assert imported.email_key == "helene@example.be"
    assert imported.name_key == "helene celik yilmaz"
    assert services.people.search("celik")[0].id == imported.id


def test_registrations_statuses_match_the_counts(services, tmp_path):
    event_id = make_event(services, capacity=1)
    rows = [["A", "B", "a@b.be", "", ""], ["C", "D", "c@d.be", "", ""]]
    _import(services, _csv(tmp_path, rows), event_id)
    counts_now = services.registrations.counts(event_id)
    assert (counts_now.registered, counts_now.waitlisted) == (1, 1)
    with services.db.read() as session:
        orders = list(
            session.scalars(
                select(Registration.waitlist_order).where(
                    Registration.status == RegistrationStatus.WAITLISTED
                )
            )
        )
    assert orders == [1]


def test_a_row_without_email_is_the_person_already_registered_with_that_name(services, tmp_path):
    event_id = make_event(services)
    services.registrations.register(event_id, person("Jan", "Peeters", "jan@example.be"))
    path = _csv(
        tmp_path, [["Jan", "Peeters", "", "0470 12 34 56", ""], ["Els", "Maes", "", "", ""]]
    )
    _preview, done = _import(services, path, event_id)
    assert (done.matched_people, done.new_people, done.already_registered) == (1, 1, 1)
    jan = services.people.find_by_email("jan@example.be")
    assert jan.phone == "+32 470 12 34 56"
    assert _count(services.db, Person) == 2


def test_imported_people_are_found_by_a_folded_fragment_of_their_organisation(services, tmp_path):
    """Issue 14: the import writes the folded organisation the trigram filter searches."""
    event_id = make_event(services)
    path = _csv(tmp_path, [["Élodie", "Ørsted", "e@example.be", "", "Vzw Ça Va Œuvre"]])
    _import(services, path, event_id=event_id)
    assert services.registrations.count_for_event(event_id, "ca va oeu") == 1
    assert services.registrations.count_for_event(event_id, "ÇA VA") == 1
