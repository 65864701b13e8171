"""Merge two records of the same person: pick the one to keep; conflicts are shown after."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.merge import MergeResult
from keet_desktop.domain.services.paging import PersonLine
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages
from keet_desktop.ui.accessibility import scaled
from keet_desktop.ui.operations import Operation


class MergeDialog(QDialog):
    """Merge two people; ``merge_result`` holds the outcome."""

    def __init__(
        self,
        services: Services,
        first: PersonLine,
        second: PersonLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._people = (first, second)
        self.merge_result: MergeResult | None = None
        self._build_ui()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Merge people"))
        self.setMinimumWidth(scaled(self, 520))
        intro = QLabel(
            self.tr(
                "These two records will become one person. Their registrations follow; when "
                "both are registered for the same event, the better registration stays and the "
                "other is cancelled. Which details do you keep?"
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.keep_buttons: list[QRadioButton] = []
        labels = (self.tr("Name"), self.tr("E-mail"), self.tr("Organisation"))
        for row, text in enumerate(labels, start=1):
            grid.addWidget(QLabel(text), row, 0)
        grid.addWidget(QLabel(self.tr("Registrations")), 4, 0)
        for column, line in enumerate(self._people, start=1):
            button = QRadioButton(self.tr("Keep this one"))
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, column)
            grid.addWidget(QLabel(line.full_name), 1, column)
            grid.addWidget(QLabel(line.email), 2, column)
            grid.addWidget(QLabel(line.organisation), 3, column)
            grid.addWidget(QLabel(fmt.number_text(line.registrations)), 4, column)
        self.keep_buttons[0].setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

    def conflict_text(self, result: MergeResult) -> str:
        """Say which registrations the merge cancelled."""
        lines = [
            self.tr(
                "“{event}”: kept the registration ({kept}); cancelled the other ({other})."
            ).format(
                event=c.event_title,
                kept=fmt.registration_status_label(c.kept_status),
                other=fmt.registration_status_label(c.cancelled_status),
            )
            for c in result.conflicts
        ]
        return "\n".join(lines)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        keep, other = self._people if self.keep_buttons[0].isChecked() else self._people[::-1]
        self.buttons.setEnabled(False)
        Operation(self, self._services.people.merge, keep.id, other.id).success(
            self._on_merged
        ).failure(self._on_failed).run()

    def _on_failed(self, _exc: Exception) -> bool:
        self.buttons.setEnabled(True)
        return False  # shown the one way

    def _on_merged(self, result: MergeResult) -> None:
        self.buttons.setEnabled(True)
        self.merge_result = result
        if result.conflicts:
            messages.inform(
                self,
                self.tr("Both were registered"),
                self.conflict_text(result),
            )
        self.accept()
