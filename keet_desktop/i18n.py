"""Translations without Qt, for the command line and the domain's messages.

The source of every translation is Qt's ``.ts`` files in ``resources/translations/`` (one per
area and language, e.g. ``core_nl.ts``), which ``pyside6-lupdate`` fills from the ``tr()``,
``translate()`` and :func:`QT_TRANSLATE_NOOP` calls in the code. The GUI loads the compiled
``.qm`` files through ``QTranslator``; the command line reads the ``.ts`` XML with this module,
so both speak the same words.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from keet_desktop.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(_context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``source`` for translation in ``context`` and return it unchanged."""
    return source


def translations_dir() -> Path:
    """Return the folder with the ``.ts`` and ``.qm`` files."""
    return resources_dir() / "translations"


@functools.cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """Return ``{(context, source): translation}`` from every ``*_<language>.ts`` file."""
    entries: dict[tuple[str, str], str] = {}
    for path in sorted(translations_dir().glob(f"*_{language}.ts")):
        try:
            root = ET.parse(path).getroot()
        except (ET.ParseError, OSError) as exc:  # a damaged file costs its words, not the app
            log.warning("cannot read translations %s: %s", path, exc)
            continue
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                element = message.find("translation")
                if source is None or element is None:
                    continue
                if element.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                if message.get("numerus") == "yes":
                    forms = [f.text or "" for f in element.iter("numerusform")]
                    text = forms[0] if forms else ""
                else:
                    text = element.text or ""
                if text:
                    entries[(name, source)] = text
    return entries


def translator(language: str) -> Translate:
    """Return a ``translate(context, source)`` function for ``language``."""
    table = catalog(language)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate
