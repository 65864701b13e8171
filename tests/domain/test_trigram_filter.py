"""Issue 14: the lists' filter is served by a trigram index and finds what it found before.

Every needle is checked against an oracle in Python: a person matches when the folded needle is
a substring of the folded name ("given family"), of the e-mail key or of the folded
organisation. The index (SQLite FTS5 trigram, PostgreSQL pg_trgm) must not change that set,
whatever is done to the people: renames, merges, erasures, bulk updates.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text, update

from keet_desktop.domain import schema, trigram
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import Person
from keet_desktop.domain.services import Services, paging
from keet_desktop.domain.services.paging import RegistrationSort
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.text import email_key, fold
from tests import import_files
from tests.factories import make_event, person

PEOPLE = [
    ("Ayşe", "Yılmaz", "ayse.yilmaz@example.be", "Çelik Bouw BV"),
    ("Emre", "Çelik", "EMRE@Çelik.be", "Gemeente Aalst"),
    ("Hélène", "Van den Broeck", "helene@vdb.be", "Straße & Co"),
    ("Lieve", "Peeters", "lieve_peeters@example.be", "100% Zeker vzw"),
    ("Jef", "Maes", "jef@maes.be", "a_b bvba"),
    ("Łukasz", "Kowalski", None, "Kowalski\\Partners"),
    ("Zoë", "De Smet", "zoe@desmet.be", ""),
    ("Seán", "O'Brien", "sean@obrien.ie", "O'Brien & Sons"),
    ("Ödön", "Özdemir", "odon@example.be", "Peeters & Zonen"),
]
NEEDLES = [
    "a", "y", "ç", "ş", "ay", "ye", "%", "_", "\\", "ze", "ayş", "AYSE", "yilmaz", "yılmaz",
    "ayse yil", "celik", "ÇELIK", "emre@", "@example.be", "example", "helene", "HÉLÈNE",
    "van den", "straße", "strasse", "& co", "100%", "0% z", "a_b", "a%b", "e_p", "lieve_",
    "kowalski\\p", "lukasz", "zoe", "odon ozd", "peeters", "bouw bv", "gemeente", "xyz",
    "de smet zoe", "  Van   den  ", "o'brien", "n o'b", "'",
]  # fmt: skip


def _matches(needle: str, given: str, family: str, mail: str | None, organisation: str) -> bool:
    folded = fold(needle)
    texts = (fold(f"{given} {family}"), email_key(mail) or "", fold(organisation))
    return any(folded in t for t in texts)


def _add_people(services, event: int) -> dict[int, tuple[str, str, str | None, str]]:
    ids = {}
    for n, (given, family, mail, organisation) in enumerate(PEOPLE):
        data = person(given, family, mail, organisation=organisation)
        if mail is None:
            data = PersonInput(given_name=given, family_name=family, organisation=organisation)
        if n % 2 == 0:
            found = services.registrations.register(event, data).person.id
        else:
            found = services.people.create(data).id
        ids[found] = (given, family, mail, organisation)
    return ids


def _people_found(services, needle: str) -> set[int]:
    count = services.people.count(needle)
    found = {line.id for line in services.people.window(0, 1000, text=needle)}
    assert count == len(found)
    return found


def _registrations_found(services, event: int, needle: str) -> set[int]:
    count = services.registrations.count_for_event(event, needle)
    lines = services.registrations.window_for_event(
        event, 0, 1000, text=needle, sort=RegistrationSort.NAME
    )
    assert count == len(lines)
    return {line.person_id for line in lines}


@pytest.fixture(params=["index", "scan"])
def plan(request, monkeypatch) -> str:
    """With the trigram index as it is chosen, and with it never chosen (as for many matches)."""
    if request.param == "scan":
        monkeypatch.setattr(trigram, "FEW", -1)
        monkeypatch.setattr(trigram, "MANY", -1)
    return request.param


def test_the_filter_finds_exactly_the_folded_substring_matches(services, plan):
    event = make_event(services, capacity=50)
    people = _add_people(services, event)
    registered = {pid for n, pid in enumerate(people) if n % 2 == 0}
    for needle in NEEDLES:
        expected = {pid for pid, values in people.items() if _matches(needle, *values)}
        assert _people_found(services, needle) == expected, needle
        assert _registrations_found(services, event, needle) == expected & registered, needle
    assert _people_found(services, "ayse") == {next(iter(people))}  # the oracle can fail too
    assert _people_found(services, "%") == _people_found(services, "100%")


def test_the_people_search_finds_what_the_lists_find(services, plan):
    event = make_event(services, capacity=50)
    people = _add_people(services, event)
    for needle in NEEDLES:
        found = [p.id for p in services.people.search(needle, limit=1000)]
        assert set(found) == _people_found(services, needle), needle
        assert len(found) == len(set(found)), needle
    assert {p.organisation for p in services.people.search("%")} == {"100% Zeker vzw"}
    assert {p.organisation for p in services.people.search("a_b")} == {"a_b bvba"}
    assert [p.id for p in services.people.search("  ")] == []
    assert len(services.people.search("e", limit=2)) == 2
    assert len(people) > 2


def test_a_renamed_person_is_found_under_the_new_name_only(services):
    event = make_event(services)
    pid = services.registrations.register(event, person("Ayşe", "Yılmaz", "a@x.be")).person.id
    services.people.update(pid, person("Fatma", "Kaya", "fatma@kaya.be", organisation="Çelik"))
    assert _people_found(services, "yilmaz") == set()
    assert _people_found(services, "a@x.be") == set()
    assert _people_found(services, "fatma kaya") == {pid}
    assert _people_found(services, "kaya.be") == {pid}
    assert _registrations_found(services, event, "celik") == {pid}
    services.people.update(pid, person("Fatma", "Kaya", "fatma@kaya.be", organisation="Aalst"))
    assert _people_found(services, "celik") == set()
    assert _people_found(services, "aalst") == {pid}


def test_a_merged_person_is_found_once_under_the_kept_record(services):
    event = make_event(services)
    keep = services.registrations.register(event, person("Emre", "Çelik", "emre@a.be")).person
    other = services.people.create(person("Emre", "Celik", "emre@b.be", organisation="Ziekenhuis"))
    assert _people_found(services, "emre cel") == {keep.id, other.id}
    services.people.merge(keep.id, other.id)
    assert _people_found(services, "emre cel") == {keep.id}
    assert _people_found(services, "emre@b") == set()
    assert _people_found(services, "ziekenh") == {keep.id}  # the organisation it took over
    assert _registrations_found(services, event, "ziekenh") == {keep.id}


def test_an_erased_person_leaves_nothing_in_the_index(services, db):
    event = make_event(services)
    gone = services.registrations.register(
        event, person("Ayşe", "Yılmaz", "ayse@yilmaz.be", organisation="Qwertyuiop BV")
    ).person.id
    kept = services.registrations.register(event, person("Ayla", "Yıldız", "ayla@x.be")).person.id
    services.privacy.forget(gone, "asked by e-mail", "tester")
    for needle in ("yilmaz", "ayse@", "qwerty", "yilmaz.be"):
        assert _people_found(services, needle) == set(), needle
        assert _registrations_found(services, event, needle) == set(), needle
    assert _people_found(services, "ayla") == {kept}
    if db.is_sqlite:
        with db.engine.connect() as connection:
            blocks = connection.exec_driver_sql("SELECT block FROM people_trgm_data").scalars()
            assert not [b for b in blocks if b and any(t in b for t in (b"qwe", b"yui", b"iop"))]
            _check_fts(connection)


def test_a_bulk_update_of_the_organisation_alone_leaves_no_old_organisation(services, db):
    pid = services.people.create(person("Jef", "Maes", organisation="Oude Firma")).id
    with db.write() as session:  # as an import filling in blanks does: no model, no key
        session.execute(update(Person), [{"id": pid, "organisation": "Nieuwe Zaak"}])
    assert _people_found(services, "oude") == set()
    assert _people_found(services, "nieuwe zaak") == {pid}
    if db.is_sqlite:
        with db.engine.connect() as connection:
            _check_fts(connection)


def test_an_import_that_fills_in_an_organisation_makes_it_findable(services, db, tmp_path):
    event = make_event(services)
    known = services.people.create(person("Jef", "Maes", "jef@maes.be")).id
    header = ["Voornaam", "Naam", "E-mailadres", "Organisatie"]
    rows = [["Jef", "Maes", "jef@maes.be", "Vzw Ça Va"], ["Ann", "Kaya", "", "Ça Va Bien"]]
    path = import_files.write_csv(tmp_path / "in.csv", [header, *rows], delimiter=";")
    request = services.imports.request(path, event_id=event)
    assert services.imports.commit(services.imports.preview(request)).committed
    [new] = _people_found(services, "kaya")
    assert _registrations_found(services, event, "ca va") == {known, new}
    assert _registrations_found(services, event, "vzw ça") == {known}
    assert _people_found(services, "CA VA") == {known, new}
    if db.is_sqlite:
        with db.engine.connect() as connection:
            _check_fts(connection)


def test_a_merge_that_takes_over_an_accented_organisation_makes_it_findable(services):
    event = make_event(services)
    keep = services.registrations.register(event, person("Jef", "Maes", "jef@a.be")).person.id
    other = services.people.create(person("Jef", "Maes", "jef@b.be", organisation="Vzw Ça Va"))
    services.people.merge(keep, other.id)
    assert _registrations_found(services, event, "ca va") == {keep}
    assert _people_found(services, "vzw ça") == {keep}


def test_an_erasure_empties_the_organisation_key(services, db):
    pid = services.people.create(person("Jef", "Maes", organisation="Ça Va")).id
    services.privacy.forget(pid, "asked by e-mail", "tester")
    with db.read() as session:
        assert session.get(Person, pid).organisation_key == ""


def test_an_organisation_with_the_same_folding_keeps_its_key(services):
    pid = services.people.create(person("Jef", "Maes", organisation="Celik")).id
    for same in ("ÇELİK", "CELIK", "Çelik", "celik"):
        services.people.update(pid, person("Jef", "Maes", organisation=same))
        assert _people_found(services, "celik") == {pid}, same


def test_bulk_inserted_people_are_in_the_index(services, db):
    with db.write() as session:
        session.execute(
            Person.__table__.insert(),
            [
                {"given_name": "Bülent", "family_name": "Arslan", "name_key": "bulent arslan",
                 "organisation": "Sör Çay"},
            ],
        )  # fmt: skip
    [pid] = _people_found(services, "sor cay")
    assert _people_found(services, "arslan") == {pid}


def _check_fts(connection) -> None:
    connection.exec_driver_sql("INSERT INTO people_trgm(people_trgm) VALUES ('integrity-check')")


def _plan(database, query) -> str:
    compiled = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        return " ".join(str(row[-1]) for row in rows)


def test_sqlite_starts_from_the_trigram_index_when_it_gives_few_people(
    sqlite_services, sqlite_db, monkeypatch
):
    event = make_event(sqlite_services)
    _add_people(sqlite_services, event)
    with sqlite_db.read() as session:
        few = trigram.text_filter(session, "Yılmaz", event=True)
        everyone = trigram.text_filter(session, "ayse", event=False)
        short = trigram.text_filter(session, "ay")
        monkeypatch.setattr(trigram, "FEW", 0)
        monkeypatch.setattr(trigram, "MANY", 0)
        many = trigram.text_filter(session, "ayse", event=True)
        too_many = trigram.text_filter(session, "ayse")
    assert few.ids is not None and len(few.ids) == 1
    assert everyone.indexed and not too_many.indexed and many.ids is None
    assert short == trigram.TextFilter("ay")
    by_id = "SEARCH people USING INTEGER PRIMARY KEY"
    assert by_id in _plan(sqlite_db, paging.people_query(few).with_only_columns(Person.id))
    indexed = _plan(sqlite_db, paging.people_query(everyone).with_only_columns(Person.id))
    assert "people_trgm VIRTUAL TABLE INDEX" in indexed and by_id in indexed
    assert "SCAN people" in _plan(sqlite_db, paging.people_query(too_many))


def test_a_database_of_before_gets_its_index_and_gives_it_back(db_url):
    database = Database.open(db_url)
    config = schema._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014_desk")
        connection.execute(
            text(
                "INSERT INTO people (given_name, family_name, email, email_key, phone,"
                " organisation, municipality, preferred_language, consent_photos,"
                " consent_mailing, name_key, sort_key, postcode, created_at, updated_at)"
                " VALUES ('Ayşe', 'Yılmaz', NULL, NULL, '', 'Çelik Bouw', '', 'nl', false,"
                " false, 'ayse yilmaz', '', '', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
        )
    schema.upgrade(database, backup=False)
    services = Services(database)
    [pid] = _people_found(services, "celik bouw")
    assert _people_found(services, "ÇELIK") == {pid}
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014_desk")
        columns = {c["name"] for c in inspect(connection).get_columns("people")}
        names = set(inspect(connection).get_table_names())
        indexes = {i["name"] for i in inspect(connection).get_indexes("people")}
    assert "organisation_key" not in columns
    assert not {n for n in names | indexes if n and n.startswith("people_trgm")}
    assert "ix_people_trgm" not in indexes
    schema.upgrade(database, backup=False)
    assert _people_found(services, "celik bouw") == {pid}
    database.dispose()


@pytest.mark.postgres
def test_postgres_can_answer_from_the_gin_index(pg_migrated_url):
    database = Database.open(pg_migrated_url)
    query = paging.people_query("yilmaz").with_only_columns(Person.id)
    compiled = query.compile(database.engine, compile_kwargs={"literal_binds": True})
    with database.engine.begin() as connection:
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        plan = " ".join(r[0] for r in connection.exec_driver_sql(f"EXPLAIN {compiled}"))
    database.dispose()
    assert "ix_people_trgm" in plan, plan
