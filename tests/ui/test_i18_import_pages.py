"""Issue 18: the import names who goes to the waiting list and what was refused (Dutch UI)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from keet_desktop.ui.importing.pages import lines_of
from tests.factories import make_event
from tests.ui.test_importing_ui import ROWS, _file, _to_preview, _wizard


@pytest.fixture
def event_id(sqlite_services):
    return make_event(sqlite_services, capacity=2)


def test_the_preview_names_who_goes_to_the_waiting_list(
    qtbot, sqlite_services, settings, app_events, translators, event_id, tmp_path
):
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    rows = [*ROWS, ["An", "Wouters", "an@example.be", ""]]
    _to_preview(qtbot, wizard, _file(tmp_path, rows))
    page = wizard.preview_page
    assert page.count_labels["waitlisted"].text() == "2"
    assert page.waiting_list.isVisible() and page.waiting_label.isVisible()
    names = lines_of(page.waiting_list)
    assert names == ["Lies Janssens", "An Wouters"]
    assert "wachtlijst" in page.waiting_label.text() and "(2)" in page.waiting_label.text()


def test_no_waiting_list_no_names(
    qtbot, sqlite_services, settings, app_events, translators, event_id, tmp_path
):
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    _to_preview(qtbot, wizard, _file(tmp_path, ROWS[:1]))
    assert not wizard.preview_page.waiting_list.isVisible()


def test_the_last_page_names_the_refused_rows_and_saves_them(
    qtbot, sqlite_services, settings, app_events, translators, event_id, tmp_path, monkeypatch
):
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    _to_preview(qtbot, wizard, _file(tmp_path, ROWS))
    wizard.next()
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.finished_import, timeout=5000)
    assert page.refused_label.isVisible() and "1 rij" in page.refused_label.text()
    [refused] = lines_of(page.refused_list)
    assert refused.startswith("Regel 3: ") and "els@example" in refused
    report = tmp_path / "geweigerd.csv"
    monkeypatch.setattr(page, "ask_save_path", lambda: str(report))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert saved[1][0] == "3" and saved[1][3:] == ["Els", "Maes", "els@example", ""]
    assert len(saved) == 2
