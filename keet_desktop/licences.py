"""The licences of Keet Desktop and of what it ships (shown in About, listed in the bundle).

Versions come from the installed distributions' metadata (also copied into the app bundle);
the licence names are written here, checked against the projects' own statements, because
package metadata writes them in a dozen ways. The full texts that must travel with the app are
in ``resources/licences/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from keet_desktop.paths import resources_dir

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    """One third-party component: its name, version, licence and where it comes from."""

    name: str
    version: str
    licence: str
    url: str


# (distribution or "" for non-Python parts, shown name, licence, home page)
_COMPONENTS: list[tuple[str, str, str, str]] = [
    ("", "Qt 6", "LGPL-3.0-only", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("PySide6-Essentials", "PySide6 (Qt for Python)", "LGPL-3.0-only", "https://pyside.org"),
    ("PySide6-Addons", "PySide6 Addons (QtPdf, QtCharts, QtMultimedia)", "LGPL-3.0-only", "https://pyside.org"),
    ("shiboken6", "Shiboken6", "LGPL-3.0-only", "https://pyside.org"),
    ("", "DejaVu fonts", "Bitstream Vera / Arev (free)", "https://dejavu-fonts.github.io"),
    ("reportlab", "ReportLab", "BSD-3-Clause", "https://www.reportlab.com"),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    ("alembic", "Alembic", "MIT", "https://alembic.sqlalchemy.org"),
    ("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    ("qrcode", "qrcode", "BSD-3-Clause", "https://github.com/lincolnloop/python-qrcode"),
    ("phonenumbers", "phonenumbers", "Apache-2.0", "https://github.com/daviddrysdale/python-phonenumbers"),
    ("icalendar", "icalendar", "BSD-2-Clause", "https://github.com/collective/icalendar"),
    ("holidays", "holidays", "MIT", "https://github.com/vacanza/holidays"),
    ("email-validator", "email-validator", "Unlicense", "https://github.com/JoshData/python-email-validator"),
    ("anyascii", "AnyAscii", "ISC", "https://github.com/anyascii/anyascii"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("psycopg", "psycopg 3", "LGPL-3.0-only", "https://www.psycopg.org"),
    ("", "Python", "PSF-2.0", "https://www.python.org"),
]  # fmt: skip


def _version(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def third_party() -> list[Component]:
    """Return the third-party components with their installed versions ("" when not found)."""
    return [
        Component(name, _version(distribution), licence, url)
        for distribution, name, licence, url in _COMPONENTS
    ]


def licence_texts() -> list[Path]:
    """Return the full licence texts shipped with the app."""
    folder = resources_dir() / "licences"
    return sorted([*folder.glob("*.txt"), *resources_dir().glob("fonts/LICENSE*")])
