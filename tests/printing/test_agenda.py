"""The agenda PDF of a programme and of a week, in Dutch and English."""

from __future__ import annotations

import io
from datetime import date, time

import pypdf
import pytest

from keet_desktop.domain.models import EventKind
from keet_desktop.domain.schedule.recurrence import Series
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.programmes import ProgrammeInput
from keet_desktop.domain.services.venues import FacilitatorInput, RoomInput, VenueInput
from keet_desktop.printing.agenda import programme_agenda, week_agenda
from tests.factories import event_input


def _programme(services: Services) -> int:
    venue = services.venues.create_venue(VenueInput("De Keet", "Keetstraat 1, Gent"))
    room = services.venues.create_room(RoomInput(venue, "Werkplaats", 20))
    anna = services.facilitators.create(FacilitatorInput("Ayşe Yılmaz"))
    programme_id = services.programmes.create(
        ProgrammeInput(
            "Acceleratieprogramma voorjaar", cohort="Voorjaar 2027",
            starts_on=date(2027, 3, 1), ends_on=date(2027, 5, 31),
        )
    )  # fmt: skip
    template = event_input(title="Sessie", kind=EventKind.PROGRAMME_SESSION, room_id=room)
    template.facilitator_ids = [anna]
    series = Series(date(2027, 3, 16), time(19), time(21, 30), count=6)
    services.programmes.add_series(programme_id, template, series)
    return programme_id


def _text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ["Dinsdag 16 maart", "Sessie", "Begeleider"]),
        ("en", ["Tuesday 16 March", "Facilitator"]),
    ],
)
def test_the_agenda_of_a_programme_fits_one_page(sqlite_services, language, words) -> None:
    programme = sqlite_services.programmes.get(_programme(sqlite_services))
    stream = io.BytesIO()
    result = programme_agenda(stream, programme, language, printed_on=date(2027, 3, 1))
    pages, text = _text(stream.getvalue())
    assert (result.pages, result.items, pages) == (1, 6, 1)
    assert "Acceleratieprogramma voorjaar" in text and "Ayşe Yılmaz" in text
    for word in words:
        assert word in text
    assert "19:00–21:30" in text


def test_an_empty_week_says_nothing_is_planned() -> None:
    stream = io.BytesIO()
    week_agenda(stream, date(2027, 3, 15), [], "nl")
    assert "15 maart 2027" in _text(stream.getvalue())[1]
