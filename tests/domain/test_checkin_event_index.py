"""The desk's recount reads one event's check-ins by index (migration 0018_checkin_index)."""

from alembic.command import upgrade as alembic_upgrade
from sqlalchemy import event as sa_event
from sqlalchemy import select, text

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url, utcnow
from keet_desktop.domain.models import CheckIn
from keet_desktop.domain.services import Services
from tests.checkin_helpers import event_today, register


def test_counters_and_recent_see_only_the_events_own_check_ins(services):
    first, second = event_today(services), event_today(services, title="Tweede avond")
    jef = register(services, first, "Jef", "Peeters")[1]
    ann = register(services, second, "Ann", "Peeters")[1]
    bram = register(services, second, "Bram", "Maes")[1]
    for code, event_id in ((jef, first), (ann, second), (bram, second)):
        services.checkin.scan(code, event_id, "Balie 1")  # the same desk name at both events
    services.checkin.walk_in(second, "Zoë", "Dupont", None, "", "Balie 1")
    counts = services.checkin.counters(first)
    assert (counts.registered, counts.checked_in, counts.expected, counts.walk_ins) == (1, 1, 0, 0)
    counts = services.checkin.counters(second)
    assert (counts.registered, counts.checked_in, counts.expected, counts.walk_ins) == (3, 3, 0, 1)
    assert [r.name for r in services.checkin.recent(first, "Balie 1")] == ["Jef Peeters"]
    recent = [r.name for r in services.checkin.recent(second, "Balie 1")]
    assert recent == ["Zoë Dupont", "Bram Maes", "Ann Peeters"]


def test_a_check_in_made_without_its_event_gets_the_registrations(services):
    event_id = event_today(services)
    registration_id = register(services, event_id)[0]
    with services.db.write() as session:
        session.add(CheckIn(registration_id=registration_id, desk="Balie 1"))
    with services.db.read() as session:
        assert session.scalar(select(CheckIn.event_id)) == event_id
    assert services.checkin.counters(event_id).checked_in == 1


def _plans(db: Database, action) -> list[str]:
    """The SQLite query plans of the SELECTs ``action`` runs."""
    statements: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    sa_event.listen(db.engine, "before_cursor_execute", grab)
    try:
        action()
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", grab)
    with db.engine.connect() as connection:
        return [
            " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p))
            for s, p in statements
        ]


def test_the_recount_reads_check_ins_by_event_not_every_registration(sqlite_services):
    services = sqlite_services
    events = [event_today(services, title=f"Avond {n}", capacity=None) for n in range(3)]
    for event_id in events:
        for n in range(30):
            code = register(services, event_id, f"P{n}", f"E{event_id}")[1]
            if n % 3 == 0:
                services.checkin.scan(code, event_id, "Balie 1")
    with services.db.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    [counters] = _plans(services.db, lambda: services.checkin.counters(events[1]))
    [recent] = _plans(services.db, lambda: services.checkin.recent(events[1], "Balie 1"))
    assert "USING INDEX ix_checkins_event_desk" in counters
    assert "USING INDEX ix_checkins_event_desk" in recent
    for plan in (counters, recent):
        assert "SCAN registrations" not in plan


def test_an_older_database_gets_the_event_of_every_check_in(tmp_path):
    database = Database.open(sqlite_url(tmp_path / "old.sqlite3"))
    config = schema._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic_upgrade(config, "0014_desk")
    now = utcnow().replace(tzinfo=None)
    with database.engine.begin() as connection:
        for event_id in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO events (id, title, description, kind, status, starts_at, ends_at,"
                    " online_url, language, logo, created_at, updated_at) VALUES (:id, 'Avond',"
                    " '', 'workshop', 'published', :now, :now, '', 'nl', '', :now, :now)"
                ),
                {"id": event_id, "now": now},
            )
        connection.execute(
            text(
                "INSERT INTO people (id, given_name, family_name, phone, organisation,"
                " municipality, preferred_language, consent_photos, consent_mailing, name_key,"
                " created_at, updated_at, postcode, sort_key) VALUES (1, 'Jef', 'Peeters', '',"
                " '', '', 'nl', false, false, 'jef peeters', :now, :now, '', 'peeters jef')"
            ),
            {"now": now},
        )
        for registration_id, event_id in ((10, 1), (20, 2)):
            connection.execute(
                text(
                    "INSERT INTO registrations (id, person_id, event_id, status, ticket_code,"
                    " role, desk_note, source, registered_at, updated_at) VALUES (:id, 1, :event,"
                    " 'registered', :code, 'participant', '', 'manual', :now, :now)"
                ),
                {"id": registration_id, "event": event_id, "code": f"CODE{registration_id}",
                 "now": now},
            )  # fmt: skip
            connection.execute(
                text(
                    "INSERT INTO checkins (registration_id, checked_in_at, desk, operator,"
                    " walk_in, capacity_override, undone_by, undo_reason) VALUES (:id, :now,"
                    " 'Balie 1', '', false, false, '', '')"
                ),
                {"id": registration_id, "now": now},
            )
    schema.upgrade(database, backup=False)
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT registration_id, event_id FROM checkins"))
        assert sorted(rows) == [(10, 1), (20, 2)]
    services = Services(database)
    assert services.checkin.counters(2).checked_in == 1
    assert [r.name for r in services.checkin.recent(1, "Balie 1")] == ["Jef Peeters"]
    database.dispose()
