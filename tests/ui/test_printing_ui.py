"""The print preview dialog and printing badges at check-in, driven through real widgets."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from keet_desktop.domain.db import utcnow
from keet_desktop.printing.documents import DocumentKind
from keet_desktop.ui import messages
from keet_desktop.ui.printing.auto_print import BadgeAutoPrinter
from keet_desktop.ui.printing.output import PrintFailedError
from keet_desktop.ui.printing.preview_dialog import PrintPreviewDialog
from keet_desktop.ui.printing.settings import DeskPrintMode, PrintSettings
from keet_desktop.ui.settings import Settings
from tests.factories import check_in, make_event, person
from tests.printing.helpers import decode_pages
from tests.ui.organiser_helpers import settle


@pytest.fixture
def event(sqlite_services):
    event_id = make_event(sqlite_services)
    ids = []
    for given, family in [("Ayşe", "Yılmaz"), ("Søren", "Ørsted"), ("Hélène", "Çelik")]:
        ids.append(
            sqlite_services.registrations.register(event_id, person(given, family)).registration.id
        )
    with sqlite_services.db.write() as session:
        check_in(session, ids[0], event_id, desk="1", checked_in_at=utcnow())
    return event_id, ids


def open_dialog(qtbot, services, settings, event_id, kind):
    dialog = PrintPreviewDialog(services, settings, event_id, kind)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.current_pdf() is not None, timeout=5000)
    return dialog


def test_the_preview_follows_the_options(qtbot, translators, sqlite_services, settings, event):
    event_id, _ids = event
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.BADGES)
    assert dialog.document.pageCount() == 1
    assert "3 personen" in dialog.status_label.text()
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.options.only_checked_in.setChecked(True)
    assert "1 persoon" in dialog.status_label.text()
    text = PdfReader(io.BytesIO(dialog.current_pdf())).pages[0].extract_text()
    assert "Ayşe Yılmaz" in text and "Ørsted" not in text
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.options.layout_box.setCurrentIndex(dialog.options.layout_box.findData("label-89x36"))
    dialog.options.only_checked_in.setChecked(False)
    qtbot.waitUntil(lambda: dialog.document.pageCount() == 3, timeout=5000)
    assert PrintSettings(settings).layout("badges") == "label-89x36"
    dialog.reject()


def test_save_pdf_writes_the_previewed_document(
    qtbot, translators, sqlite_services, settings, event, tmp_path, monkeypatch
):
    event_id, _ids = event
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, "checkin-sheet")
    dialog.save_button.click()
    settle()  # drawn and written off the GUI thread
    reader = PdfReader(target)
    assert "Çelik, Hélène" in reader.pages[0].extract_text()
    assert len(decode_pages(target.read_bytes())[0]) == 3
    log = sqlite_services.privacy.activity()  # issue 13: every print of personal data logged
    assert [(e.action, e.count) for e in log] == [("print", 3)]
    dialog.reject()


def test_print_to_a_printer_marks_badges_printed(
    qtbot, translators, sqlite_services, settings, event, tmp_path
):
    event_id, ids = event
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.BADGES)
    printer = pdf_printer(tmp_path / "printed.pdf")
    with qtbot.waitSignal(dialog.printed, timeout=10000) as blocker:
        dialog.print_to(printer)
    assert blocker.args == [1]
    assert "1 pagina naar de printer gestuurd" in dialog.status_label.text()
    codes = decode_pages((tmp_path / "printed.pdf").read_bytes(), dpi=100)[0]
    assert len(codes) == 3
    assert sqlite_services.print_data.load_registration(ids[1]).people[0].badge_printed_at
    assert "badges" in sqlite_services.privacy.activity()[0].what  # issue 13
    dialog.reject()


def pdf_printer(path, mode=QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def desk(qtbot, sqlite_services, settings, tmp_path):
    print_settings = PrintSettings(settings)
    print_settings.desk_mode = DeskPrintMode.ONCE
    made = []

    def factory(name):
        if getattr(factory, "broken", False):
            raise PrintFailedError("paper jam")
        made.append(tmp_path / f"badge-{len(made)}.pdf")
        return pdf_printer(made[-1])

    printer = BadgeAutoPrinter(sqlite_services, print_settings, factory)
    yield printer, print_settings, factory, made
    printer.wait()


def test_print_on_check_in_once_then_reprint(qtbot, translators, sqlite_services, event, desk):
    _event_id, ids = event
    auto, _settings, _factory, made = desk
    with qtbot.waitSignal(auto.printed, timeout=5000) as blocker:
        auto.on_checked_in(ids[0])
    assert blocker.args == [ids[0]]
    assert decode_pages(made[0].read_bytes(), dpi=200) == [
        [sqlite_services.registrations.get(ids[0]).registration.ticket_code]
    ]
    with qtbot.waitSignal(auto.skipped, timeout=5000):
        auto.on_checked_in(ids[0])  # "once": printed already
    with qtbot.waitSignal(auto.printed, timeout=5000):
        auto.reprint(ids[0])
    assert len(made) == 2


def test_never_prints_nothing(qtbot, translators, event, desk):
    _event_id, ids = event
    auto, settings, _factory, made = desk
    settings.desk_mode = DeskPrintMode.NEVER
    with qtbot.assertNotEmitted(auto.printed, wait=300):
        auto.on_checked_in(ids[1])
    assert made == []


def test_a_failed_print_is_reported_and_can_be_retried(qtbot, translators, event, desk):
    _event_id, ids = event
    auto, settings, factory, made = desk
    settings.desk_mode = DeskPrintMode.ALWAYS
    factory.broken = True
    with qtbot.waitSignal(auto.failed, timeout=5000) as blocker:
        auto.on_checked_in(ids[2])
    assert "paper jam" in blocker.args[0]
    assert auto.last_failed == ids[2]
    factory.broken = False
    with qtbot.waitSignal(auto.printed, timeout=5000) as blocker:
        assert auto.retry()
    assert blocker.args == [ids[2]] and len(made) == 1
    assert not auto.retry()


def test_a_missing_printer_is_reported(qtbot, translators, sqlite_services, settings, event):
    _event_id, ids = event
    print_settings = PrintSettings(settings)
    print_settings.desk_mode = DeskPrintMode.ALWAYS
    print_settings.desk_printer = "Brother QL-820 in de gang"
    auto = BadgeAutoPrinter(sqlite_services, print_settings)

    class Desk(QObject):
        checked_in = Signal(int)

    desk = Desk()
    desk.checked_in.connect(auto.on_checked_in)
    with qtbot.waitSignal(auto.failed, timeout=5000) as blocker:
        desk.checked_in.emit(ids[0])
    assert blocker.args[0].startswith("De badge is niet afgedrukt")
    assert "Brother QL-820 in de gang" in blocker.args[0]
    auto.wait()


def test_print_settings_remember_offsets_per_printer_and_the_desk_mode(settings):
    print_settings = PrintSettings(settings)
    assert print_settings.desk_mode is DeskPrintMode.NEVER
    assert print_settings.layout("desk") == "label-62mm"
    print_settings.set_offset("Kantoor/HP", 1.5, -0.5)
    print_settings.desk_mode = DeskPrintMode.ONCE
    settings.sync()
    again = PrintSettings(Settings.from_ini(settings.qsettings.fileName()))
    assert again.offset("Kantoor/HP") == (1.5, -0.5)
    assert again.offset("Dymo") == (0.0, 0.0)
    assert again.desk_mode is DeskPrintMode.ONCE


def test_the_attendance_preview_adds_blank_rows(
    qtbot, translators, sqlite_services, settings, event
):
    event_id, _ids = event
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.ATTENDANCE)
    assert dialog.document.pageCount() == 1
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.options.blank_rows.setValue(30)
    assert dialog.document.pageCount() == 2
    assert "Pagina 2 van 2" in text_of(dialog.current_pdf(), 1)
    dialog.reject()


def text_of(pdf: bytes, page: int) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[page].extract_text()


def test_tickets_one_pdf_per_person(
    qtbot, translators, sqlite_services, settings, event, tmp_path, monkeypatch
):
    event_id, _ids = event
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.TICKETS)
    assert dialog.document.pageCount() == 3
    dialog.per_person_button.click()
    settle()
    files = sorted(tmp_path.glob("ticket-*.pdf"))
    assert len(files) == 3
    assert "3 ticketbestanden bewaard" in dialog.status_label.text()
    dialog.reject()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_print_that_fails_is_shown_and_marks_nothing(
    qtbot, translators, sqlite_services, settings, event, tmp_path, monkeypatch
):
    event_id, ids = event
    warnings = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warnings.append(text))
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.BADGES)
    broken = pdf_printer(tmp_path / "no such folder" / "x.pdf")
    dialog.print_to(broken)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert warnings[0].startswith("Afdrukken mislukt")
    assert dialog.print_button.isEnabled()
    assert sqlite_services.print_data.load_registration(ids[0]).people[0].badge_printed_at is None
    dialog.reject()


def test_closing_the_preview_does_not_wait_for_a_long_render(
    qtbot, translators, sqlite_services, settings, event, monkeypatch
):
    import threading

    from keet_desktop.ui.printing import preview_dialog

    release, finished = threading.Event(), []
    original = preview_dialog.render_window

    def slow_render(*args):
        release.wait(10)  # a slow database
        finished.append(True)
        return original(*args)

    monkeypatch.setattr(preview_dialog, "render_window", slow_render)
    dialog = PrintPreviewDialog(sqlite_services, settings, event, DocumentKind.BADGES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # returns while the render is still blocked
    assert finished == [] and not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: finished == [True])


def test_a_long_document_is_shown_a_window_at_a_time_and_printed_and_saved_whole(
    qtbot, translators, sqlite_services, settings, tmp_path, monkeypatch
):
    """Issue 14: 45 tickets are 45 pages; the preview holds 20, printing and saving all 45."""
    event_id = make_event(sqlite_services, capacity=None)
    for n in range(45):
        sqlite_services.registrations.register(
            event_id, person(f"Deelnemer{n:02d}", f"Familie{n:02d}")
        )
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.TICKETS)
    assert dialog.document.pageCount() == 20
    assert dialog.pager.isVisibleTo(dialog) and not dialog.previous_button.isEnabled()
    assert dialog.pages_label.text() == "Pagina's 1–20 van 45"
    assert "45 pagina's" in dialog.status_label.text()
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.next_button.click()
    assert dialog.pages_label.text() == "Pagina's 21–40 van 45"
    assert "Familie20" in text_of(dialog.current_pdf(), 0) and dialog.page_box.value() == 21
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.page_box.setValue(44)  # typed: the window with page 44
    assert dialog.document.pageCount() == 5 and not dialog.next_button.isEnabled()
    assert "Familie43" in text_of(dialog.current_pdf(), 3)
    dialog.go_to_page(42)  # in the window shown: no new render
    assert dialog.page_box.value() == 42
    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(printed, QPrinter.PrinterMode.ScreenResolution)  # 45 pages: quickly
    with qtbot.waitSignal(dialog.printed, timeout=60000) as blocker:
        dialog.print_to(printer)
    assert blocker.args == [45]
    assert len(PdfReader(printed).pages) == 45
    target = tmp_path / "tickets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    settle()
    saved = PdfReader(target)
    assert len(saved.pages) == 45 and "Familie44" in saved.pages[44].extract_text()
    dialog.reject()


def test_a_short_document_has_no_pager(qtbot, translators, sqlite_services, settings, event):
    event_id, _ids = event
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.TICKETS)
    assert dialog.document.pageCount() == 3 and not dialog.pager.isVisibleTo(dialog)
    dialog.reject()


def test_stopping_a_print_aborts_it_and_marks_nothing(
    qtbot, translators, sqlite_services, settings, event, tmp_path, monkeypatch
):
    from keet_desktop.ui.printing import preview_dialog

    event_id, ids = event
    dialog = open_dialog(qtbot, sqlite_services, settings, event_id, DocumentKind.BADGES)

    original = preview_dialog.chunks

    def chunks_then_stop(*args):
        yield from original(*args)
        dialog._printing.cancel()  # Stop pressed while the last page prints
        yield from original(*args)

    monkeypatch.setattr(preview_dialog, "chunks", chunks_then_stop)
    dialog.print_to(pdf_printer(tmp_path / "stopped.pdf"))
    qtbot.waitUntil(lambda: dialog.status_label.text() == "Afdrukken gestopt.", timeout=10000)
    assert dialog.print_button.isEnabled()
    assert sqlite_services.print_data.load_registration(ids[0]).people[0].badge_printed_at is None
    dialog.reject()
