"""The app bundle: built from the committed spec, it runs its self-test without Python or uv."""

import configparser
import os
import subprocess
import sys

import pytest

from keet_desktop.devtools.bundle import ROOT, build, folder_size

MAX_BUNDLE_BYTES = 250_000_000


@pytest.mark.slow
def test_the_bundle_runs_its_self_test_without_python_and_stays_small(tmp_path):
    app = build(tmp_path / "dist", tmp_path / "work")
    program = app / ("keet-desktop.exe" if sys.platform == "win32" else "keet-desktop")
    empty = tmp_path / "empty-path"
    empty.mkdir()
    env = {  # no Python, no uv, no virtual environment: only what a volunteer's laptop has
        "PATH": str(empty),
        "HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **({"SYSTEMROOT": os.environ["SYSTEMROOT"]} if "SYSTEMROOT" in os.environ else {}),
    }
    done = subprocess.run(
        [str(program), "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    for step in ("database", "register", "check-in", "badge PDF", "translations"):
        assert f"ok   {step}" in done.stdout
    size = folder_size(app)
    assert size < MAX_BUNDLE_BYTES, f"{size / 1e6:.0f} MB"
    assert not list(app.rglob("*WebEngine*")) and not list(app.rglob("libQt6Quick*"))
    if sys.platform.startswith("linux"):
        assert (app / "keet-desktop.desktop").exists() and (app / "install.sh").exists()


def test_the_linux_menu_entry_names_the_program_and_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "keet-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"].startswith("keet-desktop")
    assert desktop["Name"] == "Keet Desktop" and desktop["Terminal"] == "false"
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.png").exists()
    installer = (ROOT / "packaging" / "linux" / "install.sh").read_text(encoding="utf-8")
    assert "_resources/icons/keet-desktop.png" in installer
