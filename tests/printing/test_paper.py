"""Paper that survives a real office: codes after print-and-scan, margins, metadata, fonts."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from keet_desktop.domain.models import Role
from keet_desktop.domain.services.print_data import PrintData, PrintPerson
from keet_desktop.printing.agenda import programme_agenda
from keet_desktop.printing.badges import badge_boxes
from keet_desktop.printing.documents import DocumentKind, DocumentOptions, render_document
from keet_desktop.printing.layouts import LAYOUTS, MM
from tests.printing import helpers
from tests.printing.test_agenda import _programme


def _identity(_context: str, source: str) -> str:
    return source


def _render(kind: DocumentKind, data: PrintData, layout: str | None = None) -> bytes:
    stream = io.BytesIO()
    options = DocumentOptions(layout=layout) if layout else DocumentOptions()
    render_document(kind, stream, data, _identity, options)
    return stream.getvalue()


CODED = [(DocumentKind.TICKETS, None), (DocumentKind.CHECKIN_SHEET, None)] + [
    (DocumentKind.BADGES, name) for name in LAYOUTS
]


@pytest.mark.parametrize(("kind", "layout"), CODED)
def test_every_code_decodes_after_a_cheap_printer_and_scanner(kind, layout):
    data = helpers.data(12)
    pages = helpers.print_and_scan(_render(kind, data, layout))
    found = [code for page in pages for code in page]
    assert sorted(found) == sorted(p.ticket_code for p in data.people)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_badge_layout_gives_the_code_at_least_20_mm(name):
    layout = LAYOUTS[name]
    for has_organisation in (True, False):
        boxes = badge_boxes(layout.label_box(0), has_organisation=has_organisation, has_logo=True)
        assert boxes.qr.width >= 20 * MM
        assert boxes.badge.contains(boxes.qr)
        assert not any(box.intersects(boxes.qr) for box in [*boxes.text_boxes(), boxes.band])


A4_DOCUMENTS = [(kind, None) for kind in DocumentKind if kind is not DocumentKind.BADGES] + [
    (DocumentKind.BADGES, name) for name, layout in LAYOUTS.items() if layout.is_sheet
]


@pytest.mark.parametrize(("kind", "layout"), A4_DOCUMENTS)
def test_nothing_is_printed_within_5_mm_of_the_papers_edge(kind, layout):
    document = pdfium.PdfDocument(_render(kind, helpers.data(12), layout))
    edge = round(5 / 25.4 * 100)
    for page in document:
        image = page.render(scale=100 / 72, grayscale=True).to_pil().convert("L")
        width, height = image.size
        for strip in ((0, 0, width, edge), (0, height - edge, width, height)):
            assert image.crop(strip).getextrema()[0] >= 250, (kind, layout, strip)
        for strip in ((0, 0, edge, height), (width - edge, 0, width, height)):
            assert image.crop(strip).getextrema()[0] >= 250, (kind, layout, strip)


def _fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages reference, and whether its TrueType program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"])] = embedded
    return found


def _assert_carries_metadata_and_embeds_its_fonts(pdf: bytes, title: str) -> None:
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert (info.title, info.author) == (title, "De Keet")
    assert info.creator is not None and info.creator.startswith("Keet Desktop 0.")
    fonts = _fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_carries_title_author_creator_and_embeds_its_fonts(kind):
    titles = {
        DocumentKind.BADGES: "Workshop herstellen",
        DocumentKind.TICKETS: "Workshop herstellen",
        DocumentKind.CHECKIN_SHEET: "Check-in sheet",
        DocumentKind.ATTENDANCE: "Attendance list",
        DocumentKind.ATTENDEE_LIST: "Attendee list",
    }
    _assert_carries_metadata_and_embeds_its_fonts(_render(kind, helpers.data(3)), titles[kind])


def test_the_agenda_carries_metadata_and_embeds_its_fonts(sqlite_services):
    programme = sqlite_services.programmes.get(_programme(sqlite_services))
    stream = io.BytesIO()
    programme_agenda(stream, programme, "nl", printed_on=date(2027, 3, 1), author="De Keet")
    info = PdfReader(io.BytesIO(stream.getvalue())).metadata
    _assert_carries_metadata_and_embeds_its_fonts(stream.getvalue(), str(info.title))


LONG = PrintPerson(
    registration_id=1,
    ticket_code=helpers.code(1),
    given_name="Anne-Sophie",
    family_name="Van den Bossche-Vanderstraeten",
    organisation="Provinciaal Centrum voor Circulaire Economie en Sociaal Ondernemerschap",
    email="anne-sophie.vandenbossche-vanderstraeten@example.be",
    role=Role.PARTICIPANT,
)


@pytest.mark.parametrize(
    "kind", [DocumentKind.ATTENDANCE, DocumentKind.ATTENDEE_LIST, DocumentKind.CHECKIN_SHEET]
)
def test_a_long_name_wraps_on_every_list_and_keeps_given_and_family_name(kind):
    data = PrintData(helpers.event(), [LONG], registered=1)
    text = " ".join(helpers.text(_render(kind, data))[0].split())
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)  # a line may end after a hyphen (issue 20)
    assert "Van den Bossche-Vanderstraeten, Anne-Sophie" in text
    assert "Vanderstraeten…" not in text
