"""A real PostgreSQL server frozen (SIGSTOP) under a desk: the desk waits, says so, recovers.

The test starts its own throwaway server with ``.ci/postgres.sh`` (skipped when there are no
server binaries), freezes every process of that server by its id, scans, and thaws it again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database
from keet_desktop.domain.models import CheckIn
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.ui.desk.controller import DeskController
from tests.checkin_helpers import event_today, register

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "postgres.sh"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def own_server():
    """A PostgreSQL server of this test alone: (url, data folder)."""
    if os.name != "posix" or not SCRIPT.exists():
        pytest.skip("needs .ci/postgres.sh on a POSIX system")
    top = Path(tempfile.mkdtemp(prefix="keet-desk-pg-"))
    top.chmod(0o755)  # the server runs as an unprivileged user
    folder = top / "pg"
    started = subprocess.run(
        ["bash", str(SCRIPT), "start", str(folder), str(_free_port())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if started.returncode != 0:
        pytest.skip(f"no PostgreSQL server could be started: {started.stderr[-200:]}")
    try:
        yield started.stdout.strip().splitlines()[-1], folder / "data"
    finally:
        _signal_all(folder / "data", signal.SIGCONT)
        subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], capture_output=True, timeout=60)
        shutil.rmtree(top, ignore_errors=True)


def _server_pids(data: Path) -> list[int]:
    """The postmaster (from its pid file) and every process it started."""
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    pids = [postmaster]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == postmaster:  # the parent's id
            pids.append(int(stat.parent.name))
    return pids


def _signal_all(data: Path, sig: signal.Signals) -> None:
    if not (data / "postmaster.pid").exists():
        return
    for pid in _server_pids(data):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)


def test_a_frozen_server_makes_the_desk_wait_then_it_checks_in_once(qtbot, own_server, translators):
    url, data = own_server
    db = Database.open(url)
    schema.upgrade(db, backup=False)
    services = Services(db)
    event = event_today(services)
    _reg, code = register(services, event)
    desk = DeskController(services, event, "Balie 1", timeout_ms=1500)
    waiting, problems, results = [], [], []
    desk.waiting_changed.connect(waiting.append)
    desk.problem.connect(lambda headline, _text: problems.append(headline))
    desk.result_ready.connect(lambda result, _n: results.append(result.outcome))
    _signal_all(data, signal.SIGSTOP)
    try:
        desk.submit(code)
        qtbot.waitUntil(lambda: waiting == [True], timeout=3000)  # "waiting for the database…"
        qtbot.waitUntil(lambda: problems == ["DATABANKPROBLEEM"], timeout=5000)  # the time-out
        assert results == []
    finally:
        _signal_all(data, signal.SIGCONT)
    qtbot.waitUntil(lambda: not desk.busy, timeout=30_000)
    assert results == [Outcome.CHECKED_IN]  # the scan landed when the server woke up
    desk.submit(code)  # the volunteer, unsure, scans again
    qtbot.waitUntil(lambda: not desk.busy, timeout=10_000)
    assert results == [Outcome.CHECKED_IN, Outcome.ALREADY_CHECKED_IN]
    assert waiting[-1] is False
    desk.stop()
    with db.read() as session:
        assert len(list(session.scalars(select(CheckIn)))) == 1
    db.dispose()
