"""Figures of the outbox (issue 16).

``outbox_1000_s``: 1,000 ticket messages (PDF + .ics attached) queued by registering 1,000
people, then rendered and delivered by the app's background sender (a ``keet mail send``
process) to a local SMTP server (aiosmtpd in its own process), on SQLite.
``outbox_1000_cpu_s``: the CPU time of the app and its sender process for the same.
``outbox_gui_max_block_ms``: the longest the GUI thread waited for its 5 ms timer during that
run; ``outbox_gui_idle_max_block_ms``: the same with nothing running, for 5 s before (what the
machine's load alone does).
``register_p99_outbox_off_ms`` / ``_on_ms`` / ``_delta_ms``: registering one person with the
outbox off and on (2,000 each into two databases, interleaved so both see the same machine
load), p99 and the difference; ``register_median_outbox_delta_ms``: the difference of medians.
``outbox_hook_median_ms`` / ``_p99_ms``: the time of the flush hook itself (what the outbox
adds in the registering transaction, before the commit), over 1,000 registrations.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from benchkit import Figure, median, percentile, sqlite_database  # noqa: E402

from keet_desktop.domain.db import Database  # noqa: E402
from keet_desktop.domain.mail.smtp import Security  # noqa: E402
from keet_desktop.domain.models import Event, EventKind  # noqa: E402
from keet_desktop.domain.services import Services  # noqa: E402
from keet_desktop.domain.services.outbox import MailSettings  # noqa: E402
from keet_desktop.domain.services.people import PersonInput  # noqa: E402
from keet_desktop.domain.timeutil import BRUSSELS  # noqa: E402

MESSAGES = 1_000
REGISTRATIONS = 2_000


def _event(db: Database) -> int:
    start = datetime.now(BRUSSELS).replace(microsecond=0) + timedelta(days=20)
    with db.write() as session:
        event = Event(
            title="Repair Café",
            kind=EventKind.WORKSHOP,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            capacity=None,
            description="",
            online_url="",
            language="nl",
            logo="",
        )
        session.add(event)
        session.flush()
        return event.id


def _person(n: int, tag: str) -> PersonInput:
    return PersonInput(
        given_name=f"Jef{n}", family_name="Peeters", email=f"jef{n}.{tag}@example.be"
    )


def _smtp_server(port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Sink",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import socket

    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the SMTP server did not start")


def bench_outbox_1000_s() -> list[Figure]:
    """1,000 tickets queued, rendered and delivered; the GUI thread's longest wait."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from keet_desktop.ui.mail.background import OutboxSender
    from tests.mail_server import free_port

    app = QApplication.instance() or QApplication([])
    port = free_port()
    server = _smtp_server(port)
    try:
        with sqlite_database() as db:
            services = Services(db)
            services.outbox.save_settings(
                MailSettings(True, "127.0.0.1", port, Security.NONE, "", "De Keet", "i@d.be")
            )
            event_id = _event(db)
            idle = _gui_gaps(app, 5.0)
            start = time.perf_counter()
            cpu = _cpu_seconds()
            for n in range(MESSAGES):
                services.registrations.register(event_id, _person(n, "o"))
            gc.freeze()  # as OutboxSender.start() does in the app
            sender = OutboxSender(services)
            reports: list[object] = []
            sender.finished.connect(reports.append)
            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.elapsed()]

            def tick() -> None:
                now = clock.elapsed()
                gaps.append(now - last[0])
                if os.environ.get("KEET_BENCH_GAPS") and now - last[0] > 60:
                    sys.stderr.write(f"gap {now - last[0]} ms at {now} ms\n")
                last[0] = now

            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(tick)
            timer.start()
            sender.send_now()
            while not reports:
                app.processEvents()
                time.sleep(0.001)
            elapsed = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu
            timer.stop()
            report = reports[0]
            assert report is not None and report.sent == MESSAGES, report  # type: ignore[attr-defined]
    finally:
        server.kill()
        server.wait()
    return [
        Figure("outbox_1000_s", round(elapsed, 2), "s", MESSAGES),
        Figure("outbox_1000_cpu_s", round(cpu, 2), "s", MESSAGES),
        Figure("outbox_gui_max_block_ms", round(max(gaps), 1), "ms", len(gaps)),
        Figure("outbox_gui_idle_max_block_ms", round(max(idle), 1), "ms", len(idle)),
    ]


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the sender process)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _gui_gaps(app: object, seconds: float) -> list[float]:
    """The GUI thread's waits for a 5 ms timer with nothing else running (the machine's noise)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    timer.stop()
    return gaps


def bench_register_p99_outbox() -> list[Figure]:
    """Registering one person: p99 with the outbox off and on, interleaved (same load)."""
    with sqlite_database() as db_off, sqlite_database() as db_on:
        off, on = Services(db_off), Services(db_on)
        for services, enabled in ((off, False), (on, True)):
            services.outbox.save_settings(
                MailSettings(enabled, "127.0.0.1", 25, Security.NONE, "", "", "i@d.be")
            )
        events = {id(off): _event(db_off), id(on): _event(db_on)}
        samples: dict[int, list[float]] = {id(off): [], id(on): []}
        for n in range(REGISTRATIONS):
            for services in (off, on) if n % 2 else (on, off):
                start = time.perf_counter()
                services.registrations.register(events[id(services)], _person(n, "r"))
                samples[id(services)].append((time.perf_counter() - start) * 1000)
        queued = on.outbox.counts().get("queued", 0)
        assert queued == REGISTRATIONS, queued
    p99_off = percentile(samples[id(off)][100:], 99)
    p99_on = percentile(samples[id(on)][100:], 99)
    n = REGISTRATIONS - 100
    return [
        Figure("register_p99_outbox_off_ms", round(p99_off, 2), "ms", n),
        Figure("register_p99_outbox_on_ms", round(p99_on, 2), "ms", n),
        Figure("register_p99_outbox_delta_ms", round(p99_on - p99_off, 2), "ms", n),
        Figure(
            "register_median_outbox_delta_ms",
            round(median(samples[id(on)][100:]) - median(samples[id(off)][100:]), 2),
            "ms",
            n,
        ),
    ]


def bench_outbox_hook_ms() -> list[Figure]:
    """The time the outbox's flush hook itself takes while registering (median and p99)."""
    from keet_desktop.domain.mail import hook

    samples: list[float] = []
    original = hook.after_flush

    def timed(session: object, context: object) -> None:
        start = time.perf_counter()
        original(session, context)  # type: ignore[arg-type]
        samples.append((time.perf_counter() - start) * 1000)

    hook.after_flush = timed  # type: ignore[assignment]
    try:
        with sqlite_database() as db:
            services = Services(db)
            services.outbox.save_settings(
                MailSettings(True, "127.0.0.1", 25, Security.NONE, "", "", "i@d.be")
            )
            event_id = _event(db)
            for n in range(1_000):
                services.registrations.register(event_id, _person(n, "h"))
    finally:
        hook.after_flush = original
    kept = samples[200:]
    return [
        Figure("outbox_hook_median_ms", round(median(kept), 3), "ms", len(kept)),
        Figure("outbox_hook_p99_ms", round(percentile(kept, 99), 3), "ms", len(kept)),
    ]
