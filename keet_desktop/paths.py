"""Where the app's bundled resources are: ``resources/`` in a checkout, packaged in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder with fonts, translations, icons and demo data."""
    packaged = _PACKAGE / "_resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "resources"
