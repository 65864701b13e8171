"""The organiser sees arrivals: each registration's check-in time and desk, and a filter."""

from keet_desktop.domain.services.paging import Presence, RegistrationSort
from tests.checkin_helpers import event_today, register


def lines(services, event, presence=Presence.ALL, sort=RegistrationSort.STATUS, text=""):
    return services.registrations.window_for_event(
        event, 0, 50, sort=sort, presence=presence, text=text
    )


def test_the_window_carries_check_in_time_and_desk_and_filters_by_arrival(services):
    event = event_today(services, capacity=3)
    jef, jef_code = register(services, event, "Jef", "Maes")
    ann, ann_code = register(services, event, "Ann", "Maes")
    lieve, _code = register(services, event, "Lieve", "Peeters")
    noor, noor_code = register(services, event, "Noor", "Claes")  # waiting list
    services.checkin.scan(jef_code, event, "Balie 2")
    undone = services.checkin.scan(ann_code, event, "Balie 1")
    services.checkin.undo(checkin_id=undone.checkin_id, reason="vergissing")
    services.checkin.scan(noor_code, event, "Balie 1")  # refused: waits

    by_id = {line.id: line for line in lines(services, event)}
    assert by_id[jef].checkin_desk == "Balie 2" and by_id[jef].checked_in_at is not None
    assert by_id[ann].checked_in_at is None  # undone: not present
    assert by_id[noor].checked_in_at is None

    assert [line.id for line in lines(services, event, Presence.PRESENT)] == [jef]
    assert {line.id for line in lines(services, event, Presence.NOT_YET)} == {ann, lieve}
    assert services.registrations.count_for_event(event, "", Presence.PRESENT) == 1
    assert services.registrations.count_for_event(event, "", Presence.NOT_YET) == 2
    assert services.registrations.count_for_event(event, "maes", Presence.NOT_YET) == 1

    first = lines(services, event, sort=RegistrationSort.CHECKED_IN)
    assert first[0].id == jef  # the arrivals first, in order of arrival; then the others
