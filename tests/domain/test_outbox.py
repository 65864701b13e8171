"""The outbox: messages queued by the transaction that causes them, each once (SQLite + PG)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from keet_desktop.domain import errors
from keet_desktop.domain.mail.errors import TemplateSyntaxError, UnknownPlaceholderError
from keet_desktop.domain.mail.queue import QueueItem, queue
from keet_desktop.domain.mail.templates import MessageKind, Template, default_template, render
from keet_desktop.domain.models import OutboxMessage
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.outbox import MailSettings
from tests import import_files
from tests.factories import event_input, make_event, person

ON = MailSettings(enabled=True, host="127.0.0.1", port=25, sender_address="info@dekeet.be")


def messages(services: Services) -> list[tuple[str, str, int, str]]:
    with services.db.read() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        return [(m.kind, m.key, m.version, m.state) for m in rows]


@pytest.fixture
def outbox_on(services: Services) -> Services:
    services.outbox.save_settings(ON)
    return services


def test_with_the_outbox_off_registering_queues_nothing(services):
    event_id = make_event(services)
    services.registrations.register(event_id, person())
    assert messages(services) == []


def test_registering_queues_a_ticket_or_the_place_on_the_waiting_list(outbox_on):
    services = outbox_on
    event_id = make_event(services, capacity=1)
    first = services.registrations.register(event_id, person("An", "Aerts")).registration
    second = services.registrations.register(event_id, person("Bo", "Bervoets")).registration
    third = services.registrations.register(event_id, person("Cas", "Claes")).registration
    assert messages(services) == [
        ("ticket", f"ticket:{first.id}", 1, "queued"),
        ("waitlist", f"waitlist:{second.id}", 1, "queued"),
        ("waitlist", f"waitlist:{third.id}", 1, "queued"),
    ]
    data = services.outbox.load(3)
    assert data.params == {"position": 2}


def test_cancelling_confirms_drops_the_unsent_ticket_and_tells_the_promoted(outbox_on):
    services = outbox_on
    event_id = make_event(services, capacity=1)
    first = services.registrations.register(event_id, person("An", "Aerts")).registration
    second = services.registrations.register(event_id, person("Bo", "Bervoets")).registration
    services.registrations.cancel(first.id)
    assert messages(services) == [
        ("ticket", f"ticket:{first.id}", 1, "dropped"),
        ("waitlist", f"waitlist:{second.id}", 1, "queued"),
        ("cancelled", f"cancelled:{first.id}", 1, "queued"),
        ("promoted", f"promoted:{second.id}", 1, "queued"),
    ]


def test_a_refused_registration_leaves_no_message(outbox_on):
    services = outbox_on
    event_id = make_event(services)
    services.registrations.register(event_id, person())
    with pytest.raises(errors.AlreadyRegisteredError):
        services.registrations.register(event_id, person())
    assert [m[0] for m in messages(services)] == ["ticket"]


def test_moving_an_event_twice_before_sending_leaves_one_newer_message(outbox_on):
    services = outbox_on
    event_id = make_event(services)
    registration = services.registrations.register(event_id, person()).registration
    data = event_input()
    data.starts_at += timedelta(days=1)
    data.ends_at += timedelta(days=1)
    services.events.update(event_id, data)
    data.room_id = None
    data.online_url = "https://meet.example.org/keet"
    services.events.update(event_id, data)
    changed = [m for m in messages(services) if m[0] == "changed"]
    assert changed == [("changed", f"changed:{registration.id}", 2, "queued")]
    assert services.outbox.load(2).params == {"what": "place"}
    services.events.update(event_id, data)  # saved again without a change: nothing new
    assert len(messages(services)) == 2


def test_a_changed_message_already_sent_is_followed_by_a_new_version(outbox_on):
    services = outbox_on
    event_id = make_event(services)
    services.registrations.register(event_id, person())
    services.events.cancel(event_id)
    with services.db.write() as session:
        session.execute(OutboxMessage.__table__.update().values(state="sent"))
    data = event_input()
    data.starts_at += timedelta(hours=1)
    data.ends_at += timedelta(hours=1)
    services.events.update(event_id, data)  # published again, at another hour
    changed = [m for m in messages(services) if m[0] == "changed"]
    assert [(m[2], m[3]) for m in changed] == [(1, "sent"), (2, "queued")]


def test_the_same_message_is_never_queued_twice(outbox_on):
    services = outbox_on
    event_id = make_event(services)
    registration = services.registrations.register(event_id, person()).registration
    item = QueueItem("ticket", f"ticket:{registration.id}", registration.id, None, event_id)
    with services.db.write() as session:
        queue(session.connection(), [item, item])
    assert len(messages(services)) == 1


def test_reminders_are_queued_once_for_events_within_the_set_days(outbox_on):
    services = outbox_on
    soon = make_event(services, title="Soon")
    later = make_event(services, title="Later")
    with services.db.write() as session:
        session.execute(OutboxMessage.__table__.delete())
    services.registrations.register(soon, person("An", "Aerts"))
    services.registrations.register(later, person("Bo", "Bervoets"))
    with services.db.write() as session:
        session.execute(OutboxMessage.__table__.delete())
    now = services.events.get(soon).starts_at - timedelta(days=1)
    services.outbox.save_settings(MailSettings(**{**ON.__dict__, "reminder_days": 2}))
    assert services.outbox.queue_due_reminders(now) == 2  # both are next week
    assert services.outbox.queue_due_reminders(now) == 0
    assert [m[0] for m in messages(services)] == ["reminder", "reminder"]


def test_the_upcoming_mailing_goes_only_to_people_who_consented(outbox_on):
    services = outbox_on
    event_id = make_event(services)
    services.outbox.save_settings(MailSettings(**{**ON.__dict__, "enabled": False}))
    services.registrations.register(event_id, person("An", "Aerts", consent_mailing=True))
    services.registrations.register(event_id, person("Bo", "Bervoets"))
    assert services.outbox.queue_upcoming([event_id], "2026-12") == 1
    assert services.outbox.queue_upcoming([event_id], "2026-12") == 1  # counted, not doubled
    assert [m[1].split(":")[:2] for m in messages(services)] == [["upcoming", "2026-12"]]


def test_settings_are_checked_and_kept_without_a_password(services):
    with pytest.raises(errors.InvalidEmailError):
        services.outbox.save_settings(MailSettings(host="smtp.x", sender_address="no-at"))
    saved = services.outbox.save_settings(
        MailSettings(host="smtp.dekeet.be", port=465, username="info", sender_address="i@d.be")
    )
    assert (saved.host, saved.port, saved.username) == ("smtp.dekeet.be", 465, "info")


def test_a_template_with_an_unknown_placeholder_is_refused_naming_it(services):
    bad = Template(MessageKind.WAITLIST, "nl", "Plaats {position}", "Dag {given_name}")
    with pytest.raises(UnknownPlaceholderError) as caught:
        services.outbox.save_template(bad)
    assert caught.value.field == "subject"
    assert "{position}" in caught.value.english()
    assert "{waitlist_position}" in caught.value.english()
    with pytest.raises(TemplateSyntaxError):
        services.outbox.save_template(Template(MessageKind.TICKET, "en", "Hi", "Dag {given_name"))
    good = Template(MessageKind.WAITLIST, "nl", "Plaats {waitlist_position}", "Dag {given_name}")
    services.outbox.save_template(good)
    assert services.outbox.template(MessageKind.WAITLIST, "nl") == good
    assert services.outbox.reset_template(MessageKind.WAITLIST, "nl") == default_template(
        MessageKind.WAITLIST, "nl"
    )


def test_rendering_leaves_out_lines_without_values_and_escapes_html():
    template = Template(
        MessageKind.TICKET, "en", "Ticket {event_title}", "Hi {given_name}\nRoom: {place}\nBye"
    )
    rendered = render(template, {"given_name": "<Ann>", "event_title": "Repair café"})
    assert rendered.subject == "Ticket Repair café"
    assert rendered.text == "Hi <Ann>\nBye\n"
    assert "Hi &lt;Ann&gt;" in rendered.html


def test_imported_registrations_get_a_ticket_or_their_place_in_line(outbox_on, tmp_path):
    services = outbox_on
    event_id = make_event(services, capacity=1)
    path = import_files.write_csv(
        tmp_path / "inschrijvingen.csv",
        [
            ["Voornaam", "Naam", "E-mailadres"],
            ["An", "Aerts", "an@example.be"],
            ["Bo", "Bervoets", "bo@example.be"],
            ["Cas", "Claes", "cas@example.be"],
        ],
        delimiter=";",
    )
    request = services.imports.request(path, event_id=event_id)
    services.imports.commit(services.imports.preview(request))
    assert [m[0] for m in messages(services)] == ["ticket", "waitlist", "waitlist"]
    assert [services.outbox.load(i).params for i in (2, 3)] == [{"position": 1}, {"position": 2}]


def test_with_the_outbox_off_an_import_queues_nothing(services, tmp_path):
    event_id = make_event(services)
    path = import_files.write_csv(
        tmp_path / "i.csv", [["Voornaam", "Naam"], ["An", "Aerts"]], delimiter=";"
    )
    services.imports.commit(
        services.imports.preview(services.imports.request(path, event_id=event_id))
    )
    assert messages(services) == []
