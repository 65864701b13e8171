"""Update the ``.ts`` translation sources and compile them to ``.qm``.

Usage::

    uv run python -m keet_desktop.devtools.translations            # lupdate + lrelease
    uv run python -m keet_desktop.devtools.translations --fill nl FILE.json
    uv run python -m keet_desktop.devtools.translations --check    # list unfinished

Each *area* has its own ``.ts`` file per language (``core_nl.ts``, ``desk_nl.ts``, ...), made
from the source files listed in :data:`AREAS`, so that work on one area never touches another's
translations. ``--fill LANG FILE.json`` merges ``{"source": "translation"}`` (or
``{"context": {"source": "translation"}}``) into the files of that language; for a ``%n``
plural give a list of forms.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from keet_desktop.i18n import LANGUAGES, translations_dir

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parents[1]
SOURCE_LANGUAGE = "en"

# area -> source globs, relative to the package folder. A file belongs to the first area
# (in this order) with a glob that matches it.
AREAS: dict[str, list[str]] = {
    "privacy": [  # issue 13
        "domain/privacy/**/*.py",
        "domain/services/privacy*.py",
        "cli/privacy*.py",
        "ui/privacy/**/*.py",
        "printing/privacy*.py",
    ],
    "reports": [  # issue 15
        "domain/reports*/**/*.py",
        "domain/services/report*.py",
        "domain/services/results*.py",
        "domain/services/partners*.py",
        "cli/report*.py",
        "cli/programme*.py",
        "printing/certificates*.py",
        "printing/report*.py",
        "ui/reports/**/*.py",
    ],
    "app": [
        "ui/app_*.py",
        "ui/first_run/**/*.py",
        "ui/crash*.py",
        "printing/guide*.py",
    ],
    "desk": [
        "ui/desk/**/*.py",
        "domain/services/checkin*.py",
        "domain/search*.py",
        "cli/checkin*.py",
    ],
    "schedule": [
        "domain/schedule/**/*.py",
        "domain/services/schedule*.py",
        "domain/services/venues*.py",
        "domain/services/programmes*.py",
        "cli/schedule*.py",
        "ui/schedule/**/*.py",
        "printing/agenda*.py",
    ],
    "printing": [
        "printing/**/*.py",
        "ui/printing/**/*.py",
        "cli/print*.py",
        "domain/services/print*.py",
    ],
    "importing": [
        "domain/importing/**/*.py",
        "domain/services/import*.py",
        "domain/services/export*.py",
        "cli/import*.py",
        "cli/export*.py",
        "ui/importing/**/*.py",
    ],
    "mail": [  # issue 16
        "domain/mail*/**/*.py",
        "domain/services/outbox*.py",
        "domain/services/mail*.py",
        "cli/mail*.py",
        "ui/mail/**/*.py",
    ],
    "safety": [  # issue 11
        "domain/safefile.py",
        "domain/backups.py",
        "domain/dbsafety.py",
        "domain/opening.py",
        "domain/hygiene.py",
        "cli/db_safety*.py",
        "cli/files.py",
        "ui/safety.py",
        "ui/dialogs/restore_dialog.py",
    ],
    "core": ["domain/**/*.py", "cli/**/*.py", "i18n.py"],
    "ui": ["ui/**/*.py"],
}


def _glob_regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\*\*/|\*)", pattern)
    regex = "".join(
        "(?:.*/)?" if part == "**/" else "[^/]*" if part == "*" else re.escape(part)
        for part in parts
    )
    return re.compile(regex + "$")


def _area_of(path: Path) -> str | None:
    relative = path.relative_to(PACKAGE).as_posix()
    for area, patterns in AREAS.items():
        if any(_glob_regex(pattern).match(relative) for pattern in patterns):
            return area
    return None


def area_sources(area: str) -> list[Path]:
    """Return the source files of ``area``."""
    files = [
        p
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.parts
        and "devtools" not in p.parts
        and p.name != "resources_rc.py"
        and _area_of(p) == area
    ]
    return sorted(files)


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def lupdate() -> None:
    """Refresh every area's ``.ts`` files from the code (keeping existing translations)."""
    folder = translations_dir()
    for area in AREAS:
        sources = area_sources(area)
        if not sources:
            continue
        for lang in LANGUAGES:
            lupdate_files(sources, folder / f"{area}_{lang}.ts", lang)
    _fill_english(folder)


def lupdate_files(sources: list[Path], target: Path, lang: str) -> None:
    """Update one ``.ts`` file from ``sources``.

    English is the source language: its file keeps only the plural messages (``%n``), which
    need their English forms; every other English message is its own source, which both Qt
    and :mod:`keet_desktop.i18n` fall back to.
    """
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, sources),
            "-no-obsolete",
            *(["-pluralonly"] if lang == SOURCE_LANGUAGE else []),
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            lang,
            "-ts",
            str(target),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _fill_english(folder: Path) -> None:
    """Give the English plural messages their singular and plural forms."""
    for path in folder.glob(f"*_{SOURCE_LANGUAGE}.ts"):
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("unfinished", None):
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if all(f.text for f in forms) and translation.get("type") is None:
                    continue
                singular, plural = _english_plural(source)
                for element, text in zip(forms, (singular, plural), strict=False):
                    element.text = text
            elif translation.get("type") == "unfinished" or not translation.text:
                translation.text = source
            translation.attrib.pop("type", None)
        _write(tree, path)


def _english_plural(source: str) -> tuple[str, str]:
    """Return the English singular and plural of a ``%n thing(s)`` message."""
    singular = re.sub(r"\((\w+)\)", "", source)
    plural = re.sub(r"\((\w+)\)", r"\1", source)
    plural = plural.replace("persons", "people")
    return singular, plural


def fill(lang: str, mapping_file: Path) -> int:
    """Merge translations from a JSON file into ``lang``'s ``.ts`` files; return how many."""
    data = json.loads(mapping_file.read_text(encoding="utf-8"))
    filled = 0
    for path in translations_dir().glob(f"*_{lang}.ts"):
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            table = data.get(name) if isinstance(data.get(name), dict) else data
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if source not in table or isinstance(table[source], dict):
                    continue
                value = table[source]
                translation = message.find("translation")
                assert translation is not None
                if isinstance(value, list):
                    forms = translation.findall("numerusform")
                    for element, text in zip(forms, value, strict=False):
                        element.text = text
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                filled += 1
        _write(tree, path)
    return filled


def unfinished(lang: str) -> list[tuple[str, str, str]]:
    """Return ``(file, context, source)`` of every message without a translation."""
    missing = []
    for path in sorted(translations_dir().glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                empty = translation is None or (
                    not (translation.text or "").strip()
                    and not any((f.text or "").strip() for f in translation.iter("numerusform"))
                )
                if empty or (translation is not None and translation.get("type") == "unfinished"):
                    missing.append((path.name, name, message.findtext("source") or ""))
    return missing


def lrelease() -> None:
    """Compile every ``.ts`` file to ``.qm`` next to it."""
    for path in sorted(translations_dir().glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def _write(tree: ET.ElementTree[ET.Element[str]], path: Path) -> None:
    # Written the way lupdate writes, so running the tool twice changes nothing.
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode").replace(" />", "/>")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main() -> int:
    """Run the tool."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "FILE"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.fill:
        count = fill(args.fill[0], Path(args.fill[1]))
        sys.stderr.write(f"{count} translations filled\n")
        lrelease()
        return 0
    if args.check:
        missing = unfinished("nl") + unfinished("en")
        for item in missing:
            sys.stdout.write("\t".join(item) + "\n")
        return 1 if missing else 0
    lupdate()
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
