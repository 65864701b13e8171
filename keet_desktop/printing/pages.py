"""What A4 documents share: margins, the header with the event, "page x of y", tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.domain.services.print_data import PrintEvent
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.dates import format_when
from keet_desktop.printing.layouts import MM, Box
from keet_desktop.printing.text_fit import ELLIPSIS, draw_fitted, fit

MARGIN = 12 * MM
FOOTER = 10 * MM
PAGE_OF = QT_TRANSLATE_NOOP("printing", "Page {page} of {pages}")
ONLINE = QT_TRANSLATE_NOOP("printing", "Online: {link}")


@dataclass(frozen=True)
class Pagination:
    """How a document's items (people, rows) fall on its pages.

    Attributes:
        per_page: Items on a full page.
        skip: Empty places before the first item (the used labels of a partly used sheet).
        extra: Items after the people that are not people (blank rows for walk-ins).

    A document of nobody still has one page. Pages are 0-based here; the footer prints them
    1-based.
    """

    per_page: int
    skip: int = 0
    extra: int = 0

    def pages(self, count: int) -> int:
        """How many pages ``count`` people take (at least one)."""
        return max(1, -(-(self.skip + count + self.extra) // self.per_page))

    def clamp(self, count: int, pages: range | None) -> range:
        """The pages of ``pages`` (all when None) the document has."""
        total = self.pages(count)
        if pages is None:
            return range(total)
        return range(max(0, pages.start), min(total, pages.stop))

    def rows(self, count: int, page: int) -> range:
        """The rows (people, then the extra rows) on ``page``."""
        first = max(0, page * self.per_page - self.skip)
        last = min(count + self.extra, (page + 1) * self.per_page - self.skip)
        return range(first, max(first, last))

    def people(self, count: int, pages: range) -> range:
        """The positions of the people on ``pages``: what a window of pages has to load."""
        if not pages:
            return range(0)
        first = max(0, pages.start * self.per_page - self.skip)
        last = min(count, pages.stop * self.per_page - self.skip)
        return range(min(first, count), max(min(first, count), last))


def clip(text: str, font: str, size: float, width: float) -> str:
    """Return ``text`` cut with an ellipsis so it fits ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 0.75) -> float:
    """Return the size, down to ``smallest`` × ``size``, at which ``text`` fits ``width``.

    A long organisation is printed a little smaller before it is cut with an ellipsis.
    """
    natural = float(stringWidth(text, font, size))
    if natural <= width:
        return size
    return max(size * smallest, size * width / natural)


def place_line(event: PrintEvent, translate: Translate) -> str:
    """The event's place, or its online link."""
    if event.place:
        return event.place
    if event.online_url:
        return translate("printing", ONLINE).format(link=event.online_url)
    return ""


def draw_header(
    canvas: Canvas,
    page: Box,
    heading: str,
    event: PrintEvent,
    extra: Sequence[str],
    translate: Translate,
) -> float:
    """Draw the heading, the event, its date and place and ``extra`` lines; return the y below."""
    y = page.top - MARGIN - 14
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(fonts.BOLD, 14)
    width = page.width - 2 * MARGIN
    canvas.drawString(MARGIN, y, clip(heading, fonts.BOLD, 14, width))
    y -= 15
    canvas.setFont(fonts.BOLD, 11)
    if heading != event.title:
        canvas.drawString(MARGIN, y, clip(event.title, fonts.BOLD, 11, width))
        y -= 13
    canvas.setFont(fonts.REGULAR, 9.5)
    lines = [format_when(event.starts_at, event.ends_at, translate), place_line(event, translate)]
    for line in [*lines, *extra]:
        if line:
            canvas.drawString(MARGIN, y, clip(line, fonts.REGULAR, 9.5, width))
            y -= 12
    return y - 4


def draw_footer(canvas: Canvas, page: Box, number: int, pages: int, translate: Translate) -> None:
    """Draw "page x of y" at the bottom right."""
    canvas.setFont(fonts.REGULAR, 8)
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    text = translate("printing", PAGE_OF).format(page=number, pages=pages)
    canvas.drawRightString(page.right - MARGIN, MARGIN - 2, text)
    canvas.setFillColorRGB(0, 0, 0)


@dataclass(frozen=True)
class Column:
    """A table column: its heading, width in mm and how to draw a cell.

    ``text`` returns a cell's text for a row; ``bold`` draws it in bold.
    """

    heading: str
    width_mm: float
    text: Callable[[object], str]
    bold: bool = False


def draw_table_heading(canvas: Canvas, columns: Sequence[Column], y: float, size: float) -> float:
    """Draw the column headings with a rule under them; return the y below."""
    canvas.setFont(fonts.BOLD, size)
    x = MARGIN
    for column in columns:
        canvas.drawString(
            x + 1, y - size, clip(column.heading, fonts.BOLD, size, column.width_mm * MM - 2)
        )
        x += column.width_mm * MM
    y -= size + 3
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y, x, y)
    return y


def draw_table_row(
    canvas: Canvas, columns: Sequence[Column], row: object, y: float, height: float, size: float
) -> None:
    """Draw one row whose top is ``y``: cell texts, cell borders and the rule below."""
    x = MARGIN
    baseline = y - height / 2 - size * 0.35
    for column in columns:
        width = column.width_mm * MM
        text = column.text(row)
        if text:
            font = fonts.BOLD if column.bold else fonts.REGULAR
            fitted = fit_size(text, font, size, width - 3)
            if stringWidth(text, font, fitted) > width - 3 and height >= 2.2 * size * 0.75:
                # Two lines before anything is cut: "Van den Bossche-Vanderstraeten, Anne".
                box = Box(x + 1.5, y - height + 1, width - 3, height - 2)
                lines = fit(text, font, box, max_size=size, min_size=size * 0.55, max_lines=2)
                draw_fitted(canvas, lines, box, valign="middle")
            else:
                canvas.setFont(font, fitted)
                canvas.drawString(x + 1.5, baseline, clip(text, font, fitted, width - 3))
        x += width
    canvas.setLineWidth(0.3)
    canvas.line(MARGIN, y - height, x, y - height)


def draw_grid(canvas: Canvas, columns: Sequence[Column], top: float, bottom: float) -> None:
    """Draw the vertical lines between and around the columns."""
    canvas.setLineWidth(0.3)
    x = MARGIN
    canvas.line(x, top, x, bottom)
    for column in columns:
        x += column.width_mm * MM
        canvas.line(x, top, x, bottom)
