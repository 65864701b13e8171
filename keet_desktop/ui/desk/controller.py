"""The desk's flow without widgets: scan, search, pick, walk in, admit, undo, counters.

:class:`DeskController` runs every database write of the desk on its own worker thread (one
thread, so scans are handled in the order they were made); the GUI thread only shows what comes
back. After a scan the counters and the undo list are updated from its result (no recount of
100,000 registrations in the scan's path); a poll on a second thread (it never holds a scan up)
recounts right after, and whenever any desk changed something, so other desks' work shows within
half a second and a count never drifts. Walk-ins, admissions and undos recount in their own job.
When the database keeps the desk waiting longer than half a second it says so; when a job does
not come back at all within the desk's time-out it says that too, and the next scan simply
queues behind it (a check-in is never doubled: the database allows one standing check-in per
registration). DeskWindow (and a test) only calls its methods and listens to its signals.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.search import SearchHit
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.checkin_queries import DeskCounters, RecentCheckIn
from keet_desktop.domain.services.checkin_results import (
    EventFullError,
    Outcome,
    ScanResult,
    Tone,
)
from keet_desktop.ui import messages
from keet_desktop.ui.desk.text import is_search_text
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.tasks import Task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Refresh:
    """The counters and this desk's recent check-ins, read right after a change."""

    token: tuple[Any, ...]
    counters: DeskCounters
    recent: list[RecentCheckIn]


@dataclass(frozen=True)
class CapacityChoice:
    """A walk-in or admission on a full event: the desk must choose, with a reason.

    Attributes:
        kind: ``"walk_in"`` or ``"admit"``.
        error: The refusal (event, capacity and how many wait).
        arguments: What to run again with ``override_capacity`` and a reason.
    """

    kind: str
    error: EventFullError
    arguments: tuple[Any, ...]


@dataclass
class _Job:
    task: Task
    done: Callable[[Any], None]


class DeskController(QObject):
    """One desk of one event, as a state machine with signals.

    Signals:
        result_ready(object, int): a :class:`ScanResult` and how many times in a row the same
            refusal came (1 for a new one).
        problem(str, str): a refusal that is no scan result (headline, text).
        notice(str, str): a neutral notice (headline, text), e.g. an undo done.
        hits_found(object): the list of :class:`SearchHit` for the typed name.
        nobody_found(str): the typed name matched nobody at this event.
        capacity_choice(object): a :class:`CapacityChoice` the desk must make.
        refreshed(object): a :class:`Refresh` (counters and recent check-ins).
        waiting_changed(bool): the database keeps the desk waiting (or no longer).
        checked_in(int): a registration was checked in at this desk (its id).
        changed(): this desk changed check-ins (for the rest of the app).
    """

    result_ready = Signal(object, int)
    problem = Signal(str, str)
    notice = Signal(str, str)
    hits_found = Signal(object)
    nobody_found = Signal(str)
    capacity_choice = Signal(object)
    refreshed = Signal(object)
    waiting_changed = Signal(bool)
    checked_in = Signal(int)
    changed = Signal()

    WAIT_NOTICE_MS = 500
    TIMEOUT_MS = 20_000
    POLL_MS = 500

    def __init__(
        self,
        services: Services,
        event_id: int,
        desk: str,
        parent: QObject | None = None,
        *,
        timeout_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.event_id = event_id
        self.desk = desk
        self.prefix = ""
        self.suffix = ""
        self.kiosk = False
        self.last_search = ""
        self.counters: DeskCounters | None = None
        self.recent: list[RecentCheckIn] = []
        self._token: tuple[Any, ...] | None = None
        self._polling: Task | None = None
        self._generation = 0  # counts this desk's own changes; a slower recount is stale
        self._poll_generation = 0
        self._dirty = False  # counted up here: the next poll recounts, whatever the token
        self._jobs: deque[_Job] = deque()
        self._last_refusal: tuple[Any, ...] | None = None
        self._repeats = 0
        self._waiting = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._poll_pool = QThreadPool(self)  # a recount never holds a scan up
        self._poll_pool.setMaxThreadCount(1)
        self._wait_timer = _single_shot(self, self.WAIT_NOTICE_MS, self._on_wait_timer_timeout)
        self.timeout_ms = timeout_ms or self.TIMEOUT_MS
        self._timeout_timer = _single_shot(self, self.timeout_ms, self._on_timeout_timer_timeout)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self.POLL_MS)
        self._poll_timer.timeout.connect(self.poll)

    # -- life -------------------------------------------------------------------------------

    def start(self) -> None:
        """Read the counters now and follow the other desks from then on."""
        self.poll()
        self._poll_timer.start()

    def stop(self, wait_ms: int = 5000) -> None:
        """Stop polling and wait (a little) for the job in progress."""
        self._poll_timer.stop()
        self._wait_timer.stop()
        self._timeout_timer.stop()
        self._pool.waitForDone(wait_ms)
        self._poll_pool.waitForDone(wait_ms)

    @property
    def busy(self) -> bool:
        """Whether a scan, walk-in, admission or undo is still on its way."""
        return bool(self._jobs)

    # -- what the person at the desk does ---------------------------------------------------

    def submit(self, text: str) -> None:
        """Enter in the input: scan a code, or look a typed name up (one hit checks in)."""
        if not text.strip():
            return
        if not is_search_text(text):
            self.scan(text)
            return
        if self.kiosk:
            self.problem.emit(
                self.tr("SCAN YOUR TICKET"),
                self.tr("Hold the QR code of your ticket in front of the scanner."),
            )
            return
        hits = self.search(text)
        if len(hits) == 1:
            self.pick(hits[0])
        elif not hits:
            self.nobody_found.emit(text.strip())

    def scan(self, code: str) -> None:
        """Check in the ticket with ``code`` (off the GUI thread)."""
        checkin = self.services.checkin
        self._run(
            self._counted(checkin.scan),
            self._on_result,
            code,
            self.event_id,
            self.desk,
            prefix=self.prefix,
            suffix=self.suffix,
        )

    def search(self, text: str) -> list[SearchHit]:
        """Look ``text`` up among this event's registrations (an index look-up, a few ms)."""
        self.last_search = text.strip()
        if self.kiosk or not is_search_text(text):
            return []
        try:
            hits = self.services.search.search(text, self.event_id)
        except SQLAlchemyError as exc:
            self._on_failed(exc)
            return []
        if hits:
            self.hits_found.emit(hits)
        return hits

    def pick(self, hit: SearchHit) -> None:
        """Check in a person picked from the search list."""
        if hit.registration_id is None:
            return
        checkin = self.services.checkin
        self._run(
            self._counted(checkin.check_in_registration),
            self._on_result,
            hit.registration_id,
            self.event_id,
            self.desk,
        )

    def walk_in(self, given: str, family: str, email: str | None, organisation: str) -> None:
        """Register a walk-in and check them in; a full event asks first."""
        arguments = (self.event_id, given, family, email, organisation, self.desk)
        self._run(self._walk_in_job, self._on_result, *arguments)

    def admit(self, registration_id: int) -> None:
        """Admit a waiting-list registration; a full event asks first."""
        self._run(self._admit_job, self._on_result, registration_id, self.event_id, self.desk)

    def override(self, choice: CapacityChoice, reason: str) -> None:
        """Let the walk-in or admission of ``choice`` in beyond the capacity, for ``reason``."""
        checkin = self.services.checkin
        action = checkin.walk_in if choice.kind == "walk_in" else checkin.admit_waitlisted
        self._run(
            self._refreshed(action, override_capacity=True, reason=reason),
            self._on_result,
            *choice.arguments,
        )

    def undo(self, checkin_id: int, reason: str, name: str) -> None:
        """Undo a check-in of this desk (it is kept, marked undone, with ``reason``)."""
        self._run(
            self._refreshed(self.services.checkin.undo),
            self._on_undone,
            checkin_id=checkin_id,
            reason=reason,
            by=self.desk,
            name=name,
        )

    @Slot()
    def poll(self) -> None:
        """Recount (on the poll thread) when any desk changed something."""
        if self._polling is not None:
            return
        self._poll_generation = self._generation
        force, self._dirty = self._dirty, False
        self._polling = Task(self._poll_job, force, self._token)
        self._polling.signals.finished.connect(self._on_poll_finished)
        self._polling.signals.failed.connect(self._on_poll_failed)
        self._poll_pool.start(self._polling)

    # -- the jobs (on the worker threads) ---------------------------------------------------

    @staticmethod
    def _counted(action: Callable[..., Any]) -> Callable[..., Any]:
        """A scan: its result alone; the counters follow from it (:meth:`_counted_up`)."""

        def job(*args: Any, **kwargs: Any) -> tuple[Any, None, str]:
            return action(*args, **kwargs), None, ""

        return job

    def _refreshed(self, action: Callable[..., Any], **bound: Any) -> Callable[..., Any]:
        def job(*args: Any, name: str = "", **kwargs: Any) -> tuple[Any, Refresh, str]:
            value = action(*args, **bound, **kwargs)
            return value, self._read_refresh(), name

        return job

    def _read_refresh(self) -> Refresh:
        checkin = self.services.checkin
        token = checkin.change_token()
        return Refresh(
            token, checkin.counters(self.event_id), checkin.recent(self.event_id, self.desk)
        )

    def _poll_job(self, _report: Any, force: bool, known: tuple[Any, ...] | None) -> Refresh | None:
        if not force and self.services.checkin.change_token() == known:
            return None
        return self._read_refresh()

    def _walk_in_job(self, *arguments: Any) -> Any:
        try:
            return self._refreshed(self.services.checkin.walk_in)(*arguments)
        except EventFullError as exc:
            return CapacityChoice("walk_in", exc, arguments)

    def _admit_job(self, *arguments: Any) -> Any:
        try:
            return self._refreshed(self.services.checkin.admit_waitlisted)(*arguments)
        except EventFullError as exc:
            return CapacityChoice("admit", exc, arguments)

    # -- running jobs -----------------------------------------------------------------------

    def _run(
        self, function: Callable[..., Any], done: Callable[[Any], None], *args: Any, **kwargs: Any
    ) -> None:
        def work(_report: Any) -> Any:
            return function(*args, **kwargs)

        task = Task(work)
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._jobs.append(_Job(task, done))
        if not self._wait_timer.isActive() and not self._waiting:
            self._wait_timer.start()
            self._timeout_timer.start()
        self._pool.start(task)

    def _finish(self) -> _Job:
        job = self._jobs.popleft()
        if not self.busy:
            self._wait_timer.stop()
            self._timeout_timer.stop()
            self._set_waiting(False)
        else:
            self._timeout_timer.start()  # the next job gets its own time
        return job

    @Slot(object)
    def _on_task_finished(self, value: Any) -> None:
        self._finish().done(value)

    @Slot(object)
    def _on_task_failed(self, exc: Exception) -> None:
        self._finish()
        self._on_failed(exc)

    @Slot(object)
    def _on_poll_finished(self, refresh: Refresh | None) -> None:
        self._polling = None
        if self._poll_generation == self._generation:
            self._apply_refresh(refresh)
        else:  # read before this desk's last change: stale, and the next poll counts again
            self._dirty = True

    @Slot(object)
    def _on_poll_failed(self, exc: Exception) -> None:
        self._polling = None
        log.warning("desk could not refresh its counters: %s", type(exc).__name__)

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, KeetError):
            self.problem.emit(self.tr("NOT CHECKED IN"), error_text(exc))
        elif isinstance(exc, SQLAlchemyError):
            log.warning("desk: database problem (%s)", type(exc).__name__)
            self.problem.emit(self.tr("DATABASE PROBLEM"), messages.database_problem_text(exc))
        else:
            log.error("desk: unexpected error", exc_info=exc)
            self.problem.emit(self.tr("DATABASE PROBLEM"), str(exc))

    @Slot()
    def _on_wait_timer_timeout(self) -> None:
        if self.busy:
            self._set_waiting(True)

    @Slot()
    def _on_timeout_timer_timeout(self) -> None:
        if self.busy:
            seconds = max(1, round(self.timeout_ms / 1000))
            self.problem.emit(
                self.tr("DATABASE PROBLEM"),
                self.tr(
                    "The database did not answer within %n second(s). This scan is not "
                    "confirmed: scan it again when the database answers.",
                    "",
                    seconds,
                ),
            )

    def _set_waiting(self, waiting: bool) -> None:
        if waiting != self._waiting:
            self._waiting = waiting
            self.waiting_changed.emit(waiting)

    # -- results (on the GUI thread) --------------------------------------------------------

    def _apply_refresh(self, refresh: Refresh | None) -> None:
        if refresh is None:
            return
        self._generation += 1
        self._token = refresh.token
        self.counters = refresh.counters
        self.recent = refresh.recent
        self.refreshed.emit(refresh)

    def _counted_up(self, result: ScanResult) -> None:
        """Add a check-in made here to the counters and the undo list, without a recount."""
        self._dirty = True  # the next poll recounts, whatever raced with this
        if self.counters is None or result.checkin_id is None or result.checked_in_at is None:
            return
        if self._token and result.checkin_id <= (self._token[0] or 0):
            return  # a recount that already holds this check-in was shown first
        c = self.counters
        counters = DeskCounters(c.registered, c.checked_in + 1, max(0, c.expected - 1), c.walk_ins)
        new = RecentCheckIn(
            result.checkin_id,
            result.registration_id or 0,
            result.name,
            result.organisation,
            result.checked_in_at,
            result.walk_in,
        )
        self._apply_refresh(Refresh(self._token or (), counters, [new, *self.recent][:10]))

    def _on_result(self, value: Any) -> None:
        if isinstance(value, CapacityChoice):
            self.capacity_choice.emit(value)
            return
        result, refresh, _name = value
        assert isinstance(result, ScanResult)
        if refresh is not None:
            self._apply_refresh(refresh)
        elif result.outcome is Outcome.CHECKED_IN:
            self._counted_up(result)
        key = (result.outcome, result.code, result.registration_id)
        if result.tone is Tone.GREEN:
            self._last_refusal, self._repeats = None, 1
        elif key == self._last_refusal:
            self._repeats += 1
        else:
            self._last_refusal, self._repeats = key, 1
        self.result_ready.emit(result, self._repeats)
        if result.tone is Tone.GREEN and result.registration_id is not None:
            self.checked_in.emit(result.registration_id)
            self.changed.emit()

    def _on_undone(self, value: Any) -> None:
        _checkin_id, refresh, name = value
        self._apply_refresh(refresh)
        self._last_refusal = None
        self.notice.emit(
            self.tr("Check-in undone"),
            self.tr("The check-in of {name} is undone.").format(name=name),
        )
        self.changed.emit()


def _single_shot(parent: QObject, ms: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
