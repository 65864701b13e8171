"""The log file keeps no personal data, is the owner's only, and rotates."""

import logging
import stat

import pytest
from sqlalchemy import text

from keet_desktop import logs
from tests.factories import make_event, person


@pytest.fixture
def log_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = logs.setup_logging(tmp_path / "logs", console=False)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


def _fail_inserts(db):
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON people "
                    "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"
                )
            )
        else:
            connection.execute(
                text("ALTER TABLE people ADD CONSTRAINT refuse CHECK (id < 0) NOT VALID")
            )


def _allow_inserts(db):
    """Undo :func:`_fail_inserts` (a PostgreSQL test database is shared by the session)."""
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER IF EXISTS refuse"))
        else:
            connection.execute(text("ALTER TABLE people DROP CONSTRAINT IF EXISTS refuse"))


@pytest.fixture
def failing_inserts(services):
    """Every insert into people fails, for this test only."""
    _fail_inserts(services.db)
    yield
    _allow_inserts(services.db)


def test_a_failed_registration_leaves_no_name_email_or_phone_in_the_log(
    services, log_file, failing_inserts
):
    event_id = make_event(services)
    somebody = person("Griet", "Vandevelde", "griet.vandevelde@example.be", phone="0470 12 34 56")
    with pytest.raises(Exception) as failure:
        services.registrations.register(event_id, somebody)
    logging.getLogger("keet_desktop.ui.messages").warning(
        "database problem", exc_info=failure.value
    )
    logging.getLogger("test").info("registered %s <%s>", "Griet", "griet.vandevelde@example.be")
    written = log_file.read_text(encoding="utf-8")
    assert "database problem" in written and "INSERT INTO" in written  # the what, not the who
    for personal in ("Vandevelde", "griet.vandevelde@example.be", "470 12 34 56", "470123456"):
        assert personal not in written
    assert "<e-mail>" in written
    assert services.registrations.list_for_event(event_id) == []


def test_the_log_file_is_the_owners_only_and_rotates(log_file):
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    logger = logging.getLogger("test.rotation")
    for n in range(logs.MAX_BYTES // 100 + 10):
        logger.info("line %d %s", n, "x" * 80)
    rotated = log_file.with_name(log_file.name + ".1")
    assert rotated.exists()
    assert stat.S_IMODE(rotated.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("mail jan@x.be now", "mail <e-mail> now"),
        ("call +32 470 12 34 56.", "call <phone>."),
        ("code 0123456789ABCDEFGHJKM", "code <code>"),
        ("on 2026-11-30 at 09:12, 120 people", "on 2026-11-30 at 09:12, 120 people"),
        ("DETAIL:  Key (email_key)=(jan@x.be) already exists.", "DETAIL: …"),
    ],
)
def test_what_is_masked_and_what_is_kept(raw, masked):
    assert logs.mask(raw) == masked
