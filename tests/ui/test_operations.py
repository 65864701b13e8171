"""The one way to run an operation: off the GUI thread, errors shown one way, changes published."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import OperationalError

from keet_desktop.domain.changes import ALL, Changes
from keet_desktop.domain.errors import NotFoundError
from keet_desktop.ui import messages
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Latest, Operation, Query, wait_idle
from keet_desktop.ui.tasks import Task


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown(monkeypatch):
    """Every error shown the one way: (parent, exception)."""
    calls: list[tuple[object, Exception]] = []
    monkeypatch.setattr(messages, "show_error", lambda p, exc: calls.append((p, exc)))
    return calls


def test_an_operation_runs_off_the_gui_thread_and_publishes_its_changes(parent, shown):
    app_events = AppEvents()
    heard: list[tuple[str, object]] = []
    app_events.registrations_changed.connect(lambda i: heard.append(("registrations", i)))
    app_events.events_changed.connect(lambda i: heard.append(("events", i)))
    app_events.people_changed.connect(lambda: heard.append(("people", None)))
    results = []

    def work(value: int) -> tuple[int, bool]:
        return value * 2, threading.current_thread() is threading.main_thread()

    Operation(parent, work, 21).changes(
        lambda result: Changes.of(registrations=[result[0]], events=[5])
    ).success(results.append).run(app_events)
    assert results == []  # returned at once; the work comes back later
    assert wait_idle()
    assert results == [(42, False)]  # not on the GUI thread
    assert heard == [("events", 5), ("registrations", 42)]  # each once, nothing else
    assert shown == []


def test_a_refusal_is_shown_the_one_way_and_nothing_is_published(parent, shown):
    app_events = AppEvents()
    heard = []
    app_events.registrations_changed.connect(heard.append)

    def refuse() -> None:
        raise NotFoundError(what="event", key="id", value=7)

    done = []
    Operation(parent, refuse).changes(Changes.of(registrations=[7])).success(done.append).run(
        app_events
    )
    assert wait_idle()
    assert done == [] and heard == []
    [(where, exc)] = shown
    assert where is parent and isinstance(exc, NotFoundError)


def test_a_dialog_can_show_a_refusal_itself_but_database_errors_go_the_one_way(parent, shown):
    handled = []

    def at_field(exc: Exception) -> bool:
        handled.append(exc)
        return isinstance(exc, NotFoundError)

    def refuse() -> None:
        raise NotFoundError(what="person", key="id", value=1)

    def locked() -> None:
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    Query(parent, refuse).failure(at_field).run()
    Query(parent, locked).failure(at_field).run()
    assert wait_idle()
    assert len(handled) == 2
    assert [type(exc) for _p, exc in shown] == [OperationalError]


def test_only_the_newest_query_of_a_list_is_delivered(parent, shown):
    latest = Latest()
    release = threading.Event()
    delivered = []

    def slow(text: str) -> str:
        release.wait(5)
        return text

    Query(parent, slow, "h").latest(latest).success(delivered.append).run()
    Query(parent, slow, "he").latest(latest).success(delivered.append).run()
    Query(parent, slow, "hel").latest(latest).success(delivered.append).run()
    release.set()
    assert wait_idle()
    assert delivered == ["hel"]
    assert shown == []


def test_stop_cancels_long_work_and_publishes_nothing(parent, shown):
    app_events = AppEvents()
    heard = []
    app_events.people_changed.connect(lambda: heard.append("people"))
    started = threading.Event()
    reached = []

    def long_work(report, total: int) -> int:
        for done in range(total):
            started.set()
            report(done, total)
            reached.append(done)
            threading.Event().wait(0.002)
        return total

    operation = (
        Operation(parent, long_work, 10_000).progress("Importeren").changes(Changes.of(people=True))
    )
    task = operation.run(app_events)
    assert started.wait(5)
    task.cancel()  # what the progress dialog's Stop button does
    assert wait_idle()
    assert len(reached) < 10_000 and heard == [] and shown == []


def test_publishing_many_events_with_all_reloads_once():
    app_events = AppEvents()
    heard = []
    app_events.registrations_changed.connect(heard.append)
    app_events.publish(Changes.of(registrations=[3, ALL, 4]))
    app_events.publish(Changes())
    assert heard == [ALL]


def test_the_cancelled_task_reports_as_cancelled():
    task = Task(lambda report: report(0, 1))
    task.cancel()
    with pytest.raises(Task.Cancelled):
        task.report(0, 1)
