"""Certificates of participation in a programme: one A4 landscape page per person.

The organisation's name and logo, the person, the programme, its dates, the sessions
attended and the hours, and a signature line; in Dutch or English.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.domain.services.results import ParticipantResult, ProgrammeResults
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.dates import MONTHS, SHORT_DATE_TEMPLATE
from keet_desktop.printing.pdf import creator, document_author
from keet_desktop.printing.report_files import write_file

CONTEXT = "certificates"
TITLE = QT_TRANSLATE_NOOP("certificates", "Certificate of participation")
AWARDED = QT_TRANSLATE_NOOP("certificates", "{organisation} certifies that")
TOOK_PART = QT_TRANSLATE_NOOP("certificates", "took part in the programme")
PERIOD = QT_TRANSLATE_NOOP("certificates", "from {first} to {last}")
SESSIONS = QT_TRANSLATE_NOOP(
    "certificates", "{attended} of {total} sessions attended, {hours} hours in all"
)
SIGNATURE = QT_TRANSLATE_NOOP("certificates", "For {organisation}")
PLACE_DATE = QT_TRANSLATE_NOOP("certificates", "Date: {today}")

DEFAULT_ORGANISATION = "De Keet"
PAGE = landscape(A4)
_ACCENT = (0.11, 0.40, 0.67)


@dataclass(frozen=True)
class CertificateOptions:
    """Who hands out the certificates, and when."""

    organisation: str
    logo: str = ""
    issued_on: date | None = None


def _date(value: date | None, translate: Translate) -> str:
    if value is None:
        return "…"
    return translate("printing", SHORT_DATE_TEMPLATE).format(
        day=value.day, month=translate("printing", MONTHS[value.month - 1]), year=value.year
    )


DECIMAL = QT_TRANSLATE_NOOP("certificates", "{whole}.{tenth}")  # Dutch: a decimal comma


def _hours(value: float, translate: Translate) -> str:
    whole, _point, tenth = f"{value:.1f}".partition(".")
    if tenth in ("", "0"):
        return whole
    return translate(CONTEXT, DECIMAL).format(whole=whole, tenth=tenth)


def _logo(path: str) -> ImageReader | None:
    if not path:
        return None
    try:
        image = ImageReader(str(Path(path).expanduser()))
        image.getSize()
    except Exception:
        return None
    return image


def render_certificates(
    stream: BinaryIO,
    results: ProgrammeResults,
    people: Sequence[ParticipantResult],
    options: CertificateOptions,
    translate: Translate,
) -> int:
    """Draw one certificate per person onto ``stream``; return the number of pages."""
    fonts.register_fonts()
    canvas = Canvas(stream, pagesize=PAGE, pageCompression=1)
    canvas.setTitle(translate(CONTEXT, TITLE))
    canvas.setAuthor(document_author(options.organisation))
    canvas.setCreator(creator())
    logo = _logo(options.logo)
    period = translate(CONTEXT, PERIOD).format(
        first=_date(results.first_day, translate), last=_date(results.last_day, translate)
    )
    issued = translate(CONTEXT, PLACE_DATE).format(today=_date(options.issued_on, translate))
    for person in people:
        _draw(canvas, results.title, period, issued, person, options, logo, translate)
        canvas.showPage()
    canvas.save()
    return len(people)


def _draw(
    canvas: Canvas,
    programme: str,
    period: str,
    issued: str,
    person: ParticipantResult,
    options: CertificateOptions,
    logo: ImageReader | None,
    translate: Translate,
) -> None:
    width, height = PAGE
    centre = width / 2
    canvas.setStrokeColorRGB(*_ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    top = height - 30 * mm
    if logo is not None:
        w, h = logo.getSize()
        scale = min(50 * mm / w, 22 * mm / h)
        canvas.drawImage(logo, 22 * mm, top - 8 * mm, w * scale, h * scale, mask="auto")
    canvas.setFillColorRGB(0.2, 0.2, 0.2)
    canvas.setFont(fonts.BOLD, 14)
    canvas.drawRightString(width - 22 * mm, top, options.organisation)
    canvas.setFillColorRGB(*_ACCENT)
    canvas.setFont(fonts.BOLD, 30)
    canvas.drawCentredString(centre, height - 62 * mm, translate(CONTEXT, TITLE))
    canvas.setFillColorRGB(0, 0, 0)
    lines = (
        (fonts.REGULAR, 14, translate(CONTEXT, AWARDED).format(organisation=options.organisation)),
        (fonts.BOLD, 26, person.name),
        (fonts.REGULAR, 14, translate(CONTEXT, TOOK_PART)),
        (fonts.BOLD, 18, programme),
        (fonts.REGULAR, 13, period),
        (
            fonts.REGULAR,
            13,
            translate(CONTEXT, SESSIONS).format(
                attended=person.sessions_attended,
                total=person.sessions_total,
                hours=_hours(person.hours, translate),
            ),
        ),
    )
    y = height - 82 * mm
    for font, size, text in lines:
        canvas.setFont(font, _fit(text, font, size, width - 60 * mm))
        canvas.drawCentredString(centre, y, text)
        y -= size * 0.5 * mm + 6 * mm
    canvas.setFont(fonts.REGULAR, 11)
    canvas.drawString(30 * mm, 32 * mm, issued)
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.8)
    canvas.line(width - 110 * mm, 36 * mm, width - 30 * mm, 36 * mm)
    canvas.drawString(
        width - 110 * mm,
        30 * mm,
        translate(CONTEXT, SIGNATURE).format(organisation=options.organisation),
    )


def _fit(text: str, font: str, size: float, room: float) -> float:
    while size > 8 and stringWidth(text, font, size) > room:
        size -= 1
    return size


def certificate_file_name(person: ParticipantResult) -> str:
    """A safe file name for one person's certificate, e.g. ``certificate-celik-ayse-12.pdf``."""
    ascii_name = unicodedata.normalize("NFKD", person.name.lower().replace("ł", "l"))
    ascii_name = ascii_name.replace("ø", "o").encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "person"
    return f"certificate-{slug}-{person.person_id}.pdf"


def write_certificate_files(
    folder: Path,
    results: ProgrammeResults,
    people: Sequence[ParticipantResult],
    options: CertificateOptions,
    translate: Translate,
) -> list[Path]:
    """Write one certificate PDF per person into ``folder`` (for e-mailing); return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for person in people:
        path = folder / certificate_file_name(person)
        render = functools.partial(
            _render_one, results=results, person=person, options=options, translate=translate
        )
        write_file(path, render)
        files.append(path)
    return files


def _render_one(
    stream: BinaryIO,
    *,
    results: ProgrammeResults,
    person: ParticipantResult,
    options: CertificateOptions,
    translate: Translate,
) -> int:
    return render_certificates(stream, results, [person], options, translate)
