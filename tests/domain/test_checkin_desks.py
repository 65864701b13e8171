"""Several desks in several processes on one database: one check-in per person, none lost."""

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from keet_desktop.domain.models import CheckIn
from tests.checkin_helpers import event_today, register

ROOT = Path(__file__).resolve().parents[2]


def _worker(url: str, event: int, desk: str, start_at: float, codes: list[str], *extra: str):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.desk_worker", url, str(event), desk, str(start_at), *extra]
        + codes,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def standing_checkins(services) -> Counter:
    with services.db.read() as session:
        rows = session.scalars(select(CheckIn.registration_id).where(CheckIn.undone_at.is_(None)))
        return Counter(rows)


def test_the_same_codes_at_two_desks_at_once_give_one_check_in_each(services, db_url):
    event = event_today(services, capacity=None)
    codes = [register(services, event, f"P{n}", "Peeters")[1] for n in range(25)]
    start_at = time.time() + 2.0
    desks = [_worker(db_url, event, name, start_at, codes) for name in ("Balie 1", "Balie 2")]
    outputs = [desk.communicate(timeout=30)[0].split("\n") for desk in desks]
    assert [desk.returncode for desk in desks] == [0, 0]
    per_code: dict[str, list[str]] = {}
    for lines in outputs:
        for line in filter(None, lines):
            outcome, registration_id = line.split()
            per_code.setdefault(registration_id, []).append(outcome)
    assert len(per_code) == 25
    for outcomes in per_code.values():
        assert sorted(outcomes) == ["already_checked_in", "checked_in"]
    counts = standing_checkins(services)
    assert len(counts) == 25 and set(counts.values()) == {1}


def test_a_check_in_shown_green_survives_a_kill_right_after(services, db_url):
    event = event_today(services)
    _reg, code = register(services, event)
    desk = _worker(db_url, event, "Balie 1", 0.0, [code], "--hang")
    assert desk.stdout is not None
    line = desk.stdout.readline()
    os.kill(desk.pid, signal.SIGKILL)
    desk.wait(timeout=10)
    desk.stdout.close()
    assert line.startswith("checked_in ")
    assert desk.returncode == -signal.SIGKILL
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 1


def test_a_scan_racing_an_uncommitted_check_in_becomes_already_checked_in(services, db):
    """The other desk has inserted but not yet committed: we wait, then say "already"."""
    import threading

    from keet_desktop.domain.db import utcnow
    from keet_desktop.domain.services.checkin_results import Outcome

    event = event_today(services)
    reg, code = register(services, event)
    other = db.engine.execution_options(sqlite_begin="IMMEDIATE").connect()
    transaction = other.begin()
    other.execute(
        CheckIn.__table__.insert(),
        {
            "registration_id": reg,
            "event_id": event,
            "checked_in_at": utcnow(),
            "desk": "Balie 2",
            "operator": "",
            "walk_in": False,
            "capacity_override": False,
            "undone_by": "",
            "undo_reason": "",
        },
    )
    outcomes = []
    scanner = threading.Thread(
        target=lambda: outcomes.append(services.checkin.scan(code, event, "Balie 1"))
    )
    scanner.start()
    scanner.join(timeout=0.5)
    assert scanner.is_alive()  # waiting for the other desk's transaction
    transaction.commit()
    other.close()
    scanner.join(timeout=10)
    [result] = outcomes
    assert (result.outcome, result.desk) == (Outcome.ALREADY_CHECKED_IN, "Balie 2")
    assert standing_checkins(services) == Counter({reg: 1})
