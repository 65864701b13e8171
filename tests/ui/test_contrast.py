"""Contrast of the windows' and the badges' colours (WCAG 2.2 AA: text 4.5:1, other 3:1)."""

from __future__ import annotations

import pytest

from keet_desktop.printing.badges import ROLE_COLOURS
from keet_desktop.ui import palette


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def test_the_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#7a7a7a", "#ffffff") < 4.5  # the old grey of cancelled rows fails


@pytest.mark.parametrize(("what", "text", "background"), palette.TEXT_PAIRS)
def test_text_colours_reach_4_5_to_1(what, text, background):
    assert contrast(text, background) >= 4.5, what


@pytest.mark.parametrize(("what", "colour", "background"), palette.NON_TEXT_PAIRS)
def test_indicators_reach_3_to_1(what, colour, background):
    assert contrast(colour, background) >= 3.0, what


@pytest.mark.parametrize("role", list(ROLE_COLOURS))
def test_the_role_band_of_a_badge_is_readable(role):
    assert contrast("#ffffff", _hex(ROLE_COLOURS[role])) >= 4.5
