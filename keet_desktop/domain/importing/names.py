"""Split a full name into given and family name, keeping particles with the family name.

The rules, in order:

1. ``"Peeters, Jan"``: a comma separates family name (before) and given names (after).
2. A name in which some words are in capitals and others not (``"PEETERS Jan"``,
   ``"Jan VAN DEN BROECK"``) follows the official Belgian habit: the capitalised words are the
   family name. The words are kept as written.
3. A name that *starts* with a particle and has a word after the particle's family name
   (``"De Smet Ann"``, ``"Van den Broeck Jan"``) is read family name first, as lists sorted by
   family name and Belgian identity documents write it: family ``"De Smet"``, given ``"Ann"``.
Initials ("JP", "J.P.", "A.-M.") are given names, never a family name in capitals:
``"JP Peeters"`` → ``"JP"`` / ``"Peeters"``; ``"A.-M. De Smet"`` → ``"A.-M."`` / ``"De Smet"``.

4. Otherwise the last word is the family name, with the particles just before it
   (``"Jan Van den Broeck"`` → ``"Jan"`` / ``"Van den Broeck"``; ``"Anne Marie Peeters"`` →
   ``"Anne Marie"`` / ``"Peeters"``).

Rule 3 is a choice: "De Smet Ann" could be a given name "De" (rare), but a particle as the
first word almost always starts a family name in Flanders. A two-word name that starts with a
particle (``"De Smet"``) is all family name.
"""

from __future__ import annotations

PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "ter",
        "ten",
        "te",
        "vande",
        "vanden",
        "vander",
        "op",
        "in",
        "d'",
        "du",
        "des",
        "la",
        "le",
        "les",
        "von",
        "zu",
        "di",
        "da",
        "del",
        "della",
        "dos",
        "das",
        "do",
        "el",
        "al",
        "bin",
        "ben",
        "ibn",
        "abu",
        "mac",
        "st.",
    }
)


def is_particle(word: str) -> bool:
    """Whether ``word`` is a family-name particle ("van", "De", "der", "d'", ...)."""
    return word.casefold() in PARTICLES


def is_initials(word: str) -> bool:
    """Whether ``word`` is initials of given names ("JP", "J.P.", "A.-M."), not a particle."""
    letters = [c for c in word if c.isalpha()]
    return (
        0 < len(letters) <= 3
        and all(c.isupper() for c in letters)
        and all(c.isalpha() or c in ".-" for c in word)
        and (len(letters) < 3 or "." in word)
        and not is_particle(word)
    )


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not is_initials(word)


def split_full_name(full: str) -> tuple[str, str]:
    """Return ``(given, family)`` of a full name (see the module's rules)."""
    full = " ".join(full.split())
    if "," in full:
        family, _, given = full.partition(",")
        return " ".join(given.split()), family.strip()
    words = full.split(" ")
    if len(words) < 2:
        return "", full
    capitals = [_is_capitals(w) for w in words]
    if any(capitals) and not all(capitals):
        family_words = [w for w, cap in zip(words, capitals, strict=True) if cap]
        given_words = [w for w, cap in zip(words, capitals, strict=True) if not cap]
        return " ".join(given_words), " ".join(family_words)
    if is_particle(words[0]):
        end = 0
        while end < len(words) and is_particle(words[end]):
            end += 1
        if end + 1 < len(words):
            return " ".join(words[end + 1 :]), " ".join(words[: end + 1])
        return "", full
    start = len(words) - 1
    while start > 1 and is_particle(words[start - 1]):
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])
