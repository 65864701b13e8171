"""The first run: set up the organisation, try the demo, or connect to a shared database.

Shown when the database is new (no organisation, events or people). Everything chosen here can
be changed later (File → Organisation…, Preferences).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.organisation import FirstVenue
from keet_desktop.domain.shared_database import SharedDatabase, connect_shared, remember_password
from keet_desktop.ui import tasks
from keet_desktop.ui.first_run.organisation_form import OrganisationForm
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.settings import Settings

log = logging.getLogger(__name__)


def _problem(label: QLabel, text: str) -> None:
    """Show a problem in words (with a sign, not by colour alone)."""
    label.setText("⚠ " + text if text else "")


class WelcomeDialog(QDialog):
    """Welcome: organisation, demo or shared database.

    Attributes:
        services: The services to run the app with (new ones after connecting to PostgreSQL).
        choice: "organisation", "demo" or "shared" once accepted.
    """

    CHOICE, ORGANISATION, SHARED = range(3)

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.choice = ""
        self._task: tasks.Task | None = None
        self._build_ui()
        self._connect_signals()

    # -- layout --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Keet Desktop"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._organisation_page())
        self.pages.addWidget(self._shared_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 460)

    def _choice_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "<h2>Welcome!</h2><p>This database is still empty. How do you want to start? "
                "You can change all of it later.</p>"
            )
        )
        intro.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("Set up our &organisation"))
        self.demo_button = QPushButton(self.tr("Try the &demo season"))
        self.shared_button = QPushButton(self.tr("Connect to a &shared database (several desks)"))
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        for button in (self.setup_button, self.demo_button, self.shared_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(40)
            layout.addWidget(button)
        self.choice_status = QLabel()
        self.choice_status.setWordWrap(True)
        layout.addWidget(self.choice_status)
        layout.addStretch()
        return page

    def _organisation_page(self) -> QWidget:
        page = QWidget()
        self.form = OrganisationForm()
        self.venue_name = QLineEdit()
        self.venue_name.setAccessibleName(self.tr("Default venue"))
        self.venue_name.setPlaceholderText(self.tr("e.g. De Keet, Aalst (optional)"))
        self.venue_address = QLineEdit()
        self.venue_address.setAccessibleName(self.tr("Address of the venue"))
        self.rooms = QPlainTextEdit()
        self.rooms.setAccessibleName(self.tr("Rooms, one per line, with their capacity"))
        self.rooms.setPlaceholderText(self.tr("One room per line, e.g.\nZaal A; 30\nAtelier; 12"))
        self.rooms.setTabChangesFocus(True)
        venue = QFormLayout()
        venue.addRow(self.tr("Default &venue"), self.venue_name)
        venue.addRow(self.tr("Venue address"), self.venue_address)
        venue.addRow(self.tr("&Rooms"), self.rooms)
        self.organisation_status = QLabel()
        self.organisation_status.setWordWrap(True)
        self.back_button = QPushButton(self.tr("&Back"))
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.form)
        layout.addLayout(venue)
        layout.addWidget(self.organisation_status)
        layout.addLayout(buttons)
        return page

    def _shared_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Several desks share one PostgreSQL database on the local network. Fill in "
                "what its administrator gave you; the tables are created if they are missing."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setAccessibleName(self.tr("Server (name or address)"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit("keet")
        self.database.setAccessibleName(self.tr("Database"))
        self.user = QLineEdit("keet")
        self.user.setAccessibleName(self.tr("User"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        form.addRow(self.tr("Se&rver"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        self.shared_status = QLabel()
        self.shared_status.setWordWrap(True)
        self.shared_back_button = QPushButton(self.tr("&Back"))
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shared_back_button)
        buttons.addStretch()
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.shared_status)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _connect_signals(self) -> None:
        self.setup_button.clicked.connect(self._on_setup_button_clicked)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.shared_button.clicked.connect(self._on_shared_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.shared_back_button.clicked.connect(self._on_back_button_clicked)
        self.form.changed.connect(self._on_form_changed)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.connect_button.clicked.connect(self._on_connect_button_clicked)

    # -- choices -------------------------------------------------------------------------
    @Slot()
    def _on_setup_button_clicked(self) -> None:
        self.pages.setCurrentIndex(self.ORGANISATION)
        self.form.name.setFocus()

    @Slot()
    def _on_shared_button_clicked(self) -> None:
        self.pages.setCurrentIndex(self.SHARED)
        self.host.setFocus()

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.pages.setCurrentIndex(self.CHOICE)

    @Slot()
    def _on_form_changed(self) -> None:
        self.start_button.setEnabled(bool(self.form.name.text().strip()))

    @Slot()
    def _on_start_button_clicked(self) -> None:
        data = self.form.values()
        venue = FirstVenue(
            self.venue_name.text(), self.venue_address.text(), self.rooms.toPlainText().splitlines()
        )
        try:
            self.services.organisation.set_up(data, venue if venue.name.strip() else None)
        except KeetError as exc:
            _problem(self.organisation_status, error_text(exc))
            return
        self.settings.language = data.language
        self.choice = "organisation"
        self.accept()

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        from keet_desktop.domain.demo import load_demo

        self._run(lambda _report: load_demo(self.services.db), "demo", self.choice_status)
        self.choice_status.setText(self.tr("Loading the demo season…"))

    @Slot()
    def _on_connect_button_clicked(self) -> None:
        shared = self.shared_database()
        if not shared.host:
            _problem(self.shared_status, self.tr("Fill in the server's name or address."))
            return
        self.shared_status.setText(self.tr("Connecting to {host}…").format(host=shared.host))
        self._run(lambda _report: connect_shared(shared), "shared", self.shared_status)

    def shared_database(self) -> SharedDatabase:
        """What the shared-database page holds."""
        return SharedDatabase(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    # -- slow work off the GUI thread ------------------------------------------------------
    def _run(self, work: Any, choice: str, status: QLabel) -> None:
        self.pages.setEnabled(False)
        self._pending = (choice, status)
        self._task = tasks.Task(work)
        self._task.signals.finished.connect(self._on_task_finished)
        self._task.signals.failed.connect(self._on_task_failed)
        tasks.start(self._task)

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        choice, _status = self._pending
        self.pages.setEnabled(True)
        if choice == "shared":
            shared = self.shared_database()
            self.services = Services(result)  # type: ignore[arg-type]
            self.settings.database_url = shared.url(with_password=False)
            if shared.password and not remember_password(shared):
                log.warning("no keyring: the shared database's password is not kept")
        self.choice = choice
        self.accept()

    @Slot(object)
    def _on_task_failed(self, exc: object) -> None:
        _choice, status = self._pending
        self.pages.setEnabled(True)
        if isinstance(exc, KeetError):
            _problem(status, error_text(exc))
        else:
            log.error("first run failed: %s", type(exc).__name__)
            _problem(status, str(exc))
