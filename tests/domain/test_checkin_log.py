"""The scan log an organiser reads afterwards: refused scans and undone check-ins."""

from keet_desktop.domain.services.checkin_log import NOT_A_CODE, OUTCOME_NAMES
from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.i18n import translator
from tests.checkin_helpers import event_today, register
from tests.factories import future, make_event


def test_refused_scans_are_listed_newest_first_with_desk_code_and_reason(services):
    event = event_today(services)
    other = make_event(services, title="Repair Café", starts_at=future(days=5))
    _reg, code = register(services, event)
    _other_reg, other_code = register(services, other, "Jan", "Smet")
    services.checkin.scan(code, event, "Balie 1")  # checked in: not in the log
    services.checkin.scan(code, event, "Balie 2")
    services.checkin.scan("ABC\x1b[2J\x07", event, "Balie 1")
    services.checkin.scan(other_code, event, "Balie 2")
    services.checkin.scan("ONBEKEND-123", event, "Balie 1")
    services.checkin.scan("ONBEKEND-456", other, "Balie 9")  # another event's desk
    rows = services.checkin.refused_scans(event)
    assert [(r.desk, r.outcome, r.detail) for r in rows] == [
        ("Balie 1", Outcome.UNKNOWN_CODE, ""),
        ("Balie 2", Outcome.OTHER_EVENT, "Repair Café"),
        ("Balie 1", NOT_A_CODE, ""),
        ("Balie 2", Outcome.ALREADY_CHECKED_IN, ""),
    ]
    assert rows[2].code == "ABC\\x1b[2J\\x07"
    assert rows[3].code == code
    assert rows[0].scanned_at >= rows[1].scanned_at >= rows[3].scanned_at
    assert rows[0].scanned_at.tzinfo is not None
    assert services.checkin.refused_scans(make_event(services)) == []


def test_undone_checkins_say_who_undid_what_and_why(services):
    event = event_today(services)
    first, code = register(services, event, "Hélène", "Dubois")
    second, other_code = register(services, event, "Jan", "Smet")
    services.checkin.scan(code, event, "Balie 1")
    services.checkin.scan(other_code, event, "Balie 2")
    services.checkin.undo(registration_id=first, reason="verkeerde persoon", by="Balie 1")
    services.checkin.scan(code, event, "Balie 1")  # checked in again: that one stands
    services.checkin.undo(registration_id=second, reason="nog niet binnen", by="Balie 3")
    rows = services.checkin.undone_checkins(event)
    assert [(r.registration_id, r.name, r.desk, r.undone_by, r.reason) for r in rows] == [
        (second, "Jan Smet", "Balie 2", "Balie 3", "nog niet binnen"),
        (first, "Hélène Dubois", "Balie 1", "Balie 1", "verkeerde persoon"),
    ]
    assert rows[1].checked_in_at <= rows[1].undone_at <= rows[0].undone_at


def test_every_logged_outcome_has_a_name_in_dutch_and_english():
    nl, en = translator("nl"), translator("en")
    for outcome in [*Outcome, NOT_A_CODE]:
        assert en("checkin", OUTCOME_NAMES[outcome]) == OUTCOME_NAMES[outcome]
    assert nl("checkin", OUTCOME_NAMES[NOT_A_CODE]) == "Geen ticketcode"
