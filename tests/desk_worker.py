"""A desk in its own process, for the concurrency and durability tests.

``python -m tests.desk_worker URL EVENT DESK START_AT CODE...`` waits until the wall clock
reaches ``START_AT`` (so two workers scan at the same moment), scans every code and prints one
line per scan: ``<outcome> <registration id>``. With ``--hang`` it then waits to be killed.
"""

from __future__ import annotations

import sys
import time

from keet_desktop.domain.db import Database
from keet_desktop.domain.services.checkin import CheckinService


def main(argv: list[str]) -> int:
    """Scan the codes of ``argv`` and print the outcomes."""
    hang = "--hang" in argv
    url, event, desk, start_at, *codes = [a for a in argv if a != "--hang"]
    db = Database.open(url)
    service = CheckinService(db)
    service.change_token()  # connect before the start
    while time.time() < float(start_at):
        time.sleep(0.001)
    for code in codes:
        result = service.scan(code, int(event), desk)
        sys.stdout.write(f"{result.outcome.value} {result.registration_id}\n")
        sys.stdout.flush()
    if hang:
        time.sleep(60)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
