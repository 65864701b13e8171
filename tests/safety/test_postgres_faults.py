"""A PostgreSQL server that freezes (SIGSTOP) or stops never hangs a desk or loses a scan.

The test starts its own server (``.ci/postgres.sh``, as the CI does), so freezing it touches
nobody else's.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keet_desktop.cli import main
from keet_desktop.domain import errors, schema
from keet_desktop.domain.db import Database
from keet_desktop.domain.dbsafety import DatabaseTimeoutError, DatabaseTimeouts
from keet_desktop.domain.models import CheckIn
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.checkin_results import Outcome
from tests.checkin_helpers import event_today, register

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "postgres.sh"
FAST = DatabaseTimeouts(connect=2, statement=2, lock=1, response=2)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A throwaway PostgreSQL server of this test module."""

    folder: Path
    url: str

    def pids(self) -> list[int]:
        """The postmaster and every process it started."""
        postmaster = int((self.folder / "data" / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True, text=True
        ).stdout.split()
        return [postmaster, *map(int, children)]

    def signal(self, number: signal.Signals) -> None:
        for pid in self.pids():
            os.kill(pid, number)

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.folder)], capture_output=True)

    def start_again(self) -> None:
        port = self.url.rsplit(":", 1)[1].split("/")[0]
        pg_ctl = (
            shutil.which("pg_ctl") or sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
        )
        command = (
            f"'{pg_ctl}' -D '{self.folder}/data' -l '{self.folder}/server.log' -w -t 60 "
            f"-o \"-c listen_addresses=127.0.0.1 -p {port} -k '{self.folder}' -c fsync=off\" start"
        )
        if os.geteuid() == 0:
            subprocess.run(
                ["su", "postgres", "-s", "/bin/sh", "-c", command], check=True, capture_output=True
            )
        else:
            subprocess.run(["sh", "-c", command], check=True, capture_output=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    installed = any(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or shutil.which("initdb")
    if not installed:
        pytest.skip("no PostgreSQL server binaries to start a server of our own")
    folder = Path(tempfile.mkdtemp(prefix="keet-test-pg-"))  # pytest's folder is root's only
    folder.chmod(0o755)
    port = _free_port()
    result = subprocess.run(
        ["bash", str(SCRIPT), "start", str(folder), str(port)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot start a PostgreSQL server: {result.stderr.strip()[-300:]}")
    running = Server(folder, result.stdout.strip())
    try:
        yield running
    finally:
        with contextlib.suppress(OSError, ValueError):
            running.signal(signal.SIGCONT)
        running.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def services(server: Server) -> Iterator[Services]:
    db = Database.open(server.url, timeouts=FAST)
    schema.upgrade(db)
    yield Services(db)
    db.dispose()


def check_ins(services: Services, registration_id: int) -> int:
    with services.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(CheckIn)
                .where(CheckIn.registration_id == registration_id)
            )
            or 0
        )


def test_frozen_server_times_out_then_the_scan_works_once(server, services):
    event_id = event_today(services)
    registration_id, code = register(services, event_id, "Frozen", "Server")
    assert check_ins(services, registration_id) == 0
    server.signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseTimeoutError) as info:
            services.checkin.scan(code, event_id, "Balie 1")
        waited = time.monotonic() - started
        assert "did not answer within 2 seconds" in info.value.english()
        assert waited < FAST.response + 1.5, waited
    finally:
        server.signal(signal.SIGCONT)
    assert services.checkin.scan(code, event_id, "Balie 1").outcome is Outcome.CHECKED_IN
    assert services.checkin.scan(code, event_id, "Balie 2").outcome is Outcome.ALREADY_CHECKED_IN
    assert check_ins(services, registration_id) == 1


def test_frozen_server_when_connecting_times_out(server, services):
    services.db.dispose()  # no pooled connection: the next call must connect
    event_id = event_today(services)
    registration_id, code = register(services, event_id, "Nieuwe", "Verbinding")
    services.db.dispose()
    server.signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        with pytest.raises(errors.DatabaseError):
            services.checkin.scan(code, event_id, "Balie 1")
        assert time.monotonic() - started < FAST.connect + FAST.response + 1.5
    finally:
        server.signal(signal.SIGCONT)
    assert services.checkin.scan(code, event_id, "Balie 1").outcome is Outcome.CHECKED_IN
    assert check_ins(services, registration_id) == 1


def test_stopped_server_is_a_database_problem_with_exit_3(server, services, capsys):
    event_id = event_today(services)
    registration_id, code = register(services, event_id, "Gestopte", "Server")
    server.stop()
    try:
        started = time.monotonic()
        exit_code = main(["--database", server.url, "checkin", code, "--event", str(event_id)])
        err = capsys.readouterr().err
        assert exit_code == 3
        assert err.startswith("keet: ") and "Traceback" not in err and len(err.splitlines()) == 1
        assert time.monotonic() - started < 10
    finally:
        server.start_again()
    assert services.checkin.scan(code, event_id, "Balie 1").outcome is Outcome.CHECKED_IN
    assert check_ins(services, registration_id) == 1
