"""A date-and-time field that takes dates as people type them, with a calendar button.

A :class:`QDateTimeEdit` edits sections in place, so typing over a selection or typing "15" in
the day silently gives another date. This field is a plain line edit: what is typed stays as
typed, and is read when needed. It accepts ``d/m/yyyy h:mm``, ``d-m-yyyy``, ``dd.mm.yyyy``,
``yyyy-mm-dd hh:mm``, ``15/12`` (this year) and a time alone (keeps the date); a date without a
time keeps the time shown before. What cannot be read is said under the field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from keet_desktop.ui.widgets import FieldMessage

FORMAT = "dd/MM/yyyy HH:mm"
_SEP = r"\s*[/\-.]\s*"
_TIME = r"(?:[\sT,]+(?:om\s+|at\s+)?(?P<hour>\d{1,2})(?:\s*[:.hu]\s*(?P<minute>\d{2}))?)?"
_DMY = re.compile(
    rf"^(?P<day>\d{{1,2}}){_SEP}(?P<month>\d{{1,2}})(?:{_SEP}(?P<year>\d{{2}}|\d{{4}}))?{_TIME}$",
    re.IGNORECASE,
)
_YMD = re.compile(
    rf"^(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}$", re.IGNORECASE
)
_TIME_ONLY = re.compile(r"^(?P<hour>\d{1,2})\s*[:.hu]\s*(?P<minute>\d{2})$", re.IGNORECASE)


def parse_datetime(
    text: str, previous: QDateTime | None = None, today: QDate | None = None
) -> QDateTime:
    """Read a typed date and time; an invalid QDateTime when it cannot be read.

    Args:
        text: What was typed.
        previous: The value before, whose time (or date, for a time alone) is kept.
        today: For a date without a year (this year); today when None.
    """
    text = " ".join(text.split())
    today = today or QDate.currentDate()
    before = previous if previous is not None and previous.isValid() else None
    only_time = _TIME_ONLY.match(text)
    if only_time:
        if before is None:
            return QDateTime()
        time = QTime(int(only_time["hour"]), int(only_time["minute"]))
        return QDateTime(before.date(), time) if time.isValid() else QDateTime()
    match = _YMD.match(text) or _DMY.match(text)
    if not match:
        return QDateTime()
    year = today.year() if match["year"] is None else int(match["year"])
    if match["year"] is not None and len(match["year"]) == 2:
        year += 2000
    date = QDate(year, int(match["month"]), int(match["day"]))
    if match["hour"] is not None:
        time = QTime(int(match["hour"]), int(match["minute"] or 0))
    else:
        time = before.time() if before is not None else QTime(0, 0)
    if not date.isValid() or not time.isValid():
        return QDateTime()
    return QDateTime(date, time)


class DateTimeField(QWidget):
    """A line edit for a date and time, a calendar button, and a message under it.

    ``dateTime()``/``setDateTime()`` and ``dateTimeChanged`` work as on a QDateTimeEdit;
    ``dateTimeChanged`` is sent when a typed value is finished (Enter or leaving the field),
    picked in the calendar or set.
    """

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - as QDateTimeEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = QDateTime()
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        self.line_edit.setToolTip(
            self.tr(
                "Day/month/year hours:minutes, e.g. 15/12/2026 19:30; or 15/12 for this year. "
                "Alt+Down opens the calendar."
            )
        )
        self.line_edit.setMinimumWidth(
            self.line_edit.fontMetrics().horizontalAdvance("00/00/0000 00:000")
        )
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setAccessibleName(self.tr("Choose the date in a calendar"))
        self.calendar_button.setToolTip(self.calendar_button.accessibleName())
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.popup = QMenu(self)
        action = QWidgetAction(self.popup)
        action.setDefaultWidget(self.calendar)
        self.popup.addAction(action)
        self.error_label = FieldMessage()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line_edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.line_edit)
        self.line_edit.editingFinished.connect(self._on_line_edit_finished)
        self.line_edit.textEdited.connect(self._on_line_edit_edited)
        self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        opener = QShortcut(QKeySequence("Alt+Down"), self.line_edit)
        opener.setContext(Qt.ShortcutContext.WidgetShortcut)
        opener.activated.connect(self._on_calendar_button_clicked)
        self.calendar.clicked.connect(self._on_calendar_picked)
        self.calendar.activated.connect(self._on_calendar_picked)

    def setAccessibleName(self, name: str) -> None:
        """Name the field and its text box for screen readers."""
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    def dateTime(self) -> QDateTime:
        """What the text says now (an invalid QDateTime when it cannot be read)."""
        return parse_datetime(self.line_edit.text(), self._value)

    def setDateTime(self, value: QDateTime) -> None:
        """Show ``value`` (wall-clock time)."""
        self.line_edit.setText(value.toString(FORMAT))
        self.error_label.clear_message()
        self._commit(value)

    def text(self) -> str:
        """The text as typed."""
        return self.line_edit.text()

    def is_valid(self) -> bool:
        """Whether the text can be read as a date and time."""
        return self.dateTime().isValid()

    def check(self) -> bool:
        """Show under the field why the text cannot be read; True when it can."""
        if self.is_valid():
            self.error_label.clear_message()
            return True
        self.error_label.clear_message()
        if self.line_edit.text().strip():
            message = self.tr(
                "“{text}” is not a date this field can read: type day/month/year "
                "hours:minutes, e.g. 15/12/2026 19:30."
            ).format(text=self.line_edit.text().strip())
        else:
            message = self.tr("Type a date, e.g. 15/12/2026 19:30.")
        self.error_label.show_error(message)
        return False

    def _commit(self, value: QDateTime) -> None:
        if value.isValid() and value != self._value:
            self._value = QDateTime(value)
            self.dateTimeChanged.emit(QDateTime(value))

    @Slot(str)
    def _on_line_edit_edited(self, _text: str) -> None:
        if self.error_label.isVisible() and self.is_valid():
            self.error_label.clear_message()

    @Slot()
    def _on_line_edit_finished(self) -> None:
        if not self.check():
            return
        value = self.dateTime()
        # a date without a time or year is completed visibly, never changed
        shown = value.toString(FORMAT)
        if self.line_edit.text().strip() != shown:
            self.line_edit.setText(shown)
        self._commit(value)

    @Slot()
    def _on_calendar_button_clicked(self) -> None:
        current = self.dateTime() if self.is_valid() else self._value
        if current.isValid():
            self.calendar.setSelectedDate(current.date())
        self.popup.popup(self.calendar_button.mapToGlobal(QPoint(0, self.calendar_button.height())))

    @Slot(QDate)
    def _on_calendar_picked(self, date: QDate) -> None:
        current = self.dateTime() if self.is_valid() else self._value
        time = current.time() if current.isValid() else QTime(19, 0)
        self.popup.hide()
        self.setDateTime(QDateTime(date, time))
