"""Words for the outbox's states and kinds of message, translated where they are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from keet_desktop.i18n import QT_TRANSLATE_NOOP

STATES = {
    "queued": QT_TRANSLATE_NOOP("mail", "Queued"),
    "sending": QT_TRANSLATE_NOOP("mail", "Sending"),
    "delivering": QT_TRANSLATE_NOOP("mail", "Being delivered"),
    "sent": QT_TRANSLATE_NOOP("mail", "Sent"),
    "failed": QT_TRANSLATE_NOOP("mail", "Failed"),
    "maybe_sent": QT_TRANSLATE_NOOP("mail", "Maybe sent"),
    "dropped": QT_TRANSLATE_NOOP("mail", "Dropped"),
}
KINDS = {
    "ticket": QT_TRANSLATE_NOOP("mail", "Ticket"),
    "waitlist": QT_TRANSLATE_NOOP("mail", "Waiting list"),
    "promoted": QT_TRANSLATE_NOOP("mail", "Place free"),
    "cancelled": QT_TRANSLATE_NOOP("mail", "Cancellation"),
    "changed": QT_TRANSLATE_NOOP("mail", "Event changed"),
    "reminder": QT_TRANSLATE_NOOP("mail", "Reminder"),
    "upcoming": QT_TRANSLATE_NOOP("mail", "Upcoming events"),
}
SECURITY = {
    "none": QT_TRANSLATE_NOOP("mail", "None (not encrypted)"),
    "starttls": QT_TRANSLATE_NOOP("mail", "STARTTLS"),
    "tls": QT_TRANSLATE_NOOP("mail", "TLS"),
}


def state_label(state: str) -> str:
    """A state in the UI's language."""
    return QCoreApplication.translate("mail", STATES.get(state, state))


def kind_label(kind: str) -> str:
    """A kind of message in the UI's language."""
    return QCoreApplication.translate("mail", KINDS.get(kind, kind))


def security_label(security: str) -> str:
    """A way to secure the connection, in the UI's language."""
    return QCoreApplication.translate("mail", SECURITY.get(security, security))
