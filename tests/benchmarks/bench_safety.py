"""Figures of issue 11 (nothing lost around the database).

On a demo database of ~100,000 registrations (``keet demo --people 38700``, built once and
kept at ``$TMPDIR/keet-bench-safety-100k.sqlite3``):
``startup_open_check_100k_ms``: opening it the way the app starts (probe query and the cheap
check: header, page count, schema), median of 20; ``quick_check_100k_ms``: SQLite's quick check,
which the app runs in the background after start-up, median of 5; ``backup_100k_s``: a verified
backup (copy, integrity check, row counts), median of 3.
``import_worst_s`` / ``import_worst_peak_mb``: the slowest file of the fuzz corpus (an .xlsx of
1,048,576 rows, stopped at the 100,000-row limit), in a fresh process (VmHWM).
``frozen_postgres_detect_s``: a scan against a PostgreSQL server frozen with SIGSTOP (our own
server, desk-like ``DatabaseTimeouts(response=3)``) until it fails with DatabaseTimeoutError.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchkit import Figure, median

from keet_desktop.cli import main as keet
from keet_desktop.domain import backups, opening, schema
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.domain.dbsafety import DatabaseTimeoutError, DatabaseTimeouts

ROOT = Path(__file__).resolve().parents[2]
BIG = Path(tempfile.gettempdir()) / "keet-bench-safety-100k.sqlite3"


def _big() -> Path:
    if not BIG.exists():
        partial = BIG.with_suffix(".building")
        partial.unlink(missing_ok=True)
        assert keet(["--database", sqlite_url(partial), "demo", "--people", "38700"]) == 0
        database = Database.open(sqlite_url(partial))
        database.checkpoint()
        database.dispose()
        partial.rename(BIG)
    return BIG


def bench_startup_open_check_100k_ms() -> list[Figure]:
    path = _big()
    opens, quick = [], []
    for _ in range(20):
        started = time.perf_counter()
        opened = opening.open_database(sqlite_url(path))
        opens.append((time.perf_counter() - started) * 1000)
        opened.db.dispose()
    database = Database.open(sqlite_url(path))
    for _ in range(5):
        started = time.perf_counter()
        assert backups.check_database(database, quick=True).ok
        quick.append((time.perf_counter() - started) * 1000)
    database.dispose()
    return [
        Figure("startup_open_check_100k_ms", round(median(opens), 2), "ms", 20),
        Figure("quick_check_100k_ms", round(median(quick), 1), "ms", 5),
    ]


def bench_backup_100k_s() -> Figure:
    path = _big()
    database = Database.open(sqlite_url(path))
    samples = []
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        for n in range(3):
            started = time.perf_counter()
            info = backups.make_backup(database, Path(folder) / f"copy{n}.sqlite3")
            samples.append(time.perf_counter() - started)
            assert info.registrations > 95_000
    database.dispose()
    return Figure("backup_100k_s", round(median(samples), 2), "s", 3)


MEASURE = """
import sys, time
from pathlib import Path
from keet_desktop.cli import main
started = time.perf_counter()
code = main(sys.argv[1:])
peak = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM"))
print(code, time.perf_counter() - started, int(peak.split()[1]) // 1024, file=sys.stderr)
"""


def bench_import_worst() -> list[Figure]:
    sys.path.insert(0, str(ROOT))
    from tests.safety.broken_files import million_rows_xlsx

    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        database = Path(folder) / "keet.sqlite3"
        assert keet(["--database", sqlite_url(database), "demo", "--people", "60"]) == 0
        path = Path(folder) / "million.xlsx"
        path.write_bytes(million_rows_xlsx())
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                MEASURE,
                "--database",
                sqlite_url(database),
                "import",
                "registrations",
                str(path),
                "--event",
                "7",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    code, seconds, peak = result.stderr.strip().splitlines()[-1].split()
    assert code == "2", result.stderr
    return [
        Figure("import_worst_s", round(float(seconds), 2), "s"),
        Figure("import_worst_peak_mb", int(peak), "MB"),
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_pids(folder: Path) -> list[int]:
    postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
    children = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True, text=True
    ).stdout.split()
    return [postmaster, *map(int, children)]


def bench_frozen_postgres_detect_s() -> list[Figure]:
    sys.path.insert(0, str(ROOT))
    from keet_desktop.domain.services import Services
    from tests.checkin_helpers import event_today, register

    script = ROOT / ".ci" / "postgres.sh"
    folder = Path(tempfile.mkdtemp(prefix="keet-bench-pg-"))
    folder.chmod(0o755)
    started = subprocess.run(
        ["bash", str(script), "start", str(folder), str(_free_port())],
        capture_output=True,
        text=True,
        check=False,
    )
    if started.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return []
    try:
        database = Database.open(started.stdout.strip(), timeouts=DatabaseTimeouts(response=3))
        schema.upgrade(database)
        services = Services(database)
        event_id = event_today(services)
        _id, code = register(services, event_id)
        for pid in _server_pids(folder):
            os.kill(pid, signal.SIGSTOP)
        began = time.perf_counter()
        with contextlib.suppress(DatabaseTimeoutError):
            services.checkin.scan(code, event_id, "Balie 1")
        waited = time.perf_counter() - began
        for pid in _server_pids(folder):
            os.kill(pid, signal.SIGCONT)
        database.dispose()
    finally:
        with contextlib.suppress(OSError, ValueError):
            for pid in _server_pids(folder):
                os.kill(pid, signal.SIGCONT)
        subprocess.run(["bash", str(script), "stop", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
    return [Figure("frozen_postgres_detect_s", round(waited, 2), "s")]
