"""``keet schedule check`` and the ``ics`` subcommand of ``keet export``.

``register_export_ics(export_subparsers)`` adds ``keet export ics (--event ID|--programme
ID|--room ID) -o FILE.ics`` to the ``export`` command group (which the import/export module
owns).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from keet_desktop.cli.common import EXIT_OK, EXIT_REFUSED, Context, UsageError, add_json_flag
from keet_desktop.cli.files import add_force_flag, force, protected_files
from keet_desktop.domain import errors
from keet_desktop.domain.models import Event, Programme, Room
from keet_desktop.domain.safefile import check_target, write_bytes
from keet_desktop.domain.schedule import ics
from keet_desktop.domain.schedule.conflicts import Conflict
from keet_desktop.domain.timeutil import BRUSSELS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``schedule`` commands."""
    schedule = subparsers.add_parser("schedule", help="check the schedule for conflicts")
    sub = schedule.add_subparsers(dest="schedule_command", required=True, metavar="ACTION")
    check = sub.add_parser("check", help="list every conflict of the season")
    check.add_argument(
        "--strict", action="store_true", help="exit 1 when there is an error-level conflict"
    )
    check.add_argument("--from", dest="from_day", metavar="DATE", help="first day (YYYY-MM-DD)")
    check.add_argument("--to", dest="to_day", metavar="DATE", help="last day (YYYY-MM-DD)")
    add_json_flag(check)
    check.set_defaults(handler=_check)


def register_export_ics(
    export_subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add ``ics`` to the subcommands of ``keet export``."""
    parser = export_subparsers.add_parser("ics", help="an .ics calendar file")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID")
    which.add_argument("--programme", type=int, metavar="ID")
    which.add_argument("--room", type=int, metavar="ID")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    add_force_flag(parser)
    add_json_flag(parser)
    parser.set_defaults(handler=export_ics)


def conflict_json(ctx: Context, conflict: Conflict) -> dict[str, Any]:
    """A conflict as the command line's JSON shows it."""
    return {
        "kind": conflict.kind.value,
        "severity": conflict.severity.value,
        "events": [event_id for event_id in conflict.events if event_id is not None],
        "message": conflict.format(ctx.translate_fn, ctx.lang),
    }


def _day(ctx: Context, option: str, value: str | None, days: int = 0) -> datetime | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value) + timedelta(days=days)
    except ValueError:
        raise UsageError(
            ctx.translate("cli", "{option}: “{value}” is not a date like 2027-03-16").format(
                option=option, value=value
            )
        ) from None
    return datetime.combine(day, time(0), tzinfo=BRUSSELS)


def _check(ctx: Context) -> int:
    start = _day(ctx, "--from", ctx.args.from_day)
    end = _day(ctx, "--to", ctx.args.to_day, days=1)
    conflicts = ctx.services().schedule.check(start, end)
    documents = [conflict_json(ctx, c) for c in conflicts]
    lines = [f"{d['severity']:<7}  {d['message']}" for d in documents]
    human = "\n".join(lines) or ctx.translate("cli", "No conflicts.")
    ctx.emit(documents, human)
    strict = getattr(ctx.args, "strict", False)
    if strict and any(d["severity"] == "error" for d in documents):
        return EXIT_REFUSED
    return EXIT_OK


def _load(ctx: Context) -> tuple[list[Event], str]:
    args = ctx.args
    options = (
        selectinload(Event.venue),
        selectinload(Event.room),
        selectinload(Event.facilitators),
    )
    with ctx.services().db.read() as session:
        query = select(Event).options(*options).order_by(Event.starts_at)
        if args.event is not None:
            events = list(session.scalars(query.where(Event.id == args.event)))
            if not events:
                raise errors.NotFoundError(what="event", key="id", value=args.event)
            return events, events[0].title
        if args.programme is not None:
            programme = session.get(Programme, args.programme)
            if programme is None:
                raise errors.NotFoundError(what="programme", key="id", value=args.programme)
            return list(session.scalars(query.where(Event.programme_id == programme.id))), (
                programme.title
            )
        room = session.get(Room, args.room)
        if room is None:
            raise errors.NotFoundError(what="room", key="id", value=args.room)
        return list(session.scalars(query.where(Event.room_id == room.id))), room.name


def export_ics(ctx: Context) -> int:
    """Write the .ics file of an event, a programme or a room's bookings."""
    path = Path(ctx.args.output)
    protected = protected_files(ctx)
    check_target(path, suffixes=[".ics"], force=force(ctx), protected=protected)
    events, name = _load(ctx)
    write_bytes(
        path, ics.calendar(events, name), suffixes=[".ics"], force=force(ctx), protected=protected
    )
    human = ctx.translate("cli", "{rows} event(s) written to {file}.").format(
        rows=len(events), file=str(path)
    )
    ctx.emit({"file": str(path), "rows": len(events)}, human)
    return EXIT_OK
