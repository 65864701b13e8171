"""Fixtures for the fault tests: a demo database to copy, small disks to fill, the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from keet_desktop.cli import main
from keet_desktop.domain.db import Database, sqlite_url

Keet = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo season database (made once per session, copied by each test)."""
    path = tmp_path_factory.mktemp("demo") / "keet.sqlite3"
    assert main(["--database", sqlite_url(path), "demo", "--people", "60"]) == 0
    database = Database.open(sqlite_url(path))
    database.checkpoint()
    database.dispose()
    return path


def copy_demo(template: Path, folder: Path) -> Path:
    """Copy the demo database into ``folder``; return the copy's path."""
    target = folder / "keet.sqlite3"
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database in the test's folder."""
    return copy_demo(demo_template, tmp_path)


@pytest.fixture
def keet(capsys: pytest.CaptureFixture[str]) -> Keet:
    """Run ``keet`` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def keet_json(keet: Keet, database: Path, *args: str | Path) -> object:
    """Run a command with ``--json`` on ``database``; assert it worked; return the document."""
    code, out, err = keet("--database", sqlite_url(database), "--json", *args)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str, int], Path]]:
    """Mount small tmpfs disks (root only, as in CI); unmounted after the test."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root (CI runs as root)")
    mounted: list[Path] = []

    def mount(name: str, kilobytes: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k,mode=0700", "tmpfs", str(point)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill_disk(folder: Path) -> None:
    """Fill the disk holding ``folder`` to the last byte."""
    with (folder / "filler").open("wb") as stream:
        chunk = b"\0" * 65536
        try:
            while True:
                stream.write(chunk)
                stream.flush()
        except OSError:
            pass
    with (folder / "filler-small").open("wb", buffering=0) as stream:
        try:
            while True:
                stream.write(b"\0" * 512)
        except OSError:
            pass


def remount_read_only(folder: Path) -> None:
    """Make the tmpfs at ``folder`` read-only."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
