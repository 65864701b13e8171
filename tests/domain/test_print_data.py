"""What documents show: filters, sorting, counts and printed badges (SQLite and PostgreSQL)."""

from datetime import timedelta

import pytest

from keet_desktop.domain import errors
from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import CheckIn, Role
from keet_desktop.domain.services.print_data import PrintFilter, SortOrder
from tests.factories import make_event, person


def check_in(services, registration_id, undone=False):
    with services.db.write() as session:
        session.add(
            CheckIn(
                registration_id=registration_id, desk="1", undone_at=utcnow() if undone else None
            )
        )


@pytest.fixture
def event_with_people(services):
    event_id = make_event(services, capacity=3)
    ids = {}
    for given, family, org in [
        ("Zoë", "Aerts", "Stad Aalst"),
        ("Ayşe", "Yılmaz", "Odisee"),
        ("Émile", "Çelik", ""),
        ("Bram", "Mertens", "Atelier"),
    ]:
        result = services.registrations.register(
            event_id, person(given, family, organisation=org), role=Role.PARTICIPANT
        )
        ids[family] = result.registration.id
    return event_id, ids


def test_loads_registered_people_by_family_name_with_counts(services, event_with_people):
    event_id, ids = event_with_people
    check_in(services, ids["Yılmaz"])
    check_in(services, ids["Aerts"], undone=True)
    data = services.print_data.load(event_id)
    assert data.event.title == "Workshop herstellen"
    assert [p.family_name for p in data.people] == ["Aerts", "Çelik", "Yılmaz"]  # Mertens waits
    assert (data.registered, data.checked_in) == (3, 1)
    assert data.people[2].checked_in_at is not None and data.people[0].checked_in_at is None


def test_filters_and_sort_by_organisation(services, event_with_people):
    event_id, ids = event_with_people
    check_in(services, ids["Yılmaz"])
    only_in = services.print_data.load(event_id, PrintFilter(only_checked_in=True))
    assert [p.family_name for p in only_in.people] == ["Yılmaz"]
    by_org = services.print_data.load(event_id, PrintFilter(sort=SortOrder.ORGANISATION))
    assert [p.organisation for p in by_org.people] == ["Odisee", "Stad Aalst", ""]
    one = services.print_data.load(event_id, PrintFilter(registration_id=ids["Çelik"]))
    assert [p.full_name for p in one.people] == ["Émile Çelik"]
    assert (one.registered, one.checked_in) == (3, 1)  # the event's counts, not the selection's


def test_printed_badges_are_left_out_when_asked(services, event_with_people):
    event_id, ids = event_with_people
    at = services.print_data.mark_badges_printed([ids["Aerts"]])
    assert abs(at - utcnow()) < timedelta(minutes=1)
    fresh = services.print_data.load(event_id, PrintFilter(only_not_printed=True))
    assert [p.family_name for p in fresh.people] == ["Çelik", "Yılmaz"]
    one = services.print_data.load_registration(ids["Aerts"])
    assert one.people[0].badge_printed_at is not None


def test_one_registration_whatever_its_status_and_unknown_ids(services, event_with_people):
    _event_id, ids = event_with_people
    assert services.print_data.load_registration(ids["Mertens"]).people[0].family_name == "Mertens"
    with pytest.raises(errors.NotFoundError):
        services.print_data.load_registration(999_999)
    with pytest.raises(errors.NotFoundError):
        services.print_data.load(999_999)
