"""Start the GUI: parse arguments, install translators, open the database, show the window.

``keet-desktop [--database URL] [--lang nl|en]`` opens the organiser's window;
``--desk [--event ID] [--desk-name NAME]`` opens the check-in desk (wired by the desk feature).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.db import Database
from keet_desktop.domain.errors import DatabaseTooNewError, KeetError
from keet_desktop.domain.models import Event, Person
from keet_desktop.domain.services import Services
from keet_desktop.ui import messages, operations
from keet_desktop.ui.accessibility import install_accessibility
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import Translators, error_text, system_language
from keet_desktop.ui.main_window import MainWindow
from keet_desktop.ui.privacy.passphrase import open_database
from keet_desktop.ui.safety import StartupChecks, start_checks
from keet_desktop.ui.settings import APPLICATION, ORGANISATION, Settings

log = logging.getLogger(__name__)
PROBE_ENV = "KEET_STARTUP_PROBE"  # set: print "shown <epoch seconds>" once the window is up, quit


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line (Qt's own options are left to Qt)."""
    parser = argparse.ArgumentParser(prog="keet-desktop", description="Keet Desktop")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL of the database")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the window")
    parser.add_argument("--desk", action="store_true", help="open the check-in desk")
    parser.add_argument("--event", type=int, metavar="ID", help="the desk's event")
    parser.add_argument("--desk-name", metavar="NAME", help="the desk's name")
    parser.add_argument(  # issue 17
        "--self-test", action="store_true", help="check the installed app in a temporary folder"
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def build_main_window(
    services: Services,
    settings: Settings,
    app_events: AppEvents,
    language: str = "nl",
) -> MainWindow:
    """Make the organiser's window over real services (used by main, tests and benchmarks)."""
    from keet_desktop.ui.features import install_features

    window = MainWindow(services, settings, app_events, language)
    window.features = install_features(window)
    from keet_desktop.ui.app_menus import AppMenus

    window.app_menus = AppMenus(window)  # type: ignore[attr-defined]  # issue 17, kept alive
    window.restore_last_page()
    return window


class Shell(QObject):
    """Keeps the window, and rebuilds it in the new language when the language changes."""

    def __init__(
        self,
        translators: Translators,
        settings: Settings,
        services: Services,
        app_events: AppEvents | None = None,
    ) -> None:
        super().__init__()
        self.translators = translators
        self.settings = settings
        self.services = services
        self.app_events = app_events or AppEvents()
        self.window: MainWindow | None = None
        self.app_events.language_changed.connect(self._on_language_changed)

    def start(self) -> MainWindow:
        """Build and show the window."""
        self.window = build_main_window(
            self.services, self.settings, self.app_events, self.translators.language
        )
        self.window.show()
        return self.window

    @Slot(str)
    def _on_language_changed(self, language: str) -> None:
        old = self.window
        page, event_id = "events", None
        if old is not None:
            page, event_id = old.current_page(), old.current_event_id()
            old.save_state()
        self.translators.install(language)
        self.start()
        assert self.window is not None
        if event_id is not None:
            self.window.open_event(event_id)
        self.window.show_page(page)
        if old is not None:
            old.hide()
            old.deleteLater()


_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(.+)$", re.MULTILINE)


def known_head() -> str | None:
    """The newest migration revision, read from the migration files (without Alembic)."""
    folder = Path(__file__).resolve().parents[1] / "domain" / "migrations" / "versions"
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            found = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if name == "revision" else parents).update(found)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_up_to_date(db: Database) -> bool:
    """Whether the database is at the newest revision (a quick check that spares Alembic)."""
    head = known_head()
    if head is None:
        return False
    try:
        with db.engine.connect() as connection:
            current = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return [row[0] for row in current] == [head]
    except SQLAlchemyError:
        return False


def open_services(url: str | None, parent: QWidget | None = None) -> Services | None:
    """Open and upgrade the database; on failure say what happened and return None.

    Alembic (slow to import) runs only when the database is not at the newest revision.
    """
    try:
        # issue 13: asks for the passphrase of an encrypted file; issue 11: read-only when the
        # disk is full or the file damaged (said so, with a restore offered)
        db = open_database(url, parent=parent)
        if db is None:
            return None
        if not is_up_to_date(db):
            from keet_desktop.domain import schema

            schema.upgrade(db)
    except DatabaseTooNewError as exc:
        messages.warn(
            parent, QCoreApplication.translate("app", "The database is too new"), error_text(exc)
        )
        return None
    except KeetError as exc:
        messages.warn(
            parent,
            QCoreApplication.translate("app", "The database cannot be opened"),
            error_text(exc),
        )
        return None
    except SQLAlchemyError as exc:
        messages.show_error(parent, exc)
        return None
    return Services(db)


def offer_demo(services: Services, parent: QWidget | None = None) -> None:
    """On an empty database, offer to load the demo season (or start empty)."""
    with services.db.read() as session:
        events = session.scalar(select(func.count()).select_from(Event)) or 0
        people = session.scalar(select(func.count()).select_from(Person)) or 0
    if events or people:
        return
    if messages.ask(
        parent,
        QCoreApplication.translate("app", "An empty database"),
        QCoreApplication.translate(
            "app",
            "There are no events yet. Load De Keet's demo season to try the app? "
            "Choose No to start empty.",
        ),
    ):
        from keet_desktop.domain.demo import load_demo

        load_demo(services.db)


def saved_database_url(settings: Settings) -> str | None:
    """The shared database chosen at the first run (password from the keyring), or None."""
    if not settings.database_url:
        return None
    from keet_desktop.domain.shared_database import url_with_password

    return url_with_password(settings.database_url)


def first_run(services: Services, settings: Settings, translators: Translators) -> Services:
    """On a new database, welcome: organisation, demo or shared database (issue 17).

    Returns:
        The services to run with: new ones when the user connected to a shared database.
    """
    if not services.organisation.needs_first_run():
        return services
    from keet_desktop.ui.first_run.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(services, settings)
    if not dialog.exec():
        return services  # closed: start empty, welcomed again next time
    if settings.language and settings.language != translators.language:
        translators.install(settings.language)
    return dialog.services


def _open_desk(args: argparse.Namespace, _translators: Translators, settings: Settings) -> int:
    """Run the check-in desk of ``--event`` on its own (``keet-desktop --desk``)."""
    from keet_desktop.ui.desk.settings import DeskSettings
    from keet_desktop.ui.features import launch_desk

    title = QCoreApplication.translate("app", "Check-in desk")
    if args.event is None:
        messages.warn(
            None,
            title,
            QCoreApplication.translate(
                "app",
                "This shortcut does not say which event the desk is for. Open the desk from the "
                "event instead: Event → Open check-in desk.",
            ),
        )
        return 2
    services = open_services(args.database)
    if services is None:
        return 1
    try:
        services.events.get(args.event)
    except KeetError as exc:
        messages.warn(None, title, error_text(exc))
        return 2
    desk_settings = DeskSettings(settings.qsettings)
    name = (
        (args.desk_name or "").strip()
        or desk_settings.desk_name
        or QCoreApplication.translate("app", "Desk 1")
    )
    desk_settings.desk_name = name
    app_events = AppEvents()
    desk = launch_desk(services, settings, app_events, args.event, name)
    if os.environ.get(PROBE_ENV):
        QTimer.singleShot(0, desk.close)
    return finish(int(QApplication.instance().exec()))  # type: ignore[union-attr]


def install_excepthook() -> None:
    """Show any uncaught exception instead of dying silently; the app keeps running.

    A refusal or a database problem is shown as such; anything else in the crash dialog (what
    happened, the log's location, "Copy details"), issue 17.
    """
    from keet_desktop.ui.crash_dialog import show_crash

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, SQLAlchemyError | KeetError):
            log.warning("uncaught exception (%s)", kind.__name__, exc_info=(kind, value, tb))
            messages.show_error(None, value)
            return
        try:
            show_crash(kind, value, tb)
        except Exception:  # the dialog itself failed: at least the log has it
            log.exception("cannot show the crash dialog")

    sys.excepthook = hook


def _probe(window: MainWindow) -> None:
    sys.stdout.write(f"shown {time.time():.6f}\n")
    sys.stdout.flush()
    window.close()
    QApplication.quit()


def setup_logging() -> Path | None:
    """Log to stderr and to the rotating, masked log file (:mod:`keet_desktop.logs`)."""
    from keet_desktop import logs

    if logging.getLogger().handlers:  # already set up (embedded, or under a test runner)
        return None
    return logs.setup_logging()


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; returns the exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # issue 17: no window, no log file, no real data
        from keet_desktop.ui.app_selftest import run_self_test

        return run_self_test()
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    assert isinstance(app, QApplication)
    install_accessibility(app)
    settings = Settings()
    translators = Translators(app)
    translators.install(args.lang or settings.language or system_language())
    install_excepthook()
    if args.desk:
        return _open_desk(args, translators, settings)
    services = open_services(args.database or saved_database_url(settings))
    if services is None:
        return 1
    try:
        services = first_run(services, settings, translators)
    except (KeetError, SQLAlchemyError) as exc:
        messages.show_error(None, exc)
    shell = Shell(translators, settings, services)
    window = shell.start()
    from keet_desktop.ui.features import Features

    if isinstance(window.features, Features):  # issue 13: remind when people are due
        operations.mark_read(window.features.privacy.check_retention())
    checks = start_checks(services, shell)  # issue 11: daily backup and quick check
    if os.environ.get(PROBE_ENV):
        QTimer.singleShot(0, lambda: _probe(window))
    code = int(app.exec())
    return finish(code, checks)


def finish(code: int, checks: StartupChecks | None = None) -> int:
    """After the last window closed: let the writes finish, never wait for reads nobody needs.

    A backup under way and every operation that writes (a check-in, a file) finish; reads
    (a list still loading, the retention check, the quick check) are dropped. When reads are
    still running the process ends at once (Qt would wait for its thread pools), after
    flushing the logs.
    """
    checking = checks.finish() if checks is not None else False
    if operations.finish_for_quit() or checking:
        end_process(code)
    return code


def end_process(code: int) -> NoReturn:
    """End the process now, with ``code``: logs and output flushed, reads left to die."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
