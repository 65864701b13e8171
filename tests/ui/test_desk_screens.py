"""The desk fits every screen: laptop sizes, large system fonts, Dutch and English, long texts.

Qt's scale factor cannot change inside one process, but a scaled screen gives the desk fewer
logical pixels and (with the system font) larger text; so the real desk is resized to the
logical sizes of real laptops, with the default and a large system font, and after every
outcome each visible text must fit its box and no two widgets may overlap.
"""

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from keet_desktop.domain.models import Registration
from keet_desktop.ui.desk.settings import DeskSettings
from tests.checkin_helpers import event_today, register
from tests.factories import make_event
from tests.ui.desk_helpers import layout_problems, open_desk, scan

# 4K at 200 % and 1920×1080 at 100 %; 1920×1080 at 150 %; a 1366×768 laptop with a taskbar;
# an old 1024×768 one; 800×600 with a taskbar (the smallest the issue asks for).
SIZES = [(1920, 1080), (1280, 650), (1366, 700), (1024, 700), (800, 560)]
LONG_TITLE = "Netwerkavond circulair ondernemen met sociale impact in Aalst en omstreken"


@pytest.fixture
def system_font(request, qapp):
    """The application font at the requested point size, restored afterwards."""
    before = QFont(QApplication.font())
    font = QFont(before)
    font.setPointSizeF(request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(before)


def outcomes(services, event):
    """Codes (or names) that give every outcome at the desk of ``event``."""

    def long_person(given, family, **extra):
        return register(
            services,
            event,
            given,
            family,
            organisation="Kringwinkel Denderland en Vlaamse Ardennen vzw",
            desk_note="rolstoelgebruiker, heeft een tolk nodig bij de sessie",
            **extra,
        )[1]

    green = long_person("Marie-Élise", "Van den Bossche-Vanderstraeten")
    long_person("Jef", "Maes")
    waiting = long_person("Noor", "Claesens-Vandevelde")
    cancelled = long_person("Ann", "Peeters-Verhaegen")
    with services.db.write() as session:
        for reg in session.query(Registration).filter(Registration.ticket_code == cancelled):
            reg.status = "cancelled"
    other = register(services, make_event(services, title=LONG_TITLE), "Bram", "Wouters")[1]
    return [
        green,  # checked in
        green,  # already checked in
        green,  # the same again: a repeat
        waiting,  # waiting list, the event full
        cancelled,
        other,  # another event
        "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ12345",  # unknown
        "jansen-vandermeulen-vanderstraeten",  # nobody found
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("system_font", [9.0, 13.0], indirect=True)
def test_every_outcome_fits_every_laptop(
    qtbot, sqlite_services, settings, app_events, translators, language, system_font
):
    translators.install(language)
    DeskSettings(settings.qsettings).calm_seconds = 0  # results stay until the next scan
    event = event_today(sqlite_services, capacity=2, title=LONG_TITLE)
    codes = outcomes(sqlite_services, event)
    desk = open_desk(qtbot, sqlite_services, settings, app_events, event, "Balie 12 (ingang)")
    seen = set()
    for code in codes:
        scan(qtbot, desk, code)
        seen.add(desk.result_panel.headline.text())
        for width, height in SIZES:
            desk.resize(width, height)
            qtbot.waitUntil(lambda w=width, h=height: desk.size().toTuple() == (w, h))
            where = f"{width}×{height}, {system_font} pt, {language}, after {code[:12]}"
            assert layout_problems(qtbot, desk) == [], where
    assert len(seen) >= 5  # green, amber, red, repeated red, nobody found


@pytest.mark.parametrize("system_font", [9.0, 13.0], indirect=True)
def test_the_not_today_notice_and_kiosk_welcome_fit(
    qtbot, sqlite_services, settings, app_events, translators, system_font
):
    event = make_event(sqlite_services, title=LONG_TITLE)  # next week
    code = register(sqlite_services, event, "Marie-Élise", "Van den Bossche-Vanderstraeten")[1]
    desk = open_desk(qtbot, sqlite_services, settings, app_events, event)
    assert desk.result_panel.headline.text() == "Deze activiteit is niet vandaag"
    for width, height in SIZES:
        desk.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: desk.size().toTuple() == (w, h))
        assert layout_problems(qtbot, desk) == [], (width, height)
    scan(qtbot, desk, code)
    assert desk.result_panel.result.outcome.value == "not_today"
    DeskSettings(settings.qsettings).kiosk = True  # a desk opened now starts as a kiosk
    today = event_today(sqlite_services, title=LONG_TITLE)
    kiosk = open_desk(qtbot, sqlite_services, settings, app_events, today)
    mine = register(sqlite_services, today, "Marie-Élise", "Van den Bossche-Vanderstraeten")[1]
    scan(qtbot, kiosk, mine)
    assert kiosk.result_panel.headline.text() == "Welkom!"
    for width, height in SIZES:
        kiosk.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: kiosk.size().toTuple() == (w, h))
        assert layout_problems(qtbot, kiosk) == [], (width, height)
