"""Sending the outbox to a real SMTP server on 127.0.0.1: once, or "maybe sent", never twice."""

from __future__ import annotations

import email.policy
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from email.message import EmailMessage

import icalendar
import pytest
from sqlalchemy import update

from keet_desktop.domain.db import utcnow
from keet_desktop.domain.mail import secrets
from keet_desktop.domain.mail.errors import SmtpProblem
from keet_desktop.domain.mail.queue import OUTBOX
from keet_desktop.domain.mail.sender import Sender
from keet_desktop.domain.mail.smtp import Security, SmtpConfig, send_test
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.outbox import MailSettings
from keet_desktop.printing.mail_tickets import ticket_pdf
from tests import mail_server
from tests.factories import make_event, person
from tests.mail_server import Recorder, SmtpServer, free_port, start_server
from tests.printing.helpers import decode_pages, text

SENDER = "info@dekeet.be"
smtp_server = mail_server.smtp_server
memory_keyring = mail_server.memory_keyring
KEET = "import sys; from keet_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


def turn_on(services: Services, server: SmtpServer) -> SmtpConfig:
    services.outbox.save_settings(
        MailSettings(
            enabled=True,
            host=server.host,
            port=server.port,
            security=Security.NONE,
            sender_name="De Keet",
            sender_address=SENDER,
        )
    )
    return SmtpConfig(server.host, server.port, Security.NONE, timeout=5)


def register_people(services: Services, count: int, capacity: int | None = None) -> list[int]:
    event_id = make_event(services, capacity=capacity)
    return [
        services.registrations.register(
            event_id, person(f"Person{n}", "Peeters", preferred_language="nl" if n % 2 else "en")
        ).registration.id
        for n in range(count)
    ]


def states(services: Services) -> dict[str, int]:
    return services.outbox.counts()


def attachments(message: EmailMessage) -> dict[str, bytes]:
    return {
        part.get_filename() or "": part.get_content()
        for part in message.iter_attachments()  # type: ignore[attr-defined]
    }


def test_tickets_arrive_with_text_html_pdf_and_ics(sqlite_services, smtp_server):
    services = sqlite_services
    config = turn_on(services, smtp_server)
    ids = register_people(services, 2)
    report = Sender(services.outbox, ticket_pdf).run(config, "")
    assert (report.sent, report.failed, report.maybe_sent, report.queued) == (2, 0, 0, 0), (
        services.outbox.list_messages()
    )
    received = smtp_server.recorder.received
    assert [r.rcpt_tos for r in received] == [
        ["person0.peeters@example.be"],
        ["person1.peeters@example.be"],
    ]
    english, dutch = received[0].message, received[1].message
    assert english["Subject"] == "Your ticket for Workshop herstellen"
    assert dutch["Subject"] == "Je ticket voor Workshop herstellen"
    assert english["From"] == f"De Keet <{SENDER}>"
    body = dutch.get_body(preferencelist=("plain",))
    html = dutch.get_body(preferencelist=("html",))
    assert body is not None and html is not None
    code = services.registrations.get(ids[1]).registration.ticket_code
    assert f"code {code}" in body.get_content()
    assert f"code {code}" in html.get_content() and "<p>" in html.get_content()
    files = attachments(dutch)
    pdf = files[f"ticket-{ids[1]}.pdf"]
    assert decode_pages(pdf) == [[code]]
    assert "Person1 Peeters" in text(pdf)[0]
    calendar = icalendar.Calendar.from_ical(
        files[f"event-{services.registrations.get(ids[1]).registration.event_id}.ics"]
    )
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Workshop herstellen"]
    assert states(services) == {"sent": 2}


def test_waiting_list_and_promotion_messages_say_the_place(sqlite_services, smtp_server):
    services = sqlite_services
    config = turn_on(services, smtp_server)
    first, second = register_people(services, 2, capacity=1)
    services.registrations.cancel(first)
    Sender(services.outbox, ticket_pdf).run(config, "")
    subjects = [str(r.message["Subject"]) for r in smtp_server.recorder.received]
    assert subjects == [
        "Wachtlijst voor Workshop herstellen: plaats 1",
        "Your registration for Workshop herstellen is cancelled",
        "Er is een plaats vrij voor jou: Workshop herstellen",
    ]
    promoted = smtp_server.recorder.received[2].message
    assert f"ticket-{second}.pdf" in attachments(promoted)


def test_an_unknown_address_fails_for_good_and_the_rest_goes_on(sqlite_services, smtp_server):
    services = sqlite_services
    config = turn_on(services, smtp_server)
    smtp_server.recorder.refuse = {"person0.peeters@example.be"}
    register_people(services, 3)
    report = Sender(services.outbox, ticket_pdf).run(config, "")
    assert (report.sent, report.failed) == (2, 1)
    failed = services.outbox.list_messages(states=["failed"])
    assert [m.to for m in failed] == ["person0.peeters@example.be"]
    assert failed[0].last_error.startswith("recipient|550")


def test_an_unreachable_server_keeps_everything_queued(sqlite_services):
    services = sqlite_services
    server = SmtpServer("127.0.0.1", free_port(), Recorder())
    config = turn_on(services, server)
    register_people(services, 2)
    report = Sender(services.outbox, ticket_pdf).run(config, "")
    assert report.problem is not None and report.problem.reason == "refused"
    assert states(services) == {"queued": 2}


def test_a_server_that_stops_answering_during_data_leaves_maybe_sent(sqlite_services, smtp_server):
    services = sqlite_services
    config = turn_on(services, smtp_server)
    config = SmtpConfig(config.host, config.port, Security.NONE, timeout=0.5)
    smtp_server.recorder.slow_data = 1.5
    register_people(services, 3)
    report = Sender(services.outbox, ticket_pdf).run(config, "")
    assert report.maybe_sent == 1
    assert states(services) == {"maybe_sent": 1, "queued": 2}
    smtp_server.recorder.slow_data = 0
    config = SmtpConfig(config.host, config.port, Security.NONE, timeout=5)
    Sender(services.outbox, ticket_pdf).run(config, "")
    assert states(services) == {"maybe_sent": 1, "sent": 2}
    keys = smtp_server.recorder.keys()
    assert len(keys) == len(set(keys))  # the slow one arrived at most once: never resent
    assert {"ticket:2/1", "ticket:3/1"} <= set(keys)


def test_a_connection_dropped_mid_batch_retries_later_and_sends_each_once(
    sqlite_services, smtp_server
):
    services = sqlite_services
    config = turn_on(services, smtp_server)
    smtp_server.recorder.drop_at_mail = 3
    register_people(services, 5)
    report = Sender(services.outbox, ticket_pdf).run(config, "")
    assert report.sent == 2
    assert states(services) == {"sent": 2, "queued": 3}
    retried = services.outbox.list_messages(states=["queued"])[-1]
    assert retried.attempts == 1 and retried.last_error.startswith("dropped|")
    Sender(services.outbox, ticket_pdf).run(config, "")
    assert states(services) == {"sent": 4, "queued": 1}  # the dropped one waits its back-off
    with services.db.write() as session:
        session.execute(update(OUTBOX).values(next_attempt_at=utcnow()))
    Sender(services.outbox, ticket_pdf).run(config, "")
    assert states(services) == {"sent": 5}
    keys = smtp_server.recorder.keys()
    assert len(keys) == len(set(keys)) == 5


def test_a_drop_after_the_content_is_maybe_sent_and_resent_only_when_asked(
    sqlite_services, smtp_server
):
    services = sqlite_services
    config = turn_on(services, smtp_server)
    smtp_server.recorder.drop_at_data = 1
    register_people(services, 2)
    Sender(services.outbox, ticket_pdf).run(config, "")
    Sender(services.outbox, ticket_pdf).run(config, "")
    assert states(services) == {"maybe_sent": 1, "sent": 1}
    assert len(smtp_server.recorder.received) == 2
    maybe = services.outbox.list_messages(states=["maybe_sent"])
    assert services.outbox.resend([maybe[0].id]) == 1
    Sender(services.outbox, ticket_pdf).run(config, "")
    assert states(services) == {"sent": 2}
    assert len(smtp_server.recorder.received) == 3  # resent because the organiser chose to


def test_a_sender_killed_mid_batch_never_sends_a_message_twice(tmp_path, sqlite_db, smtp_server):
    services = Services(sqlite_db)
    config = turn_on(services, smtp_server)
    register_people(services, 8)
    smtp_server.recorder.hang_at = 4
    env = {
        **os.environ,
        "KEET_DATABASE_URL": sqlite_db.url,
        secrets.ENV_PASSWORD: "",
    }
    process = subprocess.Popen(
        [sys.executable, "-c", KEET, "mail", "send", "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert smtp_server.recorder.hanging.wait(60), "the sender never reached the 4th message"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    smtp_server.recorder.release.set()
    time.sleep(0.2)
    assert states(services) == {"sent": 3, "delivering": 1, "sending": 4}
    report = Sender(services.outbox, ticket_pdf).run(config, "")
    assert (report.sent, report.maybe_sent) == (4, 0)
    assert states(services) == {"sent": 7, "maybe_sent": 1}
    keys = smtp_server.recorder.keys()
    assert len(keys) == len(set(keys))  # none twice
    assert len(keys) in (7, 8)  # the interrupted one arrived at most once


def test_the_test_message_says_what_failed(smtp_server, memory_keyring):
    message = EmailMessage(policy=email.policy.default)
    message["From"] = SENDER
    message["To"] = "me@dekeet.be"
    message["Subject"] = "Test"
    message.set_content("Test")
    port = smtp_server.port

    def reason(config: SmtpConfig, password: str = "") -> str:
        with pytest.raises(SmtpProblem) as caught:
            send_test(config, password, message, "me@dekeet.be")
        return caught.value.reason

    assert reason(SmtpConfig("mail.does-not-exist.invalid", 25, Security.NONE, timeout=5)) == "dns"
    assert reason(SmtpConfig("127.0.0.1", free_port(), Security.NONE, timeout=5)) == "refused"
    assert reason(SmtpConfig("127.0.0.1", port, Security.STARTTLS, timeout=5)) == "tls"
    assert reason(SmtpConfig("127.0.0.1", port, Security.TLS, timeout=5)) == "tls"
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:
        silent_port = silent.getsockname()[1]
        assert reason(SmtpConfig("127.0.0.1", silent_port, Security.NONE, timeout=0.5)) == "timeout"
    finally:
        silent.close()
    recorder = Recorder()
    controller = start_server(recorder, users={"info": "right"})
    try:
        secrets.set_password("127.0.0.1", "info", "wrong")
        login = SmtpConfig("127.0.0.1", controller.port, Security.NONE, "info", timeout=5)
        assert reason(login, secrets.get_password("127.0.0.1", "info")) == "login"
        secrets.set_password("127.0.0.1", "info", "right")
        send_test(login, secrets.get_password("127.0.0.1", "info"), message, "me@dekeet.be")
        assert [r.rcpt_tos for r in recorder.received] == [["me@dekeet.be"]]
    finally:
        controller.stop()
    assert memory_keyring.store == {(secrets.SERVICE, "info@127.0.0.1"): "right"}


def test_two_desks_sending_at_once_deliver_each_message_once(db, smtp_server):
    services = Services(db)
    config = turn_on(services, smtp_server)
    register_people(services, 30)
    reports = []

    def send() -> None:
        reports.append(Sender(Services(db).outbox, ticket_pdf).run(config, ""))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sum(r.sent for r in reports) == 30
    keys = smtp_server.recorder.keys()
    assert len(keys) == len(set(keys)) == 30
    assert states(services) == {"sent": 30}
