"""Camera frames without a camera: a printed badge (or a 1D code) on a 1280×720 picture.

The badge is rendered from the real badge PDF (reportlab → pypdfium2), then pasted on a grey
frame, optionally turned a few degrees and blurred the way a cheap webcam would.
"""

from __future__ import annotations

import io
from dataclasses import replace

import pypdfium2 as pdfium
import zxingcpp
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from keet_desktop.i18n import translator
from keet_desktop.printing.badges import BadgeOptions, render_badges
from keet_desktop.printing.layouts import LAYOUTS
from tests.printing.helpers import event, people


def badge_image(ticket_code: str, dpi: int = 110) -> QImage:
    """One badge (A7 on an A4 sheet, first label) rendered at ``dpi``, cropped to its label."""
    person = people(1)[0]
    buffer = io.BytesIO()
    layout = LAYOUTS["a4-8xa7"]
    render_badges(
        buffer,
        event(),
        [replace(person, ticket_code=ticket_code)],
        BadgeOptions(layout),
        translator("nl"),
    )
    page = pdfium.PdfDocument(buffer.getvalue())[0]
    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
    data = pil.tobytes()
    image = QImage(data, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
    return image.copy(0, 0, pil.width // 2, pil.height // 4)  # the first of 8 labels


def code128_image(text: str) -> QImage:
    """A Code 128 barcode of ``text`` (as a ticket printed by another system)."""
    bitmap = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    height, width = memoryview(bitmap).shape
    data = bytes(memoryview(bitmap))
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def frame(picture: QImage, degrees: float = 0.0, blur: int = 1) -> QImage:
    """``picture`` on a grey 1280×720 frame, turned ``degrees`` and blurred ``blur`` times."""
    out = QImage(1280, 720, QImage.Format.Format_RGB32)
    out.fill(QColor("#8a8f96"))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setTransform(QTransform().translate(640, 360).rotate(degrees))
    painter.drawImage(QPointF(-picture.width() / 2, -picture.height() / 2), picture)
    painter.end()
    for _ in range(blur - 1):  # down and up again: the soft edges of an unfocused webcam
        small = out.scaled(
            out.width() // 2,
            out.height() // 2,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        out = small.scaled(
            1280,
            720,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return out
