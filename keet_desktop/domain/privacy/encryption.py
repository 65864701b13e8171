"""Encryption at rest: an SQLite file encrypted with SQLCipher (the ``sqlcipher3`` module).

An encrypted file is opened through SQLAlchemy's ``sqlite+pysqlcipher`` dialect with the
passphrase in the URL. Encrypting and decrypting copy the database with ``sqlcipher_export``
into a private temporary file next to it, check the copy, then swap it in: a failure (or a
wrong passphrase) leaves the original as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
ENV_PASSPHRASE = "KEET_DB_PASSPHRASE"


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher file: whole pages, without SQLite's header.

    An encrypted file starts with random bytes, so any other file does too; but an encrypted
    database is whole pages (a multiple of 512 bytes), which a stray text file rarely is. Such
    a file is refused as "not a database" (issue 11), not asked for a passphrase.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return bool(head) and head != SQLITE_MAGIC and size >= 1024 and size % 512 == 0


def cipher_url(path: Path, passphrase: str) -> str:
    """Return the SQLAlchemy URL that opens ``path`` with ``passphrase``."""
    return f"sqlite+pysqlcipher://:{quote(passphrase, safe='')}@/{path}"


def create_private(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (0600), if it does not exist."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _connect(path: Path, passphrase: str | None) -> Any:
    import sqlcipher3

    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if passphrase is not None:
        connection.execute("PRAGMA key = " + _literal(passphrase))
    return connection


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def check_passphrase(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path`` (reads only)."""
    import sqlcipher3

    connection = _connect(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def export_copy(source: Path, target: Path, source_key: str | None, target_key: str) -> None:
    """Copy ``source`` to a new private file ``target`` keyed with ``target_key`` ("" = plain)."""
    create_private(target)
    connection = _connect(source, source_key)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(
            f"ATTACH DATABASE {_literal(str(target))} AS copy KEY {_literal(target_key)}"
        )
        connection.execute("SELECT sqlcipher_export('copy')")
        connection.execute(f"PRAGMA copy.user_version = {int(version)}")
        connection.execute("DETACH DATABASE copy")
    finally:
        connection.close()


def swap_in(path: Path, new_copy: Path) -> None:
    """Replace ``path`` with ``new_copy``; the old file's WAL and shared memory go with it."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    os.replace(new_copy, path)


def encrypt_file(path: Path, passphrase: str) -> None:
    """Encrypt the plain SQLite file ``path`` in place (no connection may be open on it)."""
    temporary = path.with_name(path.name + ".encrypting")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        export_copy(path, temporary, None, passphrase)
        if not check_passphrase(temporary, passphrase):
            raise OSError(f"the encrypted copy {temporary} cannot be read back")
        swap_in(path, temporary)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def decrypt_file(path: Path, passphrase: str) -> None:
    """Decrypt the encrypted SQLite file ``path`` in place (the passphrase is checked first)."""
    temporary = path.with_name(path.name + ".decrypting")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        export_copy(path, temporary, passphrase, "")
        swap_in(path, temporary)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
