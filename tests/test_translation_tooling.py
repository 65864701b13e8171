"""The translation tool keeps in English only what Qt needs: the plural forms."""

import xml.etree.ElementTree as ET

import pytest

from keet_desktop import i18n
from keet_desktop.devtools import translations

SAMPLE = """
from PySide6.QtCore import QObject


class Sample(QObject):
    def texts(self, count):
        return self.tr("Welcome"), self.tr("%n badge(s) printed", "", count)
"""


def _messages(path):
    return [
        (
            m.findtext("source"),
            [f.text for f in m.iter("numerusform")] or [m.findtext("translation")],
        )
        for m in ET.parse(path).getroot().iter("message")
    ]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    source = tmp_path / "sample.py"
    source.write_text(SAMPLE, encoding="utf-8")
    for lang in ("en", "nl"):
        translations.lupdate_files([source], tmp_path / f"sample_{lang}.ts", lang)
    translations._fill_english(tmp_path)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    i18n.catalog.cache_clear()
    yield tmp_path
    i18n.catalog.cache_clear()


def test_english_keeps_only_the_plural_with_its_two_forms(folder):
    assert _messages(folder / "sample_en.ts") == [
        ("%n badge(s) printed", ["%n badge printed", "%n badges printed"])
    ]
    assert translations.unfinished("en") == []


def test_dutch_keeps_every_message_to_translate(folder):
    assert [source for source, _ in _messages(folder / "sample_nl.ts")] == [
        "Welcome",
        "%n badge(s) printed",
    ]
    assert len(translations.unfinished("nl")) == 2


def test_a_message_missing_from_english_reads_as_its_source(folder):
    translate = i18n.translator("en")
    assert translate("Sample", "Welcome") == "Welcome"
