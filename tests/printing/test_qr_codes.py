"""QR codes: valid, alphanumeric, error correction Q, a quiet zone, and drawn as one path."""

import io

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

from keet_desktop.printing.qr import QUIET_ZONE, draw_qr, path_operators, qr_matrix
from tests.printing.helpers import code, decode_pages


def test_a_ticket_code_fits_version_2_in_alphanumeric_mode():
    assert len(qr_matrix(code(1))) == 25


def test_a_drawn_code_decodes_with_error_correction_q_and_keeps_its_quiet_zone():
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 200))
    canvas.setFillColorRGB(0.2, 0.4, 0.8)
    canvas.rect(0, 0, 200, 200, stroke=0, fill=1)  # a coloured background
    draw_qr(canvas, code(7), 20, 20, 160)
    canvas.save()
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(buffer.getvalue())[0]
    image = page.render(scale=2).to_pil().convert("L")
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [code(7)]
    assert found[0].ec_level in ("Q", "H")
    module = 160 * 2 / (25 + 2 * QUIET_ZONE)
    # The quiet zone is white: sample just inside the square, outside the modules.
    inside = int(20 * 2 + module * 2)
    assert image.getpixel((inside, inside)) > 240


def test_the_matrix_is_one_path_of_runs():
    operators = path_operators(qr_matrix(code(3)))
    assert operators.endswith("f")
    assert operators.count(" re") > 20
    assert decode_pages_of(code(3)) == [[code(3)]]


def decode_pages_of(text: str) -> list[list[str]]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(120, 120))
    draw_qr(canvas, text, 0, 0, 120)
    canvas.save()
    return decode_pages(buffer.getvalue(), dpi=200)
