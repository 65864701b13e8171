"""The domain's date helper writes exactly what the window's QLocale formatting writes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from keet_desktop.domain import dates
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui import formatting as fmt


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_day_of_a_year_reads_the_same_as_in_the_window(language, translators):
    translators.install(language)
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert dates.date_text(day, language) == fmt.day_text(day)
        day += timedelta(days=1)
    start = datetime(2026, 3, 3, 19, 0, tzinfo=BRUSSELS)
    for end in (start + timedelta(hours=2, minutes=30), start + timedelta(days=1, hours=1)):
        assert dates.span_text(start, end, language) == fmt.span_text(start, end)
        assert dates.datetime_text(end, language) == fmt.datetime_text(end)
    expected = {"nl": "di 3/03/2026 19:00", "en": "Tue 03/03/2026 19:00"}[language]
    assert dates.datetime_text(start, language) == expected
    translators.install("nl")


def test_the_timetable_canvas_names_days_in_the_same_format(translators, qtbot):
    from keet_desktop.ui.schedule.canvas import TimetableCanvas

    canvas = TimetableCanvas()
    qtbot.addWidget(canvas)
    assert (
        canvas.day_label(date(2026, 3, 3))
        == "di 3/03/2026"
        == dates.date_text(date(2026, 3, 3), "nl")
    )
