"""Sending a PDF made by :mod:`keet_desktop.printing` to a printer.

Each page is rendered by QtPdf at the printer's resolution (at most :data:`MAX_DPI`) and
painted onto the page, which is sized like the PDF's page, without margins. This touches no
widget, so it may run in a background task.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


class PrintFailedError(RuntimeError):
    """The printer could not be used."""


def print_pdf(
    pdf: bytes, printer: QPrinter, report: Callable[[int, int], None] | None = None
) -> int:
    """Print every page of ``pdf`` on ``printer``; return the number of pages printed.

    ``report(done, total)`` is called after each page.
    """
    with tempfile.TemporaryDirectory(prefix="keet-print-") as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintFailedError("the document could not be read")
        try:
            return _print_pages(document, printer, report)
        finally:
            document.close()


def print_chunks(
    chunks: Iterable[bytes],
    pages: int,
    printer: QPrinter,
    report: Callable[[int, int], None] | None = None,
) -> int:
    """Print a long document given as consecutive PDFs (windows of pages) as one print job.

    Only one window is in memory at a time, so 10,000 pages print like 10. ``pages`` is the
    document's page count, for ``report(done, total)``. When ``report`` raises (Stop), the
    job is aborted: nothing half-printed is left in the queue.
    """
    painter = QPainter()
    done = 0
    with tempfile.TemporaryDirectory(prefix="keet-print-") as folder:
        try:
            for number, pdf in enumerate(chunks):
                path = Path(folder) / f"part-{number}.pdf"
                path.write_bytes(pdf)
                document = QPdfDocument()
                if document.load(str(path)) != QPdfDocument.Error.None_:
                    raise PrintFailedError("the document could not be read")
                try:
                    if not painter.isActive():
                        _fit_printer_to(printer, document.pagePointSize(0))
                        if not painter.begin(printer):
                            raise PrintFailedError("the printer could not be opened")
                    for index in range(document.pageCount()):
                        if done:
                            printer.newPage()
                        _paint_page(document, index, printer, painter)
                        done += 1
                        if report is not None:
                            report(done, pages)
                finally:
                    document.close()
                path.unlink()
        except BaseException:
            if painter.isActive():
                printer.abort()  # a real printer drops the job (a PDF "printer" cannot)
                painter.end()
            raise
        if painter.isActive():
            painter.end()
    return done


def _paint_page(document: QPdfDocument, index: int, printer: QPrinter, painter: QPainter) -> None:
    dpi = min(printer.resolution(), MAX_DPI)
    points = document.pagePointSize(index)
    pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(index, pixels)
    target = printer.pageRect(QPrinter.Unit.DevicePixel)
    painter.drawImage(QRectF(QPointF(0, 0), target.size()), image)


def _fit_printer_to(printer: QPrinter, size: QSizeF) -> None:
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setFullPage(True)
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", exact))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def _print_pages(
    document: QPdfDocument, printer: QPrinter, report: Callable[[int, int], None] | None
) -> int:
    pages = document.pageCount()
    if pages == 0:
        return 0
    _fit_printer_to(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailedError("the printer could not be opened")
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            _paint_page(document, index, printer, painter)
            if report is not None:
                report(index + 1, pages)
    finally:
        painter.end()
    return pages
