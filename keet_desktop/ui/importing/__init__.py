"""Import and export windows: the registrations wizard, attendance import and export dialogs.

Standalone widgets; the main window opens them from its File menu.
"""

from keet_desktop.ui.importing.attendance_dialog import AttendanceImportDialog
from keet_desktop.ui.importing.export_dialog import ExportDialog
from keet_desktop.ui.importing.wizard import ImportRegistrationsWizard

__all__ = ["AttendanceImportDialog", "ExportDialog", "ImportRegistrationsWizard"]
