"""The ``keet`` command line: parses, calls the domain services, prints.

The contract (names, options, JSON keys, exit codes) is written down in ``shared/CLI.md``.
Each command group lives in a module of this package with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from keet_desktop import logs
from keet_desktop.cli import (
    checkin_commands,
    common,
    db_commands,
    events_commands,
    export_commands,
    import_commands,
    mail_commands,
    print_commands,
    privacy_commands,
    programme_commands,
    registration_commands,
    report_commands,
    report_lists_commands,
    schedule_commands,
)

COMMAND_MODULES = (
    db_commands,
    events_commands,
    registration_commands,
    schedule_commands,
    print_commands,
    import_commands,
    export_commands,
    checkin_commands,
    privacy_commands,  # issue 13
    programme_commands,  # issue 15
    report_commands,  # issue 15
    report_lists_commands,  # issue 15
    mail_commands,  # issue 16
)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of every command."""
    parser = argparse.ArgumentParser(prog="keet", description="Keet Desktop from the command line.")
    parser.add_argument("--database", metavar="URL", help="database URL (or KEET_DATABASE_URL)")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of messages")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and SQL logs")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``keet`` command; returns its exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    logs.mask_existing_handlers()  # issue 17: no personal data in what the command logs
    return common.run(args)


if __name__ == "__main__":
    sys.exit(main())
