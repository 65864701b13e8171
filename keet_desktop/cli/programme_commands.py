"""``keet programme results`` and ``keet print certificates``: what a programme achieved."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.cli.report_commands import output_path
from keet_desktop.domain import errors
from keet_desktop.domain.services.results import CompletionRule, ParticipantResult
from keet_desktop.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translator
from keet_desktop.printing.certificates import (
    DEFAULT_ORGANISATION,
    CertificateOptions,
    render_certificates,
    write_certificate_files,
)
from keet_desktop.printing.report_files import write_file


class NobodyCompletedError(errors.KeetError):
    """Certificates asked for a programme that nobody completed (and nobody was chosen)."""

    code = "nobody_completed"
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Nobody has completed “{programme}” yet; choose people by hand with --person.",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keet programme``."""
    programme = subparsers.add_parser("programme", help="programme results and completion")
    commands = programme.add_subparsers(dest="programme_command", required=True, metavar="ACTION")
    results = commands.add_parser("results", help="sessions, hours and completion per person")
    results.add_argument("--programme", type=int, required=True, metavar="ID")
    add_json_flag(results)
    results.set_defaults(handler=_results)
    rule = commands.add_parser("rule", help="set the completion rule")
    rule.add_argument("--programme", type=int, required=True, metavar="ID")
    group = rule.add_mutually_exclusive_group(required=True)
    group.add_argument("--share", type=float, metavar="PERCENT", help="at least this % of sessions")
    group.add_argument("--hours", type=float, metavar="N", help="at least this many hours")
    add_json_flag(rule)
    rule.set_defaults(handler=_rule)


def _results(ctx: Context) -> int:
    results = ctx.services().results.results(ctx.args.programme)
    document = [row.as_json() for row in results.rows]
    yes, no = ctx.translate("cli", "completed"), ctx.translate("cli", "not completed")
    lines = [
        ctx.translate("cli", "{name}: {attended}/{total} sessions, {hours} h, {state}").format(
            name=row.name,
            attended=row.sessions_attended,
            total=row.sessions_total,
            hours=f"{row.hours:.1f}",
            state=yes if row.completed else no,
        )
        for row in results.rows
    ]
    ctx.emit(document, "\n".join(lines) or ctx.translate("cli", "No participants."))
    return EXIT_OK


def _rule(ctx: Context) -> int:
    args = ctx.args
    rule = CompletionRule.SHARE if args.share is not None else CompletionRule.HOURS
    value = args.share if args.share is not None else args.hours
    ctx.services().results.set_rule(args.programme, rule, value)
    document = {"programme_id": args.programme, "rule": rule.value, "value": value}
    ctx.emit(document, ctx.translate("cli", "Completion rule saved."))
    return EXIT_OK


def print_certificates(ctx: Context) -> int:
    """``keet print certificates --programme ID -o FILE.pdf [--per-person] [--person ID]``."""
    args = ctx.args
    if args.programme is None:
        raise UsageError(ctx.translate("cli", "certificates need --programme ID"))
    results = ctx.services().results.results(args.programme)
    chosen = _chosen(ctx, results.rows, args.person or [])
    if not chosen:
        raise NobodyCompletedError(programme=results.title)
    # Certificates are in the organisation's language (Dutch) unless --lang says otherwise.
    language = getattr(args, "lang", None) or "nl"
    language = language if language in LANGUAGES else "nl"
    translate = translator(language)
    organisation = (
        args.organisation or ctx.services().organisation.get().name or DEFAULT_ORGANISATION
    )
    options = CertificateOptions(organisation, args.logo or "", date.today())
    if args.per_person:
        files = write_certificate_files(Path(args.output), results, chosen, options, translate)
        document: dict[str, object] = {
            "file": args.output,
            "pages": len(files),
            "items": len(files),
            "files": [str(f) for f in files],
        }
    else:
        path = output_path(ctx, args.output, (".pdf",), force=args.force)
        pages = write_file(
            path, lambda stream: render_certificates(stream, results, chosen, options, translate)
        )
        document = {"file": str(path), "pages": pages, "items": len(chosen)}
    human = ctx.translate("cli", "{file}: {items} certificate(s).").format(
        file=document["file"], items=document["items"]
    )
    ctx.emit(document, human)
    return EXIT_OK


def _chosen(
    ctx: Context, rows: list[ParticipantResult], person_ids: list[int]
) -> list[ParticipantResult]:
    if not person_ids:
        return [row for row in rows if row.completed]
    by_id = {row.person_id: row for row in rows}
    missing = [pid for pid in person_ids if pid not in by_id]
    if missing:
        raise UsageError(
            ctx.translate("cli", "--person {id}: not a participant of this programme").format(
                id=missing[0]
            )
        )
    return [by_id[pid] for pid in dict.fromkeys(person_ids)]


def add_certificate_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``keet print certificates`` (added to ``keet print``)."""
    parser.add_argument("--programme", type=int, metavar="ID", help="certificates: the programme")
    parser.add_argument(
        "--person", type=int, action="append", metavar="ID", help="certificates: only this person"
    )
    parser.add_argument("--organisation", metavar="NAME", help="certificates: who hands them out")
    parser.add_argument("--logo", metavar="FILE", help="certificates: the organisation's logo")
    # --force (replace an existing file) is keet print's own, for every document (issue 11)


def event_required(ctx: Context, document: str) -> UsageError:
    """The usage error for a document other than certificates without ``--event``."""
    return UsageError(ctx.translate("cli", "{document} needs --event ID").format(document=document))
