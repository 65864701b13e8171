"""Talking to the mail server: connect, secure, log in, and hand over one message.

Every failure becomes a :class:`~keet_desktop.domain.mail.errors.SmtpProblem` naming the step
(DNS, refused, timeout, TLS, login, recipient, dropped) and whether it is worth retrying.
:func:`deliver` tells apart a message the server never got (safe to send again) from one that
was interrupted after its content went out (:class:`MaybeDelivered`: never resent silently).
"""

from __future__ import annotations

import contextlib
import enum
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

from keet_desktop.domain.mail.errors import SmtpProblem

DEFAULT_TIMEOUT = 30.0


class Security(enum.StrEnum):
    """How the connection to the server is secured."""

    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to connect (the password is passed separately, from the keyring)."""

    host: str
    port: int
    security: Security = Security.STARTTLS
    username: str = ""
    timeout: float = DEFAULT_TIMEOUT
    tls_context: ssl.SSLContext | None = None


class MaybeDelivered(Exception):  # noqa: N818 (an outcome, not a bug)
    """The connection broke after the message's content was sent: it may have arrived."""


def _problem(config: SmtpConfig, reason: str, temporary: bool, says: object = "") -> SmtpProblem:
    if isinstance(says, bytes):
        says = says.decode("utf-8", "replace")
    return SmtpProblem(
        reason, temporary=temporary, host=config.host, port=config.port, server_says=str(says)
    )


def connect(config: SmtpConfig, password: str) -> smtplib.SMTP:
    """Open, secure and log in to the server.

    Raises:
        SmtpProblem: ``dns``, ``refused``, ``timeout``, ``tls`` or ``login``.
    """
    context = config.tls_context or ssl.create_default_context()
    try:
        smtp = _open(config, context)
    except socket.gaierror as exc:
        raise _problem(config, "dns", True, exc.strerror) from exc
    except ConnectionRefusedError as exc:
        raise _problem(config, "refused", True, exc.strerror) from exc
    except TimeoutError as exc:
        raise _problem(config, "timeout", True) from exc
    except ssl.SSLError as exc:
        raise _problem(config, "tls", False, exc.reason or exc) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise _problem(config, "tls", False, "STARTTLS") from exc
    except smtplib.SMTPConnectError as exc:
        raise _problem(config, "refused", True, f"{exc.smtp_code} {exc.smtp_error!r}") from exc
    except (smtplib.SMTPServerDisconnected, ConnectionError, OSError) as exc:
        if isinstance(exc.__context__, TimeoutError):  # no greeting: smtplib hides the timeout
            raise _problem(config, "timeout", True) from exc
        raise _problem(config, "dropped", True, exc) from exc
    if config.username:
        try:
            smtp.login(config.username, password)
        except smtplib.SMTPAuthenticationError as exc:
            _quit(smtp)
            raise _problem(config, "login", False, f"{exc.smtp_code}") from exc
        except smtplib.SMTPNotSupportedError as exc:
            _quit(smtp)
            raise _problem(config, "login", False, "AUTH") from exc
        except (smtplib.SMTPException, OSError) as exc:
            _quit(smtp)
            raise _problem(config, "dropped", True, exc) from exc
    return smtp


def _open(config: SmtpConfig, context: ssl.SSLContext) -> smtplib.SMTP:
    if config.security is Security.TLS:
        return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
    smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        smtp.ehlo()
        if config.security is Security.STARTTLS:
            smtp.starttls(context=context)
            smtp.ehlo()
    except BaseException:
        smtp.close()
        raise
    return smtp


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def close(smtp: smtplib.SMTP) -> None:
    """Say goodbye to the server; a dead connection is simply closed."""
    _quit(smtp)


def deliver(
    smtp: smtplib.SMTP,
    config: SmtpConfig,
    message: EmailMessage,
    recipient: str,
    before_content: Callable[[], None],
) -> None:
    """Hand ``message`` to the server for ``recipient``.

    ``before_content`` runs (and must record "delivering") just before the content goes out.

    Raises:
        SmtpProblem: The server did not take the message; nothing was delivered.
        MaybeDelivered: The connection broke after the content went out.
    """
    sender = str(message["Return-Path"] or message["From"].addresses[0].addr_spec)
    try:
        code, says = smtp.mail(sender)
        if code != 250:
            raise _problem(config, "sender", 400 <= code < 500, f"{code} {says!r}")
        code, says = smtp.rcpt(recipient)
        if code not in (250, 251):
            _reset(smtp)
            raise _problem(config, "recipient", 400 <= code < 500, f"{code} {says!r}")
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise _problem(config, "dropped", True, exc) from exc
    before_content()
    try:
        code, says = smtp.data(message.as_bytes(policy=SMTP_POLICY))
    except smtplib.SMTPDataError as exc:  # DATA itself refused: the content never went out
        _reset(smtp)
        raise _problem(config, "server", 400 <= exc.smtp_code < 500, exc.smtp_code) from exc
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise MaybeDelivered(str(exc)) from exc
    if code != 250:
        raise _problem(config, "server", 400 <= code < 500, f"{code} {says!r}")


def _reset(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


def send_test(config: SmtpConfig, password: str, message: EmailMessage, recipient: str) -> None:
    """Send one test message; raises :class:`SmtpProblem` saying what failed."""
    smtp = connect(config, password)
    try:
        deliver(smtp, config, message, recipient, lambda: None)
    except MaybeDelivered as exc:
        raise _problem(config, "dropped", True, exc) from exc
    finally:
        close(smtp)
