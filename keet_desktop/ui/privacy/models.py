"""Table models of the privacy views: a person's consent history and the activity log."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from keet_desktop.domain.privacy.activity import Activity
from keet_desktop.domain.privacy.consent import ConsentChange
from keet_desktop.domain.privacy.models import PURPOSE_LABELS, SOURCE_LABELS
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui.table_models import _TableModel


def _privacy(source: str) -> str:
    return QCoreApplication.translate("privacy", source)


class ConsentHistoryTableModel(_TableModel):
    """A person's consents given and withdrawn, oldest first."""

    class Column(enum.IntEnum):
        """The columns."""

        WHEN = 0
        PURPOSE = 1
        CHANGE = 2
        SOURCE = 3

    def set_rows(self, rows: list[ConsentChange]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _header(self, column: Any) -> str:
        return {
            self.Column.WHEN: self.tr("When"),
            self.Column.PURPOSE: self.tr("Purpose"),
            self.Column.CHANGE: self.tr("Consent"),
            self.Column.SOURCE: self.tr("How"),
        }[column]

    def _text(self, row: ConsentChange, column: Any) -> str:
        if column == self.Column.WHEN:
            return fmt.datetime_text(row.at)
        if column == self.Column.PURPOSE:
            return _privacy(PURPOSE_LABELS[row.purpose])
        if column == self.Column.CHANGE:
            return self.tr("given") if row.granted else self.tr("withdrawn")
        return _privacy(SOURCE_LABELS[row.source])

    def _sort_key(self, row: ConsentChange, column: Any) -> Any:
        return row.at if column == self.Column.WHEN else self._text(row, column)


class ActivityTableModel(_TableModel):
    """The activity log: exports, prints and privacy actions, newest first."""

    class Column(enum.IntEnum):
        """The columns."""

        WHEN = 0
        ACTION = 1
        WHAT = 2
        COUNT = 3
        ACTOR = 4

    def set_rows(self, rows: list[Activity]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _header(self, column: Any) -> str:
        return {
            self.Column.WHEN: self.tr("When"),
            self.Column.ACTION: self.tr("Action"),
            self.Column.WHAT: self.tr("What"),
            self.Column.COUNT: self.tr("People"),
            self.Column.ACTOR: self.tr("Desk or user"),
        }[column]

    def _action(self, action: str) -> str:
        names = {
            "export": self.tr("export"),
            "print": self.tr("print"),
            "privacy_export": self.tr("personal data handed out"),
            "forget": self.tr("forgotten"),
            "purge": self.tr("retention purge"),
        }
        return names.get(action, action)

    def _text(self, row: Activity, column: Any) -> str:
        if column == self.Column.WHEN:
            return fmt.datetime_text(row.at)
        if column == self.Column.ACTION:
            return self._action(row.action)
        if column == self.Column.WHAT:
            return row.what
        if column == self.Column.COUNT:
            return fmt.number_text(row.count)
        return row.actor

    def _sort_key(self, row: Activity, column: Any) -> Any:
        if column == self.Column.WHEN:
            return row.at
        if column == self.Column.COUNT:
            return row.count
        return self._text(row, column)

    def _numeric(self, column: Any) -> bool:
        return bool(column == self.Column.COUNT)
