"""The organiser's main window: menus, toolbar, status bar and the pages.

Other features plug in through :meth:`MainWindow.add_page` (a view in the View menu and
toolbar) and the menus kept as attributes (``file_menu``, ``edit_menu``, ``view_menu``,
``event_menu``, ``help_menu``); :attr:`MainWindow.import_anchor`, :attr:`print_anchor` and
:attr:`desk_anchor` mark where import, print and check-in desk actions go.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from keet_desktop.domain.services import Services
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.dialogs.about_dialog import AboutDialog
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from keet_desktop.ui.pages.event_page import EventPage
from keet_desktop.ui.pages.events_page import EventsPage
from keet_desktop.ui.pages.people_page import PeoplePage
from keet_desktop.ui.settings import Settings
from keet_desktop.ui.widgets import ElidedLabel


class MainWindow(QMainWindow):
    """The organiser's window.

    Signals:
        page_changed(str): another page is shown (its name).
    """

    page_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        settings: Settings,
        app_events: AppEvents,
        language: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.app_events = app_events
        self.language = language
        self._pages: dict[str, QWidget] = {}
        self.features: object = None  # the features' wiring (ui/features.py), kept alive
        self._page_actions: dict[str, QAction] = {}
        self._build_ui()
        self._connect_signals()
        self._restore()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Keet Desktop"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.database_label = ElidedLabel(self.services.db.display_url())  # issue 18
        self.statusBar().addPermanentWidget(self.database_label)
        self._page_group = QActionGroup(self)
        self._build_menus()
        self.events_page = EventsPage(self.services, self.app_events)
        self.event_page = EventPage(self.services, self.app_events)
        self.people_page = PeoplePage(self.services, self.app_events)
        self.add_page("events", self.events_page, self.tr("Events"), "Ctrl+1")
        self.add_page("event", self.event_page, self.tr("Event"), "Ctrl+2")
        self.add_page("people", self.people_page, self.tr("People"), "Ctrl+3")
        for action in self.event_page.toolbar.actions():
            self.event_menu.addAction(action)
        self.event_menu.addSeparator()
        self.print_anchor = self.event_menu.addSeparator()
        self.desk_anchor = self.event_menu.addSeparator()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.event_menu = bar.addMenu(self.tr("E&vent"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.new_event_action = self._add(
            self.file_menu, self.tr("&New event…"), QKeySequence.StandardKey.New
        )
        self.file_menu.addSeparator()
        self.import_anchor = self.file_menu.addSeparator()
        self.preferences_action = self._add(
            self.file_menu, self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences
        )
        self.file_menu.addSeparator()
        self.quit_action = self._add(
            self.file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit
        )
        self.find_action = self._add(
            self.edit_menu, self.tr("&Find…"), QKeySequence.StandardKey.Find
        )
        self.refresh_action = self._add(
            self.view_menu, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh
        )
        self.view_menu.addSeparator()
        self.about_action = self._add(self.help_menu, self.tr("&About Keet Desktop"), None)
        self.toolbar.addAction(self.new_event_action)
        self.toolbar.addSeparator()

    def _add(
        self, menu: QMenu, text: str, shortcut: QKeySequence.StandardKey | str | None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        menu.addAction(action)
        return action

    def add_page(self, name: str, widget: QWidget, title: str, shortcut: str = "") -> QAction:
        """Add a page: a checkable entry in the View menu and the toolbar that shows it."""
        self._pages[name] = widget
        self.stack.addWidget(widget)
        action = QAction(title, self, checkable=True)
        action.setData(name)
        if shortcut:
            action.setShortcut(shortcut)
        self._page_group.addAction(action)
        self.view_menu.addAction(action)
        self.toolbar.addAction(action)
        self._page_actions[name] = action
        action.triggered.connect(self._on_page_action_triggered)
        status = getattr(widget, "status_message", None)
        if status is not None:
            status.connect(self._on_page_status_message)
        return action

    def _connect_signals(self) -> None:
        self.new_event_action.triggered.connect(self.new_event)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        self.about_action.triggered.connect(self.open_about)
        self.events_page.event_open_requested.connect(self.open_event)

    def _restore(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        state = self.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        self.restore_last_page()

    def restore_last_page(self) -> None:
        """Show the page that was shown when the app closed (the events list at first)."""
        last = self.settings.last_view
        self.show_page(last if last in self._pages and last != "event" else "events")

    def show_page(self, name: str) -> None:
        """Show the page called ``name``."""
        self.stack.setCurrentWidget(self._pages[name])
        self._page_actions[name].setChecked(True)
        self.event_menu.setEnabled(name == "event")
        self.page_changed.emit(name)

    def current_page(self) -> str:
        """The name of the shown page."""
        current = self.stack.currentWidget()
        return next(name for name, page in self._pages.items() if page is current)

    def current_event_id(self) -> int | None:
        """The id of the event on the event page, or None."""
        return self.event_page.event_id

    @Slot(bool)
    def _on_page_action_triggered(self, _checked: bool) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        self.show_page(str(action.data()))

    @Slot(str)
    def _on_page_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)

    @Slot(int)
    def open_event(self, event_id: int) -> None:
        """Show the page of an event."""
        self.event_page.show_event(event_id)
        self.show_page("event")

    @Slot()
    def new_event(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        room_id: int | None = None,
    ) -> None:
        """Open the editor for a new event (optionally at a time and room); show it once saved."""
        dialog = EventDialog(self.services, None, self)
        if start is not None and end is not None:
            dialog.preset(start, end, room_id)
        if dialog.exec() and dialog.saved_event_id is not None:
            self.app_events.publish(dialog.changes)
            self.statusBar().showMessage(self.tr("The event is saved."), 15_000)
            self.open_event(dialog.saved_event_id)

    @Slot()
    def open_preferences(self) -> None:
        """Open the preferences."""
        PreferencesDialog(self.settings, self.app_events, self.language, self).exec()

    @Slot()
    def open_about(self) -> None:
        """Show the About dialog."""
        AboutDialog(self.services.db.display_url(), self).exec()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        page = self.stack.currentWidget()
        if page is self.event_page:
            self.event_page.search_edit.setFocus()
        elif page is self.people_page:
            self.people_page.focus_search()
        else:
            self.show_page("events")
            self.events_page.focus_search()

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        self.app_events.database_replaced.emit()
        self.event_page.refresh()

    def save_state(self) -> None:
        """Remember geometry, toolbar state and the shown page."""
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_view = self.current_page()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window before closing."""
        self.save_state()
        super().closeEvent(event)
