"""Plugs the features into the organiser's window: timetable, programmes, printing.

Pages of features that need heavy libraries (reportlab for the agenda) are built the first
time they are shown, so the window opens fast.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QMenu, QToolButton, QVBoxLayout, QWidget

from keet_desktop.domain.services import Services
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.mail import install_mail
from keet_desktop.ui.main_window import MainWindow
from keet_desktop.ui.privacy.install import install_privacy
from keet_desktop.ui.reports import funder_menu_title, partners_menu_title, reports_title
from keet_desktop.ui.safety import SafetyActions
from keet_desktop.ui.settings import Settings


class LazyPage(QWidget):
    """A page whose real widget is made by ``factory`` when it is first shown."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.inner: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """Build the real widget now (if not yet) and return it."""
        if self.inner is None:
            self.inner = self._factory()
            self._layout.addWidget(self.inner)
        return self.inner

    def showEvent(self, event: QShowEvent) -> None:
        """Build the page on first show."""
        self.ensure()
        super().showEvent(event)


class Features(QObject):
    """The wiring of every feature into one main window (kept alive by the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._build_pages()
        self._build_print_menu()
        self._build_planning_actions()
        self._build_import_actions()
        self._build_desk_actions()
        self.privacy = install_privacy(window)  # issue 13
        self.desks: list[QWidget] = []  # open desk windows, kept alive
        self.mail = install_mail(window)  # issue 16: outbox page, status, settings, sender
        self.safety = SafetyActions(window)  # issue 11: File > Restore a backup…

    # -- schedule ---------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.timetable_page = LazyPage(self._make_timetable)
        self.window.add_page("timetable", self.timetable_page, self.tr("Timetable"), "Ctrl+4")
        self.programmes_page = LazyPage(self._make_programmes)
        self.window.add_page("programmes", self.programmes_page, self.tr("Programmes"), "Ctrl+5")
        self.reports_page = LazyPage(self._make_reports)  # issue 15
        self.window.add_page("reports", self.reports_page, reports_title())  # issue 15

    def _make_timetable(self) -> QWidget:
        from keet_desktop.ui.schedule.timetable import TimetableView

        window = self.window
        view = TimetableView(window.services, window.settings, window.app_events)
        view.edit_requested.connect(self._on_edit_requested)
        view.create_requested.connect(self._on_create_requested)
        return view

    def _make_programmes(self) -> QWidget:
        from keet_desktop.ui.schedule.programme_page import ProgrammePage

        window = self.window
        page = ProgrammePage(window.services, window.settings, window.app_events)
        page.edit_requested.connect(self._on_edit_requested)
        return page

    def _make_reports(self) -> QWidget:
        from keet_desktop.ui.reports.reports_page import ReportsPage

        return ReportsPage(self.window.services, self.window.app_events)

    def _build_planning_actions(self) -> None:
        menu = self.window.edit_menu
        menu.addSeparator()
        self.venues_action = QAction(self.tr("&Venues and rooms…"), self.window)
        self.facilitators_action = QAction(self.tr("&Facilitators…"), self.window)
        menu.addAction(self.venues_action)
        menu.addAction(self.facilitators_action)
        self.partners_action = QAction(partners_menu_title(), self.window)  # issue 15
        menu.addAction(self.partners_action)
        self.partners_action.triggered.connect(self._on_partners_action_triggered)
        self.funder_action = QAction(funder_menu_title(), self.window)  # issue 15
        menu.addAction(self.funder_action)
        self.funder_action.triggered.connect(self._on_funder_action_triggered)
        self.venues_action.triggered.connect(self._on_venues_action_triggered)
        self.facilitators_action.triggered.connect(self._on_facilitators_action_triggered)

    @Slot(int)
    def _on_edit_requested(self, event_id: int) -> None:
        from keet_desktop.ui.dialogs.event_dialog import EventDialog

        window = self.window
        dialog = EventDialog(window.services, window.services.events.get(event_id), window)
        if dialog.exec() and dialog.saved_event_id is not None:
            window.app_events.publish(dialog.changes)

    @Slot(object, object, object)
    def _on_create_requested(self, room_id: object, start: object, end: object) -> None:
        assert isinstance(start, datetime) and isinstance(end, datetime)
        room = room_id if isinstance(room_id, int) else None
        self.window.new_event(start=start, end=end, room_id=room)

    @Slot()
    def _on_partners_action_triggered(self) -> None:
        from keet_desktop.ui.reports.partners_dialog import PartnersDialog

        window = self.window
        if PartnersDialog(window.services, window.current_event_id(), window).exec():
            window.app_events.events_changed.emit(window.current_event_id() or 0)

    @Slot()
    def _on_funder_action_triggered(self) -> None:
        from keet_desktop.ui.reports.funder_dialog import FunderDetailsDialog

        window = self.window
        people = window.people_page.selected_people()
        if not people:
            window.show_page("people")
            return
        if FunderDetailsDialog(window.services, people[0].id, window).exec():
            window.app_events.people_changed.emit()

    @Slot()
    def _on_venues_action_triggered(self) -> None:
        from keet_desktop.ui.schedule.venues_dialog import VenuesDialog

        window = self.window
        VenuesDialog(window.services, window.settings, window.app_events, window).exec()

    @Slot()
    def _on_facilitators_action_triggered(self) -> None:
        from keet_desktop.ui.schedule.facilitators_dialog import FacilitatorsDialog

        window = self.window
        FacilitatorsDialog(window.services, window.settings, window.app_events, window).exec()

    # -- import and export ------------------------------------------------------------------
    def _build_import_actions(self) -> None:
        window = self.window
        self.import_action = QAction(self.tr("&Import registrations…"), window)
        self.import_action.setShortcut("Ctrl+I")
        self.attendance_action = QAction(self.tr("Import webinar &attendance…"), window)
        self.export_action = QAction(self.tr("&Export…"), window)
        for action in (self.import_action, self.attendance_action, self.export_action):
            window.file_menu.insertAction(window.import_anchor, action)
        window.event_page.add_action(self.attendance_action)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.attendance_action.triggered.connect(self._on_attendance_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        window.events_page.set_start_actions(  # issue 18: the first-start panel
            self.venues_action, window.new_event_action, self.import_action
        )

    def _shown_event_id(self) -> int | None:
        """The event on the event page when that page is shown, else None."""
        window = self.window
        return window.current_event_id() if window.current_page() == "event" else None

    @Slot()
    def _on_import_action_triggered(self) -> None:
        from keet_desktop.ui.importing import ImportRegistrationsWizard

        window = self.window
        wizard = ImportRegistrationsWizard(
            window.services, window.settings, window.app_events, self._shown_event_id(), window
        )
        wizard.exec()

    @Slot()
    def _on_attendance_action_triggered(self) -> None:
        from keet_desktop.ui import messages
        from keet_desktop.ui.importing import AttendanceImportDialog

        window = self.window
        event_id = self._shown_event_id()
        if event_id is None:
            messages.inform(
                window,
                self.tr("Import webinar attendance"),
                self.tr("Open the webinar first (double-click it in the list of events)."),
            )
            return
        AttendanceImportDialog(window.services, window.app_events, event_id, window).exec()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        from keet_desktop.ui.importing import ExportDialog

        window = self.window
        ExportDialog(window.services, self._shown_event_id(), window).exec()

    # -- check-in desk ----------------------------------------------------------------------
    def _build_desk_actions(self) -> None:
        window = self.window
        self.desk_action = QAction(self.tr("Open check-in &desk…"), window)
        self.desk_action.setShortcut("Ctrl+D")
        window.event_menu.insertAction(window.desk_anchor, self.desk_action)
        window.event_page.add_action(self.desk_action, first=True)  # issue 18: never behind »
        self.desk_action.triggered.connect(self._on_desk_action_triggered)
        self.scan_log_action = QAction(self.tr("&Scan log…"), window)
        window.event_menu.insertAction(window.desk_anchor, self.scan_log_action)
        self.scan_log_action.triggered.connect(self._on_scan_log_action_triggered)

    @Slot()
    def _on_scan_log_action_triggered(self) -> None:
        from keet_desktop.ui.desk.scan_log_dialog import ScanLogDialog

        event_id = self.window.current_event_id()
        if event_id is not None:
            ScanLogDialog(self.window.services, event_id, self.window).exec()

    @Slot()
    def _on_desk_action_triggered(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from keet_desktop.ui.desk.settings import DeskSettings

        window = self.window
        event_id = window.current_event_id()
        if event_id is None:
            return
        desk_settings = DeskSettings(window.settings.qsettings)
        name, accepted = QInputDialog.getText(
            window,
            self.tr("Open check-in desk"),
            self.tr("Name of this desk (shown and recorded with every check-in):"),
            text=desk_settings.desk_name or self.tr("Desk 1"),
        )
        if accepted and name.strip():
            self.open_desk(event_id, name.strip())

    def open_desk(self, event_id: int, desk_name: str) -> QWidget:
        """Open a desk window for ``event_id`` (kept alive while it is open)."""
        from keet_desktop.ui.desk.settings import DeskSettings

        window = self.window
        DeskSettings(window.settings.qsettings).desk_name = desk_name
        desk = launch_desk(window.services, window.settings, window.app_events, event_id, desk_name)
        self.desks = [d for d in self.desks if d.isVisible()] + [desk]
        return desk

    # -- printing ---------------------------------------------------------------------------
    def _build_print_menu(self) -> None:
        window = self.window
        self.print_menu = QMenu(self.tr("&Print"), window)
        labels = {
            "badges": self.tr("&Badges…"),
            "tickets": self.tr("&Tickets…"),
            "checkin-sheet": self.tr("&Check-in sheet…"),
            "attendance": self.tr("&Attendance list…"),
            "attendee-list": self.tr("Attendee &list…"),
        }
        self.print_actions: dict[str, QAction] = {}
        for kind in labels:
            action = QAction(labels[kind], window)
            action.setData(kind)
            action.triggered.connect(self._on_print_action_triggered)
            self.print_menu.addAction(action)
            self.print_actions[kind] = action
        self.print_menu_action = self.print_menu.menuAction()
        window.event_menu.insertMenu(window.print_anchor, self.print_menu)
        window.event_page.add_action(self.print_menu_action)
        button = window.event_page.toolbar.widgetForAction(self.print_menu_action)
        if isinstance(button, QToolButton):  # a click opens the list of documents
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    @Slot()
    def _on_print_action_triggered(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        self.open_print_preview(str(action.data()))

    def open_print_preview(self, kind: str) -> None:
        """Open the preview of a document of the shown event."""
        from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog

        event_id = self.window.current_event_id()
        if event_id is None:
            return
        window = self.window
        PrintPreviewDialog(window.services, window.settings, event_id, kind, window).exec()


def launch_desk(
    services: Services, settings: Settings, app_events: AppEvents, event_id: int, desk_name: str
) -> QWidget:
    """Open the check-in desk of an event in its own window, with badge printing attached."""
    from keet_desktop.ui.desk import open_desk
    from keet_desktop.ui.desk.badge_printing import attach_badge_printing

    desk = open_desk(services, settings, app_events, event_id, desk_name)
    attach_badge_printing(desk, services, settings)
    return desk


def install_features(window: MainWindow) -> Features:
    """Wire every feature into ``window``."""
    return Features(window)
