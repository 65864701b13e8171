"""The log file: rotating, in the user's log folder, owner-only, without personal data.

Every record passes :class:`PersonalDataFilter` before it is written anywhere: e-mail addresses,
phone numbers, ticket codes and the values of a failed SQL statement (where names end up) are
masked. The engine also hides SQL parameters (``hide_parameters=True`` in ``domain/db.py``);
the filter is the second lock on the door.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_path

APP_NAME = "keet-desktop"
APP_AUTHOR = "De Keet"
LOG_NAME = "keet-desktop.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5

# Order matters: SQL parameters and key details first (they hold names), then the rest.
_MASKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\[parameters: .*?\](?=\n|$|\s*\()", re.DOTALL), "[parameters: hidden]"),
    (re.compile(r"(Key \([^)]*\))=\([^)]*\)"), r"\1=(…)"),
    (re.compile(r"(DETAIL:)[^\n]*"), r"\1 …"),
    (re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+"), "<e-mail>"),
    (re.compile(r"(?<![\w/:.-])(?:\+|0)\d(?:[ /.-]?\d){7,13}(?![\w/])"), "<phone>"),
    (re.compile(r"\b[0-9A-HJKMNP-TV-Z]{21}\b"), "<code>"),
]


def mask(text: str) -> str:
    """Return ``text`` with e-mails, phone numbers, ticket codes and SQL values masked."""
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Masks personal data in a record's message and in its traceback, for every handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` without personal data; always let it through."""
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log file that only its owner can read (0600), also after a rollover."""

    def _open(self):  # type: ignore[no-untyped-def]  # (logging's own signature)
        """Open the file with mode 0600."""
        Path(self.baseFilename).touch(mode=0o600, exist_ok=True)
        os.chmod(self.baseFilename, 0o600)
        return super()._open()


def log_dir() -> Path:
    """Return the user's log folder for the app (platformdirs)."""
    return user_log_path(APP_NAME, APP_AUTHOR)


def setup_logging(folder: Path | None = None, *, console: bool = True) -> Path | None:
    """Log to ``keet-desktop.log`` in ``folder`` (the user's log folder) and to stderr.

    Returns:
        The log file's path, or None when it cannot be written (the app still runs).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    personal = PersonalDataFilter()
    handlers: list[logging.Handler] = []
    if console and sys.stderr is not None:  # a windowed bundle on Windows has no stderr
        handlers.append(logging.StreamHandler())
    path: Path | None = (folder or log_dir()) / LOG_NAME
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # private (issue 13)
        handlers.append(
            PrivateRotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        )
    except OSError:
        path = None
    for handler in handlers:
        handler.addFilter(personal)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    return path


def current_log_file() -> Path | None:
    """Return the log file the app writes, if any."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def mask_existing_handlers() -> None:
    """Add :class:`PersonalDataFilter` to the root logger's handlers (the command line's)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
            handler.addFilter(PersonalDataFilter())
