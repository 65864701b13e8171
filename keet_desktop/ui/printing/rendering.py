"""Making a document's PDF from the database, off the GUI thread (no widgets here)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.print_data import PrintFilter
from keet_desktop.i18n import translator
from keet_desktop.printing.documents import DocumentKind, DocumentOptions, render_document


@dataclass(frozen=True)
class RenderRequest:
    """What to render: the document, for which event, who, how and in which language."""

    kind: DocumentKind
    event_id: int
    selection: PrintFilter = field(default_factory=PrintFilter)
    options: DocumentOptions = field(default_factory=DocumentOptions)
    language: str = "nl"


@dataclass(frozen=True)
class RenderedDocument:
    """A rendered PDF, its page count and the registrations on it."""

    pdf: bytes
    pages: int
    registration_ids: list[int]


def statuses_for(kind: DocumentKind) -> frozenset[RegistrationStatus]:
    """Which registrations a document lists: the attendee list also shows the waiting list."""
    if kind is DocumentKind.ATTENDEE_LIST:
        return frozenset({RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED})
    return frozenset({RegistrationStatus.REGISTERED})


def render(
    report: Callable[[int, int], None], services: Services, request: RenderRequest
) -> RenderedDocument:
    """Load the data and render the PDF (a :class:`~keet_desktop.ui.tasks.Task` function)."""
    data = services.print_data.load(request.event_id, request.selection)
    report(1, 2)
    stream = io.BytesIO()
    pages = render_document(
        request.kind, stream, data, translator(request.language), request.options
    )
    report(2, 2)
    return RenderedDocument(stream.getvalue(), pages, [p.registration_id for p in data.people])
