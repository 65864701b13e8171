"""Ask for the passphrase of an encrypted database when the app opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.db import Database
from keet_desktop.domain.privacy.errors import PassphraseRequiredError, WrongPassphraseError
from keet_desktop.ui.i18n import error_text


class PassphraseDialog(QDialog):
    """One password field, and what went wrong with the last try."""

    def __init__(self, location: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted database"))
        self.prompt = QLabel(
            self.tr("The database {path} is encrypted. Type its passphrase:").format(path=location)
        )
        self.prompt.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.prompt.setBuddy(self.passphrase_edit)
        self.problem_label = QLabel(problem)
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        self.problem_label.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        """What was typed."""
        return self.passphrase_edit.text()


Asker = Callable[[str, str], "str | None"]


def ask_passphrase(location: str, problem: str) -> str | None:
    """Show the dialog; the passphrase, or None when cancelled."""
    dialog = PassphraseDialog(location, problem)
    return dialog.passphrase() if dialog.exec() else None


def open_database(
    url: str | None,
    ask: Asker = ask_passphrase,
    tries: int = 5,
    parent: QWidget | None = None,
) -> Database | None:
    """Open the database, asking for the passphrase while it is encrypted and not yet opened.

    A wrong passphrase is said in the dialog and changes nothing; cancel returns None. The
    database is opened the safe way (issue 11): read-only, and said so, on a full or read-only
    disk or when the file is damaged.
    """
    from keet_desktop.ui.safety import open_database as open_safely

    passphrase: str | None = None
    problem = ""
    for _attempt in range(tries):
        try:
            return open_safely(url, parent, passphrase=passphrase)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            if isinstance(exc, WrongPassphraseError):
                problem = error_text(exc)
            passphrase = ask(str(exc.params.get("path", "")), problem)
            if passphrase is None:
                return None
    raise WrongPassphraseError(path=url or QCoreApplication.translate("privacy", "the database"))
