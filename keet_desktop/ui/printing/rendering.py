"""Making a document's PDF from the database, off the GUI thread (no widgets here).

A preview never holds a whole long document: it keeps the document's *index* (who is on it,
in order: a list of ids) and renders a *window* of a few pages at a time, the first one
first. Printing walks the document window by window; saving draws it whole into the file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from keet_desktop.domain import safefile
from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.print_data import DocumentIndex, PrintFilter
from keet_desktop.i18n import translator
from keet_desktop.printing.documents import (
    DocumentKind,
    DocumentOptions,
    pagination,
    render_document,
)
from keet_desktop.printing.tickets import write_ticket_files

WINDOW_PAGES = 20  # pages a preview shows at a time
PRINT_PAGES = 50  # pages rendered at a time while printing
TICKET_FILES = 200  # ticket files written between two progress reports

Report = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderRequest:
    """What to render: the document, for which event, who, how and in which language."""

    kind: DocumentKind
    event_id: int
    selection: PrintFilter = field(default_factory=PrintFilter)
    options: DocumentOptions = field(default_factory=DocumentOptions)
    language: str = "nl"


@dataclass(frozen=True)
class RenderedWindow:
    """Some pages of a document as a PDF.

    Attributes:
        pdf: The PDF of pages ``pages`` (and only those).
        pages: Which pages of the document (0-based) the PDF holds.
        page_count: The document's pages.
        index: Who is on the document (kept to render other windows, to print and to save).
    """

    pdf: bytes
    pages: range
    page_count: int
    index: DocumentIndex

    @property
    def people(self) -> int:
        """How many people the document has."""
        return len(self.index.ids)


def statuses_for(kind: DocumentKind) -> frozenset[RegistrationStatus]:
    """Which registrations a document lists: the attendee list also shows the waiting list."""
    if kind is DocumentKind.ATTENDEE_LIST:
        return frozenset({RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED})
    return frozenset({RegistrationStatus.REGISTERED})


def page_count(request: RenderRequest, index: DocumentIndex) -> int:
    """How many pages the document of ``index`` has with ``request``'s options."""
    return pagination(request.kind, request.options).pages(len(index.ids))


def window_of(page: int, pages: int, size: int = WINDOW_PAGES) -> range:
    """The window of ``size`` pages that holds ``page`` (windows start at multiples of size)."""
    page = max(0, min(page, pages - 1))
    start = page - page % size
    return range(start, min(pages, start + size))


def render_pages(
    services: Services, request: RenderRequest, index: DocumentIndex, pages: range
) -> bytes:
    """The PDF of ``pages`` of the document: only their people are loaded."""
    people = pagination(request.kind, request.options).people(len(index.ids), pages)
    data = services.print_data.window(index, people)
    stream = io.BytesIO()
    render_document(
        request.kind, stream, data, translator(request.language), request.options, pages
    )
    return stream.getvalue()


def render_window(
    services: Services, request: RenderRequest, index: DocumentIndex | None, page: int = 0
) -> RenderedWindow:
    """The window holding ``page``; the index is made first when not given (a new filter)."""
    if index is None:
        index = services.print_data.index(request.event_id, request.selection)
    pages = page_count(request, index)
    window = window_of(page, pages)
    return RenderedWindow(render_pages(services, request, index, window), window, pages, index)


def chunks(
    services: Services,
    request: RenderRequest,
    index: DocumentIndex,
    size: int = PRINT_PAGES,
) -> Iterator[bytes]:
    """The whole document as PDFs of ``size`` pages each, one after the other (printing)."""
    pages = page_count(request, index)
    for start in range(0, pages, size):
        yield render_pages(services, request, index, range(start, min(pages, start + size)))


def save_document(
    report: Report,
    services: Services,
    request: RenderRequest,
    index: DocumentIndex,
    path: Path,
    force: bool = False,
) -> Path:
    """Draw the whole document into ``path`` (safely: a temporary file, then renamed).

    An existing ``path`` is replaced only with ``force`` (the save dialog asked about it).
    """
    report(0, 2)
    data = services.print_data.window(index, range(len(index.ids)))
    report(1, 2)
    safefile.write_with(
        path,
        lambda stream: render_document(
            request.kind, stream, data, translator(request.language), request.options
        ),
        suffixes=[".pdf"],
        force=force,
        protected=[services.db.sqlite_path],
    )
    report(2, 2)
    return path


def save_tickets(
    report: Report, services: Services, request: RenderRequest, index: DocumentIndex, folder: Path
) -> int:
    """Write one ticket PDF per person into ``folder``, a few hundred at a time; the count."""
    written = 0
    total = len(index.ids)
    translate = translator(request.language)
    for start in range(0, total, TICKET_FILES):
        report(start, total)
        people = services.print_data.people(index.ids[start : start + TICKET_FILES])
        written += len(
            write_ticket_files(
                folder,
                index.event,
                people,
                translate,
                request.options.paper,
                force=True,  # the user chose this folder to (re)fill
            )
        )
    report(total, total)
    return written
