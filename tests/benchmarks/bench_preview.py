"""The print preview of the 100,000-registration event, in a process of its own (issue 14).

The event of :mod:`bigdb` has 100,000 registrations: 90,000 registered (90,000 badges on
9,000 A4 label sheets) and 10,000 waiting (the attendee list shows all 100,000). A fresh
process opens the organiser's print preview on it (offscreen) and measures:

- ``preview_100k_first_page_s``: from "open the preview" to the first window of pages shown;
- ``preview_100k_page_s``: the slowest jump to another window (next pages, page 4,500, the
  last page, back to the first);
- ``preview_100k_rss_mb``: the peak resident memory of that process (Qt, the app, the
  preview and its renders: everything the user's process holds);
- ``preview_100k_gui_block_ms``: the longest the GUI thread did not react meanwhile (a 5 ms
  heartbeat timer; the longest gap minus 5 ms).

``*_postgres_*``: the same on PostgreSQL (``KEET_TEST_POSTGRES_URL``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from benchkit import Figure  # noqa: E402

CHILD = r"""
import json, os, resource, sys, time
from PySide6.QtCore import QCoreApplication, QThread, QTimer, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from keet_desktop.domain.db import Database
from keet_desktop.domain.services import Services
from keet_desktop.ui.i18n import Translators
from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
from keet_desktop.ui.settings import Settings

url, ini, kind = sys.argv[1], sys.argv[2], sys.argv[3]
Translators(app).install("nl")
services = Services(Database.open(url))
worst = [0.0]
last = [time.perf_counter()]
def beat():
    now = time.perf_counter()
    worst[0] = max(worst[0], (now - last[0]) * 1000 - 5)
    last[0] = now
heart = QTimer()
heart.setTimerType(Qt.TimerType.PreciseTimer)
heart.setInterval(5)
heart.timeout.connect(beat)
heart.start()

def pump_until(done, limit_s=600):
    end = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < end:
        QCoreApplication.processEvents()
        QThread.msleep(1)
    return done()

rendered = []
QCoreApplication.processEvents()
last[0] = time.perf_counter()
worst[0] = 0.0
start = time.perf_counter()
dialog = PrintPreviewDialog(services, Settings.from_ini(ini), 1, kind)
dialog.rendered.connect(rendered.append)
dialog.resize(1366, 700)
dialog.show()
assert pump_until(lambda: bool(rendered)), "no first page"
first = time.perf_counter() - start
pages = rendered[-1]
jumps = []
for page in (21, pages // 2, pages, 1):
    shown = len(rendered)
    began = time.perf_counter()
    dialog.go_to_page(page)
    assert pump_until(lambda: len(rendered) > shown), f"page {page} not shown"
    jumps.append(time.perf_counter() - began)
    assert dialog.page_box.value() == page, (page, dialog.page_box.value())
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first": first, "jumps": jumps, "pages": pages, "people": dialog._window.people,
                  "rss": peak, "block": worst[0], "label": dialog.pages_label.text()}), flush=True)
os._exit(0)
"""


def _preview(url: str, kind: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=folder, HOME=folder)
        env["PYTHONPATH"] = str(HERE.parents[1])
        done = subprocess.run(
            [sys.executable, "-c", CHILD, url, str(Path(folder) / "s.ini"), kind],
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    sys.stderr.write(f"preview {kind}: {result}\n")
    return result


def _figures(url: str, suffix: str) -> list[Figure]:
    figures = []
    for kind, name in (("badges", "preview_100k"), ("attendee-list", "preview_100k_list")):
        result = _preview(url, kind)
        people = int(str(result["people"]))
        jumps = result["jumps"]
        assert isinstance(jumps, list)
        figures += [
            Figure(
                f"{name}_first_page{suffix}_s", round(float(str(result["first"])), 3), "s", people
            ),
            Figure(f"{name}_page{suffix}_s", round(max(jumps), 3), "s", int(str(result["pages"]))),
            Figure(f"{name}_rss{suffix}_mb", round(float(str(result["rss"])), 1), "MB", people),
            Figure(
                f"{name}_gui_block{suffix}_ms", round(float(str(result["block"])), 1), "ms", people
            ),
        ]
    return figures


def bench_preview_100k() -> list[Figure]:
    """The preview of 90,000 badges and of the 100,000-person attendee list (SQLite)."""
    from bigdb import sqlite_big

    return _figures(sqlite_big(), "")


def bench_preview_100k_postgres() -> list[Figure]:
    """The same on PostgreSQL (needs ``KEET_TEST_POSTGRES_URL``)."""
    from bigdb import postgres_big

    url = postgres_big()
    return _figures(url, "_postgres") if url else []
