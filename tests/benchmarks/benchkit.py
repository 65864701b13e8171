"""Helpers for benchmarks: figures, percentiles, throwaway databases."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url


@dataclass
class Figure:
    """One measured figure."""

    name: str
    value: float
    unit: str
    n: int = 1

    def as_dict(self) -> dict[str, object]:
        """The figure as JSON."""
        return asdict(self)


def percentile(samples: list[float], pct: float) -> float:
    """Return the ``pct`` percentile (nearest rank) of ``samples``."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(samples: list[float]) -> float:
    """Return the median."""
    return statistics.median(samples)


def timed(function: Callable[[], object]) -> float:
    """Run ``function`` once and return the seconds it took."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


@contextmanager
def sqlite_database() -> Iterator[Database]:
    """A fresh SQLite file, migrated, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="keet-bench-") as folder:
        db = Database.open(sqlite_url(Path(folder) / "bench.sqlite3"))
        schema.upgrade(db, backup=False)
        try:
            yield db
        finally:
            db.dispose()


def postgres_server_url() -> str | None:
    """The PostgreSQL server for benchmarks (``KEET_TEST_POSTGRES_URL``), or None."""
    return os.environ.get("KEET_TEST_POSTGRES_URL")
