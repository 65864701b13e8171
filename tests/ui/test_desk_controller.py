"""The desk's flow without any widget: the controller on SQLite and PostgreSQL.

Scans run on the controller's worker thread; these tests wait for its signals. A slow or
failing check-in service (a stub around the real one) shows "waiting for the database", a
clear error after the time-out, and that scanning again afterwards neither loses nor doubles a
check-in.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from keet_desktop.domain.models import CheckIn
from keet_desktop.domain.services.checkin_results import Outcome, Tone
from keet_desktop.ui.desk.controller import DeskController
from tests.checkin_helpers import event_today, register
from tests.factories import make_event


class Recorder:
    """Collects what a controller says."""

    def __init__(self, controller: DeskController) -> None:
        self.results: list[tuple] = []
        self.problems: list[tuple[str, str]] = []
        self.nobody: list[str] = []
        self.hits: list = []
        self.choices: list = []
        self.waiting: list[bool] = []
        controller.result_ready.connect(self._result)
        controller.problem.connect(self._problem)
        controller.nobody_found.connect(self.nobody.append)
        controller.hits_found.connect(self.hits.append)
        controller.capacity_choice.connect(self.choices.append)
        controller.waiting_changed.connect(self.waiting.append)

    def _result(self, result, repeats) -> None:
        self.results.append((result, repeats))

    def _problem(self, headline, text) -> None:
        self.problems.append((headline, text))


@pytest.fixture
def controller(qtbot, services, translators):
    event = event_today(services, capacity=2)
    desk = DeskController(services, event, "Balie 1")
    desk.start()
    qtbot.waitUntil(lambda: desk.counters is not None)  # the desk opens with its counters
    yield desk
    desk.stop()


def idle(qtbot, desk):
    qtbot.waitUntil(lambda: not desk.busy, timeout=10_000)


def checkins(services):
    with services.db.read() as session:
        return list(session.scalars(select(CheckIn)))


def test_a_scan_checks_in_off_the_gui_thread_and_refreshes_the_counters(
    qtbot, controller, services
):
    reg, code = register(services, controller.event_id, "Hélène", "Dubois")
    seen = Recorder(controller)
    threads = []
    real_scan = services.checkin.scan

    def scan(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_scan(*args, **kwargs)

    services.checkin.scan = scan
    with qtbot.waitSignal(controller.checked_in) as signal:
        controller.submit(code.lower())
    assert signal.args == [reg]
    assert threads and threads[0] is not threading.main_thread()
    [(result, repeats)] = seen.results
    assert (result.outcome, result.name, repeats) == (Outcome.CHECKED_IN, "Hélène Dubois", 1)
    assert (controller.counters.checked_in, controller.counters.expected) == (1, 0)


def test_the_same_refusal_twice_is_counted_and_a_success_resets_it(qtbot, controller, services):
    _reg, code = register(services, controller.event_id)
    seen = Recorder(controller)
    for _ in range(3):
        controller.submit("7K3M9P2Q4R6T8V0W1X3Y5")
        idle(qtbot, controller)
    controller.submit(code)
    idle(qtbot, controller)
    controller.submit("7K3M9P2Q4R6T8V0W1X3Y5")
    idle(qtbot, controller)
    assert [repeats for _result, repeats in seen.results] == [1, 2, 3, 1, 1]
    assert seen.results[0][0].code == "7K3M9P2Q4R6T8V0W1X3Y5"  # what was read, for the screen


def test_a_name_with_no_match_says_so_and_is_kept_for_the_walk_in(qtbot, controller, services):
    register(services, controller.event_id, "Lieve", "Peeters")
    other = make_event(services)
    register(services, other, "Jan", "Jansen")  # another event: not found at this desk
    seen = Recorder(controller)
    controller.submit("Jansen")
    assert seen.nobody == ["Jansen"]
    assert controller.last_search == "Jansen"
    assert seen.results == [] and not controller.busy


def test_a_name_with_one_match_checks_in_and_several_are_listed(qtbot, controller, services):
    reg, _code = register(services, controller.event_id, "Lieve", "Van den Broeck")
    register(services, controller.event_id, "Bram", "Van den Bossche")
    seen = Recorder(controller)
    controller.submit("van den")
    assert [len(hits) for hits in seen.hits] == [2]
    with qtbot.waitSignal(controller.checked_in) as signal:
        controller.submit("van den br")
    assert signal.args == [reg]


def test_a_walk_in_on_a_full_event_asks_then_goes_in_with_a_reason(qtbot, controller, services):
    for given in ("Jef", "Ann", "Noor"):  # Noor waits
        register(services, controller.event_id, given, "Maes")
    seen = Recorder(controller)
    controller.walk_in("Zoë", "De Smet", None, "")
    idle(qtbot, controller)
    [choice] = seen.choices
    assert choice.error.waiting == 1 and checkins(services) == []
    controller.override(choice, "spreker")
    idle(qtbot, controller)
    result = seen.results[-1][0]
    assert result.tone is Tone.GREEN and result.capacity_override
    assert [c.override_reason for c in checkins(services)] == ["spreker"]


def test_undoing_a_walk_in_leaves_still_expected_alone(qtbot, controller, services):
    register(services, controller.event_id, "Jef", "Maes")
    controller.walk_in("Zoë", "De Smet", None, "")
    idle(qtbot, controller)
    assert controller.counters.expected == 1
    [checkin] = checkins(services)
    controller.undo(checkin.id, "vergissing", "Zoë De Smet")
    idle(qtbot, controller)
    assert (controller.counters.expected, controller.counters.walk_ins) == (1, 0)


def test_kiosk_mode_searches_nobody(qtbot, controller, services):
    register(services, controller.event_id, "Lieve", "Peeters")
    controller.kiosk = True
    seen = Recorder(controller)
    controller.submit("peeters")
    assert seen.hits == [] and seen.nobody == []
    assert seen.problems == [("SCAN JE TICKET", "Houd de QR-code van je ticket voor de scanner.")]


class SlowCheckin:
    """The real check-in service behind a gate: a frozen or failing database, on demand."""

    def __init__(self, real) -> None:
        self.real = real
        self.gate = threading.Event()
        self.failures = 0

    def __getattr__(self, name):
        return getattr(self.real, name)

    def scan(self, *args, **kwargs):
        self.gate.wait(10)
        if self.failures:
            self.failures -= 1
            raise OperationalError("SELECT 1", {}, Exception("canceling statement due to timeout"))
        return self.real.scan(*args, **kwargs)


def test_a_slow_database_shows_waiting_then_the_result(qtbot, controller, services):
    _reg, code = register(services, controller.event_id)
    slow = SlowCheckin(services.checkin)
    services.checkin = slow
    seen = Recorder(controller)
    controller.submit(code)
    qtbot.waitUntil(lambda: seen.waiting == [True], timeout=2000)  # after half a second
    assert seen.results == []
    QApplication.processEvents()  # the GUI thread is free meanwhile
    slow.gate.set()
    idle(qtbot, controller)
    assert seen.waiting == [True, False]
    assert seen.results[0][0].outcome is Outcome.CHECKED_IN


def test_a_database_error_is_clear_and_scanning_again_checks_in_once(qtbot, controller, services):
    _reg, code = register(services, controller.event_id)
    slow = SlowCheckin(services.checkin)
    slow.failures = 1
    slow.gate.set()
    services.checkin = slow
    seen = Recorder(controller)
    controller.submit(code)
    idle(qtbot, controller)
    assert seen.problems[0][0] == "DATABANKPROBLEEM"
    assert checkins(services) == []
    controller.submit(code)  # the volunteer scans again
    idle(qtbot, controller)
    controller.submit(code)  # and, unsure, once more
    idle(qtbot, controller)
    outcomes = [result.outcome for result, _repeats in seen.results]
    assert outcomes == [Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN]
    assert len(checkins(services)) == 1


def test_a_database_that_never_answers_times_out_clearly(qtbot, services, translators):
    event = event_today(services)
    _reg, code = register(services, event)
    slow = SlowCheckin(services.checkin)
    services.checkin = slow
    desk = DeskController(services, event, "Balie 1", timeout_ms=700)
    seen = Recorder(desk)
    desk.submit(code)
    qtbot.waitUntil(lambda: bool(seen.problems), timeout=3000)
    headline, text = seen.problems[0]
    assert headline == "DATABANKPROBLEEM" and "niet binnen 1 seconde." in text
    assert "scan opnieuw" in text
    slow.gate.set()  # the database wakes up: the scan still lands, once
    qtbot.waitUntil(lambda: not desk.busy, timeout=5000)
    desk.stop()
    assert [r.outcome for r, _n in seen.results] == [Outcome.CHECKED_IN]
    assert len(checkins(services)) == 1


def test_counters_after_a_run_of_scans_match_the_database(qtbot, services, translators):
    event = event_today(services, capacity=None)
    codes = [register(services, event, f"P{n}", "Maes")[1] for n in range(12)]
    desk = DeskController(services, event, "Balie 1")
    desk.start()
    qtbot.waitUntil(lambda: desk.counters is not None)
    seen = []
    desk.refreshed.connect(lambda refresh: seen.append(refresh.counters.checked_in))
    for code in codes:  # scans come in while the poll thread recounts
        desk.submit(code)
    idle(qtbot, desk)
    assert desk.counters.checked_in == 12  # counted from the results, at once
    assert [r.name for r in desk.recent][:2] == ["P11 Maes", "P10 Maes"]
    truth = services.checkin.counters(event)
    qtbot.wait(1200)  # a poll or two: a recount never moves the figures away from the truth
    desk.stop()
    assert desk.counters == truth
    assert seen == sorted(seen)  # the count shown never went down
