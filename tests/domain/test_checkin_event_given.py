"""Check-ins written in bulk (the demo, the tests' helpers) give their event (migration 0018).

Left out, ``checkins.event_id``'s column default looks the registration's event up: one query
per check-in. These writers know the event, so they give it and no such query runs.
"""

from collections.abc import Callable

from sqlalchemy import event as sa_event
from sqlalchemy import func, select

from keet_desktop.domain.db import Database
from keet_desktop.domain.demo import load_demo
from keet_desktop.domain.models import CheckIn, Registration
from keet_desktop.domain.services import Services
from tests import factories
from tests.checkin_helpers import event_today, register
from tests.report_season import generate_season

LOOKUP = "SELECT registrations.event_id FROM registrations WHERE registrations.id ="


def _lookups(db: Database, action: Callable[[], object]) -> int:
    """How many times ``action`` looks a check-in's event up by its registration."""
    statements: list[str] = []

    def grab(_conn, _cursor, statement, _parameters, _context, _many):
        statements.append(" ".join(statement.split()))

    sa_event.listen(db.engine, "before_cursor_execute", grab)
    try:
        action()
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", grab)
    return sum(statement.startswith(LOOKUP) for statement in statements)


def _checkins_with_their_events(db: Database) -> tuple[int, int]:
    """(check-ins, of which with their registration's event)."""
    with db.read() as session:
        total = session.scalar(select(func.count(CheckIn.id))) or 0
        right = session.scalar(
            select(func.count(CheckIn.id))
            .join(Registration, Registration.id == CheckIn.registration_id)
            .where(CheckIn.event_id == Registration.event_id)
        )
    return total, right or 0


def test_the_demo_gives_each_check_in_its_event(db):
    assert _lookups(db, lambda: load_demo(db, people=60)) == 0
    total, right = _checkins_with_their_events(db)
    assert total > 10 and right == total


def test_the_report_season_gives_each_check_in_its_event(db):
    assert _lookups(db, lambda: generate_season(db, events=12, people=40, registrations=150)) == 0
    total, right = _checkins_with_their_events(db)
    assert total > 10 and right == total


def test_the_test_helper_gives_the_event_and_the_default_would_look_it_up(services: Services):
    first, second = event_today(services), event_today(services, title="Tweede avond")
    given = register(services, first, "Jef", "Peeters")[0]
    looked_up = register(services, second, "Ann", "Maes")[0]

    def helper() -> None:
        with services.db.write() as session:
            factories.check_in(session, given, first, desk="Balie 1")

    def without_event() -> None:
        with services.db.write() as session:
            session.add(CheckIn(registration_id=looked_up, desk="Balie 1"))

    assert _lookups(services.db, helper) == 0
    assert _lookups(services.db, without_event) == 1  # what the helper spares, per check-in
    assert _checkins_with_their_events(services.db) == (2, 2)
