"""Mail settings: server, security, user, password (kept in the keyring), sender, test message."""

from __future__ import annotations

import email.policy
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from keyring.errors import KeyringError
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.mail import secrets
from keet_desktop.domain.mail.smtp import Security, SmtpConfig, send_test
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.outbox import MailSettings
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.mail.labels import security_label
from keet_desktop.ui.tasks import Task, start
from keet_desktop.ui.widgets import FieldMessage

DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.TLS: 465}


def test_message(settings: MailSettings, subject: str, text: str) -> EmailMessage:
    """A short message from the sender to the sender."""
    message = EmailMessage(policy=email.policy.default)
    message["From"] = settings.sender_address
    message["To"] = settings.sender_address
    message["Subject"] = subject
    message.set_content(text)
    return message


def run_test(
    _report: Callable[[int, int], None], config: SmtpConfig, password: str, message: EmailMessage
) -> str:
    """Send the test message (a :class:`Task` function); returns the recipient."""
    recipient = str(message["To"])
    send_test(config, password, message, recipient)
    return recipient


class MailSettingsDialog(QDialog):
    """Edit the mail settings; the password goes to the operating system's keyring."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._saved = services.outbox.settings()
        self._test: Task | None = None
        self._build_ui()
        self._connect_signals()
        self._show(self._saved)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Mail settings"))
        self.enabled = QCheckBox(self.tr("Send e-mails to participants (outbox on)"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for value in Security:
            self.security.addItem(security_label(value.value), value.value)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_name = QLineEdit()
        self.sender_address = QLineEdit()
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 30)
        self.reminder_days.setSpecialValueText(self.tr("no reminder"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("SMTP server"), self.host),
            (self.tr("Port"), self.port),
            (self.tr("Security"), self.security),
            (self.tr("User"), self.username),
            (self.tr("Password"), self.password),
            (self.tr("Sender name"), self.sender_name),
            (self.tr("Sender address"), self.sender_address),
            (self.tr("Reminder (days before)"), self.reminder_days),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.enabled.setAccessibleName(self.enabled.text())
        self.message = FieldMessage()
        self.test_button = QPushButton(self.tr("Send a test message"))
        self.test_button.setAccessibleName(self.test_button.text())
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Result of the test message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.test_button)
        layout.addWidget(self.test_result)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.security.currentIndexChanged.connect(self._on_security_changed)

    def _show(self, settings: MailSettings) -> None:
        self.enabled.setChecked(settings.enabled)
        self.host.setText(settings.host)
        self.port.setValue(settings.port)
        self.security.setCurrentIndex(self.security.findData(settings.security.value))
        self.username.setText(settings.username)
        self.sender_name.setText(settings.sender_name)
        self.sender_address.setText(settings.sender_address)
        self.reminder_days.setValue(settings.reminder_days)
        if secrets.has_password(settings.host, settings.username):
            self.password.setPlaceholderText(self.tr("kept in the keyring"))

    def settings(self) -> MailSettings:
        """The settings as filled in."""
        return MailSettings(
            enabled=self.enabled.isChecked(),
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            username=self.username.text().strip(),
            sender_name=self.sender_name.text().strip(),
            sender_address=self.sender_address.text().strip(),
            reminder_days=self.reminder_days.value(),
        )

    def _password(self, settings: MailSettings) -> str:
        typed = self.password.text()
        return typed or secrets.get_password(settings.host, settings.username)

    @Slot(int)
    def _on_security_changed(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[Security(self.security.currentData())])

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.message.clear_message()
        settings = self.settings()
        try:
            if self.password.text():
                secrets.set_password(settings.host, settings.username, self.password.text())
            self._services.outbox.save_settings(settings)
        except KeetError as exc:
            self.message.show_error(error_text(exc))
            return
        except KeyringError:
            self.message.show_error(
                self.tr("This computer has no keyring to keep the password in; nothing was saved.")
            )
            return
        self.accept()

    @Slot()
    def _on_test_button_clicked(self) -> None:
        settings = self.settings()
        if not settings.configured:
            self.test_result.setText(self.tr("Fill in the SMTP server and the sender address."))
            return
        config = SmtpConfig(settings.host, settings.port, settings.security, settings.username)
        message = test_message(
            settings,
            self.tr("Test message from Keet Desktop"),
            self.tr("The mail settings work: this message was sent by Keet Desktop."),
        )
        task = Task(run_test, config, self._password(settings), message)
        task.signals.finished.connect(self._on_test_finished)
        task.signals.failed.connect(self._on_test_failed)
        self._test = task
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending a test message…"))
        start(task)

    @Slot(object)
    def _on_test_finished(self, recipient: Any) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        self.test_result.setText(
            self.tr("✔ Test message sent to {address}.").format(address=recipient)
        )

    @Slot(object)
    def _on_test_failed(self, exc: Any) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        text = error_text(exc) if isinstance(exc, KeetError) else str(exc)
        self.test_result.setText(
            self.tr("✘ The test message was not sent: {problem}").format(problem=text)
        )
