"""What documents show: filters, sorting, counts and printed badges (SQLite and PostgreSQL)."""

from datetime import timedelta

import pytest

from keet_desktop.domain import errors
from keet_desktop.domain.db import utcnow
from keet_desktop.domain.models import RegistrationStatus, Role
from keet_desktop.domain.services.print_data import PrintFilter, SortOrder, sort_people
from tests import factories
from tests.factories import make_event, person


def check_in(services, event_id, registration_id, undone=False):
    with services.db.write() as session:
        undone_at = utcnow() if undone else None
        factories.check_in(session, registration_id, event_id, desk="1", undone_at=undone_at)


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
    check_in(services, event_id, ids["Yılmaz"])
    check_in(services, event_id, ids["Aerts"], undone=True)
    data = services.print_data.load(event_id)
    assert data.event.title == "Workshop herstellen"
    assert [p.family_name for p in data.people] == ["Aerts", "Çelik", "Yılmaz"]  # Mertens waits
    assert (data.registered, data.checked_in) == (3, 1)
    assert data.people[2].checked_in_at is not None and data.people[0].checked_in_at is None


def test_filters_and_sort_by_organisation(services, event_with_people):
    event_id, ids = event_with_people
    check_in(services, event_id, ids["Yılmaz"])
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


def test_the_index_has_the_order_and_filter_of_the_whole_load(services, event_with_people):
    """Issue 14: a preview keeps ids only; they come in the order the documents print."""
    event_id, ids = event_with_people
    check_in(services, event_id, ids["Yılmaz"])
    services.print_data.mark_badges_printed([ids["Aerts"]])
    everyone = frozenset(RegistrationStatus)
    for selection in (
        PrintFilter(),
        PrintFilter(sort=SortOrder.ORGANISATION),
        PrintFilter(statuses=everyone),
        PrintFilter(statuses=everyone, sort=SortOrder.ORGANISATION),
        PrintFilter(only_checked_in=True),
        PrintFilter(only_not_printed=True),
    ):
        index = services.print_data.index(event_id, selection)
        loaded = services.print_data.load(event_id, selection)
        assert index.ids == [p.registration_id for p in loaded.people]
        expected = sort_people(
            [
                p
                for p in services.print_data.load(event_id, PrintFilter(statuses=everyone)).people
                if _wanted(p, selection)
            ],
            selection.sort,
        )
        assert index.ids == [p.registration_id for p in expected], selection
    assert services.print_data.index(event_id, PrintFilter(only_not_printed=True)).ids == [
        ids["Çelik"],
        ids["Yılmaz"],
    ]


def _wanted(p, selection):
    if p.status not in selection.statuses:
        return False
    if selection.only_checked_in and p.checked_in_at is None:
        return False
    return not (selection.only_not_printed and p.badge_printed_at is not None)


def test_a_window_loads_only_its_people(services, event_with_people):
    event_id, _ids = event_with_people
    index = services.print_data.index(event_id)
    data = services.print_data.window(index, range(1, 2))
    assert len(data.people) == 3 and data.people[1].family_name == "Çelik"
    with pytest.raises(IndexError):
        data.people[0]
    assert (data.registered, data.checked_in) == (3, 0)


def test_marking_more_badges_than_one_statement_takes(services):
    """100,000 printed badges are marked in one transaction, in chunks (SQLite's limit)."""
    event_id = make_event(services)
    first = services.registrations.register(event_id, person("Lieve", "Peeters")).registration.id
    services.print_data.mark_badges_printed([first, *range(10**9, 10**9 + 40_000)])
    assert services.print_data.load(event_id).people[0].badge_printed_at is not None
