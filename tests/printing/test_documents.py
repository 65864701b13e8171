"""Tickets, the check-in sheet, the attendance list and the attendee list: text, pages, QR codes."""

import io
from dataclasses import replace

from pypdf import PdfReader

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.i18n import translator
from keet_desktop.printing.attendance import AttendanceOptions, render_attendance
from keet_desktop.printing.attendee_list import render_attendee_list
from keet_desktop.printing.layouts import Paper
from keet_desktop.printing.sheets import render_checkin_sheet, rows_per_page
from keet_desktop.printing.tickets import render_tickets, ticket_file_name, write_ticket_files
from tests.printing.helpers import data, decode_pages, event, people, text

NL = translator("nl")
EN = translator("en")


def pdf_of(render, *args) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pages = render(buffer, *args)
    return buffer.getvalue(), pages


def test_tickets_have_a_page_each_with_event_place_name_and_a_decodable_code():
    who = people()
    pdf, pages = pdf_of(render_tickets, event(), who, NL)
    assert pages == len(who) == len(PdfReader(io.BytesIO(pdf)).pages)
    page_texts = text(pdf)
    assert "Workshop herstellen" in page_texts[0]
    assert "dinsdag 3 maart 2026, 19:00–21:00" in page_texts[0]
    assert "De Keet, Werkplaats, Stationsstraat 12, 9300 Aalst" in page_texts[0]
    assert "Hélène Çelik" in page_texts[3]
    assert decode_pages(pdf, dpi=72) == [[p.ticket_code] for p in who]


def test_an_online_ticket_shows_the_link():
    online = event(venue="", room="", address="", online_url="https://meet.example/keet")
    pdf, _pages = pdf_of(render_tickets, online, people()[:1], EN)
    assert "Online: https://meet.example/keet" in text(pdf)[0]


def test_one_ticket_file_per_person(tmp_path):
    files = write_ticket_files(tmp_path, event(), people()[:3], NL)
    assert [f.name for f in files] == [ticket_file_name(p) for p in people()[:3]]
    assert files[0].name == "ticket-yilmaz-ayse-1.pdf"
    assert decode_pages(files[2].read_bytes(), dpi=72) == [[people()[2].ticket_code]]


def test_the_checkin_sheet_lists_everyone_with_codes_and_page_x_of_y():
    sheet = data(25)
    pdf, pages = pdf_of(render_checkin_sheet, sheet, NL)
    per_page = rows_per_page(Paper.A4)
    assert pages == -(-25 // per_page) == len(PdfReader(io.BytesIO(pdf)).pages)
    texts = text(pdf)
    assert f"Pagina 1 van {pages}" in texts[0]
    assert f"Pagina {pages} van {pages}" in texts[-1]
    assert "Ingeschreven: 25 · aangemeld: 2 · op deze lijst: 25" in texts[0]
    assert "Yılmaz, Ayşe" in texts[0] and "Aanwezig" in texts[0]
    decoded = decode_pages(pdf)
    assert sorted(decoded[0]) == sorted(p.ticket_code for p in sheet.people[:per_page])
    assert sum(len(codes) for codes in decoded) == 25


def test_the_sheet_on_us_letter_has_the_letter_page_size():
    pdf, _pages = pdf_of(render_checkin_sheet, data(3), EN, Paper.LETTER)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_the_attendance_list_has_the_facilitator_signatures_and_blank_rows():
    options = AttendanceOptions(show_email=True, blank_rows=4)
    pdf, pages = pdf_of(render_attendance, data(6), NL, options)
    page = text(pdf)[0]
    assert pages == 1
    assert "Aanwezigheidslijst" in page and "Begeleider: Griet Claes" in page
    assert "Handtekening" in page and "E-mail" in page and "person0@example.be" in page
    assert "Wiśniewski, Łukasz" in page
    for number in range(1, 11):
        assert f"\n{number}" in page or page.startswith(str(number))
    assert "11" not in page.split("Handtekening")[1].split()


def test_a_blank_attendance_list_for_walk_ins_spans_pages():
    empty = replace(data(0), people=[])
    pdf, pages = pdf_of(render_attendance, empty, EN, AttendanceOptions(blank_rows=40))
    assert pages == 2
    assert "Page 2 of 2" in text(pdf)[1]


def test_the_attendee_list_shows_status_and_check_in_time():
    who = people(3)
    who[0] = replace(who[0], checked_in_at=event().starts_at)
    who[2] = replace(who[2], status=RegistrationStatus.WAITLISTED)
    sheet = replace(data(0), people=who)
    pdf, _pages = pdf_of(render_attendee_list, sheet, NL)
    page = text(pdf)[0]
    assert "Deelnemerslijst" in page and "Wachtlijst" in page and "Ingeschreven" in page
    assert "03-03 19:00" in page
