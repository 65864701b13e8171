"""Texts of Qt's own widgets that the ``qtbase_<lang>.qm`` shipped with PySide6 lacks.

Qt 6 renamed two labels of its file dialog ("&Look in:", "Files of &type:") and the Dutch
catalogue still has only the old ones, so Qt's own (non-native) file dialog showed them in
English. Marked here, they are translated in the app's "ui" catalogue; Qt asks every installed
translator in turn, so these fill the gap. Platforms with a native file dialog use it anyway.
"""

from __future__ import annotations

from keet_desktop.i18n import QT_TRANSLATE_NOOP

QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
