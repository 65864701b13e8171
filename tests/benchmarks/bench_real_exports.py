"""Figures of files as the real tools write them: pretix positions, a Zoom webinar report.

The rows follow the layouts of the fixtures in tests/fixtures (pretix's own exporter, Zoom's
webinar attendee report); the worst realistic case: every column pretix writes, a quarter of
the orders with two tickets, one in ten cancelled or pending, and a webinar whose every
attendee rejoined once.
"""

from __future__ import annotations

import csv
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench_import_export import _event
from benchkit import Figure, sqlite_database

from keet_desktop.domain.models import Event, EventKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.timeutil import BRUSSELS

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROWS = 10_000
WEBINAR_ROWS = 2_000
STATUSES = ["paid"] * 8 + ["pending", "canceled"]


def _pretix_positions(path: Path) -> Path:
    """10,000 positions in pretix's own layout (header of the real export)."""
    with (FIXTURES / "pretix" / "positions.csv").open(encoding="utf-8", newline="") as stream:
        header = next(csv.reader(stream))
    index = {name: i for i, name in enumerate(header)}
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(header)
        for n in range(ROWS):
            order = n - (n % 4 == 1)  # every fourth order holds two tickets
            row = [""] * len(header)
            values = {
                "Event slug": "repaircafe",
                "Event name": "Repair café",
                "Order code": f"O{order:05d}",
                "Position ID": str(1 + (n % 4 == 1)),
                "Status": STATUSES[order % len(STATUSES)],
                "Email": f"koper{order}@example.be",
                "Order date": "2026-02-01",
                "Product": "Ticket",
                "Attendee name": f"Deelnemer{n} Achternaam{n % 977}",
                "Attendee name: Given name": f"Deelnemer{n}",
                "Attendee name: Family name": f"Achternaam{n % 977}",
                "Attendee email": f"deelnemer{n}@example.be" if n % 3 else "",
                "Attendee company": "Kringwinkel" if n % 5 == 0 else "",
                "City": "Aalst",
                "Ticket secret": f"secret{n:06d}abcdefghijklmnop",
                "Invoice address name": f"Koper {order}",
                "Email address verified": "No",
                "Sales channel": "Online shop",
            }
            for name, value in values.items():
                row[index[name]] = value
            writer.writerow(row)
    return path


def bench_pretix_positions_10k_s() -> Figure:
    """10,000 pretix positions: read, preview and commit (SQLite file, durable)."""
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        path = _pretix_positions(Path(folder) / "positions.csv")
        with sqlite_database() as db:
            services = Services(db)
            event_id = _event(db, capacity=20_000)
            start = time.perf_counter()
            request = services.imports.request(path, event_id=event_id)
            done = services.imports.commit(services.imports.preview(request))
            seconds = time.perf_counter() - start
    assert done.rows == ROWS and done.skipped and done.registered == done.valid, done
    return Figure("pretix_positions_10k_s", round(seconds, 3), "s", ROWS)


def _webinar_report(path: Path, day: datetime) -> Path:
    """A Zoom webinar attendee report: 2,000 attendee rows (1,000 people, each rejoined)."""
    stamp = day.strftime("%b %d, %Y %I:%M %p")
    columns = (
        "Attended,User Name (Original Name),First Name,Last Name,Email,City,Country/Region,"
        "Organization,Registration Time,Approval Status,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name"
    )
    lines = [
        "Attendee Report",
        f'Report Generated:,"{stamp}"',
        "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered",
        f'Bench,812 3456 7890,"{stamp}",90,{WEBINAR_ROWS // 2}',
        "Host Details",
        "Attended,User Name (Original Name),Email,Join Time,Leave Time,"
        "Time in Session (minutes),Is Guest,Country/Region Name",
        f'Yes,De Keet,host@dekeet.be,"{stamp}","{stamp}",90,No,Belgium',
        "Attendee Details",
        columns,
    ]
    for n in range(WEBINAR_ROWS):
        person = n // 2
        attended = "No" if person % 10 == 0 else "Yes"
        minutes = "--" if attended == "No" else str(20 + n % 40)
        lines.append(
            f"{attended},Deelnemer{person} Naam,Deelnemer{person},Naam,"
            f'deelnemer{person}@example.be,Aalst,Belgium,,"{stamp}",approved,'
            f'"{stamp}","{stamp}",{minutes},Yes,Belgium'
        )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def bench_zoom_webinar_2000_s() -> Figure:
    """A 2,000-row Zoom webinar report: read, date check, match and commit (1,000 people)."""
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder, sqlite_database() as db:
        services = Services(db)
        start = datetime.now(BRUSSELS).replace(microsecond=0, second=0) + timedelta(days=7)
        with db.write() as session:
            event = Event(
                title="Webinar", kind=EventKind.WEBINAR, starts_at=start,
                ends_at=start + timedelta(minutes=90), capacity=None, description="",
                online_url="https://zoom.example/j/1", language="nl", logo="",
            )  # fmt: skip
            session.add(event)
            session.flush()
            event_id = event.id
        services.imports.commit(
            services.imports.preview(
                services.imports.request(_people_csv(Path(folder)), event_id=event_id)
            )
        )
        path = _webinar_report(Path(folder) / "webinar.csv", start)
        began = time.perf_counter()
        report = services.attendance.read_report(path)
        services.attendance.check_date(report, event_id, path.name)
        plan = services.attendance.commit(report.participants, event_id, 30)
        seconds = time.perf_counter() - began
    assert plan.matched == WEBINAR_ROWS // 2 * 9 // 10 and report.absent, plan
    return Figure("zoom_webinar_2000_s", round(seconds, 3), "s", WEBINAR_ROWS)


def _people_csv(folder: Path) -> Path:
    path = folder / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Voornaam", "Naam", "E-mail"])
        for person in range(WEBINAR_ROWS // 2):
            writer.writerow([f"Deelnemer{person}", "Naam", f"deelnemer{person}@example.be"])
    return path
