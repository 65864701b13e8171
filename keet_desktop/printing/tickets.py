"""Tickets: one page per registration with the event, time, place or link, name and a big QR.

:func:`render_tickets` makes one PDF with a page each (to print); :func:`write_ticket_files`
makes one PDF per person (to e-mail).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, cast

from reportlab.pdfgen.canvas import Canvas

from keet_desktop.domain.safefile import safe_open
from keet_desktop.domain.services.print_data import PrintEvent, PrintPerson
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.dates import format_when
from keet_desktop.printing.layouts import MM, Box, Paper
from keet_desktop.printing.pages import MARGIN, place_line
from keet_desktop.printing.pdf import new_canvas
from keet_desktop.printing.qr import draw_qr
from keet_desktop.printing.text_fit import draw_fitted, fit

HEADING = QT_TRANSLATE_NOOP("printing", "Ticket")
SHOW_AT_DESK = QT_TRANSLATE_NOOP(
    "printing", "Show this code at the desk, printed or on your phone."
)
QR_SIZE = 90 * MM
_NOT_DECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d"})


def render_tickets(
    stream: BinaryIO,
    event: PrintEvent,
    people: Sequence[PrintPerson],
    translate: Translate,
    paper: Paper = Paper.A4,
    pages: range | None = None,
) -> int:
    """Draw one ticket page per person onto ``stream``; return the number of pages.

    ``pages`` (0-based) draws only those tickets (a preview's window).
    """
    fonts.register_fonts()
    canvas = new_canvas(stream, paper.size, event.title, event.author)
    when = format_when(event.starts_at, event.ends_at, translate)
    where = place_line(event, translate)
    count = len(people)
    drawn = range(count) if pages is None else range(max(0, pages.start), min(count, pages.stop))
    for n in drawn:
        _draw_ticket(canvas, paper, event, people[n], when, where, translate)
        canvas.showPage()
    canvas.save()
    return count


def ticket_file_name(person: PrintPerson) -> str:
    """A safe, readable file name for a person's ticket, e.g. ``ticket-celik-helene-12.pdf``."""
    name = f"{person.family_name} {person.given_name}".lower().translate(_NOT_DECOMPOSED)
    ascii_name = unicodedata.normalize("NFKD", name)
    ascii_name = ascii_name.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "person"
    return f"ticket-{slug}-{person.registration_id}.pdf"


def write_ticket_files(
    folder: Path,
    event: PrintEvent,
    people: Sequence[PrintPerson],
    translate: Translate,
    paper: Paper = Paper.A4,
    *,
    force: bool = False,
) -> list[Path]:
    """Write one ticket PDF per person into ``folder``; return the files.

    Each file is written safely (whole or not at all); an existing one is replaced only with
    ``force``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for person in people:
        path = folder / ticket_file_name(person)
        with safe_open(path, suffixes=[".pdf"], force=force) as stream:
            render_tickets(cast(BinaryIO, stream), event, [person], translate, paper)
        files.append(path)
    return files


def _draw_ticket(
    canvas: Canvas,
    paper: Paper,
    event: PrintEvent,
    person: PrintPerson,
    when: str,
    where: str,
    translate: Translate,
) -> None:
    width, height = paper.size
    inner = width - 2 * MARGIN
    canvas.setFillColorRGB(0.11, 0.40, 0.67)
    # The band stays inside what office printers print (they clip 3-5 mm along the edge).
    canvas.roundRect(MARGIN, height - 19 * MM, inner, 12 * MM, 2 * MM, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(fonts.BOLD, 16)
    canvas.drawString(MARGIN + 5 * MM, height - 14.8 * MM, translate("printing", HEADING).upper())
    canvas.setFillColorRGB(0, 0, 0)
    title_box = Box(MARGIN, height - 48 * MM, inner, 28 * MM)
    draw_fitted(
        canvas,
        fit(event.title, fonts.BOLD, title_box, max_size=24, min_size=10, max_lines=2),
        title_box,
        valign="bottom",
    )
    details = Box(MARGIN, height - 66 * MM, inner, 16 * MM)
    for offset, line in enumerate(filter(None, (when, where))):
        row = Box(details.x, details.top - (offset + 1) * 7 * MM, inner, 7 * MM)
        draw_fitted(
            canvas, fit(line, fonts.REGULAR, row, max_size=12, min_size=6, max_lines=1), row
        )
    name_box = Box(MARGIN, height - 90 * MM, inner, 20 * MM)
    draw_fitted(
        canvas,
        fit(person.full_name, fonts.BOLD, name_box, max_size=28, min_size=10, max_lines=2),
        name_box,
        align="centre",
        valign="bottom",
    )
    org_box = Box(MARGIN, height - 99 * MM, inner, 8 * MM)
    draw_fitted(
        canvas,
        fit(person.organisation, fonts.REGULAR, org_box, max_size=13, min_size=7, max_lines=1),
        org_box,
        align="centre",
    )
    qr_y = height - 104 * MM - QR_SIZE
    draw_qr(canvas, person.ticket_code, (width - QR_SIZE) / 2, qr_y, QR_SIZE)
    canvas.setFont(fonts.REGULAR, 11)
    canvas.drawCentredString(width / 2, qr_y - 4 * MM, person.ticket_code)
    canvas.setFont(fonts.REGULAR, 10)
    canvas.setFillColorRGB(0.3, 0.3, 0.3)
    canvas.drawCentredString(width / 2, qr_y - 12 * MM, translate("printing", SHOW_AT_DESK))
