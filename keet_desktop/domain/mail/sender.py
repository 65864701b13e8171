"""Sending the outbox: claim, write, deliver, record; every message once or "maybe sent".

A run takes back claims of senders that died, queues due reminders, then claims messages in
small batches. A message is recorded as "delivering" *before* its content goes to the server
and "sent" after the server took it, so a crash in between leaves "maybe sent" (shown to the
organiser), never a silent second copy. Temporary problems back off; permanent ones (an
address the server refuses) are marked failed. No Qt here: the app runs this in a worker.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.mail import smtp
from keet_desktop.domain.mail.compose import TicketPdf, compose
from keet_desktop.domain.mail.errors import (
    MailNotConfiguredError,
    NoRecipientError,
    SmtpProblem,
    stored_problem,
)
from keet_desktop.domain.mail.queue import State
from keet_desktop.domain.mail.templates import MessageKind, Template
from keet_desktop.domain.services.outbox import MailSettings, OutboxService, new_claim_token

log = logging.getLogger(__name__)
BATCH = 25


@dataclass
class SendReport:
    """What a run did (``queued``: how many still wait)."""

    sent: int = 0
    failed: int = 0
    maybe_sent: int = 0
    retried: int = 0
    queued: int = 0
    problem: SmtpProblem | None = field(default=None)

    def as_json(self) -> dict[str, int]:
        """The ``keet mail send`` document."""
        return {
            "sent": self.sent,
            "failed": self.failed,
            "maybe_sent": self.maybe_sent,
            "queued": self.queued,
        }


class _ClaimLost(Exception):  # noqa: N818
    """Someone else took the message (recovered or dropped it) before its content went out."""


class _ConnectionLost(Exception):  # noqa: N818
    """The connection is gone; the rest of the batch goes back to the queue."""


class Sender:
    """Sends queued messages of one database through one SMTP server."""

    def __init__(
        self,
        outbox: OutboxService,
        ticket_pdf: TicketPdf | None = None,
        connect: Callable[[smtp.SmtpConfig, str], smtplib.SMTP] = smtp.connect,
    ) -> None:
        self._outbox = outbox
        self._ticket_pdf = ticket_pdf
        self._connect = connect
        self._templates: dict[tuple[MessageKind, str], Template] = {}

    def run(
        self,
        config: smtp.SmtpConfig,
        password: str,
        *,
        limit: int | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        progress: Callable[[int], None] | None = None,
    ) -> SendReport:
        """Send up to ``limit`` due messages; stops early on a server problem or when asked.

        Raises:
            MailNotConfiguredError: There is no sender address.
        """
        settings = self._outbox.settings()
        if not settings.sender_address:
            raise MailNotConfiguredError()
        self._templates.clear()
        self._outbox.recover()
        self._outbox.queue_due_reminders()
        report = SendReport()
        token = new_claim_token()
        connection: smtplib.SMTP | None = None
        done = 0
        try:
            while limit is None or done < limit:
                size = BATCH if limit is None else min(BATCH, limit - done)
                ids = self._outbox.claim(token, size)
                if not ids:
                    break
                if connection is None:
                    try:
                        connection = self._connect(config, password)
                    except SmtpProblem as problem:
                        self._outbox.release(ids, token)
                        report.problem = problem
                        break
                for n, message_id in enumerate(ids):
                    if should_stop():
                        self._outbox.release(ids[n:], token)
                        limit = done
                        break
                    try:
                        self._send_one(connection, config, settings, message_id, token, report)
                    except _ConnectionLost:
                        self._outbox.release(ids[n + 1 :], token)
                        smtp.close(connection)
                        connection = None
                        limit = done
                        break
                    done += 1
                    if progress is not None:
                        progress(done)
        finally:
            if connection is not None:
                smtp.close(connection)
        report.queued = self._outbox.counts().get(State.QUEUED.value, 0)
        return report

    def _template(self, kind: MessageKind, language: str) -> Template:
        if (kind, language) not in self._templates:
            self._templates[(kind, language)] = self._outbox.template(kind, language)
        return self._templates[(kind, language)]

    def _send_one(
        self,
        connection: smtplib.SMTP,
        config: smtp.SmtpConfig,
        settings: MailSettings,
        message_id: int,
        token: str,
        report: SendReport,
    ) -> None:
        outbox = self._outbox
        try:
            data = outbox.load(message_id)
            message = compose(data, settings, self._template, self._ticket_pdf)
        except NoRecipientError:
            outbox.mark(message_id, token, State.FAILED, last_error=stored_problem("no_recipient"))
            report.failed += 1
            return
        except Exception as exc:  # a bug in a template or a drawing must not stop the outbox
            log.exception("message %s could not be written", message_id)
            outbox.mark(
                message_id,
                token,
                State.FAILED,
                last_error=stored_problem("render", type(exc).__name__),
            )
            report.failed += 1
            return
        assert data.person is not None and data.person.email

        def before_content() -> None:
            if not outbox.mark(message_id, token, State.DELIVERING):
                raise _ClaimLost

        try:
            smtp.deliver(connection, config, message, data.person.email, before_content)
        except _ClaimLost:
            smtp.close(connection)
            raise _ConnectionLost from None
        except smtp.MaybeDelivered as exc:
            log.warning("message %s interrupted after its content went out", message_id)
            outbox.mark(
                message_id, token, State.MAYBE_SENT, last_error=stored_problem("interrupted", exc)
            )
            report.maybe_sent += 1
            raise _ConnectionLost from exc
        except SmtpProblem as problem:
            self._failed(message_id, token, problem, report)
            if problem.reason == "dropped":
                raise _ConnectionLost from problem
            return
        outbox.mark(
            message_id,
            token,
            State.SENT,
            sent_at=utcnow(),
            message_id=str(message["Message-ID"]),
            last_error="",
        )
        report.sent += 1

    def _failed(
        self, message_id: int, token: str, problem: SmtpProblem, report: SendReport
    ) -> None:
        stored = stored_problem(problem.reason, problem.params.get("server_says", ""))
        log.info("message %s not taken: %s", message_id, problem.reason)
        if problem.temporary:
            self._outbox.retry_later(message_id, token, stored)
            report.retried += 1
        else:
            self._outbox.mark(message_id, token, State.FAILED, last_error=stored)
            report.failed += 1
