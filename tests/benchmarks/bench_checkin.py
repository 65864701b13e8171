"""Figures of the check-in desk, each with 100,000 registrations (people) for one event today.

- ``checkin_service_p99_ms`` (and ``_p50_ms``): a scan through :class:`CheckinService` (look-up,
  insert, commit; SQLite in WAL with synchronous=FULL), 1,000 different codes, starting from a
  checkpointed database (the WAL file grows during these scans). ``checkin_service_warm_*``:
  the next 1,000 scans, once SQLite reuses the WAL file. On ext4 the fsync of a growing file
  costs several milliseconds and that of a reused one a tenth of one: raw sqlite3 shows the
  same (``sqlite_raw_commit_*``: a bare insert + commit on the same file, for comparison).
  With ``KEET_TEST_POSTGRES_URL`` also ``checkin_service_pg_*`` (throwaway database).
- ``checkin_desk_p99_ms`` (and ``_p50_ms``): the real desk widget at 1366×700, the code's
  characters and Enter sent with QTest, until the result is shown AND the counters and the
  undo list are refreshed (the scan and the refresh run on the desk's worker thread; SQLite).
- ``desk_start_ms``: a desk opened on the event (100,000 registrations) until its counters
  show (the median of 5).
- ``webcam_decode_ms`` (p99, and ``_p50_ms``): one 1280×720 camera frame holding a printed
  badge (rendered from the badge PDF, slightly turned) decoded by the desk's decoding path;
  ``webcam_decode_cpu_*`` the same in CPU time of the decoding thread.
- ``search_p99_ms`` (and ``_p50_ms``): a name typed letter by letter into the desk; per
  keystroke the search and the list's model update (SQLite).
- ``search_event_p99_ms`` (and ``_p50_ms``): the same at the desk of an event of 1,000
  registrations among 1,000,000 people (``KEET_BENCH_PEOPLE`` changes the million; the
  database is built once and kept as ``/tmp/keet-bench-search-<people>.sqlite3``).

The benchmark's own lists of 100,000 codes and names are frozen out of the garbage collector
(``gc.freeze``) after the fill: they are not part of the app, and a collection walking them
would be charged to whichever scan or keystroke it happened to interrupt.
- ``desk_counters_ms``: one refresh of the counters at 100,000 registrations (done after a
  check-in, outside the measured path). ``desk_recount_ms`` (and ``_cpu_ms``): the desk's full
  recount after the 1,000 scans (counters and undo list), the median of 20.
"""

from __future__ import annotations

import gc
import os
import random
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timedelta

from benchkit import Figure, median, percentile, postgres_server_url, sqlite_database
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.demo import FAMILY, GIVEN, ORGANISATIONS
from keet_desktop.domain.models import (
    Event,
    EventKind,
    Person,
    PersonSearchKey,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Role,
)
from keet_desktop.domain.search import search_key_rows
from keet_desktop.domain.services import Services
from keet_desktop.domain.text import email_key, fold, new_ticket_code, person_name_key
from keet_desktop.domain.timeutil import BRUSSELS

SIZE = int(os.environ.get("KEET_BENCH_SIZE", "100000"))  # smaller only to try a benchmark out
SCANS = 1_000


def _fill(db: Database, size: int = SIZE) -> tuple[int, list[str], list[tuple[str, str]]]:
    """One event today with ``size`` registered people; returns (event id, codes, names)."""
    rng = random.Random(4)
    day = datetime.now(BRUSSELS).date()
    start = datetime(day.year, day.month, day.day, 0, 5, tzinfo=BRUSSELS)
    now = utcnow()
    names = [(rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(size)]
    with db.write() as session:
        event = Event(
            title="Bench",
            kind=EventKind.NETWORKING,
            starts_at=start,
            ends_at=start + timedelta(hours=23, minutes=50),
            capacity=None,
            description="",
            online_url="",
            language="nl",
            logo="",
        )
        session.add(event)
        session.flush()
        people = []
        for n, (given, family) in enumerate(names):
            email = f"{fold(given)}.{fold(family)}{n}@example.be".replace(" ", "")
            people.append(
                {
                    "given_name": given,
                    "family_name": family,
                    "email": email,
                    "email_key": email_key(email),
                    "phone": "",
                    "organisation": ORGANISATIONS[n % len(ORGANISATIONS)],
                    "municipality": "",
                    "preferred_language": "nl",
                    "consent_photos": False,
                    "consent_mailing": False,
                    "name_key": person_name_key(given, family),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        ids = list(
            session.scalars(
                insert(Person).returning(Person.id, sort_by_parameter_order=True), people
            )
        )
        keys = [
            key
            for pid, row in zip(ids, people, strict=True)
            for key in search_key_rows(
                pid, row["given_name"], row["family_name"], row["organisation"], row["email"]
            )
        ]
        session.execute(insert(PersonSearchKey), keys)
        codes = [new_ticket_code() for _ in ids]
        session.execute(
            insert(Registration),
            [
                {
                    "person_id": pid,
                    "event_id": event.id,
                    "status": RegistrationStatus.REGISTERED,
                    "ticket_code": code,
                    "role": Role.PARTICIPANT,
                    "desk_note": "",
                    "source": RegistrationSource.DEMO,
                    "registered_at": now,
                    "updated_at": now,
                }
                for pid, code in zip(ids, codes, strict=True)
            ],
        )
        event_id = event.id
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    if db.is_sqlite:  # the bulk load at rest in the database file, not in the WAL
        raw = db.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    gc.collect()
    gc.freeze()
    return event_id, codes, names


@contextmanager
def _postgres_database():
    server = postgres_server_url()
    assert server is not None
    name = f"keet_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open(make_url(server).set(database=name).render_as_string(hide_password=False))
    try:
        schema.upgrade(db, backup=False)
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _scan_samples(db: Database) -> tuple[list[float], list[float]]:
    """Time 2 x 1,000 scans: first while the WAL file grows, then once it is reused."""
    event_id, codes, _names = _fill(db)
    service = Services(db).checkin
    samples = []
    for code in random.Random(1).sample(codes, 2 * SCANS):
        start = time.perf_counter()
        result = service.scan(code, event_id, "Balie 1")
        samples.append((time.perf_counter() - start) * 1000)
        assert result.outcome.value == "checked_in", result
    return samples[:SCANS], samples[SCANS:]


def _raw_sqlite_samples(db: Database) -> list[float]:
    """Time 1,000 bare sqlite3 inserts + commits on the same file: the floor set by fsync."""
    import sqlite3

    conn = sqlite3.connect(str(db.sqlite_path), isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    samples = []
    for n in range(SCANS):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO scan_log (event_id, code, outcome, detail, desk, scanned_at)"
            " VALUES (NULL, ?, 'bench', '', 'raw', '2026-01-01 00:00:00')",
            (str(n),),
        )
        conn.execute("COMMIT")
        samples.append((time.perf_counter() - start) * 1000)
    conn.close()
    return samples


def _figures(prefix: str, samples: list[float], n: int) -> list[Figure]:
    return [
        Figure(f"{prefix}_p99_ms", round(percentile(samples, 99), 3), "ms", n),
        Figure(f"{prefix}_p50_ms", round(median(samples), 3), "ms", n),
    ]


def bench_checkin_service_p99_ms() -> list[Figure]:
    """1,000 scans through the service at 100,000 registrations (SQLite; PostgreSQL if set)."""
    with sqlite_database() as db:
        first, warm = _scan_samples(db)
        figures = _figures("checkin_service", first, SCANS)
        figures += _figures("checkin_service_warm", warm, SCANS)
        figures += _figures("sqlite_raw_commit", _raw_sqlite_samples(db), SCANS)
    if postgres_server_url():
        with _postgres_database() as db:
            first, warm = _scan_samples(db)
            figures += _figures("checkin_service_pg", first, SCANS)
            figures += _figures("checkin_service_pg_warm", warm, SCANS)
    return figures


def _desk(db: Database, event_id: int):
    import tempfile

    from PySide6.QtWidgets import QApplication

    from keet_desktop.ui.app_events import AppEvents
    from keet_desktop.ui.desk import DeskWindow
    from keet_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="keet-bench-desk-")
    window = DeskWindow(
        Services(db), Settings.from_ini(f"{folder}/keet.ini"), AppEvents(), event_id, "Balie 1"
    )
    window.resize(1366, 700)
    window.show()
    _wait(app, lambda: window.controller.counters is not None)
    return app, window


def _wait(app, done, state=None) -> None:
    """Process events until ``done()`` (the desk's worker answers through the event loop)."""
    deadline = time.perf_counter() + 10
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise AssertionError(f"the desk did not answer within 10 s: {state and state()}")


def bench_checkin_desk_p99_ms() -> list[Figure]:
    """1,000 codes typed into the desk + Enter, until the result and counters show (SQLite)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    with sqlite_database() as db:
        event_id, codes, _names = _fill(db)
        app, window = _desk(db, event_id)
        samples = []
        for number, code in enumerate(random.Random(2).sample(codes, SCANS), start=1):
            start = time.perf_counter()
            QTest.keyClicks(window.input, code)
            QTest.keyClick(window.input, Qt.Key.Key_Return)
            _wait(
                app,
                lambda n=number: (
                    not window.controller.busy
                    and window.counter_values["checked_in"].text() == str(n)
                ),
                lambda n=number: (
                    n,
                    window.counter_values["checked_in"].text(),
                    window.result_panel.headline.text(),
                    window.result_panel.message.text(),
                ),
            )
            assert window.result_panel.name.text() != ""
            samples.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        Services(db).checkin.counters(event_id)
        counters_ms = (time.perf_counter() - start) * 1000
        window.close()
        figures = _figures("checkin_desk", samples, SCANS)
        figures.append(Figure("desk_counters_ms", round(counters_ms, 2), "ms", 1))
        return figures + _recount_figures(db, event_id)


def _recount_figures(db: Database, event_id: int, times: int = 20) -> list[Figure]:
    """The desk's full recount (counters and undo list, as after a change), median of 20."""
    checkin = Services(db).checkin
    wall, cpu = [], []
    for _ in range(times):
        start, start_cpu = time.perf_counter(), time.process_time()
        checkin.counters(event_id)
        checkin.recent(event_id, "Balie 1")
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return [
        Figure("desk_recount_ms", round(median(wall), 2), "ms", times),
        Figure("desk_recount_cpu_ms", round(median(cpu), 2), "ms", times),
    ]


def _search_samples(db: Database) -> list[float]:
    event_id, _codes, names = _fill(db)
    app, window = _desk(db, event_id)
    rng = random.Random(3)
    samples = []
    for given, family in rng.sample(names, 100):
        typed = f"{family} {given}" if rng.random() < 0.5 else f"{given} {family}"
        for end in range(2, min(len(typed), 12) + 1):
            window.input.setText(typed[:end])
            start = time.perf_counter()
            window.run_search()
            samples.append((time.perf_counter() - start) * 1000)
            app.processEvents()  # paint, between keystrokes
    window.close()
    return samples


def bench_search_p99_ms() -> list[Figure]:
    """Names typed letter by letter into the desk: search + model update per keystroke."""
    with sqlite_database() as db:
        samples = _search_samples(db)
        figures = _figures("search", samples, len(samples))
    if postgres_server_url():
        with _postgres_database() as db:
            samples = _search_samples(db)
            figures += _figures("search_pg", samples, len(samples))
    return figures


def bench_desk_start_ms() -> list[Figure]:
    """A desk opened on an event of 100,000 registrations, until its counters show."""
    from PySide6.QtWidgets import QApplication

    with sqlite_database() as db:
        event_id, _codes, _names = _fill(db)
        QApplication.instance() or QApplication([])
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            app, window = _desk(db, event_id)
            samples.append((time.perf_counter() - start) * 1000)
            window.close()
            app.processEvents()
        return [Figure("desk_start_ms", round(median(samples), 1), "ms", len(samples))]


def bench_webcam_decode_ms() -> list[Figure]:
    """200 camera frames of 1280×720 with a badge (turned -5° to 5°), decoded one by one."""
    from PySide6.QtWidgets import QApplication

    from keet_desktop.ui.desk.camera import decode_frame
    from tests.ui.camera_frames import badge_image, frame

    QApplication.instance() or QApplication([])
    code = new_ticket_code()
    badge = badge_image(code)
    frames = [frame(badge, degrees, 2) for degrees in range(-5, 6)]
    samples, cpu = [], []
    for n in range(200):
        picture = frames[n % len(frames)]
        start, start_cpu = time.perf_counter(), time.thread_time()
        found = decode_frame(picture)
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        assert found == [code], found
    # On a shared, loaded machine the wall clock also counts waiting for a core; the thread's
    # CPU time is what the decoding itself costs.
    return _figures("webcam_decode", samples, len(samples)) + _figures(
        "webcam_decode_cpu", cpu, len(cpu)
    )


def _fill_crowd(db: Database, people: int, registered: int) -> tuple[int, list[tuple[str, str]]]:
    """``people`` people (in chunks), the first ``registered`` of them at one event today."""
    event_id, _codes, names = _fill(db, registered)
    rng = random.Random(5)
    now = utcnow()
    for first in range(registered, people, 50_000):
        chunk = [
            (rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(min(50_000, people - first))
        ]
        rows = []
        for n, (given, family) in enumerate(chunk, start=first):
            email = f"{fold(given)}.{fold(family)}{n}@example.be".replace(" ", "")
            rows.append(
                {
                    "given_name": given,
                    "family_name": family,
                    "email": email,
                    "email_key": email_key(email),
                    "organisation": ORGANISATIONS[n % len(ORGANISATIONS)],
                    "name_key": person_name_key(given, family),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        with db.write() as session:
            ids = list(
                session.scalars(
                    insert(Person).returning(Person.id, sort_by_parameter_order=True), rows
                )
            )
            keys = [
                key
                for pid, row in zip(ids, rows, strict=True)
                for key in search_key_rows(
                    pid, row["given_name"], row["family_name"], row["organisation"], row["email"]
                )
            ]
            session.execute(insert(PersonSearchKey), keys)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return event_id, names


def bench_search_event_p99_ms() -> list[Figure]:
    """A name typed letter by letter at the desk of 1,000 registrations among 1,000,000 people."""
    import json
    import os
    from pathlib import Path

    from keet_desktop.domain.db import sqlite_url

    people = int(os.environ.get("KEET_BENCH_PEOPLE", "1000000"))
    path = Path(f"/tmp/keet-bench-search-{people}.sqlite3")
    meta = path.with_suffix(".json")
    if not meta.exists():
        path.unlink(missing_ok=True)
        db = Database.open(sqlite_url(path))
        schema.upgrade(db, backup=False)
        event_id, names = _fill_crowd(db, people, 1_000)
        meta.write_text(json.dumps({"event": event_id, "names": names}))
    else:
        db = Database.open(sqlite_url(path))
        schema.upgrade(db, backup=False)
    data = json.loads(meta.read_text())
    search = Services(db).search
    rng = random.Random(6)
    samples = []
    for given, family in rng.sample(data["names"], 100):
        typed = f"{family} {given}" if rng.random() < 0.5 else f"{given} {family}"
        for end in range(2, min(len(typed), 12) + 1):
            start = time.perf_counter()
            hits = search.search(typed[:end], data["event"])
            samples.append((time.perf_counter() - start) * 1000)
        assert hits, typed
    db.dispose()
    return _figures("search_event", samples, len(samples))
