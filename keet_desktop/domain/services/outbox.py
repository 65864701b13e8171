"""The outbox: mail settings, templates, the list of messages and the sender's bookkeeping.

Messages are queued by the transaction that causes them (:mod:`keet_desktop.domain.mail.hook`,
installed by :meth:`OutboxService.activate` when the outbox is on). A sender claims queued
messages, records "delivering" before a message's content goes out and "sent" after the server
took it; a claim left behind by a sender that died is recovered: not yet delivering → queued
again, delivering → "maybe sent", for the organiser to resend or drop.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, and_, exists, func, select, update
from sqlalchemy.orm import Session, selectinload

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database, utcnow
from keet_desktop.domain.mail import hook
from keet_desktop.domain.mail.errors import (
    MailNotConfiguredError,
    MailSettingError,
    stored_problem,
)
from keet_desktop.domain.mail.queue import OPEN_STATES, OUTBOX, QueueItem, State, queue
from keet_desktop.domain.mail.smtp import Security
from keet_desktop.domain.mail.templates import (
    MessageKind,
    Template,
    check_template,
    default_template,
)
from keet_desktop.domain.models import (
    Event,
    EventStatus,
    MailSettingsRow,
    MailTemplate,
    OutboxMessage,
    Person,
    Registration,
    RegistrationSource,
    RegistrationStatus,
)
from keet_desktop.domain.services.organisation import organisation_name
from keet_desktop.domain.text import nfc

MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class MailSettings:
    """The mail server and sender (the password lives in the keyring)."""

    enabled: bool = False
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reminder_days: int = 2

    @property
    def configured(self) -> bool:
        """Whether there is a server and a sender to send with."""
        return bool(self.host and self.sender_address)


@dataclass(frozen=True)
class OutboxLine:
    """A message as the outbox page and ``keet mail outbox`` show it."""

    id: int
    kind: str
    to: str
    name: str
    event_title: str
    state: str
    attempts: int
    last_error: str
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class MessageData:
    """Everything needed to write one message, loaded."""

    id: int
    key: str
    version: int
    kind: MessageKind
    params: dict[str, object]
    person: Person | None
    registration: Registration | None
    event: Event | None
    upcoming: list[Event]
    organisation: str = ""  # who sends: the author of an attached ticket PDF


def _settings_of(row: MailSettingsRow | None) -> MailSettings:
    if row is None:
        return MailSettings()
    return MailSettings(
        enabled=row.enabled,
        host=row.host,
        port=row.port,
        security=Security(row.security),
        username=row.username,
        sender_name=row.sender_name,
        sender_address=row.sender_address,
        reminder_days=row.reminder_days,
    )


def check_settings(settings: MailSettings) -> None:
    """Refuse a setting that cannot work, naming it."""
    if not 0 < settings.port < 65536:
        raise MailSettingError("port", detail=str(settings.port))
    if settings.sender_address and "@" not in settings.sender_address:
        raise errors.InvalidEmailError("sender_address", email=settings.sender_address)
    if settings.enabled and not settings.configured:
        raise MailNotConfiguredError("host")


class OutboxService:
    """Mail settings, templates and the outbox of one database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # settings --------------------------------------------------------------------------

    def settings(self) -> MailSettings:
        """Return the saved mail settings."""
        with self._db.read() as session:
            return _settings_of(session.get(MailSettingsRow, 1))

    def save_settings(self, settings: MailSettings) -> MailSettings:
        """Save the mail settings; turning the outbox on or off takes effect here at once."""
        check_settings(settings)
        with self._db.write() as session:
            row = session.get(MailSettingsRow, 1) or MailSettingsRow(id=1)
            row.enabled = settings.enabled
            row.host = settings.host.strip()
            row.port = settings.port
            row.security = settings.security.value
            row.username = settings.username.strip()
            row.sender_name = nfc(settings.sender_name)
            row.sender_address = settings.sender_address.strip()
            row.reminder_days = max(0, settings.reminder_days)
            session.add(row)
        self.activate()
        return self.settings()

    def activate(self) -> bool:
        """Queue messages from now on if the outbox is on (else stop); return whether on."""
        enabled = self.settings().enabled
        if enabled:
            hook.install(self._db)
        else:
            hook.uninstall(self._db)
        return enabled

    # templates -------------------------------------------------------------------------

    def template(self, kind: MessageKind, language: str) -> Template:
        """Return the organiser's template for ``kind`` in ``language``, or the built-in one."""
        with self._db.read() as session:
            row = session.scalar(
                select(MailTemplate).where(
                    MailTemplate.kind == kind.value, MailTemplate.language == language
                )
            )
        if row is None:
            return default_template(kind, language)
        return Template(kind, language, row.subject, row.body)

    def save_template(self, template: Template) -> None:
        """Save a template after checking its placeholders."""
        check_template(template)
        with self._db.write() as session:
            row = session.scalar(
                select(MailTemplate).where(
                    MailTemplate.kind == template.kind.value,
                    MailTemplate.language == template.language,
                )
            ) or MailTemplate(kind=template.kind.value, language=template.language)
            row.subject = template.subject
            row.body = template.body
            session.add(row)

    def reset_template(self, kind: MessageKind, language: str) -> Template:
        """Go back to the built-in template."""
        with self._db.write() as session:
            row = session.scalar(
                select(MailTemplate).where(
                    MailTemplate.kind == kind.value, MailTemplate.language == language
                )
            )
            if row is not None:
                session.delete(row)
        return default_template(kind, language)

    # the list --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Return how many messages are in each state."""
        with self._db.read() as session:
            rows = session.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state))
            return {state: int(n) for state, n in rows}

    def list_messages(self, limit: int = 1000, states: Sequence[str] = ()) -> list[OutboxLine]:
        """Return the newest messages first (with ``states``, only those)."""
        query = (
            select(OutboxMessage, Person, Event.title)
            .outerjoin(Person, Person.id == OutboxMessage.person_id)
            .outerjoin(Event, Event.id == OutboxMessage.event_id)
            .order_by(OutboxMessage.id.desc())
            .limit(limit)
        )
        if states:
            query = query.where(OutboxMessage.state.in_(list(states)))
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [
            OutboxLine(
                id=m.id,
                kind=m.kind,
                to=(p.email or "") if p is not None else "",
                name=p.full_name if p is not None else "",
                event_title=title or "",
                state=m.state,
                attempts=m.attempts,
                last_error=m.last_error,
                created_at=m.created_at,
                sent_at=m.sent_at,
            )
            for m, p, title in rows
        ]

    def due(self, now: datetime | None = None) -> bool:
        """Whether a sender has work: a queued message that is due, or a claim to look at."""
        now = now or utcnow()
        query = select(OUTBOX.c.id).where(
            ((OUTBOX.c.state == State.QUEUED.value) & (OUTBOX.c.next_attempt_at <= now))
            | OUTBOX.c.state.in_([State.SENDING.value, State.DELIVERING.value])
        )
        with self._db.read() as session:
            return session.scalar(query.limit(1)) is not None

    def resend(self, ids: Sequence[int]) -> int:
        """Queue failed, "maybe sent" or dropped messages again (the organiser's choice)."""
        return self._set_state(
            ids,
            (State.FAILED, State.MAYBE_SENT, State.DROPPED),
            state=State.QUEUED.value,
            attempts=0,
            next_attempt_at=utcnow(),
            last_error="",
        )

    def drop(self, ids: Sequence[int]) -> int:
        """Drop queued, failed or "maybe sent" messages: they will not be sent."""
        return self._set_state(ids, OPEN_STATES, state=State.DROPPED.value)

    def _set_state(self, ids: Sequence[int], before: Sequence[str], **values: object) -> int:
        with self._db.write() as session:
            result = session.execute(
                update(OUTBOX)
                .where(OUTBOX.c.id.in_(list(ids)), OUTBOX.c.state.in_(list(before)))
                .values(updated_at=utcnow(), **values)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # queued by time or by hand ---------------------------------------------------------

    def queue_due_reminders(self, now: datetime | None = None) -> int:
        """Queue a reminder for each registration of an event starting within the set days."""
        settings = self.settings()
        if settings.reminder_days <= 0:
            return 0
        now = now or utcnow()
        done = exists().where(
            and_(OUTBOX.c.registration_id == Registration.id, OUTBOX.c.kind == "reminder")
        )
        query = (
            select(Registration.id, Registration.person_id, Registration.event_id)
            .join(Event, Event.id == Registration.event_id)
            .where(
                Event.status == EventStatus.PUBLISHED,
                Event.starts_at > now,
                Event.starts_at <= now + timedelta(days=settings.reminder_days),
                Registration.status == RegistrationStatus.REGISTERED,
                Registration.source != RegistrationSource.WALK_IN,
                ~done,
            )
        )
        with self._db.write() as session:
            items = [
                QueueItem(
                    kind=MessageKind.REMINDER.value,
                    key=f"reminder:{rid}",
                    registration_id=rid,
                    person_id=pid,
                    event_id=eid,
                    params={"days": settings.reminder_days},
                )
                for rid, pid, eid in session.execute(query)
            ]
            if items:
                queue(session.connection(), items)
        return len(items)

    def queue_upcoming(self, event_ids: Sequence[int], mailing: str) -> int:
        """Queue the "upcoming events" mailing ``mailing`` to everyone who consented."""
        with self._db.write() as session:
            people = list(session.scalars(consenting_people()))
            items = [
                QueueItem(
                    kind=MessageKind.UPCOMING.value,
                    key=f"upcoming:{mailing}:{pid}",
                    person_id=pid,
                    params={"events": list(event_ids)},
                )
                for pid in people
            ]
            if items:
                queue(session.connection(), items)
        return len(items)

    # the sender's bookkeeping ----------------------------------------------------------

    def claim(self, token: str, limit: int, now: datetime | None = None) -> list[int]:
        """Claim up to ``limit`` queued messages that are due, oldest first."""
        now = now or utcnow()
        with self._db.write() as session:
            ids = list(
                session.scalars(
                    select(OutboxMessage.id)
                    .where(
                        OutboxMessage.state == State.QUEUED, OutboxMessage.next_attempt_at <= now
                    )
                    .order_by(OutboxMessage.id)
                    .limit(limit)
                    .with_for_update(skip_locked=True)
                )
            )
            if ids:
                session.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.id.in_(ids))
                    .values(state=State.SENDING.value, claimed_by=token, claimed_at=now)
                )
            return ids

    def mark(self, outbox_id: int, token: str, state: State, **values: object) -> bool:
        """Move a message this sender holds to ``state``; False if it was taken from it."""
        held = (State.SENDING.value, State.DELIVERING.value, State.MAYBE_SENT.value)
        with self._db.write() as session:
            result = session.execute(
                update(OUTBOX)
                .where(
                    OUTBOX.c.id == outbox_id,
                    OUTBOX.c.claimed_by == token,
                    OUTBOX.c.state.in_(held),
                )
                .values(state=state.value, claimed_at=utcnow(), updated_at=utcnow(), **values)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def advance(
        self, token: str, sent: Sequence[tuple[int, str, datetime]], delivering: int | None
    ) -> bool:
        """Record ``sent`` messages and mark the next one "delivering", in one commit.

        Returns:
            Whether this sender still holds ``delivering`` (False: someone took it).
        """
        with self._db.write() as session:
            for outbox_id, message_id, at in sent:
                session.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.id == outbox_id, OUTBOX.c.claimed_by == token)
                    .values(
                        state=State.SENT.value,
                        sent_at=at,
                        message_id=message_id,
                        last_error="",
                        updated_at=at,
                    )
                )
            if delivering is None:
                return True
            result = session.execute(
                update(OUTBOX)
                .where(
                    OUTBOX.c.id == delivering,
                    OUTBOX.c.claimed_by == token,
                    OUTBOX.c.state == State.SENDING.value,
                )
                .values(state=State.DELIVERING.value, claimed_at=utcnow(), updated_at=utcnow())
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def retry_later(self, message_id: int, token: str, error: str) -> None:
        """A temporary failure: back off (1, 2, 4... minutes) or give up after a few tries."""
        with self._db.read() as session:
            attempts = (
                int(session.scalar(select(OUTBOX.c.attempts).where(OUTBOX.c.id == message_id)) or 0)
                + 1
            )
        if attempts >= MAX_ATTEMPTS:
            self.mark(message_id, token, State.FAILED, attempts=attempts, last_error=error)
            return
        delay = timedelta(minutes=min(2 ** (attempts - 1), 60))
        self.mark(
            message_id,
            token,
            State.QUEUED,
            attempts=attempts,
            last_error=error,
            next_attempt_at=utcnow() + delay,
            claimed_by="",
        )

    def release(self, ids: Sequence[int], token: str) -> None:
        """Give back claimed messages that were never handed to the server."""
        with self._db.write() as session:
            session.execute(
                update(OUTBOX)
                .where(
                    OUTBOX.c.id.in_(list(ids)),
                    OUTBOX.c.claimed_by == token,
                    OUTBOX.c.state == State.SENDING.value,
                )
                .values(state=State.QUEUED.value, claimed_by="", updated_at=utcnow())
            )

    def recover(self, now: datetime | None = None, lease: timedelta = LEASE) -> int:
        """Take back claims of senders that died: queued again, or "maybe sent" if delivering.

        A claim is dead when its process on this computer is gone, or older than ``lease``.
        """
        now = now or utcnow()
        with self._db.write() as session:
            rows = session.execute(
                select(OUTBOX.c.id, OUTBOX.c.state, OUTBOX.c.claimed_by, OUTBOX.c.claimed_at).where(
                    OUTBOX.c.state.in_([State.SENDING.value, State.DELIVERING.value])
                )
            ).all()
            dead = [
                r
                for r in rows
                if not claim_alive(r.claimed_by) or (r.claimed_at or now) < now - lease
            ]
            for row in dead:
                sending = row.state == State.SENDING.value
                session.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.id == row.id, OUTBOX.c.state == row.state)
                    .values(
                        state=State.QUEUED.value if sending else State.MAYBE_SENT.value,
                        last_error="" if sending else stored_problem("interrupted"),
                        updated_at=now,
                    )
                )
            return len(dead)

    def load(self, message_id: int) -> MessageData:
        """Load a message with its person, registration and event (venue, room, facilitators)."""
        with self._db.read() as session:
            message = session.get(OutboxMessage, message_id)
            if message is None:
                raise errors.NotFoundError(what="message", key="id", value=message_id)
            params = json.loads(message.params or "{}")
            person = session.get(Person, message.person_id) if message.person_id else None
            registration = (
                session.get(Registration, message.registration_id)
                if message.registration_id
                else None
            )
            event_ids = [message.event_id] if message.event_id else []
            upcoming_ids = [int(i) for i in params.get("events", [])]
            events = _load_events(session, [*event_ids, *upcoming_ids])
            organisation = organisation_name(session)
        return MessageData(
            id=message.id,
            key=message.key,
            version=message.version,
            kind=MessageKind(message.kind),
            params=params,
            person=person,
            registration=registration,
            event=events.get(message.event_id) if message.event_id else None,
            upcoming=[events[i] for i in upcoming_ids if i in events],
            organisation=organisation,
        )

    def preview_data(self, registration_id: int, kind: MessageKind) -> MessageData:
        """The data of a message of ``kind`` for a registration, without queueing it."""
        with self._db.read() as session:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise errors.NotFoundError(what="registration", key="id", value=registration_id)
            person = session.get(Person, registration.person_id)
            events = _load_events(session, [registration.event_id])
            ahead = session.scalar(
                select(func.count()).where(
                    Registration.event_id == registration.event_id,
                    Registration.status == RegistrationStatus.WAITLISTED,
                    Registration.waitlist_order < (registration.waitlist_order or 0),
                )
            )
            organisation = organisation_name(session)
        params: dict[str, object] = {"position": int(ahead or 0) + 1, "what": "time", "days": 2}
        return MessageData(
            0,
            f"{kind.value}:{registration_id}",
            0,
            kind,
            params,
            person,
            registration,
            events.get(registration.event_id),
            [],
            organisation,
        )


def _load_events(session: Session, ids: list[int]) -> dict[int, Event]:
    if not ids:
        return {}
    found = session.scalars(
        select(Event)
        .where(Event.id.in_(ids))
        .options(
            selectinload(Event.venue), selectinload(Event.room), selectinload(Event.facilitators)
        )
    )
    return {e.id: e for e in found}


def consenting_people() -> Select[int]:
    """The query of people who agreed to the "upcoming events" mailing and have an address.

    Until the consents of the privacy work land, this is the person's ``consent_mailing`` flag;
    switching means changing this one query.
    """
    return select(Person.id).where(Person.consent_mailing.is_(True), Person.email.is_not(None))


def new_claim_token() -> str:
    """A sender's claim: this computer, this process, and a random part."""
    return f"{socket.gethostname()}|{os.getpid()}|{uuid.uuid4().hex[:8]}"


def claim_alive(token: str, pid_alive: Callable[[int], bool] | None = None) -> bool:
    """Whether the sender that made ``token`` may still be running (unknown: yes)."""
    parts = token.split("|")
    if len(parts) != 3 or parts[0] != socket.gethostname() or os.name != "posix":
        return True
    try:
        pid = int(parts[1])
    except ValueError:
        return True
    return (pid_alive or _pid_alive)(pid)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
