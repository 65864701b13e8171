"""The attendee list for organisers: name, organisation, e-mail, status, checked in at."""

from __future__ import annotations

from typing import BinaryIO

from keet_desktop.domain.labels import registration_status_label
from keet_desktop.domain.services.print_data import PrintData, PrintPerson
from keet_desktop.domain.timeutil import to_local
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.attendance import COL_EMAIL, COL_NAME, COL_ORGANISATION
from keet_desktop.printing.layouts import MM, Box, Paper
from keet_desktop.printing.pages import (
    FOOTER,
    MARGIN,
    Column,
    Pagination,
    draw_footer,
    draw_header,
    draw_table_heading,
    draw_table_row,
)
from keet_desktop.printing.pdf import new_canvas

HEADING = QT_TRANSLATE_NOOP("printing", "Attendee list")
COUNTS = QT_TRANSLATE_NOOP("printing", "Registered: {registered} · checked in: {checked_in}")
COL_STATUS = QT_TRANSLATE_NOOP("printing", "Status")
COL_CHECKED_IN = QT_TRANSLATE_NOOP("printing", "Checked in")
ROW_HEIGHT = 6.5 * MM
HEADER_HEIGHT = 32 * MM


def _columns(translate: Translate) -> list[Column]:
    def person(row: object) -> PrintPerson:
        assert isinstance(row, PrintPerson)
        return row

    def checked_in(row: object) -> str:
        at = person(row).checked_in_at
        return to_local(at).strftime("%d-%m %H:%M") if at else ""

    return [
        Column(translate("printing", COL_NAME), 48, lambda r: person(r).sort_name, True),
        Column(translate("printing", COL_ORGANISATION), 44, lambda r: person(r).organisation),
        Column(translate("printing", COL_EMAIL), 50, lambda r: person(r).email),
        Column(
            translate("printing", COL_STATUS),
            22,
            lambda r: registration_status_label(person(r).status, translate),
        ),
        Column(translate("printing", COL_CHECKED_IN), 22, checked_in),
    ]


def attendee_list_pagination(paper: Paper) -> Pagination:
    """How the list's rows fall on pages."""
    _width, height = paper.size
    return Pagination(max(1, int((height - 2 * MARGIN - FOOTER - HEADER_HEIGHT) // ROW_HEIGHT)))


def render_attendee_list(
    stream: BinaryIO,
    data: PrintData,
    translate: Translate,
    paper: Paper = Paper.A4,
    pages: range | None = None,
) -> int:
    """Draw the attendee list of ``data.people`` onto ``stream``; return the pages.

    ``pages`` (0-based) draws only those pages (a preview's window).
    """
    fonts.register_fonts()
    width, height = paper.size
    page = Box(0, 0, width, height)
    canvas = new_canvas(stream, (width, height), translate("printing", HEADING), data.event.author)
    pagination = attendee_list_pagination(paper)
    count = len(data.people)
    total = pagination.pages(count)
    table = _columns(translate)
    counts = translate("printing", COUNTS).format(
        registered=data.registered, checked_in=data.checked_in
    )
    for number in pagination.clamp(count, pages):
        top = draw_header(
            canvas, page, translate("printing", HEADING), data.event, [counts], translate
        )
        y = draw_table_heading(canvas, table, top, 8)
        rows = pagination.rows(count, number)
        for person in data.people[rows.start : rows.stop]:
            draw_table_row(canvas, table, person, y, ROW_HEIGHT, 8.5)
            y -= ROW_HEIGHT
        draw_footer(canvas, page, number + 1, total, translate)
        canvas.showPage()
    canvas.save()
    return total
