"""The schedule's agendas as files: rendered on a worker, saved where the user chose."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QWidget

from keet_desktop.domain.models import Programme
from keet_desktop.domain.services import Services
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.printing.agenda import programme_agenda, week_agenda
from keet_desktop.ui import file_dialogs
from keet_desktop.ui.safety import save_file


def render_week_agenda(services: Services, monday: date, language: str) -> bytes:
    """(worker) The agenda of the week from ``monday`` as a PDF."""
    start = datetime.combine(monday, time(0), tzinfo=BRUSSELS)
    events = services.schedule.events(start, start + timedelta(days=7))
    stream = io.BytesIO()
    week_agenda(stream, monday, events, language, author=services.organisation.get().name)
    return stream.getvalue()


def save_pdf(parent: QWidget, services: Services, path: str, pdf: bytes) -> None:
    """Write a PDF made on a worker where the user chose (whole or not at all); say so."""
    written = save_file(  # issue 11: whole or not at all
        parent, path, ".pdf", lambda stream: stream.write(pdf), database=services.db
    )
    if written is not None:
        file_dialogs.confirm_saved(parent, str(written))


def render_programme_agenda(programme: Programme, language: str, author: str = "") -> bytes:
    """(worker) The agenda of a loaded programme as a PDF; ``author``: the organisation."""
    stream = io.BytesIO()
    programme_agenda(stream, programme, language, author=author)
    return stream.getvalue()
