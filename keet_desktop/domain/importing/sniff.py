"""Guess a text file's encoding and delimiter.

Encodings, in order: a byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16 without a mark (told from
the byte pattern: one byte of every pair takes only a few values, e.g. 0x00 for Latin text or
0x04 for Cyrillic), UTF-8, UTF-8 with a few stray bytes (kept as UTF-8; the lines with the
stray bytes are reported), and Windows-1252 (what Excel writes in Belgium when it does not
write UTF-8). Windows-1252 is the fall-back because it decodes almost every byte: a file that
is neither shows odd characters rather than being refused.
"""

from __future__ import annotations

import codecs
import csv
from collections import Counter
from collections.abc import Iterator

DELIMITERS = (";", ",", "\t")
_SAMPLE_LINES = 30


def detect_encoding(data: bytes) -> str:
    """Return the Python codec name that decodes ``data``."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4000]
    if head and head.count(0) > len(head) // 4:
        # UTF-16 without a mark: ASCII text has a zero in every other byte.
        zeros_at_odd = head[1::2].count(0)
        return "utf-16-le" if zeros_at_odd >= head[0::2].count(0) else "utf-16-be"
    utf16 = _utf16_without_bom(head)  # text in other scripts: few zeros, but a pattern
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "utf-8" if _mostly_utf8(data) else "cp1252"
    return "utf-8"


def _utf16_without_bom(head: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when ``head`` has the byte pattern of UTF-16 text."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 8:
        return None
    for codec, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        common = sum(n for _, n in Counter(high).most_common(3))
        if common < 0.9 * len(high):
            continue
        try:
            text = head.decode(codec)
        except UnicodeDecodeError:
            text = head[:-2].decode(codec, errors="ignore")  # a pair cut at the end
        controls = sum(1 for c in text if c < " " and c not in "\t\r\n")
        if "\n" in text and controls == 0:
            return codec
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 but for a few stray bytes (more good characters than bad)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    return good > bad


def stray_bytes(data: bytes, encoding: str) -> dict[int, int]:
    """Return ``{line: count}`` of the bytes that are not ``encoding`` (UTF-8 only)."""
    if not encoding.startswith("utf-8"):
        return {}
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return {}  # the common case: one decode instead of one per line
    found: dict[int, int] = {}
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            found[number] = line.decode("utf-8", errors="replace").count("\ufffd")
    return found


def decode(data: bytes) -> tuple[str, str]:
    """Return ``data`` as text and the encoding used (``errors="replace"`` for stray bytes)."""
    encoding = detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text.lstrip("\ufeff"), encoding


def detect_delimiter(text: str) -> str:
    """Return the delimiter of CSV ``text``: tab, semicolon or comma.

    Tabs hardly ever occur in data, so a file in which half the lines hold one is
    tab-separated. Otherwise the delimiter is the one that splits most rows into the same
    number (two or more) of fields; counting happens outside quoted fields, so the comma in
    ``"Peeters, Jan"`` does not count.
    """
    lines = [line for line in _head(text).splitlines()[: _SAMPLE_LINES * 2] if line.strip()]
    if lines and sum(1 for line in lines if "\t" in line) * 2 >= len(lines):
        return "\t"
    best, best_score = ";", (0, 0)
    for delimiter in (";", ","):
        counts = [n for n in _field_counts(text, delimiter) if n > 1]
        if not counts:
            continue
        mode = max(set(counts), key=lambda n: (counts.count(n), n))
        score = (counts.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _head(text: str) -> str:
    """The start of ``text`` that holds its first lines (every line feed ends at least one)."""
    end = -1
    for _ in range(_SAMPLE_LINES * 2):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[: end + 1]


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` as ``io.StringIO(text)`` yields them, without copying it all."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def _field_counts(text: str, delimiter: str) -> list[int]:
    reader = csv.reader(_lines(text), delimiter=delimiter)
    counts: list[int] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                counts.append(len(row))
            if len(counts) >= _SAMPLE_LINES:
                break
    except csv.Error:
        return counts
    return counts
