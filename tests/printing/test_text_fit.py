"""Fitting text: whatever the text and box, every line fits the box and words stay whole."""

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from keet_desktop.printing import fonts
from keet_desktop.printing.layouts import MM, Box
from keet_desktop.printing.text_fit import ELLIPSIS, fit, wrap

fonts.register_fonts()
WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzÇçĞğİıŞşŁłØøÉéÅå-'", min_size=1, max_size=24),
    min_size=1,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(
    words=WORDS,
    width=st.floats(min_value=15 * MM, max_value=120 * MM),
    height=st.floats(min_value=5 * MM, max_value=40 * MM),
)
def test_fitted_text_never_leaves_its_box(words, width, height):
    box = Box(0, 0, width, height)
    fitted = fit(" ".join(words), fonts.BOLD, box, max_size=30, min_size=7, max_lines=3)
    assert fitted.lines
    for line in fitted.lines:
        assert stringWidth(line, fonts.BOLD, fitted.size) <= width + 0.01
    assert fitted.height <= height + 0.01
    if not any(line.endswith(ELLIPSIS) for line in fitted.lines) and fitted.size > 7:
        assert_broken_only_at_spaces_and_hyphens(fitted.lines, " ".join(words))


def assert_broken_only_at_spaces_and_hyphens(lines, text):
    rest = text
    for line in lines[:-1]:
        assert rest.startswith(line)
        rest = rest[len(line) :]
        assert line.endswith("-") or rest.startswith(" "), (line, rest)
        rest = rest.lstrip(" ")
    assert rest == lines[-1]


def test_a_long_place_name_breaks_after_a_hyphen_not_mid_word():
    lines = wrap(
        "Sint-Genesius-Rode", fonts.BOLD, 20, stringWidth("Sint-Genesius-", fonts.BOLD, 20)
    )
    assert lines == ["Sint-Genesius-", "Rode"]
    fitted = fit(
        "Sint-Genesius-Rode", fonts.BOLD, Box(0, 0, 40 * MM, 20 * MM), max_size=30, min_size=7
    )
    assert len(fitted.lines) > 1 and all(line.endswith("-") for line in fitted.lines[:-1])
    assert "".join(fitted.lines) == "Sint-Genesius-Rode"


def test_spaces_are_preferred_and_a_piece_is_split_only_when_it_alone_is_too_wide():
    width = stringWidth("Marie-Christine", fonts.BOLD, 12)
    assert wrap("Marie-Christine Peeters", fonts.BOLD, 12, width) == [
        "Marie-Christine",
        "Peeters",
    ]
    narrow = stringWidth("Wolfe", fonts.BOLD, 12)
    lines = wrap("Wolfeschlegelstein", fonts.BOLD, 12, narrow)
    assert "".join(lines) == "Wolfeschlegelstein" and len(lines) > 1


def test_a_short_name_stays_on_one_line_at_the_largest_size():
    fitted = fit("Jo Li", fonts.BOLD, Box(0, 0, 60 * MM, 30 * MM), max_size=30, min_size=7)
    assert fitted.lines == ("Jo Li",) and fitted.size == 30


def test_an_empty_text_takes_no_room():
    assert fit("  ", fonts.BOLD, Box(0, 0, 60 * MM, 30 * MM), max_size=30, min_size=7).height == 0
