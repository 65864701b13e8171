"""One entry point for every document: what to print, with which options, into a stream."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import BinaryIO

from keet_desktop.domain.services.print_data import PrintData
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing.attendance import (
    AttendanceOptions,
    attendance_pagination,
    render_attendance,
)
from keet_desktop.printing.attendee_list import attendee_list_pagination, render_attendee_list
from keet_desktop.printing.badges import BadgeOptions, badge_pagination, render_badges
from keet_desktop.printing.layouts import DEFAULT_LAYOUT, LAYOUTS, Paper
from keet_desktop.printing.pages import Pagination
from keet_desktop.printing.sheets import render_checkin_sheet, sheet_pagination
from keet_desktop.printing.tickets import render_tickets


class DocumentKind(enum.StrEnum):
    """The documents Keet prints (the values are the command line's names)."""

    BADGES = "badges"
    TICKETS = "tickets"
    CHECKIN_SHEET = "checkin-sheet"
    ATTENDANCE = "attendance"
    ATTENDEE_LIST = "attendee-list"


DOCUMENT_NAMES: dict[DocumentKind, str] = {
    DocumentKind.BADGES: QT_TRANSLATE_NOOP("printing", "Badges"),
    DocumentKind.TICKETS: QT_TRANSLATE_NOOP("printing", "Tickets"),
    DocumentKind.CHECKIN_SHEET: QT_TRANSLATE_NOOP("printing", "Check-in sheet"),
    DocumentKind.ATTENDANCE: QT_TRANSLATE_NOOP("printing", "Attendance list"),
    DocumentKind.ATTENDEE_LIST: QT_TRANSLATE_NOOP("printing", "Attendee list"),
}


@dataclass(frozen=True)
class DocumentOptions:
    """Everything a document may be asked for (each document reads what it needs).

    Attributes:
        paper: A4 or US Letter (lists, sheets, tickets).
        layout: Badge layout name (see :data:`~keet_desktop.printing.layouts.LAYOUTS`).
        start_at: First label on a partly used sheet (badges).
        offset_x_mm: Printer offset to the right, in mm (badges).
        offset_y_mm: Printer offset upwards, in mm (badges).
        attendance: Columns and blank rows of the attendance list.
    """

    paper: Paper = Paper.A4
    layout: str = DEFAULT_LAYOUT
    start_at: int = 1
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    attendance: AttendanceOptions = field(default_factory=AttendanceOptions)


def _badge_options(options: DocumentOptions) -> BadgeOptions:
    return BadgeOptions(
        LAYOUTS[options.layout], options.start_at, options.offset_x_mm, options.offset_y_mm
    )


def _attendance_options(options: DocumentOptions) -> AttendanceOptions:
    return AttendanceOptions(
        options.attendance.show_email,
        options.attendance.show_municipality,
        options.attendance.blank_rows,
        options.paper,
    )


def pagination(kind: DocumentKind, options: DocumentOptions | None = None) -> Pagination:
    """How document ``kind`` puts people on pages: a preview's windows are chosen by it."""
    options = options or DocumentOptions()
    kind = DocumentKind(kind)
    if kind is DocumentKind.BADGES:
        return badge_pagination(_badge_options(options))
    if kind is DocumentKind.TICKETS:
        return Pagination(1)
    if kind is DocumentKind.CHECKIN_SHEET:
        return sheet_pagination(options.paper)
    if kind is DocumentKind.ATTENDANCE:
        return attendance_pagination(_attendance_options(options))
    return attendee_list_pagination(options.paper)


def render_document(
    kind: DocumentKind,
    stream: BinaryIO,
    data: PrintData,
    translate: Translate,
    options: DocumentOptions | None = None,
    pages: range | None = None,
) -> int:
    """Draw document ``kind`` of ``data`` onto ``stream`` as a PDF; return its pages.

    ``pages`` (0-based) draws only those pages; ``data.people`` then needs only the people
    on them (a :class:`~keet_desktop.domain.services.print_data.PeopleWindow`), and the
    pages are numbered as in the whole document.
    """
    options = options or DocumentOptions()
    kind = DocumentKind(kind)
    if kind is DocumentKind.BADGES:
        return render_badges(
            stream, data.event, data.people, _badge_options(options), translate, pages
        )
    if kind is DocumentKind.TICKETS:
        return render_tickets(stream, data.event, data.people, translate, options.paper, pages)
    if kind is DocumentKind.CHECKIN_SHEET:
        return render_checkin_sheet(stream, data, translate, options.paper, pages)
    if kind is DocumentKind.ATTENDANCE:
        return render_attendance(stream, data, translate, _attendance_options(options), pages)
    return render_attendee_list(stream, data, translate, options.paper, pages)
