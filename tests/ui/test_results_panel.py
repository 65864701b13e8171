"""The Results tab at programme size: read on a worker, a model that sorts by ready-made keys."""

from __future__ import annotations

import threading

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from keet_desktop.domain.services.results import ParticipantResult
from keet_desktop.ui.reports.models import ResultsTableModel
from keet_desktop.ui.reports.results_panel import ResultsPanel
from tests.domain.test_programme_results import build_programme
from tests.ui.organiser_helpers import settle


def _panel(qtbot, services, *, show: bool = True) -> ResultsPanel:
    panel = ResultsPanel(services)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    if show:
        panel.show()
    return panel


def test_results_load_on_a_worker_with_a_loading_state(qtbot, services, translators, monkeypatch):
    ids = build_programme(services)
    threads: list[bool] = []
    read = services.results.results

    def recorded(programme_id: int):
        threads.append(threading.current_thread() is threading.main_thread())
        return read(programme_id)

    monkeypatch.setattr(services.results, "results", recorded)
    panel = _panel(qtbot, services)
    panel.show_programme(ids["programme"])
    assert panel.loading and panel.summary_label.text() == "Laden…"
    assert panel.model.rowCount() == 0 and not panel.certificates_button.isEnabled()
    settle()
    assert threads == [False]  # read off the GUI thread
    assert not panel.loading and panel.model.rowCount() == 2
    assert panel.summary_label.text().startswith("1 van 2 deelnemers")
    assert panel.rule_button.isEnabled() and panel.certificates_button.isEnabled()


def test_a_load_for_a_programme_no_longer_shown_is_dropped(qtbot, sqlite_services):
    ids = build_programme(sqlite_services)
    panel = _panel(qtbot, sqlite_services)
    panel.show_programme(ids["programme"])
    panel.show_programme(None)  # another programme was chosen before the answer came
    settle()
    assert panel.model.rowCount() == 0 and panel.results is None
    assert panel.summary_label.text() == "" and not panel.rule_button.isEnabled()
    panel.show_programme(ids["programme"])
    panel.show_programme(ids["programme"])  # asked twice: the newest answer is shown once
    settle()
    assert panel.model.rowCount() == 2 and panel.results is not None


def test_columns_are_sized_once_the_hidden_tab_is_shown(qtbot, sqlite_services):
    ids = build_programme(sqlite_services)
    panel = _panel(qtbot, sqlite_services, show=False)
    panel.show_programme(ids["programme"])
    settle()
    header = panel.view.horizontalHeader()
    assert header.resizeContentsPrecision() == 0  # only the rows on screen are measured
    assert panel._resize_pending
    assert header.sectionSize(0) == header.defaultSectionSize()  # not measured while hidden
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel._resize_pending
    wanted = max(panel.view.sizeHintForColumn(0), header.sectionSizeHint(0))
    assert header.sectionSize(0) == wanted != header.defaultSectionSize()


def _rows(count: int) -> list[ParticipantResult]:
    # The service's order is by family name: "Z…" first here, so the name column sorts by it.
    return [
        ParticipantResult(n, f"Z{count - n:05d} Naam{n:05d}", n % 5, 4, (n * 7) % 13, n % 3 == 0)
        for n in range(count)
    ]


def test_the_model_sorts_by_ready_made_keys_and_keeps_the_selection(qtbot, qtmodeltester):
    model = ResultsTableModel()
    model.set_rows(_rows(500))
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    chosen = model.index(123, 0).data()
    view.selectionModel().select(
        model.index(123, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(ResultsTableModel.Column.HOURS, Qt.SortOrder.DescendingOrder)
    hours = [model.row(r).hours for r in range(model.rowCount())]
    assert hours == sorted(hours, reverse=True)
    selected = view.selectionModel().selectedRows()
    assert [model.index(i.row(), 0).data() for i in selected] == [chosen]  # followed its row
    view.sortByColumn(ResultsTableModel.Column.NAME, Qt.SortOrder.AscendingOrder)
    assert [model.row(r).person_id for r in range(3)] == [0, 1, 2]  # the service's order
    model.set_rows(_rows(10))  # new rows come in the current sort order
    assert model.index(0, 0).data() == "Z00010 Naam00000"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == 0
    qtmodeltester.check(model)
