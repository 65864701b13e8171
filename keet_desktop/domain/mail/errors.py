"""What the mail settings, templates and outbox refuse, as translatable errors."""

from __future__ import annotations

from typing import Any

from keet_desktop.domain.errors import FIELD_LABELS, KeetError
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate

TEMPLATE_FIELDS = {
    "subject": QT_TRANSLATE_NOOP("fields", "Subject"),
    "body": QT_TRANSLATE_NOOP("fields", "Text"),
    "host": QT_TRANSLATE_NOOP("fields", "SMTP server"),
    "port": QT_TRANSLATE_NOOP("fields", "Port"),
    "sender_address": QT_TRANSLATE_NOOP("fields", "Sender address"),
}
FIELD_LABELS.update(TEMPLATE_FIELDS)  # so errors about these fields name them


class UnknownPlaceholderError(KeetError):
    """A template names a placeholder this kind of message does not have."""

    code = "unknown_placeholder"
    template = QT_TRANSLATE_NOOP(
        "errors", "{field_label}: there is no placeholder {{{name}}}; use one of {known}."
    )


class TemplateSyntaxError(KeetError):
    """A template's braces do not pair up."""

    code = "template_syntax"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{field_label}: a brace {{ or }} does not pair up ({detail}); write {{{{ for a brace.",
    )


class MailNotConfiguredError(KeetError):
    """Sending needs a server and a sender address."""

    code = "mail_not_configured"
    template = QT_TRANSLATE_NOOP(
        "errors", "No mail server is set up: fill in the server and the sender address first."
    )
    exit_code = 2


class MailSettingError(KeetError):
    """A mail setting is invalid."""

    code = "mail_setting"
    template = QT_TRANSLATE_NOOP("errors", "{field_label}: {detail}")
    exit_code = 2


class NoRecipientError(KeetError):
    """The person has no e-mail address."""

    code = "no_recipient"
    template = QT_TRANSLATE_NOOP("errors", "{person} has no e-mail address.")


class SmtpProblem(KeetError):  # noqa: N818 (a problem, reported, not only raised)
    """Talking to the mail server failed; ``reason`` says at which step (``dns``, ``login``...).

    Attributes:
        reason: The step that failed, a key of :data:`REASONS`.
        temporary: Whether trying again later may work.
    """

    code = "smtp"
    template = QT_TRANSLATE_NOOP("errors", "Mail server {host}:{port}: {detail}")

    def __init__(self, reason: str, *, temporary: bool, **params: Any) -> None:
        self.reason = reason
        self.temporary = temporary
        super().__init__(**params)

    def format(self, translate: Translate) -> str:
        """The step that failed in the user's language, with the server's own words."""
        reason = translate("mail", REASONS.get(self.reason, self.reason))
        says = str(self.params.get("server_says", "")).strip()
        detail = f"{reason} ({says})" if says else reason
        return translate("errors", self.template).format(
            host=self.params.get("host", ""), port=self.params.get("port", ""), detail=detail
        )


REASONS = {
    "dns": QT_TRANSLATE_NOOP("mail", "the server name is unknown (DNS)"),
    "refused": QT_TRANSLATE_NOOP("mail", "the server refused the connection"),
    "timeout": QT_TRANSLATE_NOOP("mail", "the server did not answer in time"),
    "tls": QT_TRANSLATE_NOOP("mail", "the secure connection (TLS) failed"),
    "login": QT_TRANSLATE_NOOP("mail", "the user name or password was not accepted"),
    "recipient": QT_TRANSLATE_NOOP("mail", "the server refused the address"),
    "sender": QT_TRANSLATE_NOOP("mail", "the server refused the sender address"),
    "dropped": QT_TRANSLATE_NOOP("mail", "the connection was lost"),
    "server": QT_TRANSLATE_NOOP("mail", "the server answered with an error"),
    "no_recipient": QT_TRANSLATE_NOOP("mail", "the person has no e-mail address"),
    "interrupted": QT_TRANSLATE_NOOP(
        "mail", "interrupted while the server was receiving it: it may have arrived"
    ),
    "render": QT_TRANSLATE_NOOP("mail", "the message could not be written"),
}


def stored_problem(reason: str, detail: object = "") -> str:
    """How a failure is kept in the outbox (``reason|detail``), to be shown translated."""
    return f"{reason}|{detail}"


def describe_stored(stored: str, translate: Translate) -> str:
    """A stored failure (see :func:`stored_problem`) in the user's language."""
    reason, _sep, detail = stored.partition("|")
    if not reason:
        return ""
    text = translate("mail", REASONS.get(reason, reason))
    return f"{text} ({detail})" if detail else text
