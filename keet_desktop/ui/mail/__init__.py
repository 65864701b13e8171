"""The outbox in the organiser's window: page, status bar, settings and templates (issue 16)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy

from keet_desktop.ui.mail.background import OutboxSender
from keet_desktop.ui.mail.outbox_page import OutboxPage

if TYPE_CHECKING:
    from keet_desktop.ui.main_window import MainWindow


class MailFeature(QObject):
    """Wires the outbox into one main window and sends in the background while it is open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        services = window.services
        self.outbox_sender = OutboxSender(services, window.language, self)
        self.page = OutboxPage(services, self.outbox_sender)
        window.add_page("outbox", self.page, self.tr("Outbox"))
        self.status = QLabel()
        # never squeezed below its text by the status bar (larger system text included)
        self.status.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.status.setAccessibleName(self.tr("Outbox status"))
        window.statusBar().addPermanentWidget(self.status)
        self.settings_action = QAction(self.tr("&Mail settings…"), self)
        self.templates_action = QAction(self.tr("Mail &templates…"), self)
        window.file_menu.insertAction(window.import_anchor, self.settings_action)
        window.file_menu.insertAction(window.import_anchor, self.templates_action)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.templates_action.triggered.connect(self._on_templates_action_triggered)
        self.outbox_sender.counts_changed.connect(self._on_sender_counts_changed)
        window.app_events.registrations_changed.connect(self._on_data_changed)
        window.app_events.events_changed.connect(self._on_data_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.outbox_sender.stop)
        services.outbox.activate()  # one row by primary key
        self.outbox_sender.start()
        self.outbox_sender.refresh_counts()

    def status_text(self, counts: dict[str, int]) -> str:
        """``Outbox: 3 queued, 1 failed, 1 maybe sent`` (only what is there)."""
        parts = [self.tr("%n queued", "", counts.get("queued", 0) + counts.get("sending", 0))]
        if counts.get("failed"):
            parts.append(self.tr("%n failed", "", counts["failed"]))
        if counts.get("maybe_sent"):
            parts.append(self.tr("%n maybe sent", "", counts["maybe_sent"]))
        return self.tr("Outbox: {parts}").format(parts=", ".join(parts))

    @Slot(object)
    def _on_sender_counts_changed(self, counts: Any) -> None:
        self.status.setText(self.status_text(counts))
        waiting = ("queued", "sending", "failed", "maybe_sent")
        self.status.setVisible(any(counts.get(state) for state in waiting))  # room when empty
        self.status.setMinimumWidth(self.status.sizeHint().width())  # never cut by the bar

    @Slot(int)
    def _on_data_changed(self, _event_id: int) -> None:
        self.outbox_sender.refresh_counts()

    @Slot()
    def _on_settings_action_triggered(self) -> None:
        from keet_desktop.ui.mail.settings_dialog import MailSettingsDialog

        if MailSettingsDialog(self.window.services, self.window).exec():
            self.outbox_sender.send_now()

    @Slot()
    def _on_templates_action_triggered(self) -> None:
        from keet_desktop.ui.mail.templates_dialog import TemplatesDialog

        TemplatesDialog(self.window.services, self.window).exec()


def install_mail(window: MainWindow) -> MailFeature:
    """Add the outbox to ``window``."""
    return MailFeature(window)
