"""Writing report and certificate files whole or not at all, readable by the owner only (0600).

A thin name over the app's one safe writer, :func:`keet_desktop.domain.safefile.write_with`.
The commands and windows that call it have already asked before replacing a file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from keet_desktop.domain import safefile

T = TypeVar("T")


def write_file(path: Path, render: Callable[[BinaryIO], T]) -> T:
    """Write ``path`` through ``render(stream)``: temporary file, fsync, atomic rename, 0600."""
    return safefile.write_with(path, render, suffixes=(), force=True)
