"""The check-in desk's rules: every outcome of a scan, walk-ins, admissions, undo, counters."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from keet_desktop.domain.models import CheckIn, ExternalCode, Registration, ScanLog
from keet_desktop.domain.services.checkin_results import (
    EventFullError,
    NotCheckedInError,
    Outcome,
    OverrideReasonRequiredError,
    Tone,
    UndoReasonRequiredError,
)
from keet_desktop.i18n import translator
from tests.checkin_helpers import event_today, register, today_at
from tests.factories import future, make_event

EN = translator("en")
NL = translator("nl")


def checkins(services):
    with services.db.read() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.id)))


def scan_log(services):
    with services.db.read() as session:
        return list(session.scalars(select(ScanLog).order_by(ScanLog.id)))


def test_a_scan_checks_in_and_shows_name_organisation_role_and_desk_note(services):
    event = event_today(services)
    reg, code = register(
        services,
        event,
        "Hélène",
        "Van den Broeck",
        organisation="Repair Café Aalst",
        desk_note="rolstoelgebruiker",
    )
    result = services.checkin.scan(code, event, "Balie 1")
    assert result.outcome is Outcome.CHECKED_IN
    assert result.tone is Tone.GREEN
    assert (result.name, result.organisation) == ("Hélène Van den Broeck", "Repair Café Aalst")
    assert result.desk_note == "rolstoelgebruiker"
    assert result.role_label(EN) == "Participant"
    assert result.message(EN) == "Hélène Van den Broeck is checked in."
    [checkin] = checkins(services)
    assert (checkin.registration_id, checkin.desk, checkin.walk_in) == (reg, "Balie 1", False)
    assert scan_log(services) == []


def test_a_second_scan_says_when_and_where_and_records_nothing(services):
    event = event_today(services)
    _reg, code = register(services, event)
    first = services.checkin.scan(code, event, "Balie 2")
    second = services.checkin.scan(code, event, "Balie 1")
    assert second.outcome is Outcome.ALREADY_CHECKED_IN
    assert second.tone is Tone.AMBER
    assert (second.checked_in_at, second.desk) == (first.checked_in_at, "Balie 2")
    local = first.checked_in_at.astimezone(today_at(0).tzinfo).strftime("%H:%M")
    assert second.message(EN) == f"Lieve Peeters was already checked in at {local} at Balie 2."
    assert len(checkins(services)) == 1
    assert [(r.outcome, r.desk) for r in scan_log(services)] == [("already_checked_in", "Balie 1")]


@pytest.mark.parametrize(
    "typed",
    [
        "  {code}  ",
        "{lower}",
        "{dashed}",
        "\t{code}\r\n",
        "https://tickets.example.be/t/{code}",
        "https://tickets.example.be/t/{code}/",
    ],
)
def test_scanner_input_with_whitespace_case_dashes_or_a_ticket_url_still_works(services, typed):
    event = event_today(services)
    _reg, code = register(services, event)
    text = typed.format(
        code=code, lower=code.lower(), dashed=f"{code[:7]}-{code[7:14]}-{code[14:]}"
    )
    assert services.checkin.scan(text, event, "B").outcome is Outcome.CHECKED_IN


def test_a_scanner_prefix_and_suffix_are_removed(services):
    event = event_today(services)
    _reg, code = register(services, event)
    result = services.checkin.scan(f"]Q1{code}#", event, "B", prefix="]Q1", suffix="#")
    assert result.outcome is Outcome.CHECKED_IN


def test_an_external_code_checks_in_its_registration(services):
    event = event_today(services)
    reg, _code = register(services, event)
    with services.db.write() as session:
        session.add(ExternalCode(registration_id=reg, code="EB-4711-0815", source="eventbrite"))
    result = services.checkin.scan(" EB-4711-0815 ", event, "B")
    assert (result.outcome, result.registration_id) == (Outcome.CHECKED_IN, reg)


@pytest.mark.parametrize(
    "garbage",
    [
        "https://www.example.be/some/page?x=1",
        "X" * 500,
        "ABC\x00\x07DEF",
        "\x1b[A",
        "",
    ],
)
def test_garbage_is_refused_calmly_as_unknown_and_logged(services, garbage):
    event = event_today(services)
    result = services.checkin.scan(garbage, event, "Balie 1")
    assert result.outcome is Outcome.UNKNOWN_CODE
    assert result.tone is Tone.RED
    assert result.message(EN) == "This is not a ticket code; scan the ticket again."
    [logged] = scan_log(services)
    assert (logged.outcome, logged.desk, logged.event_id) == ("unknown_code", "Balie 1", event)
    assert len(logged.code) <= 600
    assert checkins(services) == []


def test_an_unknown_code_is_refused_and_logged(services):
    event = event_today(services)
    result = services.checkin.scan("0000000000000000000000"[:21], event, "B")
    assert result.outcome is Outcome.UNKNOWN_CODE
    assert result.message(EN) == "Unknown code: no ticket has this code."
    assert [r.outcome for r in scan_log(services)] == ["unknown_code"]


def test_a_code_of_another_event_names_that_event_and_its_date(services):
    event = event_today(services)
    other = make_event(services, title="Repair Café", starts_at=future(days=3, hour=14))
    _reg, code = register(services, other)
    result = services.checkin.scan(code, event, "B")
    assert result.outcome is Outcome.OTHER_EVENT
    starts = future(days=3, hour=14).strftime("%d/%m/%Y %H:%M")
    assert result.message(EN) == f"This ticket is for another event: “Repair Café” on {starts}."
    assert checkins(services) == []
    assert [r.outcome for r in scan_log(services)] == ["other_event"]


def test_a_cancelled_registration_is_refused(services):
    event = event_today(services)
    reg, code = register(services, event)
    services.registrations.cancel(reg)
    result = services.checkin.scan(code, event, "B")
    assert result.outcome is Outcome.CANCELLED
    assert result.message(EN) == "The registration of Lieve Peeters was cancelled."
    assert checkins(services) == []


def test_an_event_not_today_is_refused(services):
    event = make_event(
        services, starts_at=future(days=2), ends_at=future(days=2) + timedelta(hours=2)
    )
    _reg, code = register(services, event)
    result = services.checkin.scan(code, event, "B")
    assert result.outcome is Outcome.NOT_TODAY
    assert checkins(services) == []


def test_a_waitlisted_registration_is_refused_and_can_be_admitted_when_there_is_room(services):
    event = event_today(services, capacity=1)
    first, _ = register(services, event, "Jef", "Maes")
    waiting, code = register(services, event, "Noor", "Claes")
    full = services.checkin.scan(code, event, "B")
    assert (full.outcome, full.can_admit) == (Outcome.WAITLISTED, False)
    assert full.message(EN) == "Noor Claes is on the waiting list. The event is full."
    with pytest.raises(EventFullError):
        services.checkin.admit_waitlisted(waiting, event, "B")


def test_admitting_a_waitlisted_registration_with_room_checks_it_in(services):
    event = event_today(services, capacity=1)
    first, _ = register(services, event, "Jef", "Maes")
    waiting, code = register(services, event, "Noor", "Claes")
    with services.db.write() as session:
        session.get(Registration, first).status = "cancelled"  # a place frees up, no promotion
    result = services.checkin.scan(code, event, "B")
    assert (result.outcome, result.can_admit) == (Outcome.WAITLISTED, True)
    admitted = services.checkin.admit_waitlisted(waiting, event, "B")
    assert admitted.outcome is Outcome.CHECKED_IN
    assert services.registrations.get(waiting).registration.status.value == "registered"


def test_admitting_beyond_capacity_needs_and_records_an_override(services):
    event = event_today(services, capacity=1)
    register(services, event, "Jef", "Maes")
    waiting, _code = register(services, event, "Noor", "Claes")
    with pytest.raises(OverrideReasonRequiredError):
        services.checkin.admit_waitlisted(waiting, event, "B", override_capacity=True)
    assert checkins(services) == []
    result = services.checkin.admit_waitlisted(
        waiting, event, "B", override_capacity=True, reason="spreker"
    )
    assert result.outcome is Outcome.CHECKED_IN
    assert [(c.capacity_override, c.override_reason) for c in checkins(services)] == [
        (True, "spreker")
    ]


def test_a_walk_in_is_registered_and_checked_in_at_once(services):
    event = event_today(services)
    result = services.checkin.walk_in(
        event, "Zoë", "De Smet", None, "Kringwinkel Denderland", "Balie 1"
    )
    assert result.outcome is Outcome.CHECKED_IN
    assert result.name == "Zoë De Smet"
    [checkin] = checkins(services)
    assert (checkin.walk_in, checkin.capacity_override, checkin.desk) == (True, False, "Balie 1")
    row = services.registrations.get(result.registration_id)
    assert row.registration.source.value == "walk_in"
    assert services.checkin.counters(event).walk_ins == 1


def test_a_walk_in_respects_capacity_unless_overridden(services):
    event = event_today(services, capacity=1)
    register(services, event, "Jef", "Maes")
    register(services, event, "Noor", "Claes")  # waits
    register(services, event, "Ann", "Claes")  # waits
    with pytest.raises(EventFullError) as caught:
        services.checkin.walk_in(event, "Zoë", "De Smet", "zoe@example.be", "", "B")
    assert "full" in caught.value.english()
    assert caught.value.waiting == 2
    assert checkins(services) == []
    result = services.checkin.walk_in(
        event, "Zoë", "De Smet", "zoe@example.be", "", "B", override_capacity=True, reason="pers"
    )
    assert result.outcome is Outcome.CHECKED_IN
    assert [(c.capacity_override, c.override_reason) for c in checkins(services)] == [
        (True, "pers")
    ]


def test_undoing_a_walk_in_does_not_make_anyone_more_expected(services):
    event = event_today(services)
    register(services, event, "Jef", "Maes")
    before = services.checkin.counters(event)
    result = services.checkin.walk_in(event, "Zoë", "De Smet", None, "", "B")
    services.checkin.undo(checkin_id=result.checkin_id, reason="vergissing")
    after = services.checkin.counters(event)
    assert (after.expected, after.checked_in, after.walk_ins) == (before.expected, 0, 0)
    assert after.expected == 1


def test_a_walk_in_who_is_already_registered_is_checked_in_on_that_registration(services):
    event = event_today(services)
    reg, _code = register(services, event, "Jef", "Maes", email="jef@example.be")
    result = services.checkin.walk_in(event, "Jef", "Maes", "JEF@example.be", "", "B")
    assert (result.outcome, result.registration_id) == (Outcome.CHECKED_IN, reg)
    assert [c.walk_in for c in checkins(services)] == [False]


def test_a_pick_by_name_checks_in_that_registration(services):
    event = event_today(services)
    reg, _code = register(services, event)
    assert services.checkin.check_in_registration(reg, event, "B").outcome is Outcome.CHECKED_IN
    again = services.checkin.check_in_registration(reg, event, "B")
    assert again.outcome is Outcome.ALREADY_CHECKED_IN


def test_undo_keeps_the_check_in_marked_with_who_when_and_why(services):
    event = event_today(services)
    reg, code = register(services, event)
    services.checkin.scan(code, event, "Balie 1")
    with pytest.raises(UndoReasonRequiredError):
        services.checkin.undo(registration_id=reg, reason="  ", by="Balie 1")
    services.checkin.undo(registration_id=reg, reason="verkeerde persoon", by="Balie 1")
    [undone] = checkins(services)
    assert undone.undone_at is not None
    assert (undone.undone_by, undone.undo_reason) == ("Balie 1", "verkeerde persoon")
    with pytest.raises(NotCheckedInError):
        services.checkin.undo(registration_id=reg, reason="again")
    # The person can be checked in again afterwards.
    assert services.checkin.scan(code, event, "Balie 1").outcome is Outcome.CHECKED_IN
    assert len(checkins(services)) == 2


def test_recent_lists_this_desks_standing_check_ins_newest_first(services):
    event = event_today(services)
    codes = [register(services, event, name, "Peeters")[1] for name in ("Jef", "Ann", "Bram")]
    services.checkin.scan(codes[0], event, "Balie 1")
    services.checkin.scan(codes[1], event, "Balie 2")
    last = services.checkin.scan(codes[2], event, "Balie 1")
    recent = services.checkin.recent(event, "Balie 1")
    assert [r.name for r in recent] == ["Bram Peeters", "Jef Peeters"]
    services.checkin.undo(checkin_id=last.checkin_id, reason="fout", by="Balie 1")
    assert [r.name for r in services.checkin.recent(event, "Balie 1")] == ["Jef Peeters"]


def test_counters_and_the_change_token_follow_every_desk(services):
    event = event_today(services)
    codes = [register(services, event, name, "Peeters")[1] for name in ("Jef", "Ann", "Bram")]
    token = services.checkin.change_token()
    counters = services.checkin.counters(event)
    assert (counters.registered, counters.checked_in, counters.expected, counters.walk_ins) == (
        3,
        0,
        3,
        0,
    )
    result = services.checkin.scan(codes[0], event, "Balie 2")
    assert services.checkin.change_token() != token
    token = services.checkin.change_token()
    services.checkin.walk_in(event, "Zoë", "Dupont", None, "", "Balie 1")
    counters = services.checkin.counters(event)
    assert (counters.registered, counters.checked_in, counters.expected, counters.walk_ins) == (
        4,
        2,
        2,
        1,
    )
    assert services.checkin.change_token() != token
    token = services.checkin.change_token()
    services.checkin.undo(registration_id=result.registration_id, reason="fout")
    assert services.checkin.change_token() != token
    assert services.checkin.counters(event).checked_in == 1
    token = services.checkin.change_token()
    services.registrations.cancel(result.registration_id)  # the organiser, elsewhere
    assert services.checkin.change_token() != token
    assert services.checkin.counters(event).registered == 3


def test_control_characters_are_logged_visibly(services):
    event = event_today(services)
    services.checkin.scan("AB\x00C", event, "B")
    assert [r.code for r in scan_log(services)] == ["AB\\x00C"]
