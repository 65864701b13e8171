"""The print preview: options on the left, the PDF on the right, then Print… or Save PDF….

A long document (100,000 badges are 10,000 pages) is never held whole: the preview keeps who is
on it (a list of ids) and shows a window of :data:`~keet_desktop.ui.printing.rendering.
WINDOW_PAGES` pages, the first window first; Previous/Next and "Go to page" render another
window on a worker thread. Printing renders and prints window after window; Save PDF draws the
document into the file on a worker thread. Nothing here blocks the window for long.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal, Slot
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services import Services
from keet_desktop.domain.services.print_data import DocumentIndex, PrintFilter, SortOrder
from keet_desktop.printing.attendance import AttendanceOptions
from keet_desktop.printing.documents import DOCUMENT_NAMES, DocumentKind, DocumentOptions
from keet_desktop.printing.layouts import Paper
from keet_desktop.ui import file_dialogs, messages
from keet_desktop.ui.accessibility import fit_to_screen, name
from keet_desktop.ui.operations import Latest, Operation, Query
from keet_desktop.ui.printing.options import PrintOptionsForm
from keet_desktop.ui.printing.output import print_chunks
from keet_desktop.ui.printing.rendering import (
    RenderedWindow,
    RenderRequest,
    Report,
    chunks,
    page_count,
    render_window,
    save_document,
    save_tickets,
    statuses_for,
)
from keet_desktop.ui.printing.settings import PrintSettings
from keet_desktop.ui.safety import file_target
from keet_desktop.ui.settings import Settings
from keet_desktop.ui.tasks import Task

log = logging.getLogger(__name__)
PAGE_DELAY_MS = 300  # "Go to page" waits for the typing to stop


class PrintPreviewDialog(QDialog):
    """Preview a document of an event, change its options, then print or save it.

    Signals:
        rendered(int): A new preview is shown; the document's number of pages.
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
        self._window: RenderedWindow | None = None
        self._index: DocumentIndex | None = None
        self._index_selection: PrintFilter | None = None
        self._renders = Latest()
        self._serial = 0
        self._printing: Task | None = None
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
        self.status_label = QLabel(self.tr("Preparing the preview…"))
        self.status_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.per_person_button = QPushButton(self.tr("One PDF per person…"))
        self.per_person_button.setToolTip(self.tr("Save each ticket as its own PDF, for e-mailing"))
        self.per_person_button.setVisible(self._kind is DocumentKind.TICKETS)
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        for button in (self.print_button, self.save_button, self.per_person_button):
            button.setEnabled(False)  # until there is something to print
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
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self._build_pager())
        layout = QHBoxLayout(self)
        layout.addLayout(left, 0)
        layout.addLayout(right, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(PAGE_DELAY_MS)

    def _build_pager(self) -> QWidget:
        """Previous/next pages and "Go to page": shown when the document is longer than a window."""
        self.pager = QWidget()
        self.previous_button = QPushButton(self.tr("◀ Previous pages"))
        self.previous_button.setAccessibleName(self.tr("Previous pages"))
        self.next_button = QPushButton(self.tr("Next pages ▶"))
        self.next_button.setAccessibleName(self.tr("Next pages"))
        self.pages_label = QLabel()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, 1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setAccessibleName(self.tr("Go to page"))
        go_label = QLabel(self.tr("&Go to page"))
        go_label.setBuddy(self.page_box)
        # Two lines, so the dialog still fits a 1024-pixel-wide screen next to the options.
        self.pages_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(go_label)
        row.addWidget(self.page_box)
        row.addStretch(1)
        row.addWidget(self.next_button)
        lines = QVBoxLayout(self.pager)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.addWidget(self.pages_label)
        lines.addLayout(row)
        self.pager.hide()
        return self.pager

    def _connect_signals(self) -> None:
        self.options.changed.connect(self._on_options_changed)
        self._timer.timeout.connect(self._render_now)
        self._page_timer.timeout.connect(self._on_page_timer_timeout)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.per_person_button.clicked.connect(self._on_per_person_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.page_box.valueChanged.connect(self._on_page_box_value_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_current_page_changed)

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
        """Render the window with the page shown now (after new options: the index too)."""
        page = self.page_box.value() - 1 if self._window else 0
        self._render(page)

    def _render(self, page: int) -> None:
        request = self.request()
        index = self._index if request.selection == self._index_selection else None
        self._serial += 1
        Query(self, render_window, self._services, request, index, page).latest(
            self._renders
        ).success(lambda window: self._on_window_rendered(window, request, page)).failure(
            self._on_render_failed
        ).run()

    def _on_window_rendered(
        self, window: RenderedWindow, request: RenderRequest, page: int
    ) -> None:
        if self._closed:
            return  # a late result after closing: its folder is gone
        self._window = window
        self._index, self._index_selection = window.index, request.selection
        path = Path(self._folder.name) / f"preview-{self._serial}.pdf"
        path.write_bytes(window.pdf)
        self.document.load(str(path))
        path.unlink()  # QtPdf has read it; nothing personal stays on disk
        self._show_pager(window, page)
        people = window.people
        self.status_label.setText(
            self.tr("%n page(s)", "", window.page_count)
            + " · "
            + self.tr("%n person(s)", "", people)
        )
        for button in (self.print_button, self.save_button, self.per_person_button):
            button.setEnabled(self._printing is None)
        self.rendered.emit(window.page_count)

    def _show_pager(self, window: RenderedWindow, page: int) -> None:
        pages = window.page_count
        self.pager.setVisible(pages > len(window.pages))
        number = self.locale().toString  # "11.250" in Dutch
        self.pages_label.setText(
            self.tr("Pages {first}–{last} of {pages}").format(
                first=number(window.pages.start + 1),
                last=number(window.pages.stop),
                pages=number(pages),
            )
        )
        self.previous_button.setEnabled(window.pages.start > 0)
        self.next_button.setEnabled(window.pages.stop < pages)
        page = max(window.pages.start, min(page, window.pages.stop - 1))
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, pages)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        if page > window.pages.start:
            self.view.pageNavigator().jump(page - window.pages.start, QPointF(), 0)

    def _on_render_failed(self, error: Exception) -> bool:
        log.error("preview failed: %s", type(error).__name__)
        self.status_label.setText(
            self.tr("The preview could not be made: {reason}").format(reason=str(error))
        )
        return True

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (1-based): in the window shown, or a window rendered for it."""
        window = self._window
        if window is None:
            return
        index = max(0, min(page, window.page_count) - 1)
        if index in window.pages:
            self.view.pageNavigator().jump(index - window.pages.start, QPointF(), 0)
            self.page_box.blockSignals(True)
            self.page_box.setValue(index + 1)
            self.page_box.blockSignals(False)
        else:
            self.status_label.setText(self.tr("Updating the preview…"))
            self._render(index)

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        if self._window is not None:
            self.go_to_page(self._window.pages.start)  # the last page of the window before

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self._window is not None:
            self.go_to_page(self._window.pages.stop + 1)

    @Slot(int)
    def _on_page_box_value_changed(self, _page: int) -> None:
        self._page_timer.start()

    @Slot()
    def _on_page_timer_timeout(self) -> None:
        self.go_to_page(self.page_box.value())

    @Slot(int)
    def _on_current_page_changed(self, page: int) -> None:
        """Scrolling through the window: the page box follows."""
        if self._window is not None and 0 <= page < len(self._window.pages):
            self.page_box.blockSignals(True)
            self.page_box.setValue(self._window.pages.start + page + 1)
            self.page_box.blockSignals(False)

    def current_pdf(self) -> bytes | None:
        """The PDF shown in the preview (the window of pages shown), if any."""
        return self._window.pdf if self._window else None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        window = self._window
        if window is None:
            return
        document = QCoreApplication.translate("printing", DOCUMENT_NAMES[self._kind])
        event = window.index.event
        suggested = file_dialogs.suggested_name(document, event.title, event.starts_at, "pdf")
        path = file_dialogs.choose_save_file(
            self, self.tr("Save PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        target = file_target(path, ".pdf")
        replace = target == Path(path)  # the dialog asked before replacing this one
        request = self.request()
        Query(self, save_document, self._services, request, window.index, target, replace).progress(
            self.tr("Saving the PDF…")
        ).success(self._on_saved).run()

    def _on_saved(self, path: Path) -> None:
        self._record_activity("save PDF")  # issue 13
        if not self._closed:
            file_dialogs.confirm_saved(self, str(path))

    @Slot()
    def _on_per_person_button_clicked(self) -> None:
        window = self._window
        if window is None:
            return
        folder = file_dialogs.choose_folder(self, self.tr("Folder for the tickets"))
        if not folder:
            return
        Query(
            self, save_tickets, self._services, self.request(), window.index, Path(folder)
        ).progress(self.tr("Saving the tickets…")).success(
            lambda count: self._on_tickets_saved(folder, count)
        ).failure(self._on_tickets_failed).run()

    def _on_tickets_saved(self, folder: str, count: int) -> None:
        self.status_label.setText(self.tr("%n ticket file(s) saved.", "", count))
        file_dialogs.confirm_saved_files(self, folder, count)

    def _on_tickets_failed(self, error: Exception) -> bool:
        if not isinstance(error, OSError):
            return False  # a refusal (KeetError): shown the one way
        text = self.tr("The file could not be saved: {reason}")
        messages.warn(self, self.tr("Save PDF"), text.format(reason=error.strerror or str(error)))
        return True

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._window is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.options.printer_name():
            printer.setPrinterName(self.options.printer_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the whole document on ``printer`` in the background, window after window.

        A progress dialog with Stop shows after half a second. ``printed`` follows (badges are
        then marked printed); a failure shows a warning and marks nothing.
        """
        window = self._window
        assert window is not None
        request, index = self.request(), window.index
        pages = page_count(request, index)
        self.print_button.setEnabled(False)
        self.status_label.setText(self.tr("Printing %n page(s)…", "", pages))
        self._printing = (
            Query(self, _print_document, self._services, request, index, printer, pages)
            .progress(self.tr("Printing…"))
            .success(lambda outcome: self._on_print_finished(outcome, index.ids))
            .failure(self._on_print_failed)
            .run()
        )

    def _on_print_finished(self, outcome: PrintOutcome, ids: list[int]) -> None:
        self._printing = None
        self.print_button.setEnabled(True)
        if outcome.stopped:
            self.status_label.setText(self.tr("Printing stopped."))
            return
        pages = outcome.pages
        self._record_activity("printer")  # issue 13
        self.status_label.setText(self.tr("%n page(s) sent to the printer.", "", pages))
        if self._kind is DocumentKind.BADGES:
            Operation(self, self._services.print_data.mark_badges_printed, ids).success(
                lambda _at: self.printed.emit(pages)
            ).run()
        else:
            self.printed.emit(pages)

    def _on_print_failed(self, error: Exception) -> bool:
        self._printing = None
        self.print_button.setEnabled(True)
        text = self.tr("Printing failed: {reason}").format(reason=str(error))
        self.status_label.setText(text)
        messages.warn(self, self.tr("Print"), text)
        return True

    def _record_activity(self, how: str) -> None:
        """Log this print of personal data (issue 13): what, for how many, by the organiser."""
        if self._window is None:
            return
        what = f"{self._kind.value} {self._event_id} ({how})"
        count = self._window.people
        self._services.privacy.record_activity("print", what, count, "organiser")

    def done(self, result: int) -> None:
        """Close at once and remove the temporary files.

        A window still rendering is not waited for: its result is dropped. A print job that
        is running is stopped (as with Stop) and aborted at its next page.
        """
        self._timer.stop()
        self._page_timer.stop()
        self._closed = True
        if self._printing is not None:
            self._printing.cancel()
        self.document.close()
        super().done(result)
        self._folder.cleanup()


@dataclass(frozen=True)
class PrintOutcome:
    """How a print ended: the pages sent, or stopped (the job aborted, nothing marked)."""

    pages: int
    stopped: bool = False


def _print_document(
    report: Report,
    services: Services,
    request: RenderRequest,
    index: DocumentIndex,
    printer: QPrinter,
    pages: int,
) -> PrintOutcome:
    try:
        return PrintOutcome(print_chunks(chunks(services, request, index), pages, printer, report))
    except Task.Cancelled:
        return PrintOutcome(0, stopped=True)
