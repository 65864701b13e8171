"""The organiser's scan log: refused scans and undone check-ins, sorted, filtered, in Dutch."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from keet_desktop.domain.services.checkin_log import NOT_A_CODE, RefusedScan
from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.ui.desk.scan_log_dialog import (
    RefusedColumn,
    RefusedScansModel,
    ScanLogDialog,
    UndoneCheckinsModel,
    UndoneColumn,
)
from tests.checkin_helpers import event_today, register
from tests.factories import future, make_event


@pytest.fixture
def event(sqlite_services):
    services = sqlite_services
    event = event_today(services)
    other = make_event(services, title="Repair Café", starts_at=future(days=5))
    reg, code = register(services, event, "Hélène", "Dubois")
    _other, other_code = register(services, other, "Jan", "Smet")
    services.checkin.scan(code, event, "Balie 1")
    services.checkin.scan(code, event, "Balie 2")
    services.checkin.scan("\x1b[2J", event, "Balie 1")
    services.checkin.scan(other_code, event, "Balie 2")
    services.checkin.undo(registration_id=reg, reason="verkeerde persoon", by="Balie 1")
    return event


def texts(view, column):
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_dialog_lists_refused_scans_newest_first_in_dutch(
    qtbot, translators, sqlite_services, event
):
    dialog = ScanLogDialog(sqlite_services, event)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.refused_view
    assert texts(view, RefusedColumn.OUTCOME) == [
        "Ticket voor een andere activiteit",
        "Geen ticketcode",
        "Al ingecheckt",
    ]
    assert texts(view, RefusedColumn.DESK) == ["Balie 2", "Balie 1", "Balie 2"]
    assert texts(view, RefusedColumn.CODE)[1] == "\\x1b[2J"
    assert texts(view, RefusedColumn.DETAIL)[0] == "Repair Café"
    assert dialog.windowTitle() == "Scanlogboek – Netwerkavond circulair"
    assert dialog.tabs.tabText(0) == "Geweigerde scans (3)"
    assert dialog.tabs.tabText(1) == "Ongedaan gemaakte check-ins (1)"
    header = view.model().headerData(RefusedColumn.OUTCOME, Qt.Orientation.Horizontal)
    assert header == "Geweigerd omdat"
    view.sortByColumn(RefusedColumn.DESK, Qt.SortOrder.AscendingOrder)
    assert texts(view, RefusedColumn.DESK) == ["Balie 1", "Balie 2", "Balie 2"]


def test_the_filter_narrows_both_tabs(qtbot, translators, sqlite_services, event):
    dialog = ScanLogDialog(sqlite_services, event)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.filter, "balie 1")
    assert texts(dialog.refused_view, RefusedColumn.OUTCOME) == ["Geen ticketcode"]
    assert dialog.tabs.tabText(0) == "Geweigerde scans (1)"
    assert texts(dialog.undone_view, UndoneColumn.NAME) == ["Hélène Dubois"]
    dialog.filter.clear()
    QTest.keyClicks(dialog.filter, "andere activiteit")
    assert texts(dialog.refused_view, RefusedColumn.DESK) == ["Balie 2"]
    assert dialog.undone_proxy.rowCount() == 0


def test_undone_checkins_say_who_undid_what_and_why(qtbot, translators, sqlite_services, event):
    dialog = ScanLogDialog(sqlite_services, event)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    view = dialog.undone_view
    assert texts(view, UndoneColumn.NAME) == ["Hélène Dubois"]
    assert texts(view, UndoneColumn.UNDONE_BY) == ["Balie 1"]
    assert texts(view, UndoneColumn.REASON) == ["verkeerde persoon"]
    assert texts(view, UndoneColumn.DESK) == ["Balie 1"]


def test_an_empty_log_says_so(qtbot, translators, sqlite_services):
    dialog = ScanLogDialog(sqlite_services, event_today(sqlite_services))
    qtbot.addWidget(dialog)
    assert dialog.refused_proxy.rowCount() == 0
    assert "geen geweigerde scans" in dialog.summary.text()


def test_times_are_shown_in_brussels_time_to_the_second(translators):
    model = RefusedScansModel()
    summer = datetime(2026, 7, 1, 7, 7, 5, tzinfo=UTC)
    winter = datetime(2026, 12, 1, 7, 7, 5, tzinfo=UTC)
    model.set_rows([RefusedScan(moment, "B", "X", NOT_A_CODE, "") for moment in (summer, winter)])
    assert model.index(0, RefusedColumn.TIME).data() == "1/07/2026 09:07:05"
    assert model.index(1, RefusedColumn.TIME).data() == "1/12/2026 08:07:05"
    assert model.index(0, RefusedColumn.OUTCOME).data() == "Geen ticketcode"


def test_the_models_pass_the_model_tester(qtmodeltester, sqlite_services, event):
    refused = RefusedScansModel()
    refused.set_rows(sqlite_services.checkin.refused_scans(event))
    qtmodeltester.check(refused)
    undone = UndoneCheckinsModel()
    undone.set_rows(sqlite_services.checkin.undone_checkins(event))
    qtmodeltester.check(undone)
    assert refused.index(0, RefusedColumn.OUTCOME).data(Qt.ItemDataRole.UserRole)
    assert refused.row_at(0).outcome == Outcome.OTHER_EVENT
