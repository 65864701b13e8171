"""The check-in desk: a window (or page) made for the door of an event."""

from __future__ import annotations

from keet_desktop.domain.services import Services
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.desk.desk_window import DeskWindow
from keet_desktop.ui.settings import Settings

__all__ = ["DeskWindow", "open_desk"]


def open_desk(
    services: Services, settings: Settings, app_events: AppEvents, event_id: int, desk_name: str
) -> DeskWindow:
    """Open the desk of ``event_id`` as its own window, maximised, and return it.

    For ``keet-desktop --desk --event ID --desk-name "Balie 1"``; the caller keeps a reference.
    """
    window = DeskWindow(services, settings, app_events, event_id, desk_name)
    window.showMaximized()
    window.raise_()
    window.activateWindow()
    return window
