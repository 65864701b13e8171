"""The colours the windows use, in one place, each checked for contrast (WCAG 2.2 AA).

Text colours reach 4.5:1 on the backgrounds they are drawn on, and colours that carry meaning
without text (a focus ring, a conflict border, a kind's stripe) reach 3:1; tests/ui/test_contrast.py
checks every pair below. Colour never says a thing alone: each meaning also has a word or a sign.
"""

from __future__ import annotations

WINDOW = "#efefef"  # the window background of the Fusion style
BASE = "#ffffff"  # tables, lists and the timetable
ALTERNATE = "#f7f7f7"  # alternate table rows
TODAY = "#fff6d6"  # today's lane and cell
ONLINE = "#f5f0fb"  # the online lane

TEXT = "#111111"
MUTED = "#595959"  # cancelled rows, other months' days
WAITING = "#7a4f00"  # the waiting list; also warnings
ERROR = "#b3261e"
PRESENT = "#1e7b34"
TODAY_TEXT = "#a93226"
FOCUS = "#1a5fb4"
PLACEHOLDER = "#6b6b6b"  # hint text in empty fields (Fusion's own grey reaches only 4.0:1)
CONFLICT = "#a4161a"

TEXT_PAIRS: list[tuple[str, str, str]] = [
    ("muted text", MUTED, BASE),
    ("muted text on alternate rows", MUTED, ALTERNATE),
    ("waiting list / warning", WAITING, BASE),
    ("warning on the window", WAITING, WINDOW),
    ("error", ERROR, BASE),
    ("error on the window", ERROR, WINDOW),
    ("present", PRESENT, BASE),
    ("today's heading", TODAY_TEXT, TODAY),
    ("text on the online lane", TEXT, ONLINE),
    ("placeholder in an empty field", PLACEHOLDER, BASE),
]
NON_TEXT_PAIRS: list[tuple[str, str, str]] = [
    ("focus ring on the window", FOCUS, WINDOW),
    ("focus ring on a table", FOCUS, BASE),
    ("conflict border", CONFLICT, BASE),
    ("conflict border on today's lane", CONFLICT, TODAY),
]
