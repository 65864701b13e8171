"""``keet db upgrade|path|backup`` and ``keet demo``."""

from __future__ import annotations

import argparse
from pathlib import Path

from keet_desktop.cli import db_safety_commands, privacy_commands
from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.cli.files import add_force_flag, force
from keet_desktop.domain import backups, schema
from keet_desktop.domain.db import Database
from keet_desktop.domain.demo import load_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``db`` and ``demo`` commands."""
    db = subparsers.add_parser("db", help="the database: upgrade, path, backup")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    upgrade = db_sub.add_parser("upgrade", help="bring the database to this version")
    add_json_flag(upgrade)
    upgrade.set_defaults(handler=_upgrade)
    path = db_sub.add_parser("path", help="show which database is used")
    add_json_flag(path)
    path.set_defaults(handler=_path)
    backup = db_sub.add_parser("backup", help="copy the (SQLite) database to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")
    add_force_flag(backup)
    add_json_flag(backup)
    backup.set_defaults(handler=_backup)
    privacy_commands.register_db(db_sub)  # issue 13: db encrypt|decrypt
    db_safety_commands.register(db_sub)

    demo = subparsers.add_parser("demo", help="load De Keet's demo season")
    demo.add_argument(
        "--people",
        type=int,
        default=150,
        metavar="N",
        help="number of people (registrations scale with it)",
    )
    add_json_flag(demo)
    demo.set_defaults(handler=_demo)


def _describe(db: Database, revision: str | None) -> dict[str, str | None]:
    path = db.sqlite_path
    return {"path": str(path) if path else db.display_url(), "revision": revision}


def _upgrade(ctx: Context) -> int:
    db = ctx.open_database()
    state = schema.upgrade(db)
    document = _describe(db, state.current)
    if state.backup is not None:
        document["backup"] = str(state.backup)
    ctx.emit(
        document,
        ctx.translate("cli", "Database {path} is at version {revision}.").format(
            path=document["path"], revision=state.current
        ),
    )
    return EXIT_OK


def _path(ctx: Context) -> int:
    db = ctx.open_database()
    revision = schema.current_revision(db)
    document = _describe(db, revision)
    ctx.emit(document, str(document["path"]))
    return EXIT_OK


def _backup(ctx: Context) -> int:
    db = ctx.open_database()
    revision = schema.current_revision(db)
    target: Path = ctx.args.file
    info = backups.make_backup(db, target, force=force(ctx))
    ctx.emit(
        {"path": str(target), "revision": revision, "counts": info.counts},
        ctx.translate("cli", "Copied to {file}.").format(file=target),
    )
    return EXIT_OK


def _demo(ctx: Context) -> int:
    if ctx.args.people < 1:
        raise UsageError(ctx.translate("cli", "--people must be 1 or more"))
    counts = load_demo(ctx.database(), people=ctx.args.people)
    ctx.emit(
        {"events": counts.events, "people": counts.people, "registrations": counts.registrations},
        ctx.translate(
            "cli",
            "Demo season loaded: {events} events, {people} people, {registrations} registrations.",
        ).format(events=counts.events, people=counts.people, registrations=counts.registrations),
    )
    return EXIT_OK
