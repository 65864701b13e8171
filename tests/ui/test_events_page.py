"""The events list: loaded off the GUI thread, sorted by its model, refreshed row by row."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from keet_desktop.domain.changes import Changes
from keet_desktop.domain.services.events import EventService
from keet_desktop.ui.pages.events_page import EventsPage
from keet_desktop.ui.table_models import EventsFilterProxy, EventsTableModel, IdRole
from tests.factories import future, make_event, person
from tests.ui.organiser_helpers import settle

Column = EventsTableModel.Column


def _event(services, title: str, days: int, people: int) -> int:
    start = future(days)
    event_id = make_event(
        services, title=title, starts_at=start, ends_at=start + timedelta(hours=2), capacity=None
    )
    for n in range(people):
        services.registrations.register(event_id, person(f"P{n}", title))
    return event_id


@pytest.fixture
def three(services):
    """Three upcoming events, in date order, with 1, 3 and 2 registrations."""
    return [
        _event(services, "Eerste", 3, 1),
        _event(services, "Tweede", 5, 3),
        _event(services, "Derde", 9, 2),
    ]


@pytest.fixture
def page(qtbot, translators, services, app_events):
    widget = EventsPage(services, app_events)
    qtbot.addWidget(widget)
    widget.show()
    settle()
    return widget


def _titles(proxy) -> list[str]:
    column = Column.TITLE
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_model_sorts_and_the_selection_follows_a_moved_row(qtmodeltester, services, three):
    model = EventsTableModel()
    proxy = EventsFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(services.events.list_events())
    proxy.sort(Column.REGISTERED, Qt.SortOrder.DescendingOrder)
    assert _titles(proxy) == ["Tweede", "Derde", "Eerste"]
    assert proxy.sortColumn() == -1  # the proxy never sorts itself
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    selection = QItemSelectionModel(proxy)
    selection.select(
        proxy.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    for n in range(4):  # "Eerste" now has the most registrations
        services.registrations.register(three[0], person(f"Extra{n}", "Eerste"))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.update_rows(services.events.list_events())
    assert resets == []
    assert _titles(proxy) == ["Eerste", "Tweede", "Derde"]
    [selected] = selection.selectedRows()
    assert selected.row() == 0 and selected.data(IdRole) == three[0]
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["Eerste", "Tweede", "Derde"]
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == ["Derde", "Eerste", "Tweede"]


def test_equal_keys_keep_the_date_order(services, three):
    model = EventsTableModel()
    model.set_rows(services.events.list_events())
    model.sort(Column.KIND, Qt.SortOrder.AscendingOrder)  # all workshops
    assert [model.row(r).id for r in range(3)] == three
    model.sort(Column.KIND, Qt.SortOrder.DescendingOrder)
    assert [model.row(r).id for r in range(3)] == three


def test_the_page_loads_off_the_gui_thread(qtbot, services, app_events, monkeypatch):
    threads = []
    for name in ("list_events", "has_events"):
        original = getattr(EventService, name)

        def spy(self, *args, _original=original, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(EventService, name, spy)
    widget = EventsPage(services, app_events)
    qtbot.addWidget(widget)
    widget.show()
    settle()
    assert widget.start_panel.isVisible()  # an empty database: asked on the worker too
    event_id = _event(services, "Eerste", 3, 1)
    app_events.publish(Changes.of(events=[event_id]))
    settle()
    assert _titles(widget.proxy) == ["Eerste"]
    assert len(threads) == 3 and not any(threads)


def test_the_page_shows_changed_counts_and_keeps_the_sort(three, page, services, app_events):
    page.table.sortByColumn(Column.REGISTERED, Qt.SortOrder.DescendingOrder)
    assert _titles(page.proxy) == ["Tweede", "Derde", "Eerste"]
    page.select_event(three[2])
    for n in range(3):
        services.registrations.register(three[2], person(f"Laat{n}", "Derde"))
    app_events.publish(Changes.of(registrations=[three[2]]))
    settle()
    assert _titles(page.proxy) == ["Derde", "Tweede", "Eerste"]
    assert page.proxy.index(0, Column.REGISTERED).data().startswith("5")
    assert page.selected_event_id() == three[2]
    assert page.count_label.text() == "3 activiteiten"


def test_an_empty_database_shows_the_start_panel_until_an_event_exists(page, services, app_events):
    assert page.start_panel.isVisible() and not page.table.isVisible()
    event_id = _event(services, "Nieuw", 4, 0)
    app_events.publish(Changes.of(events=[event_id]))
    settle()
    assert not page.start_panel.isVisible() and page.table.isVisible()
    assert _titles(page.proxy) == ["Nieuw"]
    assert page.table.columnWidth(Column.DATE) > page.fontMetrics().horizontalAdvance("1/1/2026")
