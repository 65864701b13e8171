"""Printing a badge at check-in, without a dialog and without slowing the desk down.

The desk connects its ``checked_in(int)`` signal to :meth:`BadgeAutoPrinter.on_checked_in`.
The badge is loaded, drawn and printed in a background task (one at a time, in order), so a
slow or broken printer never holds up the next scan; a failure is reported by ``failed`` and
:meth:`BadgeAutoPrinter.retry` tries again.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from keet_desktop.domain.errors import KeetError
from keet_desktop.domain.services import Services
from keet_desktop.i18n import translator
from keet_desktop.printing.badges import BadgeOptions, render_badges
from keet_desktop.printing.layouts import LAYOUTS
from keet_desktop.ui import tasks
from keet_desktop.ui.i18n import error_text
from keet_desktop.ui.printing.output import PrintFailedError, print_pdf
from keet_desktop.ui.printing.settings import DeskPrintMode, PrintSettings

log = logging.getLogger(__name__)

PrinterFactory = Callable[[str], QPrinter]


def system_printer(name: str) -> QPrinter:
    """A printer by name ("" = the system's default); raises when there is no such printer."""
    if name and name not in QPrinterInfo.availablePrinterNames():
        raise PrintFailedError(f"there is no printer named {name}")
    if not name and not QPrinterInfo.defaultPrinterName():
        raise PrintFailedError("there is no default printer")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    return printer


@dataclass(frozen=True)
class _Job:
    registration_id: int
    force: bool
    mode: DeskPrintMode
    layout: str
    printer: str
    offset: tuple[float, float]
    language: str


class BadgeAutoPrinter(QObject):
    """Prints the badge of each person a desk checks in, as the desk's print mode says.

    Args:
        services: The domain services.
        settings: Printing preferences (desk mode, desk printer, label layout, offsets).
        printer_factory: Makes the printer from its name (tests pass a PDF printer).

    Signals:
        printed(int): A registration's badge was printed.
        skipped(int): No badge printed (mode "once" and it was printed before).
        failed(str): Printing failed; the message says why. :meth:`retry` tries again.
    """

    printed = Signal(int)
    skipped = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        services: Services,
        settings: PrintSettings,
        printer_factory: PrinterFactory = system_printer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._printer_factory = printer_factory
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: dict[int, tasks.Task] = {}
        self.last_failed: int | None = None

    @Slot(int)
    def on_checked_in(self, registration_id: int) -> None:
        """Print the badge of a person just checked in, if the desk's mode says so."""
        if self._settings.desk_mode is not DeskPrintMode.NEVER:
            self._start(registration_id, force=False)

    def reprint(self, registration_id: int) -> None:
        """Print a person's badge again, whatever the mode."""
        self._start(registration_id, force=True)

    def retry(self) -> bool:
        """Try the last failed badge again; whether there was one."""
        if self.last_failed is None:
            return False
        registration_id, self.last_failed = self.last_failed, None
        self._start(registration_id, force=True)
        return True

    def wait(self) -> None:
        """Wait until every queued badge is printed (when the desk closes)."""
        self._pool.waitForDone()

    def _start(self, registration_id: int, *, force: bool) -> None:
        printer = self._settings.desk_printer
        job = _Job(
            registration_id,
            force,
            self._settings.desk_mode,
            self._settings.layout("desk"),
            printer,
            self._settings.offset(printer),
            self._settings.language,
        )
        task = tasks.Task(self._print, job)
        task.signals.finished.connect(self._on_task_finished)
        task.signals.failed.connect(self._on_task_failed)
        self._running[id(task.signals)] = task
        task.signals.setProperty("registration_id", registration_id)
        tasks.start(task, self._pool)

    def _print(self, _report: Callable[[int, int], None], job: _Job) -> tuple[int, bool]:
        """Load, draw and print one badge (in a pool thread). Returns (id, printed)."""
        data = self._services.print_data.load_registration(job.registration_id)
        person = data.people[0]
        if not job.force and job.mode is DeskPrintMode.ONCE and person.badge_printed_at:
            return job.registration_id, False
        stream = io.BytesIO()
        options = BadgeOptions(LAYOUTS[job.layout], 1, *job.offset, cut_marks=False)
        render_badges(stream, data.event, [person], options, translator(job.language))
        print_pdf(stream.getvalue(), self._printer_factory(job.printer))
        self._services.print_data.mark_badges_printed([job.registration_id])
        self._services.privacy.record_activity(  # issue 13: every print of personal data
            "print", f"badge {data.event.id} (desk)", 1, "desk"
        )
        return job.registration_id, True

    def _finish(self) -> int:
        signals = self.sender()
        self._running.pop(id(signals), None)
        return int(signals.property("registration_id"))

    @Slot(object)
    def _on_task_finished(self, result: object) -> None:
        self._finish()
        assert isinstance(result, tuple)
        registration_id, printed = result
        (self.printed if printed else self.skipped).emit(registration_id)

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        self.last_failed = self._finish()
        reason = error_text(error) if isinstance(error, KeetError) else str(error)
        log.warning("badge of registration %s not printed: %s", self.last_failed, reason)
        self.failed.emit(self.tr("The badge was not printed: {reason}").format(reason=reason))
