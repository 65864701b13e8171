r"""Filter as you type at any size: a substring of a person's folded text, found by index.

A person matches a needle when its folding (:func:`~keet_desktop.domain.text.fold`) is a
substring of ``people.name_key``, ``people.email_key`` or ``people.organisation_key``; ``%``, ``_``
and ``\`` in it are plain characters. :func:`text_filter` decides how the database finds them:

* PostgreSQL: the planner serves the ``LIKE`` conditions from the GIN trigram index of
  migration 0016_trigram (``pg_trgm``) when it thinks that cheaper than reading the rows. For
  3+ characters, the people who match are first asked for, at most :data:`FEW` of them: when
  there are no more, the list looks only at them, by id (without that, a window of a list in
  name order may walk all people in that order looking for a rare match).
* SQLite: for 3+ characters, the FTS5 trigram table ``people_trgm`` is asked first. An event's
  list looks only at the people it gives when they are at most :data:`FEW` (by id), the people
  list starts from the table when they are at most :data:`MANY` (a phrase query with a
  ``LIMIT`` stops early). With more, an event's registrations or the people list's own order
  are cheaper to scan than that many people: the ``LIKE`` conditions alone, as for needles of
  1 or 2 characters (measured in ``tests/benchmarks/bench_filter.py``; the search-key table
  answers prefixes only, so it would change what is found).

The ``LIKE`` conditions always decide, so the set is the same whichever way is taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    column,
    or_,
    select,
    table,
    text,
)
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
        ids: The only people that can match (when few), or None.
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
    if len(needle) < TRIGRAM:
        return TextFilter(needle)
    if session.get_bind().dialect.name != "sqlite":
        found = tuple(session.scalars(select(Person.id).where(_like(needle)).limit(FEW + 1)))
        return TextFilter(needle, ids=found if len(found) <= FEW else None)
    if event:
        found = tuple(session.scalars(_CANDIDATES, {"phrase": phrase(needle), "limit": FEW + 1}))
        return TextFilter(needle, ids=found if len(found) <= FEW else None)
    count = session.scalar(_HOW_MANY, {"phrase": phrase(needle), "limit": MANY + 1}) or 0
    return TextFilter(needle, indexed=count <= MANY)


def like_escaped(needle: str) -> str:
    r"""The ``LIKE`` pattern (escape ``\``) of "contains ``needle``", its wildcards literal."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like(needle: str) -> ColumnElement[bool]:
    # In the SQL text, not a parameter: PostgreSQL then plans for this very pattern (a prepared
    # statement's generic plan may walk all people in name order for a rare one).
    pattern = bindparam(None, like_escaped(needle), String, literal_execute=True)
    return or_(
        Person.name_key.like(pattern, escape="\\"),
        Person.email_key.like(pattern, escape="\\"),
        Person.organisation_key.like(pattern, escape="\\"),
    )


def contains(
    search: TextFilter, person_id: InstrumentedAttribute[int]
) -> ColumnElement[bool] | None:
    """The condition on ``Person`` (and ``person_id``, the column joined to it), or None."""
    if not search.needle:
        return None
    condition = _like(search.needle)
    if search.ids is not None:
        return and_(person_id.in_(search.ids), condition)
    if search.indexed:
        match = _PEOPLE_TRGM.c.people_trgm.match(phrase(search.needle))
        return and_(person_id.in_(select(_PEOPLE_TRGM.c.rowid).where(match)), condition)
    return condition
