"""The print preview: options on the left, the PDF on the right, then Print… or Save PDF…."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.domain.services.print_data import PrintFilter, SortOrder
from keet_desktop.i18n import translator
from keet_desktop.printing.attendance import AttendanceOptions
from keet_desktop.printing.documents import DOCUMENT_NAMES, DocumentKind, DocumentOptions
from keet_desktop.printing.layouts import Paper
from keet_desktop.printing.tickets import write_ticket_files
from keet_desktop.ui import file_dialogs, messages, tasks
from keet_desktop.ui.accessibility import fit_to_screen, name
from keet_desktop.ui.printing.options import PrintOptionsForm
from keet_desktop.ui.printing.output import print_pdf
from keet_desktop.ui.printing.rendering import (
    RenderedDocument,
    RenderRequest,
    render,
    statuses_for,
)
from keet_desktop.ui.printing.settings import PrintSettings
from keet_desktop.ui.safety import save_file
from keet_desktop.ui.settings import Settings

log = logging.getLogger(__name__)


class PrintPreviewDialog(QDialog):
    """Preview a document of an event, change its options, then print or save it.

    Signals:
        rendered(int): A new preview is shown; the number of pages.
        printed(int): The document went to the printer; the number of pages.
    """

    rendered = Signal(int)
    printed = Signal(int)

    def __init__(
        self,
        services: Services,
        settings: Settings,
        event_id: int,
        document_kind: DocumentKind | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = PrintSettings(settings)
        self._event_id = event_id
        self._kind = DocumentKind(document_kind)
        self._result: RenderedDocument | None = None
        self._generation = 0
        self._tasks: dict[int, tasks.Task] = {}
        self._printer: QPrinter | None = None
        self._print_task: tasks.Task | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._folder = tempfile.TemporaryDirectory(prefix="keet-preview-")
        self._closed = False
        self._build_ui()
        self._connect_signals()
        self._render_now()

    def _build_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Print: {document}").format(
                document=QCoreApplication.translate("printing", DOCUMENT_NAMES[self._kind])
            )
        )
        fit_to_screen(self, 1100, 760)
        self.options = PrintOptionsForm(self._services, self._settings, self._event_id, self._kind)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.per_person_button = QPushButton(self.tr("One PDF per person…"))
        self.per_person_button.setToolTip(self.tr("Save each ticket as its own PDF, for e-mailing"))
        self.per_person_button.setVisible(self._kind is DocumentKind.TICKETS)
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        left = QVBoxLayout()
        options_area = QScrollArea()  # large text: the options scroll, the buttons stay
        options_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        options_area.setWidget(self.options)
        options_area.setWidgetResizable(True)
        options_area.setFrameShape(QFrame.Shape.NoFrame)
        options_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        options_area.setMinimumWidth(self.options.sizeHint().width() + 24)
        left.addWidget(options_area, 1)
        left.addWidget(self.status_label)
        buttons = (self.print_button, self.save_button, self.per_person_button, self.close_button)
        for button in buttons:
            left.addWidget(button)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        name(
            self.view, self.tr("Preview"), self.tr("Arrow keys and Page Up/Down scroll the pages.")
        )
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)

    def _connect_signals(self) -> None:
        self.options.changed.connect(self._on_options_changed)
        self._timer.timeout.connect(self._render_now)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.per_person_button.clicked.connect(self._on_per_person_button_clicked)
        self.close_button.clicked.connect(self.reject)

    def request(self) -> RenderRequest:
        """What the options ask for now."""
        form = self.options
        selection = PrintFilter(
            only_checked_in=form.only_checked_in.isChecked(),
            only_not_printed=form.only_not_printed.isChecked(),
            registration_id=form.person.currentData(),
            sort=SortOrder(form.sort.currentData()),
            statuses=statuses_for(self._kind),
        )
        offset_x, offset_y = form.offset_x.value(), form.offset_y.value()
        options = DocumentOptions(
            paper=Paper(form.paper.currentData()),
            layout=form.layout_box.currentData(),
            start_at=form.start_at.value(),
            offset_x_mm=offset_x,
            offset_y_mm=offset_y,
            attendance=AttendanceOptions(
                show_email=form.email_column.isChecked(),
                show_municipality=form.municipality_column.isChecked(),
                blank_rows=form.blank_rows.value(),
            ),
        )
        return RenderRequest(self._kind, self._event_id, selection, options, form.language())

    @Slot()
    def _on_options_changed(self) -> None:
        self.options.save()
        self.status_label.setText(self.tr("Updating the preview…"))
        self._timer.start()

    @Slot()
    def _render_now(self) -> None:
        self._generation += 1
        task = tasks.Task(render, self._services, self.request())
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._tasks[self._generation] = task
        tasks.start(task, self._pool)

    def _take_task(self) -> bool:
        """Forget the finished task; whether it is the latest one."""
        done = [g for g, t in self._tasks.items() if t.signals is self.sender()]
        for generation in done:
            del self._tasks[generation]
        return bool(done) and done[0] == self._generation

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        if self._closed or not self._take_task() or not isinstance(result, RenderedDocument):
            return  # a late result after closing: its folder is gone
        self._result = result
        path = Path(self._folder.name) / f"preview-{self._generation}.pdf"
        path.write_bytes(result.pdf)
        self.document.load(str(path))
        items = len(result.registration_ids)
        self.status_label.setText(
            self.tr("%n page(s)", "", result.pages) + " · " + self.tr("%n person(s)", "", items)
        )
        self.rendered.emit(result.pages)

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        if not self._take_task():
            return
        log.error("preview failed: %s", error)
        self.status_label.setText(
            self.tr("The preview could not be made: {reason}").format(reason=str(error))
        )

    def current_pdf(self) -> bytes | None:
        """The PDF shown in the preview, if any."""
        return self._result.pdf if self._result else None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self._result is None:
            return
        name = QCoreApplication.translate("printing", DOCUMENT_NAMES[self._kind])
        event = self._services.events.get(self._event_id)
        suggested = file_dialogs.suggested_name(name, event.title, event.starts_at, "pdf")
        path = file_dialogs.choose_save_file(
            self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        pdf = self._result.pdf
        written = save_file(
            self, path, ".pdf", lambda stream: stream.write(pdf), database=self._services.db
        )
        if written is not None:
            self._record_activity("save PDF")  # issue 13
        if written is not None:
            file_dialogs.confirm_saved(self, str(written))

    @Slot()
    def _on_per_person_button_clicked(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Folder for the tickets"))
        if not folder:
            return
        request = self.request()
        data = self._services.print_data.load(self._event_id, request.selection)
        try:
            files = write_ticket_files(
                Path(folder),
                data.event,
                data.people,
                translator(request.language),
                request.options.paper,
                force=True,  # the user chose this folder to (re)fill
            )
        except KeetError as exc:
            messages.show_error(self, exc)
            return
        except OSError as exc:
            text = self.tr("The file could not be saved: {reason}")
            messages.warn(self, self.tr("Save PDF"), text.format(reason=exc.strerror or str(exc)))
            return
        self.status_label.setText(self.tr("%n ticket file(s) saved.", "", len(files)))
        file_dialogs.confirm_saved_files(self, folder, len(files))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.options.printer_name():
            printer.setPrinterName(self.options.printer_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed document on ``printer`` in the background.

        ``printed`` follows (badges are then marked printed); a failure shows a warning.
        """
        assert self._result is not None
        self._printer = printer  # kept alive while the task paints on it
        task = tasks.Task(_print_task, self._result.pdf, printer)
        task.signals.progress.connect(self._on_print_progress)
        task.signals.finished.connect(self._on_print_finished)
        task.signals.failed.connect(self._on_print_failed)
        self._print_task = task
        self.print_button.setEnabled(False)
        tasks.start(task, self._pool)

    @Slot(int, int)
    def _on_print_progress(self, done: int, total: int) -> None:
        text = self.tr("Printing page {page} of {pages}…")
        self.status_label.setText(text.format(page=done, pages=total))

    @Slot(object)
    def _on_print_finished(self, pages: object) -> None:
        self.print_button.setEnabled(True)
        assert self._result is not None and isinstance(pages, int)
        if self._kind is DocumentKind.BADGES:
            self._services.print_data.mark_badges_printed(self._result.registration_ids)
        self.status_label.setText(self.tr("%n page(s) sent to the printer.", "", pages))
        self._record_activity("printer")  # issue 13
        self.printed.emit(pages)

    def _record_activity(self, how: str) -> None:
        """Log this print of personal data (issue 13): what, for how many, by the organiser."""
        assert self._result is not None
        what = f"{self._kind.value} {self._event_id} ({how})"
        count = len(self._result.registration_ids)
        self._services.privacy.record_activity("print", what, count, "organiser")

    @Slot(object)
    def _on_print_failed(self, error: object) -> None:
        self.print_button.setEnabled(True)
        text = self.tr("Printing failed: {reason}").format(reason=str(error))
        self.status_label.setText(text)
        messages.warn(self, self.tr("Print"), text)

    def done(self, result: int) -> None:
        """Close at once and remove the temporary files.

        A preview still rendering (100,000 badges take minutes) is not waited for: its pool
        moves to the application and goes when the render is done; its result is dropped.
        A print job that is running is waited for (the printer is the dialog's).
        """
        self._timer.stop()
        self._closed = True
        if self._print_task is not None:
            self._pool.waitForDone()
        elif self._tasks:
            self._release_pool()
        self.document.close()
        super().done(result)
        self._folder.cleanup()

    def _release_pool(self) -> None:
        """Let the running render finish in the background; the pool goes after it."""
        pool = self._pool
        pool.setParent(QCoreApplication.instance())
        for task in self._tasks.values():
            task.signals.finished.connect(pool.deleteLater)
            task.signals.failed.connect(pool.deleteLater)
        self._pool = QThreadPool(self)


def _print_task(report: Callable[[int, int], None], pdf: bytes, printer: QPrinter) -> int:
    return print_pdf(pdf, printer, report)
