"""The desk's preferences, in the app's QSettings under ``desk/``."""

from __future__ import annotations

from PySide6.QtCore import QSettings


class DeskSettings:
    """Desk name, sound and the scanner's prefix/suffix, over the app's QSettings.

    Args:
        qsettings: The app's settings store (``Settings.qsettings``).
    """

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def _str(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    @property
    def desk_name(self) -> str:
        """The name of this desk, recorded with each check-in ("Balie 1")."""
        return self._str("desk/name")

    @desk_name.setter
    def desk_name(self, value: str) -> None:
        self.qsettings.setValue("desk/name", value.strip())

    @property
    def sound(self) -> bool:
        """Whether to play a short sound for success and for refusal."""
        return self._str("desk/sound", "false").lower() in ("true", "1")

    @sound.setter
    def sound(self, value: bool) -> None:
        self.qsettings.setValue("desk/sound", "true" if value else "false")

    @property
    def scanner_prefix(self) -> str:
        """Characters the scanner puts before each code (removed before the look-up)."""
        return self._str("desk/scanner_prefix")

    @scanner_prefix.setter
    def scanner_prefix(self, value: str) -> None:
        self.qsettings.setValue("desk/scanner_prefix", value)

    @property
    def scanner_suffix(self) -> str:
        """Characters the scanner puts after each code (removed before the look-up)."""
        return self._str("desk/scanner_suffix")

    @scanner_suffix.setter
    def scanner_suffix(self, value: str) -> None:
        self.qsettings.setValue("desk/scanner_suffix", value)
