"""Message boxes in one place, so tests can monkeypatch them.

Every domain refusal (:class:`KeetError`) is shown in the UI's language; a database problem
says what happened and what to do, and the window stays usable.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from keet_desktop.domain.errors import KeetError
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


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning message."""
    QMessageBox.warning(parent, title, text)


def database_problem_text(exc: SQLAlchemyError) -> str:
    """Say what went wrong with the database and what to do, in the UI's language."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        advice = QCoreApplication.translate(
            "messages", "Another desk or program is writing to the database. Try again in a moment."
        )
    elif "disk" in lowered and ("full" in lowered or "space" in lowered):
        advice = QCoreApplication.translate(
            "messages", "The disk is full. Free some space, then try again; nothing was saved."
        )
    elif isinstance(exc, OperationalError):
        advice = QCoreApplication.translate(
            "messages",
            "The database cannot be reached. Check the network or the server, then try "
            "again; nothing was saved.",
        )
    else:
        advice = QCoreApplication.translate(
            "messages", "Nothing was saved. Try again; if it keeps happening, restart the app."
        )
    return (
        QCoreApplication.translate("messages", "Database problem: {detail}").format(detail=detail)
        + "\n\n"
        + advice
    )


def show_error(parent: QWidget | None, exc: Exception) -> None:
    """Show a refusal or a database problem; anything else is logged and shown plainly."""
    if isinstance(exc, KeetError):
        warn(parent, QCoreApplication.translate("messages", "Not possible"), error_text(exc))
    elif isinstance(exc, SQLAlchemyError):
        log.warning("database problem", exc_info=exc)
        warn(
            parent,
            QCoreApplication.translate("messages", "Database problem"),
            database_problem_text(exc),
        )
    else:
        log.exception("unexpected error", exc_info=exc)
        warn(parent, QCoreApplication.translate("messages", "Something went wrong"), str(exc))
