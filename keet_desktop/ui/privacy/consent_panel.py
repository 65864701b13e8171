"""The consents of a person in the person dialog: one box per purpose, how, and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.privacy.models import (
    PURPOSE_LABELS,
    SOURCE_LABELS,
    ConsentSource,
    Purpose,
)
from keet_desktop.domain.services import Services
from keet_desktop.ui.accessibility import leave_with_tab
from keet_desktop.ui.privacy.models import ConsentHistoryTableModel
from keet_desktop.ui.table_models import SortRole


class ConsentPanel(QGroupBox):
    """Shows and edits a person's consents; :meth:`save` records what changed."""

    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id = person_id
        self.history_model = ConsentHistoryTableModel(self)
        self._build_ui()
        self.reload()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Consents"))
        self.checks: dict[Purpose, QCheckBox] = {}
        form = QFormLayout()
        for purpose in Purpose:
            text = QCoreApplication.translate("privacy", PURPOSE_LABELS[purpose])
            check = QCheckBox(text)
            check.setAccessibleName(self.tr("Consent: {purpose}").format(purpose=text))
            self.checks[purpose] = check
            form.addRow(check)
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("How the consent was given"))
        for source in ConsentSource:
            self.source_combo.addItem(
                QCoreApplication.translate("privacy", SOURCE_LABELS[source]), source.value
            )
        form.addRow(self.tr("Given or changed by:"), self.source_combo)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.history_model)
        proxy.setSortRole(SortRole)
        self.history_table = QTableView()
        leave_with_tab(self.history_table, self.tr("Consent history"))
        self.history_table.setModel(proxy)
        self.history_table.setAccessibleName(self.tr("History of the consents"))
        self.history_table.setSortingEnabled(True)
        self.history_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setMinimumHeight(110)
        self.history_table.setColumnWidth(0, 130)
        self.history_table.setColumnWidth(1, 220)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.history_table)

    def reload(self) -> None:
        """Show what holds now and the history."""
        held, history = self._services.privacy.consents(self._person_id)
        for purpose, check in self.checks.items():
            check.setChecked(held[purpose])
        self.history_model.set_rows(history)

    def wanted(self) -> dict[Purpose, bool]:
        """What the boxes say."""
        return {purpose: check.isChecked() for purpose, check in self.checks.items()}

    def source(self) -> ConsentSource:
        """How the changes were given."""
        return ConsentSource(self.source_combo.currentData())

    def save(self) -> int:
        """Record the consents that changed; returns how many."""
        changed = self._services.privacy.set_consents(self._person_id, self.wanted(), self.source())
        self.reload()
        return changed
