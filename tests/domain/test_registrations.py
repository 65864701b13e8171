import unicodedata

import pytest
from sqlalchemy import func, select

from keet_desktop.domain import errors
from keet_desktop.domain.models import Person, Registration, RegistrationStatus, Role
from keet_desktop.domain.text import TICKET_ALPHABET, TICKET_BITS, TICKET_LENGTH
from tests.factories import make_event, person


def count(services, model) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_beyond_capacity_goes_on_the_waiting_list_in_order(services):
    event = make_event(services, capacity=2)
    results = [
        services.registrations.register(event, person(given=name))
        for name in ("Ann", "Bram", "Chloé", "Dirk")
    ]
    assert [r.registration.status for r in results] == [
        RegistrationStatus.REGISTERED,
        RegistrationStatus.REGISTERED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.WAITLISTED,
    ]
    assert [r.waitlist_position for r in results] == [None, None, 1, 2]
    counts = services.registrations.counts(event)
    assert (counts.registered, counts.waitlisted, counts.capacity) == (2, 2, 2)


def test_cancelling_promotes_the_first_in_line(services):
    event = make_event(services, capacity=1)
    first = services.registrations.register(event, person(given="Ann")).registration
    waiting = [
        services.registrations.register(event, person(given=n)).registration
        for n in ("Bram", "Chloé")
    ]
    result = services.registrations.cancel(first.id)
    assert result.promoted == [waiting[0].id]
    rows = {r.registration.id: r for r in services.registrations.list_for_event(event)}
    assert rows[first.id].registration.status is RegistrationStatus.CANCELLED
    assert rows[waiting[0].id].registration.status is RegistrationStatus.REGISTERED
    assert rows[waiting[1].id].waitlist_position == 1
    with pytest.raises(errors.AlreadyCancelledError):
        services.registrations.cancel(first.id)


def test_raising_capacity_promotes_as_many_as_fit(services):
    event = make_event(services, capacity=1)
    regs = [
        services.registrations.register(event, person(given=n)).registration
        for n in ("Ann", "Bram", "Chloé", "Dirk")
    ]
    promoted = services.events.set_capacity(event, 3)
    assert promoted == [regs[1].id, regs[2].id]
    assert services.registrations.counts(event).waitlisted == 1
    assert services.events.set_capacity(event, None) == [regs[3].id]


def test_same_person_in_other_case_and_spacing_is_refused(services):
    event = make_event(services)
    services.registrations.register(event, person("Hélène", "Dubois", email="helene@example.be"))
    before = count(services, Registration)
    with pytest.raises(errors.AlreadyRegisteredError) as caught:
        services.registrations.register(
            event, person("Helene", "Dubois", email="  HELENE@Example.BE ")
        )
    assert "Hélène Dubois" in str(caught.value)
    assert count(services, Registration) == before
    assert count(services, Person) == 1


def test_email_is_normalised_with_nfc(services):
    composed = "hélène@example.be"
    decomposed = unicodedata.normalize("NFD", composed).upper()
    first = make_event(services)
    second = make_event(services, title="Tweede")
    a = services.registrations.register(first, person("Hélène", "Dubois", email=composed))
    b = services.registrations.register(second, person("Hélène", "Dubois", email=decomposed))
    assert a.person.id == b.person.id
    assert b.person_created is False


def test_register_again_after_cancelling(services):
    event = make_event(services)
    first = services.registrations.register(event, person()).registration
    services.registrations.cancel(first.id)
    again = services.registrations.register(event, person()).registration
    assert again.status is RegistrationStatus.REGISTERED
    assert again.ticket_code != first.ticket_code


def test_facilitators_take_no_participant_place(services):
    event = make_event(services, capacity=1)
    services.registrations.register(event, person("Ann"))
    staff = services.registrations.register(event, person("Sara"), role=Role.FACILITATOR)
    assert staff.registration.status is RegistrationStatus.REGISTERED
    assert services.registrations.counts(event).registered == 1


def test_cancelled_event_takes_no_registrations(services):
    event = make_event(services)
    services.events.cancel(event)
    with pytest.raises(errors.EventCancelledError):
        services.registrations.register(event, person())
    assert count(services, Person) == 0


def test_invalid_email_is_refused_and_nothing_written(services):
    event = make_event(services)
    with pytest.raises(errors.InvalidEmailError) as caught:
        services.registrations.register(event, person(email="lieve@@example"))
    assert caught.value.field == "email"
    assert count(services, Person) == 0


def test_unknown_event_is_refused(services):
    with pytest.raises(errors.NotFoundError):
        services.registrations.register(999, person())


def test_ticket_codes_are_long_random_alphanumeric_and_unique(services):
    event = make_event(services, capacity=None)
    codes = [
        services.registrations.register(event, person(given=f"P{n}")).registration.ticket_code
        for n in range(300)
    ]
    assert TICKET_BITS >= 100
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == TICKET_LENGTH
        assert set(code) <= set(TICKET_ALPHABET)
    # characters spread over the whole alphabet (not a counter, not hex)
    assert set("".join(codes)) == set(TICKET_ALPHABET)


def test_ticket_lookup_forgives_case_spaces_and_lookalikes(services):
    event = make_event(services)
    code = services.registrations.register(event, person()).registration.ticket_code
    typed = " " + code.lower().replace("0", "o").replace("1", "l") + "\n"
    found = services.registrations.find_by_code(typed)
    assert found is not None and found.ticket_code == code
    assert services.registrations.find_by_code("NOPE") is None


def test_get_single_registration_reports_its_waitlist_position(services):
    event = make_event(services, capacity=1)
    services.registrations.register(event, person("Ann"))
    services.registrations.register(event, person("Bram"))
    third = services.registrations.register(event, person("Chloé")).registration
    assert services.registrations.get(third.id).waitlist_position == 2
