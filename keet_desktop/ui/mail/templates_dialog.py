"""Edit the message templates per kind and language, with a live preview; checked on save."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.mail.compose import format_date
from keet_desktop.domain.mail.templates import PLACEHOLDERS, MessageKind, Template, render
from keet_desktop.domain.services import Services
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.mail.labels import kind_label
from keet_desktop.ui.widgets import FieldMessage

_SAMPLE_START = datetime(2026, 3, 17, 18, 0, tzinfo=UTC)


def sample_values(language: str) -> dict[str, str]:
    """Values that show what each placeholder becomes."""
    return {
        "given_name": "Lieve",
        "family_name": "Peeters",
        "full_name": "Lieve Peeters",
        "event_title": "Repair Café",
        "event_date": format_date(_SAMPLE_START, language),
        "event_time": "19:00–21:00",
        "place": "Zaal 1, De Keet",
        "address": "Molenstraat 1, 9300 Aalst",
        "accessibility": "",
        "online_url": "",
        "ticket_code": "K7Q2-M4XP",
        "waitlist_position": "3",
        "days": "2",
        "change": "…",
        "events": f"- {format_date(_SAMPLE_START + timedelta(days=7), language)}: Repair Café",
        "sender_name": "De Keet",
    }


class TemplatesDialog(QDialog):
    """Edit one template at a time; the preview follows every key stroke."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._build_ui()
        self._connect_signals()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Mail templates"))
        self.kind = QComboBox()
        for kind in MessageKind:
            self.kind.addItem(kind_label(kind.value), kind.value)
        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.preview = QTextBrowser()
        self.message = FieldMessage()
        self.reset_button = QPushButton(self.tr("Back to the standard text"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        form = QFormLayout()
        for label, widget in (
            (self.tr("Message"), self.kind),
            (self.tr("Language"), self.language),
            (self.tr("Subject"), self.subject),
            (self.tr("Text"), self.body),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.placeholders.setAccessibleName(self.tr("Placeholders you can use"))
        self.reset_button.setAccessibleName(self.reset_button.text())
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.placeholders)
        left.addWidget(self.message)
        left.addWidget(self.reset_button)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview")))
        right.addWidget(self.preview, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)
        self.subject.textChanged.connect(self._on_text_changed)
        self.body.textChanged.connect(self._on_text_changed)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def current(self) -> Template:
        """The template as edited."""
        return Template(
            MessageKind(self.kind.currentData()),
            str(self.language.currentData()),
            self.subject.text(),
            self.body.toPlainText(),
        )

    def _load(self) -> None:
        kind = MessageKind(self.kind.currentData())
        template = self._services.outbox.template(kind, str(self.language.currentData()))
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        names = ", ".join("{" + name + "}" for name in PLACEHOLDERS[kind])
        self.placeholders.setText(self.tr("Placeholders: {names}").format(names=names))
        self._update_preview()

    def _update_preview(self) -> None:
        self.message.clear_message()
        template = self.current()
        try:
            rendered = render(template, sample_values(template.language))
        except (ValueError, IndexError, KeyError):
            self.message.show_error(self.tr("A brace { or } does not pair up."))
            return
        self.preview.setHtml(f"<p><b>{html.escape(rendered.subject)}</b></p>" + rendered.html)

    @Slot(int)
    def _on_choice_changed(self, _index: int) -> None:
        self._load()

    @Slot()
    def _on_text_changed(self) -> None:
        self._update_preview()

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        template = self.current()
        self._services.outbox.reset_template(template.kind, template.language)
        self._load()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self._services.outbox.save_template(self.current())
        except KeetError as exc:
            self.message.show_error(error_text(exc))
            return
        self.message.show_warning(self.tr("Saved."))
