"""Table models under qtmodeltester; language switching; no untranslated text in Dutch."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.i18n import translations_dir
from keet_desktop.ui import messages
from keet_desktop.ui.app import Shell, build_main_window, offer_demo, open_services
from keet_desktop.ui.dialogs.about_dialog import AboutDialog
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.dialogs.merge_dialog import MergeDialog
from keet_desktop.ui.dialogs.person_dialog import PersonDialog
from keet_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from keet_desktop.ui.dialogs.registration_dialog import RegistrationDialog
from keet_desktop.ui.lazy_table_models import PeopleTableModel, RegistrationsTableModel
from keet_desktop.ui.settings import Settings
from keet_desktop.ui.table_models import (
    EventsFilterProxy,
    EventsTableModel,
    PersonRegistrationsTableModel,
)
from tests.factories import make_event, person
from tests.ui.organiser_helpers import click_ok, settle


@pytest.fixture
def season(sqlite_services):
    """Two events, five people, a waiting list and a cancellation."""
    first = make_event(sqlite_services, capacity=2)
    make_event(sqlite_services, title="Netwerkavond", capacity=None)
    ids = [
        sqlite_services.registrations.register(first, person(n, "Test")).registration.id
        for n in ("Ann", "Bram", "Carl", "Dina", "Emre")
    ]
    sqlite_services.registrations.cancel(ids[0])
    return first


def test_events_models(qtmodeltester, sqlite_services, season):
    model = EventsTableModel()
    model.set_rows(sqlite_services.events.list_events())
    qtmodeltester.check(model)
    proxy = EventsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("netwerk")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_a_changed_count_updates_one_row_without_a_reset(qapp, sqlite_services, season):
    model = EventsTableModel()
    model.set_rows(sqlite_services.events.list_events())
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    sqlite_services.registrations.register(season, person("Fien", "Test"))
    model.update_rows(sqlite_services.events.list_events())
    row = next(r for r in range(model.rowCount()) if model.row(r).id == season)
    assert resets == [] and changed == [(row, row)]
    assert model.row(row).waitlisted == 3
    model.update_rows(sqlite_services.events.list_events()[:1])  # other events: a reset
    assert resets == [1] and model.rowCount() == 1


def test_registrations_model_fetches_lazily(
    qapp, qtmodeltester, sqlite_services, season, monkeypatch
):
    monkeypatch.setattr(RegistrationsTableModel, "PAGE", 2)
    model = RegistrationsTableModel(sqlite_services)
    model.set_event(season)
    settle()
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
        settle()
    statuses = [model.row(r).status for r in range(model.rowCount())]
    assert statuses[-1] is RegistrationStatus.CANCELLED
    model.sort(RegistrationsTableModel.Column.NAME, Qt.SortOrder.DescendingOrder)
    settle()
    assert model.index(0, 0).data() == "Emre Test"
    model.set_search("dina")
    settle()
    assert model.total == 1 and model.index(0, 4).data() == "1"


def test_people_models(qapp, qtmodeltester, sqlite_services, season, monkeypatch):
    monkeypatch.setattr(PeopleTableModel, "PAGE", 3)
    model = PeopleTableModel(sqlite_services)
    model.reload()
    settle()
    qtmodeltester.check(model)
    registrations = PersonRegistrationsTableModel()
    registrations.set_rows(sqlite_services.people.registrations_of(model.row(0).id))
    qtmodeltester.check(registrations)


def test_switching_language_rebuilds_the_window_in_english(
    qtbot, translators, settings, sqlite_services, season, monkeypatch
):
    shell = Shell(translators, settings, sqlite_services)
    window = shell.start()
    qtbot.addWidget(window)
    window.open_event(season)
    settle()
    assert window.file_menu.title() == "&Bestand"
    dialog = PreferencesDialog(settings, shell.app_events, "nl", window)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    click_ok(qtbot, dialog)
    assert settings.language == "en"
    new = shell.window
    qtbot.addWidget(new)
    settle()
    assert new is not window
    assert new.file_menu.title() == "&File"
    assert new.current_page() == "event"
    assert new.event_page.counter_labels["waitlisted"].text() == "2"
    header = new.event_page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Name"


def english_sources_with_dutch_translation() -> set[str]:
    """English source texts whose Dutch translation differs (so seeing them means untranslated)."""
    sources = set()
    for path in translations_dir().glob("*_nl.ts"):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            if text and text != source and "{" not in source:
                sources.add(source.replace("&", ""))
    return sources


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can read in ``root``: labels, buttons, titles, items, headers."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox) and widget.objectName() != "native_language_names":
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            root_index = widget.rootIndex()
            columns = model.columnCount(root_index)
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            ]
            texts += [
                str(model.index(r, c, root_index).data() or "")
                for r in range(min(model.rowCount(root_index), 5))
                for c in range(columns)
            ]
    texts += [a.text() for a in root.findChildren(QAction)]
    return [t.replace("&", "") for t in texts if t]


def test_no_untranslated_text_in_the_dutch_window(
    qtbot, translators, settings, app_events, sqlite_services, season
):
    english = english_sources_with_dutch_translation()
    assert "Waiting list" in english  # the check can see untranslated text
    window = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(window)
    window.open_event(season)
    window.people_page.reload()
    window.people_page.table.selectRow(0)
    lines = sqlite_services.people.list_people()
    dialogs: list[QDialog] = [
        EventDialog(sqlite_services, sqlite_services.events.get(season)),
        EventDialog(sqlite_services, None),
        RegistrationDialog(sqlite_services, season),
        PersonDialog(sqlite_services, sqlite_services.people.get(lines[0].id)),
        MergeDialog(sqlite_services, lines[0], lines[1]),
        PreferencesDialog(settings, app_events, "nl"),
        AboutDialog("sqlite:///keet.sqlite3"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    found = []
    for root in [window, *dialogs]:
        found += [(type(root).__name__, t) for t in visible_texts(root) if t in english]
    assert found == []


def test_the_check_sees_english_text(qtbot, translators, settings, app_events, sqlite_services):
    translators.install("en")
    window = build_main_window(sqlite_services, settings, app_events, "en")
    qtbot.addWidget(window)
    english = english_sources_with_dutch_translation()
    assert "Waiting list" in [t for t in visible_texts(window) if t in english]


def test_an_empty_database_offers_the_demo_season(sqlite_services, monkeypatch, translators):
    asked = []
    monkeypatch.setattr(messages, "ask", lambda _p, title, _q: asked.append(title) or True)
    offer_demo(sqlite_services)
    assert asked == ["Een lege databank"]
    assert len(sqlite_services.events.list_events()) > 5
    offer_demo(sqlite_services)
    assert len(asked) == 1


def test_a_database_too_new_is_refused_with_a_message(tmp_path, monkeypatch, translators):
    from keet_desktop.domain.db import Database, sqlite_url

    url = sqlite_url(tmp_path / "new.sqlite3")
    db = Database.open(url)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32))")
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('9999_future')")
    db.dispose()
    warned = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warned.append((title, text)))
    assert open_services(url) is None
    assert warned[0][0] == "De databank is te nieuw"
    assert "9999_future" in warned[0][1]


def test_desk_mode_needs_a_known_event(monkeypatch, qapp, tmp_path, sqlite_services):
    from keet_desktop.ui import app

    monkeypatch.setattr(app, "Settings", lambda: Settings.from_ini(str(tmp_path / "s.ini")))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    warned = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warned.append((title, text)))
    url = sqlite_services.db.url
    assert app.main(["--desk", "--lang", "en", "--database", url]) == 2
    assert app.main(["--desk", "--event", "3", "--lang", "en", "--database", url]) == 2
    assert [title for title, _text in warned] == ["Check-in desk", "Check-in desk"]
    assert "--" not in warned[0][1] and "Open check-in desk" in warned[0][1]  # plain words
    assert "3" in warned[1][1]
    app.Translators(qapp).install("en")


def test_desk_mode_opens_the_desk_of_the_event(sqlite_services, tmp_path):
    import os
    import subprocess

    from keet_desktop.ui.app import PROBE_ENV

    event_id = make_event(sqlite_services)
    env = dict(
        os.environ, XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"
    )
    env[PROBE_ENV] = "1"
    command = [
        sys.executable,
        "-m",
        "keet_desktop",
        "--database",
        sqlite_services.db.url,
        "--desk",
        "--event",
        str(event_id),
        "--desk-name",
        "Balie 2",
        "--lang",
        "en",
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_the_program_opens_the_window_on_the_given_database(sqlite_services, tmp_path):
    import os
    import subprocess

    from keet_desktop.ui.app import PROBE_ENV

    make_event(sqlite_services)  # not empty: no question about the demo season
    env = dict(
        os.environ, XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"
    )
    env[PROBE_ENV] = "1"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "keet_desktop",
            "--database",
            sqlite_services.db.url,
            "--lang",
            "en",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")


def test_uncaught_errors_are_logged_and_shown(monkeypatch, translators, caplog):
    from keet_desktop.domain.errors import NotFoundError
    from keet_desktop.ui.app import install_excepthook

    shown = []
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    error = NotFoundError(what="event", key="id", value=7)
    sys.excepthook(NotFoundError, error, None)
    assert len(shown) == 1 and "“7”" in shown[0]
    assert "uncaught exception" in caplog.text
