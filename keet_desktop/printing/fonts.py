"""The bundled Unicode fonts (DejaVu Sans), registered with reportlab once and embedded.

Names like Ayşe Yılmaz, Łukasz Wiśniewski, Hélène Çelik or Søren Ørsted print right.
"""

from __future__ import annotations

import functools

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from keet_desktop.paths import resources_dir

REGULAR = "KeetSans"
BOLD = "KeetSans-Bold"
CONDENSED = "KeetSansCondensed"
CONDENSED_BOLD = "KeetSansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@functools.cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab (idempotent); call before drawing text."""
    # Binary compressed streams: ASCII85 in pure Python costs ~15 % of a big document.
    rl_config.useA85 = 0
    folder = resources_dir() / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    pdfmetrics.registerFontFamily(CONDENSED, normal=CONDENSED, bold=CONDENSED_BOLD)
