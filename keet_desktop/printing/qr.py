"""QR codes as vector paths: the module matrix drawn as one filled path.

Ticket codes are upper-case Crockford base32, so they fit QR's alphanumeric mode. Error
correction is Q (25 % of the code may be damaged); 21 characters still fit version 2 (25×25
modules). A fixed mask pattern (any of the eight is valid) skips qrcode's costly search for
the "best" mask, which is about 90 % of its time.
"""

from __future__ import annotations

import functools

import qrcode
import qrcode.constants
import qrcode.util
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4
"""Light modules around the code, as the standard asks."""

_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
_MASK = 2
_VERSION_2 = 2
"""Alphanumeric at level Q: version 2 holds 17 to 29 characters (a ticket code has 21)."""


@functools.lru_cache(maxsize=4096)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Return the module matrix of ``text`` (True = dark), without quiet zone."""
    alphanumeric = set(text) <= _ALPHANUMERIC
    code = qrcode.QRCode(
        version=_VERSION_2 if alphanumeric and 16 < len(text) <= 29 else None,
        error_correction=qrcode.constants.ERROR_CORRECT_Q,
        border=0,
        mask_pattern=_MASK,
    )
    mode = qrcode.util.MODE_ALPHA_NUM if alphanumeric else qrcode.util.MODE_8BIT_BYTE
    code.add_data(qrcode.util.QRData(text.encode("utf-8"), mode=mode))
    code.make(fit=code.version is None)
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


def modules_with_quiet_zone(text: str) -> int:
    """Return the width of ``text``'s code in modules, quiet zone included."""
    return len(qr_matrix(text)) + 2 * QUIET_ZONE


def path_operators(matrix: tuple[tuple[bool, ...], ...]) -> str:
    """Return PDF path operators for the dark modules, one rectangle per horizontal run.

    Coordinates are in modules with the origin at the matrix's bottom-left corner.
    """
    size = len(matrix)
    parts: list[str] = []
    for row_index, row in enumerate(matrix):
        y = size - 1 - row_index
        start = -1
        for x, dark in enumerate((*row, False)):
            if dark and start < 0:
                start = x
            elif not dark and start >= 0:
                parts.append(f"{start} {y} {x - start} 1 re")
                start = -1
    parts.append("f")
    return "\n".join(parts)


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR code filling the square at (x, y) of side ``size``.

    The square includes the 4-module quiet zone, which is left white (painted, so the code
    also scans on a coloured background).
    """
    matrix = qr_matrix(text)
    module = size / (len(matrix) + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(module, 0, 0, module, x + QUIET_ZONE * module, y + QUIET_ZONE * module)
    canvas.addLiteral(path_operators(matrix))
    canvas.restoreState()
