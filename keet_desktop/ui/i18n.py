"""Install the app's and Qt's translators, and translate domain errors for display."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from keet_desktop.domain.errors import KeetError
from keet_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, translations_dir

log = logging.getLogger(__name__)


def system_language() -> str:
    """Return the system locale's language if the app speaks it, else Dutch."""
    for name in QLocale.system().uiLanguages():
        code = name[:2].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


class Translators:
    """The translators installed on the application, kept alive and swappable.

    Loads every ``*_<lang>.qm`` of the app (one per area) and Qt's own ``qtbase_<lang>.qm``
    (standard buttons, dialogs). Install before any widget is made.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, language: str) -> None:
        """Replace the installed translators by those of ``language``."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        for path in sorted(translations_dir().glob(f"*_{language}.qm")):
            self._load(str(path))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_file = f"{qt_folder}/qtbase_{language}.qm"
        translator = QTranslator(self._app)
        if translator.load(qt_file):
            self._app.installTranslator(translator)
            self._installed.append(translator)
        self.language = language
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                QLocale.Country.Belgium if language == "nl" else QLocale.Country.UnitedKingdom,
            )
        )

    def _load(self, path: str) -> None:
        translator = QTranslator(self._app)
        if not translator.load(path):
            log.warning("could not load translation %s", path)
            return
        self._app.installTranslator(translator)
        self._installed.append(translator)


def qt_translate(context: str, source: str) -> str:
    """Translate through the installed Qt translators (for :meth:`KeetError.format`)."""
    return QCoreApplication.translate(context, source)


def error_text(error: KeetError) -> str:
    """Return a domain error's message in the UI's language."""
    return error.format(qt_translate)
