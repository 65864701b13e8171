"""The Reports page: the funder report for a period, with charts, saved as PDF or Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services import report_labels as labels
from keet_desktop.domain.services.reports import FunderReport
from keet_desktop.i18n import Translate, translator
from keet_desktop.ui.app_events import AppEvents
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.reports.models import FiguresTableModel, KindsTableModel
from keet_desktop.ui.schedule.conflicts_panel import ui_language
from keet_desktop.ui.table_models import SortRole

ACCENT, SECOND = QColor("#1c66ab"), QColor("#e88c2b")


def save_report(report: FunderReport, path: str, language: str) -> str:
    """Write the report as .pdf or .xlsx (an operation function: no Qt); returns the path."""
    from keet_desktop.printing.report_files import write_file

    translate = translator(language)
    if path.lower().endswith(".xlsx"):
        from keet_desktop.printing.report_xlsx import render_report_xlsx

        write_file(Path(path), lambda stream: render_report_xlsx(stream, report, translate))
    else:
        from keet_desktop.printing.report_pdf import render_report_pdf

        write_file(Path(path), lambda stream: render_report_pdf(stream, report, translate))
    return path


def choose_report_file(parent: QWidget, suggested: str, filter_text: str) -> str:
    """Ask where to save the report ("" when cancelled); tests replace this."""
    title = QCoreApplication.translate("ReportsPage", "Save report")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class ReportsPage(QWidget):
    """The funder report of a period: summary, charts (QtCharts) and tables.

    The report is counted on a worker thread (a :class:`Query`; the newest period asked for
    wins) and saved by an :class:`Operation`: the window never waits for either.

    Signals:
        status_message(str): a line for the window's status bar.
    """

    status_message = Signal(str)

    def __init__(
        self, services: Services, app_events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.app_events = services, app_events
        self.report: FunderReport | None = None
        self.loading = False
        self.saving = False
        self._loads = Latest()
        self._translate: Translate = translator(ui_language())
        self._build_ui()
        self._connect_signals()
        self.refresh()

    # --- building --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        today = date.today()
        self.from_edit = QDateEdit(_qdate(_quarter_start(today)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.from_edit.setAccessibleName(self.tr("First day of the period"))
        self.to_edit.setAccessibleName(self.tr("Last day of the period"))
        self.quarter_button = QPushButton(self.tr("This quarter"))
        self.year_button = QPushButton(self.tr("This year"))
        self.show_button = QPushButton(self.tr("Show"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.to_edit)
        for button in (self.quarter_button, self.year_button, self.show_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        t = self._translate
        self.summary_model = FiguresTableModel(
            (t(labels.CONTEXT, labels.FIGURE), t(labels.CONTEXT, labels.NUMBER)), self
        )
        self.summary_view = self._view(  # in the report's own order
            self.summary_model, t(labels.CONTEXT, labels.SUMMARY), sortable=False
        )
        self.summary_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary_view.horizontalHeader().setStretchLastSection(False)
        self.months_view = self._chart_view(labels.BY_MONTH)
        self.kinds_view = self._chart_view(labels.BY_KIND)
        self.places_view = self._chart_view(labels.BY_MUNICIPALITY)
        self.kinds_model = KindsTableModel(self)
        self.places_model = FiguresTableModel(
            (t(labels.CONTEXT, labels.MUNICIPALITY), t(labels.CONTEXT, labels.PEOPLE)), self
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.months_view, t(labels.CONTEXT, labels.BY_MONTH))
        self.tabs.addTab(
            self._chart_with_table(self.kinds_view, labels.BY_KIND, self.kinds_model),
            t(labels.CONTEXT, labels.BY_KIND),
        )
        self.tabs.addTab(
            self._chart_with_table(self.places_view, labels.BY_MUNICIPALITY, self.places_model),
            t(labels.CONTEXT, labels.BY_MUNICIPALITY),
        )
        splitter = QSplitter()
        splitter.addWidget(self.summary_view)
        splitter.addWidget(self.tabs)
        splitter.setSizes([320, 700])
        self.state_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.state_label)

    def _view(self, model: Any, name: str, *, sortable: bool = True) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(sortable)
        view.setAccessibleName(name)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _chart_view(self, title: str) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setAccessibleName(self._translate(labels.CONTEXT, title))
        view.setMinimumHeight(260)
        return view

    def _chart_with_table(self, view: QChartView, title: str, model: Any) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(view, 2)
        layout.addWidget(self._view(model, self._translate(labels.CONTEXT, title)), 1)
        return box

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self._on_show_button_clicked)
        self.quarter_button.clicked.connect(self._on_quarter_button_clicked)
        self.year_button.clicked.connect(self._on_year_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.app_events.checkins_changed.connect(self._on_data_changed)
        self.app_events.database_replaced.connect(self.refresh)

    # --- behaviour -------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        """The chosen first and last day."""
        first, last = self.from_edit.date(), self.to_edit.date()
        return date(first.year(), first.month(), first.day()), date(
            last.year(), last.month(), last.day()
        )

    @Slot()
    def refresh(self) -> None:
        """Count the report of the chosen period on a worker thread (the newest one wins)."""
        first, last = self.period()
        self.loading = True
        self._enable_saving()
        self.state_label.setText(self.tr("Counting…"))
        Query(self, self.services.reports.funder_report, first, last).latest(self._loads).success(
            self._on_report_counted
        ).failure(self._on_report_failed).run()

    def _enable_saving(self) -> None:
        ready = self.report is not None and not self.loading and not self.saving
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(ready)

    def show_report(self, report: FunderReport) -> None:
        """Fill the tables and charts from ``report``."""
        self.report = report
        t = self._translate
        self.summary_model.set_rows(labels.summary_rows(report, t))
        self.kinds_model.set_table(labels.kind_rows(report, t))
        places = labels.municipality_rows(report, t)
        self.places_model.set_rows([(name, str(n)) for name, n in places])
        self._bars(
            self.months_view,
            t(labels.CONTEXT, labels.BY_MONTH),
            QBarSeries(),
            list(report.by_month),
            [(t(labels.CONTEXT, labels.ATTENDANCES), list(report.by_month.values()))],
        )
        self._bars(
            self.kinds_view,
            t(labels.CONTEXT, labels.BY_KIND),
            QHorizontalBarSeries(),
            [labels.kind_label(k, t) for k in report.by_kind],
            [
                (t(labels.CONTEXT, "Activities"), [v.activities for v in report.by_kind.values()]),
                (
                    t(labels.CONTEXT, labels.ATTENDANCES),
                    [v.attendances for v in report.by_kind.values()],
                ),
            ],
        )
        self._bars(
            self.places_view,
            t(labels.CONTEXT, labels.BY_MUNICIPALITY),
            QHorizontalBarSeries(),
            [name for name, _ in places],
            [(t(labels.CONTEXT, labels.PEOPLE), [n for _, n in places])],
        )
        self.state_label.setText(
            t(labels.CONTEXT, labels.PERIOD).format(
                first=report.first.isoformat(), last=report.last.isoformat()
            )
        )

    @staticmethod
    def _bars(
        view: QChartView,
        title: str,
        series: QBarSeries | QHorizontalBarSeries,
        names: list[str],
        sets: list[tuple[str, list[int]]],
    ) -> None:
        chart = QChart()  # a fresh chart: QtCharts leaves labels of removed axes behind
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        for (label, values), colour in zip(sets, (ACCENT, SECOND), strict=False):
            bar_set = QBarSet(label)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(colour)
            series.append(bar_set)
        series.setLabelsVisible(True)  # the numbers are written, not only drawn
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(names)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        top = max((max(v, default=0) for _, v in sets), default=0)
        axis.setRange(0, max(1, top * 1.1))
        horizontal = isinstance(series, QHorizontalBarSeries)
        if not horizontal and len(names) > 8:
            categories.setLabelsAngle(-90)
        chart.addAxis(
            categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(categories)
        series.attachAxis(axis)
        old = view.chart()
        view.setChart(chart)
        old.deleteLater()

    @property
    def months_chart(self) -> QChart:
        """The attendance-over-time chart."""
        return self.months_view.chart()

    @property
    def kinds_chart(self) -> QChart:
        """The activities-by-kind chart."""
        return self.kinds_view.chart()

    @property
    def places_chart(self) -> QChart:
        """The people-by-municipality chart."""
        return self.places_view.chart()

    def _save(self, suffix: str, filter_text: str) -> None:
        if self.report is None:
            return
        name = f"rapport-{self.report.first.isoformat()}-{self.report.last.isoformat()}{suffix}"
        path = choose_report_file(self, name, filter_text)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        self.saving = True
        self._enable_saving()
        Operation(self, save_report, self.report, path, ui_language()).success(
            self._on_report_saved
        ).failure(self._on_save_failed).run()

    # --- slots -----------------------------------------------------------------------------
    @Slot()
    def _on_show_button_clicked(self) -> None:
        self.refresh()

    @Slot()
    def _on_quarter_button_clicked(self) -> None:
        today = date.today()
        self.from_edit.setDate(_qdate(_quarter_start(today)))
        self.to_edit.setDate(_qdate(today))
        self.refresh()

    @Slot()
    def _on_year_button_clicked(self) -> None:
        today = date.today()
        self.from_edit.setDate(QDate(today.year, 1, 1))
        self.to_edit.setDate(_qdate(today))
        self.refresh()

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        self._save(".pdf", self.tr("PDF (*.pdf)"))

    @Slot()
    def _on_xlsx_button_clicked(self) -> None:
        self._save(".xlsx", self.tr("Excel workbook (*.xlsx)"))

    @Slot(int)
    def _on_data_changed(self, _event_id: int) -> None:
        if self.isVisible():
            self.refresh()

    def _on_report_counted(self, report: FunderReport) -> None:
        self.loading = False
        self.show_report(report)
        self._enable_saving()

    def _on_report_failed(self, _exc: Exception) -> bool:
        self.loading = False
        self.state_label.clear()
        self._enable_saving()
        return False  # shown the usual way

    def _on_report_saved(self, path: str) -> None:
        self.saving = False
        self._enable_saving()
        self.status_message.emit(self.tr("Report saved: {file}").format(file=path))

    def _on_save_failed(self, _exc: Exception) -> bool:
        self.saving = False
        self._enable_saving()
        return False  # shown the usual way


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
