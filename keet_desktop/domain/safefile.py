"""Writing a file safely: whole or not at all, never over the database, never by surprise.

Every file the app writes (PDFs, CSV/.xlsx exports, calendars, backups) goes through
:func:`safe_open` or :func:`write_bytes`:

- the target's suffix must be one the format allows (``.pdf`` for a PDF, ...);
- the open database (and its ``-wal``/``-shm``/``-journal`` files) is refused, also when the
  target reaches it through a symbolic or hard link;
- an existing file is replaced only when asked (``force=True``: ``--force``, or the GUI's save
  dialog that already asked);
- the bytes go to a temporary file in the target's folder (created with mode 0600, since most
  files we write hold personal data), which is flushed, fsynced and then renamed over the
  target; the folder is fsynced too. On any error the temporary file is removed and the target
  is left exactly as it was.

A full disk raises :class:`DiskFullError` ("the disk holding … is full: free N MB"), any other
failure :class:`FileWriteError` naming the file and the reason.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar, cast

from keet_desktop.domain.errors import KeetError
from keet_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
T = TypeVar("T")
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class FileRefusedError(KeetError):
    """A file that may not be written as asked (exit code 2)."""

    code = "file_refused"
    exit_code = 2


class TargetExistsError(FileRefusedError):
    """The target exists and replacing it was not asked for."""

    code = "file_exists"
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} exists already; it was left alone (use --force to replace it)."
    )


class SuffixMismatchError(FileRefusedError):
    """The target's suffix does not match the format written."""

    code = "wrong_suffix"
    template = QT_TRANSLATE_NOOP("errors", "{file}: the file name must end in {suffixes}.")


class DatabaseTargetError(FileRefusedError):
    """The target is the open database (or one of its companion files)."""

    code = "file_is_database"
    template = QT_TRANSLATE_NOOP(
        "errors", "{file} is the open database; it was left alone. Choose another file."
    )


class FileWriteError(FileRefusedError):
    """Writing failed for another reason (permissions, read-only disk, missing folder)."""

    code = "file_write"
    template = QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {reason}. Nothing was written.")


class DiskFullError(KeetError):
    """The disk is full (exit code 3, like a database problem)."""

    code = "disk_full"
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk holding {folder} is full: free {free_mb} MB. {file} was not written."
    )
    exit_code = 3


def free_megabytes(folder: Path) -> int:
    """Return the free space of the disk holding ``folder`` in MB (0 when unknown)."""
    try:
        return shutil.disk_usage(folder).free // 1_000_000
    except OSError:
        return 0


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` says the disk (or the quota) is full."""
    return isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same file (through links too)."""
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def database_files(database: Path | None) -> list[Path]:
    """Return an SQLite database's file and the companion files SQLite keeps beside it."""
    if database is None:
        return []
    return [database.with_name(database.name + extra) for extra in DATABASE_COMPANIONS]


def check_target(
    path: Path | str,
    *,
    suffixes: Sequence[str],
    force: bool = False,
    protected: Iterable[Path | None] = (),
) -> Path:
    """Refuse a target that must not be written; return it as a :class:`Path`.

    Raises:
        SuffixMismatchError: The suffix is not one of ``suffixes`` (when any are given).
        DatabaseTargetError: The target is one of ``protected`` or its companion files.
        TargetExistsError: It exists and ``force`` is false.
        FileWriteError: It is a folder, or its folder does not exist.
    """
    target = Path(path).expanduser()
    wanted = [s.lower() for s in suffixes]
    if wanted and target.suffix.lower() not in wanted:
        raise SuffixMismatchError(file=str(target), suffixes=" / ".join(wanted))
    for database in protected:
        if any(same_file(target, f) for f in database_files(database)):
            raise DatabaseTargetError(file=str(target))
    if target.is_dir():
        raise FileWriteError(file=str(target), reason=os.strerror(errno.EISDIR))
    if not target.parent.is_dir():
        raise FileWriteError(file=str(target), reason=os.strerror(errno.ENOENT))
    if (target.exists() or target.is_symlink()) and not force:
        raise TargetExistsError(file=str(target))
    return target


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # e.g. Windows: folders cannot be opened; the rename is durable enough
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def translate_os_error(exc: OSError, target: Path) -> KeetError:
    """Return the :class:`KeetError` that says what ``exc`` means for writing ``target``."""
    if is_disk_full(exc):
        folder = target.parent
        return DiskFullError(file=str(target), folder=str(folder), free_mb=free_megabytes(folder))
    return FileWriteError(file=str(target), reason=exc.strerror or str(exc))


@contextmanager
def safe_open(
    path: Path | str,
    *,
    suffixes: Sequence[str],
    force: bool = False,
    protected: Iterable[Path | None] = (),
    text: bool = False,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success it replaces ``path`` atomically.

    Use as ``with safe_open(path, suffixes=[".pdf"]) as stream: ...``. If the block raises,
    the temporary file is removed and ``path`` is untouched.
    """
    target = check_target(path, suffixes=suffixes, force=force, protected=protected)
    try:
        fd, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    temp_path = Path(temporary)
    try:
        mode = "w" if text else "wb"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_path, target)
        _fsync_folder(target.parent)
    except BaseException as exc:
        temp_path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise translate_os_error(exc, target) from exc
        raise
    log.info("wrote a %s file", target.suffix)


def write_bytes(
    path: Path | str,
    data: bytes,
    *,
    suffixes: Sequence[str],
    force: bool = False,
    protected: Iterable[Path | None] = (),
) -> Path:
    """Write ``data`` to ``path`` safely (see :func:`safe_open`); return the path."""
    with safe_open(path, suffixes=suffixes, force=force, protected=protected) as stream:
        stream.write(data)
    return Path(path).expanduser()


def write_with(
    path: Path | str,
    write: Callable[[BinaryIO], T],
    *,
    suffixes: Sequence[str],
    force: bool = False,
    protected: Iterable[Path | None] = (),
) -> T:
    """Call ``write(stream)`` on a safe binary stream for ``path``; return what it returns."""
    with safe_open(path, suffixes=suffixes, force=force, protected=protected) as stream:
        return write(cast(BinaryIO, stream))
