"""Slow work off the GUI thread. A task touches no widget; its signals come back on the GUI."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """What a task reports.

    Signals:
        progress(int, int): done and total.
        finished(object): the result.
        failed(object): the exception.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Run ``function(report, *args)`` in the thread pool.

    ``report(done, total)`` emits progress; raising :class:`Cancelled` from it (after
    :meth:`cancel`) stops the work.
    """

    class Cancelled(Exception):  # noqa: N818 (reads as "Task.Cancelled")
        """The task was cancelled."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._function = function
        self._args = args
        self._cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report."""
        self._cancelled = True

    def report(self, done: int, total: int) -> None:
        """Report progress; raises :class:`Task.Cancelled` once cancelled."""
        if self._cancelled:
            raise Task.Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        """Run the function (in a pool thread)."""
        try:
            result = self._function(self.report, *self._args)
        except Exception as exc:  # reported to the GUI, which shows it
            self._send(self.signals.failed, exc)
        else:
            self._send(self.signals.finished, result)

    def _send(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is shutting down: nobody is left to tell
            log.debug("task result dropped: its receiver is gone")


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    """Start ``task`` in ``pool`` (default: the global pool) and return it."""
    (pool or QThreadPool.globalInstance()).start(task)
    return task
