"""Figures of the app bundle (issue 17): its size, and start to main window next to ``uv run``.

``bundle_size_mb``: the one-folder app's files. ``bundle_start_cold_s``: the bundle's first start
on a new user profile (no Qt caches yet); ``bundle_start_warm_s``: median of the next 3.
``uv_run_start_s``: ``uv run keet-desktop`` on the same demo database in the same run (median
of 3, after one start not timed). All offscreen, to the main window shown (KEET_STARTUP_PROBE).

The bundle is ``KEET_BUNDLE`` (a built ``keet-desktop`` folder), else ``dist/keet-desktop``,
else one built here first (minutes).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from benchkit import Figure  # noqa: E402

from keet_desktop.devtools.bundle import build, folder_size  # noqa: E402
from keet_desktop.domain import schema  # noqa: E402
from keet_desktop.domain.db import Database, sqlite_url  # noqa: E402


def _bundle(folder: Path) -> Path:
    given = os.environ.get("KEET_BUNDLE")
    if given:
        return Path(given)
    if (ROOT / "dist" / "keet-desktop").is_dir():
        return ROOT / "dist" / "keet-desktop"
    return build(folder / "dist", folder / "work")


def _shown_after(command: list[str], home: Path, url: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), KEET_STARTUP_PROBE="1")
    env["XDG_CONFIG_HOME"] = env["XDG_CACHE_HOME"] = str(home)
    start = time.time()
    out = subprocess.run(
        [*command, "--database", url, "--lang", "nl"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("shown"))
    return float(line.split()[1]) - start


def bench_bundle_startup() -> list[Figure]:
    """Bundle size; bundle start cold and warm; ``uv run keet-desktop`` start, same run."""
    from keet_desktop.domain.demo import load_demo

    with tempfile.TemporaryDirectory(prefix="keet-bench-") as name:
        folder = Path(name)
        app = _bundle(folder)
        url = sqlite_url(folder / "demo.sqlite3")
        db = Database.open(url)
        schema.upgrade(db, backup=False)
        load_demo(db)
        db.dispose()
        program = [str(app / "keet-desktop")]
        cold = _shown_after(program, folder / "home-bundle", url)
        warm = [_shown_after(program, folder / "home-bundle", url) for _ in range(3)]
        uv = [shutil.which("uv") or "uv", "run", "--locked", "keet-desktop"]
        _shown_after(uv, folder / "home-uv", url)
        uv_run = [_shown_after(uv, folder / "home-uv", url) for _ in range(3)]
    return [
        Figure("bundle_size_mb", round(folder_size(app) / 1e6, 1), "MB", 1),
        Figure("bundle_start_cold_s", round(cold, 3), "s", 1),
        Figure("bundle_start_warm_s", round(statistics.median(warm), 3), "s", 3),
        Figure("uv_run_start_s", round(statistics.median(uv_run), 3), "s", 3),
    ]
