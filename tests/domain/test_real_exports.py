"""Files the real tools wrote (tests/fixtures): pretix, Zoom, Teams, and our own export."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from keet_desktop.domain.importing.headers import Field
from keet_desktop.domain.importing.reports import ReportDateError
from keet_desktop.domain.importing.rows import NoNameColumnError
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import translator
from tests import import_files
from tests.factories import make_event, person

FIXTURES = Path(__file__).parent.parent / "fixtures"
PRETIX_POSITIONS = (
    "positions.csv",
    "positions-excel.csv",
    "positions-semicolon.csv",
    "positions-nl.csv",
    "orderdata.xlsx",
    "orderdata-nl.xlsx",
)


def _people(services, event_id):
    rows = services.registrations.list_for_event(event_id)
    return {
        f"{r.person.given_name} {r.person.family_name}": (r.person.email, r.person.organisation)
        for r in rows
    }


@pytest.mark.parametrize("name", PRETIX_POSITIONS)
def test_pretix_positions_register_the_attendees_and_skip_the_cancelled(services, name):
    event_id = make_event(services)
    request = services.imports.request(FIXTURES / "pretix" / name, event_id=event_id)
    plan = services.imports.commit(services.imports.preview(request))
    assert (plan.rows, plan.valid, plan.registered, len(plan.skipped)) == (9, 6, 6, 3)
    assert [p.line for p in plan.skipped] == [5, 6, 9]  # cancelled, expired, cancelled ticket
    assert not plan.rejected
    warnings = {(w.line, w.code) for w in plan.warnings}
    assert (4, "pending") in warnings  # imported, with a warning
    assert {(3, "no_email"), (7, "no_email")} <= warnings
    assert _people(services, event_id) == {
        "Jan Janssens": ("jan.janssens@example.org", "Repair Atelier"),  # not the buyer's
        "Fatima El Amrani": (None, "Kringwinkel Aalst"),  # the buyer's address is Marie's
        "Pieter De Smet": ("pieter@example.org", ""),
        "Sofie Willems": (None, "Stad Aalst"),
        "Koen Wouters": ("koen@example.org", ""),  # his companion's ticket was cancelled
        "Anne-Sophie Van den Bossche-Vanderstraeten": ("anne-sophie@example.org", ""),
    }
    mapping = plan.mapping()
    for column in ("Event name", "Seat name", "Email address verified", "Naam evenement"):
        assert column not in mapping
    assert "Event name" in plan.ignored() or "Naam evenement" in plan.ignored()


def test_the_pretix_workbook_is_read_from_its_sheet_of_tickets_or_the_chosen_one(services):
    path = FIXTURES / "pretix" / "orderdata.xlsx"
    table = services.imports.read(path)
    assert (table.sheet, table.sheets) == (
        "Order positions",
        ["Orders", "Order positions", "Order fees"],
    )
    orders = services.imports.read(path, sheet="Orders")
    assert orders.sheet == "Orders" and "Order total" in orders.headers


@pytest.mark.parametrize("name", ["orders.csv", "orders-semicolon.csv"])
def test_pretix_orders_are_the_buyers_never_the_event(services, name):
    event_id = make_event(services)
    request = services.imports.request(FIXTURES / "pretix" / name, event_id=event_id)
    plan = services.imports.commit(services.imports.preview(request))
    people = _people(services, event_id)
    assert "Repair café" not in str(people)
    assert people["Marie Peeters"] == ("marie.peeters@example.org", "Kringwinkel Aalst")
    assert set(people) == {
        "Marie Peeters",
        "Pieter De Smet",
        "Koen Wouters",
        "Anne-Sophie Van den Bossche-Vanderstraeten",
    }
    assert [p.params["status"] for p in plan.skipped] == ["canceled", "expired"]
    assert [(p.line, p.code) for p in plan.rejected] == [(6, "missing_name")]  # no address


def test_pretix_checkin_list_secrets_check_in_at_the_desk(services):
    event_id = make_event(services, starts_at=datetime.now(BRUSSELS) + timedelta(minutes=5))
    path = FIXTURES / "pretix" / "checkinlist.csv"
    plan = services.imports.commit(
        services.imports.preview(services.imports.request(path, event_id=event_id))
    )
    assert plan.registered == 5
    result = services.checkin.scan("paid1secret1xyzabcdef", event_id, "Balie 1")
    assert result.outcome is Outcome.CHECKED_IN
    assert result.family_name == "Janssens"


def test_a_plain_header_wins_over_a_phrase_that_mentions_the_field(services, tmp_path):
    event_id = make_event(services)
    header = ["E-mailadres van je werkgever", "Voornaam", "Achternaam", "E-mail"]
    path = import_files.write_csv(
        tmp_path / "form.csv", [header, ["hr@acme.be", "Lotte", "De Wit", "lotte@example.be"]]
    )
    request = services.imports.request(path, event_id=event_id)
    plan = services.imports.commit(services.imports.preview(request))
    assert plan.registered == 1
    assert _people(services, event_id) == {"Lotte De Wit": ("lotte@example.be", "")}


def test_a_file_without_a_name_column_is_refused_saying_so(services, tmp_path):
    event_id = make_event(services)
    path = import_files.write_csv(
        tmp_path / "teams.csv",
        [["Tijdstempel", "E-mailadres", "Team Name"], ["2026/11/20", "a@b.be", "De Fixers"]],
    )
    request = services.imports.request(path, event_id=event_id)
    assert Field.FULL_NAME not in request.fields  # "Team Name" is not a person
    with pytest.raises(NoNameColumnError, match="Team Name"):
        services.imports.preview(request)


def test_our_own_export_round_trips_statuses_and_guarded_names(services, tmp_path):
    source = make_event(services, capacity=1)
    services.registrations.register(source, person("=1+1", "Peeters", "formula@example.be"))
    waiting = services.registrations.register(source, person("Wacht", "Lijst"))
    gone = services.registrations.register(source, person("Weg", "Gegaan"))
    services.registrations.cancel(gone.registration.id)
    assert waiting.registration.status.value == "waitlisted"
    for suffix, language in ((".csv", "en"), (".xlsx", "en"), (".csv", "nl"), (".xlsx", "nl")):
        path = tmp_path / f"export-{language}{suffix}"
        services.exports.export_registrations(source, path, translate=translator(language))
        target = make_event(services, capacity=10, title=f"Kopie {language} {suffix}")
        request = services.imports.request(path, event_id=target)
        plan = services.imports.commit(services.imports.preview(request))
        rows = services.registrations.list_for_event(target)
        statuses = {r.person.given_name: r.registration.status.value for r in rows}
        assert statuses == {"=1+1": "registered", "Wacht": "waitlisted"}
        assert [p.line for p in plan.skipped] and not plan.rejected


def _webinar(services, day, **extra):
    start = datetime(day.year, day.month, day.day, 10, tzinfo=BRUSSELS)
    return make_event(
        services,
        kind=EventKind.WEBINAR,
        online_url="https://zoom.example/j/1",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        **extra,
    )


def test_zoom_webinar_report_reads_sections_and_lists_the_absent(services):
    event_id = _webinar(services, datetime(2026, 3, 10))
    for given, family, email in (
        ("Jan", "Peeters", "jan@example.be"),
        ("Sara", "Janssens", "sara@example.be"),
        ("Niet", "Gekomen", "niet@example.be"),
        ("Lotte", "De Wit", "lotte@example.be"),
    ):
        services.registrations.register(event_id, person(given, family, email))
    report = services.attendance.read_report(FIXTURES / "zoom" / "webinar_attendee_report.csv")
    services.attendance.check_date(report, event_id, "webinar.csv")
    assert [p.name for p in report.absent] == ["Niet Gekomen"]
    assert report.mapping["Time in Session (minutes)"] == "duration"
    assert report.mapping["Attended"] == "attended" and "Registration Time" in report.ignored
    assert "De Keet" not in [p.name for p in report.participants]  # the host
    plan = services.attendance.commit(report.participants, event_id, 30)
    assert (plan.matched, plan.attended) == (3, 2)  # Jan 45+30 min, Lotte 95; Sara 18
    assert [p.email for p in plan.unmatched] == ["gast@elders.be"]


@pytest.mark.parametrize(
    "name", ["meeting_participants.csv", "meeting_participants_with_summary.csv"]
)
def test_zoom_meeting_reports_with_and_without_summary(services, name):
    event_id = _webinar(services, datetime(2026, 3, 12))
    services.registrations.register(event_id, person("Jan", "Peeters", "jan@example.be"))
    services.registrations.register(event_id, person("Sara", "Janssens", "sara@example.be"))
    report = services.attendance.read_report(FIXTURES / "zoom" / name)
    services.attendance.check_date(report, event_id, name)
    plan = services.attendance.commit(report.participants, event_id, 30)
    assert (plan.matched, plan.attended) == (2, 2)


def test_a_report_of_another_day_is_refused_until_confirmed(services):
    event_id = _webinar(services, datetime(2026, 3, 12))
    report = services.attendance.read_report(FIXTURES / "zoom" / "meeting_participants_2021.csv")
    with pytest.raises(ReportDateError, match="12-03-2021.*12-03-2026"):
        services.attendance.check_date(report, event_id, "2021.csv")


def test_teams_family_given_names_and_the_upn_match(services):
    event_id = _webinar(services, datetime(2026, 3, 12))
    for given, family, email in (
        ("David", "Goliath", "david.goliath@example.be"),
        ("Pedro", "García Simón", "pedro@example.es"),
        ("Jan", "Peeters", "jan@example.be"),
    ):
        services.registrations.register(event_id, person(given, family, email))
    report = services.attendance.read_report(FIXTURES / "teams" / "attendance_report.csv")
    services.attendance.check_date(report, event_id, "teams.csv")
    plan = services.attendance.commit(report.participants, event_id, 30)
    assert (plan.matched, plan.attended) == (3, 3)
    assert [p.name for p in plan.unmatched] == ["De Keet"]
