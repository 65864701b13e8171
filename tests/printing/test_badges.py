"""Badges: every name prints and fits, no text touches the QR code, every QR code decodes."""

import io
from dataclasses import replace

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from keet_desktop.i18n import translator
from keet_desktop.printing import fonts
from keet_desktop.printing.badges import (
    BadgeOptions,
    badge_boxes,
    badge_pagination,
    printable,
    render_badges,
)
from keet_desktop.printing.layouts import LAYOUTS, MM, Box
from tests.printing.helpers import decode_pages, event, people, placed_text, text

NL = translator("nl")
EN = translator("en")


def badges(layout: str, who=None, lang=NL, **options) -> bytes:
    buffer = io.BytesIO()
    render_badges(
        buffer,
        event(),
        people() if who is None else who,
        BadgeOptions(LAYOUTS[layout], **options),
        lang,
    )
    return buffer.getvalue()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("has_organisation", [True, False])
@pytest.mark.parametrize("has_logo", [True, False])
def test_boxes_stay_inside_the_badge_and_off_the_qr_code(layout, has_organisation, has_logo):
    badge = LAYOUTS[layout].label_box(0)
    boxes = badge_boxes(badge, has_organisation=has_organisation, has_logo=has_logo)
    assert boxes.qr.width >= 14 * MM
    for box in [*boxes.text_boxes(), boxes.qr, boxes.band] + ([boxes.logo] if boxes.logo else []):
        assert badge.contains(box), box
    for box in boxes.text_boxes():
        assert box.height > 0 and box.width > 10 * MM
        assert not box.intersects(boxes.qr)
        assert not box.intersects(boxes.band)
    assert not boxes.qr.intersects(boxes.band)


def test_an_empty_organisation_gives_the_name_the_whole_text_area():
    badge = LAYOUTS["a4-8xa7"].label_box(0)
    with_org = badge_boxes(badge, has_organisation=True, has_logo=False)
    without = badge_boxes(badge, has_organisation=False, has_logo=False)
    assert without.organisation is None
    assert with_org.organisation is not None
    assert without.name.y == pytest.approx(with_org.organisation.y)
    assert without.name.top == pytest.approx(with_org.name.top)


def test_layouts_land_on_the_standard_sheets():
    l7165 = LAYOUTS["a4-2x4-99x68"]
    first, last = l7165.label_box(0), l7165.label_box(7)
    assert first.x == pytest.approx(4.65 * MM)
    assert 297 * MM - first.top == pytest.approx(13.1 * MM)
    assert last.right == pytest.approx((4.65 + 101.6 + 99.1) * MM)
    assert last.y == pytest.approx((297 - 13.1 - 4 * 67.7) * MM)
    cards = LAYOUTS["a4-2x5-90x54"]
    assert cards.label_box(9).right == pytest.approx(195 * MM)
    assert cards.label_box(9).y == pytest.approx(13.5 * MM)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_name_prints_and_every_qr_code_decodes(layout):
    who = people()
    pdf = badges(layout, who)
    all_text = " ".join(text(pdf))
    for person in who[:4]:
        assert person.given_name in all_text and person.family_name in all_text
    decoded = [c for page in decode_pages(pdf) for c in page]
    assert sorted(decoded) == sorted(p.ticket_code for p in who)


@pytest.mark.parametrize("layout", ["a4-8xa7", "a4-4xa6", "label-89x36"])
def test_names_are_drawn_inside_their_box_and_never_on_the_qr_code(layout):
    who = people()
    pdf_pages = [badges(layout, [person]) for person in who]
    for person, pdf in zip(who, pdf_pages, strict=True):
        badge = LAYOUTS[layout].label_box(0)
        if LAYOUTS[layout].is_sheet:  # drawn where office printers print
            badge = printable(badge, LAYOUTS[layout])
        boxes = badge_boxes(badge, has_organisation=bool(person.organisation), has_logo=False)
        name_words = set(person.full_name.split())
        runs = [r for r in placed_text(pdf) if set(r.text.split()) & name_words]
        assert runs, person.full_name
        for run in runs:
            drawn = Box(run.x, run.y, stringWidth(run.text, fonts.BOLD, run.size), run.size * 0.7)
            assert boxes.name.contains(drawn, tolerance=0.5), (person.full_name, drawn)
            assert not drawn.intersects(boxes.qr)


def test_dates_and_roles_follow_the_language():
    dutch = " ".join(text(badges("a4-8xa7")))
    english = " ".join(text(badges("a4-8xa7", lang=EN)))
    assert "dinsdag 3 maart 2026" in dutch and "DEELNEMER" in dutch and "BEGELEIDER" in dutch
    assert "Tuesday 3 March 2026" in english and "PARTICIPANT" in english


def test_start_at_skips_used_labels_and_the_offset_moves_everything():
    who = people()[:1]
    layout = LAYOUTS["a4-8xa7"]
    pdf = badges("a4-8xa7", who, start_at=4)
    name = next(p for p in placed_text(pdf) if "Yılmaz" in p.text)
    assert layout.label_box(3).contains(Box(name.x, name.y, 0, 0))
    moved = badges("a4-8xa7", who, start_at=4, offset_x_mm=2, offset_y_mm=-1)
    shifted = next(p for p in placed_text(moved) if "Yılmaz" in p.text)
    assert shifted.x - name.x == pytest.approx(2 * MM, abs=0.1)
    assert shifted.y - name.y == pytest.approx(-1 * MM, abs=0.1)
    assert badge_pagination(BadgeOptions(layout, start_at=4)).pages(10) == 2


def test_a_long_name_shrinks_and_wraps_but_a_short_one_is_large():
    long_one = replace(people()[4], organisation="")
    short_one = people()[5]
    pdf = badges("a4-8xa7", [long_one, short_one])
    runs = placed_text(pdf)
    long_runs = [r for r in runs if "Bossche" in r.text or "Maximiliaan" in r.text]
    short_run = next(r for r in runs if r.text == "Jo Li")
    assert len({round(r.y) for r in long_runs}) >= 2  # wrapped
    assert max(r.size for r in long_runs) < short_run.size


def test_a_readable_logo_is_drawn_and_a_missing_one_is_left_out(tmp_path, caplog):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "red").save(logo)
    buffer = io.BytesIO()
    render_badges(buffer, event(logo=str(logo)), people()[:1], BadgeOptions(LAYOUTS["a4-8xa7"]), NL)
    assert b"/Subtype /Image" in buffer.getvalue()
    missing = io.BytesIO()
    render_badges(
        missing,
        event(logo=str(tmp_path / "nope.png")),
        people()[:1],
        BadgeOptions(LAYOUTS["a4-8xa7"]),
        NL,
    )
    assert b"/Subtype /Image" not in missing.getvalue()
    assert decode_pages(missing.getvalue()) == [[people()[0].ticket_code]]
