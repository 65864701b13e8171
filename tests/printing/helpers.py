"""Sample events and people, and the tools to read printed PDFs back: text, positions, QR codes."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta

import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader

from keet_desktop.domain.models import Role
from keet_desktop.domain.services.print_data import PrintData, PrintEvent, PrintPerson
from keet_desktop.domain.timeutil import BRUSSELS

START = datetime(2026, 3, 3, 19, 0, tzinfo=BRUSSELS)  # a Tuesday
NAMES = [
    ("Ayşe", "Yılmaz", "Stad Aalst"),
    ("Łukasz", "Wiśniewski", ""),
    ("Søren", "Ørsted", "Kringwinkel Denderstreek vzw — afdeling hergebruik en herstel"),
    ("Hélène", "Çelik", "Odisee"),
    (
        "Maximiliaan-Alexander",
        "Van den Bossche-Vandermeulen de Ghellinck",
        "Provinciaal Centrum voor Circulaire Economie en Sociaal Ondernemerschap Oost-Vlaanderen",
    ),
    ("Jo", "Li", ""),
]


def event(**changes: object) -> PrintEvent:
    """A workshop at De Keet on Tuesday 3 March 2026, 19:00–21:00."""
    data: dict[str, object] = {
        "id": 1,
        "title": "Workshop herstellen",
        "starts_at": START,
        "ends_at": START + timedelta(hours=2),
        "venue": "De Keet",
        "room": "Werkplaats",
        "address": "Stationsstraat 12, 9300 Aalst",
        "facilitators": ("Griet Claes",),
        "author": "De Keet",  # the organisation, as the print service loads it
    }
    data.update(changes)
    return PrintEvent(**data)  # type: ignore[arg-type]


def code(n: int) -> str:
    """A valid-looking 21-character ticket code, distinct per ``n``."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    digits = []
    for _ in range(21):
        digits.append(alphabet[n % 32])
        n = n // 32 + 7 * (len(digits) + 1)
    return "".join(digits)


def people(count: int = len(NAMES)) -> list[PrintPerson]:
    """``count`` people, cycling through the hard names, with distinct codes and roles."""
    roles = list(Role)
    return [
        PrintPerson(
            registration_id=n + 1,
            ticket_code=code(n + 1),
            given_name=NAMES[n % len(NAMES)][0],
            family_name=NAMES[n % len(NAMES)][1] + ("" if n < len(NAMES) else f" {n}"),
            organisation=NAMES[n % len(NAMES)][2],
            email=f"person{n}@example.be",
            role=roles[n % len(roles)],
        )
        for n in range(count)
    ]


def data(count: int = len(NAMES)) -> PrintData:
    """A print data set of ``count`` people."""
    return PrintData(event(), people(count), registered=count, checked_in=2)


def text(pdf: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@dataclass(frozen=True)
class Placed:
    """A piece of text and where it was drawn (PDF points, bottom-left origin)."""

    text: str
    x: float
    y: float
    size: float


def placed_text(pdf: bytes, page_number: int = 0) -> list[Placed]:
    """Every text run on a page with its position (translation of the text matrix)."""
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append(Placed(text.strip(), x, y, size * tm[0]))

    PdfReader(io.BytesIO(pdf)).pages[page_number].extract_text(visitor_text=visit)
    return found


def decode_pages(pdf: bytes, dpi: int = 150) -> list[list[str]]:
    """The QR codes found on each page, decoded by zxing-cpp from a rendering."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        image = page.render(scale=dpi / 72).to_pil()
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        pages.append([barcode.text for barcode in found])
        page.close()
    document.close()
    return pages


def print_and_scan(pdf: bytes) -> list[list[str]]:
    """The QR codes found on each page after a cheap printer and scanner.

    The page is rendered at 300 dpi (the printer), brought down to 100 dpi (a cheap scan),
    blurred by 1 pixel (ink spread, focus) and turned 2° (paper fed askew), then decoded by
    zxing-cpp.
    """
    from PIL import Image, ImageFilter

    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        image = image.resize(
            (round(image.width / 3), round(image.height / 3)), Image.Resampling.BILINEAR
        )
        image = image.filter(ImageFilter.GaussianBlur(1))
        image = image.rotate(2, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        pages.append([barcode.text for barcode in found])
        page.close()
    document.close()
    return pages
