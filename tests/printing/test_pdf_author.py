"""Every PDF names the organisation as its author ("Keet Desktop" until one is set up)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from keet_desktop.cli import main
from keet_desktop.domain.mail.templates import MessageKind
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.organisation import OrganisationInput
from keet_desktop.i18n import translator
from keet_desktop.printing.agenda import week_agenda
from keet_desktop.printing.attendance import AttendanceOptions, render_attendance
from keet_desktop.printing.attendee_list import render_attendee_list
from keet_desktop.printing.badges import BadgeOptions, render_badges
from keet_desktop.printing.certificates import CertificateOptions, render_certificates
from keet_desktop.printing.guide import render_guide
from keet_desktop.printing.layouts import LAYOUTS
from keet_desktop.printing.mail_tickets import ticket_pdf
from keet_desktop.printing.pdf import APP_NAME
from keet_desktop.printing.report_pdf import render_report_pdf
from keet_desktop.printing.sheets import render_checkin_sheet
from keet_desktop.printing.tickets import render_tickets
from tests.domain.test_programme_results import build_programme
from tests.factories import make_event, person

NL = translator("nl")
ORGANISATION = "Buurtwerk De Brug vzw"


def author(pdf: bytes) -> str | None:
    info = PdfReader(io.BytesIO(pdf)).metadata
    return info.author if info is not None else None


def rendered(render, *args, **kwargs) -> bytes:
    stream = io.BytesIO()
    render(stream, *args, **kwargs)
    return stream.getvalue()


def event_documents(services: Services) -> dict[str, bytes]:
    """Each document of an event, made from what the print service loads."""
    event_id = make_event(services, starts_at=datetime.now().astimezone() + timedelta(days=3))
    services.registrations.register(event_id, person("Ayşe", "Yılmaz"))
    data = services.print_data.load(event_id)
    sheet = BadgeOptions(LAYOUTS["a4-8xa7"])
    return {
        "badges": rendered(render_badges, data.event, data.people, sheet, NL),
        "tickets": rendered(render_tickets, data.event, data.people, NL),
        "attendance": rendered(render_attendance, data, NL, AttendanceOptions()),
        "attendee list": rendered(render_attendee_list, data, NL),
        "check-in sheet": rendered(render_checkin_sheet, data, NL),
    }  # fmt: skip


@pytest.mark.parametrize("organisation", [ORGANISATION, ""])
def test_event_documents_and_the_report_name_the_organisation(services, organisation):
    if organisation:
        services.organisation.save(OrganisationInput(organisation))
    expected = organisation or APP_NAME
    for name, pdf in event_documents(services).items():
        assert author(pdf) == expected, name
    report = services.reports.funder_report(date(2026, 1, 1), date(2026, 12, 31))
    assert author(rendered(render_report_pdf, report, NL)) == expected


def test_the_mailed_ticket_names_the_organisation(services):
    services.organisation.save(OrganisationInput(ORGANISATION))
    event_id = make_event(services)
    registration = services.registrations.register(event_id, person()).registration
    data = services.outbox.preview_data(registration.id, MessageKind.TICKET)
    pdf = ticket_pdf(data)
    assert pdf.startswith(b"%PDF") and author(pdf) == ORGANISATION


def test_the_person_record_and_certificates_from_the_command_line(services, db_url, tmp_path):
    services.organisation.save(OrganisationInput(ORGANISATION))
    programme = build_programme(services)["programme"]
    person_id = services.people.create(person("Zoë", "Vandewalle")).id
    folder = tmp_path / "private"
    folder.mkdir(mode=0o700)
    record, certificates = folder / "zoe.pdf", tmp_path / "certificaten.pdf"
    base = ["--database", db_url, "--json"]
    assert main([*base, "privacy", "export", "--person", str(person_id), "-o", str(record)]) == 0
    assert main([*base, "print", "certificates", "--programme", str(programme)]
                + ["-o", str(certificates)]) == 0  # fmt: skip
    assert author(record.read_bytes()) == ORGANISATION
    assert author(certificates.read_bytes()) == ORGANISATION
    assert ORGANISATION in PdfReader(certificates).pages[0].extract_text()  # not "De Keet"


def test_documents_drawn_from_loaded_data_take_the_name_given(services):
    assert author(rendered(week_agenda, date(2026, 3, 2), [], author=ORGANISATION)) == ORGANISATION
    assert author(rendered(week_agenda, date(2026, 3, 2), [])) == APP_NAME
    assert author(rendered(render_guide, NL, ORGANISATION)) == ORGANISATION
    assert author(rendered(render_guide, NL, "")) == APP_NAME
    results = services.results.results(build_programme(services)["programme"])
    blank = CertificateOptions("  ")
    assert author(rendered(render_certificates, results, results.rows, blank, NL)) == APP_NAME
