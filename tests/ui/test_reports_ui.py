"""The Reports page (QtCharts) and the programme page's Results tab, driven like a user would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget

from keet_desktop.ui import formatting as fmt
from keet_desktop.ui import messages
from keet_desktop.ui.app import build_main_window
from keet_desktop.ui.reports import reports_page as reports_module
from keet_desktop.ui.reports import results_panel as results_module
from keet_desktop.ui.reports.reports_page import ReportsPage
from tests.domain.test_programme_results import build_programme
from tests.report_season import generate_season
from tests.ui.organiser_helpers import settle

SHOTS = Path("/tmp/i15-shots")


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(qtbot, translators, settings, app_events, sqlite_services, monkeypatch):
    monkeypatch.setattr(messages, "ask", lambda *_a: True)
    monkeypatch.setattr(messages, "warn", lambda *_a: None)
    main = build_main_window(sqlite_services, settings, app_events, "nl")
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    return main


def test_reports_page_shows_the_period_in_numbers_and_charts(
    qtbot, window, sqlite_services, monkeypatch, tmp_path
):
    generate_season(sqlite_services.db, events=40, people=150, registrations=900)
    features = window.features
    assert features.reports_page.inner is None  # built on first show
    window.show_page("reports")
    page = features.reports_page.inner
    assert isinstance(page, ReportsPage)
    assert page.state_label.text() == "Aan het tellen…" and not page.pdf_button.isEnabled()
    page.from_edit.setDate(QDate(2024, 1, 1))
    page.to_edit.setDate(QDate(2025, 12, 31))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)  # the newest period wins
    settle()
    assert page.report is not None and page.report.first == date(2024, 1, 1)
    assert not page.loading and page.pdf_button.isEnabled()
    expected = sqlite_services.reports.funder_report(date(2024, 1, 1), date(2025, 12, 31))
    summary = {
        page.summary_model.index(r, 0).data(): page.summary_model.index(r, 1).data()
        for r in range(page.summary_model.rowCount())
    }
    assert summary["Aanwezigheden"] == str(expected.attendances)
    assert summary["Bereikte personen (aanwezig)"] == str(expected.unique_people)
    months = page.months_chart.series()[0].barSets()[0]
    assert sum(months.at(i) for i in range(months.count())) == expected.attendances
    assert months.count() == 24
    places = page.places_chart.series()[0].barSets()[0]
    assert [places.at(i) for i in range(places.count())] == [
        float(n) for n in expected.by_municipality.values()
    ]
    for view in page.findChildren(QChartView):
        assert view.accessibleName()
    for button in (page.show_button, page.pdf_button, page.xlsx_button):
        assert button.text()
    _shot(window, "reports-page")
    page.tabs.setCurrentIndex(2)
    _shot(window, "reports-municipalities")
    target = tmp_path / "rapport.xlsx"
    monkeypatch.setattr(reports_module, "choose_report_file", lambda *_a: str(target))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    settle()
    assert target.exists() and page.xlsx_button.isEnabled()
    book = load_workbook(target)
    assert book.worksheets[0]["B9"].value == expected.attendances  # the "Aanwezigheden" row


def test_results_tab_shows_completion_and_writes_certificates(
    qtbot, window, sqlite_services, monkeypatch, tmp_path
):
    ids = build_programme(sqlite_services)
    window.show_page("programmes")
    page = window.features.programmes_page.inner
    page.reload(ids["programme"])
    settle()  # the programme loads on a worker
    panel = page.results_panel
    page.bottom_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(panel.rule_button.isVisible)  # the lazy page shows its widget queued
    assert page.bottom_tabs.tabText(1) == "Resultaten"
    model = panel.model
    rows = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 5)]
        for r in range(model.rowCount())
    }
    assert rows == {
        "Ayşe Test": ["4 / 4", "6.5", "100 %", "Ja"],
        "Bram Test": ["2 / 4", "4.0", "50 %", "Nee"],
    }
    _shot(window, "programme-results")
    # The rule: at least 4 hours; Bram completes too.
    panel.rule_combo.setCurrentIndex(1)
    panel.value_spin.setValue(4)
    qtbot.mouseClick(panel.rule_button, Qt.MouseButton.LeftButton)
    settle()  # saved, then read again, on workers
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["Ja", "Ja"]
    # Certificates for the selected person only.
    target = tmp_path / "attest.pdf"
    monkeypatch.setattr(results_module, "choose_certificate_target", lambda *_a: str(target))
    bram = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Bram Test")
    panel.view.selectionModel().select(
        model.index(bram, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(panel.certificates_button, Qt.MouseButton.LeftButton)
    settle()
    assert target.exists() and panel.certificates_button.isEnabled()
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert "Bram Test" in reader.pages[0].extract_text()


def test_partners_dialog_adds_partners_and_sets_the_events_partners(qtbot, sqlite_services):
    from keet_desktop.ui.reports.partners_dialog import PartnersDialog
    from tests.factories import make_event

    event_id = make_event(sqlite_services, title="Repair café")
    dialog = PartnersDialog(sqlite_services, event_id)
    qtbot.addWidget(dialog)
    settle()  # the list is read on a worker
    for name in ("OCMW Aalst", "Hogeschool Odisee"):
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        settle()
    assert dialog.partner_list.count() == 2
    odisee = next(
        dialog.partner_list.item(i)
        for i in range(dialog.partner_list.count())
        if dialog.partner_list.item(i).text() == "Hogeschool Odisee"
    )
    odisee.setCheckState(Qt.CheckState.Checked)
    dialog.buttons.accepted.emit()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    with sqlite_services.db.read() as session:
        from sqlalchemy import select
        from sqlalchemy.orm import selectinload

        from keet_desktop.domain.models import Event

        event = session.scalar(
            select(Event).where(Event.id == event_id).options(selectinload(Event.partners))
        )
        assert [p.name for p in event.partners] == ["Hogeschool Odisee"]


def test_table_models_pass_the_model_tester(qtmodeltester):
    from keet_desktop.domain.services.results import ParticipantResult
    from keet_desktop.ui.reports.models import (
        FiguresTableModel,
        KindsTableModel,
        ResultsTableModel,
    )

    results = ResultsTableModel()
    results.set_rows([ParticipantResult(1, "Ayşe Yılmaz", 3, 4, 7.5, False)])
    qtmodeltester.check(results)
    figures = FiguresTableModel(("Cijfer", "Aantal"))
    figures.set_rows([("Aanwezigheden", "12"), ("Deelnemersuren", "30.5")])
    qtmodeltester.check(figures)
    kinds = KindsTableModel()
    kinds.set_table([["Soort", "A", "I", "Aw", "N", "U"], ["Workshop", "2", "30", "25", "5", "4"]])
    qtmodeltester.check(kinds)
    assert (
        results.index(0, 4).data() == "No"
        and kinds.headerData(0, Qt.Orientation.Horizontal) == "Soort"
    )


def test_funder_details_dialog_stores_postcode_and_consented_characteristics(
    qtbot, sqlite_services, monkeypatch
):
    from keet_desktop.ui.reports.funder_dialog import FunderDetailsDialog
    from tests.factories import person

    warned = []
    monkeypatch.setattr(messages, "warn", lambda *args: warned.append(args[2]))
    person_id = sqlite_services.people.create(person("Ayşe", "Yılmaz")).id
    dialog = FunderDetailsDialog(sqlite_services, person_id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # loading on a worker
    settle()
    assert dialog.name_label.text() == "Ayşe Yılmaz" and dialog.save_button.isEnabled()
    assert dialog.consent_label.text().startswith("Not asked yet")
    dialog.postcode_edit.setText("9451")
    name_edit, value_edit, share_box = dialog.rows[-1]
    qtbot.keyClicks(name_edit, "Doelgroep")
    qtbot.keyClicks(value_edit, "werkzoekend")
    share_box.setChecked(True)
    dialog.buttons.accepted.emit()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    details = sqlite_services.partners.funder_details(person_id)
    assert (details.postcode, details.municipality) == ("9451", "Haaltert")
    assert details.characteristics == [("Doelgroep", "werkzoekend", True)]
    again = FunderDetailsDialog(sqlite_services, person_id)
    qtbot.addWidget(again)
    settle()
    again.postcode_edit.setText("abc")
    again.buttons.accepted.emit()  # refused with a message, nothing changed
    settle()
    assert again.result() != again.DialogCode.Accepted and again.save_button.isEnabled()
    assert warned and "abc" in warned[0]
    assert sqlite_services.partners.funder_details(person_id).postcode == "9451"


def test_funder_dialog_keeps_the_mark_after_the_consent_is_withdrawn(qtbot, services, translators):
    """The "may be shared" mark and the person's consent are two things (issues 13 and 15)."""
    from keet_desktop.domain.privacy.models import ConsentSource, Purpose
    from keet_desktop.ui.reports.funder_dialog import FunderDetailsDialog
    from tests.factories import person

    person_id = services.people.create(person("Bram", "Peeters")).id
    partners = services.partners
    partners.set_characteristic(person_id, "Doelgroep", "starter", funder_consent=True)
    partners.set_characteristic(person_id, "Leeftijd", "50-plus", funder_consent=False)
    services.privacy.set_consents(person_id, {Purpose.FUNDER: False}, ConsentSource.PHONE)
    withdrawn_at = partners.funder_details(person_id).funder_consent_at
    assert withdrawn_at is not None
    dialog = FunderDetailsDialog(services, person_id)
    qtbot.addWidget(dialog)
    settle()
    marks = [(n.text(), box.isChecked()) for n, _v, box in dialog.rows]
    assert marks == [("Doelgroep", True), ("Leeftijd", False), ("", False)]  # as stored
    assert dialog.consent_label.text() == "Toestemming ingetrokken op {date}: {rest}".format(
        date=fmt.date_text(withdrawn_at), rest="er wordt niets met de financier gedeeld."
    )
    assert not dialog.consent_label.isWindow() and dialog.changed_characteristics() == []
    dialog.buttons.accepted.emit()  # saved unchanged: the mark stays, the withdrawal too
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    details = partners.funder_details(person_id)
    assert details.characteristics == [
        ("Doelgroep", "starter", True),
        ("Leeftijd", "50-plus", False),
    ]
    assert (details.funder_consent, details.funder_consent_at) == (False, withdrawn_at)
    # A change to one row saves that row only, and never gives the consent back.
    again = FunderDetailsDialog(services, person_id)
    qtbot.addWidget(again)
    settle()
    again.rows[1][2].setChecked(True)
    assert again.changed_characteristics() == [("Leeftijd", "50-plus", True)]
    again.buttons.accepted.emit()
    settle()
    details = partners.funder_details(person_id)
    assert [mark for _n, _v, mark in details.characteristics] == [True, True]
    assert services.privacy.consents(person_id)[0][Purpose.FUNDER] is False
    assert not any(shared for _n, _v, shared in details.shared)
