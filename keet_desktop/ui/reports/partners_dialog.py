"""The organising partners: the managed list, and the partners of the open event.

The list is read, and changes are saved, on a worker thread (:mod:`keet_desktop.ui.operations`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.partners import event_partner_ids
from keet_desktop.ui.operations import Latest, Operation, Query


def load_partners(
    services: Services, event_id: int | None
) -> tuple[list[tuple[int, str]], set[int]]:
    """Every partner (id, name) and the ids of the event's partners (a query function)."""
    partners = [(p.id, p.name) for p in services.partners.partners()]
    chosen = set(event_partner_ids(services.db, event_id)) if event_id is not None else set()
    return partners, chosen


class PartnersDialog(QDialog):
    """Add partners; tick the ones that organise the open event (if any)."""

    def __init__(
        self, services: Services, event_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.event_id = services, event_id
        self.setWindowTitle(self.tr("Organising partners"))
        self._loads = Latest()
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.hint = QLabel(
            self.tr("Tick the partners who organise this activity.")
            if self.event_id is not None
            else self.tr("Open an activity to choose its organising partners.")
        )
        self.partner_list = QListWidget()
        self.partner_list.setAccessibleName(self.tr("Partners"))
        self.name_edit = QLineEdit(placeholderText=self.tr("Name of a new partner"))
        self.name_edit.setAccessibleName(self.tr("Name of a new partner"))
        self.add_button = QPushButton(self.tr("Add partner"))
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.partner_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        """List every partner, ticked when it organises the event (read on a worker)."""
        self.buttons.setEnabled(False)
        Query(self, load_partners, self.services, self.event_id).latest(self._loads).success(
            self._on_partners_loaded
        ).run()

    def _on_partners_loaded(self, loaded: tuple[list[tuple[int, str]], set[int]]) -> None:
        partners, chosen = loaded
        ticked = {i for i in range(self.partner_list.count()) if self._ticked(i)}
        kept = {self.partner_list.item(i).data(Qt.ItemDataRole.UserRole) for i in ticked}
        self.partner_list.clear()
        for partner_id, name in partners:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, partner_id)
            if self.event_id is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = partner_id in chosen or partner_id in kept
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.partner_list.addItem(item)
        self.buttons.setEnabled(True)

    def _ticked(self, row: int) -> bool:
        return self.partner_list.item(row).checkState() == Qt.CheckState.Checked

    def chosen_ids(self) -> list[int]:
        """The ticked partners' ids."""
        return [
            int(self.partner_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.partner_list.count())
            if self._ticked(i)
        ]

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_button.setEnabled(False)
        Operation(self, self.services.partners.add_partner, self.name_edit.text()).success(
            self._on_partner_added
        ).failure(self._on_add_failed).run()

    def _on_partner_added(self, _partner_id: int) -> None:
        self.add_button.setEnabled(True)
        self.name_edit.clear()
        self.reload()

    def _on_add_failed(self, _exc: Exception) -> bool:
        self.add_button.setEnabled(True)
        return False  # shown the usual way

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self.event_id is None:
            self.accept()
            return
        self.buttons.setEnabled(False)
        Operation(
            self, self.services.partners.set_event_partners, self.event_id, self.chosen_ids()
        ).success(self._on_partners_saved).failure(self._on_save_failed).run()

    def _on_partners_saved(self, _none: None) -> None:
        self.accept()

    def _on_save_failed(self, _exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return False  # shown the usual way
