"""Table models of the organiser's window.

Small lists (events, one person's registrations) are loaded whole with ``set_rows()`` and
sorted and filtered by a QSortFilterProxyModel. Big lists (an event's registrations, everyone
in the database) are in :mod:`keet_desktop.ui.lazy_table_models`.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from keet_desktop.domain.models import Event, EventKind, EventStatus, Registration
from keet_desktop.domain.models import RegistrationStatus as Status
from keet_desktop.domain.services.events import EventSummary
from keet_desktop.domain.text import fold
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import palette

Index = QModelIndex | QPersistentModelIndex
MUTED = QBrush(QColor(palette.MUTED))  # cancelled things (the status column says so too)
WAITING = QBrush(QColor(palette.WAITING))  # the waiting list
ROOT = QModelIndex()
SortRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1
Row = Any
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_SORT = int(SortRole)
_ID = int(IdRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _SORT, _ID, _ALIGNMENT, int(Qt.ItemDataRole.ForegroundRole)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _TableModel(QAbstractTableModel):
    """Rows of one type; subclasses give the columns' headers, texts and sort keys."""

    Column: type[enum.IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = ROOT) -> int:
        """Number of rows (none under a row: this is a table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(self.Column)

    def row(self, number: int) -> Row:
        """The row object at ``number``."""
        return self._rows[number]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.Column):
            return self._header(self.Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort key (UserRole) and id (UserRole + 1) of a cell."""
        # A view asks for a dozen roles per painted cell; the ones not answered return at once
        # (no row, no column looked up): this runs thousands of times per repaint.
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if number >= len(self._rows):
            return None
        row = self._rows[number]
        if role == _DISPLAY:
            return self._text(row, self.Column(index.column()))
        if role == _SORT:
            return self._sort_key(row, self.Column(index.column()))
        if role == _ID:
            return getattr(row, "id", None)
        if role == _ALIGNMENT:
            return _RIGHT if self._numeric(self.Column(index.column())) else None
        return self._foreground(row)  # ForegroundRole

    def _foreground(self, _row: Any) -> QBrush | None:
        return None

    def _header(self, column: Any) -> str:
        raise NotImplementedError

    def _text(self, row: Row, column: Any) -> str:
        raise NotImplementedError

    def _sort_key(self, row: Row, column: Any) -> Any:
        return self._text(row, column)

    def _numeric(self, _column: Any) -> bool:
        return False


class EventsTableModel(_TableModel):
    """Events with their counts (two years of a hub's events: a few thousand, loaded whole).

    The model sorts itself (:meth:`sort`, a Python sort on each row's key): a sorting
    proxy would ask ``data()`` for two keys per comparison, ten thousand calls for 900
    events, on the GUI thread. :class:`EventsFilterProxy` filters and passes sorting on.
    Equal keys keep the service's order (start, then id), as the proxy's stable sort did.
    """

    class Column(enum.IntEnum):
        """The columns."""

        DATE = 0
        TIME = 1
        KIND = 2
        TITLE = 3
        PLACE = 4
        REGISTERED = 5
        WAITLIST = 6
        STATUS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._loaded: list[EventSummary] = []  # in the service's order
        self._sort_column: int | None = None  # None: the service's order
        self._descending = False
        self._texts: dict[tuple[int, int], str] = {}  # (event id, column) -> display text

    def set_rows(self, rows: Sequence[EventSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._loaded = list(rows)
        self._texts.clear()
        self._rows = self._ordered()
        self.endResetModel()

    def update_rows(self, rows: Sequence[EventSummary]) -> None:
        """Show ``rows``; when the same events come back, announce only the changed ones.

        After a registration changes, one event's counts differ: one row is updated (and
        moved, if the list is sorted by what changed) instead of resetting the whole list.
        """
        if [r.id for r in rows] != [r.id for r in self._loaded]:
            self.set_rows(rows)
            return
        changed = {new.id: new for old, new in zip(self._loaded, rows, strict=True) if old != new}
        if not changed:
            return
        self._loaded = list(rows)
        last = self.columnCount() - 1
        for number, row in enumerate(self._rows):
            if row.id in changed:
                self._rows[number] = changed[row.id]
                for column in range(last + 1):
                    self._texts.pop((row.id, column), None)
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
        if self._sort_column is not None:
            self._reorder()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: the service's order), keeping selections on their rows."""
        self._sort_column = column if 0 <= column < len(self.Column) else None
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reorder()

    def row_of(self, event_id: int) -> int | None:
        """The row number of the event ``event_id``, or None."""
        return next((n for n, row in enumerate(self._rows) if row.id == event_id), None)

    def _ordered(self) -> list[EventSummary]:
        if self._sort_column is None:
            return list(self._loaded)
        column = self.Column(self._sort_column)
        key = functools.partial(self._sort_key, column=column)
        return sorted(self._loaded, key=key, reverse=self._descending)

    def _reorder(self) -> None:
        """Sort the rows again; persistent indexes (selection, the proxy's) follow them."""
        ordered = self._ordered()
        if [r.id for r in ordered] == [r.id for r in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in old]
        self._rows = ordered
        place = {row.id: number for number, row in enumerate(ordered)}
        self.changePersistentIndexList(
            old, [self.index(place[i], index.column()) for i, index in zip(ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    def _header(self, column: Column) -> str:
        return {
            self.Column.DATE: self.tr("Date"),
            self.Column.TIME: self.tr("Time"),
            self.Column.KIND: self.tr("Kind"),
            self.Column.TITLE: self.tr("Title"),
            self.Column.PLACE: self.tr("Venue"),
            self.Column.REGISTERED: self.tr("Registered"),
            self.Column.WAITLIST: self.tr("Waiting list"),
            self.Column.STATUS: self.tr("Status"),
        }[column]

    def _text(self, row: EventSummary, column: Column) -> str:
        key = (row.id, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._new_text(row, column)
        return text

    def _new_text(self, row: EventSummary, column: Column) -> str:
        if column == self.Column.DATE:
            return fmt.date_text(row.starts_at)
        if column == self.Column.TIME:
            return f"{fmt.time_text(row.starts_at)} – {fmt.time_text(row.ends_at)}"
        if column == self.Column.KIND:
            return fmt.kind_label(row.kind)
        if column == self.Column.TITLE:
            return row.title
        if column == self.Column.PLACE:
            return self._place(row)
        if column == self.Column.REGISTERED:
            capacity = "∞" if row.capacity is None else fmt.number_text(row.capacity)
            return f"{fmt.number_text(row.registered)} / {capacity}"
        if column == self.Column.WAITLIST:
            return fmt.number_text(row.waitlisted) if row.waitlisted else ""
        return fmt.event_status_label(row.status)

    def _place(self, row: EventSummary) -> str:
        if row.venue:
            return f"{row.venue} – {row.room}" if row.room else row.venue
        return self.tr("online") if row.online_url or row.kind is EventKind.WEBINAR else ""

    def _sort_key(self, row: EventSummary, column: Column) -> Any:
        if column in (self.Column.DATE, self.Column.TIME):
            return row.starts_at.timestamp()
        if column == self.Column.REGISTERED:
            return row.registered
        if column == self.Column.WAITLIST:
            return row.waitlisted
        return fold(self._text(row, column))

    def _numeric(self, column: Column) -> bool:
        return column in (self.Column.REGISTERED, self.Column.WAITLIST)

    def _foreground(self, row: EventSummary) -> QBrush | None:
        return MUTED if row.status is EventStatus.CANCELLED else None


class EventsFilterProxy(QSortFilterProxyModel):
    """Filters events by text (title, venue) and kind; the events model sorts (see there)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind: EventKind | None = None
        self.setSortRole(SortRole)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the events model sort (the proxy keeps its order: it never sorts itself)."""
        model = self.sourceModel()
        if isinstance(model, EventsTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def set_text(self, text: str) -> None:
        """Show only events whose title or venue contains ``text`` (any case)."""
        self._refilter("_text", text.strip().casefold())

    def set_kind(self, kind: EventKind | None) -> None:
        """Show only events of ``kind`` (None: all)."""
        self._refilter("_kind", kind)

    def _refilter(self, attribute: str, value: object) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            setattr(self, attribute, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, attribute, value)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _source_parent: Index) -> bool:
        """Whether an event passes the filters."""
        model = self.sourceModel()
        assert isinstance(model, EventsTableModel)
        row = model.row(source_row)
        if self._kind is not None and row.kind is not self._kind:
            return False
        return not self._text or self._text in f"{row.title} {row.venue}".casefold()


PersonRegistration = tuple[Registration, Event]


class PersonRegistrationsTableModel(_TableModel):
    """One person's registrations, newest event first."""

    class Column(enum.IntEnum):
        """The columns."""

        DATE = 0
        EVENT = 1
        STATUS = 2
        REGISTERED_AT = 3

    def set_rows(self, rows: Sequence[PersonRegistration]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the base class; the id is the registration's."""
        if role == IdRole and index.isValid() and index.row() < len(self._rows):
            return self._rows[index.row()][0].id
        return super().data(index, role)

    def _header(self, column: Column) -> str:
        return {
            self.Column.DATE: self.tr("Date"),
            self.Column.EVENT: self.tr("Event"),
            self.Column.STATUS: self.tr("Status"),
            self.Column.REGISTERED_AT: self.tr("Registered at"),
        }[column]

    def _text(self, row: PersonRegistration, column: Column) -> str:
        registration, event = row
        if column == self.Column.DATE:
            return fmt.date_text(event.starts_at)
        if column == self.Column.EVENT:
            cancelled = event.status is EventStatus.CANCELLED
            return f"{event.title} ({self.tr('cancelled')})" if cancelled else event.title
        if column == self.Column.STATUS:
            return fmt.registration_status_label(registration.status)
        return fmt.datetime_text(registration.registered_at)

    def _sort_key(self, row: PersonRegistration, column: Column) -> Any:
        registration, event = row
        moments: dict[Any, datetime] = {
            self.Column.DATE: event.starts_at,
            self.Column.REGISTERED_AT: registration.registered_at,
        }
        if column in moments:
            return moments[column].timestamp()
        if column == self.Column.STATUS:
            return list(Status).index(registration.status)
        return fold(self._text(row, column))
