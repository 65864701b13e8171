"""Issue 18: every dialog of the organiser's window usable on a 1024x600 screen, text not cut."""

from __future__ import annotations

import pytest

from keet_desktop.printing.documents import DocumentKind
from keet_desktop.ui.dialogs.event_dialog import EventDialog
from keet_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from keet_desktop.ui.dialogs.registration_dialog import RegistrationDialog
from keet_desktop.ui.dialogs.room_dialog import NewRoomDialog
from keet_desktop.ui.importing import (
    AttendanceImportDialog,
    ExportDialog,
    ImportRegistrationsWizard,
)
from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
from tests.factories import make_event, person
from tests.ui.test_i18_small_screens import clipped_labels


def _dialogs(services, settings, app_events, event_id):
    return {
        "event editor": lambda: EventDialog(services, services.events.get(event_id)),
        "new room": lambda: NewRoomDialog(services),
        "registration": lambda: RegistrationDialog(services, event_id),
        "preferences": lambda: PreferencesDialog(settings, app_events, "nl"),
        "import": lambda: ImportRegistrationsWizard(services, settings, app_events, event_id),
        "export": lambda: ExportDialog(services, event_id),
        "attendance": lambda: AttendanceImportDialog(services, app_events, event_id),
        "print": lambda: PrintPreviewDialog(services, settings, event_id, DocumentKind.BADGES),
    }


NAMES = [
    "event editor", "new room", "registration", "preferences", "import", "export", "attendance",
    "print",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1366, 700)])
def test_the_dialog_fits_the_screen_and_cuts_no_text(
    qtbot, translators, sqlite_services, settings, app_events, name, width, height
):
    event_id = make_event(sqlite_services, title="Repair Café")
    sqlite_services.registrations.register(event_id, person())
    dialog = _dialogs(sqlite_services, settings, app_events, event_id)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    if isinstance(dialog, PrintPreviewDialog):
        qtbot.waitUntil(lambda: dialog.current_pdf() is not None, timeout=5000)
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    # the window frame and a task bar take about 60 pixels of the screen's height
    assert least.width() <= width and least.height() <= height - 60, (name, least)
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height - 60))
    qtbot.wait(10)
    assert clipped_labels(dialog) == []
    dialog.reject()
