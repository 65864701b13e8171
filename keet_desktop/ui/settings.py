"""UI preferences in QSettings, behind typed properties. Tests inject an INI file.

Areas with many preferences of their own (the desk, printing) keep a class like this one over
the same QSettings object.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "De Keet"
APPLICATION = "Keet Desktop"


class Settings:
    """The app's preferences.

    Args:
        qsettings: The store; default: the user's native settings of the app.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(ORGANISATION, APPLICATION)

    @classmethod
    def from_ini(cls, path: str) -> Settings:
        """Preferences kept in an INI file (for tests)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _str(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        """The UI language ("nl" or "en"), or "" to follow the system."""
        return self._str("ui/language")

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's saved geometry."""
        value = self.qsettings.value("ui/window_geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self.qsettings.setValue("ui/window_geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """The main window's saved toolbar and dock state."""
        value = self.qsettings.value("ui/window_state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.qsettings.setValue("ui/window_state", value)

    @property
    def last_view(self) -> str:
        """The name of the view shown when the app closed."""
        return self._str("ui/last_view", "events")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self.qsettings.setValue("ui/last_view", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()

    # issue 17: the shared database chosen at the first run (its password is in the keyring)
    @property
    def database_url(self) -> str:
        """The URL of the shared database without its password, or "" for the local file."""
        return self._str("database/url")

    @database_url.setter
    def database_url(self, value: str) -> None:
        self.qsettings.setValue("database/url", value)
