"""Issue 18: file dialogs in the chosen language, in the last folder, with a telling name."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.printing.documents import DocumentKind
from keet_desktop.ui import file_dialogs
from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
from tests.factories import make_event, person
from tests.ui.organiser_helpers import settle


def test_qt_own_file_dialog_speaks_dutch(qtbot, translators):
    dialog = QFileDialog(None, "Opslaan")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["lookInLabel"] == "&Zoeken in:"
    assert texts["fileTypeLabel"] == "Bestanden van &type:"
    assert texts["fileNameLabel"] == "Bestands&naam:"
    assert "Look in" not in " ".join(texts.values())


def test_the_suggested_name_says_document_event_and_date():
    when = datetime(2026, 12, 3, 19, 0, tzinfo=BRUSSELS)
    assert file_dialogs.suggested_name("Badges", "Repair café", when, "pdf") == (
        "Badges Repair café 2026-12-03.pdf"
    )
    assert file_dialogs.suggested_name("Lijst", "Werk/leven: 2?", when, "csv") == (
        "Lijst Werk leven 2 2026-12-03.csv"
    )


@pytest.fixture
def saved_pdf(qtbot, translators, sqlite_services, settings, tmp_path, monkeypatch):
    start = datetime(2026, 12, 3, 19, 0, tzinfo=BRUSSELS)
    event_id = make_event(
        sqlite_services, title="Repair café", starts_at=start, ends_at=start.replace(hour=21)
    )
    sqlite_services.registrations.register(event_id, person("Lieve", "Peeters"))
    asked = []

    def save_file_name(parent, title, start, filter_text, *a, **k):
        asked.append(start)
        return str(tmp_path / "out" / Path(start).name), filter_text

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = PrintPreviewDialog(sqlite_services, settings, event_id, DocumentKind.BADGES)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current_pdf() is not None, timeout=5000)
    return dialog, asked, opened


def test_saving_a_pdf_starts_in_documents_suggests_a_name_and_confirms(qtbot, saved_pdf, tmp_path):
    dialog, asked, opened = saved_pdf
    dialog.save_button.click()
    settle()  # written off the GUI thread
    documents = Path(file_dialogs.documents_folder())
    assert Path(asked[0]) == documents / "Badges Repair café 2026-12-03.pdf"
    target = tmp_path / "out" / "Badges Repair café 2026-12-03.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    [box] = [w for w in dialog.findChildren(QMessageBox) if w.isVisible()]
    assert "Badges Repair café 2026-12-03.pdf" in box.text() and str(tmp_path / "out") in box.text()
    assert box.open_folder_button.text() == "Map openen"
    box.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "out"))]
    # the next dialog starts in the folder used last
    dialog.save_button.click()
    settle()
    assert Path(asked[1]).parent == tmp_path / "out"
    dialog.reject()


def test_the_export_suggests_a_name_and_confirms(
    qtbot, translators, sqlite_services, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QWidget

    from keet_desktop.ui.importing import ExportDialog

    start = datetime(2026, 12, 3, 19, 0, tzinfo=BRUSSELS)
    event_id = make_event(
        sqlite_services, title="Repair café", starts_at=start, ends_at=start.replace(hour=21)
    )
    sqlite_services.registrations.register(event_id, person("Jan", "Peeters"))
    asked = []

    def save_file_name(parent, title, start, filter_text, *a, **k):
        asked.append(Path(start).name)
        return str(tmp_path / Path(start).name), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = ExportDialog(sqlite_services, event_id, owner)
    dialog.format.setCurrentIndex(1)  # CSV
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle()  # written off the GUI thread
    assert asked == ["Inschrijvingen Repair café 2026-12-03.csv"]
    assert (tmp_path / "Inschrijvingen Repair café 2026-12-03.csv").exists()
    [box] = owner.findChildren(QMessageBox)
    assert box.isVisible() and box.open_folder_button.isVisible()


def test_ticket_files_are_confirmed_with_their_folder(
    qtbot, translators, sqlite_services, settings, tmp_path, monkeypatch
):
    event_id = make_event(sqlite_services, title="Repair café")
    for given in ("Jan", "Els"):
        sqlite_services.registrations.register(event_id, person(given, "Peeters"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = PrintPreviewDialog(sqlite_services, settings, event_id, DocumentKind.TICKETS)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current_pdf() is not None, timeout=5000)
    dialog.per_person_button.click()
    settle()
    [box] = [w for w in dialog.findChildren(QMessageBox) if w.isVisible()]
    assert box.text() == f"2 bestanden opgeslagen in {tmp_path}."
    box.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert file_dialogs.last_folder() == str(tmp_path)
    dialog.reject()
