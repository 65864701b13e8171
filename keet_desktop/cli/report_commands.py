"""``keet report --from DATE --to DATE [-o FILE.pdf|FILE.xlsx]``: the funder report."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.domain.services.reports import FunderReport
from keet_desktop.i18n import translator
from keet_desktop.printing.report_files import write_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keet report``."""
    report = subparsers.add_parser("report", help="the funder report for a period")
    report.add_argument("--from", dest="first", required=True, metavar="DATE")
    report.add_argument("--to", dest="last", required=True, metavar="DATE")
    report.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx")
    report.add_argument("--force", action="store_true", help="replace an existing file")
    add_json_flag(report)
    report.set_defaults(handler=_report)


def parse_day(ctx: Context, option: str, value: str) -> date:
    """Parse an ISO date (2026-01-31) given to ``option``, or refuse with a usage error."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            ctx.translate("cli", "{option}: “{value}” is not a date (YYYY-MM-DD)").format(
                option=option, value=value
            )
        ) from None


def output_path(ctx: Context, value: str, suffixes: tuple[str, ...], *, force: bool) -> Path:
    """Check an output file: its suffix, an existing file (only with ``--force``), its folder."""
    path = Path(value)
    if path.suffix.lower() not in suffixes:
        raise UsageError(
            ctx.translate("cli", "{file}: the file name must end in {suffixes}").format(
                file=path, suffixes=" or ".join(suffixes)
            )
        )
    if path.exists() and not force:
        raise UsageError(
            ctx.translate("cli", "{file} already exists; add --force to replace it").format(
                file=path
            )
        )
    if not path.parent.resolve().is_dir():
        raise UsageError(ctx.translate("cli", "no folder {folder}").format(folder=path.parent))
    return path


def _report(ctx: Context) -> int:
    args = ctx.args
    first = parse_day(ctx, "--from", args.first)
    last = parse_day(ctx, "--to", args.last)
    path = (
        output_path(ctx, args.output, (".pdf", ".xlsx"), force=args.force) if args.output else None
    )
    report = ctx.services().reports.funder_report(first, last)
    document = report.as_json()
    if path is not None:
        _write(path, report, ctx.lang)
        document["file"] = str(path)
    human = ctx.translate(
        "cli",
        "{first} to {last}: {activities} activities, {registrations} registrations, "
        "{attendances} attendances, {people} people.",
    ).format(
        first=first.isoformat(),
        last=last.isoformat(),
        activities=report.activities,
        registrations=report.registrations,
        attendances=report.attendances,
        people=report.unique_people,
    )
    if path is not None:
        human += "\n" + str(path)
    ctx.emit(document, human)
    return EXIT_OK


def _write(path: Path, report: FunderReport, language: str) -> None:
    translate = translator(language)
    if path.suffix.lower() == ".pdf":
        from keet_desktop.printing.report_pdf import render_report_pdf

        write_file(path, lambda stream: render_report_pdf(stream, report, translate))
    else:
        from keet_desktop.printing.report_xlsx import render_report_xlsx

        write_file(path, lambda stream: render_report_xlsx(stream, report, translate))
