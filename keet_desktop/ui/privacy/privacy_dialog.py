"""The organiser's privacy window: the activity log, and the retention period with its purge."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.privacy import PurgeResult, RetentionPreview
from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages, tasks
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.privacy import work
from keet_desktop.ui.privacy.models import ActivityTableModel
from keet_desktop.ui.privacy.person_actions import GUI_ACTOR
from keet_desktop.ui.table_models import SortRole


class PrivacyDialog(QDialog):
    """Read the activity log; preview and run the retention purge.

    The preview and the purge run in a pool thread; the purge asks first.
    """

    def __init__(
        self, services: Services, app_events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._app_events = app_events
        self._task: tasks.Task | None = None
        self.preview: RetentionPreview | None = None
        self.activity_model = ActivityTableModel(self)
        self._build_ui()
        self._connect_signals()
        self.months_spin.setValue(services.privacy.retention_months())
        self.activity_model.set_rows(services.privacy.activity())
        self.refresh_preview()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Privacy"))
        self.resize(760, 520)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 240)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setAccessibleName(self.tr("Retention period in months"))
        self.due_label = QLabel(self.tr("Counting…"))
        self.due_label.setAccessibleName(self.tr("People due for the purge"))
        self.save_button = QPushButton(self.tr("Keep this period"))
        self.purge_button = QPushButton(self.tr("Purge now…"))
        self.purge_button.setEnabled(False)
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep people's data after their last activity for"))
        label.setBuddy(self.months_spin)
        row.addWidget(label)
        row.addWidget(self.months_spin)
        row.addWidget(self.save_button)
        row.addStretch(1)
        retention = QGroupBox(self.tr("Retention"))
        box = QVBoxLayout(retention)
        box.addLayout(row)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.due_label, 1)
        purge_row.addWidget(self.purge_button)
        box.addLayout(purge_row)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.activity_model)
        proxy.setSortRole(SortRole)
        self.activity_table = QTableView()
        self.activity_table.setModel(proxy)
        self.activity_table.setAccessibleName(self.tr("Activity log"))
        self.activity_table.setSortingEnabled(True)
        self.activity_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.activity_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activity_table.verticalHeader().setVisible(False)
        self.activity_table.horizontalHeader().setStretchLastSection(True)
        self.activity_table.setColumnWidth(0, 130)
        self.activity_table.setColumnWidth(2, 260)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(retention)
        layout.addWidget(QLabel(self.tr("Exports, prints and privacy actions:")))
        layout.addWidget(self.activity_table, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.months_spin.valueChanged.connect(self._on_months_spin_value_changed)

    def due_text(self, preview: RetentionPreview) -> str:
        """Say who is due ("12 people, last seen before 30/11/2024")."""
        text = self.tr("%n people due, last seen before {date}.", "", len(preview.people))
        return text.format(date=fmt.date_text(preview.cutoff))

    def refresh_preview(self) -> None:
        """Count who is due with the period shown (in the background)."""
        self.purge_button.setEnabled(False)
        self._run(work.preview_retention, self.months_spin.value())

    @Slot(int)
    def _on_months_spin_value_changed(self, _months: int) -> None:
        if self._task is None:
            self.refresh_preview()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self._services.privacy.set_retention_months(self.months_spin.value())

    @Slot()
    def _on_purge_button_clicked(self) -> None:
        if self.preview is None or not self.preview.people:
            return
        if not messages.ask(
            self,
            self.tr("Purge"),
            self.tr(
                "Remove the personal data of %n people last seen before {date}? Their "
                "registrations stay as anonymous rows. This cannot be undone.",
                "",
                len(self.preview.people),
            ).format(date=fmt.date_text(self.preview.cutoff)),
        ):
            return
        self._run(work.purge, self.months_spin.value(), GUI_ACTOR)

    def _run(self, function: object, *args: object) -> None:
        task = tasks.Task(function, self._services, *args)  # type: ignore[arg-type]
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._task = task
        tasks.start(task)

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        self._task = None
        if isinstance(result, PurgeResult):
            self._app_events.people_changed.emit()
            self._app_events.registrations_changed.emit(0)
            self.activity_model.set_rows(self._services.privacy.activity())
            self.refresh_preview()
            return
        assert isinstance(result, RetentionPreview)
        self.preview = result
        self.due_label.setText(self.due_text(result))
        self.purge_button.setEnabled(bool(result.people))
        if result.months != self.months_spin.value():
            self.refresh_preview()

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        self._task = None
        assert isinstance(error, Exception)
        messages.show_error(self, error)
