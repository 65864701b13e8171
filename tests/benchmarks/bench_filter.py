"""Filter as you type at 1,000,000 people (issue 14, "Lists at any size").

What a list page asks for on every keystroke once the debounce lets it through: the count of
the matching rows and the first window of 100 (the lazy table model's ``_first_window``).
Several fragments (a name, a family name, an e-mail address, an organisation) are typed
letter by letter, so the short and unselective first letters count as much as the long ones.

``filter_registrations_1m_p99_ms``: in the event of 100,000 registrations of the 1M database
of :mod:`bigdb` (sorted by status, the page's default). ``filter_people_1m_p99_ms``: the people
page over all 1,000,000 people (sorted by name). ``*_cpu_*``: the same in this process's CPU
time (``time.process_time``), less inflated by other work on a shared machine (on PostgreSQL
it leaves out the server's share). ``*_postgres``: on the ``KEET_TEST_POSTGRES_URL`` server.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from benchkit import Figure, percentile  # noqa: E402

# Fragments of what bigdb stores: "Naam0004217 Peeters 4217", p4217@example.be, Organisatie 316.
FRAGMENTS = ("naam0004217", "jacobs 421", "p42170@ex", "nisatie 31")
WINDOW = 100


def _keystrokes() -> list[str]:
    return [fragment[:end] for fragment in FRAGMENTS for end in range(1, len(fragment) + 1)]


def _measure(ask: Callable[[str], object]) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of ``ask`` for every keystroke (after one warm-up round)."""
    for text in FRAGMENTS:
        ask(text)
    wall: list[float] = []
    cpu: list[float] = []
    for text in _keystrokes():
        start, start_cpu = time.perf_counter(), time.process_time()
        ask(text)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def _figures(url: str, suffix: str) -> list[Figure]:
    from sqlalchemy import select

    from keet_desktop.domain.db import Database
    from keet_desktop.domain.models import Event
    from keet_desktop.domain.services import Services

    db = Database.open(url)
    services = Services(db)
    try:
        with db.read() as session:
            big = session.scalar(select(Event.id).where(Event.title == "Groot netwerkevent"))
        assert big is not None

        def registrations(text: str) -> object:
            total = services.registrations.count_for_event(big, text)
            return services.registrations.window_for_event(big, 0, min(WINDOW, total), text=text)

        def people(text: str) -> object:
            total = services.people.count(text)
            return services.people.window(0, min(WINDOW, total), text=text)

        figures = []
        for name, ask in (("registrations", registrations), ("people", people)):
            wall, cpu = _measure(ask)
            n = len(wall)
            for kind, samples in (("", wall), ("_cpu", cpu)):
                for pct in (99, 50):
                    name_ = f"filter_{name}_1m{kind}_p{pct}{suffix}_ms"
                    figures.append(Figure(name_, round(percentile(samples, pct), 1), "ms", n))
        return figures
    finally:
        db.dispose()


def bench_filter_1m() -> list[Figure]:
    """Count + first window per keystroke, event of 100,000 and people page, at 1M people."""
    from bigdb import postgres_big, sqlite_big

    figures = _figures(sqlite_big(), "")
    url = postgres_big()
    if url is not None:
        figures += _figures(url, "_postgres")
    return figures
