"""What a user action changed, small enough to publish: pages refresh only what it names.

A service (or the GUI operation that calls it) describes its effect with :class:`Changes`;
the GUI publishes it through its one ``AppEvents`` object. ``ALL`` (0) in an id set means
"many or unknown": every page showing that kind of data reloads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

ALL = 0


@dataclass(frozen=True)
class Changes:
    """The data a user action changed.

    Attributes:
        events: Events whose details changed (created, edited, cancelled).
        registrations: Events whose registrations changed.
        checkins: Events whose check-ins changed.
        people: Whether people were added, changed or merged.
        schedule: Whether venues, rooms, programmes or facilitators changed.
    """

    events: frozenset[int] = field(default_factory=frozenset)
    registrations: frozenset[int] = field(default_factory=frozenset)
    checkins: frozenset[int] = field(default_factory=frozenset)
    people: bool = False
    schedule: bool = False

    @classmethod
    def of(
        cls,
        *,
        events: Iterable[int] = (),
        registrations: Iterable[int] = (),
        checkins: Iterable[int] = (),
        people: bool = False,
        schedule: bool = False,
    ) -> Changes:
        """Build a description from any iterables of event ids."""
        return cls(
            frozenset(events), frozenset(registrations), frozenset(checkins), people, schedule
        )

    def __or__(self, other: Changes) -> Changes:
        """Both changes together."""
        return Changes(
            self.events | other.events,
            self.registrations | other.registrations,
            self.checkins | other.checkins,
            self.people or other.people,
            self.schedule or other.schedule,
        )

    def __bool__(self) -> bool:
        """Whether anything changed."""
        return bool(
            self.events or self.registrations or self.checkins or self.people or self.schedule
        )


NOTHING = Changes()
