"""Writing a file with a person's data: whole or not at all, 0600, never into a shared folder."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

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
    """Write ``data`` to ``path`` (created 0600) through a temporary file in the same folder."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
