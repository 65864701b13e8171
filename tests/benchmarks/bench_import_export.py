"""Figures of import and export: a 10,000-row CSV imported, 10,000 registrations exported."""

from __future__ import annotations

import csv
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchkit import Figure, sqlite_database

from keet_desktop.domain.models import Event, EventKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.timeutil import BRUSSELS

ROWS = 10_000
GIVEN = ["Jan", "Els", "Ayşe", "Mohamed", "Lotte", "Pieter", "Hélène", "Koen"]
FAMILY = ["Peeters", "Van den Broeck", "De Smet", "Yılmaz", "El Amrani", "Maes", "Claes"]


def _event(db, capacity: int = 8_000) -> int:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=7)
    with db.write() as session:
        event = Event(
            title="Bench",
            kind=EventKind.WORKSHOP,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            capacity=capacity,
            description="",
            online_url="",
            language="nl",
            logo="",
        )
        session.add(event)
        session.flush()
        return event.id


def _csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Voornaam", "Naam", "E-mailadres", "GSM", "Organisatie", "Gemeente"])
        for n in range(ROWS):
            writer.writerow(
                [
                    GIVEN[n % len(GIVEN)],
                    FAMILY[n % len(FAMILY)],
                    f"persoon{n}@example.be",
                    f"0470 {n // 10000 % 100:02d} {n // 100 % 100:02d} {n % 100:02d}",
                    "Acme; NV" if n % 3 else "",
                    "Aalst",
                ]
            )
    return path


def _imported(folder: Path):
    """A database with 10,000 imported registrations (the import timed)."""
    path = _csv(folder / "in.csv")
    db_context = sqlite_database()
    db = db_context.__enter__()
    services = Services(db)
    event_id = _event(db)
    start = time.perf_counter()
    request = services.imports.request(path, event_id=event_id)
    plan = services.imports.preview(request)
    done = services.imports.commit(plan)
    seconds = time.perf_counter() - start
    assert done.registered + done.waitlisted == ROWS, done
    return db_context, services, event_id, seconds


def bench_import_10k_s() -> Figure:
    """A 10,000-row CSV: read, preview and commit (SQLite file, durable)."""
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        context, _services, _event_id, seconds = _imported(Path(folder))
        context.__exit__(None, None, None)
    return Figure("import_10k_s", round(seconds, 3), "s", ROWS)


def bench_export_10k_s() -> list[Figure]:
    """An event's 10,000 registrations exported to CSV and to .xlsx (all columns)."""
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        context, services, event_id, _seconds = _imported(Path(folder))
        try:
            start = time.perf_counter()
            rows = services.exports.export_registrations(event_id, Path(folder) / "out.csv")
            csv_seconds = time.perf_counter() - start
            start = time.perf_counter()
            services.exports.export_registrations(event_id, Path(folder) / "out.xlsx")
            xlsx_seconds = time.perf_counter() - start
        finally:
            context.__exit__(None, None, None)
    assert rows == ROWS
    return [
        Figure("export_csv_10k_s", round(csv_seconds, 3), "s", ROWS),
        Figure("export_xlsx_10k_s", round(xlsx_seconds, 3), "s", ROWS),
    ]


def bench_import_10k_postgres_s() -> list[Figure]:
    """The same import on PostgreSQL (``KEET_TEST_POSTGRES_URL``); nothing without a server."""
    import uuid

    from benchkit import postgres_server_url
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from keet_desktop.domain import schema
    from keet_desktop.domain.db import Database

    server = postgres_server_url()
    if not server:
        return []
    name = f"keet_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database.open(make_url(server).set(database=name).render_as_string(hide_password=False))
    try:
        schema.upgrade(db, backup=False)
        with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
            path = _csv(Path(folder) / "in.csv")
            services = Services(db)
            event_id = _event(db)
            start = time.perf_counter()
            plan = services.imports.preview(services.imports.request(path, event_id=event_id))
            services.imports.commit(plan)
            seconds = time.perf_counter() - start
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return [Figure("import_10k_postgres_s", round(seconds, 3), "s", ROWS)]
