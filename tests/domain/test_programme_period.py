"""A programme that ends before it starts: the message writes its dates as the windows do."""

from datetime import date

import pytest

from keet_desktop.domain import dates
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.programmes import ProgrammeInput, ProgrammePeriodError
from keet_desktop.i18n import translator

BACKWARDS = ProgrammeInput("Starters", starts_on=date(2026, 3, 3), ends_on=date(2026, 3, 2))


def _refusal(services: Services, data: ProgrammeInput = BACKWARDS) -> ProgrammePeriodError:
    with pytest.raises(ProgrammePeriodError) as caught:
        services.programmes.create(data)
    assert caught.value.field == "ends_on"
    return caught.value


def test_the_period_is_written_in_the_messages_language(services: Services) -> None:
    error = _refusal(services)
    assert error.format(translator("nl")) == (
        "Het programma moet eindigen op of na de eerste dag (di 3/03/2026 – ma 2/03/2026)."
    )
    assert error.format(translator("en")) == (
        "The programme must end on or after its first day (Tue 03/03/2026 – Mon 02/03/2026)."
    )
    assert str(error) == error.format(translator("en"))
    assert "2026-03" not in error.format(translator("nl"))


def test_a_changed_programme_is_refused_the_same_way(services: Services) -> None:
    programme = services.programmes.create(ProgrammeInput("Starters"))
    with pytest.raises(ProgrammePeriodError) as caught:
        services.programmes.update(programme, BACKWARDS)
    assert "(di 3/03/2026 – ma 2/03/2026)" in caught.value.format(translator("nl"))


def test_a_translate_function_tells_its_language() -> None:
    assert dates.language_of(translator("nl")) == "nl"
    assert dates.language_of(translator("en")) == "en"
    assert dates.language_of(lambda _context, source: source) == "en"
    assert dates.language_of(lambda _context, _source: "xx") == "en"  # unknown: English
