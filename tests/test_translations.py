"""Every message is translated to Dutch and English, with the same placeholders."""

import re
import xml.etree.ElementTree as ET

import pytest

from keet_desktop.devtools.translations import unfinished
from keet_desktop.i18n import LANGUAGES, translations_dir

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def messages(lang):
    for path in sorted(translations_dir().glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [
                    translation.text or ""
                ]
                yield path.name, context.findtext("name"), message.findtext("source"), forms


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    assert unfinished(lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang):
    for name, context, source, forms in messages(lang):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            assert sorted(set(PLACEHOLDER.findall(form))) == wanted, (name, context, source, form)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_files_exist(lang):
    for ts in translations_dir().glob(f"*_{lang}.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run the translations tool"
