"""About Keet Desktop: version, database, licence."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.licences import licence_texts, third_party


def app_version() -> str:
    """The installed version of Keet Desktop."""
    try:
        return metadata.version("keet-desktop")
    except metadata.PackageNotFoundError:
        return "0+unknown"


class AboutDialog(QDialog):
    """Name, version, the open database, the licence and the third-party licences."""

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
        self.third_party = QTextBrowser()
        self.third_party.setAccessibleName(self.tr("Third-party software and licences"))
        self.third_party.setOpenExternalLinks(True)
        self.third_party.setHtml(self._third_party_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, body, where, licence, self.third_party, buttons):
            layout.addWidget(widget)
        self.version_label = title
        self.resize(560, 520)

    def _third_party_html(self) -> str:
        rows = "".join(
            f"<tr><td>{escape(c.name)}</td><td>{escape(c.version)}</td>"
            f"<td>{escape(c.licence)}</td>"
            f"<td><a href='{escape(c.url)}'>{escape(c.url)}</a></td></tr>"
            for c in third_party()
        )
        texts = "".join(
            f"<li><a href='{QUrl.fromLocalFile(str(path)).toString()}'>{escape(path.name)}</a></li>"
            for path in licence_texts()
        )
        return (
            "<h3>" + escape(self.tr("Third-party software")) + "</h3>"
            + "<p>" + escape(self.tr(
                "Keet Desktop is built with these, each under its own licence. Qt and PySide6 "
                "are used under the LGPL 3: you may replace them with your own build."
            )) + "</p>"
            + f"<table cellspacing='4'>{rows}</table>"
            + "<h3>" + escape(self.tr("Licence texts")) + f"</h3><ul>{texts}</ul>"
        )  # fmt: skip
