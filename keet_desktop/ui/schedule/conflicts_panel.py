"""The conflicts of the period on screen, updated after every change; each links to events."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from keet_desktop.domain.schedule.conflicts import Conflict, Severity
from keet_desktop.ui import palette
from keet_desktop.ui.accessibility import name
from keet_desktop.ui.i18n import qt_translate

EVENTS_ROLE = Qt.ItemDataRole.UserRole + 1


def ui_language() -> str:
    """The language the translators were installed for ("nl" or "en")."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class ConflictsPanel(QWidget):
    """A list of conflicts: errors in red, warnings in amber.

    Signals:
        event_selected(int): a conflict was clicked; its first event should be shown.
        edit_requested(int): a conflict was double-clicked; its first event should open.
    """

    event_selected = Signal(int)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Conflict] = []
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.title = QLabel()
        self.model = QStandardItemModel(self)
        self.view = QListView()
        name(self.view, self.tr("Conflicts"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.set_conflicts([])

    def _connect_signals(self) -> None:
        self.view.clicked.connect(self._on_view_clicked)
        # Enter (and a double-click) opens the event; arrows jump to each conflict's event.
        self.view.activated.connect(self._on_view_double_clicked)
        self.view.selectionModel().currentChanged.connect(self._on_view_clicked)

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """Show ``conflicts``."""
        self.conflicts = conflicts
        self.model.clear()
        for conflict in conflicts:
            error = conflict.severity is Severity.ERROR
            sign = "✖" if error else "⚠"  # errors and warnings differ by sign, not colour alone
            item = QStandardItem(f"{sign} {conflict.format(qt_translate, ui_language())}")
            item.setForeground(QBrush(QColor(palette.ERROR if error else palette.WAITING)))
            item.setData([i for i in conflict.events if i is not None], EVENTS_ROLE)
            item.setToolTip(item.text())
            self.model.appendRow(item)
        if conflicts:
            self.title.setText(self.tr("%n conflict(s)", "", len(conflicts)))
        else:
            self.title.setText(self.tr("No conflicts"))

    def messages(self) -> list[str]:
        """The texts shown, in order (for tests and screen readers)."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def _first_event(self, index: QModelIndex) -> int:
        events = index.data(EVENTS_ROLE) or []
        return int(events[0]) if events else 0

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        if event_id := self._first_event(index):
            self.event_selected.emit(event_id)

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if event_id := self._first_event(index):
            self.edit_requested.emit(event_id)
