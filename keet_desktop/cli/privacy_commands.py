"""``keet privacy export|forget|purge|log|consent|retention`` and ``keet db encrypt|decrypt``."""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import sys
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.cli.privacy_support import cli_actor
from keet_desktop.domain.db import Database
from keet_desktop.domain.privacy import encryption
from keet_desktop.domain.privacy.errors import (
    AlreadyEncryptedError,
    EncryptionNeedsSqliteError,
    NotEncryptedError,
    WrongPassphraseError,
)
from keet_desktop.domain.privacy.files import check_private_folder, write_private
from keet_desktop.domain.privacy.models import ConsentSource, Purpose
from keet_desktop.domain.timeutil import iso, to_local
from keet_desktop.i18n import translator
from keet_desktop.printing.privacy import render_person_record


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``privacy`` command."""
    parser = subparsers.add_parser("privacy", help="personal data: access, erasure, retention")
    sub = parser.add_subparsers(dest="privacy_command", required=True, metavar="ACTION")
    export = sub.add_parser("export", help="everything held about a person (JSON or PDF)")
    export.add_argument("--person", type=int, required=True, metavar="ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--force", action="store_true", help="replace FILE; allow a shared folder")
    export.set_defaults(handler=_export)
    forget = sub.add_parser("forget", help="anonymise a person, keeping the counts")
    forget.add_argument("--person", type=int, required=True, metavar="ID")
    forget.add_argument("--reason", required=True, metavar="TEXT")
    forget.set_defaults(handler=_forget)
    purge = sub.add_parser("purge", help="anonymise everyone past the retention period")
    purge.add_argument("--months", type=int, metavar="N", help="retention period in months")
    purge.add_argument("--dry-run", action="store_true", help="only list who is due")
    purge.set_defaults(handler=_purge)
    log = sub.add_parser("log", help="the activity log: exports, prints, erasures")
    log.add_argument("--limit", type=int, default=1000, metavar="N")
    log.set_defaults(handler=_log)
    consent = sub.add_parser("consent", help="record a consent given or withdrawn")
    consent.add_argument("--person", type=int, required=True, metavar="ID")
    consent.add_argument("--purpose", required=True, choices=[p.value for p in Purpose])
    consent.add_argument("--source", default="form", choices=[s.value for s in ConsentSource])
    consent.add_argument("--withdraw", action="store_true", help="withdraw instead of give")
    consent.set_defaults(handler=_consent)
    retention = sub.add_parser("retention", help="show or set the retention period")
    retention.add_argument("--months", type=int, metavar="N", help="set it to N months")
    retention.set_defaults(handler=_retention)
    for each in (export, forget, purge, log, consent, retention):
        add_json_flag(each)


def register_db(db_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keet db encrypt`` and ``keet db decrypt``."""
    encrypt = db_sub.add_parser("encrypt", help="encrypt the SQLite file with a passphrase")
    encrypt.set_defaults(handler=_encrypt)
    decrypt = db_sub.add_parser("decrypt", help="remove the encryption of the SQLite file")
    decrypt.set_defaults(handler=_decrypt)
    for each in (encrypt, decrypt):
        add_json_flag(each)


def _export(ctx: Context) -> int:
    path: Path = ctx.args.output
    suffix = path.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise UsageError(
            ctx.translate("cli", "{file}: choose a .json or .pdf file").format(file=path)
        )
    if path.exists() and not ctx.args.force:
        raise UsageError(
            ctx.translate("cli", "{file} exists already; choose a new name").format(file=path)
        )
    if not path.parent.is_dir():
        raise UsageError(ctx.translate("cli", "no folder {folder}").format(folder=path.parent))
    if not ctx.args.force:
        check_private_folder(path.parent)
    db_file = ctx.database().sqlite_path
    if db_file is not None and path.resolve() in {
        Path(f"{db_file.resolve()}{end}") for end in ("", "-wal", "-shm")
    }:
        raise UsageError(
            ctx.translate("cli", "{file} is the database itself; choose another file").format(
                file=path
            )
        )
    record = ctx.services().privacy.person_record(ctx.args.person, cli_actor())
    if suffix == ".pdf":
        stream = io.BytesIO()
        language = record["person"]["language"] or "nl"
        author = ctx.services().organisation.get().name
        render_person_record(stream, record, translator(language), author)
        data = stream.getvalue()
    else:
        data = (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_private(path, data)
    ctx.emit({"file": str(path)}, ctx.translate("cli", "Written to {file}.").format(file=path))
    return EXIT_OK


def _forget(ctx: Context) -> int:
    erased = ctx.services().privacy.forget(ctx.args.person, ctx.args.reason, cli_actor())
    ctx.emit(
        {
            "forgotten": ctx.args.person,
            "registrations": erased.registrations,
            "scrubbed": erased.scrubbed,
        },
        ctx.translate(
            "cli", "Person {id} is forgotten; {count} registration(s) kept without their data."
        ).format(id=ctx.args.person, count=erased.registrations),
    )
    return EXIT_OK


def _purge(ctx: Context) -> int:
    result = ctx.services().privacy.purge(ctx.args.months, cli_actor(), dry_run=ctx.args.dry_run)
    preview = result.preview
    people = [pid for pid, _seen in preview.people]
    cutoff = to_local(preview.cutoff).strftime("%d/%m/%Y")
    if ctx.args.dry_run:
        human = ctx.translate("cli", "{count} people due, last seen before {date}.")
    else:
        human = ctx.translate(
            "cli", "{purged} of {count} people due purged (last seen before {date})."
        )
    ctx.emit(
        {
            "due": len(people),
            "purged": len(result.purged),
            "people": people,
            "months": preview.months,
            "cutoff": iso(preview.cutoff),
        },
        human.format(count=len(people), purged=len(result.purged), date=cutoff),
    )
    return EXIT_OK


def _log(ctx: Context) -> int:
    entries = ctx.services().privacy.activity(ctx.args.limit)
    document = [
        {"at": iso(e.at), "action": e.action, "what": e.what, "count": e.count, "actor": e.actor}
        for e in entries
    ]
    lines = [
        f"{to_local(e.at):%d/%m/%Y %H:%M}  {e.action:<15} {e.count:>6}  {e.what}  {e.actor}"
        for e in entries
    ]
    ctx.emit(document, "\n".join(lines) or ctx.translate("cli", "The activity log is empty."))
    return EXIT_OK


def _consent(ctx: Context) -> int:
    purpose = Purpose(ctx.args.purpose)
    granted = not ctx.args.withdraw
    privacy = ctx.services().privacy
    changed = privacy.set_consents(
        ctx.args.person, {purpose: granted}, ConsentSource(ctx.args.source)
    )
    held, _history = privacy.consents(ctx.args.person)
    ctx.emit(
        {
            "person_id": ctx.args.person,
            "changed": bool(changed),
            "consents": {p.value: v for p, v in held.items()},
        },
        ctx.translate("cli", "Consent recorded.")
        if changed
        else ctx.translate("cli", "Nothing changed."),
    )
    return EXIT_OK


def _retention(ctx: Context) -> int:
    privacy = ctx.services().privacy
    if ctx.args.months is not None:
        privacy.set_retention_months(ctx.args.months)
    months = privacy.retention_months()
    ctx.emit(
        {"months": months},
        ctx.translate("cli", "Retention period: {months} months.").format(months=months),
    )
    return EXIT_OK


def _sqlite_file(ctx: Context) -> Path:
    db = Database.open(ctx.args.database, passphrase=os.environ.get(encryption.ENV_PASSPHRASE))
    try:
        path = db.sqlite_path
        if path is None:
            raise EncryptionNeedsSqliteError()
        if not encryption.is_encrypted(path):
            db.checkpoint()
        return path
    finally:
        db.dispose()


def _new_passphrase(ctx: Context) -> str:
    given = os.environ.get(encryption.ENV_PASSPHRASE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError(
            ctx.translate("cli", "give the passphrase in {variable}").format(
                variable=encryption.ENV_PASSPHRASE
            )
        )
    first = getpass.getpass(ctx.translate("cli", "New passphrase: "))
    if len(first) < 8:
        raise UsageError(ctx.translate("cli", "the passphrase needs at least 8 characters"))
    if getpass.getpass(ctx.translate("cli", "The same passphrase again: ")) != first:
        raise UsageError(ctx.translate("cli", "the two passphrases differ; nothing was changed"))
    return first


def _encrypt(ctx: Context) -> int:
    path = _sqlite_file(ctx)
    if encryption.is_encrypted(path):
        raise AlreadyEncryptedError(path=str(path))
    encryption.encrypt_file(path, _new_passphrase(ctx))
    ctx.emit(
        {"path": str(path), "encrypted": True},
        ctx.translate(
            "cli",
            "{path} is encrypted. Keep the passphrase safe: without it the data cannot be read.",
        ).format(path=path),
    )
    return EXIT_OK


def _decrypt(ctx: Context) -> int:
    path = _sqlite_file(ctx)
    if not encryption.is_encrypted(path):
        raise NotEncryptedError(path=str(path))
    passphrase = os.environ.get(encryption.ENV_PASSPHRASE) or getpass.getpass(
        ctx.translate("cli", "Passphrase of the database: ")
    )
    if not encryption.check_passphrase(path, passphrase):
        raise WrongPassphraseError(path=str(path))
    encryption.decrypt_file(path, passphrase)
    ctx.emit(
        {"path": str(path), "encrypted": False},
        ctx.translate("cli", "{path} is no longer encrypted.").format(path=path),
    )
    return EXIT_OK
