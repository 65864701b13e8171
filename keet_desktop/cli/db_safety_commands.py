"""``keet db check`` and ``keet db restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from keet_desktop.cli.common import EXIT_DATABASE, EXIT_OK, Context, add_json_flag
from keet_desktop.domain import backups
from keet_desktop.domain.db import Database, create_db_engine, default_database_url


def register(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``check`` and ``restore`` to the ``keet db`` actions."""
    check = db_sub.add_parser("check", help="check the database for damage")
    check.add_argument(
        "--quick", action="store_true", help="SQLite's quick check (faster, fewer checks)"
    )
    add_json_flag(check)
    check.set_defaults(handler=_check)
    restore = db_sub.add_parser(
        "restore", help="put a backup in place of the database (the current one is copied first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    add_json_flag(restore)
    restore.set_defaults(handler=_restore)


def _check(ctx: Context) -> int:
    db = _open_as_it_is(ctx)
    try:
        result = backups.check_database(db, quick=ctx.args.quick)
    finally:
        db.dispose()
    problems = [ctx.translate("errors", p) for p in result.problems]
    document = {"path": result.path, "ok": result.ok, "problems": problems}
    if result.ok:
        human = ctx.translate("cli", "{path}: no damage found.").format(path=result.path)
    else:
        human = ctx.translate("cli", "{path} is damaged: {problems}").format(
            path=result.path, problems="; ".join(problems)
        )
    ctx.emit(document, human)
    return EXIT_OK if result.ok else EXIT_DATABASE


def _open_as_it_is(ctx: Context) -> Database:
    """Open the database without refusing an empty or foreign file (check and restore)."""
    url = ctx.args.database or default_database_url()
    return Database(create_db_engine(url), url)


def _restore(ctx: Context) -> int:
    db = _open_as_it_is(ctx)
    try:
        result = backups.restore(db, ctx.args.file)
    finally:
        db.dispose()
    current = str(result.backup_of_current) if result.backup_of_current else None
    ctx.emit(
        {
            "restored": str(ctx.args.file),
            "backup_of_current": current,
            "path": str(result.restored),
        },
        ctx.translate(
            "cli", "{file} restored as {path}; the database it replaced was copied to {copy}."
        ).format(file=ctx.args.file, path=result.restored, copy=current or "-"),
    )
    return EXIT_OK
