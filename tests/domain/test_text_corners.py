"""Issue 20: e-mail syntax, one folding, sort order, durations, stray bytes, initials."""

import string

import pytest
from alembic.command import upgrade as alembic_upgrade
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from keet_desktop.domain import errors, schema
from keet_desktop.domain import text as text_module
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.domain.importing.attendance import parse_duration
from keet_desktop.domain.importing.names import split_full_name
from keet_desktop.domain.importing.readers import read_table
from keet_desktop.domain.importing.sniff import decode, detect_encoding
from keet_desktop.domain.models import Person, PersonSearchKey
from keet_desktop.domain.services.paging import PersonSort, RegistrationSort
from keet_desktop.domain.services.people import check_person
from keet_desktop.domain.text import email_problem, fold, is_valid_email
from keet_desktop.i18n import translator
from tests import import_files
from tests.factories import make_event, person

REFUSED = {
    "jan@x.be,": "it contains ',', which cannot be in it",
    "<jan@x.be>": "remove the name or the < > around it",
    "jan@x.be>": "it contains '>', which cannot be in it",
    "jan..peeters@x.be": "it has two dots in a row",
    "jan@-x.be": "the part after the @ starts or ends with a hyphen",
    "jan@x_y.be": "it contains '_', which cannot be in it",
    "jan.x.be": "it has no @",
    "jan@": "nothing follows the @",
    "@x.be": "nothing comes before the @",
    "jan@x": "a dot is missing or in the wrong place",
    "jan peeters@x.be": "it contains a space",
}


@pytest.mark.parametrize(("address", "problem"), REFUSED.items())
def test_pasted_punctuation_is_refused_with_the_reason(address, problem):
    assert not is_valid_email(address)
    [error] = check_person(person(email=address))
    assert isinstance(error, errors.InvalidEmailError)
    assert error.english() == f"“{address}” is not a valid e-mail address: {problem}."


@pytest.mark.parametrize(
    "address", ["jan@x.be", "Jan.Peeters@Example.BE", "hélène@café.be", "a+tag@sub.example.org"]
)
def test_real_addresses_are_accepted(address):
    assert email_problem(address) is None
    assert check_person(person(email=address)) == []


def test_the_reason_is_said_in_dutch():
    [error] = check_person(person(email="jan..peeters@x.be"))
    message = error.format(translator("nl"))
    assert "jan..peeters@x.be" in message and "twee punten na elkaar" in message


def test_an_import_row_names_the_problem_and_keeps_the_rest(services, tmp_path):
    event_id = make_event(services)
    path = import_files.write_csv(
        tmp_path / "in.csv",
        [
            ["Voornaam", "Naam", "E-mail"],
            ["Jan", "Peeters", "jan@x.be,"],
            ["An", "Smet", "an@x.be"],
        ],
        delimiter=";",
    )
    plan = services.imports.preview(services.imports.request(path, event_id=event_id))
    [rejected] = plan.rejected
    assert rejected.line == 2
    assert "it contains ','" in rejected.format()
    assert plan.valid == 1


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Lætitia", "laetitia"),
        ("Cœur", "coeur"),
        ("Straße", "strasse"),
        ("Søren", "soren"),
        ("Þór", "thor"),
        ("Đorđe", "dorde"),
        ("Łukasz", "lukasz"),
        ("Hélène  Özdemir", "helene ozdemir"),
        ("İlker", "ilker"),
        ("Мария", "мария"),  # other scripts keep their letters
    ],
)
def test_every_latin_letter_folds_to_ascii(raw, folded):
    assert fold(raw) == folded


def test_the_desk_finds_laetitia_typed_without_ligature(services):
    event_id = make_event(services)
    services.registrations.register(event_id, person("Lætitia", "Cœurman"))
    [hit] = services.search.search("laetitia coeur", event_id)
    assert hit.name == "Lætitia Cœurman"


NAMES = ["Zeeman", "Özdemir", "de Smet", "Éloy", "Aerts", "Oosterlinck", "Eeckhout", "Peeters"]
SORTED = ["Aerts", "de Smet", "Eeckhout", "Éloy", "Oosterlinck", "Özdemir", "Peeters", "Zeeman"]


def test_people_and_registrations_sort_by_the_folded_name(services):
    event_id = make_event(services, capacity=None)
    for family in NAMES:
        services.registrations.register(event_id, person("Ann", family))
    people = services.people.window(0, 100, sort=PersonSort.NAME)
    assert [p.family_name for p in people] == SORTED
    lines = services.registrations.window_for_event(event_id, 0, 100, sort=RegistrationSort.NAME)
    assert [line.name.removeprefix("Ann ") for line in lines] == SORTED
    backwards = services.people.window(0, 100, sort=PersonSort.NAME, descending=True)
    assert [p.family_name for p in backwards] == SORTED[::-1]


def _at_revision_0008(url: str) -> Database:
    database = Database.open(url)
    config = schema._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic_upgrade(config, "0008_registration_changes")
        connection.execute(
            text(
                "INSERT INTO people (given_name, family_name, email, email_key, phone,"
                " organisation, municipality, preferred_language, consent_photos,"
                " consent_mailing, name_key, created_at, updated_at) VALUES"
                " ('Lætitia', 'Œuvray', NULL, NULL, '', 'Straße bv', '', 'nl', false, false,"
                " 'lætitia œuvray', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
            )
        )
    return database


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_migration_0009_rebuilds_the_stored_keys(backend, tmp_path, request):
    if backend == "sqlite":
        url = sqlite_url(tmp_path / "old.sqlite3")
    else:
        url = request.getfixturevalue("pg_databases").create()
    database = _at_revision_0008(url)
    assert schema.upgrade(database).up_to_date
    with database.read() as session:
        someone = session.scalars(select(Person)).one()
        keys = set(session.scalars(select(PersonSearchKey.key)))
    assert someone.name_key == "laetitia oeuvray"
    assert someone.sort_key == "oeuvray\x1flaetitia"
    assert {"laetitia oeuvray", "oeuvray laetitia", "strasse bv"} <= keys
    database.dispose()


DURATIONS = {
    "1h2m": 3720,
    "1h 2m 3s": 3723,
    "01:02:03": 3723,
    "1:02": 3720,
    "45 mins": 2700,
    "45 min": 2700,
    "2 hrs 5 mins": 7500,
    "1 hr 1 min 1 sec": 3661,
    "30 secs": 30,
    "1 uur 5 minuten": 3900,
    "2 uur": 7200,
    "1 minuut 30 seconden": 90,
    "3 hours 2 minutes": 10920,
    "1.5 h": 5400,
    "62": 3720,
    "": 0,
}


@pytest.mark.parametrize(("raw", "seconds"), DURATIONS.items())
def test_every_duration_form_of_zoom_and_teams(raw, seconds):
    assert parse_duration(raw) == seconds


def test_a_few_stray_bytes_keep_the_file_utf8_and_are_reported(services, tmp_path):
    event_id = make_event(services)
    body = "Voornaam;Naam;E-mail\nHélène;Dubois;h@x.be\nJosé;Caf\x00;c@x.be\nRené;Smet;r@x.be\n"
    data = body.encode("utf-8").replace(b"Caf\x00", b"Caf\xe9")  # one Windows-1252 byte
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.rows[0].values[0] == "Hélène"
    assert [(p.line, p.code) for p in table.problems] == [(3, "stray_bytes")]
    plan = services.imports.preview(services.imports.request(path, event_id=event_id))
    assert [w.line for w in plan.warnings if w.code == "stray_bytes"] == [3]
    assert plan.valid == 3


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("body", ["имя;почта\nМария;m@x.ru\n", "الاسم;البريد\nمحمد;m@x.be\n"])
def test_utf16_without_a_mark_is_told_from_the_byte_pattern(codec, body):
    assert detect_encoding(body.encode(codec)) == codec
    assert decode(body.encode(codec))[0] == body


def test_windows_1252_is_still_windows_1252():
    assert decode("Naam\nHélène Müller\n".encode("cp1252")) == ("Naam\nHélène Müller\n", "cp1252")


@pytest.mark.parametrize(
    ("full", "given", "family"),
    [
        ("JP Peeters", "JP", "Peeters"),
        ("J.P. Peeters", "J.P.", "Peeters"),
        ("A.-M. De Smet", "A.-M.", "De Smet"),
        ("PEETERS JP", "JP", "PEETERS"),
        ("Jan VAN DEN BROECK", "Jan", "VAN DEN BROECK"),
        ("ANN PEETERS", "ANN", "PEETERS"),
    ],
)
def test_initials_stay_given_names(full, given, family):
    assert split_full_name(full) == (given, family)


ATOM = st.text(alphabet=string.ascii_letters + string.digits + "_+-.", min_size=1, max_size=70)
LABEL = st.text(alphabet=string.ascii_letters + string.digits + "-", min_size=1, max_size=64)


@settings(max_examples=400, deadline=None)
@given(
    local=ATOM,
    labels=st.lists(LABEL, min_size=1, max_size=3),
    tld=st.sampled_from(["be", "com", "test", "local", "brussels", "x1", "B"]),
)
def test_the_fast_path_accepts_only_what_email_validator_accepts(local, labels, tld):
    address = f"{local}@{'.'.join(labels)}.{tld}"
    try:
        validate_email(address, check_deliverability=False)
        valid = True
    except EmailNotValidError:
        valid = False
    if text_module._is_plain_email(address):
        assert valid, address
    assert (email_problem(address) is None) == valid, address


def test_a_renamed_person_sorts_by_the_new_name(services):
    event_id = make_event(services)
    person_id = services.registrations.register(event_id, person("Ann", "Zeeman")).person.id
    with services.db.write() as session:
        session.get(Person, person_id).family_name = "Ærts"  # any ORM change, not only the form
    with services.db.read() as session:
        assert session.get(Person, person_id).sort_key == "aerts\x1fann"
