"""Build the one-folder app with PyInstaller from ``packaging/keet-desktop.spec``.

Usage::

    uv run python -m keet_desktop.devtools.bundle [--dist DIR] [--work DIR]

Prints the app's folder and its size. On Windows it first writes the version resource the spec
embeds (product name, version, copyright); the same spec builds the macOS ``.app``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "keet-desktop.spec"

_VERSION_FILE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'De Keet'),
    StringStruct('FileDescription', 'Keet Desktop'),
    StringStruct('FileVersion', '{v}'),
    StringStruct('ProductName', 'Keet Desktop'),
    StringStruct('ProductVersion', '{v}'),
    StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
"""


def version() -> str:
    """The version of the installed ``keet-desktop`` distribution."""
    try:
        return metadata.version("keet-desktop")
    except metadata.PackageNotFoundError:
        return "0.0.0"


def _version_file(work: Path, text: str) -> Path:
    numbers = [int(part) for part in text.split("+")[0].split(".")[:3] if part.isdigit()]
    numbers = (numbers + [0, 0, 0, 0])[:4]
    path = work / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_VERSION_FILE.format(t=tuple(numbers), v=text), encoding="utf-8")
    return path


def folder_size(path: Path) -> int:
    """Return the size in bytes of every file under ``path`` (symbolic links not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Build the app into ``dist`` and return its folder."""
    env = dict(os.environ, KEET_VERSION=version())
    if sys.platform == "win32":
        env["KEET_VERSION_FILE"] = str(_version_file(work, version()))
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    app = dist / "keet-desktop"
    if sys.platform.startswith("linux"):  # the menu entry and its installer travel with the app
        for name in ("keet-desktop.desktop", "install.sh"):
            shutil.copy2(ROOT / "packaging" / "linux" / name, app / name)
    return app


def main() -> int:
    """Run the tool."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    app = build(args.dist, args.work)
    sys.stdout.write(f"{app}\t{folder_size(app) / 1e6:.0f} MB\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
