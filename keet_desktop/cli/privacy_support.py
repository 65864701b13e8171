"""What the privacy features need from every command: the passphrase and who is acting."""

from __future__ import annotations

import getpass
import os
import sys

from sqlalchemy.engine import make_url

from keet_desktop.domain.db import default_database_url
from keet_desktop.domain.privacy.encryption import ENV_PASSPHRASE, is_encrypted
from keet_desktop.i18n import Translate


def cli_actor() -> str:
    """Return who acts in the activity log: the command line and the computer account."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no account name (some containers)
        user = ""
    return f"cli {user}".strip()


def database_passphrase(url: str | None, translate: Translate) -> str | None:
    """Return the passphrase for an encrypted SQLite file: ``KEET_DB_PASSPHRASE`` or a prompt.

    None for a plain file or another database; the prompt only when a person is at the terminal.
    """
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env:
        return from_env
    parsed = make_url(url or default_database_url())
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    from pathlib import Path

    if not is_encrypted(Path(parsed.database).expanduser()) or not sys.stdin.isatty():
        return None
    return getpass.getpass(translate("cli", "Passphrase of the database: "))
