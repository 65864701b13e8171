"""The longest the GUI thread is blocked, at 1,000,000 registrations (issue 14).

``gui_block_max_ms``: a heartbeat timer asks to run every 5 ms on the GUI thread; the longest
gap between two beats, minus the 5 ms, is the longest time the window could not react. It is
taken over a scripted session in the organiser's window on the 1M database of
:mod:`bigdb` (an event of 100,000 registrations among 1,000,000): open the event, filter as
you type, sort by name, scroll, the events list, the people page, open the print preview and
import a 10,000-row .xlsx of new (unique) people. Each step's own maximum is a figure too
(``gui_block_<step>_ms``), so a regression names its step. The session runs in a fresh
process (offscreen); the SQLite run works on a copy of the 1M file, so the import does not
grow it. ``*_postgres_*``: the same on PostgreSQL (``KEET_TEST_POSTGRES_URL``); there the
import adds 10,000 people per run to the reused database.

The desk's 20 scans are measured by the desk's own benchmark (``checkin_desk_p99_ms``, issue 10).
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from benchkit import Figure  # noqa: E402

CHILD = r"""
import json, sys, time, uuid
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QThread, QTimer, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from keet_desktop.domain.db import Database
from keet_desktop.domain.services import Services
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import Translators
from keet_desktop.ui.operations import wait_idle
from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
from keet_desktop.ui.settings import Settings
from keet_desktop.ui import messages
from tests import import_files

url, ini, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
PREVIEW_WAIT_S = 180
for name in ("ask", "inform", "warn"):
    setattr(messages, name, lambda *a: True)
Translators(app).install("nl")
services = Services(Database.open(url))

class Heart:
    def __init__(self):
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()
    def beat(self):
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - 5)
        self.last = now
    def reset(self):
        QCoreApplication.processEvents()
        self.last = time.perf_counter()
        self.worst = 0.0

def pump(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        QThread.msleep(1)

def settle(timeout_s=600):
    assert wait_idle(timeout_s * 1000), "operations did not finish"
    pump(20)

heart = Heart()
steps = {}
def step(name, action, wait=settle):
    sys.stderr.write(f"step {name}\n")
    sys.stderr.flush()
    heart.reset()
    start = time.perf_counter()
    action()
    wait()
    steps[name] = (round(heart.worst, 1), round(time.perf_counter() - start, 2))
    sys.stderr.write(f"  {name}: {steps[name]}\n")
    sys.stderr.flush()

window = build_main_window(services, Settings.from_ini(ini), AppEvents(), "nl")
window.resize(1200, 800)
window.show()
settle()
big = 1  # "Groot netwerkevent", 100,000 registrations
page = window.event_page
def type_filter():
    for char in "naam0001":
        page.search_edit.setText(page.search_edit.text() + char)
        pump(60)
    pump(250)
step("open_event", lambda: window.open_event(big))
step("filter", type_filter)
step("clear_filter", lambda: (page.search_edit.clear(), pump(250)))
step("sort", lambda: page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
def scroll():
    for _ in range(5):
        page.table.scrollToBottom()
        settle()
step("scroll", scroll)
step("events_list", lambda: (window.show_page("events"), window.events_page.reload()))
step("people", lambda: window.show_page("people"))
window.open_event(big)
settle()

rendered = []
def preview():
    dialog = PrintPreviewDialog(services, window.settings, big, "badges", window)
    dialog.rendered.connect(rendered.append)
    dialog.show()
    start = time.perf_counter()
    while not rendered and time.perf_counter() - start < PREVIEW_WAIT_S:
        pump(5)
    waited = round(time.perf_counter() - start, 2)
    steps["preview_first_page_s"] = waited if rendered else -waited  # negative: not yet shown
    dialog.reject()
step("preview", preview)

rows = [["Voornaam", "Achternaam", "E-mail", "Organisatie"]]
run = uuid.uuid4().hex[:8]
rows += [
    [f"Nieuw{n}", f"Import {run} {n}", f"i{run}.{n}@example.be", "Bench"] for n in range(10_000)
]
xlsx = import_files.write_xlsx(folder / "import.xlsx", rows)
from keet_desktop.ui.importing import ImportRegistrationsWizard
def run_import():
    wizard = ImportRegistrationsWizard(services, window.settings, window.app_events, 2, window)
    wizard.show()
    wizard.file_page.path_edit.setText(str(xlsx))
    wizard.next()
    settle()
    wizard.next()  # columns -> preview
    while wizard.preview_page.running:
        pump(5)
    wizard.next()  # preview -> import
    while not wizard.result_page.isComplete():
        pump(5)
    settle()
    steps["import_summary"] = wizard.result_page.summary.text()
    wizard.accept()
step("import_10k", run_import)
print(json.dumps(steps), flush=True)
import os
os._exit(0)  # the closed preview's render may still run: not part of the session
"""


def _env(folder: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=folder, HOME=folder)
    env["PYTHONPATH"] = str(HERE.parents[1])
    return env


def _session(url: str, suffix: str) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, url, str(Path(folder) / "s.ini"), folder],
            env=_env(folder),
            capture_output=True,
            text=True,
            timeout=3600,
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    sys.stderr.write(f"session{suffix}: {steps}\n")
    blocks = {name: value[0] for name, value in steps.items() if isinstance(value, list)}
    figures = [Figure(f"gui_block_max{suffix}_ms", max(blocks.values()), "ms", 1_000_000)]
    figures += [Figure(f"gui_block_{k}{suffix}_ms", v, "ms", 1_000_000) for k, v in blocks.items()]
    figures.append(
        Figure(f"preview_100k_first_page{suffix}_s", steps["preview_first_page_s"], "s", 100_000)
    )
    return figures


def bench_gui_block() -> list[Figure]:
    """The scripted session on a copy of the 1M SQLite database."""
    from bigdb import default_sqlite_path, sqlite_big

    from keet_desktop.domain.db import sqlite_url

    sqlite_big()
    copy = default_sqlite_path().with_name("i14-run.sqlite3")
    shutil.copyfile(default_sqlite_path(), copy)
    copy.chmod(0o600)
    try:
        return _session(sqlite_url(copy), "")
    finally:
        copy.unlink(missing_ok=True)


def bench_gui_block_postgres() -> list[Figure]:
    """The scripted session on the 1M PostgreSQL database (needs ``KEET_TEST_POSTGRES_URL``)."""
    from bigdb import postgres_big

    url = postgres_big()
    return _session(url, "_postgres") if url else []


def _search_samples(url: str) -> list[float]:
    """Names of an event's people typed letter by letter; seconds per keystroke's search."""
    import time

    from sqlalchemy import select

    from keet_desktop.domain.db import Database
    from keet_desktop.domain.models import Person, Registration
    from keet_desktop.domain.search import PeopleSearch

    db = Database.open(url)
    try:
        event_id = 500  # a workshop of 1,000 among 1,000,000 people
        with db.read() as session:
            people = session.execute(
                select(Person.given_name, Person.family_name)
                .join(Registration, Registration.person_id == Person.id)
                .where(Registration.event_id == event_id)
                .limit(20)
            ).all()
        search = PeopleSearch(db)
        search.search("warm", event_id)
        samples = []
        for given, family in people:
            for typed in (f"{given} {family}"[:12], family):
                for end in range(1, len(typed) + 1):
                    start = time.perf_counter()
                    search.search(typed[:end], event_id)
                    samples.append(time.perf_counter() - start)
        return samples
    finally:
        db.dispose()


def bench_search_1m() -> list[Figure]:
    """The desk's search in an event of 1,000 among 1,000,000 people (SQLite, PostgreSQL)."""
    from benchkit import percentile
    from bigdb import postgres_big, sqlite_big

    figures = []
    for suffix, url in (("", sqlite_big()), ("_postgres", postgres_big())):
        if url is None:
            continue
        samples = [s * 1000 for s in _search_samples(url)]
        n = len(samples)
        figures.append(Figure(f"search_p99{suffix}_ms", round(percentile(samples, 99), 2), "ms", n))
        figures.append(Figure(f"search_p50{suffix}_ms", round(percentile(samples, 50), 2), "ms", n))
    return figures


def _shown_after(url: str, env: dict[str, str], cwd: Path | None = None) -> float:
    """Seconds from process start to the main window shown (the app's start-up probe)."""
    import time

    start = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "keet_desktop", "--database", url, "--lang", "nl"],
        cwd=cwd,
        env=dict(env, KEET_STARTUP_PROBE="1"),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    shown = float(next(line for line in out.splitlines() if line.startswith("shown")).split()[1])
    return shown - start


def bench_startup_1m() -> list[Figure]:
    """Start-up on the 1M SQLite database: a first start without .pyc, then warm (median of 3).

    ``first_start_s``: ``PYTHONPYCACHEPREFIX`` points at an empty folder and bytecode is not
    written, so every module (the app, SQLAlchemy, PySide6's Python parts) is compiled, as on
    a first start from a fresh install without .pyc files. ``first_start_installed_s``: the
    first start with the dependencies compiled as an installer leaves them (the PyInstaller
    bundle, ``uv sync --compile-bytecode``, a Linux package), the app's own modules (a copy
    without .pyc) compiled as they are imported. ``startup_s_1m``: with all bytecode in place
    (compiled once, not timed).
    """
    import statistics

    from bigdb import sqlite_big

    url = sqlite_big()
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        env = _env(folder)
        cold = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(Path(folder) / "pyc"))
        first = _shown_after(url, cold)
        own = Path(folder) / "src"
        shutil.copytree(
            HERE.parents[1] / "keet_desktop", own / "keet_desktop",
            ignore=shutil.ignore_patterns("__pycache__"),
        )  # fmt: skip
        (own / "resources").symlink_to(HERE.parents[1] / "resources")
        for folder_of_packages in {p for p in sys.path if p.endswith("site-packages")}:
            compileall.compile_dir(folder_of_packages, quiet=2, workers=0)  # as an installer
        installed = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(own))
        installed.pop("PYTHONPYCACHEPREFIX", None)
        first_installed = _shown_after(url, installed, cwd=own)
        warm_env = dict(env, PYTHONPYCACHEPREFIX=str(Path(folder) / "warm"))
        warm_env.pop("PYTHONDONTWRITEBYTECODE", None)  # set in some shells: nothing would be warm
        _shown_after(url, warm_env)  # writes the bytecode, as an installer would
        warm = statistics.median(_shown_after(url, warm_env) for _ in range(3))
    return [
        Figure("first_start_s", round(first, 3), "s", 1_000_000),
        Figure("first_start_installed_s", round(first_installed, 3), "s", 1_000_000),
        Figure("startup_1m_s", round(warm, 3), "s", 1_000_000),
    ]
