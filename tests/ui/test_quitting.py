"""Quitting: a read nobody needs any more never delays it; a write always finishes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from keet_desktop.ui import tasks
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Operation, Query, finish_for_quit, mark_read, wait_idle
from tests.factories import make_event


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def release():
    """Lets the slow reads of a test end (after the test, so no thread is left waiting)."""
    event = threading.Event()
    yield event
    event.set()
    assert wait_idle()


def test_quitting_drops_reads_and_waits_for_writes(parent, release):
    started = threading.Event()
    delivered: list[object] = []
    written: list[str] = []

    def slow_read() -> str:
        started.set()
        release.wait(30)
        return "read"

    def slow_write() -> int:
        time.sleep(0.3)
        written.append("check-in")
        return 1

    Query(parent, slow_read).success(delivered.append).run()
    assert started.wait(5)
    Operation(parent, slow_write).success(delivered.append).run(AppEvents())
    most = QThreadPool.globalInstance().maxThreadCount()
    begun = time.perf_counter()
    left = finish_for_quit()
    took = time.perf_counter() - begun
    assert written == ["check-in"]  # the write finished before quitting returned
    assert left == 1 and took < 5  # the read (30 s) was not waited for
    assert QThreadPool.globalInstance().maxThreadCount() == most
    release.set()
    assert wait_idle()
    assert delivered == [1]  # the write's result; the dropped read delivers nothing


def test_a_queued_read_never_starts_and_a_marked_task_is_a_read(parent, release):
    pool = QThreadPool.globalInstance()
    ran: list[str] = []

    started = threading.Semaphore(0)

    def blocker() -> None:
        started.release()
        release.wait(30)

    def queued() -> None:
        ran.append("queued")

    blockers = [Query(parent, blocker) for _ in range(pool.maxThreadCount())]
    for query in blockers:
        query.run()
    for _ in blockers:
        assert started.acquire(timeout=5)
    Query(parent, queued).run()  # every thread is busy: it waits in line
    marked = mark_read(tasks.Task(lambda _report: release.wait(30)))
    tasks.start(marked)
    begun = time.perf_counter()
    left = finish_for_quit()
    assert time.perf_counter() - begun < 5
    assert left == pool.maxThreadCount()  # the blockers; the marked one is still in line
    release.set()
    assert wait_idle()
    pool.waitForDone(5000)
    assert ran == []


def test_without_reads_nothing_is_left(parent):
    Query(parent, lambda: 1).run()
    assert wait_idle()
    assert finish_for_quit() == 0


CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from keet_desktop.ui import app as appmod, messages
from keet_desktop.ui.operations import Operation, Query

for name in ("ask", "inform", "warn"):
    setattr(messages, name, lambda *a: False)
url, marker = sys.argv[1], Path(sys.argv[2])
original = appmod.Shell.start


def slow_read():
    time.sleep(120)  # a list nobody looks at any more
    return 0


def slow_write():
    time.sleep(1.0)  # a check-in or a file still being written when the window closes
    marker.write_text("written")
    return 1


def start(self):
    window = original(self)
    Query(window, slow_read).run()
    Operation(window, slow_write).run(self.app_events)
    QTimer.singleShot(100, window.close)
    return window


appmod.Shell.start = start
sys.exit(appmod.main(["--database", url, "--lang", "nl"]))
"""


def test_closing_the_app_with_a_slow_read_exits_promptly_after_the_write(sqlite_services, tmp_path):
    make_event(sqlite_services)  # not a new database: no welcome
    marker = tmp_path / "written.txt"
    env = dict(
        os.environ, XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"
    )
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    begun = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, sqlite_services.db.url, str(marker)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,  # the read alone would take 120 s
    )
    took = time.perf_counter() - begun
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert marker.read_text() == "written"  # the write was not cut off
    assert took < 60


def test_quitting_leaves_the_quick_check_but_waits_for_the_backup(
    qtbot, sqlite_services, monkeypatch, release
):
    from keet_desktop.domain import backups
    from keet_desktop.ui.safety import StartupChecks

    checking = threading.Event()
    backed_up: list[str] = []
    real_check = backups.check_database

    def slow_check(db, quick=False):
        checking.set()
        release.wait(30)
        return real_check(db, quick=quick)

    def slow_backup(_db):
        time.sleep(0.5)
        backed_up.append("copy")

    monkeypatch.setattr(backups, "check_database", slow_check)
    monkeypatch.setattr(backups, "daily_backup", slow_backup)
    checks = StartupChecks(sqlite_services.db)
    checks.start()
    assert checking.wait(5)
    begun = time.perf_counter()
    assert checks.finish() is True  # still checking: not waited for
    assert time.perf_counter() - begun < 1
    release.set()
    checks.wait()
    qtbot.wait(50)  # the check's result arrives: no backup starts after quitting began
    assert backed_up == []

    later = StartupChecks(sqlite_services.db)
    with qtbot.waitSignal(later.done, timeout=10_000, raising=False):
        later.start()
        qtbot.waitUntil(lambda: later._backing_up, timeout=10_000)
        assert later.finish() is False  # the backup under way is waited for
        assert backed_up == ["copy"]
