"""The desk guide: one printable A4 page a volunteer reads in two minutes (Dutch or English).

Open the desk, scan, what the colours mean (said in words too), search by name, a walk-in,
undo, and what to do when the screen is red. Help → "Incheckbalie: zo werkt het" opens it.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing import fonts
from keet_desktop.printing.pdf import creator, document_author
from keet_desktop.printing.text_fit import wrap

CONTEXT = "guide"
TITLE = QT_TRANSLATE_NOOP("guide", "Check-in desk: how it works")
INTRO = QT_TRANSLATE_NOOP(
    "guide",
    "One screen, one input field. The cursor always waits in the field: scan, or type. "
    "Every answer is a colour AND a sentence: read the sentence.",
)
# (heading, text) per step, in the order of a desk's day.
STEPS: list[tuple[str, str]] = [
    (
        QT_TRANSLATE_NOOP("guide", "1. Open the desk"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Open the event, then Event → Open check-in desk. Give the desk a name "
            "(“Desk 1”). Two desks may share one database; each sees the other's "
            "check-ins.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("guide", "2. Scan"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Hold the ticket's QR code under the scanner, or type the code and press Enter. "
            "The answer appears at once; the field is empty again for the next person.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("guide", "3. The colours"),
        QT_TRANSLATE_NOOP(
            "guide",
            "GREEN, “Welcome”: checked in, let them in. ORANGE, “Already checked in”: "
            "shows when and at which desk; nothing is counted twice. RED: not let in "
            "automatically; the sentence says why (other event, cancelled, waiting list, "
            "unknown code).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("guide", "4. No ticket? Search"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Type part of the name (“van den”, “peet”) or the e-mail address and pick the "
            "person from the list. Accents and capitals do not matter.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("guide", "5. A walk-in"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Not registered? Choose Walk-in, type given name and name (e-mail if they want "
            "mail), and confirm: registered and checked in at once.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("guide", "6. Undo"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Checked in the wrong person? Choose Undo on the last check-ins and give a short "
            "reason. The check-in is withdrawn and the counters go back.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("guide", "7. When it is red"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Stay calm and read the sentence aloud. Wrong event: send them to the right room. "
            "Cancelled or waiting list: ask the organiser whether there is room; the "
            "organiser can admit them. Unknown code: search by name. Still stuck: note the "
            "name and let the organiser decide; never let the queue wait for one case.",
        ),
    ),
]
FOOTER = QT_TRANSLATE_NOOP(
    "guide", "Counters at the top: expected, present and walk-ins. Questions: ask the organiser."
)

_MARGIN = 18 * mm
_LEADING = 1.3
_SIZES = (13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0)


def render_guide(stream: BinaryIO, translate: Translate, organisation: str = "") -> int:
    """Write the one-page guide in the language of ``translate``; return the page count (1).

    The text takes the largest size (13 pt down to 9 pt) at which it fits the one page.
    """
    fonts.register_fonts()
    canvas = Canvas(stream, pagesize=A4, pageCompression=1)
    title = translate(CONTEXT, TITLE)
    canvas.setTitle(title)
    canvas.setAuthor(document_author(organisation))
    canvas.setCreator(creator())
    size = next((s for s in _SIZES if _draw(canvas, translate, s, dry=True) > _MARGIN + 20), 9.0)
    _draw(canvas, translate, size, dry=False)
    canvas.setFont(fonts.REGULAR, 9)
    canvas.drawString(_MARGIN, _MARGIN, translate(CONTEXT, FOOTER))
    canvas.showPage()
    canvas.save()
    return 1


def _draw(canvas: Canvas, translate: Translate, size: float, *, dry: bool) -> float:
    """Lay out (and unless ``dry``, draw) the guide at ``size``; return the lowest baseline."""
    width, height = A4
    text_width = width - 2 * _MARGIN
    y = height - _MARGIN - 20
    if not dry:
        canvas.setFont(fonts.BOLD, 20)
        canvas.drawString(_MARGIN, y, translate(CONTEXT, TITLE))
    y = _paragraph(canvas, translate(CONTEXT, INTRO), y - 12, text_width, size, dry)
    for heading, body in STEPS:
        y -= size * 0.8 + size * 1.2
        if not dry:
            canvas.setFont(fonts.BOLD, size * 1.2)
            canvas.drawString(_MARGIN, y, translate(CONTEXT, heading))
        y = _paragraph(canvas, translate(CONTEXT, body), y - 3, text_width, size, dry)
    return y


def _paragraph(
    canvas: Canvas, text: str, top: float, width: float, size: float, dry: bool
) -> float:
    """Draw ``text`` wrapped to ``width`` from ``top`` down; return the last baseline."""
    canvas.setFont(fonts.REGULAR, size)
    y = top
    for line in wrap(text, fonts.REGULAR, size, width):
        y -= size * _LEADING
        if not dry:
            canvas.drawString(_MARGIN, y, line)
    return y
