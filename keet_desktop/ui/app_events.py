"""Application-wide signals: a page that changed something says so; others refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from keet_desktop.domain.changes import ALL, Changes


class AppEvents(QObject):
    """What changed in the data, for every page that shows it.

    Signals:
        events_changed(int): an event was created, changed or cancelled (its id; 0 for many).
        registrations_changed(int): registrations of this event changed.
        people_changed(): people were added, changed or merged.
        checkins_changed(int): check-ins of this event changed (this desk or another).
        schedule_changed(): venues, rooms, programmes or facilitators changed.
        database_replaced(): another database was opened; everything must reload.
        language_changed(str): the UI language changed (retranslate).
        changed(object): a :class:`Changes` was published (before the signals above).
    """

    events_changed = Signal(int)
    registrations_changed = Signal(int)
    people_changed = Signal()
    checkins_changed = Signal(int)
    schedule_changed = Signal()
    database_replaced = Signal()
    language_changed = Signal(str)
    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        """Tell every page what an action changed: each signal once, nothing when nothing.

        A set holding ``ALL`` is sent as ``ALL`` alone (one reload, not one per event).
        """
        if not changes:
            return
        self.changed.emit(changes)
        for event_id in _ids(changes.events):
            self.events_changed.emit(event_id)
        for event_id in _ids(changes.registrations):
            self.registrations_changed.emit(event_id)
        for event_id in _ids(changes.checkins):
            self.checkins_changed.emit(event_id)
        if changes.people:
            self.people_changed.emit()
        if changes.schedule:
            self.schedule_changed.emit()


def _ids(ids: frozenset[int]) -> list[int]:
    return [ALL] if ALL in ids else sorted(ids)
