"""The windows name roles and statuses with the domain's one table, in the one translation."""

from __future__ import annotations

from keet_desktop.domain import labels
from keet_desktop.domain.models import EventKind, EventStatus, RegistrationStatus, Role
from keet_desktop.i18n import translator
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.dialogs.registration_dialog import RegistrationDialog
from tests.factories import make_event


def test_the_gui_says_what_printing_and_the_command_line_say(translators, sqlite_services, qtbot):
    for language in ("nl", "en"):
        translators.install(language)
        words = translator(language)
        assert [fmt.role_label(r) for r in Role] == [labels.role_label(r, words) for r in Role]
        assert [fmt.registration_status_label(s) for s in RegistrationStatus] == [
            labels.registration_status_label(s, words) for s in RegistrationStatus
        ]
        assert [fmt.kind_label(k) for k in EventKind] == [
            labels.kind_label(k, words) for k in EventKind
        ]
        assert [fmt.event_status_label(s) for s in EventStatus] == [
            labels.event_status_label(s, words) for s in EventStatus
        ]
    translators.install("nl")
    assert fmt.registration_status_label(RegistrationStatus.WAITLISTED) == "Wachtlijst"
    dialog = RegistrationDialog(sqlite_services, make_event(sqlite_services))
    qtbot.addWidget(dialog)
    combo = dialog.role_combo
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "Deelnemer", "Begeleider", "Partner", "Medewerker"
    ]  # fmt: skip
    assert [combo.itemData(n) for n in range(combo.count())] == [r.value for r in Role]
