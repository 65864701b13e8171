"""The background sender: sends the outbox every minute and on demand, never on the GUI thread.

A run is a ``keet mail send`` process started (and waited for) by a worker thread, so that
drawing a thousand ticket PDFs never competes with the window for Python's GIL; the frozen
app, which has no separate interpreter to start, sends in the worker thread itself. Either
way the outbox's bookkeeping makes a run that is stopped or killed safe: nothing twice.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from keet_desktop.domain.db import ENV_DATABASE_URL
from keet_desktop.domain.mail import secrets
from keet_desktop.domain.mail.sender import Sender, SendReport
from keet_desktop.domain.mail.smtp import SmtpConfig
from keet_desktop.domain.services import Services
from keet_desktop.ui.tasks import Task, start

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000
CLI = "import sys; from keet_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


def send_outbox(
    report: Callable[[int, int], None], services: Services, language: str = "nl"
) -> SendReport | None:
    """Send what is due (a :class:`Task` function); None when mail is off or not set up."""
    settings = services.outbox.settings()
    if not settings.enabled or not settings.configured:
        return None
    services.outbox.queue_due_reminders()
    if not services.outbox.due():
        return SendReport(queued=services.outbox.counts().get("queued", 0))
    if getattr(sys, "frozen", False):
        return _send_in_thread(report, services)
    return _send_in_process(report, services.db.url, language)


def _send_in_process(report: Callable[[int, int], None], url: str, language: str) -> SendReport:
    command = [sys.executable, "-c", CLI, "--lang", language, "--json", "mail", "send"]
    process = subprocess.Popen(
        command,
        env={**os.environ, ENV_DATABASE_URL: url},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    while True:
        try:
            out, err = process.communicate(timeout=0.25)
            break
        except subprocess.TimeoutExpired:
            try:
                report(0, 0)
            except Task.Cancelled:  # the outbox's bookkeeping makes a stop at any point safe
                process.terminate()
    problem = err.decode("utf-8", "replace").strip().removeprefix("keet: ")
    if process.returncode not in (0, 1) or not out.strip():
        raise RuntimeError(problem or f"keet mail send: exit code {process.returncode}")
    document = json.loads(out)
    return SendReport(
        sent=document["sent"],
        failed=document["failed"],
        maybe_sent=document["maybe_sent"],
        queued=document["queued"],
        problem_text=problem if process.returncode == 1 else "",
    )


def _send_in_thread(report: Callable[[int, int], None], services: Services) -> SendReport:
    from keet_desktop.printing.mail_tickets import ticket_pdf  # reportlab only when sending

    settings = services.outbox.settings()
    config = SmtpConfig(settings.host, settings.port, settings.security, settings.username)
    password = secrets.get_password(settings.host, settings.username)
    stop: list[bool] = []

    def progress(done: int) -> None:
        try:
            report(done, 0)
        except Task.Cancelled:  # stop before the next message, never in the middle of one
            stop.append(True)

    return Sender(services.outbox, ticket_pdf).run(
        config, password, should_stop=lambda: bool(stop), progress=progress
    )


def count_outbox(_report: Callable[[int, int], None], services: Services) -> dict[str, int]:
    """How many messages are in each state (a :class:`Task` function)."""
    return services.outbox.counts()


class OutboxSender(QObject):
    """Runs the sender in its own thread, one run at a time.

    Signals:
        counts_changed(object): ``{state: n}`` after a run or a refresh.
        finished(object): the :class:`SendReport` of a run (None: mail is off).
        failed(object): the exception of a run that broke.
    """

    counts_changed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self, services: Services, language: str = "nl", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: Task | None = None
        self._counting: Task | None = None
        self._count_again = False  # asked to count while a count was under way
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self, first_after_ms: int = 3000) -> None:
        """Send soon (once the window is up) and then every minute.

        Freezes the objects made so far out of the garbage collector: the sender allocates a
        lot, and a full collection over the whole start-up heap holds the GIL for ~0.4 s,
        which stalls the window (measured in tests/benchmarks/bench_outbox.py).
        """
        gc.freeze()
        self.timer.start()
        QTimer.singleShot(first_after_ms, self.send_now)

    def stop(self) -> None:
        """Stop sending now.

        The sender process is ended: a message it was handing to the server at that moment
        is marked "maybe sent" by the next run; the others stay queued.
        """
        self.timer.stop()
        if self._running is not None:
            self._running.cancel()
        self._pool.waitForDone(10_000)

    @property
    def busy(self) -> bool:
        """Whether a run is under way."""
        return self._running is not None

    def send_now(self) -> None:
        """Start a run unless one is under way."""
        if self._running is not None:
            return
        task = Task(send_outbox, self._services, self._language)
        task.signals.finished.connect(self._on_run_finished)
        task.signals.failed.connect(self._on_run_failed)
        self._running = task
        start(task, self._pool)

    def refresh_counts(self) -> None:
        """Count the messages by state in the background (again after a count under way)."""
        if self._counting is not None:
            self._count_again = True  # what changed since that count started is counted next
            return
        self._count_again = False
        task = Task(count_outbox, self._services)
        task.signals.finished.connect(self._on_counts_finished)
        task.signals.failed.connect(self._on_counts_failed)
        self._counting = task
        start(task)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.send_now()

    @Slot(object)
    def _on_run_finished(self, report: Any) -> None:
        self._running = None
        self.finished.emit(report)
        self.refresh_counts()

    @Slot(object)
    def _on_run_failed(self, exc: Any) -> None:
        self._running = None
        if not isinstance(exc, Task.Cancelled):
            log.warning("outbox run failed: %s", type(exc).__name__)
            self.failed.emit(exc)
        self.refresh_counts()

    @Slot(object)
    def _on_counts_finished(self, counts: Any) -> None:
        self._counting = None
        self.counts_changed.emit(counts)
        if self._count_again:
            self.refresh_counts()

    @Slot(object)
    def _on_counts_failed(self, exc: Any) -> None:
        self._counting = None
        log.warning("outbox count failed: %s", type(exc).__name__)
