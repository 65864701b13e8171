"""Reading files as the tools write them: encodings, delimiters, headers, names, phones."""

import pytest

from keet_desktop.domain.importing import attendance, sniff
from keet_desktop.domain.importing.headers import Field, detect_source, recognise, signature
from keet_desktop.domain.importing.names import split_full_name
from keet_desktop.domain.importing.phones import normalise_phone
from keet_desktop.domain.importing.readers import NotATableError, UnreadableFileError
from keet_desktop.domain.importing.rows import parse_rows
from keet_desktop.domain.services.import_registrations import RegistrationImportService
from tests import import_files

read = RegistrationImportService.read

HEADER = ["Voornaam", "Achternaam", "E-mail", "Organisatie"]
ROWS = [["Hélène", "Çelik", "helene@example.be", 'Café "De Keet"; Aalst']]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_the_same(tmp_path, encoding, delimiter):
    path = import_files.write_csv(
        tmp_path / "f.csv", [HEADER, *ROWS], delimiter=delimiter, encoding=encoding
    )
    table = read(path)
    assert table.headers == HEADER
    assert [r.values for r in table.rows] == ROWS
    assert table.delimiter == delimiter


def test_detect_encoding():
    assert sniff.detect_encoding("é".encode("cp1252")) == "cp1252"
    assert sniff.detect_encoding("é".encode()) == "utf-8"
    assert sniff.detect_encoding("\ufeffé".encode()) == "utf-8-sig"
    assert sniff.detect_encoding("naam;voornaam".encode("utf-16-be")) == "utf-16-be"


def test_quoted_newlines_and_delimiters_keep_the_line_numbers_of_the_file(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(
        'Naam;Voornaam;Opmerking\n"Peeters";"Jan";"eerste\nregel; tweede"\nMaes;Els;kort\n',
        encoding="utf-8",
    )
    table = read(path)
    assert [(r.line, r.values) for r in table.rows] == [
        (2, ["Peeters", "Jan", "eerste\nregel; tweede"]),
        (4, ["Maes", "Els", "kort"]),
    ]


def test_an_empty_or_binary_or_missing_file_is_refused(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(NotATableError):
        read(tmp_path / "empty.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(NotATableError):
        read(tmp_path / "broken.xlsx")
    with pytest.raises(UnreadableFileError) as caught:
        read(tmp_path / "missing.csv")
    assert caught.value.exit_code == 2


def _people(path):
    table = read(path)
    fields = recognise(table.headers)
    parsed = parse_rows(table, fields)
    return table, parsed, [
        (r.line, r.person.given_name, r.person.family_name, r.person.email, r.person.phone,
         r.person.organisation, r.person.municipality, r.ticket_code)
        for r in parsed.rows
    ]  # fmt: skip


def test_eventbrite_attendee_report(tmp_path):
    table, parsed, people = _people(import_files.eventbrite(tmp_path / "eb.csv"))
    assert detect_source(table.headers) == "eventbrite"
    assert people[0] == (
        2, "Jan", "Van den Broeck", "jan.vdb@example.be", "+32 470 12 34 56", "Kringwinkel",
        "Aalst", "501234500112345678001",
    )  # fmt: skip
    assert people[1][1:5] == ("Ayşe", "Yılmaz", "ayse@example.be", "+32 9 123 45 67")
    assert parsed.rejected == []


def test_pretix_positions_take_the_attendee_email_never_the_buyers_of_a_shared_order(tmp_path):
    table, parsed, people = _people(import_files.pretix(tmp_path / "pretix.csv"))
    assert detect_source(table.headers) == "pretix"
    assert people[0][1:4] == ("Lotte", "De Wit", "lotte@acme.be")
    assert people[0][5:8] == ("Acme", "Aalst", "k3j4h5g6f7d8s9a0qwertyzxcv")
    # Two tickets in one order: the buyer's address (the accounts office) is not Tom's.
    assert people[1][1:4] == ("Tom", "Claes", None)
    assert [(w.line, w.code) for w in parsed.warnings] == [(3, "no_email")]


def test_google_forms_keeps_the_email_as_typed(tmp_path):
    _table, _parsed, people = _people(import_files.google_forms(tmp_path / "gf.csv"))
    assert people[0][1:6] == ("Els", "Maes", "Els.Maes@Example.be", "+32 486 12 34 56", "vzw Test")
    assert people[1][0] == 3  # the answer with a newline does not shift the line numbers


def test_microsoft_forms_anonymous_uses_the_question_columns(tmp_path):
    table, _parsed, people = _people(import_files.microsoft_forms(tmp_path / "ms.xlsx"))
    assert detect_source(table.headers) == "microsoft_forms"
    assert people[0][:6] == (2, "Fatima", "El Amrani", "fatima@example.be", "", "OCMW Aalst")
    assert people[1][:4] == (3, "Koen", "Peeters", "koen@example.be")


def test_hand_made_excel_with_a_title_row_and_phone_numbers_as_numbers(tmp_path):
    table, parsed, people = _people(import_files.dutch_excel(tmp_path / "hand.xlsx"))
    assert table.header_line == 3
    assert recognise(table.headers)[:2] == [Field.FAMILY_NAME, Field.GIVEN_NAME]
    assert people[0][:5] == (4, "Ann", "De Smet", "ann.desmet@example.be", "+32 470 12 34 56")
    assert people[2][1:5] == ("", "Verhoeven", None, "onbekend")
    assert [w.code for w in parsed.warnings] == ["no_email", "phone_kept"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Naam", "E-mail"], [Field.FULL_NAME, Field.EMAIL]),
        (["Voornaam", "Naam", "GSM"], [Field.GIVEN_NAME, Field.FAMILY_NAME, Field.PHONE]),
        (["Name", "Email Address", "Company"], [Field.FULL_NAME, Field.EMAIL, Field.ORGANISATION]),
        (["First name", "Surname", "Mobile"], [Field.GIVEN_NAME, Field.FAMILY_NAME, Field.PHONE]),
        (["Bedrijf", "Woonplaats", "Tel"], [Field.ORGANISATION, Field.MUNICIPALITY, Field.PHONE]),
        # issue 13: a newsletter question is the mailing consent; other questions stay ignored
        (["Wil je de nieuwsbrief per e-mail ontvangen?"], [Field.CONSENT_MAILING]),
        (["Heb je nog vragen voor de begeleider?"], [Field.IGNORE]),
    ],
)
def test_headers_are_recognised(headers, expected):
    assert recognise(headers) == expected


def test_the_signature_ignores_case_and_punctuation_only():
    assert signature(["E-mail", "Naam"]) == signature(["email", "NAAM"])
    assert signature(["E-mail", "Naam"]) != signature(["Naam", "E-mail"])


@pytest.mark.parametrize(
    ("full", "given", "family"),
    [
        ("Jan Van den Broeck", "Jan", "Van den Broeck"),
        ("Ann De Smet", "Ann", "De Smet"),
        ("De Smet Ann", "Ann", "De Smet"),
        ("Van den Broeck Jan", "Jan", "Van den Broeck"),
        ("Anne Marie Peeters", "Anne Marie", "Peeters"),
        ("Peeters, Jan", "Jan", "Peeters"),
        ("PEETERS Jan", "Jan", "PEETERS"),
        ("Jan VAN DEN BROECK", "Jan", "VAN DEN BROECK"),
        ("Madonna", "", "Madonna"),
        ("De Smet", "", "De Smet"),
        ("Karim el Idrissi", "Karim", "el Idrissi"),
    ],
)
def test_full_names_are_split_keeping_particles(full, given, family):
    assert split_full_name(full) == (given, family)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0470 12 34 56", "+32 470 12 34 56"),
        ("0470/12.34.56", "+32 470 12 34 56"),
        ("+32470123456", "+32 470 12 34 56"),
        ("0032 53 21 22 23", "+32 53 21 22 23"),
        ("+31 6 12345678", "+31 6 12345678"),
        ("  na 18u bellen ", "na 18u bellen"),
        ("12", "12"),
        ("", ""),
    ],
)
def test_phone_numbers_are_normalised_or_kept(raw, expected):
    assert normalise_phone(raw) == expected


def test_zoom_report_adds_up_rejoins_and_skips_the_meeting_summary(tmp_path):
    people = attendance.read_attendance(import_files.zoom(tmp_path / "zoom.csv"))
    by_name = {p.name: (p.email, p.minutes) for p in people}
    assert by_name == {
        "Jan Peeters": ("jan@example.be", 35),
        "Sara Janssens": ("", 50),
        "Kort Even": ("kort@example.be", 5),
        "Onbekende Gast": ("gast@elders.be", 55),
    }


def test_teams_report_in_utf16_sections(tmp_path):
    people = attendance.read_attendance(import_files.teams(tmp_path / "teams.csv"))
    assert [(p.name, p.email, p.seconds) for p in people] == [
        ("Jan Peeters", "jan@example.be", 35 * 60),
        ("Janssens Sara", "", 50 * 60 + 10),
        ("Organisator", "host@dekeet.be", 65 * 60),
    ]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1h 2m 3s", 3723), ("45m 12s", 2712), ("32s", 32), ("01:02:03", 3723), ("20", 1200)],
)
def test_durations(text, seconds):
    assert attendance.parse_duration(text) == seconds


def test_the_belgian_mobile_shortcut_formats_as_the_full_parser():
    import random

    import phonenumbers

    rng = random.Random(6)
    for _ in range(200):
        digits = f"4{rng.randint(5, 9)}{rng.randint(0, 9_999_999):07d}"
        typed = rng.choice(["0{}", "+32{}", "0032 {}", "0{} "]).format(digits)
        slow = phonenumbers.format_number(
            phonenumbers.parse(typed, "BE"), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
        assert normalise_phone(typed) == slow
    assert normalise_phone("0440 12 34 56") == "0440 12 34 56"  # not a mobile range: kept


def test_the_first_teams_list_of_joins_and_leaves(tmp_path):
    people = attendance.read_attendance(import_files.teams_legacy(tmp_path / "old.csv"))
    assert [(p.name, p.minutes) for p in people] == [
        ("Jan Peeters", 35),
        ("Sara Janssens", 55),  # still there when the list was downloaded
        ("Kort Even", 5),
    ]


def test_a_sheet_column_without_a_header_is_a_column_not_a_broken_row(tmp_path):
    path = import_files.write_xlsx(
        tmp_path / "notes.xlsx",
        [["Voornaam", "Naam"], ["Jan", "Peeters", "komt later"], ["Els", "Maes"]],
    )
    table = read(path)
    assert table.headers == ["Voornaam", "Naam", ""]
    parsed = parse_rows(table, recognise(table.headers))
    assert parsed.rejected == [] and len(parsed.rows) == 2
