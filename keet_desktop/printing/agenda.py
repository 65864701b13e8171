"""A one-page agenda (PDF) of a programme or a week, in Dutch or English.

Takes loaded events (with room, venue and facilitators) and writes to a stream. Times are
shown on the Brussels clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from keet_desktop.domain.models import Event, EventKind, EventStatus, Programme
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.i18n import QT_TRANSLATE_NOOP, translator
from keet_desktop.printing.fonts import BOLD, REGULAR, register_fonts
from keet_desktop.printing.pdf import creator, document_author

CONTEXT = "agenda"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("agenda", "Monday"),
    QT_TRANSLATE_NOOP("agenda", "Tuesday"),
    QT_TRANSLATE_NOOP("agenda", "Wednesday"),
    QT_TRANSLATE_NOOP("agenda", "Thursday"),
    QT_TRANSLATE_NOOP("agenda", "Friday"),
    QT_TRANSLATE_NOOP("agenda", "Saturday"),
    QT_TRANSLATE_NOOP("agenda", "Sunday"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("agenda", "January"),
    QT_TRANSLATE_NOOP("agenda", "February"),
    QT_TRANSLATE_NOOP("agenda", "March"),
    QT_TRANSLATE_NOOP("agenda", "April"),
    QT_TRANSLATE_NOOP("agenda", "May"),
    QT_TRANSLATE_NOOP("agenda", "June"),
    QT_TRANSLATE_NOOP("agenda", "July"),
    QT_TRANSLATE_NOOP("agenda", "August"),
    QT_TRANSLATE_NOOP("agenda", "September"),
    QT_TRANSLATE_NOOP("agenda", "October"),
    QT_TRANSLATE_NOOP("agenda", "November"),
    QT_TRANSLATE_NOOP("agenda", "December"),
)
HEADINGS = (
    QT_TRANSLATE_NOOP("agenda", "Date"),
    QT_TRANSLATE_NOOP("agenda", "Time"),
    QT_TRANSLATE_NOOP("agenda", "Session"),
    QT_TRANSLATE_NOOP("agenda", "Place"),
    QT_TRANSLATE_NOOP("agenda", "Facilitator"),
)
ONLINE = QT_TRANSLATE_NOOP("agenda", "Online")
CANCELLED = QT_TRANSLATE_NOOP("agenda", "cancelled")
WEEK_TITLE = QT_TRANSLATE_NOOP("agenda", "Agenda for the week of {first} to {last}")
NOTHING = QT_TRANSLATE_NOOP("agenda", "Nothing planned.")
PRINTED = QT_TRANSLATE_NOOP("agenda", "Printed on {day}")
KIND_COLOURS = {
    EventKind.WORKSHOP: "#3b7dd8",
    EventKind.WEBINAR: "#8e5bd0",
    EventKind.NETWORKING: "#e08a1e",
    EventKind.INFO_SESSION: "#2e9d5b",
    EventKind.PROGRAMME_SESSION: "#1c8c95",
}


@dataclass(frozen=True)
class AgendaResult:
    """What was printed."""

    pages: int
    items: int


class _Labels:
    def __init__(self, language: str) -> None:
        self._translate = translator(language)
        self._lower = language == "nl"  # Dutch writes months in lower case

    def month(self, month: int) -> str:
        name = self(MONTHS[month - 1])
        return name.lower() if self._lower else name

    def __call__(self, source: str) -> str:
        return self._translate(CONTEXT, source)

    def day(self, day: date) -> str:
        return f"{self(WEEKDAYS[day.weekday()])} {day.day} {self.month(day.month)}"

    def long_day(self, day: date) -> str:
        return f"{day.day} {self.month(day.month)} {day.year}"


def _place(event: Event, labels: _Labels) -> str:
    if event.room is not None and event.venue is not None:
        return f"{event.room.name}, {event.venue.name}"
    if event.venue is not None:
        return event.venue.name
    return labels(ONLINE) if event.online_url else ""


def _rows(events: Sequence[Event], labels: _Labels, style: ParagraphStyle) -> list[list[object]]:
    rows: list[list[object]] = []
    previous: date | None = None
    for event in sorted(events, key=lambda e: (e.starts_at, e.id)):
        start, end = event.starts_at.astimezone(BRUSSELS), event.ends_at.astimezone(BRUSSELS)
        title = escape(event.title)
        if event.status is EventStatus.CANCELLED:
            title = f"<strike>{title}</strike> ({escape(labels(CANCELLED))})"
        day_text = labels.day(start.date()) if start.date() != previous else ""
        previous = start.date()
        rows.append(
            [
                Paragraph(escape(day_text), style),
                f"{start:%H:%M}–{end:%H:%M}",
                Paragraph(title, style),
                Paragraph(escape(_place(event, labels)), style),
                Paragraph(escape(", ".join(f.name for f in event.facilitators)), style),
            ]
        )
    return rows


def _table(events: Sequence[Event], labels: _Labels) -> Table:
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11)
    head = [Paragraph(f"<b>{escape(labels(h))}</b>", cell) for h in HEADINGS]
    table = Table(
        [head, *_rows(events, labels, cell)],
        colWidths=[36 * mm, 25 * mm, 52 * mm, 38 * mm, 31 * mm],
        repeatRows=1,
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (2, 0), (2, -1), 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
    ]
    ordered = sorted(events, key=lambda e: (e.starts_at, e.id))
    for row, event in enumerate(ordered, start=1):
        colour = colors.HexColor(KIND_COLOURS.get(event.kind, "#777777"))
        commands.append(("LINEBEFORE", (2, row), (2, row), 3, colour))
    table.setStyle(TableStyle(commands))
    return table


def write_agenda(
    stream: BinaryIO,
    title: str,
    subtitle: str,
    events: Sequence[Event],
    language: str = "nl",
    printed_on: date | None = None,
    *,
    author: str = "",
) -> AgendaResult:
    """Write an agenda of ``events`` (loaded with room, venue, facilitators) as PDF.

    ``author`` is the organisation's name ("" gives "Keet Desktop").
    """
    register_fonts()
    labels = _Labels(language)
    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22)
    sub_style = ParagraphStyle("sub", fontName=REGULAR, fontSize=11, leading=14)
    small = ParagraphStyle("small", fontName=REGULAR, fontSize=8, textColor=colors.grey)
    story: list[object] = [Paragraph(escape(title), title_style)]
    if subtitle:
        story.append(Paragraph(escape(subtitle), sub_style))
    story.append(Spacer(1, 6 * mm))
    story.append(
        _table(events, labels) if events else Paragraph(escape(labels(NOTHING)), sub_style)
    )
    day = printed_on or datetime.now(BRUSSELS).date()
    story += [
        Spacer(1, 6 * mm),
        Paragraph(escape(labels(PRINTED).format(day=labels.long_day(day))), small),
    ]
    document = SimpleDocTemplate(
        stream, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=16 * mm,
        bottomMargin=14 * mm, title=title, author=document_author(author), creator=creator(),
        initialFontName=REGULAR,
    )  # fmt: skip
    document.build(story)
    return AgendaResult(pages=document.page, items=len(events))


def programme_agenda(
    stream: BinaryIO,
    programme: Programme,
    language: str = "nl",
    printed_on: date | None = None,
    *,
    author: str = "",
) -> AgendaResult:
    """The agenda of a programme (its events loaded with room, venue, facilitators)."""
    labels = _Labels(language)
    parts = [programme.cohort] if programme.cohort else []
    if programme.starts_on and programme.ends_on:
        first, last = labels.long_day(programme.starts_on), labels.long_day(programme.ends_on)
        parts.append(f"{first} – {last}")
    return write_agenda(
        stream,
        programme.title,
        " · ".join(parts),
        programme.events,
        language,
        printed_on,
        author=author,
    )


def week_agenda(
    stream: BinaryIO,
    monday: date,
    events: Sequence[Event],
    language: str = "nl",
    printed_on: date | None = None,
    *,
    author: str = "",
) -> AgendaResult:
    """The agenda of the week starting ``monday`` (events loaded as for a programme)."""
    labels = _Labels(language)
    title = labels(WEEK_TITLE).format(
        first=labels.long_day(monday), last=labels.long_day(monday + timedelta(days=6))
    )
    return write_agenda(stream, title, "", events, language, printed_on, author=author)
