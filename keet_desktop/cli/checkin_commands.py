"""``keet checkin CODE --event ID`` and ``keet checkin --undo REGISTRATION_ID --reason TEXT``."""

from __future__ import annotations

import argparse

from keet_desktop.cli.common import EXIT_OK, EXIT_REFUSED, Context, UsageError, add_json_flag
from keet_desktop.cli.files import require_event
from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.domain.timeutil import iso

DEFAULT_DESK = "keet"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``checkin`` command."""
    checkin = subparsers.add_parser(
        "checkin", help="check a ticket code in at an event's desk, or undo a check-in"
    )
    checkin.add_argument("code", nargs="?", metavar="CODE", help="the ticket code as scanned")
    checkin.add_argument("--event", type=int, metavar="ID", help="the desk's event")
    checkin.add_argument("--desk", default=DEFAULT_DESK, metavar="NAME", help="the desk's name")
    checkin.add_argument("--undo", type=int, metavar="REGISTRATION_ID", help="undo a check-in")
    checkin.add_argument("--reason", metavar="TEXT", help="why the check-in is undone")
    add_json_flag(checkin)
    checkin.set_defaults(handler=_checkin)


def _checkin(ctx: Context) -> int:
    args = ctx.args
    if args.undo is not None:
        if args.code is not None:
            raise UsageError(ctx.translate("cli", "give either a CODE or --undo, not both"))
        return _undo(ctx)
    if args.code is None or args.event is None:
        raise UsageError(ctx.translate("cli", "give a CODE and --event ID (or --undo ID)"))
    require_event(ctx, args.event)  # issue 11: "no event 999", exit 2
    result = ctx.services().checkin.scan(args.code, args.event, args.desk)
    message = result.message(ctx.translate_fn)
    document = {
        "outcome": result.outcome.value,
        "registration_id": result.registration_id,
        "person": result.name or None,
        "at": iso(result.checked_in_at),
        "desk": result.desk or None,
        "message": message,
    }
    ctx.emit(document, message)
    return EXIT_OK if result.outcome is Outcome.CHECKED_IN else EXIT_REFUSED


def _undo(ctx: Context) -> int:
    args = ctx.args
    ctx.services().checkin.undo(registration_id=args.undo, reason=args.reason or "", by=args.desk)
    human = ctx.translate("cli", "The check-in of registration {id} is undone.").format(
        id=args.undo
    )
    ctx.emit({"undone": args.undo}, human)
    return EXIT_OK
