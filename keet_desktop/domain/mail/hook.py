"""Queue messages in the transaction that causes them, by watching what a write flushes.

Installed on a :class:`~keet_desktop.domain.db.Database` only when the outbox is on (off, it
costs nothing). After each flush of a write transaction it looks at what changed:

- a new registration: ``ticket`` (registered) or ``waitlist`` (with its place in line);
- waiting → registered: ``promoted``; → cancelled: ``cancelled`` (and unsent tickets dropped);
- an event moved (time, place, link) or cancelled: ``changed`` for everyone registered or
  waiting, a newer version replacing one still unsent.

The services themselves stay as they are: no call to add in every place that registers.
Registrations written with Core bulk inserts are not seen here: an import calls
:func:`queue_imported` (the demo queues nothing).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from keet_desktop.domain.db import Database
from keet_desktop.domain.mail.queue import QueueItem, drop_unsent, queue
from keet_desktop.domain.mail.templates import MessageKind
from keet_desktop.domain.models import (
    Event,
    EventStatus,
    Registration,
    RegistrationSource,
    RegistrationStatus,
)

EVENT_FIELDS = ("starts_at", "ends_at", "venue_id", "room_id", "online_url")
_PENDING_KINDS = (
    MessageKind.TICKET,
    MessageKind.WAITLIST,
    MessageKind.PROMOTED,
    MessageKind.REMINDER,
)
_REG = Registration.__table__
_ON = "keet_outbox"


def install(db: Database) -> None:
    """Start queueing messages for writes through ``db`` (idempotent)."""
    db.listen_writes("after_flush", after_flush)
    db.listen_writes("after_begin", _mark_session)


def uninstall(db: Database) -> None:
    """Stop queueing messages for writes through ``db``."""
    db.unlisten_writes("after_flush", after_flush)
    db.unlisten_writes("after_begin", _mark_session)


def _mark_session(session: Session, _transaction: Any, _connection: Any) -> None:
    session.info[_ON] = True  # for writes the flush hook cannot see (queue_imported)


def queue_imported(session: Session, registration_ids: list[int]) -> None:
    """Queue tickets and waiting-list messages for registrations a Core bulk insert wrote.

    Imports write registrations without the ORM, so :func:`after_flush` does not see them;
    the import calls this once after its insert. Nothing happens when the outbox is off.
    """
    if not registration_ids or not session.info.get(_ON):
        return
    place = (
        func.row_number()
        .over(partition_by=_REG.c.event_id, order_by=(_REG.c.waitlist_order, _REG.c.id))
        .label("place")
    )
    events = select(_REG.c.event_id).where(_REG.c.id.in_(registration_ids)).distinct()
    waiting = select(_REG.c.id, place).where(
        _REG.c.event_id.in_(events), _REG.c.status == RegistrationStatus.WAITLISTED.value
    )
    connection = session.connection()
    places = {int(i): int(n) for i, n in connection.execute(waiting)}
    rows = connection.execute(
        select(_REG.c.id, _REG.c.person_id, _REG.c.event_id, _REG.c.status).where(
            _REG.c.id.in_(registration_ids)
        )
    )
    items = []
    for registration_id, person_id, event_id, status in rows:
        kind = MessageKind.TICKET if status == "registered" else MessageKind.WAITLIST
        params = {} if kind is MessageKind.TICKET else {"position": places.get(registration_id)}
        items.append(
            QueueItem(
                kind.value,
                f"{kind.value}:{registration_id}",
                registration_id,
                person_id,
                event_id,
                params,
            )
        )
    queue(connection, items)


def after_flush(session: Session, _context: Any) -> None:
    """Queue the messages that the objects just flushed call for."""
    items: list[QueueItem] = []
    for obj in session.new:
        if isinstance(obj, Registration):
            items.extend(_new_registration(session, obj))
    for obj in session.dirty:
        if isinstance(obj, Registration):
            items.extend(_changed_registration(session, obj))
        elif isinstance(obj, Event):
            items.extend(_changed_event(session, obj))
    if items:
        queue(session.connection(), items)


def _item(kind: MessageKind, registration: Registration, **params: Any) -> QueueItem:
    return QueueItem(
        kind=kind.value,
        key=f"{kind.value}:{registration.id}",
        registration_id=registration.id,
        person_id=registration.person_id,
        event_id=registration.event_id,
        params=params,
    )


def _new_registration(session: Session, registration: Registration) -> list[QueueItem]:
    if registration.source is RegistrationSource.WALK_IN:
        return []  # standing at the desk: nothing to tell
    if registration.status is RegistrationStatus.REGISTERED:
        return [_item(MessageKind.TICKET, registration)]
    if registration.status is RegistrationStatus.WAITLISTED:
        ahead = session.connection().scalar(
            select(func.count())
            .select_from(_REG)
            .where(
                _REG.c.event_id == registration.event_id,
                _REG.c.status == RegistrationStatus.WAITLISTED.value,
                _REG.c.waitlist_order < registration.waitlist_order,
            )
        )
        return [_item(MessageKind.WAITLIST, registration, position=int(ahead or 0) + 1)]
    return []


def _changed_registration(session: Session, registration: Registration) -> list[QueueItem]:
    history = inspect(registration).attrs.status.history
    if not history.has_changes():
        return []
    before = history.deleted[0] if history.deleted else None
    now = registration.status
    if now is RegistrationStatus.REGISTERED and before is RegistrationStatus.WAITLISTED:
        return [_item(MessageKind.PROMOTED, registration)]
    if now is RegistrationStatus.CANCELLED:
        drop_unsent(session.connection(), registration.id, [k.value for k in _PENDING_KINDS])
        return [_item(MessageKind.CANCELLED, registration)]
    return []


def _changed_event(session: Session, event: Event) -> list[QueueItem]:
    state = inspect(event)
    cancelled = state.attrs.status.history.has_changes() and event.status is EventStatus.CANCELLED
    moved = [name for name in EVENT_FIELDS if state.attrs[name].history.has_changes()]
    if not (cancelled or moved) or event.status is EventStatus.DRAFT:
        return []
    what = (
        "cancelled" if cancelled else ("time" if set(moved) & {"starts_at", "ends_at"} else "place")
    )
    rows = session.connection().execute(
        select(_REG.c.id, _REG.c.person_id).where(
            _REG.c.event_id == event.id,
            _REG.c.status.in_(
                [RegistrationStatus.REGISTERED.value, RegistrationStatus.WAITLISTED.value]
            ),
        )
    )
    items = []
    for registration_id, person_id in rows:
        if cancelled:
            drop_unsent(session.connection(), registration_id, [k.value for k in _PENDING_KINDS])
        items.append(
            QueueItem(
                kind=MessageKind.CHANGED.value,
                key=f"{MessageKind.CHANGED.value}:{registration_id}",
                registration_id=registration_id,
                person_id=person_id,
                event_id=event.id,
                params={"what": what},
                version=None,
            )
        )
    return items
