"""``keet export registrations|people`` (CSV or .xlsx)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.cli.schedule_commands import register_export_ics
from keet_desktop.domain.services.export import PEOPLE_COLUMNS, REGISTRATION_COLUMNS

ExportSubparsers = argparse._SubParsersAction  # type: ignore[type-arg]

# Functions that add more ``keet export`` kinds (e.g. ``ics``) to the export sub-parsers.
EXTRA_EXPORTS: list[Callable[[ExportSubparsers], None]] = [register_export_ics]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` command."""
    export_subparsers(subparsers)


def export_subparsers(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> ExportSubparsers:
    """Create ``keet export`` and return its sub-parsers, so more kinds can be added."""
    parser = subparsers.add_parser("export", help="export registrations, people or calendars")
    sub = parser.add_subparsers(dest="export_command", required=True, metavar="WHAT")

    regs = sub.add_parser("registrations", help="an event's registrations")
    regs.add_argument("--event", type=int, required=True, metavar="ID")
    _common(regs, [c.key for c in REGISTRATION_COLUMNS])
    regs.set_defaults(handler=_registrations)

    people = sub.add_parser("people", help="people (of one event, or everyone)")
    people.add_argument("--event", type=int, metavar="ID")
    _common(people, [c.key for c in PEOPLE_COLUMNS])
    people.set_defaults(handler=_people)
    for extra in EXTRA_EXPORTS:
        extra(sub)
    return sub


def _common(parser: argparse.ArgumentParser, keys: list[str]) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--columns", metavar="A,B,...", help="columns, in order (default: all): " + ",".join(keys)
    )
    parser.add_argument(
        "--delimiter",
        choices=(";", ",", "tab"),
        default=";",
        help="CSV delimiter (default ; for Excel in Belgium)",
    )
    add_json_flag(parser)


def _options(ctx: Context) -> tuple[list[str] | None, str]:
    args = ctx.args
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    if args.columns is not None and not columns:
        raise UsageError(ctx.translate("cli", "--columns names no column"))
    return columns, "\t" if args.delimiter == "tab" else args.delimiter


def _done(ctx: Context, path: Path, rows: int) -> int:
    ctx.emit(
        {"file": str(path), "rows": rows},
        ctx.translate("cli", "{rows} rows written to {file}.").format(rows=rows, file=path),
    )
    return EXIT_OK


def _registrations(ctx: Context) -> int:
    columns, delimiter = _options(ctx)
    rows = ctx.services().exports.export_registrations(
        ctx.args.event,
        ctx.args.output,
        columns,
        translate=ctx.translate_fn,
        delimiter=delimiter,
    )
    return _done(ctx, ctx.args.output, rows)


def _people(ctx: Context) -> int:
    columns, delimiter = _options(ctx)
    rows = ctx.services().exports.export_people(
        ctx.args.output,
        columns,
        event_id=ctx.args.event,
        translate=ctx.translate_fn,
        delimiter=delimiter,
    )
    return _done(ctx, ctx.args.output, rows)
