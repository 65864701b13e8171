"""Figures of the organiser's window: start-up, and an event with 100,000 registrations.

``startup_s``: process start to the main window shown (offscreen, demo season, median of 3).
``registrations_view_open_ms``: opening the event page of an event with 100,000 registrations
(median of 5, in a fresh process). ``rss_100k_mb``: that process's peak resident memory after
opening the page and scrolling to the end of the first windows.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from benchkit import Figure  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from keet_desktop.domain import schema  # noqa: E402
from keet_desktop.domain.db import Database, sqlite_url, utcnow  # noqa: E402
from keet_desktop.domain.models import (  # noqa: E402
    Event,
    EventKind,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.text import new_ticket_code, person_name_key  # noqa: E402
from keet_desktop.domain.timeutil import BRUSSELS  # noqa: E402

N = 100_000


def _env(folder: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=folder, HOME=folder)
    env["PYTHONPATH"] = str(HERE.parents[1])
    return env


def _compile_bytecode() -> None:
    """Compile the app and its libraries as an installer does (not timed).

    Without ``.pyc`` files (``PYTHONDONTWRITEBYTECODE`` is set here) every start compiles
    SQLAlchemy and PySide6's Python parts again, which is not what a user's start looks like.
    """
    import compileall
    import sysconfig

    compileall.compile_dir(sysconfig.get_paths()["purelib"], quiet=2, workers=0)
    compileall.compile_dir(str(HERE.parents[1] / "keet_desktop"), quiet=2, workers=0)


def bench_startup_s() -> Figure:
    """Process start to the main window shown, with the demo season (median of 3 runs)."""
    from keet_desktop.domain.demo import load_demo

    _compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        url = sqlite_url(Path(folder) / "demo.sqlite3")
        db = Database.open(url)
        schema.upgrade(db, backup=False)
        load_demo(db)
        db.dispose()
        samples = []
        for _ in range(3):
            env = dict(_env(folder), KEET_STARTUP_PROBE="1")
            start = time.time()
            out = subprocess.run(
                [sys.executable, "-m", "keet_desktop", "--database", url, "--lang", "nl"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            shown = float(
                next(line for line in out.splitlines() if line.startswith("shown")).split()[1]
            )
            samples.append(shown - start)
        return Figure("startup_s", round(statistics.median(samples), 3), "s", 3)


def _fill(db: Database) -> int:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=7)
    now = utcnow()
    with db.write() as session:
        event = Event(
            title="Bench",
            kind=EventKind.NETWORKING,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            capacity=90_000,
            description="",
            online_url="",
            language="nl",
            logo="",
        )
        session.add(event)
        session.flush()
        people = list(
            session.scalars(
                insert(Person).returning(Person.id),
                [
                    {
                        "given_name": f"Naam{n}",
                        "family_name": f"Familie{n % 977}",
                        "email": f"p{n}@example.be",
                        "email_key": f"p{n}@example.be",
                        "phone": "",
                        "organisation": f"Organisatie {n % 131}",
                        "municipality": "Aalst",
                        "preferred_language": "nl",
                        "consent_photos": False,
                        "consent_mailing": False,
                        "name_key": person_name_key(f"Naam{n}", f"Familie{n % 977}"),
                        "created_at": now,
                        "updated_at": now,
                    }
                    for n in range(N)
                ],
            )
        )
        session.execute(
            insert(Registration),
            [
                {
                    "person_id": pid,
                    "event_id": event.id,
                    "status": RegistrationStatus.REGISTERED
                    if n < 90_000
                    else RegistrationStatus.WAITLISTED,
                    "waitlist_order": None if n < 90_000 else n,
                    "ticket_code": new_ticket_code(),
                    "role": Role.PARTICIPANT,
                    "desk_note": "",
                    "source": RegistrationSource.DEMO,
                    "registered_at": now - timedelta(seconds=N - n),
                    "updated_at": now,
                }
                for n, pid in enumerate(people)
            ],
        )
        return event.id


CHILD = """
import statistics, sys, time
from PySide6.QtWidgets import QApplication
from keet_desktop.domain.db import Database
from keet_desktop.domain.services import Services
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import Translators
from keet_desktop.ui.settings import Settings
app = QApplication([])
Translators(app).install("nl")
services = Services(Database.open(sys.argv[1]))
window = build_main_window(services, Settings.from_ini(sys.argv[3]), AppEvents(), "nl")
window.show()
app.processEvents()
samples = []
for _ in range(5):
    start = time.perf_counter()
    window.open_event(int(sys.argv[2]))
    app.processEvents()
    samples.append((time.perf_counter() - start) * 1000)
    window.show_page("events")
    app.processEvents()
window.open_event(int(sys.argv[2]))
table = window.event_page.table
for _ in range(5):
    table.scrollToBottom()
    app.processEvents()
rows = window.event_page.model.rowCount()
# Peak RSS of this process image (VmHWM; ru_maxrss would include the parent's at fork time).
status = open("/proc/self/status").read()
rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
sys.stdout.write(f"{statistics.median(samples):.2f} {rss:.1f} {rows}\\n")
"""


def bench_registrations_view() -> list[Figure]:
    """Open an event with 100,000 registrations: time to show, and peak memory."""
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        url = sqlite_url(Path(folder) / "big.sqlite3")
        db = Database.open(url)
        schema.upgrade(db, backup=False)
        event_id = _fill(db)
        db.dispose()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, url, str(event_id), str(Path(folder) / "s.ini")],
            env=_env(folder),
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        ms, rss, _rows = float(out[0]), float(out[1]), int(out[2])
        return [
            Figure("registrations_view_open_ms", round(ms, 1), "ms", N),
            Figure("rss_100k_mb", round(rss, 1), "MB", N),
        ]


def bench_registrations_view_postgres() -> list[Figure]:
    """As :func:`bench_registrations_view` on PostgreSQL (needs ``KEET_TEST_POSTGRES_URL``)."""
    import uuid

    from benchkit import postgres_server_url
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = postgres_server_url()
    if not server:
        return []
    name = f"keet_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        db = Database.open(url)
        schema.upgrade(db, backup=False)
        event_id = _fill(db)
        db.dispose()
        with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, url, str(event_id), str(Path(folder) / "s.ini")],
                env=_env(folder),
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return [
        Figure("registrations_view_open_postgres_ms", round(float(out[0]), 1), "ms", N),
        Figure("rss_100k_postgres_mb", round(float(out[1]), 1), "MB", N),
    ]
