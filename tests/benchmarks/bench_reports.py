"""Figures of issue 15: the funder report over two busy years, 500 certificates in one PDF.

The two-year database (1,000 events, 20,000 people, 100,000 registrations, with check-ins,
undone check-ins, walk-ins, webinar minutes, partners and characteristics) is generated once
into ``/tmp/i15-bench-report.sqlite3`` and reused. Each document is timed from the database
(computing every figure) to the bytes, best of three.
"""

from __future__ import annotations

import io
import json
import random
import time
from datetime import date
from pathlib import Path

from benchkit import Figure

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.domain.services.reports import ReportService
from keet_desktop.domain.services.results import CompletionRule, ParticipantResult, ProgrammeResults
from keet_desktop.i18n import translator
from keet_desktop.printing import fonts
from keet_desktop.printing.certificates import CertificateOptions, render_certificates
from keet_desktop.printing.report_pdf import render_report_pdf
from keet_desktop.printing.report_xlsx import render_report_xlsx
from tests.report_season import generate_season

DATABASE = Path("/tmp/i15-bench-report.sqlite3")
FIRST = date(2024, 12, 1)


def _database() -> Database:
    fresh = not DATABASE.exists()
    db = Database.open(sqlite_url(DATABASE))
    if fresh:
        schema.upgrade(db, backup=False)
        generate_season(
            db, events=1000, people=20_000, registrations=100_000, first=FIRST, days=729
        )
        db.checkpoint()
    return db


def _best(function) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(3):
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return min(times)


def bench_report_2years_s() -> list[Figure]:
    """The report as JSON, then PDF, then XLSX, each from the database."""
    db = _database()
    service = ReportService(db)
    translate = translator("nl")
    fonts.register_fonts()
    first, last = FIRST, date(2026, 11, 29)
    registrations = 100_000

    def as_json() -> None:
        json.dumps(service.funder_report(first, last).as_json(), ensure_ascii=False)

    def as_pdf() -> None:
        render_report_pdf(io.BytesIO(), service.funder_report(first, last), translate)

    def as_xlsx() -> None:
        render_report_xlsx(io.BytesIO(), service.funder_report(first, last), translate)

    cpu = time.process_time()
    as_json()
    cpu = time.process_time() - cpu
    figures = [
        Figure("report_2years_json_s", round(_best(as_json), 3), "s", registrations),
        # CPU time of this process (SQLite runs in it): what a loaded machine's wall time hides.
        Figure("report_2years_json_cpu_s", round(cpu, 3), "s", registrations),
        Figure("report_2years_pdf_s", round(_best(as_pdf), 3), "s", registrations),
        Figure("report_2years_xlsx_s", round(_best(as_xlsx), 3), "s", registrations),
    ]
    db.dispose()
    worst = max(f.value for f in figures if not f.name.endswith("_cpu_s"))
    return [Figure("report_2years_s", worst, "s", registrations), *figures]


def bench_certificates_500_s() -> Figure:
    """500 certificates in one PDF (names with accents, a logo-less organisation)."""
    rng = random.Random(15)
    given = ["Ayşe", "Łukasz", "Søren", "Hélène", "Lieve", "Mohamed", "Anneleen", "Jan-Willem"]
    family = ["Yılmaz", "Wiśniewski", "Ørsted", "Çelik", "Peeters", "El Amrani", "Van den Bossche"]
    rows = [
        ParticipantResult(n, f"{rng.choice(given)} {rng.choice(family)}", 6, 6, 15.0, True)
        for n in range(500)
    ]
    results = ProgrammeResults(
        1,
        "Acceleratieprogramma voorjaar",
        date(2026, 3, 3),
        date(2026, 4, 7),
        CompletionRule.SHARE,
        80,
        6,
        rows,
    )
    translate = translator("nl")
    fonts.register_fonts()
    options = CertificateOptions("De Keet", "", date(2026, 4, 8))
    seconds = _best(lambda: render_certificates(io.BytesIO(), results, rows, options, translate))
    return Figure("certificates_500_s", round(seconds, 3), "s", 500)
