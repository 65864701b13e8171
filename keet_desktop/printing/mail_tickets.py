"""The ticket PDF attached to a message, drawn by :mod:`keet_desktop.printing.tickets`."""

from __future__ import annotations

import io
from dataclasses import replace

from keet_desktop.domain.mail.compose import language_of
from keet_desktop.domain.services.outbox import MessageData
from keet_desktop.domain.services.print_data import PrintPerson, print_event
from keet_desktop.i18n import translator
from keet_desktop.printing.tickets import render_tickets


def ticket_pdf(data: MessageData) -> bytes:
    """One ticket page for the message's registration, in the person's language."""
    event, registration, person = data.event, data.registration, data.person
    assert event is not None and registration is not None and person is not None
    ticket_event = replace(print_event(event), author=data.organisation)
    print_person = PrintPerson(
        registration_id=registration.id,
        ticket_code=registration.ticket_code,
        given_name=person.given_name,
        family_name=person.family_name,
        organisation=person.organisation,
        email=person.email or "",
        role=registration.role,
        status=registration.status,
    )
    stream = io.BytesIO()
    render_tickets(stream, ticket_event, [print_person], translator(language_of(data)))
    return stream.getvalue()
