"""The mail server's password: only in the operating system's keyring, never in a file.

``KEET_SMTP_PASSWORD`` (for scripts and cron jobs) takes precedence over the keyring.
"""

from __future__ import annotations

import contextlib
import logging
import os

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "keet-desktop-smtp"
ENV_PASSWORD = "KEET_SMTP_PASSWORD"


def _account(host: str, username: str) -> str:
    return f"{username}@{host}"


def get_password(host: str, username: str) -> str:
    """Return the password for ``username`` at ``host`` ("" when none is kept)."""
    from_env = os.environ.get(ENV_PASSWORD)
    if from_env is not None:
        return from_env
    if not username:
        return ""
    try:
        return keyring.get_password(SERVICE, _account(host, username)) or ""
    except KeyringError as exc:  # no keyring on this system: log in without a password
        log.warning("keyring unavailable: %s", type(exc).__name__)
        return ""


def has_password(host: str, username: str) -> bool:
    """Whether the keyring holds a password for ``username`` at ``host``."""
    try:
        return (
            bool(username) and keyring.get_password(SERVICE, _account(host, username)) is not None
        )
    except KeyringError:
        return False


def set_password(host: str, username: str, password: str) -> None:
    """Keep ``password`` in the keyring ("" removes it).

    Raises:
        keyring.errors.KeyringError: The system has no usable keyring.
    """
    account = _account(host, username)
    if password:
        keyring.set_password(SERVICE, account, password)
        return
    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, account)
