"""Writing a file with a person's data: whole or not at all, 0600, never into a shared folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from keet_desktop.domain import safefile
from keet_desktop.domain.privacy.errors import FolderReadableError


def check_private_folder(folder: Path) -> None:
    """Refuse a folder that other accounts can list or write (POSIX only).

    Raises:
        FolderReadableError: The folder's mode lets "others" read or write it.
    """
    if os.name != "posix":
        return
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & (stat.S_IROTH | stat.S_IWOTH):
        raise FolderReadableError(folder=str(folder))


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (0600, whole or not at all) with the app's one safe writer."""
    safefile.write_with(path, lambda stream: stream.write(data), suffixes=(), force=True)
