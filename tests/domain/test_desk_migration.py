"""Migration 0004_desk: people already in a database become searchable."""

from keet_desktop.domain import schema
from keet_desktop.domain.db import sqlite_url
from keet_desktop.domain.services import Services
from tests.domain.test_schema import _at_first_revision


def test_people_of_an_older_database_are_found_after_the_upgrade(tmp_path):
    database = _at_first_revision(sqlite_url(tmp_path / "old.sqlite3"))
    schema.upgrade(database, backup=False)
    [hit] = Services(database).search.search("yilmaz ay")
    assert hit.name == "Ayşe Yılmaz"
    assert [h.name for h in Services(database).search.search("ayse@")] == ["Ayşe Yılmaz"]
    database.dispose()
