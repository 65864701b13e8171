"""Connecting to a shared PostgreSQL database (several desks on a network) and saying what is wrong.

:func:`connect_shared` tests the connection, creates or upgrades the tables, and raises one of
the errors below with the host, user or database named: the host cannot be reached, the user
name or password is wrong, the database does not exist, or the user may not create tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import URL, make_url, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from keet_desktop.domain import errors
from keet_desktop.domain.db import Database
from keet_desktop.i18n import QT_TRANSLATE_NOOP

CONNECT_TIMEOUT_S = 5


class SharedDatabaseError(errors.KeetError):
    """The shared database cannot be used (see the subclasses)."""

    code = "shared_database"
    template = QT_TRANSLATE_NOOP("errors", "The database on {host} cannot be used: {detail}")
    exit_code = 2


class HostUnreachableError(SharedDatabaseError):
    """No PostgreSQL server answers at the host and port."""

    code = "host_unreachable"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No database server answers at {host}, port {port}. Check the name or address, the "
        "network, and that the server runs.",
    )


class WrongPasswordError(SharedDatabaseError):
    """The server refused the user name or password."""

    code = "wrong_password"
    template = QT_TRANSLATE_NOOP(
        "errors", "The server at {host} refused user “{user}”: the user name or password is wrong."
    )


class NoSuchDatabaseError(SharedDatabaseError):
    """The server has no database of that name."""

    code = "no_such_database"
    template = QT_TRANSLATE_NOOP(
        "errors", "The server at {host} has no database “{database}”. Ask its administrator."
    )


class NoRightsError(SharedDatabaseError):
    """The user may connect but not create the tables."""

    code = "no_rights"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "User “{user}” may not create tables in “{database}” on {host}. Ask the administrator "
        "for the rights (CREATE on the schema), or use the user that owns the database.",
    )


@dataclass(frozen=True)
class SharedDatabase:
    """Where the shared database is; the password is never shown or logged."""

    host: str
    port: int = 5432
    database: str = "keet"
    user: str = "keet"
    password: str = ""

    def url(self, *, with_password: bool = True) -> str:
        """The SQLAlchemy URL (with a connection timeout)."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=(self.password or None) if with_password else None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"connect_timeout": str(CONNECT_TIMEOUT_S)},
        ).render_as_string(hide_password=not with_password)


def _params(shared: SharedDatabase) -> dict[str, Any]:
    return {
        "host": shared.host,
        "port": shared.port,
        "user": shared.user,
        "database": shared.database,
    }


def classify(exc: SQLAlchemyError, shared: SharedDatabase) -> SharedDatabaseError:
    """Turn a driver error into the error that says what is wrong."""
    message = str(getattr(exc, "orig", None) or exc)
    lowered = message.lower()
    params = _params(shared)
    if "password" in lowered or ("role" in lowered and "does not exist" in lowered):
        return WrongPasswordError(**params)
    if "database" in lowered and "does not exist" in lowered:
        return NoSuchDatabaseError(**params)
    if "permission denied" in lowered or "must be owner" in lowered:
        return NoRightsError(**params)
    unreachable = ("connection refused", "could not translate", "timeout", "no route", "resolve")
    if any(word in lowered for word in unreachable) or "connection failed" in lowered:
        return HostUnreachableError(**params)
    first_line = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    return SharedDatabaseError(detail=first_line, **params)


def connect_shared(shared: SharedDatabase) -> Database:
    """Connect, create or upgrade the tables, and return the database.

    Raises:
        SharedDatabaseError: What is wrong (a subclass), with host, user and database named.
    """
    from keet_desktop.domain import schema  # Alembic: slow to import, only when connecting

    db = Database.open(shared.url())
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        schema.upgrade(db)
    except (DBAPIError, SQLAlchemyError) as exc:
        db.dispose()
        raise classify(exc, shared) from exc
    return db


KEYRING_SERVICE = "keet-desktop"


def remember_password(shared: SharedDatabase) -> bool:
    """Keep the password in the system's keyring (never in the settings file).

    Returns:
        Whether it was kept; False when the system has no keyring (the user types it again).
    """
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, shared.url(with_password=False), shared.password)
    except (KeyringError, RuntimeError):
        return False
    return True


def url_with_password(url: str) -> str:
    """Return ``url`` (saved without password) with the password from the keyring, if any."""
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(KEYRING_SERVICE, url)
    except (KeyringError, RuntimeError):
        password = None
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)
