"""Message boxes in one place, so tests can monkeypatch them.

Every domain refusal (:class:`KeetError`) is shown in the UI's language; a database problem
says in plain words what happened and what to do (the driver's own words, which are English
and sometimes SQL, only behind "Details"), and the window stays usable.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from keet_desktop.domain.errors import KeetError
from keet_desktop.i18n import QT_TRANSLATE_NOOP
from keet_desktop.logs import mask
from keet_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question; returns True for yes."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Show an information message."""
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show a warning; ``details`` (e.g. the database's own words) behind a "Details" button."""
    message_box(parent, title, text, details).exec()


def message_box(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    """A warning box, not shown yet; ``details`` go in its detailed text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    return box


# (words in the driver's message, what happened, what to do). The first match wins; the
# driver's words are SQLite's and PostgreSQL's (psycopg) in English, lower-cased.
_PROBLEMS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("no such table", "no such column", "undefinedtable", "undefinedcolumn"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This database was made by a newer or an older version of Keet Desktop: a part "
            "this version needs is missing or different.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Open it with the version that made it, or update Keet Desktop; nothing was saved.",
        ),
    ),
    (
        ("readonly", "read-only", "read only"),
        QT_TRANSLATE_NOOP("messages", "The database can only be read, not written."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check that the file or the folder is not read-only (or on a locked USB stick), "
            "then try again; nothing was saved.",
        ),
    ),
    (
        ("locked", "busy", "could not obtain lock", "lock timeout", "deadlock"),
        QT_TRANSLATE_NOOP("messages", "The database is busy."),
        QT_TRANSLATE_NOOP(
            "messages", "Another desk or program is writing to the database. Try again in a moment."
        ),
    ),
    (
        ("disk is full", "disk full", "no space left", "could not extend file", "disk quota"),
        QT_TRANSLATE_NOOP("messages", "There is no room left on the disk."),
        QT_TRANSLATE_NOOP(
            "messages", "The disk is full. Free some space, then try again; nothing was saved."
        ),
    ),
    (
        ("permission denied", "unable to open database file", "access is denied"),
        QT_TRANSLATE_NOOP("messages", "Keet Desktop may not open or change the database."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check that your account may read and write the file (or, for a shared database, "
            "that the server allows this user); nothing was saved.",
        ),
    ),
    (
        ("password authentication failed", "authentication failed", "no pg_hba.conf entry"),
        QT_TRANSLATE_NOOP("messages", "The database server refused the user name or password."),
        QT_TRANSLATE_NOOP("messages", "Check the shared database's settings; nothing was saved."),
    ),
    (
        ("connection refused", "could not connect", "failed to connect", "name or service"),
        QT_TRANSLATE_NOOP("messages", "The database server cannot be reached."),
        QT_TRANSLATE_NOOP(
            "messages",
            "The database cannot be reached. Check the network or the server, then try "
            "again; nothing was saved.",
        ),
    ),
    (
        (
            "server closed the connection",
            "connection is lost",
            "connection already closed",
            "connection is closed",
            "terminating connection",
            "connection has been closed",
            "connection reset",
            "broken pipe",
        ),
        QT_TRANSLATE_NOOP("messages", "The connection to the database server was lost."),
        QT_TRANSLATE_NOOP(
            "messages",
            "The server may have restarted or the network dropped out. Try again; if it keeps "
            "happening, check the network or the server. What was not confirmed was not saved.",
        ),
    ),
)
_UNREACHABLE = _PROBLEMS[-2]
_OTHER = (
    QT_TRANSLATE_NOOP("messages", "The database could not do what was asked."),
    QT_TRANSLATE_NOOP(
        "messages", "Nothing was saved. Try again; if it keeps happening, restart the app."
    ),
)


def database_detail(exc: SQLAlchemyError) -> str:
    """The driver's own words (first line, personal data masked): for "Details" only."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return mask(lines[0] if lines else type(exc).__name__)


def database_problem(exc: SQLAlchemyError) -> tuple[str, str]:
    """Say in plain words what went wrong and what to do; returns (text, details).

    The text is in the UI's language and holds none of the driver's words (English, sometimes
    SQL); those are the details, masked of personal data, to show behind "Details".
    """
    detail = database_detail(exc)
    lowered = f"{type(getattr(exc, 'orig', None) or exc).__name__} {detail}".lower()
    what, advice = next(
        ((w, a) for words, w, a in _PROBLEMS if any(word in lowered for word in words)),
        _UNREACHABLE[1:] if isinstance(exc, OperationalError) else _OTHER,
    )
    text = "\n\n".join(QCoreApplication.translate("messages", s) for s in (what, advice))
    return text, detail


def database_problem_text(exc: SQLAlchemyError) -> str:
    """Say what went wrong with the database and what to do, in the UI's language."""
    return database_problem(exc)[0]


def show_error(parent: QWidget | None, exc: Exception) -> None:
    """Show a refusal or a database problem; anything else is logged and shown plainly."""
    if isinstance(exc, KeetError):
        warn(parent, QCoreApplication.translate("messages", "Not possible"), error_text(exc))
    elif isinstance(exc, SQLAlchemyError):
        log.warning("database problem (%s)", type(exc).__name__, exc_info=exc)
        text, details = database_problem(exc)
        warn(parent, QCoreApplication.translate("messages", "Database problem"), text, details)
    else:
        log.exception("unexpected error", exc_info=exc)
        warn(parent, QCoreApplication.translate("messages", "Something went wrong"), str(exc))
