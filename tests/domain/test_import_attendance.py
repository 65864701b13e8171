"""Webinar attendance from Zoom and Teams reports: matching, minutes, idempotence."""

from datetime import timedelta

from sqlalchemy import select

from keet_desktop.domain.models import CheckIn, EventKind
from keet_desktop.domain.services.import_attendance import participant_key
from tests import import_files
from tests.factories import future, make_event, person


def _webinar(services):
    start = future()
    event_id = make_event(
        services,
        kind=EventKind.WEBINAR,
        online_url="https://zoom.example/j/1",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    for given, family, email in (
        ("Jan", "Peeters", "jan@example.be"),
        ("Sara", "Janssens", "sara@example.be"),
        ("Kort", "Even", "kort@example.be"),
        ("Niet", "Gekomen", "niet@example.be"),
    ):
        services.registrations.register(event_id, person(given, family, email))
    return event_id


def _checkins(services):
    with services.db.read() as session:
        return {
            (c.registration_id, c.desk, c.minutes_online)
            for c in session.scalars(select(CheckIn).where(CheckIn.undone_at.is_(None)))
        }


def test_zoom_report_marks_who_stayed_at_least_half_the_webinar(services, tmp_path):
    event_id = _webinar(services)
    participants = services.attendance.read(import_files.zoom(tmp_path / "zoom.csv"))
    preview = services.attendance.preview(participants, event_id)
    assert _checkins(services) == set()
    assert (preview.participants, preview.matched, preview.attended) == (4, 3, 2)
    assert preview.min_minutes == 30
    assert [(p.name, p.email) for p in preview.unmatched] == [("Onbekende Gast", "gast@elders.be")]
    done = services.attendance.commit(participants, event_id)
    assert done.checked_in == 2
    rows = {r.person.given_name: r for r in services.registrations.list_for_event(event_id)}
    assert rows["Jan"].desk == "online" and rows["Sara"].desk == "online"
    assert rows["Kort"].checked_in_at is None
    minutes = {m for _rid, _desk, m in _checkins(services)}
    assert minutes == {35, 50}


def test_teams_report_matches_a_reversed_name_and_is_idempotent(services, tmp_path):
    event_id = _webinar(services)
    participants = services.attendance.read(import_files.teams(tmp_path / "teams.txt"))
    first = services.attendance.commit(participants, event_id, min_minutes=10)
    assert (first.matched, first.attended, first.checked_in) == (2, 2, 2)
    assert [p.name for p in first.unmatched] == ["Organisator"]
    before = _checkins(services)
    again = services.attendance.commit(participants, event_id, min_minutes=10)
    assert again.checked_in == 0 and again.attended == 2
    assert _checkins(services) == before


def test_a_longer_minimum_marks_nobody(services, tmp_path):
    event_id = _webinar(services)
    participants = services.attendance.read(import_files.zoom(tmp_path / "zoom.csv"))
    done = services.attendance.commit(participants, event_id, min_minutes=60)
    assert (done.matched, done.attended, done.checked_in) == (3, 0, 0)
    assert _checkins(services) == set()


def test_an_unmatched_participant_linked_by_hand_counts(services, tmp_path):
    event_id = _webinar(services)
    participants = services.attendance.read(import_files.zoom(tmp_path / "zoom.csv"))
    [guest] = services.attendance.preview(participants, event_id).unmatched
    niet = next(
        r.registration.id
        for r in services.registrations.list_for_event(event_id)
        if r.person.given_name == "Niet"
    )
    links = {participant_key(guest): niet}
    done = services.attendance.commit(participants, event_id, links=links)
    assert (done.matched, done.attended, done.unmatched) == (4, 3, [])
    assert services.registrations.get(niet).desk == "online"
    ignored = services.attendance.preview(
        participants, event_id, links={participant_key(guest): 999}
    )
    assert [p.name for p in ignored.unmatched] == ["Onbekende Gast"]
