"""One way to run a user action from the GUI, in the manner of Anki's ``CollectionOp``/``QueryOp``.

How to run an operation
=======================

A button that changes data runs an :class:`Operation`; a screen that reads data runs a
:class:`Query`. Both call a domain function on a worker thread (every service call opens its own
session, so the worker never shares one with the GUI), and come back on the GUI thread::

    @Slot()
    def cancel_registration(self) -> None:
        registration_id = ...  # read everything you need from widgets first
        Operation(self, self._services.registrations.cancel, registration_id).changes(
            Changes.of(registrations=[event_id])
        ).success(self._on_registration_cancelled).run(self._app_events)

- The function gets plain values, never widgets; it must not touch Qt.
- ``changes(...)`` says what the action changed: a :class:`Changes`, or a function of the
  result that returns one (``lambda result: result.changes``). After success the operation
  publishes it through the one :class:`AppEvents` (``app_events.publish``): every page
  refreshes what it shows of it, and the page that acted calls nobody. Do not ``emit``
  AppEvents signals by hand.
- ``success(callback)`` gets the result (status message, close a dialog, select a row).
- Errors are shown one way: :class:`KeetError` (translated) and database errors go to
  :func:`messages.show_error`. A dialog that shows refusals next to a field passes
  ``failure(callback)``; the callback returns True when it showed the error itself.
  No ``except KeetError`` in widgets.
- Long work: ``progress(title)`` passes a ``report(done, total)`` function as the first
  argument and shows a progress dialog with a Stop button after half a second. Stop makes
  ``report`` raise :class:`Task.Cancelled`; the service's transaction rolls back and nothing
  is published. ``report`` must be called now and then, or Stop cannot stop.
- A :class:`Query` is the same without changes. Give queries of one list one
  :class:`Latest`: a result that arrives after a newer query started is dropped (filter as
  you type).
- ``run()`` returns at once. Tests wait for the outcome with ``qtbot.waitUntil`` (or
  :func:`wait_idle`).

Quitting
========

A read nobody needs any more must not keep the app open; a write must finish (no lost
check-in, no half-written file). :func:`finish_for_quit` drops every :class:`Query` (and every
task given to :func:`mark_read`): a queued one never starts, a running one is told to stop and
its result is dropped. It waits for every other task of the thread pool (an
:class:`Operation`, or a plain :class:`Task` that writes) and returns how many reads are still
running: the process may end without them (:func:`keet_desktop.ui.app.main` does).
"""

from __future__ import annotations

import gc
import logging
import sys
import weakref
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Self, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from keet_desktop.domain.changes import Changes
from keet_desktop.ui import messages
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.tasks import Task

log = logging.getLogger(__name__)

T = TypeVar("T")

# Tasks that are running: a QRunnable must outlive its run() even if its window closes.
_running: set[Task] = set()


def running() -> int:
    """How many operations and queries are still running (tests wait for 0)."""
    return len(_running)


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """Wait until every operation has finished and delivered (and what that started, too).

    For tests and benchmarks; True if everything finished in time.
    """
    deadline = QDeadlineTimer(timeout_ms)
    idle = 0
    while not deadline.hasExpired():
        QCoreApplication.processEvents()  # delivers results; may start more (a 0 ms timer)
        idle = idle + 1 if not _running else 0
        if idle >= 3:  # quiet for three passes: nothing delivered started anything
            return True
        QThread.msleep(1)
    return False


SWITCH_INTERVAL_S = 0.001
"""How long a worker may hold Python's interpreter lock while the GUI thread waits for it.

Python's default is 5 ms, and a busy worker takes the lock back again and again: with two
workers busy (an import, a render) the window waited up to 250 ms for its turn. At 1 ms it
waits a few milliseconds (measured at 1,000,000 registrations, issue 14); the workers lose a
few per cent.
"""


class _GuiGarbageCollector(QObject):
    """Collects Python's cyclic garbage on the GUI thread only (as Anki does).

    Python starts a collection in whichever thread allocates at the wrong moment; a worker
    thread that collects a cycle holding a widget destroys it off the GUI thread and crashes.
    So automatic collection is switched off and this timer collects on the GUI thread.
    """

    INTERVAL_MS = 500
    MIDDLE_EVERY = 20  # ticks: the middle generation every 10 s
    FULL_EVERY = 1200  # ticks: everything every 10 minutes (a full pass over a big heap is slow)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        gc.disable()
        gc.freeze()  # what exists now (modules, the window) is never walked again
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._ticks += 1
        if self._ticks % self.FULL_EVERY == 0:
            gc.collect(2)
        elif self._ticks % self.MIDDLE_EVERY == 0:
            gc.collect(1)
        else:
            gc.collect(0)  # young objects only: milliseconds, whatever the heap's size

    @staticmethod
    def install() -> None:
        """Install one collector on the application (once), and the short lock hand-over."""
        app = QCoreApplication.instance()
        if app is not None and app.findChild(_GuiGarbageCollector) is None:
            _GuiGarbageCollector(app)
            sys.setswitchinterval(SWITCH_INTERVAL_S)


class _OperationTask(Task):
    """A task that leaves :data:`_running` when its function is done (even if nobody listens).

    ``writes`` says whether it changes data (an :class:`Operation`): such a task is waited
    for when the app quits; a read is dropped.
    """

    def __init__(self, function: Callable[..., Any], *args: Any, writes: bool = False) -> None:
        super().__init__(function, *args)
        self.writes = writes
        self.dropped = False

    def drop(self) -> None:
        """Nobody needs the result any more: stop at the next report, deliver nothing."""
        self.dropped = True
        self.cancel()

    def run(self) -> None:
        """Run the function, report, and leave the running set."""
        try:
            super().run()
        finally:
            _running.discard(self)

    def _send(self, signal: Any, value: object) -> None:
        if not self.dropped:
            super()._send(signal, value)


# Plain tasks that only read (e.g. the retention check at start): dropped at quitting too.
_marked_reads: weakref.WeakSet[Task] = weakref.WeakSet()
_marked_busy: set[Task] = set()  # marked reads whose function is running


def mark_read(task: Task) -> Task:
    """Say that a plain :class:`Task` only reads: quitting does not wait for it; returns it.

    Mark it before it starts: a task seen running only after it was marked is waited for
    (never cut off), as if it wrote.
    """
    function = task._function

    def tracked(*args: Any) -> Any:
        _marked_busy.add(task)
        try:
            return function(*args)
        finally:
            _marked_busy.discard(task)

    task._function = tracked
    _marked_reads.add(task)
    return task


def _reads_left() -> int:
    """Reads whose function is running now."""
    queries = sum(1 for t in list(_running) if not getattr(t, "writes", False))
    return queries + len(_marked_busy)


def finish_for_quit(timeout_ms: int = 300_000) -> int:
    """Drop the reads nobody needs any more and wait for the work that writes.

    Queued reads are taken off the global thread pool; running ones are asked to stop (at
    their next report) and their results are dropped. Every other task of the pool is waited
    for (up to ``timeout_ms``). Call it on the GUI thread once the last window has closed.

    Returns:
        How many reads are still running: the process may end without waiting for them.
    """
    pool = QThreadPool.globalInstance()
    reads: list[Task] = [t for t in list(_running) if not getattr(t, "writes", False)]
    for task in [*reads, *list(_marked_reads)]:
        if isinstance(task, _OperationTask):
            task.drop()
        else:
            task.cancel()
        if pool.tryTake(task):  # never started
            _running.discard(task)
    most = pool.maxThreadCount()
    pool.setMaxThreadCount(most + _reads_left())  # reads must not hold back a write in line
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        left = _reads_left()
        if pool.activeThreadCount() <= left:
            break
        if deadline.hasExpired():
            log.warning("quitting while work is still running")
            break
        QThread.msleep(2)
    pool.setMaxThreadCount(most)
    if left:
        log.info("quitting without waiting for %d read(s)", left)
    return left


def _widget_of(owner: QObject | None) -> QWidget | None:
    """The widget that owns ``owner`` (a model's page), for dialogs; None if there is none."""
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner


class Latest:
    """Makes the newest of several queries of one list the only one delivered."""

    def __init__(self) -> None:
        self._serial = 0

    def next(self) -> int:
        """A token for a query starting now (older tokens go stale)."""
        self._serial += 1
        return self._serial

    def is_current(self, token: int) -> bool:
        """Whether ``token`` belongs to the newest query."""
        return token == self._serial


class Query(QObject, Generic[T]):
    """Read data on a worker thread; deliver the result (or show the error) on the GUI thread."""

    WRITES: ClassVar[bool] = False  # an Operation's task is waited for when the app quits

    def __init__(
        self, parent: QObject, function: Callable[..., T], *args: Any, **kwargs: Any
    ) -> None:
        super().__init__(parent)
        self._parent = _widget_of(parent)
        self._function = function
        self._args = args
        self._kwargs = kwargs
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], bool] | None = None
        self._progress_title = ""
        self._latest: Latest | None = None
        self._token = 0
        self._dialog: QProgressDialog | None = None
        self._task: Task | None = None

    def success(self, callback: Callable[[T], object]) -> Self:
        """Call ``callback(result)`` on the GUI thread when the function returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], bool]) -> Self:
        """Let ``callback(exc)`` show an error itself (it returns True when it did)."""
        self._on_failure = callback
        return self

    def progress(self, title: str) -> Self:
        """Long work: pass ``report`` first; show progress and Stop after half a second."""
        self._progress_title = title
        return self

    def latest(self, latest: Latest) -> Self:
        """Deliver only if no newer query of ``latest`` started meanwhile."""
        self._latest = latest
        return self

    def run(self) -> Task:
        """Start the work in the thread pool; returns at once."""
        _GuiGarbageCollector.install()
        if self._latest is not None:
            self._token = self._latest.next()
        task = _OperationTask(self._call, writes=self.WRITES)
        task.signals.progress.connect(self._on_task_progress, Qt.ConnectionType.QueuedConnection)
        task.signals.finished.connect(self._on_task_finished, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(self._on_task_failed, Qt.ConnectionType.QueuedConnection)
        if self._progress_title:
            self._dialog = self._progress_dialog()
        self._task = task
        _running.add(task)
        QThreadPool.globalInstance().start(task)
        return task

    def _call(self, report: Callable[[int, int], None]) -> T:
        if self._progress_title:
            return self._function(report, *self._args, **self._kwargs)
        return self._function(*self._args, **self._kwargs)

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._progress_title, self.tr("Stop"), 0, 0, self._parent)
        dialog.setWindowTitle(self._progress_title)
        dialog.setAccessibleName(self._progress_title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(self._on_dialog_canceled)
        return dialog

    @Slot()
    def _on_dialog_canceled(self) -> None:
        if self._task is not None:
            self._task.cancel()

    @Slot(int, int)
    def _on_task_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))

    def _current(self) -> bool:
        return self._latest is None or self._latest.is_current(self._token)

    @Slot(object)
    def _on_task_finished(self, result: T) -> None:
        self._finish()
        if self._current():
            self._delivered(result)

    def _delivered(self, result: T) -> None:
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _on_task_failed(self, exc: Exception) -> None:
        self._finish()
        if isinstance(exc, Task.Cancelled) or not self._current():
            return
        if self._on_failure is not None and self._on_failure(exc):
            return
        messages.show_error(self._parent, exc)

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._on_dialog_canceled)
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()


class Operation(Query[T]):
    """Change data on a worker thread, then publish what changed through :class:`AppEvents`."""

    WRITES: ClassVar[bool] = True

    def __init__(
        self, parent: QObject, function: Callable[..., T], *args: Any, **kwargs: Any
    ) -> None:
        super().__init__(parent, function, *args, **kwargs)
        self._changes: Changes | Callable[[T], Changes] = Changes()
        self._app_events: AppEvents | None = None

    def changes(self, changes: Changes | Callable[[T], Changes]) -> Self:
        """What the action changed: a :class:`Changes`, or a function of the result."""
        self._changes = changes
        return self

    def run(self, app_events: AppEvents | None = None) -> Task:
        """Start the work; on success publish the changes through ``app_events``."""
        self._app_events = app_events
        return super().run()

    def _delivered(self, result: T) -> None:
        changes = self._changes(result) if callable(self._changes) else self._changes
        if self._on_success is not None:
            self._on_success(result)
        if self._app_events is not None:
            self._app_events.publish(changes)
