"""What every command that writes a file shares: ``--force`` and the files it must not touch."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from keet_desktop.cli.common import Context
from keet_desktop.domain.db import default_database_url


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
