"""The attendance list (aanwezigheidslijst) for the funder, with a box for each signature.

One row per participant with name and organisation; optional columns (e-mail, municipality);
blank rows at the end for walk-ins (or a list of only blank rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from keet_desktop.domain.services.print_data import PrintData, PrintPerson
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.layouts import MM, Box, Paper
from keet_desktop.printing.pages import (
    FOOTER,
    MARGIN,
    Column,
    Pagination,
    draw_footer,
    draw_grid,
    draw_header,
    draw_table_heading,
    draw_table_row,
)
from keet_desktop.printing.pdf import new_canvas

HEADING = QT_TRANSLATE_NOOP("printing", "Attendance list")
FACILITATORS = QT_TRANSLATE_NOOP("printing", "Facilitator: {names}")
COL_NUMBER = QT_TRANSLATE_NOOP("printing", "No.")
COL_NAME = QT_TRANSLATE_NOOP("printing", "Name")
COL_ORGANISATION = QT_TRANSLATE_NOOP("printing", "Organisation")
COL_EMAIL = QT_TRANSLATE_NOOP("printing", "E-mail")
COL_MUNICIPALITY = QT_TRANSLATE_NOOP("printing", "Municipality")
COL_SIGNATURE = QT_TRANSLATE_NOOP("printing", "Signature")
ROW_HEIGHT = 11 * MM
HEADER_HEIGHT = 38 * MM


@dataclass(frozen=True)
class AttendanceOptions:
    """Choices for the attendance list.

    Attributes:
        show_email: Add an e-mail column.
        show_municipality: Add a municipality column.
        blank_rows: Empty rows after the participants, for walk-ins.
        paper: A4 or US Letter.
    """

    show_email: bool = False
    show_municipality: bool = False
    blank_rows: int = 0
    paper: Paper = Paper.A4


def columns(options: AttendanceOptions, translate: Translate, page_width: float) -> list[Column]:
    """Return the columns; the signature column takes what is left of the width."""
    numbered: list[Column] = [
        Column(translate("printing", COL_NUMBER), 9, lambda row: _number(row)),
        Column(translate("printing", COL_NAME), 52, lambda row: _get(row, "sort_name"), True),
        Column(translate("printing", COL_ORGANISATION), 45, lambda row: _get(row, "organisation")),
    ]
    if options.show_email:
        numbered.append(Column(translate("printing", COL_EMAIL), 45, lambda r: _get(r, "email")))
    if options.show_municipality:
        numbered.append(
            Column(translate("printing", COL_MUNICIPALITY), 28, lambda r: _get(r, "municipality"))
        )
    used = sum(c.width_mm for c in numbered)
    left = (page_width - 2 * MARGIN) / MM - used
    numbered.append(Column(translate("printing", COL_SIGNATURE), left, lambda _row: ""))
    return numbered


Row = tuple[int, PrintPerson | None]


def _number(row: object) -> str:
    assert isinstance(row, tuple)
    return str(row[0])


def _get(row: object, attribute: str) -> str:
    assert isinstance(row, tuple)
    person = row[1]
    return str(getattr(person, attribute)) if person is not None else ""


def _page_size(options: AttendanceOptions) -> tuple[float, float]:
    width, height = options.paper.size
    if options.show_email and options.show_municipality:
        width, height = height, width  # landscape, so the signature box stays wide
    return width, height


def attendance_pagination(options: AttendanceOptions) -> Pagination:
    """How the rows (people, then the blank rows) fall on pages."""
    _width, height = _page_size(options)
    per_page = max(1, int((height - 2 * MARGIN - FOOTER - HEADER_HEIGHT) // ROW_HEIGHT))
    return Pagination(per_page, extra=options.blank_rows)


def render_attendance(
    stream: BinaryIO,
    data: PrintData,
    translate: Translate,
    options: AttendanceOptions,
    pages: range | None = None,
) -> int:
    """Draw the attendance list of ``data.people`` onto ``stream``; return the pages.

    ``pages`` (0-based) draws only those pages (a preview's window).
    """
    fonts.register_fonts()
    width, height = _page_size(options)
    page = Box(0, 0, width, height)
    canvas = new_canvas(stream, (width, height), translate("printing", HEADING), data.event.author)
    pagination = attendance_pagination(options)
    count = len(data.people)
    total = pagination.pages(count)
    table = columns(options, translate, width)
    extra = []
    if data.event.facilitators:
        names = ", ".join(data.event.facilitators)
        extra.append(translate("printing", FACILITATORS).format(names=names))
    for number in pagination.clamp(count, pages):
        rows: list[Row] = [
            (n + 1, data.people[n] if n < count else None) for n in pagination.rows(count, number)
        ]
        top = draw_header(
            canvas, page, translate("printing", HEADING), data.event, extra, translate
        )
        _draw_table(canvas, table, rows, top)
        draw_footer(canvas, page, number + 1, total, translate)
        canvas.showPage()
    canvas.save()
    return total


def _draw_table(
    canvas: Canvas, table: Sequence[Column], rows: Sequence[object], top: float
) -> None:
    y = draw_table_heading(canvas, table, top, 8.5)
    table_top = y
    for row in rows:
        draw_table_row(canvas, table, row, y, ROW_HEIGHT, 9.5)
        y -= ROW_HEIGHT
    draw_grid(canvas, table, table_top, y)
