"""About Keet Desktop: version, database, licence."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def app_version() -> str:
    """The installed version of Keet Desktop."""
    try:
        return metadata.version("keet-desktop")
    except metadata.PackageNotFoundError:
        return "0+unknown"


class AboutDialog(QDialog):
    """Name, version, the open database and the licence."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Keet Desktop"))
        title = QLabel(f"<h2>Keet Desktop {app_version()}</h2>")
        body = QLabel(
            self.tr(
                "Plan workshops, webinars and events, keep registrations and waiting lists, "
                "and run the check-in desk – offline."
            )
        )
        body.setWordWrap(True)
        where = QLabel(self.tr("Database: {database}").format(database=database))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        licence = QLabel(self.tr("Licence: GPL-3.0-or-later. Made for De Keet, Aalst."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, body, where, licence, buttons):
            layout.addWidget(widget)
        self.version_label = title
