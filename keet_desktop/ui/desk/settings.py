"""The desk's preferences, in the app's QSettings under ``desk/``.

The organiser PIN that guards kiosk mode, the settings and undo is stored only as a salted
PBKDF2-SHA256 hash (``pbkdf2_sha256$iterations$salt$hash``), never as the PIN itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QSettings

PIN_ITERATIONS = 40_000  # about 20 ms: a PIN check stays well within a GUI-thread call


def hash_pin(pin: str, salt: str | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """Return the stored form of ``pin`` (a new random salt unless given)."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN whose hash is ``stored``."""
    try:
        scheme, iterations, salt, _digest = stored.split("$")
        expected = hash_pin(pin, salt, int(iterations))
    except ValueError:
        return False
    return scheme == "pbkdf2_sha256" and hmac.compare_digest(expected, stored)


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
        """Whether to play a short sound for each result (on unless switched off)."""
        return self._str("desk/sound", "true").lower() in ("true", "1")

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

    @property
    def volume(self) -> int:
        """The sounds' volume, 0 to 100."""
        return self._int("desk/volume", 70, 0, 100)

    @volume.setter
    def volume(self, value: int) -> None:
        self.qsettings.setValue("desk/volume", max(0, min(100, int(value))))

    @property
    def calm_seconds(self) -> int:
        """Seconds after which a result gives way to the calm "ready" screen (0: never)."""
        return self._int("desk/calm_seconds", 8, 0, 600)

    @calm_seconds.setter
    def calm_seconds(self, value: int) -> None:
        self.qsettings.setValue("desk/calm_seconds", max(0, min(600, int(value))))

    @property
    def kiosk(self) -> bool:
        """Whether the desk is in self check-in (kiosk) mode."""
        return self._str("desk/kiosk", "false").lower() in ("true", "1")

    @kiosk.setter
    def kiosk(self, value: bool) -> None:
        self.qsettings.setValue("desk/kiosk", "true" if value else "false")

    @property
    def has_pin(self) -> bool:
        """Whether an organiser PIN is set."""
        return bool(self._str("desk/pin_hash"))

    def set_pin(self, pin: str) -> None:
        """Store ``pin`` hashed ("" removes the PIN)."""
        self.qsettings.setValue("desk/pin_hash", hash_pin(pin) if pin else "")

    def check_pin(self, pin: str) -> bool:
        """Whether ``pin`` is the organiser PIN (True when none is set)."""
        stored = self._str("desk/pin_hash")
        return not stored or pin_matches(pin, stored)

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self.qsettings.value(key, default)))
        except ValueError:
            return default
        return max(low, min(high, value))
