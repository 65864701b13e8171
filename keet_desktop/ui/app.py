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
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from keet_desktop.domain.db import Database
from keet_desktop.domain.errors import DatabaseTooNewError, KeetError
from keet_desktop.domain.models import Event, Person
from keet_desktop.domain.services import Services
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import install_accessibility
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import Translators, error_text, system_language
from keet_desktop.ui.main_window import MainWindow
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
        db = Database.open(url)
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


def _open_desk(args: argparse.Namespace, translators: Translators, settings: Settings) -> int:
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
    return int(QApplication.instance().exec())  # type: ignore[union-attr]


def install_excepthook() -> None:
    """Log any uncaught exception and show it in a dialog instead of dying silently."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if isinstance(value, SQLAlchemyError | KeetError):
            messages.show_error(None, value)  # type: ignore[arg-type]
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Keet Desktop crashed"),
            QCoreApplication.translate(
                "app",
                "Something unexpected went wrong. The details are in the log; the window stays "
                "open, but save your work and restart the app.",
            ),
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    sys.excepthook = hook


def _probe(window: MainWindow) -> None:
    sys.stdout.write(f"shown {time.time():.6f}\n")
    sys.stdout.flush()
    window.close()
    QApplication.quit()


def setup_logging() -> Path | None:
    """Log to stderr and to ``keet-desktop.log`` in the data folder; return the file's path."""
    from logging.handlers import RotatingFileHandler

    from keet_desktop.domain.db import default_data_dir

    if logging.getLogger().handlers:  # already set up (embedded, or under a test runner)
        return None
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    path: Path | None = default_data_dir() / "keet-desktop.log"
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3))
    except OSError:
        path = None
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )
    return path


def main(argv: list[str] | None = None) -> int:
    """Run the GUI; returns the exit code."""
    setup_logging()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_accessibility(app)
    settings = Settings()
    translators = Translators(app)
    translators.install(args.lang or settings.language or system_language())
    install_excepthook()
    if args.desk:
        return _open_desk(args, translators, settings)
    services = open_services(args.database)
    if services is None:
        return 1
    try:
        offer_demo(services)
    except (KeetError, SQLAlchemyError) as exc:
        messages.show_error(None, exc)
    shell = Shell(translators, settings, services)
    window = shell.start()
    if os.environ.get(PROBE_ENV):
        QTimer.singleShot(0, lambda: _probe(window))
    return int(app.exec())
