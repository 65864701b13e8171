"""Telling a scanner from a person, and not reading the same code twice.

A USB scanner is a keyboard that types a whole code within a few milliseconds and presses
Enter. :class:`KeyBurst` watches the times of the key presses in the desk's input: when Enter
ends a burst of fast keys, only the burst is the code, so leftover typing before it ("van", a
pause, then a scan) never spoils the scan. :class:`RepeatFilter` keeps a webcam from reading
the ticket held in front of it again and again.
"""

from __future__ import annotations

import time


class KeyBurst:
    """Finds the part of the input a scanner typed in one burst.

    Args:
        gap_ms: Keys closer together than this belong to one burst (a person types slower).
        min_length: A burst shorter than this is typing, not a scan.
    """

    def __init__(self, gap_ms: float = 35.0, min_length: int = 6) -> None:
        self.gap_ms = gap_ms
        self.min_length = min_length
        self._start = 0
        self._last: float | None = None

    def key(self, position: int, at_ms: float | None = None) -> None:
        """Note a typed character that lands at ``position`` of the input."""
        now = _now_ms() if at_ms is None else at_ms
        if self._last is None or now - self._last > self.gap_ms or position < self._start:
            self._start = position
        self._last = now

    def code(self, text: str, at_ms: float | None = None) -> str:
        """Return what Enter submits: the burst alone when a scanner typed it, else ``text``."""
        now = _now_ms() if at_ms is None else at_ms
        burst = text[self._start :]
        fast_enter = self._last is not None and now - self._last <= self.gap_ms * 3
        self.reset()
        if len(text) - len(burst) > 0 and fast_enter and len(burst.strip()) >= self.min_length:
            return burst
        return text

    def reset(self) -> None:
        """Forget the burst (the input was cleared)."""
        self._start = 0
        self._last = None


class RepeatFilter:
    """Lets a code through once, then not again within ``seconds`` (a webcam sees it 25×/s)."""

    def __init__(self, seconds: float = 4.0) -> None:
        self.seconds = seconds
        self._seen: dict[str, float] = {}

    def accept(self, code: str, at: float | None = None) -> bool:
        """Whether ``code`` is new (not seen within the last ``seconds``); remembers it."""
        now = time.monotonic() if at is None else at
        self._seen = {c: t for c, t in self._seen.items() if now - t < self.seconds}
        if code in self._seen:
            self._seen[code] = now
            return False
        self._seen[code] = now
        return True


def _now_ms() -> float:
    return time.monotonic() * 1000.0


def shorten(text: str, limit: int = 40) -> str:
    """Return ``text`` cut in the middle to at most ``limit`` characters ("7K3M…X5")."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-(limit - 1 - half) :]}"
