"""What an unexpected error shows: what happened, where the log is, and "Copy details".

The app keeps running: the hook logs the error (masked, see :mod:`keet_desktop.logs`), shows this
dialog and returns to the event loop. The details a volunteer copies for whoever helps them
hold the app's version, the platform and the traceback, masked like the log.
"""

from __future__ import annotations

import logging
import platform
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop import logs
from keet_desktop.ui.dialogs.about_dialog import app_version

log = logging.getLogger(__name__)


def crash_details(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Return the masked text a person can copy: version, platform, traceback."""
    lines = [
        f"Keet Desktop {app_version()}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(kind, value, tb),
    ]
    return logs.mask("\n".join(line.rstrip("\n") for line in lines))


class CrashDialog(QDialog):
    """Says that something unexpected went wrong, where the log is, and lets one copy details."""

    def __init__(
        self, summary: str, details: str, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._details = details
        self._log_file = log_file
        self._summary = summary
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.what = QLabel(
            self.tr(
                "Keet Desktop ran into an unexpected error: {summary}\n\n"
                "Nothing else was stopped: you can go on working. If it happens again, "
                "restart the app and send the details below to whoever helps you."
            ).format(summary=self._summary)
        )
        self.what.setWordWrap(True)
        where = str(self._log_file) if self._log_file else self.tr("(no log file)")
        self.where = QLabel(self.tr("The log is in: {file}").format(file=where))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self._details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.what, self.where, self.details, self.buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Copied"))


def show_crash(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> CrashDialog:
    """Log an unexpected error and show it in a :class:`CrashDialog` (modal); return the dialog."""
    log.critical("unexpected error", exc_info=(kind, value, tb))
    summary = logs.mask(f"{kind.__name__}: {value}" if str(value) else kind.__name__)
    dialog = CrashDialog(summary, crash_details(kind, value, tb), logs.current_log_file())
    dialog.exec()
    return dialog
