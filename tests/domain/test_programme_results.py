"""Programme results: sessions from desk check-ins and webinar minutes, hours, completion."""

from __future__ import annotations

from datetime import date

import pytest

from keet_desktop.domain.models import EventKind, EventStatus, Programme, RegistrationStatus, Role
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.results import CompletionRule, CompletionValueError
from tests.domain.test_reports import _at, _check_in, _event, _person, _register


def build_programme(services: Services) -> dict[str, int]:
    """Four sessions (a webinar among them) and a cancelled one; four kinds of participant."""
    with services.db.write() as session:
        programme = Programme(title="Acceleratieprogramma voorjaar")
        session.add(programme)
        session.flush()
        pid = programme.id
        days = [date(2026, 3, d) for d in (3, 10, 17, 24, 31)]
        kinds = [EventKind.PROGRAMME_SESSION] * 3 + [EventKind.WEBINAR]
        sessions = [
            _event(
                session,
                f"Sessie {n}",
                kind,
                _at(day, 19),
                2 if kind != EventKind.WEBINAR else 1,
                programme=pid,
            )
            for n, (day, kind) in enumerate(zip(days, kinds, strict=False))
        ]
        cancelled = _event(
            session,
            "Afgelast",
            EventKind.PROGRAMME_SESSION,
            _at(days[4], 19),
            2,
            status=EventStatus.CANCELLED,
            programme=pid,
        )
        full = _person(session, "Ayşe")
        half = _person(session, "Bram")
        waiting = _person(session, "Céline")
        coach = _person(session, "Coach")
        for event in sessions[:3]:
            _check_in(session, _register(session, full, event))
        _check_in(session, _register(session, full, sessions[3]), minutes=30)
        _check_in(session, _register(session, full, cancelled))
        _check_in(session, _register(session, half, sessions[0]))
        _check_in(session, _register(session, half, sessions[1]))
        _check_in(session, _register(session, half, sessions[2]), undone=True)
        _register(session, half, sessions[3])
        _register(session, waiting, sessions[0], RegistrationStatus.WAITLISTED, waitlist_order=1)
        _check_in(session, _register(session, coach, sessions[0], role=Role.FACILITATOR))
    return {"programme": pid, "full": full, "half": half}


def test_results_count_desk_and_online_attendance(services: Services) -> None:
    ids = build_programme(services)
    results = services.results.results(ids["programme"])
    assert results.sessions_total == 4
    assert (results.first_day, results.last_day) == (date(2026, 3, 3), date(2026, 3, 24))
    rows = {row.person_id: row.as_json() for row in results.rows}
    assert set(rows) == {ids["full"], ids["half"]}  # not the waiting list, not the facilitator
    assert rows[ids["full"]] == {
        "person_id": ids["full"],
        "name": "Ayşe Test",
        "sessions_attended": 4,
        "sessions_total": 4,
        "hours": 6.5,  # three sessions of 2 h and 30 minutes online
        "share": 1.0,
        "completed": True,
    }
    assert rows[ids["half"]]["sessions_attended"] == 2  # the undone check-in does not count
    assert rows[ids["half"]]["hours"] == 4.0
    assert rows[ids["half"]]["share"] == 0.5
    assert rows[ids["half"]]["completed"] is False  # the default rule: 80 % of the sessions


def test_completion_rule_by_share_or_hours(services: Services) -> None:
    ids = build_programme(services)
    services.results.set_rule(ids["programme"], CompletionRule.HOURS, 4)
    assert all(row.completed for row in services.results.results(ids["programme"]).rows)
    services.results.set_rule(ids["programme"], CompletionRule.HOURS, 4.5)
    done = {r.person_id: r.completed for r in services.results.results(ids["programme"]).rows}
    assert done == {ids["full"]: True, ids["half"]: False}
    services.results.set_rule(ids["programme"], CompletionRule.SHARE, 50)
    assert all(row.completed for row in services.results.results(ids["programme"]).rows)
    with pytest.raises(CompletionValueError):
        services.results.set_rule(ids["programme"], CompletionRule.SHARE, 120)
