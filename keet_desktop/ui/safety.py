"""Nothing lost at start-up: open safely, check cheaply, back up daily, offer a restore.

- :func:`open_database` opens the database; on a full or read-only disk it opens it read-only
  and says so; a visibly damaged file (the cheap check, milliseconds at any size) is opened
  read-only too, with the offer to restore the latest good backup.
- :class:`StartupChecks` runs, in the background after the window is shown, the day's first
  backup (kept as 7 daily and 4 weekly copies) and SQLite's quick check; damage found is
  shown with the offer to restore.
- :class:`SafetyActions` adds "Restore a backup…" to the File menu.
- :func:`save_file` writes what a save dialog chose through :mod:`~keet_desktop.domain.safefile`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from keet_desktop.domain import backups, opening, safefile
from keet_desktop.domain.db import Database
from keet_desktop.domain.dbsafety import DatabaseDamagedError
from keet_desktop.domain.errors import KeetError
from keet_desktop.ui import messages, tasks
from keet_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)
START_DELAY_MS = 1500


def open_database(
    url: str | None, parent: QWidget | None = None, passphrase: str | None = None
) -> Database:
    """Open the database; read-only (and said so) on a full or read-only disk or when damaged.

    Raises:
        KeetError: It cannot be opened at all (e.g. an empty file, never made a new one).
    """
    opened = opening.open_database(url, passphrase=passphrase)
    reason = opened.read_only_reason
    if isinstance(reason, DatabaseDamagedError):
        offer_restore(opened.db, error_text(reason), parent)
    elif reason is not None:
        messages.warn(
            parent,
            QCoreApplication.translate("safety", "The database is read-only"),
            error_text(reason),
        )
    return opened.db


def offer_restore(db: Database, problem: str, parent: QWidget | None = None) -> None:
    """Say the database is damaged; offer to open the Restore dialog."""
    question = (
        problem
        + "\n\n"
        + QCoreApplication.translate("safety", "Open the list of backups to restore one?")
    )
    if messages.ask(
        parent, QCoreApplication.translate("safety", "The database is damaged"), question
    ):
        from keet_desktop.ui.dialogs.restore_dialog import RestoreDialog

        RestoreDialog(db, parent).exec()


def _quick_check(_report: Any, db: Database) -> backups.CheckResult:
    """(worker, reads only) SQLite's quick check."""
    return backups.check_database(db, quick=True)


def _back_up(_report: Any, db: Database) -> None:
    """(worker, writes) The day's first backup (nothing when there is one)."""
    backups.daily_backup(db)


class StartupChecks(QObject):
    """SQLite's quick check, then the day's first backup, in the background.

    The check only reads: quitting does not wait for it (:meth:`finish`). The backup starts
    after a good check, and quitting waits for a backup under way: never half-written.

    Signals:
        damaged(str): the quick check found damage (the message to show).
        done(): finished (whatever the outcome).
    """

    damaged = Signal(str)
    done = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        """Prepare the checks of ``db``; :meth:`start` runs them."""
        super().__init__(parent)
        self._db = db
        self._task: tasks.Task | None = None
        self._pool: QThreadPool | None = None
        self._checking = False
        self._backing_up = False
        self._quitting = False

    @Slot()
    def start(self) -> None:
        """Run the check in the thread pool (the backup follows a good check)."""
        task = tasks.Task(_quick_check, self._db)
        task.signals.finished.connect(self._on_check_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._pool = QThreadPool(self)
        self._checking = True
        self._task = tasks.start(task, self._pool)

    def wait(self) -> None:
        """Wait until the checks (and a backup under way) are finished."""
        if self._pool is not None:
            self._pool.waitForDone()

    def finish(self) -> bool:
        """At quitting: wait for a backup under way, not for a check nobody needs any more.

        No backup starts afterwards. Returns True when the check may still be running (the
        process may end without it: it only reads).
        """
        self._quitting = True
        if self._backing_up and self._pool is not None:
            self._pool.waitForDone()
        return self._checking

    @Slot(object)
    def _on_check_finished(self, result: object) -> None:
        assert isinstance(result, backups.CheckResult)
        self._checking = False
        if not result.ok:
            detail = "; ".join(result.problems[:3])
            text = error_text(DatabaseDamagedError(path=result.path, detail=detail))
            opening.make_read_only(self._db)  # nothing more is written to a damaged file
            self.damaged.emit(text)
            offer_restore(self._db, text)
        elif not self._db.read_only and not self._quitting and self._pool is not None:
            self._backing_up = True
            task = tasks.Task(_back_up, self._db)
            task.signals.finished.connect(self._on_backup_finished)
            task.signals.failed.connect(self._on_task_failed)
            self._task = tasks.start(task, self._pool)
            return
        self.done.emit()

    @Slot(object)
    def _on_backup_finished(self, _result: object) -> None:
        self._backing_up = False
        self.done.emit()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        self._checking = self._backing_up = False
        # A failed daily backup (e.g. a full disk) must not stop the app; it is logged and
        # said once.
        log.warning("start-up backup or check failed: %s", type(exc).__name__)
        if isinstance(exc, KeetError):
            messages.warn(
                None,
                QCoreApplication.translate("safety", "No backup was made today"),
                error_text(exc),
            )
        self.done.emit()


def file_target(path: str | Path, suffix: str) -> Path:
    """The file a save dialog's ``path`` means: with ``suffix`` added when it is missing.

    When it equals ``path``, the dialog asked before replacing it; a name with the suffix
    added was never asked about (write it with ``force`` only if it equals ``path``).
    """
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


def save_file(
    parent: QWidget | None,
    path: str | Path,
    suffix: str,
    write: Callable[[BinaryIO], object],
    *,
    database: Database | None = None,
) -> Path | None:
    """Write a file the user chose in a save dialog, safely; say why when it fails.

    The suffix is added when missing. The dialog already asked before replacing the file it
    named, so that file is replaced; the database is never written over.

    Returns:
        The file written, or None (the problem was shown).
    """
    target = file_target(path, suffix)
    protected = [database.sqlite_path] if database is not None else []
    try:
        safefile.write_with(
            target, write, suffixes=[suffix], force=target == Path(path), protected=protected
        )
    except KeetError as exc:
        messages.show_error(parent, exc)
        return None
    return target


def start_checks(services: Any, parent: QObject | None = None) -> StartupChecks:
    """Start the background checks of ``services.db``; keep the returned object alive."""
    checks = StartupChecks(services.db, parent)
    QTimer.singleShot(START_DELAY_MS, checks.start)  # after the window is up
    return checks


class SafetyActions(QObject):
    """The File menu's "Restore a backup…" of one main window."""

    def __init__(self, window: Any) -> None:
        """Add the action to ``window``'s File menu."""
        super().__init__(window)
        self.window = window
        self.restore_action = QAction(
            QCoreApplication.translate("safety", "&Restore a backup…"), window
        )
        window.file_menu.insertAction(window.import_anchor, self.restore_action)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)

    @Slot()
    def _on_restore_action_triggered(self) -> None:
        from keet_desktop.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.window.services.db, self.window)
        dialog.restored.connect(self._on_dialog_restored)
        dialog.exec()

    @Slot(object)
    def _on_dialog_restored(self, _result: object) -> None:
        messages.inform(
            self.window,
            QCoreApplication.translate("safety", "Backup restored"),
            QCoreApplication.translate(
                "safety", "The backup is back in place. Restart Keet Desktop to see it everywhere."
            ),
        )
