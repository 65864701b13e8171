"""A new PDF canvas with what every document of ours carries.

Title, author (the organisation's name from ``services.organisation``, or "Keet Desktop" while
none is set) and creator ("Keet Desktop" and its version) fill the PDF's document information,
so a file found later says what it is and where it came from. The
canvas starts in our own embedded font: reportlab's default, an unembedded Helvetica, would
otherwise be referenced by every page (and printed in whatever font the printer substitutes).
"""

from __future__ import annotations

import functools
from importlib import metadata
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from keet_desktop.printing import fonts

APP_NAME = "Keet Desktop"


@functools.cache
def app_version() -> str:
    """The installed version of Keet Desktop ("" when run from a bare source tree)."""
    try:
        return metadata.version("keet-desktop")
    except metadata.PackageNotFoundError:
        return ""


def creator() -> str:
    """What made the file: "Keet Desktop 0.1.0"."""
    return f"{APP_NAME} {app_version()}".strip()


def document_author(organisation: str) -> str:
    """The author of our PDFs: the organisation's name, or "Keet Desktop" when none is set."""
    return organisation.strip() or APP_NAME


def new_canvas(
    stream: BinaryIO, pagesize: tuple[float, float], title: str, author: str = ""
) -> Canvas:
    """A compressed canvas on ``stream`` with title, author and creator, in our own font.

    ``author`` is the organisation's name ("" gives "Keet Desktop").
    """
    fonts.register_fonts()
    canvas = Canvas(
        stream,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )
    canvas.setTitle(title)
    canvas.setAuthor(document_author(author))
    canvas.setCreator(creator())
    canvas.setProducer(creator())
    return canvas
