"""Application-wide signals: a page that changed something says so; others refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


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
    """

    events_changed = Signal(int)
    registrations_changed = Signal(int)
    people_changed = Signal()
    checkins_changed = Signal(int)
    schedule_changed = Signal()
    database_replaced = Signal()
    language_changed = Signal(str)
