"""A window of pages is the same as those pages of the whole document (issue 14).

A preview of 100,000 badges draws 20 pages at a time from the people on them only: each
window must show exactly what the whole document shows on those pages: the same people, the
same codes, "page x of y" of the whole, the blank rows at the end.
"""

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from keet_desktop.domain.services.print_data import PeopleWindow
from keet_desktop.i18n import translator
from keet_desktop.printing.attendance import AttendanceOptions
from keet_desktop.printing.documents import (
    DocumentKind,
    DocumentOptions,
    pagination,
    render_document,
)
from tests.printing.helpers import data, decode_pages

KINDS = [
    (DocumentKind.BADGES, DocumentOptions(layout="a4-2x5-90x54", start_at=4)),
    (DocumentKind.BADGES, DocumentOptions(layout="label-89x36")),
    (DocumentKind.TICKETS, DocumentOptions()),
    (DocumentKind.CHECKIN_SHEET, DocumentOptions()),
    (DocumentKind.ATTENDANCE, DocumentOptions(attendance=AttendanceOptions(blank_rows=25))),
    (DocumentKind.ATTENDEE_LIST, DocumentOptions()),
]


def render(kind, sample, options, pages=None) -> bytes:
    stream = io.BytesIO()
    render_document(kind, stream, sample, translator("nl"), options, pages)
    return stream.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def windowed(sample, kind, options, pages: range):
    people = pagination(kind, options).people(len(sample.people), pages)
    window = PeopleWindow(
        len(sample.people), people.start, sample.people[people.start : people.stop]
    )
    return replace(sample, people=window)


@pytest.mark.parametrize(("kind", "options"), KINDS, ids=lambda v: str(getattr(v, "value", "")))
def test_every_window_shows_what_the_whole_document_shows_on_those_pages(kind, options):
    count = {DocumentKind.TICKETS: 7, DocumentKind.BADGES: 37, DocumentKind.ATTENDEE_LIST: 100}.get(
        kind, 60
    )
    sample = data(count)
    whole = page_texts(render(kind, sample, options))
    total = pagination(kind, options).pages(count)
    assert len(whole) == total >= 3
    size = 2
    for start in range(0, total, size):
        pages = range(start, min(total, start + size))
        part = page_texts(render(kind, windowed(sample, kind, options, pages), options, pages))
        assert part == whole[pages.start : pages.stop], f"pages {pages}"


def test_a_window_of_badges_carries_the_codes_of_its_pages_only():
    sample = data(45)
    options = DocumentOptions(layout="a4-2x5-90x54", start_at=6)  # 5 used labels on sheet 1
    pages = range(2, 4)  # labels 15..34 of the people (5 + 10 + 10 - 5 ... )
    pdf = render(
        DocumentKind.BADGES, windowed(sample, DocumentKind.BADGES, options, pages), options, pages
    )
    codes = [sorted(page) for page in decode_pages(pdf, dpi=100)]
    expected = [p.ticket_code for p in sample.people]
    assert codes == [sorted(expected[15:25]), sorted(expected[25:35])]


def test_a_window_refuses_people_it_does_not_hold():
    sample = data(10)
    window = PeopleWindow(10, 4, sample.people[4:8])
    assert len(window) == 10 and window[4] is sample.people[4] and window[-3] is sample.people[7]
    assert list(window[5:7]) == sample.people[5:7]
    with pytest.raises(IndexError):
        window[3]
    with pytest.raises(IndexError):
        window[6:9]
    with pytest.raises(IndexError):
        iter(window)


def test_pagination_counts_pages_and_the_people_on_them():
    badges = pagination(DocumentKind.BADGES, DocumentOptions(layout="a4-2x5-90x54", start_at=4))
    assert badges.pages(0) == 1 and badges.pages(7) == 1 and badges.pages(8) == 2
    assert badges.people(100_000, range(0, 1)) == range(0, 7)
    assert badges.people(100_000, range(1, 3)) == range(7, 27)
    assert badges.pages(100_000) == 10_001
    attendance = pagination(
        DocumentKind.ATTENDANCE, DocumentOptions(attendance=AttendanceOptions(blank_rows=30))
    )
    per_page = attendance.per_page
    assert attendance.pages(0) == -(-30 // per_page)
    assert attendance.people(5, range(0, 9)) == range(0, 5)
    assert attendance.rows(5, 0) == range(0, min(35, per_page))
