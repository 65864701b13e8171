"""``keet mail outbox|send|preview``: the outbox from the command line (issue 16)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, EXIT_REFUSED, Context, UsageError, add_json_flag
from keet_desktop.domain.mail import secrets
from keet_desktop.domain.mail.compose import compose
from keet_desktop.domain.mail.errors import MailNotConfiguredError, describe_stored
from keet_desktop.domain.mail.sender import Sender
from keet_desktop.domain.mail.smtp import Security, SmtpConfig
from keet_desktop.domain.mail.templates import MessageKind
from keet_desktop.domain.timeutil import iso
from keet_desktop.printing.mail_tickets import ticket_pdf

PREVIEW_KINDS = ("ticket", "waitlist", "promoted", "reminder", "changed", "cancelled")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keet mail``."""
    mail = subparsers.add_parser("mail", help="the outbox of e-mails to participants")
    commands = mail.add_subparsers(dest="mail_command", required=True, metavar="COMMAND")
    outbox = commands.add_parser("outbox", help="list the messages and their state")
    outbox.add_argument("--state", action="append", default=[], help="only this state")
    outbox.add_argument("--limit", type=int, default=1000, metavar="N")
    add_json_flag(outbox)
    outbox.set_defaults(handler=_outbox)
    send = commands.add_parser("send", help="send the queued messages now")
    send.add_argument("--limit", type=int, metavar="N", help="send at most N messages")
    send.add_argument("--smtp-host", metavar="H")
    send.add_argument("--smtp-port", type=int, metavar="P")
    send.add_argument("--security", choices=[s.value for s in Security])
    send.add_argument("--smtp-user", metavar="U")
    send.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS")
    add_json_flag(send)
    send.set_defaults(handler=_send)
    upcoming = commands.add_parser(
        "upcoming", help="queue the upcoming-events mailing to everyone who consented"
    )
    upcoming.add_argument("--event", type=int, action="append", required=True, metavar="ID")
    upcoming.add_argument("--mailing", required=True, metavar="NAME", help="e.g. 2026-12")
    add_json_flag(upcoming)
    upcoming.set_defaults(handler=_upcoming)
    preview = commands.add_parser("preview", help="write the message for a registration as .eml")
    preview.add_argument("--registration", type=int, required=True, metavar="ID")
    preview.add_argument("--kind", required=True, choices=PREVIEW_KINDS)
    preview.add_argument("-o", "--output", required=True, metavar="FILE.eml")
    preview.add_argument("--force", action="store_true", help="replace an existing file")
    add_json_flag(preview)
    preview.set_defaults(handler=_preview)


def _outbox(ctx: Context) -> int:
    lines = ctx.services().outbox.list_messages(ctx.args.limit, ctx.args.state)
    document = [
        {
            "id": line.id,
            "kind": line.kind,
            "to": line.to,
            "state": line.state,
            "attempts": line.attempts,
            "error": describe_stored(line.last_error, ctx.translate_fn),
            "created_at": iso(line.created_at),
            "sent_at": iso(line.sent_at),
        }
        for line in lines
    ]
    human = "\n".join(
        f"{line.id:>6}  {line.state:<11} {line.kind:<10} {line.to}" for line in lines
    ) or ctx.translate("cli", "The outbox is empty.")
    ctx.emit(document, human)
    return EXIT_OK


def _send(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    saved = services.outbox.settings()
    host = args.smtp_host or saved.host
    if not host:
        raise MailNotConfiguredError()
    config = SmtpConfig(
        host=host,
        port=args.smtp_port or saved.port,
        security=Security(args.security) if args.security else saved.security,
        username=saved.username if args.smtp_user is None else args.smtp_user,
        timeout=args.timeout,
    )
    password = secrets.get_password(config.host, config.username)
    report = Sender(services.outbox, ticket_pdf).run(config, password, limit=args.limit)
    human = ctx.translate(
        "cli", "Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}, still queued: {queued}."
    ).format(**report.as_json())
    ctx.emit(report.as_json(), human)
    if report.problem is not None:
        sys.stderr.write("keet: " + report.problem.format(ctx.translate_fn) + "\n")
        return EXIT_REFUSED
    return EXIT_OK


def _upcoming(ctx: Context) -> int:
    services = ctx.services()
    for event_id in ctx.args.event:
        services.events.get(event_id)  # an unknown event is refused by name
    count = services.outbox.queue_upcoming(ctx.args.event, ctx.args.mailing)
    human = ctx.translate("cli", "{count} message(s) queued.").format(count=count)
    ctx.emit({"queued": count}, human)
    return EXIT_OK


def _preview(ctx: Context) -> int:
    args = ctx.args
    path = Path(args.output)
    if path.suffix.lower() != ".eml":
        raise UsageError(
            ctx.translate("cli", "{file}: the file name must end in {suffix}").format(
                file=path, suffix=".eml"
            )
        )
    if path.exists() and not args.force:
        raise UsageError(
            ctx.translate("cli", "{file} exists; add --force to replace it").format(file=path)
        )
    services = ctx.services()
    database = services.db.sqlite_path
    if database is not None and path.resolve() == database.resolve():
        raise UsageError(ctx.translate("cli", "{file} is the open database").format(file=path))
    outbox = services.outbox
    data = outbox.preview_data(args.registration, MessageKind(args.kind))
    message = compose(data, outbox.settings(), outbox.template, ticket_pdf)
    _write_whole(path, message.as_bytes())
    ctx.emit({"file": str(path)}, str(path))
    return EXIT_OK


def _write_whole(path: Path, content: bytes) -> None:
    """Write ``content`` to a temporary file beside ``path`` (0600), then move it in place."""
    folder = path.resolve().parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".keet-", suffix=".eml")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
