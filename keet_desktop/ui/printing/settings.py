"""Printing preferences in QSettings: per-printer offsets, chosen layouts, the desk's print mode."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSettings

from keet_desktop.printing.layouts import DEFAULT_LAYOUT, LAYOUTS, Paper
from keet_desktop.ui.settings import Settings


class DeskPrintMode(enum.StrEnum):
    """Whether a desk prints the badge of each person it checks in."""

    NEVER = "never"
    ONCE = "once"
    ALWAYS = "always"


DESK_LAYOUT = "label-62mm"


def _key(printer: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in printer) or "default"


class PrintSettings:
    """Typed printing preferences over the app's QSettings.

    Args:
        settings: The app's preferences (their QSettings store is shared).
    """

    def __init__(self, settings: Settings) -> None:
        self._q: QSettings = settings.qsettings

    def _str(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    def offset(self, printer: str) -> tuple[float, float]:
        """The (right, up) offset in mm that corrects where ``printer`` lands."""
        x = float(self._str(f"printing/offset/{_key(printer)}/x", "0") or 0)
        y = float(self._str(f"printing/offset/{_key(printer)}/y", "0") or 0)
        return x, y

    def set_offset(self, printer: str, x_mm: float, y_mm: float) -> None:
        """Remember ``printer``'s offset in mm."""
        self._q.setValue(f"printing/offset/{_key(printer)}/x", x_mm)
        self._q.setValue(f"printing/offset/{_key(printer)}/y", y_mm)

    def layout(self, purpose: str = "badges") -> str:
        """The badge layout last chosen for ``purpose`` ("badges" or "desk")."""
        default = DESK_LAYOUT if purpose == "desk" else DEFAULT_LAYOUT
        value = self._str(f"printing/layout/{purpose}", default)
        return value if value in LAYOUTS else default

    def set_layout(self, purpose: str, name: str) -> None:
        """Remember the badge layout for ``purpose``."""
        self._q.setValue(f"printing/layout/{purpose}", name)

    @property
    def paper(self) -> Paper:
        """A4 (default) or US Letter for lists, sheets and tickets."""
        value = self._str("printing/paper", Paper.A4.value)
        return Paper(value) if value in {p.value for p in Paper} else Paper.A4

    @paper.setter
    def paper(self, value: Paper) -> None:
        self._q.setValue("printing/paper", value.value)

    @property
    def language(self) -> str:
        """The documents' language ("nl" by default)."""
        value = self._str("printing/language", "nl")
        return value if value in ("nl", "en") else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("printing/language", value)

    @property
    def desk_mode(self) -> DeskPrintMode:
        """Whether the desk prints badges at check-in: never, once, or always."""
        value = self._str("printing/desk/mode", DeskPrintMode.NEVER.value)
        modes = {m.value for m in DeskPrintMode}
        return DeskPrintMode(value) if value in modes else DeskPrintMode.NEVER

    @desk_mode.setter
    def desk_mode(self, value: DeskPrintMode) -> None:
        self._q.setValue("printing/desk/mode", value.value)

    @property
    def desk_printer(self) -> str:
        """The printer the desk prints badges on ("" = the system's default)."""
        return self._str("printing/desk/printer", "")

    @desk_printer.setter
    def desk_printer(self, value: str) -> None:
        self._q.setValue("printing/desk/printer", value)
