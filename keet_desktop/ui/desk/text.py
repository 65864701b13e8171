"""Telling a typed name from a scanned code."""

from __future__ import annotations

from keet_desktop.domain.services.checkin_results import parse_scan


def is_search_text(text: str) -> bool:
    """Whether ``text`` is a name, organisation or e-mail to search, not a code to scan.

    Names have no digits; an e-mail address (with ``@``) is searched even with digits. Text
    in the form of one of our ticket codes, or a URL, is always scanned.
    """
    stripped = text.strip()
    if len(stripped) < 2 or "://" in stripped:
        return False
    if "@" not in stripped and any(c.isdigit() for c in stripped):
        return False
    scanned = parse_scan(stripped)
    return not scanned.garbage and not scanned.is_ticket_code
