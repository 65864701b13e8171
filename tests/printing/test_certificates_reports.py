"""Certificates and the report PDF read back: text, logo, charts, file names."""

from __future__ import annotations

import io
from datetime import date

import pypdfium2 as pdfium
from PIL import Image
from pypdf import PdfReader

from keet_desktop.domain.services.reports import FunderReport, KindFigures
from keet_desktop.domain.services.results import (
    CompletionRule,
    ParticipantResult,
    ProgrammeResults,
)
from keet_desktop.i18n import translator
from keet_desktop.printing.certificates import (
    CertificateOptions,
    certificate_file_name,
    render_certificates,
)
from keet_desktop.printing.report_pdf import render_report_pdf

PEOPLE = [
    ParticipantResult(7, "Łukasz Wiśniewski", 5, 6, 12.5, True),
    ParticipantResult(8, "Søren Ørsted", 6, 6, 15.0, True),
]
RESULTS = ProgrammeResults(
    1,
    "Acceleratieprogramma voorjaar",
    date(2026, 3, 3),
    date(2026, 4, 7),
    CompletionRule.SHARE,
    80,
    6,
    PEOPLE,
)


def test_certificates_in_dutch_with_the_logo(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (28, 102, 171)).save(logo)
    stream = io.BytesIO()
    pages = render_certificates(
        stream,
        RESULTS,
        PEOPLE,
        CertificateOptions("De Keet vzw", str(logo), date(2026, 4, 8)),
        translator("nl"),
    )
    reader = PdfReader(stream)
    assert pages == len(reader.pages) == 2
    text = " ".join(reader.pages[0].extract_text().split())
    for part in (
        "Attest van deelname",
        "De Keet vzw verklaart dat",
        "Łukasz Wiśniewski",
        "Acceleratieprogramma voorjaar",
        "van 3 maart 2026 tot 7 april 2026",
        "5 van 6 sessies bijgewoond, in totaal 12,5 uur",
        "Voor De Keet vzw",
        "Datum: 8 april 2026",
    ):
        assert part in text, part
    assert len(reader.pages[1].images) == 1  # the logo, on every page
    assert "Søren Ørsted" in reader.pages[1].extract_text()


def test_an_unreadable_logo_is_left_out(tmp_path):
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    stream = io.BytesIO()
    render_certificates(
        stream, RESULTS, PEOPLE[:1], CertificateOptions("De Keet", str(broken)), translator("en")
    )
    page = PdfReader(stream).pages[0]
    assert not page.images and "Certificate of participation" in page.extract_text()


def test_certificate_file_names_are_plain():
    assert certificate_file_name(PEOPLE[0]) == "certificate-lukasz-wisniewski-7.pdf"
    assert certificate_file_name(PEOPLE[1]) == "certificate-soren-orsted-8.pdf"


def test_report_pdf_draws_its_charts():
    report = FunderReport(date(2026, 1, 1), date(2026, 3, 31), activities=3, attendances=40)
    report.by_kind = {"workshop": KindFigures(2, 30, 25, 5, 4.0), "webinar": KindFigures(1, 20, 15)}
    report.by_month = {"2026-01": 10, "2026-02": 20, "2026-03": 10}
    report.by_municipality = {"Aalst": 12, "elsewhere": 3, "unknown": 1}
    report.characteristics = {"Doelgroep": {"starter": 7, "nieuwkomer": 2}}
    stream = io.BytesIO()
    pages = render_report_pdf(stream, report, translator("nl"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(stream).pages).split())
    assert pages >= 1
    assert "Aanwezigheid doorheen de tijd" in text and "2026-02" in text  # chart title, axis
    assert "Elders 3" in text and "Onbekend 1" in text
    assert "starter 7" in text and "nieuwkomer < 5" in text
    bitmap = pdfium.PdfDocument(stream.getvalue())[0].render(scale=1).to_pil().convert("RGB")
    width, height = bitmap.size
    pixels = bitmap.load()
    blue = sum(
        1
        for x in range(0, width, 2)
        for y in range(0, height, 2)
        if pixels[x, y][2] > 150 and pixels[x, y][0] < 60
    )
    assert blue > 500  # the bars are drawn (in the accent colour), not only the tables
