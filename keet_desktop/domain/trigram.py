r"""Filter as you type at any size: a substring of a person's folded text, found by index.

A person matches a needle when its folding (:func:`~keet_desktop.domain.text.fold`) is a
substring of ``people.name_key``, ``people.email_key`` or ``people.organisation_key``; ``%``, ``_``
and ``\`` in it are plain characters. :func:`text_filter` decides how the database finds them:

* PostgreSQL: the ``LIKE`` conditions alone; the planner serves them from the GIN trigram index
  of migration 0016_trigram (``pg_trgm``) when that is cheaper than reading the rows.
* SQLite: for 3+ characters, the FTS5 trigram table ``people_trgm`` is asked first for at most
  :data:`FEW` people (a phrase query stops early when it has them). When there are no more, the
  query looks only at those people by their ids (the ``LIKE`` still decides, so the set is
  exact). With more, a list's own order or an event's registrations are cheaper to scan than
  that many people: the ``LIKE`` conditions alone, as for needles of 1 or 2 characters (measured
  in ``tests/benchmarks/bench_filter.py``; the search-key table answers prefixes only, so it
  would change what is found).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, String, and_, column, or_, select, table, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from keet_desktop.domain.models import Person
from keet_desktop.domain.text import fold

TRIGRAM = 3  # the trigram index knows needles of this many characters and more
FEW = 5_000  # an event's list starts from this many candidates or fewer (else: its rows)
MANY = 200_000  # the people list starts from this many candidates or fewer (else: its order)
_PEOPLE_TRGM = table("people_trgm", column("rowid", Integer), column("people_trgm", String))
_CANDIDATES = text(
    "SELECT rowid FROM people_trgm WHERE people_trgm MATCH :phrase ORDER BY rowid LIMIT :limit"
)
_HOW_MANY = text(
    "SELECT count(*) FROM (SELECT rowid FROM people_trgm WHERE people_trgm MATCH :phrase"
    " LIMIT :limit)"
)


@dataclass(frozen=True)
class TextFilter:
    """What a list is filtered by: the folded needle and how the trigram index helps.

    Attributes:
        needle: The folded text ("" for no filter).
        ids: The only people that can match (SQLite, few), or None.
        indexed: Whether the trigram index gives the people (SQLite, not too many).
    """

    needle: str
    ids: tuple[int, ...] | None = None
    indexed: bool = False


def phrase(needle: str) -> str:
    """The FTS5 query of one phrase: the needle's trigrams one after the other, in one column."""
    return '"' + needle.replace('"', '""') + '"'


def text_filter(session: Session, typed: str, *, event: bool = False) -> TextFilter:
    """Return the filter for what was typed, asking the trigram index when it helps.

    Args:
        session: The session the list is read in.
        typed: What was typed.
        event: For an event's registrations (their own index is scanned rather than many
            people's ids), else for the people list.
    """
    needle = fold(typed)
    if len(needle) < TRIGRAM or session.get_bind().dialect.name != "sqlite":
        return TextFilter(needle)
    if event:
        found = tuple(session.scalars(_CANDIDATES, {"phrase": phrase(needle), "limit": FEW + 1}))
        return TextFilter(needle, ids=found if len(found) <= FEW else None)
    count = session.scalar(_HOW_MANY, {"phrase": phrase(needle), "limit": MANY + 1}) or 0
    return TextFilter(needle, indexed=count <= MANY)


def like_escaped(needle: str) -> str:
    r"""The ``LIKE`` pattern (escape ``\``) of "contains ``needle``", its wildcards literal."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(
    search: TextFilter, person_id: InstrumentedAttribute[int]
) -> ColumnElement[bool] | None:
    """The condition on ``Person`` (and ``person_id``, the column joined to it), or None."""
    if not search.needle:
        return None
    pattern = like_escaped(search.needle)
    condition = or_(
        Person.name_key.like(pattern, escape="\\"),
        Person.email_key.like(pattern, escape="\\"),
        Person.organisation_key.like(pattern, escape="\\"),
    )
    if search.ids is not None:
        return and_(person_id.in_(search.ids), condition)
    if search.indexed:
        match = _PEOPLE_TRGM.c.people_trgm.match(phrase(search.needle))
        return and_(person_id.in_(select(_PEOPLE_TRGM.c.rowid).where(match)), condition)
    return condition
