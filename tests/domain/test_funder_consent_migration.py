"""Migration 0017_funder_consent: a characteristic flagged before issue 13 becomes a consent."""

from __future__ import annotations

from alembic.command import upgrade as alembic_upgrade
from sqlalchemy import text

from keet_desktop.domain import schema
from keet_desktop.domain.db import Database, sqlite_url
from keet_desktop.domain.privacy.models import Purpose
from keet_desktop.domain.services import Services

PEOPLE = ("flagged", "unflagged", "asked_no", "forgotten", "mixed")


def _at_0014(url: str) -> Database:
    database = Database.open(url)
    config = schema._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        alembic_upgrade(config, "0014_desk")
    with database.engine.begin() as connection:
        for n, name in enumerate(PEOPLE, start=1):
            connection.execute(
                text(
                    "INSERT INTO people (id, given_name, family_name, email, email_key, phone,"
                    " organisation, municipality, preferred_language, consent_photos,"
                    " consent_mailing, name_key, postcode, created_at, updated_at, forgotten_at)"
                    " VALUES (:id, :name, 'Test', NULL, NULL, '', '', '', 'nl', false, false,"
                    " :name, '', '2026-01-01 10:00:00', '2026-01-01 10:00:00', :forgotten)"
                ),
                {
                    "id": n,
                    "name": name,
                    "forgotten": "2026-02-01 10:00:00" if name == "forgotten" else None,
                },
            )
        flags = [(1, "A", True), (2, "A", False), (3, "A", True), (4, "A", True)]
        flags += [(5, "A", True), (5, "B", False)]
        for person_id, name, flag in flags:
            connection.execute(
                text(
                    "INSERT INTO person_characteristics (person_id, name, value, funder_consent)"
                    " VALUES (:p, :n, 'x', :f)"
                ),
                {"p": person_id, "n": name, "f": flag},
            )
        connection.execute(  # person 3 said no to the funder after issue 13: stays no
            text(
                "INSERT INTO person_consents (person_id, purpose, granted, source, recorded_at)"
                " VALUES (3, 'funder', false, 'phone', '2026-01-02 10:00:00')"
            )
        )
    return database


def test_flagged_characteristics_become_the_persons_funder_consent(tmp_path):
    database = _at_0014(sqlite_url(tmp_path / "old.sqlite3"))
    schema.upgrade(database, backup=False)
    assert schema.current_revision(database) == schema.head_revision()
    services = Services(database)
    assert services.privacy.people_with_consent(Purpose.FUNDER) == [1, 5]
    assert services.privacy.consents(3)[0][Purpose.FUNDER] is False
    mixed = services.partners.funder_details(5).characteristics
    assert mixed == [("A", "x", True), ("B", "x", False)]  # nothing widened
    database.dispose()
