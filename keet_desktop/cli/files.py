"""What commands share for issue 11: ``--force``, the files never written, a known event."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from keet_desktop.cli.common import Context
from keet_desktop.domain import errors
from keet_desktop.domain.db import default_database_url
from keet_desktop.domain.models import Event


def require_event(ctx: Context, event_id: int) -> None:
    """Raise ``no event ID`` (exit code 2) when there is no event with this id."""
    with ctx.services().db.read() as session:
        if session.get(Event, event_id) is None:
            raise errors.NotFoundError("event_id", what="event", key="id", value=event_id)


def add_force_flag(parser: argparse.ArgumentParser) -> None:
    """Add ``--force``: replace an existing output file."""
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def force(ctx: Context) -> bool:
    """Whether ``--force`` was given."""
    return bool(getattr(ctx.args, "force", False))


def protected_files(ctx: Context) -> list[Path | None]:
    """Return the chosen SQLite database's file (never written over), without opening it."""
    url = make_url(ctx.args.database or default_database_url())
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return []
    return [Path(str(url.database)).expanduser()]
