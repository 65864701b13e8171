"""Paper, label sheets and the geometry of a badge, as pure functions returning boxes.

All lengths are PDF points (1/72 inch); :data:`MM` converts millimetres.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm

MM = float(mm)


class Paper(enum.StrEnum):
    """Paper for A4-style documents."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in points (portrait)."""
        return (float(A4[0]), float(A4[1])) if self is Paper.A4 else (letter[0], letter[1])


@dataclass(frozen=True)
class Box:
    """A rectangle: (x, y) is its bottom-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """The right edge."""
        return self.x + self.width

    @property
    def top(self) -> float:
        """The top edge."""
        return self.y + self.height

    def contains(self, other: Box, tolerance: float = 0.01) -> bool:
        """Whether ``other`` lies inside this box."""
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.top <= self.top + tolerance
        )

    def intersects(self, other: Box) -> bool:
        """Whether the two boxes overlap (touching edges do not count)."""
        return (
            self.x < other.right - 0.01
            and other.x < self.right - 0.01
            and self.y < other.top - 0.01
            and other.y < self.top - 0.01
        )

    def moved(self, dx: float, dy: float) -> Box:
        """The box shifted by (dx, dy)."""
        return Box(self.x + dx, self.y + dy, self.width, self.height)


@dataclass(frozen=True)
class LabelLayout:
    """Where labels sit: a grid on a sheet, or one label per page (a label printer).

    Attributes:
        name: The layout's id (``--layout``).
        label_width: Width of one label, in mm.
        label_height: Height of one label, in mm.
        columns: Labels across; rows: labels down (1 × 1 for a label printer).
        page_width: Sheet width in mm (the label's own width for a label printer).
        page_height: Sheet height in mm.
        left: Left margin in mm; top: top margin in mm.
        pitch_x: Distance between the left edges of neighbouring labels, in mm.
        pitch_y: Distance between the top edges of neighbouring labels, in mm.
    """

    name: str
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    page_width: float = 0.0
    page_height: float = 0.0
    left: float = 0.0
    top: float = 0.0
    pitch_x: float = 0.0
    pitch_y: float = 0.0

    @property
    def per_page(self) -> int:
        """Labels on one page."""
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        """Whether this is a sheet of several labels (else one label per page)."""
        return self.per_page > 1

    @property
    def page_size(self) -> tuple[float, float]:
        """The page size in points."""
        width = self.page_width or self.label_width
        height = self.page_height or self.label_height
        return width * MM, height * MM

    def label_box(self, index: int) -> Box:
        """The box of label ``index`` (0-based, row by row from the top left) on its page."""
        slot = index % self.per_page
        row, column = divmod(slot, self.columns)
        _width, height = self.page_size
        x = (self.left + column * (self.pitch_x or self.label_width)) * MM
        top = height - (self.top + row * (self.pitch_y or self.label_height)) * MM
        return Box(x, top - self.label_height * MM, self.label_width * MM, self.label_height * MM)


def _sheet(name: str, w: float, h: float, cols: int, rows: int, **extra: float) -> LabelLayout:
    return LabelLayout(name, w, h, cols, rows, page_width=210.0, page_height=297.0, **extra)


LAYOUTS: dict[str, LabelLayout] = {
    layout.name: layout
    for layout in (
        # A6 badge inserts, 4 on A4 (cut along the middle lines).
        _sheet("a4-4xa6", 105.0, 148.5, 2, 2),
        # A7 landscape inserts, 8 on A4.
        _sheet("a4-8xa7", 105.0, 74.25, 2, 4),
        # Business-card label sheets, 90 × 54 mm, 10 per A4 (15 mm sides, 13.5 mm top).
        _sheet("a4-2x5-90x54", 90.0, 54.0, 2, 5, left=15.0, top=13.5),
        # Avery L7165 and compatible: 99.1 × 67.7 mm, 8 per A4, 2.5 mm gutter.
        _sheet("a4-2x4-99x68", 99.1, 67.7, 2, 4, left=4.65, top=13.1, pitch_x=101.6, pitch_y=67.7),
        # Label printers: Brother 62 mm continuous (cut at 100 mm), Dymo 99012, Dymo 99014.
        LabelLayout("label-62mm", 100.0, 62.0),
        LabelLayout("label-89x36", 89.0, 36.0),
        LabelLayout("label-54x101", 101.0, 54.0),
    )
}
DEFAULT_LAYOUT = "a4-8xa7"
