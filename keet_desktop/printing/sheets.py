"""The QR check-in sheet for the door: everyone, by family name, with QR code and tick box.

The desk can scan a code off the sheet; staff can tick by hand if the laptop dies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.domain.services.print_data import PrintData, PrintPerson
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.layouts import MM, Box, Paper
from keet_desktop.printing.pages import MARGIN, Pagination, clip, draw_footer, draw_header
from keet_desktop.printing.pdf import new_canvas
from keet_desktop.printing.qr import draw_qr
from keet_desktop.printing.text_fit import draw_fitted, fit

HEADING = QT_TRANSLATE_NOOP("printing", "Check-in sheet")
COUNTS = QT_TRANSLATE_NOOP(
    "printing", "Registered: {registered} · checked in: {checked_in} · on this list: {listed}"
)
COL_CODE = QT_TRANSLATE_NOOP("printing", "Ticket")
COL_NAME = QT_TRANSLATE_NOOP("printing", "Name")
COL_ORGANISATION = QT_TRANSLATE_NOOP("printing", "Organisation")
COL_PRESENT = QT_TRANSLATE_NOOP("printing", "Present")

ROW_HEIGHT = 27 * MM
QR_SIZE = 24 * MM
"""With its quiet zone: 0.73 mm modules, readable after a cheap printer and scanner."""
TICK = 7 * MM
HEADER_HEIGHT = 33 * MM
FOOTER_ROOM = 6 * MM
"""Space kept above the bottom margin; "page x of y" sits in the margin itself."""


def name_size(name: str, width: float) -> float:
    """The font size (11 pt, down to 7.5 pt) at which a long name fits its column."""
    natural = stringWidth(name, fonts.BOLD, 1.0) or 1.0
    return max(7.5, min(11.0, int(width / natural * 2) / 2))


def rows_per_page(paper: Paper) -> int:
    """How many people fit on one page of the sheet."""
    _width, height = paper.size
    usable = height - 2 * MARGIN - FOOTER_ROOM - HEADER_HEIGHT
    return max(1, int(usable // ROW_HEIGHT))


def sheet_pagination(paper: Paper) -> Pagination:
    """How the sheet's rows fall on pages."""
    return Pagination(rows_per_page(paper))


def render_checkin_sheet(
    stream: BinaryIO,
    data: PrintData,
    translate: Translate,
    paper: Paper = Paper.A4,
    pages: range | None = None,
) -> int:
    """Draw the sheet of ``data.people`` (sorted as given) as a PDF; return the pages.

    ``pages`` (0-based) draws only those pages (a preview's window).
    """
    fonts.register_fonts()
    width, height = paper.size
    page = Box(0, 0, width, height)
    canvas = new_canvas(stream, (width, height), translate("printing", HEADING), data.event.author)
    pagination = sheet_pagination(paper)
    people = data.people
    count = len(people)
    total = pagination.pages(count)
    counts = translate("printing", COUNTS).format(
        registered=data.registered, checked_in=data.checked_in, listed=count
    )
    for number in pagination.clamp(count, pages):
        rows = pagination.rows(count, number)
        top = draw_header(
            canvas, page, translate("printing", HEADING), data.event, [counts], translate
        )
        _draw_rows(canvas, page, people[rows.start : rows.stop], top, translate)
        draw_footer(canvas, page, number + 1, total, translate)
        canvas.showPage()
    canvas.save()
    return total


def _draw_rows(
    canvas: Canvas, page: Box, people: Sequence[PrintPerson], top: float, translate: Translate
) -> None:
    right = page.width - MARGIN
    name_x = MARGIN + QR_SIZE + 4 * MM
    org_x = name_x + (right - name_x - TICK - 4 * MM) * 0.5
    canvas.setFont(fonts.BOLD, 8)
    canvas.drawString(MARGIN, top - 8, translate("printing", COL_CODE))
    canvas.drawString(name_x, top - 8, translate("printing", COL_NAME))
    canvas.drawString(org_x, top - 8, translate("printing", COL_ORGANISATION))
    canvas.drawRightString(right, top - 8, translate("printing", COL_PRESENT))
    y = top - 11
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y, right, y)
    canvas.setLineWidth(0.3)
    name_width = org_x - name_x - 3 * MM
    org_width = right - TICK - 3 * MM - org_x
    for person in people:
        middle = y - ROW_HEIGHT / 2
        draw_qr(canvas, person.ticket_code, MARGIN, middle - QR_SIZE / 2, QR_SIZE)
        name_box = Box(name_x, middle - 4, name_width, ROW_HEIGHT / 2 - 2)
        name = fit(person.sort_name, fonts.BOLD, name_box, max_size=11, min_size=7, max_lines=2)
        draw_fitted(canvas, name, name_box, valign="bottom")
        canvas.setFont(fonts.REGULAR, 7)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.drawString(name_x, middle - 9, person.ticket_code)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(fonts.REGULAR, 9.5)
        canvas.drawString(
            org_x, middle - 2, clip(person.organisation, fonts.REGULAR, 9.5, org_width)
        )
        canvas.rect(right - TICK, middle - TICK / 2, TICK, TICK, stroke=1, fill=0)
        y -= ROW_HEIGHT
        canvas.line(MARGIN, y, right, y)
