"""What every command shares: the context, output, errors and exit codes."""

from __future__ import annotations

import argparse
import json
import locale
import logging
import os
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from keet_desktop.cli.privacy_support import database_passphrase
from keet_desktop.domain import errors, opening, safefile, schema
from keet_desktop.domain.db import Database
from keet_desktop.domain.dbsafety import DatabaseReadOnlyError
from keet_desktop.domain.services import Services
from keet_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translate, translator

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad usage or an unreadable input file (exit code 2)."""


@dataclass
class Context:
    """What a command gets: its arguments, the services and the language."""

    args: argparse.Namespace
    lang: str
    translate_fn: Translate
    _services: Services | None = field(default=None, repr=False)
    _opened: list[Database] = field(default_factory=list, repr=False)
    # issue 11: why the database could only be opened read-only (full or read-only disk)
    read_only_reason: errors.DatabaseError | None = None

    @property
    def json(self) -> bool:
        """Whether to print JSON."""
        return bool(getattr(self.args, "json", False))

    def translate(self, context: str, source: str) -> str:
        """Translate ``source`` of ``context`` (fill in ``{fields}`` with ``.format``)."""
        return self.translate_fn(context, source)

    def database(self, *, upgrade: bool = True) -> Database:
        """Open the database (upgraded to this version unless told otherwise)."""
        return self.services(upgrade=upgrade).db

    def services(self, *, upgrade: bool = True) -> Services:
        """Return the services over the chosen database, upgrading it first."""
        if self._services is None:
            db = self.open_database()
            if upgrade:
                schema.upgrade(db)
            self._services = Services(db)
            if upgrade:
                self._services.outbox.activate()  # issue 16: queue mail if the outbox is on
        return self._services

    def open_database(self) -> Database:
        """Open the chosen database as it is (closed when the command ends).

        On a full or read-only disk it is opened read-only: reading, export and backup work.
        An encrypted file needs its passphrase (issue 13).
        """
        opened = opening.open_database(
            self.args.database,
            passphrase=database_passphrase(self.args.database, self.translate_fn),
        )
        self.read_only_reason = opened.read_only_reason
        self._opened.append(opened.db)
        return opened.db

    def close(self) -> None:
        """Close every database connection the command opened."""
        for db in self._opened:
            db.dispose()
        self._opened.clear()

    def emit(self, document: Any, human: str) -> None:
        """Print ``document`` as JSON with ``--json``, else the human summary."""
        if self.json:
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(human.rstrip("\n") + "\n")


Handler = Callable[[Context], int]


def choose_language(requested: str | None) -> str:
    """Return ``--lang``, else the system locale's language if we have it, else Dutch."""
    if requested:
        return requested
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value[:2] in LANGUAGES:
            return value[:2]
    code = (locale.getlocale()[0] or "")[:2]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Let ``--json`` also follow the command (``keet events list --json``)."""
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document"
    )


def fail(_ctx: Context, message: str, code: int) -> int:
    """Print one error line on stderr and return ``code``."""
    sys.stderr.write("keet: " + " ".join(message.split()) + "\n")
    return code


def run(args: argparse.Namespace) -> int:
    """Run the handler of the parsed command, mapping every failure to its exit code."""
    lang = choose_language(args.lang)
    ctx = Context(args=args, lang=lang, translate_fn=translator(lang))
    try:
        return _run_handler(ctx)
    finally:
        ctx.close()


def _run_handler(ctx: Context) -> int:
    args = ctx.args
    handler: Handler = args.handler
    try:
        return handler(ctx)
    except errors.DatabaseError as exc:
        _debug(args)
        if isinstance(exc, DatabaseReadOnlyError) and ctx.read_only_reason is not None:
            exc = ctx.read_only_reason  # say why it is read-only: the full disk
        return fail(ctx, exc.format(ctx.translate_fn), EXIT_DATABASE)
    except errors.NotFoundError as exc:
        _debug(args)
        if exc.params.get("what") == "event" and exc.params.get("key") == "id":
            # issue 11: an event id given on the command line that does not exist is bad usage
            message = ctx.translate("cli", "no event {id} (see keet events list)")
            return fail(ctx, message.format(id=exc.params.get("value")), EXIT_USAGE)
        return fail(ctx, exc.format(ctx.translate_fn), exc.exit_code)
    except errors.KeetError as exc:
        _debug(args)
        return fail(ctx, exc.format(ctx.translate_fn), exc.exit_code)
    except UsageError as exc:
        _debug(args)
        return fail(ctx, str(exc), EXIT_USAGE)
    except OperationalError as exc:
        _debug(args)
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return fail(
            ctx,
            ctx.translate("cli", "database problem: {detail}").format(detail=detail),
            EXIT_DATABASE,
        )
    except SQLAlchemyError as exc:
        _debug(args)
        return fail(
            ctx,
            ctx.translate("cli", "database problem: {detail}").format(
                detail=str(exc).splitlines()[0]
            ),
            EXIT_DATABASE,
        )
    except OSError as exc:
        _debug(args)
        if safefile.is_disk_full(exc) or not exc.filename:  # issue 11: say what and where
            target = Path(str(exc.filename or os.getcwd()))
            error = safefile.translate_os_error(exc, target)
            return fail(ctx, error.format(ctx.translate_fn), error.exit_code)
        return fail(
            ctx,
            ctx.translate("cli", "cannot use {file}: {reason}").format(
                file=exc.filename or "", reason=exc.strerror or str(exc)
            ),
            EXIT_USAGE,
        )


def _debug(args: argparse.Namespace) -> None:
    if args.debug:
        traceback.print_exc()
