"""``keet print badges|tickets|checkin-sheet|attendance|attendee-list``: documents as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.cli.files import add_force_flag, force, protected_files
from keet_desktop.cli.privacy_support import cli_actor
from keet_desktop.cli.programme_commands import (
    add_certificate_options,
    event_required,
    print_certificates,
)
from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.safefile import check_target, write_with
from keet_desktop.domain.services.print_data import PrintData, PrintFilter, SortOrder
from keet_desktop.i18n import LANGUAGES, translator
from keet_desktop.printing.attendance import AttendanceOptions
from keet_desktop.printing.documents import DocumentKind, DocumentOptions, render_document
from keet_desktop.printing.layouts import DEFAULT_LAYOUT, LAYOUTS, Paper
from keet_desktop.printing.tickets import write_ticket_files


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keet print``."""
    printing = subparsers.add_parser("print", help="print badges, tickets, sheets and lists")
    printing.add_argument(
        "kind",
        choices=[*(k.value for k in DocumentKind), "certificates"],
        metavar="DOCUMENT",
        help="badges, tickets, checkin-sheet, attendance, attendee-list or certificates",
    )
    printing.add_argument("--event", type=int, metavar="ID")
    add_certificate_options(printing)  # issue 15
    printing.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    printing.add_argument(
        "--layout", default=DEFAULT_LAYOUT, choices=sorted(LAYOUTS), help="badge layout"
    )
    printing.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of the document (default: the event's)",
    )
    printing.add_argument("--paper", default="a4", choices=[p.value for p in Paper])
    printing.add_argument("--only-checked-in", action="store_true")
    printing.add_argument("--only-not-printed", action="store_true")
    printing.add_argument("--registration", type=int, metavar="ID", help="only this person")
    printing.add_argument("--sort", default="family", choices=[s.value for s in SortOrder])
    printing.add_argument(
        "--start-at", type=int, default=1, metavar="N", help="first label on a partly used sheet"
    )
    printing.add_argument("--blank-rows", type=int, default=0, metavar="N")
    printing.add_argument("--email-column", action="store_true")
    printing.add_argument(
        "--per-person",
        action="store_true",
        help="tickets: one PDF per person in the folder given by -o (for e-mailing)",
    )
    printing.add_argument(
        "--mark-printed", action="store_true", help="record the badges as printed"
    )
    add_force_flag(printing)
    add_json_flag(printing)
    printing.set_defaults(handler=_print)


def _selection(args: argparse.Namespace, kind: DocumentKind) -> PrintFilter:
    statuses = {RegistrationStatus.REGISTERED}
    if kind is DocumentKind.ATTENDEE_LIST:
        statuses.add(RegistrationStatus.WAITLISTED)
    return PrintFilter(
        only_checked_in=args.only_checked_in,
        only_not_printed=args.only_not_printed,
        registration_id=args.registration,
        sort=SortOrder(args.sort),
        statuses=frozenset(statuses),
    )


def _print(ctx: Context) -> int:
    args = ctx.args
    if args.kind == "certificates":  # issue 15
        return print_certificates(ctx)
    if args.event is None:
        raise event_required(ctx, args.kind)
    kind = DocumentKind(args.kind)
    if args.start_at < 1:
        raise UsageError(ctx.translate("cli", "--start-at must be 1 or more"))
    if args.blank_rows < 0:
        raise UsageError(ctx.translate("cli", "--blank-rows must be 0 or more"))
    path = Path(args.output)
    if not (kind is DocumentKind.TICKETS and args.per_person):
        check_target(path, suffixes=[".pdf"], force=force(ctx), protected=protected_files(ctx))
    services = ctx.services()
    data: PrintData = services.print_data.load(args.event, _selection(args, kind))
    language = args.lang or data.event.language or "nl"
    options = DocumentOptions(
        paper=Paper(args.paper),
        layout=args.layout,
        start_at=args.start_at,
        attendance=AttendanceOptions(show_email=args.email_column, blank_rows=args.blank_rows),
    )
    if kind is DocumentKind.TICKETS and args.per_person:
        return _tickets_per_person(ctx, path, data, language, options)
    pages = write_with(
        path,
        lambda stream: render_document(kind, stream, data, translator(language), options),
        suffixes=[".pdf"],
        force=force(ctx),
        protected=protected_files(ctx),
    )
    if kind is DocumentKind.BADGES and args.mark_printed:
        services.print_data.mark_badges_printed([p.registration_id for p in data.people])
    services.privacy.record_activity(  # issue 13
        "print", f"{kind.value} {args.event}", len(data.people), cli_actor()
    )
    document = {"file": str(path), "pages": pages, "items": len(data.people)}
    human = ctx.translate("cli", "{file}: {pages} page(s), {items} item(s).").format(
        file=path, pages=pages, items=len(data.people)
    )
    ctx.emit(document, human)
    return EXIT_OK


def _tickets_per_person(
    ctx: Context, folder: Path, data: PrintData, language: str, options: DocumentOptions
) -> int:
    files = write_ticket_files(
        folder, data.event, data.people, translator(language), options.paper, force=force(ctx)
    )
    ctx.services().privacy.record_activity(  # issue 13
        "print", f"tickets {data.event.id}", len(files), cli_actor()
    )
    document = {
        "file": str(folder),
        "pages": len(files),
        "items": len(files),
        "files": [str(f) for f in files],
    }
    human = ctx.translate("cli", "{count} ticket file(s) in {folder}.").format(
        count=len(files), folder=folder
    )
    ctx.emit(document, human)
    return EXIT_OK
