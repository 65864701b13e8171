"""The import wizard, the attendance dialog and the export dialog, driven like a user would."""

import csv
import threading
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from keet_desktop.domain.importing.headers import Field
from keet_desktop.domain.importing.problems import RowProblem
from keet_desktop.domain.models import EventKind
from keet_desktop.domain.timeutil import BRUSSELS
from keet_desktop.ui.importing import (
    AttendanceImportDialog,
    ExportDialog,
    ImportRegistrationsWizard,
)
from keet_desktop.ui.importing.models import ParticipantTableModel, ProblemTableModel
from tests import import_files
from tests.domain.test_real_exports import FIXTURES
from tests.factories import future, make_event, person
from tests.ui.organiser_helpers import settle


@pytest.fixture
def event_id(sqlite_services):
    return make_event(sqlite_services, capacity=2)


def _file(tmp_path, rows, header=("Voornaam", "Naam", "E-mailadres", "GSM")):
    return import_files.write_csv(tmp_path / "in.csv", [list(header), *rows], delimiter=";")


ROWS = [
    ["Jan", "Peeters", "jan@example.be", "0470 12 34 56"],
    ["Els", "Maes", "els@example", ""],
    ["Tom", "Claes", "tom@example.be", ""],
    ["Lies", "Janssens", "lies@example.be", ""],
]


def _wizard(qtbot, services, settings, app_events, event_id):
    wizard = ImportRegistrationsWizard(services, settings, app_events, event_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _to_preview(qtbot, wizard, path):
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page  # the file is read on a worker thread
    settle()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: not wizard.preview_page.running, timeout=5000)


def test_the_wizard_previews_then_imports(
    qtbot, sqlite_services, settings, app_events, translators, event_id, tmp_path, monkeypatch
):
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    _to_preview(qtbot, wizard, _file(tmp_path, ROWS))
    page = wizard.preview_page
    shown = {name: label.text() for name, label in page.count_labels.items()}
    assert shown | {} == {
        "rows": "4", "valid": "3", "new_people": "3", "matched_people": "0",
        "duplicates_in_file": "0", "registered": "2", "waitlisted": "1",
        "already_registered": "0",
    }  # fmt: skip
    assert page.problems.rowCount() == 1
    assert page.problems.index(0, 0).data() == "3"
    assert "els@example" in page.problems.index(0, 2).data()
    assert sqlite_services.registrations.list_for_event(event_id) == []

    report = tmp_path / "rapport.csv"
    monkeypatch.setattr(page, "ask_save_path", lambda: str(report))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert saved[0] == ["Regel", "Probleem", "Melding", "Voornaam", "Naam", "E-mailadres", "GSM"]
    assert saved[1][0] == "3" and saved[1][3:] == ["Els", "Maes", "els@example", ""]

    with qtbot.waitSignal(app_events.registrations_changed, timeout=5000) as changed:
        wizard.next()
    assert changed.args == [event_id]
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=5000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    rows = sqlite_services.registrations.list_for_event(event_id)
    assert [r.person.given_name for r in rows] == ["Jan", "Tom", "Lies"]
    assert rows[0].person.phone == "+32 470 12 34 56"
    wizard.grab().save(str(tmp_path / "result.png"))


def test_unrecognised_columns_are_assigned_and_remembered(
    qtbot, sqlite_services, settings, app_events, event_id, tmp_path
):
    path = _file(tmp_path, [["Jan Peeters", "jan@example.be"]], header=("Deelnemer", "Contact"))
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    settle()
    assert wizard.mapping_page.fields() == [Field.IGNORE, Field.IGNORE]
    wizard.mapping_page.set_field(0, Field.FULL_NAME)
    wizard.mapping_page.set_field(1, Field.EMAIL)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.running, timeout=5000)
    assert wizard.preview_page.count_labels["valid"].text() == "1"
    wizard.next()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=5000)
    fields, remembered = sqlite_services.imports.mapping_for(["Deelnemer", "Contact"])
    assert remembered and fields == [Field.FULL_NAME, Field.EMAIL]

    again = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    again.file_page.path_edit.setText(str(path))
    again.next()
    settle()
    assert again.mapping_page.fields() == [Field.FULL_NAME, Field.EMAIL]


def test_an_unreadable_file_keeps_the_first_page(
    qtbot, sqlite_services, settings, app_events, event_id, tmp_path, monkeypatch
):
    shown = []
    monkeypatch.setattr("keet_desktop.ui.messages.warn", lambda *args: shown.append(args))
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    wizard.file_page.path_edit.setText(str(tmp_path / "weg.csv"))
    wizard.next()
    settle()
    assert wizard.currentPage() is wizard.file_page
    assert "weg.csv" in shown[0][2]


def test_stopping_the_import_writes_nothing(
    qtbot, sqlite_services, settings, app_events, event_id, tmp_path, monkeypatch
):
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    _to_preview(qtbot, wizard, _file(tmp_path, ROWS))
    release = threading.Event()
    original = sqlite_services.imports.commit

    def slow_commit(plan, report=None):
        release.wait(5)
        return original(plan, report)

    monkeypatch.setattr(sqlite_services.imports, "commit", slow_commit)
    wizard.next()
    page = wizard.result_page
    assert page.running and not page.isComplete()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert "Nothing was written" in page.summary.text()
    assert sqlite_services.registrations.list_for_event(event_id) == []


def test_problem_and_participant_models(qtmodeltester):
    problems = ProblemTableModel()
    problems.set_rows(
        [RowProblem(3, "missing_name")], [RowProblem(5, "phone_kept", {"phone": "1"})]
    )
    qtmodeltester.check(problems)
    assert problems.index(1, 1).data() == "Warning"
    participants = ParticipantTableModel()
    qtmodeltester.check(participants)


def test_attendance_dialog_links_the_unmatched_and_marks_attendance(
    qtbot, sqlite_services, app_events, tmp_path
):
    start = future()
    event_id = make_event(
        sqlite_services,
        kind=EventKind.WEBINAR,
        online_url="https://zoom.example/j/1",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    sqlite_services.registrations.register(event_id, person("Jan", "Peeters", "jan@example.be"))
    guest = sqlite_services.registrations.register(event_id, person("Gast", "Elders", "g@x.be"))
    dialog = AttendanceImportDialog(sqlite_services, app_events, event_id)
    qtbot.addWidget(dialog)
    assert dialog.minutes.value() == 30
    dialog.load(str(import_files.zoom(tmp_path / "zoom.csv")))
    settle()  # read and previewed on a worker
    assert dialog.unmatched.rowCount() == 3
    assert dialog.import_button.isEnabled()
    assert not dialog.link_button.isEnabled()
    dialog.unmatched_view.selectRow(2)
    assert dialog.unmatched.index(2, 0).data() == "Onbekende Gast"
    dialog.registration_combo.setCurrentIndex(
        dialog.registration_combo.findData(guest.registration.id)
    )
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.unmatched.rowCount() == 2
    assert dialog.plan.attended == 2
    with qtbot.waitSignal(app_events.checkins_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = sqlite_services.registrations.list_for_event(event_id)
    assert [r.desk for r in rows] == ["online", "online"]


def test_export_dialog_writes_the_chosen_columns(qtbot, sqlite_services, event_id, tmp_path):
    sqlite_services.registrations.register(event_id, person("Jan", "Peeters"))
    dialog = ExportDialog(sqlite_services, event_id)
    qtbot.addWidget(dialog)
    assert "phone" not in dialog.chosen_columns()
    for row in range(dialog.columns.count()):
        item = dialog.columns.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in ("given_name", "family_name"):
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.format.setCurrentIndex(1)
    assert dialog.export_to(tmp_path / "lijst") == 1
    assert dialog.written == tmp_path / "lijst.csv"
    text = dialog.written.read_text(encoding="utf-8-sig")
    assert text.splitlines() == ["Given name,Family name", "Jan,Peeters"]


def test_a_cancelled_event_is_not_offered(qtbot, sqlite_services, settings, app_events):
    cancelled = make_event(sqlite_services)
    other = make_event(sqlite_services, title="Andere workshop")
    sqlite_services.events.cancel(cancelled)
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, cancelled)
    settle()  # the events are loaded off the GUI thread
    assert wizard.file_page.target_combo.currentIndex() == -1
    wizard.file_page.path_edit.setText("x.csv")
    assert not wizard.file_page.isComplete()
    wizard.file_page.target_combo.setCurrentIndex(0)
    assert wizard.file_page.target() == ("event", other)


def test_stopping_the_preview_lets_nobody_go_on(
    qtbot, sqlite_services, settings, app_events, event_id, tmp_path, monkeypatch
):
    release = threading.Event()
    original = sqlite_services.imports.preview

    def slow_preview(request, report=None):
        release.wait(5)
        return original(request, report)

    monkeypatch.setattr(sqlite_services.imports, "preview", slow_preview)
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    wizard.file_page.path_edit.setText(str(_file(tmp_path, ROWS)))
    wizard.next()
    settle()
    wizard.next()
    page = wizard.preview_page
    assert page.running and page.progress.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not page.running, timeout=5000)
    assert page.plan is None and not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_preview_shows_the_mapping_the_sheet_and_the_skipped_rows(
    qtbot, sqlite_services, settings, app_events, translators, event_id, tmp_path
):
    translators.install("en")
    path = FIXTURES / "pretix" / "orderdata.xlsx"
    wizard = _wizard(qtbot, sqlite_services, settings, app_events, event_id)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    mapping = wizard.mapping_page
    qtbot.waitUntil(
        lambda: mapping.sheet_combo.isVisibleTo(wizard), timeout=5000
    )  # read off-thread
    assert mapping.sheet_combo.currentText() == "Order positions"
    assert mapping.sheet_combo.accessibleName()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.running, timeout=5000)
    page = wizard.preview_page
    text = page.mapping_label.text()
    assert "Sheet “Order positions”" in text
    assert "Attendee email → E-mail" in text and "Status → Status" in text
    assert "Not imported:" in text and "Email address verified" in text
    assert "Email address verified → " not in text and "Event name → " not in text
    kinds = [page.problems.index(row, 1).data() for row in range(page.problems.rowCount())]
    assert kinds.count("Skipped") == 3 and "Warning" in kinds
    assert "3 rows skipped" in page.rejected_label.text()
    wizard.grab().save(str(tmp_path / "preview.png"))
    wizard.back()
    mapping.choose_sheet("Orders")
    assert not mapping.isComplete()  # read off the GUI thread
    settle()
    assert mapping.isComplete()
    assert wizard.table is not None and wizard.table.sheet == "Orders"
    assert Field.FULL_NAME in mapping.fields()


def _webinar_on(services, day):
    start = datetime(day.year, day.month, day.day, 10, tzinfo=BRUSSELS)
    return make_event(
        services,
        kind=EventKind.WEBINAR,
        online_url="https://zoom.example/j/1",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )


def test_the_attendance_dialog_asks_before_using_a_report_of_another_day(
    qtbot, sqlite_services, app_events, monkeypatch
):
    event_id = _webinar_on(sqlite_services, date(2026, 3, 12))
    sqlite_services.registrations.register(event_id, person("Jan", "Peeters", "jan@example.be"))
    asked = []
    answer = [False]

    def ask(_parent, title, question):
        asked.append((title, question))
        return answer[0]

    monkeypatch.setattr("keet_desktop.ui.messages.ask", ask)
    dialog = AttendanceImportDialog(sqlite_services, app_events, event_id)
    qtbot.addWidget(dialog)
    dialog.load(str(FIXTURES / "zoom" / "meeting_participants_2021.csv"))
    settle()
    assert "12-03-2021" in asked[0][1] and "12-03-2026" in asked[0][1]
    assert dialog.participants == [] and not dialog.import_button.isEnabled()
    answer[0] = True
    dialog.load(str(FIXTURES / "zoom" / "meeting_participants_2021.csv"))
    settle()
    assert len(dialog.participants) == 2 and dialog.import_button.isEnabled()
    asked.clear()
    dialog.load(str(FIXTURES / "zoom" / "meeting_participants.csv"))  # the right day: no question
    settle()
    assert asked == [] and dialog.plan is not None and dialog.plan.attended == 1


def test_the_attendance_dialog_says_who_registered_but_stayed_away(
    qtbot, sqlite_services, app_events, translators
):
    translators.install("en")
    event_id = _webinar_on(sqlite_services, date(2026, 3, 10))
    sqlite_services.registrations.register(event_id, person("Jan", "Peeters", "jan@example.be"))
    dialog = AttendanceImportDialog(sqlite_services, app_events, event_id)
    qtbot.addWidget(dialog)
    dialog.load(str(FIXTURES / "zoom" / "webinar_attendee_report.csv"))
    settle()
    assert "1 registrant did not attend" in dialog.summary.text()


def test_the_problem_model_shows_skipped_rows(qtmodeltester):
    problems = ProblemTableModel()
    problems.set_rows([], [], [RowProblem(4, "skipped_status", {"status": "canceled"})])
    qtmodeltester.check(problems)
    assert problems.index(0, 1).data() == "Skipped"
    assert "canceled" in problems.index(0, 2).data()


def test_the_export_button_writes_on_a_worker_and_closes(
    qtbot, sqlite_services, event_id, tmp_path, monkeypatch
):
    sqlite_services.registrations.register(event_id, person("Jan", "Peeters"))
    dialog = ExportDialog(sqlite_services, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(1)
    monkeypatch.setattr(dialog, "ask_path", lambda: str(tmp_path / "lijst"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Jan" in (tmp_path / "lijst.csv").read_text(encoding="utf-8-sig")
