"""Badges: name large, organisation, event and date, a coloured role band, logo and QR code.

:func:`badge_boxes` is the badge's geometry as a pure function, so tests can check that no
text box leaves the badge or touches the QR code. :func:`render_badges` draws them onto
label sheets or single labels (see :mod:`keet_desktop.printing.layouts`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.domain.labels import role_label
from keet_desktop.domain.models import Role
from keet_desktop.domain.services.print_data import PrintEvent, PrintPerson
from keet_desktop.i18n import Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.dates import format_date
from keet_desktop.printing.layouts import MM, Box, LabelLayout
from keet_desktop.printing.pages import Pagination
from keet_desktop.printing.pdf import new_canvas
from keet_desktop.printing.qr import draw_qr
from keet_desktop.printing.text_fit import draw_fitted, fit

log = logging.getLogger(__name__)

SAFE_EDGE = 5.5 * MM
"""Office printers leave 3-5 mm along the paper's edge unprinted."""
MIN_QR = 24 * MM
"""The smallest code (quiet zone included) that survives a cheap printer and scanner."""

ROLE_COLOURS: dict[Role, tuple[float, float, float]] = {
    Role.PARTICIPANT: (0.11, 0.40, 0.67),  # blue
    Role.FACILITATOR: (0.70, 0.27, 0.02),  # orange (white text on it: 5.6:1)
    Role.PARTNER: (0.12, 0.46, 0.24),  # green (5.7:1)
    Role.STAFF: (0.40, 0.20, 0.55),  # purple
}


@dataclass(frozen=True)
class BadgeBoxes:
    """Where each part of a badge goes."""

    badge: Box
    header: Box
    logo: Box | None
    title: Box
    date: Box
    name: Box
    organisation: Box | None
    qr: Box
    band: Box

    def text_boxes(self) -> list[Box]:
        """The boxes that hold text."""
        boxes = [self.title, self.date, self.name]
        return boxes + ([self.organisation] if self.organisation else [])


@dataclass(frozen=True)
class BadgeOptions:
    """How to print badges.

    Attributes:
        layout: The label sheet or label printer layout.
        start_at: First label to use on a partly used sheet (1-based).
        offset_x_mm: Move everything right by this much (a printer that lands off).
        offset_y_mm: Move everything up by this much.
        cut_marks: Draw thin lines around each label (for inserts cut from plain A4).
    """

    layout: LabelLayout
    start_at: int = 1
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    cut_marks: bool = True


def badge_boxes(badge: Box, *, has_organisation: bool, has_logo: bool) -> BadgeBoxes:
    """Return the geometry of a badge in ``badge`` (pure; no drawing)."""
    short = min(badge.width, badge.height)
    pad = min(max(short * 0.06, 2.5 * MM), 6 * MM)
    band_h = min(max(badge.height * 0.14, 4.5 * MM), 14 * MM)
    header_h = min(max(badge.height * 0.17, 5 * MM), 18 * MM)
    band = Box(badge.x, badge.y, badge.width, band_h)
    inner_x, inner_w = badge.x + pad, badge.width - 2 * pad
    landscape = badge.height <= badge.width * 1.15
    if landscape and badge.height - 2 * pad - band_h - header_h - pad < MIN_QR:
        return _compact(badge, pad, band_h, header_h, has_organisation, has_logo)
    header = Box(inner_x, badge.top - pad - header_h, inner_w, header_h)
    logo = Box(header.x, header.y, header_h * 1.6, header_h) if has_logo else None
    text_x = logo.right + pad / 2 if logo else header.x
    title = Box(text_x, header.y + header_h * 0.42, header.right - text_x, header_h * 0.58)
    date = Box(text_x, header.y, header.right - text_x, header_h * 0.42)
    content = Box(inner_x, band.top + pad / 2, inner_w, header.y - pad / 2 - band.top - pad / 2)
    if badge.height > badge.width * 1.15:
        return _portrait(badge, header, logo, title, date, content, band, has_organisation)
    side = max(0.0, min(content.height, content.width * 0.42))
    qr = Box(content.right - side, content.y + (content.height - side) / 2, side, side)
    text = Box(content.x, content.y, max(0.0, qr.x - pad / 2 - content.x), content.height)
    if not has_organisation:
        return BadgeBoxes(badge, header, logo, title, date, text, None, qr, band)
    name_h = text.height * 0.62
    name = Box(text.x, text.top - name_h, text.width, name_h)
    organisation = Box(text.x, text.y, text.width, text.height - name_h)
    return BadgeBoxes(badge, header, logo, title, date, name, organisation, qr, band)


def _compact(
    badge: Box, pad: float, band_h: float, header_h: float, has_organisation: bool, has_logo: bool
) -> BadgeBoxes:
    """A small landscape label (89 × 36 mm): the QR code takes the label's full height.

    Between a header and a role band a code would shrink below what a cheap printer and a
    scanner can read (about 20 mm), so the code stands on its own at the right and the rest
    of the badge fills what is left.
    """
    side = min(badge.height - 2 * pad, badge.width * 0.42)
    qr = Box(badge.right - pad - side, badge.y + (badge.height - side) / 2, side, side)
    left_w = qr.x - pad / 2 - badge.x
    band = Box(badge.x, badge.y, left_w, band_h)
    header = Box(badge.x + pad, badge.top - pad - header_h, left_w - pad, header_h)
    logo = Box(header.x, header.y, header_h * 1.6, header_h) if has_logo else None
    text_x = logo.right + pad / 2 if logo else header.x
    title = Box(text_x, header.y + header_h * 0.42, header.right - text_x, header_h * 0.58)
    date = Box(text_x, header.y, header.right - text_x, header_h * 0.42)
    text = Box(header.x, band.top + pad / 2, header.width, header.y - pad - band.top)
    if not has_organisation:
        return BadgeBoxes(badge, header, logo, title, date, text, None, qr, band)
    name_h = text.height * 0.62
    name = Box(text.x, text.top - name_h, text.width, name_h)
    organisation = Box(text.x, text.y, text.width, text.height - name_h)
    return BadgeBoxes(badge, header, logo, title, date, name, organisation, qr, band)


def _portrait(
    badge: Box,
    header: Box,
    logo: Box | None,
    title: Box,
    date: Box,
    content: Box,
    band: Box,
    has_organisation: bool,
) -> BadgeBoxes:
    """A tall badge: name and organisation across the width, the QR code centred below."""
    side = max(0.0, min(content.height * 0.5, content.width * 0.62))
    qr = Box(content.x + (content.width - side) / 2, content.y, side, side)
    text = Box(content.x, qr.top + content.height * 0.04, content.width, 0.0)
    text = Box(text.x, text.y, text.width, content.top - text.y)
    if not has_organisation:
        return BadgeBoxes(badge, header, logo, title, date, text, None, qr, band)
    name = Box(text.x, text.y + text.height * 0.35, text.width, text.height * 0.65)
    organisation = Box(text.x, text.y, text.width, text.height * 0.35)
    return BadgeBoxes(badge, header, logo, title, date, name, organisation, qr, band)


class _LogoCache:
    def __init__(self) -> None:
        self._images: dict[str, ImageReader | None] = {}

    def get(self, path: str) -> ImageReader | None:
        if not path:
            return None
        if path not in self._images:
            try:
                image = ImageReader(str(Path(path).expanduser()))
                image.getSize()
            except Exception:
                log.warning("cannot read the event logo %s", path)
                image = None
            self._images[path] = image
        return self._images[path]


def badge_pagination(options: BadgeOptions) -> Pagination:
    """How badges fall on pages: a sheet's labels, from label ``start_at`` on."""
    layout = options.layout
    skip = max(0, options.start_at - 1) % layout.per_page if layout.is_sheet else 0
    return Pagination(layout.per_page, skip)


def render_badges(
    stream: BinaryIO,
    event: PrintEvent,
    people: Sequence[PrintPerson],
    options: BadgeOptions,
    translate: Translate,
    pages: range | None = None,
) -> int:
    """Draw one badge per person onto ``stream`` as a PDF; return the document's pages.

    ``pages`` (0-based) draws only those pages of the document (a preview's window).
    """
    fonts.register_fonts()
    layout = options.layout
    canvas = new_canvas(stream, layout.page_size, event.title, event.author)
    logo = _LogoCache().get(event.logo)
    date_text = format_date(event.starts_at, translate)
    dx, dy = options.offset_x_mm * MM, options.offset_y_mm * MM
    pagination = badge_pagination(options)
    count = len(people)
    for number, page in enumerate(pagination.clamp(count, pages)):
        if number:
            canvas.showPage()
        for n in pagination.rows(count, page):
            slot = layout.label_box(n + pagination.skip)
            person = people[n]
            if layout.is_sheet:
                box = printable(slot, layout).moved(dx, dy)  # the offset: the printer's own shift
                _draw_badge(canvas, box, person, event, date_text, logo, translate)
                if options.cut_marks:
                    _cut_marks(canvas, slot.moved(dx, dy), layout)
            else:
                _draw_badge(canvas, slot.moved(dx, dy), person, event, date_text, logo, translate)
    canvas.showPage()  # with nobody, one empty page: still a valid PDF
    canvas.save()
    return pagination.pages(count)


def printable(box: Box, layout: LabelLayout, edge: float = SAFE_EDGE) -> Box:
    """The part of a label on an A4 sheet that office printers print (≥ 5 mm from the edge)."""
    width, height = layout.page_size
    x, y = max(box.x, edge), max(box.y, edge)
    right, top = min(box.right, width - edge), min(box.top, height - edge)
    return Box(x, y, max(0.0, right - x), max(0.0, top - y))


def _cut_marks(canvas: Canvas, box: Box, layout: LabelLayout) -> None:
    """Thin lines along the label's edges, except along the paper's own edge."""
    width, height = layout.page_size
    canvas.saveState()
    canvas.setStrokeColorRGB(0.8, 0.8, 0.8)
    canvas.setLineWidth(0.3)
    inner = printable(box, layout, SAFE_EDGE + 1 * MM)
    if box.x >= SAFE_EDGE:
        canvas.line(box.x, inner.y, box.x, inner.top)
    if box.right <= width - SAFE_EDGE:
        canvas.line(box.right, inner.y, box.right, inner.top)
    if box.y >= SAFE_EDGE:
        canvas.line(inner.x, box.y, inner.right, box.y)
    if box.top <= height - SAFE_EDGE:
        canvas.line(inner.x, box.top, inner.right, box.top)
    canvas.restoreState()


def _draw_badge(
    canvas: Canvas,
    badge: Box,
    person: PrintPerson,
    event: PrintEvent,
    date_text: str,
    logo: ImageReader | None,
    translate: Translate,
) -> None:
    boxes = badge_boxes(badge, has_organisation=bool(person.organisation), has_logo=bool(logo))
    if logo is not None and boxes.logo is not None:
        canvas.drawImage(
            logo,
            boxes.logo.x,
            boxes.logo.y,
            boxes.logo.width,
            boxes.logo.height,
            preserveAspectRatio=True,
            anchor="w",
            mask="auto",
        )
    canvas.setFillColorRGB(0.25, 0.25, 0.25)
    small = boxes.header.height * 0.45
    draw_fitted(
        canvas,
        fit(event.title, fonts.BOLD, boxes.title, max_size=small, min_size=5, max_lines=1),
        boxes.title,
        valign="bottom",
    )
    draw_fitted(
        canvas,
        fit(date_text, fonts.REGULAR, boxes.date, max_size=small * 0.8, min_size=4.5, max_lines=1),
        boxes.date,
    )
    canvas.setFillColorRGB(0, 0, 0)
    name_size = min(30.0, boxes.badge.height * 0.16)
    name = fit(
        person.full_name, fonts.BOLD, boxes.name, max_size=name_size, min_size=7, max_lines=3
    )
    align = "centre" if boxes.badge.height > boxes.badge.width * 1.15 else "left"
    draw_fitted(
        canvas,
        name,
        boxes.name,
        align=align,
        valign="middle" if not boxes.organisation else "bottom",
    )
    if boxes.organisation:
        canvas.setFillColorRGB(0.2, 0.2, 0.2)
        org = fit(
            person.organisation,
            fonts.REGULAR,
            boxes.organisation,
            max_size=min(16, max(name.size * 0.6, min(name.size, 8))),
            min_size=5.5,
            max_lines=2,
        )
        draw_fitted(canvas, org, boxes.organisation, align=align, valign="top")
    _draw_band(canvas, boxes.band, person.role, translate)
    draw_qr(canvas, person.ticket_code, boxes.qr.x, boxes.qr.y, boxes.qr.width)


def _draw_band(canvas: Canvas, band: Box, role: Role, translate: Translate) -> None:
    canvas.saveState()
    canvas.setFillColorRGB(*ROLE_COLOURS[role])
    canvas.rect(band.x, band.y, band.width, band.height, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    label = role_label(role, translate).upper()
    text_box = Box(band.x + 2 * MM, band.y, band.width - 4 * MM, band.height)
    fitted = fit(label, fonts.BOLD, text_box, max_size=band.height * 0.6, min_size=5, max_lines=1)
    draw_fitted(canvas, fitted, text_box, align="centre", valign="middle")
    canvas.restoreState()
