"""``keet register``, ``keet cancel`` and ``keet registrations list``."""

from __future__ import annotations

import argparse
from typing import Any

from keet_desktop.cli.common import EXIT_OK, Context, add_json_flag
from keet_desktop.domain.labels import registration_status_label, role_label
from keet_desktop.domain.models import RegistrationSource, RegistrationStatus, Role
from keet_desktop.domain.services.people import PersonInput
from keet_desktop.domain.services.registrations import RegistrationRow
from keet_desktop.domain.timeutil import iso


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the registration commands."""
    reg = subparsers.add_parser("register", help="register a person for an event")
    reg.add_argument("--event", type=int, required=True, metavar="ID")
    reg.add_argument("--given", required=True, metavar="G")
    reg.add_argument("--family", required=True, metavar="F")
    reg.add_argument("--email", metavar="E")
    reg.add_argument("--organisation", default="", metavar="O")
    reg.add_argument("--phone", default="", metavar="P")
    reg.add_argument("--role", default=Role.PARTICIPANT.value, choices=[r.value for r in Role])
    reg.add_argument("--note", default="", help="a note for the desk")
    add_json_flag(reg)
    reg.set_defaults(handler=_register)

    cancel = subparsers.add_parser("cancel", help="cancel a registration")
    cancel.add_argument("registration_id", type=int, metavar="REGISTRATION_ID")
    add_json_flag(cancel)
    cancel.set_defaults(handler=_cancel)

    regs = subparsers.add_parser("registrations", help="list registrations")
    regs_sub = regs.add_subparsers(dest="registrations_command", required=True, metavar="ACTION")
    listing = regs_sub.add_parser("list", help="an event's registrations")
    listing.add_argument("--event", type=int, required=True, metavar="ID")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)


def _register(ctx: Context) -> int:
    args = ctx.args
    result = ctx.services().registrations.register(
        args.event,
        PersonInput(
            given_name=args.given,
            family_name=args.family,
            email=args.email,
            organisation=args.organisation,
            phone=args.phone,
        ),
        role=Role(args.role),
        desk_note=args.note,
        source=RegistrationSource.CLI,
    )
    registration = result.registration
    document = {
        "id": registration.id,
        "person_id": result.person.id,
        "status": registration.status.value,
        "waitlist_position": result.waitlist_position,
        "ticket_code": registration.ticket_code,
    }
    if registration.status is RegistrationStatus.WAITLISTED:
        human = ctx.translate("cli", "{name} is on the waiting list (place {position}).").format(
            name=result.person.full_name, position=result.waitlist_position
        )
    else:
        human = ctx.translate("cli", "{name} is registered; ticket {code}.").format(
            name=result.person.full_name, code=registration.ticket_code
        )
    ctx.emit(document, human)
    return EXIT_OK


def _cancel(ctx: Context) -> int:
    result = ctx.services().registrations.cancel(ctx.args.registration_id)
    human = ctx.translate("cli", "Registration {id} cancelled.").format(id=result.cancelled)
    if result.promoted:
        human += " " + ctx.translate("cli", "Moved up from the waiting list: {ids}.").format(
            ids=", ".join(str(i) for i in result.promoted)
        )
    ctx.emit({"cancelled": result.cancelled, "promoted": result.promoted}, human)
    return EXIT_OK


def registration_json(row: RegistrationRow) -> dict[str, Any]:
    """Return a registration as the command line's JSON shows it."""
    person = row.person
    return {
        "id": row.registration.id,
        "status": row.registration.status.value,
        "ticket_code": row.registration.ticket_code,
        "person": {
            "id": person.id,
            "given": person.given_name,
            "family": person.family_name,
            "email": person.email,
            "organisation": person.organisation,
        },
        "checked_in_at": iso(row.checked_in_at),
        "desk": row.desk,
        "role": row.registration.role.value,
        "waitlist_position": row.waitlist_position,
    }


def _list(ctx: Context) -> int:
    rows = ctx.services().registrations.list_for_event(ctx.args.event)
    lines = []
    for row in rows:
        status = registration_status_label(row.registration.status, ctx.translate_fn)
        if row.registration.role is not Role.PARTICIPANT:
            status += f" ({role_label(row.registration.role, ctx.translate_fn)})"
        if row.waitlist_position:
            status += f" #{row.waitlist_position}"
        lines.append(
            f"{row.registration.id:>6}  {row.person.family_name}, "
            f"{row.person.given_name}  {row.person.organisation}  {status}"
        )
    human = "\n".join(lines) or ctx.translate("cli", "No registrations.")
    ctx.emit([registration_json(r) for r in rows], human)
    return EXIT_OK
