"""``keet import registrations`` and ``keet import attendance``."""

from __future__ import annotations

import argparse
from pathlib import Path

from keet_desktop.cli.common import EXIT_OK, EXIT_REFUSED, Context, UsageError, add_json_flag
from keet_desktop.domain.importing.headers import FIELD_LABELS, Field
from keet_desktop.domain.importing.reports import AttendanceReport
from keet_desktop.domain.services.import_attendance import AttendancePlan
from keet_desktop.domain.services.import_registrations import ImportPlan


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` commands."""
    parser = subparsers.add_parser("import", help="import registrations or webinar attendance")
    sub = parser.add_subparsers(dest="import_command", required=True, metavar="WHAT")

    regs = sub.add_parser("registrations", help="registrations from a CSV or .xlsx file")
    regs.add_argument("file", type=Path, metavar="FILE")
    target = regs.add_mutually_exclusive_group(required=True)
    target.add_argument("--event", type=int, metavar="ID")
    target.add_argument("--programme", type=int, metavar="ID", help="every session of it")
    regs.add_argument("--dry-run", action="store_true", help="show what would happen only")
    regs.add_argument("--sheet", metavar="NAME", help="the sheet of an Excel workbook to read")
    add_json_flag(regs)
    regs.set_defaults(handler=_registrations)

    attendance = sub.add_parser("attendance", help="a Zoom or Teams attendance report")
    attendance.add_argument("file", type=Path, metavar="FILE")
    attendance.add_argument("--event", type=int, required=True, metavar="ID")
    attendance.add_argument(
        "--min-minutes", type=int, metavar="N", help="minutes present to count (default: half)"
    )
    attendance.add_argument("--dry-run", action="store_true", help="show what would happen only")
    attendance.add_argument(
        "--accept-date", action="store_true", help="import a report of another day than the event"
    )
    add_json_flag(attendance)
    attendance.set_defaults(handler=_attendance)


def _registrations(ctx: Context) -> int:
    args = ctx.args
    imports = ctx.services().imports
    request = imports.request(
        args.file, event_id=args.event, programme_id=args.programme, sheet=args.sheet
    )
    plan = imports.preview(request)
    if not args.dry_run and plan.valid:
        plan = imports.commit(plan)
    ctx.emit(plan.as_json(ctx.translate_fn), _summary(ctx, plan, args.dry_run))
    # 0: rows written (or, with --dry-run, would be), refused rows listed as warnings;
    # 1: nothing written because every row was refused; 2 (raised): the file is unreadable.
    return EXIT_OK if plan.valid else EXIT_REFUSED


def _summary(ctx: Context, plan: ImportPlan, dry_run: bool) -> str:
    lines = _mapping_lines(ctx, plan) + [
        ctx.translate(
            "cli",
            "{rows} rows: {valid} valid, {new} new people, {matched} known people, "
            "{duplicates} duplicates in the file.",
        ).format(
            rows=plan.rows,
            valid=plan.valid,
            new=plan.new_people,
            matched=plan.matched_people,
            duplicates=plan.duplicates_in_file,
        ),
        ctx.translate(
            "cli",
            "{registered} registered, {waitlisted} on the waiting list, "
            "{already} already registered.",
        ).format(
            registered=plan.registered,
            waitlisted=plan.waitlisted,
            already=plan.already_registered,
        ),
    ]
    if dry_run or not plan.committed:
        lines.append(ctx.translate("cli", "Nothing was written."))
    if plan.rejected:
        lines.append(ctx.translate("cli", "Rejected rows:"))
        lines += [
            "  "
            + ctx.translate("cli", "line {line}: {reason}").format(
                line=p.line, reason=p.format(ctx.translate_fn)
            )
            for p in plan.rejected
        ]
    if plan.skipped:
        lines.append(ctx.translate("cli", "Skipped rows:"))
        lines += [
            "  "
            + ctx.translate("cli", "line {line}: {reason}").format(
                line=p.line, reason=p.format(ctx.translate_fn)
            )
            for p in plan.skipped
        ]
    if plan.warnings:
        lines.append(ctx.translate("cli", "Warnings:"))
        lines += [
            "  "
            + ctx.translate("cli", "line {line}: {reason}").format(
                line=p.line, reason=p.format(ctx.translate_fn)
            )
            for p in plan.warnings
        ]
    return "\n".join(lines)


def _mapping_lines(ctx: Context, plan: ImportPlan) -> list[str]:
    """Which column became which field, and the columns left out."""
    table = plan.request.table
    lines = []
    if table.sheet:
        lines.append(ctx.translate("cli", "Sheet: {sheet}").format(sheet=table.sheet))
    lines.append(ctx.translate("cli", "Columns:"))
    for header, field_name in plan.mapping().items():
        label = ctx.translate("importing", FIELD_LABELS[Field(field_name)])
        lines.append(f"  {header} → {label}")
    if plan.ignored():
        lines.append(
            ctx.translate("cli", "Not imported: {columns}").format(
                columns=", ".join(plan.ignored())
            )
        )
    return lines


def _attendance(ctx: Context) -> int:
    args = ctx.args
    if args.min_minutes is not None and args.min_minutes < 0:
        raise UsageError(ctx.translate("cli", "--min-minutes must be 0 or more"))
    service = ctx.services().attendance
    report = service.read_report(args.file)
    if not args.accept_date:
        service.check_date(report, args.event, args.file.name)
    participants = report.participants
    if args.dry_run:
        plan = service.preview(participants, args.event, args.min_minutes)
    else:
        plan = service.commit(participants, args.event, args.min_minutes)
    plan.absent = report.absent
    document = plan.as_json() | {"mapping": report.mapping, "ignored": report.ignored}
    ctx.emit(document, _attendance_summary(ctx, plan, report))
    return EXIT_OK if plan.matched else EXIT_REFUSED


def _attendance_summary(ctx: Context, plan: AttendancePlan, report: AttendanceReport) -> str:
    columns = ", ".join(f"{column} → {what}" for column, what in report.mapping.items())
    lines = [ctx.translate("cli", "Columns: {columns}").format(columns=columns)]
    lines += [
        ctx.translate(
            "cli",
            "{participants} people in the report, {matched} matched, {attended} present "
            "at least {minutes} minutes, {checked_in} newly marked as attended.",
        ).format(
            participants=plan.participants,
            matched=plan.matched,
            attended=plan.attended,
            minutes=plan.min_minutes,
            checked_in=plan.checked_in,
        )
    ]
    if not plan.committed:
        lines.append(ctx.translate("cli", "Nothing was written."))
    if plan.unmatched:
        lines.append(ctx.translate("cli", "Not matched:"))
        lines += [f"  {p.name} <{p.email}>" if p.email else f"  {p.name}" for p in plan.unmatched]
    if plan.absent:
        lines.append(ctx.translate("cli", "Registered for the webinar but absent:"))
        lines += [f"  {p.name} <{p.email}>" if p.email else f"  {p.name}" for p in plan.absent]
    return "\n".join(lines)
