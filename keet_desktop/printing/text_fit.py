"""Fitting text into a box: shrink, then wrap, then (only as a last resort) cut.

Pure functions over reportlab's font metrics, so the geometry can be tested without a PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.printing.layouts import Box

LEADING = 1.17
ELLIPSIS = "…"
CAP_ACCENT = 0.93
"""Top of an accented capital (É, Ø) above the baseline, in em."""


@dataclass(frozen=True)
class FittedText:
    """Lines of text at one font size that fit a box."""

    lines: tuple[str, ...]
    font: str
    size: float

    @property
    def height(self) -> float:
        """The height of the block, in points."""
        return len(self.lines) * self.size * LEADING if self.lines else 0.0

    def width(self) -> float:
        """The width of the widest line, in points."""
        return max((stringWidth(line, self.font, self.size) for line in self.lines), default=0.0)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """Return the pieces a line may break after: ``(piece, space_before)``.

    A line breaks at a space or just after a hyphen ("Sint-Genesius-|Rode"), never inside a
    piece unless the piece alone is wider than the line.
    """
    pieces: list[tuple[str, bool]] = []
    for word in text.split():
        parts = re.findall(r"[^-‐]+[-‐]*|[-‐]+", word)
        pieces.extend((part, index == 0) for index, part in enumerate(parts))
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` at spaces and after hyphens.

    Only a piece wider than the line on its own is split inside.
    """
    lines: list[str] = []
    current = ""
    for piece, space_before in _pieces(text):
        joiner = " " if space_before else ""
        candidate = f"{current}{joiner}{piece}" if current else piece
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = piece
        while stringWidth(current, font, size) > width and len(current) > 1:
            cut = _longest_prefix(current, font, size, width)
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    cut = len(word) - 1
    while cut > 1 and stringWidth(word[:cut], font, size) > width:
        cut -= 1
    return cut


def fit(
    text: str,
    font: str,
    box: Box,
    *,
    max_size: float,
    min_size: float,
    max_lines: int = 3,
) -> FittedText:
    """Return ``text`` at the largest size (max_size down to min_size) that fits ``box``.

    Prefers one line; wraps up to ``max_lines`` lines when one line would have to be smaller
    than 70 % of ``max_size``. Below ``min_size`` the text is cut with an ellipsis.
    """
    text = " ".join(text.split())
    if not text or box.width <= 0 or box.height <= 0:
        return FittedText((), font, min_size)
    top_size = min(max_size, box.height / LEADING)
    one_line = min(top_size, box.width / stringWidth(text, font, 1.0))
    one_line = int(one_line * 2) / 2  # half points, and never a hair too wide
    if one_line >= max(min_size, 0.7 * max_size):
        return FittedText((text,), font, one_line)
    widest_word = max(stringWidth(piece, font, 1.0) for piece, _ in _pieces(text))
    size = int(min(top_size, box.width / widest_word) * 2) / 2  # never split a word
    while size >= min_size and size > one_line:
        lines = wrap(text, font, size, box.width)
        if len(lines) <= max_lines and len(lines) * size * LEADING <= box.height + 0.01:
            return FittedText(tuple(lines), font, size)
        size -= 0.5
    if one_line >= min_size:
        return FittedText((text,), font, one_line)
    return _cut(text, font, box, min_size, max_lines)


def _cut(text: str, font: str, box: Box, size: float, max_lines: int) -> FittedText:
    room = max(1, min(max_lines, int(box.height // (size * LEADING))))
    lines = wrap(text, font, size, box.width)
    if len(lines) > room:
        lines = lines[:room]
        last = lines[-1]
        while last and stringWidth(last + ELLIPSIS, font, size) > box.width:
            last = last[:-1]
        lines[-1] = last + ELLIPSIS
    return FittedText(tuple(lines), font, size)


def draw_fitted(
    canvas: Canvas, fitted: FittedText, box: Box, *, align: str = "left", valign: str = "top"
) -> None:
    """Draw ``fitted`` inside ``box`` (aligned left, centre or right; top, middle or bottom)."""
    if not fitted.lines:
        return
    ascent = max(getAscentDescent(fitted.font, fitted.size)[0], CAP_ACCENT * fitted.size)
    leading = fitted.size * LEADING
    if valign == "top":
        top = box.top
    elif valign == "middle":
        top = box.y + (box.height + fitted.height) / 2
    else:
        top = box.y + fitted.height
    canvas.setFont(fitted.font, fitted.size)
    baseline = top - ascent
    for line in fitted.lines:
        if align == "centre":
            canvas.drawCentredString(box.x + box.width / 2, baseline, line)
        elif align == "right":
            canvas.drawRightString(box.right, baseline, line)
        else:
            canvas.drawString(box.x, baseline, line)
        baseline -= leading
