"""``keet events list|add``."""

from __future__ import annotations

import argparse
from typing import Any

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.services.events import EventInput, EventSummary
from keet_desktop.domain.timeutil import iso, parse_local, to_local


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``events`` commands."""
    events = subparsers.add_parser("events", help="list and add events")
    sub = events.add_subparsers(dest="events_command", required=True, metavar="ACTION")
    listing = sub.add_parser("list", help="every event with its counts")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    add = sub.add_parser("add", help="add an event")
    add.add_argument("--title", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    add.add_argument(
        "--start",
        required=True,
        metavar="ISO",
        help="start, e.g. 2026-12-01T19:00 (Brussels time unless an offset is given)",
    )
    add.add_argument("--end", required=True, metavar="ISO")
    add.add_argument("--capacity", type=int, metavar="N", help="places (default: unlimited)")
    add.add_argument("--venue", default="", metavar="NAME")
    add.add_argument("--room", default="", metavar="NAME")
    add.add_argument("--online-url", default="", metavar="URL")
    add.add_argument("--programme", type=int, metavar="ID")
    add.add_argument("--facilitator", action="append", default=[], metavar="NAME")
    add.add_argument("--description", default="")
    add.add_argument("--language", default="nl", choices=("nl", "en", "fr"))
    add_json_flag(add)
    add.set_defaults(handler=_add)


def event_json(summary: EventSummary) -> dict[str, Any]:
    """Return an event as the command line's JSON shows it."""
    return {
        "id": summary.id,
        "title": summary.title,
        "kind": summary.kind.value,
        "starts_at": iso(summary.starts_at),
        "ends_at": iso(summary.ends_at),
        "venue": summary.venue or None,
        "room": summary.room or None,
        "online_url": summary.online_url or None,
        "capacity": summary.capacity,
        "registered": summary.registered,
        "waitlisted": summary.waitlisted,
        "status": summary.status.value,
        "programme_id": summary.programme_id,
    }


def _line(ctx: Context, summary: EventSummary) -> str:
    start = to_local(summary.starts_at).strftime("%Y-%m-%d %H:%M")
    place = summary.room or summary.venue or ("online" if summary.online_url else "")
    capacity = "∞" if summary.capacity is None else str(summary.capacity)
    counts = f"{summary.registered}/{capacity}"
    if summary.waitlisted:
        counts += " " + ctx.translate("cli", "(+{n} waiting)").format(n=summary.waitlisted)
    return f"{summary.id:>5}  {start}  {summary.title}  [{place}]  {counts}"


def _list(ctx: Context) -> int:
    summaries = ctx.services().events.list_events()
    human = "\n".join(_line(ctx, s) for s in summaries) or ctx.translate("cli", "No events.")
    ctx.emit([event_json(s) for s in summaries], human)
    return EXIT_OK


def _parse_time(ctx: Context, option: str, value: str) -> Any:
    try:
        return parse_local(value)
    except ValueError:
        raise UsageError(
            ctx.translate(
                "cli", "{option}: “{value}” is not a date and time like 2026-12-01T19:00"
            ).format(option=option, value=value)
        ) from None


def _add(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    starts_at = _parse_time(ctx, "--start", args.start)
    ends_at = _parse_time(ctx, "--end", args.end)
    venue_id, room_id = services.events.ensure_place(args.venue, args.room)
    facilitator_ids = services.events.ensure_facilitators(args.facilitator)
    result = services.events.create(
        EventInput(
            title=args.title,
            kind=EventKind(args.kind),
            starts_at=starts_at,
            ends_at=ends_at,
            description=args.description,
            venue_id=venue_id,
            room_id=room_id,
            online_url=args.online_url,
            capacity=args.capacity,
            language=args.language,
            programme_id=args.programme,
            facilitator_ids=facilitator_ids,
        )
    )
    summary = services.events.summary(result.event.id)
    human = ctx.translate("cli", "Event {id} added: {title}.").format(
        id=summary.id, title=summary.title
    )
    for warning in result.warnings:
        human += "\n" + ctx.translate("cli", "Warning: {message}").format(
            message=warning.format(ctx.translate_fn)
        )
    ctx.emit(event_json(summary), human)
    return EXIT_OK
