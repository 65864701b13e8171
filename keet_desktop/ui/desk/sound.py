"""Short desk sounds, one per tone, at the volume of the desk's settings.

A high beep says checked in, two middle notes going up say already checked in, and a low
double buzz says refused.

The sounds are generated as WAV files in the user's cache folder the first time they are
needed and played with QSoundEffect; where that fails, the system beep is used.
"""

from __future__ import annotations

import io
import logging
import math
import struct
import wave
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
RATE = 22_050


def tone_wav(parts: list[tuple[float, float]], volume: float = 0.4) -> bytes:
    """Return a mono 16-bit WAV of ``(frequency Hz, seconds)`` parts (0 Hz = silence)."""
    frames = bytearray()
    for frequency, seconds in parts:
        count = int(RATE * seconds)
        for n in range(count):
            fade = min(1.0, n / 200, (count - n) / 200)
            value = math.sin(2 * math.pi * frequency * n / RATE) if frequency else 0.0
            frames += struct.pack("<h", int(32767 * volume * fade * value))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


SOUNDS = {
    "ok": [(1320.0, 0.12)],
    "already": [(660.0, 0.1), (0.0, 0.04), (880.0, 0.1)],
    "refused": [(330.0, 0.14), (0.0, 0.06), (330.0, 0.14)],
}


class DeskSound(QObject):
    """Plays the desk's sounds (only when enabled)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, object] = {}
        self.volume = 0.7
        self._broken = False
        self.played: list[str] = []  # the names played, newest last (for a look in tests)

    def play(self, name: str) -> None:
        """Play ``"ok"``, ``"already"`` or ``"refused"`` at :attr:`volume` (0.0 to 1.0)."""
        self.played = [*self.played[-9:], name]
        if self.volume <= 0:
            return
        if self._broken:
            QApplication.beep()
            return
        try:
            effect = self._effects.get(name) or self._make(name)
            effect.setVolume(self.volume)  # type: ignore[attr-defined]
            effect.play()  # type: ignore[attr-defined]
        except Exception:  # no audio device, no multimedia backend: the system beep will do
            log.info("desk sounds unavailable; the system beep is used", exc_info=True)
            self._broken = True
            QApplication.beep()

    def _make(self, name: str) -> object:
        from PySide6.QtMultimedia import QSoundEffect

        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        )
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"desk-{name}.wav"
        if not path.exists():
            path.write_bytes(tone_wav(SOUNDS[name]))
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effects[name] = effect
        return effect
