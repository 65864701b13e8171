"""Figures of printing: 1,000 badges on A4 label sheets, 1,000 tickets, a 1,000-person sheet.

Each document is made in a fresh interpreter (no warm QR cache), from people in memory, into
a BytesIO: once timed, once under tracemalloc for the peak of Python allocations. The fonts
are registered before timing (the app does that once at start).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchkit import Figure

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import io, json, random, sys, time, tracemalloc, resource
from datetime import datetime, timedelta
from keet_desktop.domain.models import Role
from keet_desktop.domain.services.print_data import PrintData, PrintEvent, PrintPerson
from keet_desktop.domain.text import new_ticket_code
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import translator
from keet_desktop.printing import fonts
from keet_desktop.printing.documents import DocumentKind, DocumentOptions, render_document

kind, layout, measure_memory = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
rng = random.Random(5)
given = ["Ayşe", "Łukasz", "Søren", "Hélène", "Lieve", "Mohamed", "Anneleen", "Jan-Willem"]
family = ["Yılmaz", "Wiśniewski", "Ørsted", "Çelik", "Peeters", "El Amrani", "Van den Bossche"]
orgs = ["", "Stad Aalst", "Kringwinkel Denderstreek vzw", "Odisee Hogeschool", "Repair Café"]
start = datetime(2026, 3, 3, 19, tzinfo=BRUSSELS)
event = PrintEvent(1, "Netwerkavond circulair ondernemen", start, start + timedelta(hours=3),
                   venue="De Keet", room="Grote zaal", address="Stationsstraat 12, 9300 Aalst")
people = [PrintPerson(n, new_ticket_code(), rng.choice(given), rng.choice(family),
                      rng.choice(orgs), role=rng.choice(list(Role))) for n in range(1000)]
data = PrintData(event, people, 1000, 0)
translate = translator("nl")
fonts.register_fonts()
render_document(kind, io.BytesIO(), PrintData(event, [], 0, 0), translate,
                DocumentOptions(layout=layout))  # warm the font subsetter, not the QR cache
if measure_memory:
    tracemalloc.start()
began = time.perf_counter()
stream = io.BytesIO()
pages = render_document(kind, stream, data, translate, DocumentOptions(layout=layout))
seconds = time.perf_counter() - began
peak = tracemalloc.get_traced_memory()[1] if measure_memory else 0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": seconds, "pages": pages, "peak": peak, "rss": rss,
                  "bytes": len(stream.getvalue())}))
"""


def _run(kind: str, layout: str = "a4-2x5-90x54", memory: bool = False) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, layout, "1" if memory else "0"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _figures(name: str, kind: str) -> list[Figure]:
    timed = min((_run(kind) for _ in range(3)), key=lambda r: r["s"])
    memory = _run(kind, memory=True)
    return [
        Figure(f"{name}_s", round(timed["s"], 3), "s", 1000),
        Figure(f"{name}_peak_python_mb", round(memory["peak"] / 2**20, 1), "MB", 1000),
        Figure(f"{name}_max_rss_mb", round(timed["rss"] / 1024, 1), "MB", 1000),
        Figure(f"{name}_pdf_mb", round(timed["bytes"] / 2**20, 2), "MB", int(timed["pages"])),
    ]


def bench_badges_1000() -> list[Figure]:
    """1,000 badges on A4 label sheets of 2 × 5 (100 pages)."""
    return _figures("badges_1000", "badges")


def bench_tickets_1000() -> list[Figure]:
    """1,000 tickets, one A4 page each."""
    return _figures("tickets_1000", "tickets")


def bench_checkin_sheet_1000() -> list[Figure]:
    """A check-in sheet of 1,000 people with a QR code each."""
    return _figures("checkin_sheet_1000", "checkin-sheet")


def bench_badges_1000_from_db() -> Figure:
    """1,000 badges end to end: loaded from SQLite by the print data service, then drawn."""
    import io
    import time
    from datetime import datetime, timedelta

    from benchkit import sqlite_database

    from keet_desktop.domain.models import EventKind
    from keet_desktop.domain.services import Services
    from keet_desktop.domain.services.events import EventInput
    from keet_desktop.domain.services.people import PersonInput
    from keet_desktop.domain.timeutil import BRUSSELS
    from keet_desktop.i18n import translator
    from keet_desktop.printing import fonts
    from keet_desktop.printing.documents import DocumentKind, DocumentOptions, render_document

    with sqlite_database() as db:
        services = Services(db)
        start = datetime.now(BRUSSELS).replace(microsecond=0, second=0) + timedelta(days=7)
        event_id = services.events.create(
            EventInput(title="Bench", kind=EventKind.WORKSHOP, starts_at=start,
                       ends_at=start + timedelta(hours=2), capacity=None)
        ).event.id  # fmt: skip
        for n in range(1000):
            services.registrations.register(
                event_id, PersonInput(given_name=f"Ayşe {n}", family_name="Yılmaz", email=None)
            )
        fonts.register_fonts()
        began = time.perf_counter()
        data = services.print_data.load(event_id)
        render_document(
            DocumentKind.BADGES,
            io.BytesIO(),
            data,
            translator("nl"),
            DocumentOptions(layout="a4-2x5-90x54"),
        )
        seconds = time.perf_counter() - began
    return Figure("badges_1000_from_db_s", round(seconds, 3), "s", 1000)
