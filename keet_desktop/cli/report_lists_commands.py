"""``keet partners``, ``keet characteristics`` and ``keet postcode``: what the report counts by."""

from __future__ import annotations

import argparse

from keet_desktop.cli.common import EXIT_OK, Context, UsageError, add_json_flag
from keet_desktop.domain.services.partners import set_municipality


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``keet partners``, ``keet characteristics`` and ``keet postcode``."""
    partners = subparsers.add_parser("partners", help="the organising partners")
    actions = partners.add_subparsers(dest="partners_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="every partner")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)
    adding = actions.add_parser("add", help="add a partner")
    adding.add_argument("name")
    add_json_flag(adding)
    adding.set_defaults(handler=_add)
    assign = actions.add_parser("assign", help="set the organising partners of an event")
    assign.add_argument("--event", type=int, required=True, metavar="ID")
    assign.add_argument("--partner", type=int, action="append", default=[], metavar="ID")
    add_json_flag(assign)
    assign.set_defaults(handler=_assign)
    trait = subparsers.add_parser(
        "characteristics", help="a participant characteristic for the funder"
    )
    trait.add_argument("action", choices=["set"])
    trait.add_argument("--person", type=int, required=True, metavar="ID")
    trait.add_argument("--name", required=True)
    trait.add_argument("--value", required=True, help="empty removes it")
    trait.add_argument(
        "--funder-consent", action="store_true", help="the person agreed to share it"
    )
    add_json_flag(trait)
    trait.set_defaults(handler=_characteristic)
    places = subparsers.add_parser("municipalities", help="the region's municipalities")
    places.add_argument("action", choices=["list", "set"])
    places.add_argument("name", nargs="?", help="set: the municipality")
    places.add_argument("--postcodes", default="", help='set: e.g. "9300 9308 9310 9320"')
    add_json_flag(places)
    places.set_defaults(handler=_municipalities)
    postcode = subparsers.add_parser("postcode", help="a person's postcode (and municipality)")
    postcode.add_argument("code")
    postcode.add_argument("--person", type=int, required=True, metavar="ID")
    add_json_flag(postcode)
    postcode.set_defaults(handler=_postcode)


def _list(ctx: Context) -> int:
    partners = ctx.services().partners.partners()
    document = [{"id": p.id, "name": p.name, "active": p.active} for p in partners]
    ctx.emit(document, "\n".join(f"{p.id}  {p.name}" for p in partners))
    return EXIT_OK


def _add(ctx: Context) -> int:
    partner_id = ctx.services().partners.add_partner(ctx.args.name)
    ctx.emit({"id": partner_id, "name": ctx.args.name}, str(partner_id))
    return EXIT_OK


def _assign(ctx: Context) -> int:
    args = ctx.args
    ctx.services().partners.set_event_partners(args.event, args.partner)
    ctx.emit({"event_id": args.event, "partners": sorted(set(args.partner))}, "OK")
    return EXIT_OK


def _characteristic(ctx: Context) -> int:
    args = ctx.args
    ctx.services().partners.set_characteristic(
        args.person, args.name, args.value, funder_consent=args.funder_consent
    )
    document = {
        "person_id": args.person,
        "name": args.name,
        "value": args.value,
        "funder_consent": args.funder_consent,
    }
    ctx.emit(document, "OK")
    return EXIT_OK


def _municipalities(ctx: Context) -> int:
    args = ctx.args
    services = ctx.services()
    if args.action == "set":
        if not args.name:
            raise UsageError(ctx.translate("cli", "municipalities set needs a NAME"))
        set_municipality(services.db, args.name, args.postcodes)
    region = services.partners.region()
    codes: dict[str, list[str]] = {name: [] for name in region.names}
    for code, name in sorted(region.by_postcode.items()):
        codes[name].append(code)
    document = [{"name": name, "postcodes": codes[name]} for name in region.names]
    ctx.emit(document, "\n".join(f"{n}: {' '.join(c)}" for n, c in codes.items()))
    return EXIT_OK


def _postcode(ctx: Context) -> int:
    args = ctx.args
    place = ctx.services().partners.set_postcode(args.person, args.code)
    ctx.emit({"person_id": args.person, "postcode": args.code, "municipality": place}, place)
    return EXIT_OK
