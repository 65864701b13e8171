"""Writing messages into the outbox, inside the caller's transaction (Core, no ORM flush).

A message has a ``key`` (``ticket:42``) and a ``version``. With a fixed version the same
message is queued at most once (``ON CONFLICT DO NOTHING``, so a second desk doing the same at
the same moment never breaks the caller's transaction). Without one, a still unsent message
with the same key is replaced by the new version, and otherwise the next version is added.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import OutboxMessage

OUTBOX = cast(Table, OutboxMessage.__table__)


class State(enum.StrEnum):
    """Where a message is on its way."""

    QUEUED = "queued"
    SENDING = "sending"  # claimed by a sender, not yet handed to the server
    DELIVERING = "delivering"  # the server is receiving it: from here on it may arrive
    SENT = "sent"
    FAILED = "failed"  # permanently refused (unknown address) or given up
    MAYBE_SENT = "maybe_sent"  # interrupted after the server may have accepted it
    DROPPED = "dropped"


OPEN_STATES = (State.QUEUED, State.FAILED, State.MAYBE_SENT)


@dataclass(frozen=True)
class QueueItem:
    """One message to queue.

    Attributes:
        kind: A :class:`~keet_desktop.domain.mail.templates.MessageKind` value.
        key: What the message is about, e.g. ``ticket:42``.
        version: Fixed version (queued once), or None (a newer version replaces an unsent one).
    """

    kind: str
    key: str
    registration_id: int | None = None
    person_id: int | None = None
    event_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    version: int | None = 1


def _insert(conn: Connection) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(OUTBOX)


def _row(item: QueueItem, version: int, now: datetime) -> dict[str, Any]:
    return {
        "key": item.key,
        "version": version,
        "kind": item.kind,
        "registration_id": item.registration_id,
        "person_id": item.person_id,
        "event_id": item.event_id,
        "params": json.dumps(item.params, ensure_ascii=False, sort_keys=True),
        "state": State.QUEUED.value,
        "attempts": 0,
        "next_attempt_at": now,
        "last_error": "",
        "claimed_by": "",
        "message_id": "",
        "created_at": now,
        "updated_at": now,
    }


def queue(conn: Connection, items: Iterable[QueueItem]) -> None:
    """Queue ``items`` in the transaction of ``conn``."""
    items = list(items)
    now = utcnow()
    fixed = [_row(i, i.version, now) for i in items if i.version is not None]
    if fixed:
        statement = _insert(conn).on_conflict_do_nothing(index_elements=["key", "version"])
        conn.execute(statement, fixed)
    for item in items:
        if item.version is None:
            _queue_newer(conn, item, now)


def _queue_newer(conn: Connection, item: QueueItem, now: datetime) -> None:
    replaced = conn.execute(
        update(OUTBOX)
        .where(OUTBOX.c.key == item.key, OUTBOX.c.state == State.QUEUED.value)
        .values(
            version=OUTBOX.c.version + 1,
            params=json.dumps(item.params, ensure_ascii=False, sort_keys=True),
            attempts=0,
            next_attempt_at=now,
            updated_at=now,
        )
    )
    if replaced.rowcount:
        return
    newest = conn.scalar(select(func.max(OUTBOX.c.version)).where(OUTBOX.c.key == item.key))
    statement = _insert(conn).on_conflict_do_nothing(index_elements=["key", "version"])
    conn.execute(statement, [_row(item, int(newest or 0) + 1, now)])


def drop_unsent(conn: Connection, registration_id: int, kinds: Iterable[str]) -> None:
    """Drop the still queued messages of these kinds for a registration (now pointless)."""
    conn.execute(
        update(OUTBOX)
        .where(
            OUTBOX.c.registration_id == registration_id,
            OUTBOX.c.state == State.QUEUED.value,
            OUTBOX.c.kind.in_(list(kinds)),
        )
        .values(state=State.DROPPED.value, updated_at=utcnow())
    )
