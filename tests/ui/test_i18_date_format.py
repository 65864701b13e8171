"""Issue 18: one date and time format, from the chosen language, in every window."""

from __future__ import annotations

from datetime import date, datetime

from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.importing import ImportRegistrationsWizard
from keet_desktop.ui.pages.event_page import EventPage
from tests.factories import make_event
from tests.ui.organiser_helpers import settle

START = datetime(2026, 12, 3, 19, 0, tzinfo=BRUSSELS)


def test_the_formats_in_dutch_and_english(translators):
    assert fmt.datetime_text(START) == "do 3/12/2026 19:00"
    assert fmt.date_text(START) == "do 3/12/2026"
    assert fmt.day_text(date(2026, 12, 3)) == "do 3/12/2026"
    assert fmt.span_text(START, START.replace(hour=21, minute=30)) == "do 3/12/2026 19:00 – 21:30"
    assert fmt.span_text(START, START.replace(day=4, hour=1)) == (
        "do 3/12/2026 19:00 – vr 4/12/2026 01:00"
    )
    translators.install("en")
    assert fmt.datetime_text(START) == "Thu 03/12/2026 19:00"


def test_the_import_wizard_shows_the_event_date_like_the_lists(
    qtbot, translators, sqlite_services, settings, app_events
):
    event_id = make_event(
        sqlite_services, title="Repair café", starts_at=START, ends_at=START.replace(hour=21)
    )
    wizard = ImportRegistrationsWizard(sqlite_services, settings, app_events, event_id)
    qtbot.addWidget(wizard)
    settle()  # the events are loaded off the GUI thread
    combo = wizard.file_page.target_combo
    texts = [combo.itemText(n) for n in range(combo.count())]
    assert "do 3/12/2026 19:00 · Repair café" in texts
    page = EventPage(sqlite_services, app_events)
    qtbot.addWidget(page)
    page.show_event(event_id)
    settle()  # the event is loaded off the GUI thread
    labels = [label.text() for label in page.findChildren(type(page.title_label))]
    assert any("do 3/12/2026 19:00 – 21:00" in text for text in labels)
