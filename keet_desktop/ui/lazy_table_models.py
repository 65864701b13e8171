"""Table models of big lists: an event's registrations, everyone in the database.

They count in SQL, fetch a window of rows at a time as the view scrolls
(``canFetchMore``/``fetchMore``) and sort and search in SQL: a view over 100,000 registrations
holds only the rows it has shown. Views use them directly (no sort proxy: a proxy would sort
only the fetched rows).
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush

from keet_desktop.domain.models import RegistrationStatus
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.paging import (
    PersonLine,
    PersonSort,
    Presence,
    RegistrationLine,
    RegistrationSort,
)
from keet_desktop.domain.text import fold
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.operations import Latest, Query
from keet_desktop.ui.table_models import MUTED, ROOT, WAITING, Index, Row, _TableModel


class LazyTableModel(_TableModel):
    """Rows fetched a window at a time, counted, sorted and searched by the database.

    Counting and fetching run as :class:`Query` on a worker thread: the GUI never waits for
    the database. Until the first answer the model keeps what it showed; a result that
    arrives after a newer reload started is dropped.

    Signals:
        loading_changed(bool): a reload started (True) or its answer arrived (False).
    """

    PAGE = 200
    loading_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._search = ""
        self._sort_column = 0
        self._descending = False
        self._latest = Latest()
        self._fetching = False
        self.loading = False

    @property
    def total(self) -> int:
        """How many rows match the search (loaded or not)."""
        return self._total

    def reload(self) -> None:
        """Count again and load the first window (on a worker thread)."""
        self._fetching = False
        self.loading = True
        self.loading_changed.emit(True)
        Query(self, self._first_window, self.PAGE).latest(self._latest).success(
            self._on_first_window
        ).failure(self._on_load_failed).run()

    def _first_window(self, page: int) -> tuple[int, list[Row]]:
        total = self._count()
        return total, (self._window(0, min(page, total)) if total else [])

    def _on_first_window(self, answer: tuple[int, list[Row]]) -> None:
        self.beginResetModel()
        self._total, self._rows = answer
        self.endResetModel()
        self.loading = False
        self.loading_changed.emit(False)

    def _on_load_failed(self, _exc: Exception) -> bool:
        self.loading = self._fetching = False
        self.loading_changed.emit(False)
        return False  # shown the one way

    def set_search(self, text: str) -> None:
        """Show only rows matching ``text``."""
        self._search = text
        self.reload()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        """Whether rows are left to fetch."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        """Fetch the next window of rows (on a worker thread; rows appear when they come)."""
        if parent.isValid() or self.loading or self._fetching:
            return
        self._fetching = True
        Query(self, self._more, len(self._rows), self.PAGE).latest(self._latest).success(
            self._on_more
        ).failure(self._on_load_failed).run()

    def _more(self, offset: int, limit: int) -> tuple[int, list[Row]]:
        """(worker) The window at ``offset``, with its offset."""
        return offset, self._window(offset, limit)

    def _on_more(self, answer: tuple[int, list[Row]]) -> None:
        offset, more = answer
        if offset != len(self._rows):  # not where the list ends now (it was reloaded)
            self._fetching = False
            return
        more = more[: self._total - len(self._rows)]
        if not more:  # fewer rows than counted (deleted meanwhile): stop asking
            self._total = len(self._rows)
            self._fetching = False
            return
        first = len(self._rows)
        self.beginInsertRows(ROOT, first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in SQL (on a worker thread) and start from the top."""
        if not 0 <= column < len(self.Column):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _count(self) -> int:
        raise NotImplementedError

    def _window(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError


class RegistrationsTableModel(LazyTableModel):
    """An event's registrations, fetched lazily (100,000 open in a blink)."""

    class Column(enum.IntEnum):
        """The columns."""

        NAME = 0
        ORGANISATION = 1
        EMAIL = 2
        STATUS = 3
        WAITLIST = 4
        REGISTERED_AT = 5
        CHECKED_IN = 6  # issue 10

    SORTS = {
        Column.NAME: RegistrationSort.NAME,
        Column.ORGANISATION: RegistrationSort.ORGANISATION,
        Column.EMAIL: RegistrationSort.EMAIL,
        Column.STATUS: RegistrationSort.STATUS,
        Column.WAITLIST: RegistrationSort.WAITLIST,
        Column.REGISTERED_AT: RegistrationSort.REGISTERED_AT,
        Column.CHECKED_IN: RegistrationSort.CHECKED_IN,
    }

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._event_id: int | None = None
        self._sort_column = self.Column.STATUS
        self.presence = Presence.ALL  # issue 10

    def set_presence(self, presence: Presence) -> None:
        """Issue 10: show everyone, only who arrived, or only who is still expected."""
        self.presence = presence
        self.reload()

    def set_event(self, event_id: int | None, search: str | None = None) -> None:
        """Show the registrations of ``event_id`` (matching ``search``, if given)."""
        self._event_id = event_id
        if search is not None:
            self._search = search
        self.reload()

    def _count(self) -> int:
        if self._event_id is None:
            return 0
        return self._services.registrations.count_for_event(
            self._event_id, self._search, self.presence
        )

    def _window(self, offset: int, limit: int) -> list[RegistrationLine]:
        if self._event_id is None:
            return []
        return self._services.registrations.window_for_event(
            self._event_id,
            offset,
            limit,
            sort=self.SORTS[self.Column(self._sort_column)],
            descending=self._descending,
            text=self._search,
            presence=self.presence,
        )

    def _header(self, column: Column) -> str:
        return {
            self.Column.NAME: self.tr("Name"),
            self.Column.ORGANISATION: self.tr("Organisation"),
            self.Column.EMAIL: self.tr("E-mail"),
            self.Column.STATUS: self.tr("Status"),
            self.Column.WAITLIST: self.tr("Place in line"),
            self.Column.REGISTERED_AT: self.tr("Registered at"),
            self.Column.CHECKED_IN: self.tr("Checked in"),
        }[column]

    def _text(self, row: RegistrationLine, column: Column) -> str:
        if column == self.Column.NAME:
            return row.name
        if column == self.Column.ORGANISATION:
            return row.organisation
        if column == self.Column.EMAIL:
            return row.email
        if column == self.Column.STATUS:
            return fmt.registration_status_label(row.status)
        if column == self.Column.WAITLIST:
            return "" if row.waitlist_position is None else fmt.number_text(row.waitlist_position)
        if column == self.Column.CHECKED_IN:
            if row.checked_in_at is None:
                return ""
            return self.tr("{time} · {desk}").format(
                time=fmt.datetime_text(row.checked_in_at), desk=row.checkin_desk
            )
        return fmt.datetime_text(row.registered_at)

    def _sort_key(self, row: RegistrationLine, column: Column) -> Any:
        if column == self.Column.WAITLIST:
            return row.waitlist_position or 0
        if column == self.Column.REGISTERED_AT:
            return row.registered_at.timestamp()
        if column == self.Column.CHECKED_IN:
            return row.checked_in_at.timestamp() if row.checked_in_at else float("inf")
        return fold(self._text(row, column))

    def _numeric(self, column: Column) -> bool:
        return column == self.Column.WAITLIST

    def _foreground(self, row: RegistrationLine) -> QBrush | None:
        if row.status is RegistrationStatus.CANCELLED:
            return MUTED
        return WAITING if row.status is RegistrationStatus.WAITLISTED else None


class PeopleTableModel(LazyTableModel):
    """Everyone in the database with their registration counts, fetched lazily."""

    class Column(enum.IntEnum):
        """The columns."""

        NAME = 0
        EMAIL = 1
        ORGANISATION = 2
        MUNICIPALITY = 3
        REGISTRATIONS = 4

    SORTS = {
        Column.NAME: PersonSort.NAME,
        Column.EMAIL: PersonSort.EMAIL,
        Column.ORGANISATION: PersonSort.ORGANISATION,
        Column.MUNICIPALITY: PersonSort.MUNICIPALITY,
        Column.REGISTRATIONS: PersonSort.REGISTRATIONS,
    }

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services

    def _count(self) -> int:
        return self._services.people.count(self._search)

    def _window(self, offset: int, limit: int) -> list[PersonLine]:
        return self._services.people.window(
            offset,
            limit,
            sort=self.SORTS[self.Column(self._sort_column)],
            descending=self._descending,
            text=self._search,
        )

    def _header(self, column: Column) -> str:
        return {
            self.Column.NAME: self.tr("Name"),
            self.Column.EMAIL: self.tr("E-mail"),
            self.Column.ORGANISATION: self.tr("Organisation"),
            self.Column.MUNICIPALITY: self.tr("Municipality"),
            self.Column.REGISTRATIONS: self.tr("Registrations"),
        }[column]

    def _text(self, row: PersonLine, column: Column) -> str:
        return {
            self.Column.NAME: row.full_name,
            self.Column.EMAIL: row.email,
            self.Column.ORGANISATION: row.organisation,
            self.Column.MUNICIPALITY: row.municipality,
            self.Column.REGISTRATIONS: fmt.number_text(row.registrations),
        }[column]

    def _sort_key(self, row: PersonLine, column: Column) -> Any:
        if column == self.Column.REGISTRATIONS:
            return row.registrations
        return fold(self._text(row, column))

    def _numeric(self, column: Column) -> bool:
        return column == self.Column.REGISTRATIONS
