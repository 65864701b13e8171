"""Issue 18: the CLI gives the event editor's new warnings too (far ahead, capacity 0)."""

from __future__ import annotations

from datetime import timedelta

from tests.cli.test_cli import keet  # noqa: F401 - the fixture
from tests.factories import future


def _add(keet, start, capacity):  # noqa: F811
    return keet(
        "--lang", "nl", "events", "add", "--title", "Repair Café", "--kind", "workshop",
        "--start", start.strftime("%Y-%m-%dT%H:%M"),
        "--end", (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "--capacity", str(capacity),
    )  # fmt: skip


def test_far_ahead_and_capacity_zero_are_warned_but_saved(keet):  # noqa: F811
    code, out, _err = _add(keet, future(days=3 * 365), 0)
    assert code == 0 and "toegevoegd" in out
    assert "Let op: De activiteit begint over meer dan twee jaar" in out
    assert "Let op: De capaciteit is 0" in out
    code, out, _err = _add(keet, future(days=30), 20)
    assert code == 0 and "Let op" not in out
