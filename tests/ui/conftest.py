"""GUI fixtures: Dutch translators installed, an INI settings file, app events, real services."""

from __future__ import annotations

import pytest

from keet_desktop.ui.accessibility import install_accessibility
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.i18n import Translators
from keet_desktop.ui.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _accessible_style(qapp):
    """The focus ring and view frames the app installs at start (issue 19)."""
    install_accessibility(qapp)


@pytest.fixture
def translators(qapp):
    """The app's translators, Dutch by default (switch with ``translators.install("en")``)."""
    installed = Translators(qapp)
    installed.install("nl")
    yield installed
    installed.install("en")


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Preferences in an INI file of the test."""
    return Settings.from_ini(str(tmp_path / "keet.ini"))


@pytest.fixture
def app_events() -> AppEvents:
    """The application's change signals."""
    return AppEvents()


@pytest.fixture(autouse=True)
def _file_dialog_folder(tmp_path):
    """The last folder of file dialogs kept in the test's INI file, not the user's settings."""
    from PySide6.QtCore import QSettings

    from keet_desktop.ui import file_dialogs

    file_dialogs.use_settings(
        QSettings(str(tmp_path / "file-dialogs.ini"), QSettings.Format.IniFormat)
    )
    yield
    file_dialogs.use_settings(None)
