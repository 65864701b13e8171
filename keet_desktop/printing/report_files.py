"""Writing report files whole or not at all, readable by the owner only (0600).

One small helper so that it can be swapped for the app's shared safe writer (issue 11).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")


def write_file(path: Path, render: Callable[[BinaryIO], T]) -> T:
    """Write ``path`` through ``render(stream)`` via a temporary file and an atomic rename.

    The file is created 0600 (it holds personal data); a failure leaves no file behind and an
    existing file untouched.
    """
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            result = render(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return result
