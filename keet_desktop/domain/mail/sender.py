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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from typing import Any

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.mail import smtp
from keet_desktop.domain.mail.compose import TicketPdf, compose, event_calendar
from keet_desktop.domain.mail.errors import (
    MailNotConfiguredError,
    NoRecipientError,
    SmtpProblem,
    stored_problem,
)
from keet_desktop.domain.mail.queue import State
from keet_desktop.domain.mail.templates import MessageKind, Template
from keet_desktop.domain.models import Event
from keet_desktop.domain.services.outbox import (
    MailSettings,
    MessageData,
    OutboxService,
    new_claim_token,
)

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
    problem_text: str = ""  # the problem as a sender process reported it, translated

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
    """Sends queued messages of one database through one SMTP server.

    Messages are written one step ahead in a second thread (drawing the ticket PDF) while the
    previous one is being delivered; the "sent" mark of a message is committed together with
    the "delivering" mark of the next (one commit per message, both before its content goes).
    """

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
        self._calendars: dict[tuple[int, datetime], bytes] = {}

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
        self._calendars.clear()
        self._outbox.recover()
        self._outbox.queue_due_reminders()
        run = _Run(self, config, password, settings, should_stop, progress)
        with ThreadPoolExecutor(1, thread_name_prefix="keet-mail-compose") as composer:
            try:
                run.all(composer, limit)
            finally:
                run.finish()
        run.report.queued = self._outbox.counts().get(State.QUEUED.value, 0)
        return run.report

    @property
    def outbox(self) -> OutboxService:
        """The outbox this sender sends."""
        return self._outbox

    def compose(self, message_id: int, settings: MailSettings) -> tuple[MessageData, EmailMessage]:
        """Load and write one message (in the composing thread)."""
        data = self._outbox.load(message_id)
        return data, compose(data, settings, self._template, self._ticket_pdf, self._calendar)

    def connect(self, config: smtp.SmtpConfig, password: str) -> smtplib.SMTP:
        """Open a connection to the server."""
        return self._connect(config, password)

    def _template(self, kind: MessageKind, language: str) -> Template:
        if (kind, language) not in self._templates:
            self._templates[(kind, language)] = self._outbox.template(kind, language)
        return self._templates[(kind, language)]

    def _calendar(self, event: Event) -> bytes:
        key = (event.id, event.updated_at)
        if key not in self._calendars:
            self._calendars[key] = event_calendar(event)
        return self._calendars[key]


class _Run:
    """One run of a sender: its claim, connection, report and the "sent" marks not yet saved."""

    def __init__(
        self,
        sender: Sender,
        config: smtp.SmtpConfig,
        password: str,
        settings: MailSettings,
        should_stop: Callable[[], bool],
        progress: Callable[[int], None] | None,
    ) -> None:
        self.sender = sender
        self.outbox = sender.outbox
        self.config = config
        self.password = password
        self.settings = settings
        self.should_stop = should_stop
        self.progress = progress
        self.report = SendReport()
        self.token = new_claim_token()
        self.connection: smtplib.SMTP | None = None
        self.pending: list[tuple[int, str, datetime]] = []
        self.done = 0

    def all(self, composer: ThreadPoolExecutor, limit: int | None) -> None:
        """Claim and send batch after batch until nothing is due, ``limit`` or a problem."""
        while limit is None or self.done < limit:
            size = BATCH if limit is None else min(BATCH, limit - self.done)
            ids = self.outbox.claim(self.token, size)
            if not ids or not self._connected(ids) or not self._batch(composer, ids):
                return

    def finish(self) -> None:
        """Save the last "sent" marks and say goodbye to the server."""
        self._flush()
        if self.connection is not None:
            smtp.close(self.connection)
            self.connection = None

    def _connected(self, ids: list[int]) -> bool:
        if self.connection is not None:
            return True
        try:
            self.connection = self.sender.connect(self.config, self.password)
        except SmtpProblem as problem:
            self.outbox.release(ids, self.token)
            self.report.problem = problem
            return False
        return True

    def _batch(self, composer: ThreadPoolExecutor, ids: list[int]) -> bool:
        futures = [composer.submit(self.sender.compose, i, self.settings) for i in ids]
        for n, message_id in enumerate(ids):
            if self.should_stop():
                self._give_back(futures[n:], ids[n:])
                return False
            try:
                self._send_one(message_id, futures[n])
            except _ConnectionLost:
                self._give_back(futures[n + 1 :], ids[n + 1 :])
                self.finish()
                return False
            self.done += 1
            if self.progress is not None:
                self.progress(self.done)
        return True

    def _give_back(self, futures: list[Future[Any]], ids: list[int]) -> None:
        for future in futures:
            future.cancel()
        self._flush()
        self.outbox.release(ids, self.token)

    def _flush(self) -> None:
        if self.pending:
            self.outbox.advance(self.token, self.pending, None)
            self.pending.clear()

    def _mark(self, message_id: int, state: State, **values: object) -> None:
        self._flush()
        self.outbox.mark(message_id, self.token, state, **values)

    def _send_one(self, message_id: int, future: Future[tuple[MessageData, EmailMessage]]) -> None:
        try:
            data, message = future.result()
        except NoRecipientError:
            self._mark(message_id, State.FAILED, last_error=stored_problem("no_recipient"))
            self.report.failed += 1
            return
        except Exception as exc:  # a bug in a template or a drawing must not stop the outbox
            log.error("message %s could not be written: %s", message_id, type(exc).__name__)
            self._mark(
                message_id, State.FAILED, last_error=stored_problem("render", type(exc).__name__)
            )
            self.report.failed += 1
            return
        assert data.person is not None and data.person.email
        self._deliver(message_id, message, data.person.email)

    def _before_content(self, message_id: int) -> None:
        held = self.outbox.advance(self.token, self.pending, message_id)
        self.pending.clear()
        if not held:
            raise _ClaimLost

    def _deliver(self, message_id: int, message: EmailMessage, recipient: str) -> None:
        assert self.connection is not None
        try:
            smtp.deliver(
                self.connection,
                self.config,
                message,
                recipient,
                lambda: self._before_content(message_id),
            )
        except _ClaimLost:
            raise _ConnectionLost from None
        except smtp.MaybeDelivered as exc:
            log.warning("message %s interrupted after its content went out", message_id)
            self._mark(message_id, State.MAYBE_SENT, last_error=stored_problem("interrupted", exc))
            self.report.maybe_sent += 1
            raise _ConnectionLost from exc
        except SmtpProblem as problem:
            self._failed(message_id, problem)
            if problem.reason == "dropped":
                raise _ConnectionLost from problem
            return
        self.pending.append((message_id, str(message["Message-ID"]), utcnow()))
        self.report.sent += 1

    def _failed(self, message_id: int, problem: SmtpProblem) -> None:
        self._flush()
        stored = stored_problem(problem.reason, problem.params.get("server_says", ""))
        log.info("message %s not taken: %s", message_id, problem.reason)
        if problem.temporary:
            self.outbox.retry_later(message_id, self.token, stored)
            self.report.retried += 1
        else:
            self.outbox.mark(message_id, self.token, State.FAILED, last_error=stored)
            self.report.failed += 1
