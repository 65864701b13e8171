"""The funder report as an Excel workbook: a sheet per table, native Excel charts (openpyxl)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from keet_desktop.domain.services import report_labels as labels
from keet_desktop.domain.services.reports import FunderReport
from keet_desktop.i18n import Translate

C = labels.CONTEXT
# Excel allows 31 characters in a sheet name, and none of []:*?/\
_SHEET_NAME_MAX = 31


def _sheet(book: Workbook, title: str, rows: Sequence[Sequence[Any]]) -> Worksheet:
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:_SHEET_NAME_MAX]
    sheet = book.create_sheet(clean)
    for row in rows:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = max([14, *(len(str(r[0])) + 2 for r in rows if r)])
    for letter in "BCDEF":
        sheet.column_dimensions[letter].width = 14
    sheet.freeze_panes = "B2"
    return sheet


def _bar(
    sheet: Worksheet, title: str, columns: int, rows: int, anchor: str, *, horizontal: bool
) -> None:
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    chart.height, chart.width = 8, 16
    data = Reference(sheet, min_col=2, max_col=1 + columns, min_row=1, max_row=max(rows, 2))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=max(rows, 2)))
    sheet.add_chart(chart, anchor)


def render_report_xlsx(stream: BinaryIO, report: FunderReport, translate: Translate) -> int:
    """Write the funder report as an .xlsx workbook to ``stream``; return the number of sheets."""
    t = functools.partial(translate, C)
    book = Workbook()
    book.remove(book.active)
    summary = [
        (t(labels.TITLE), ""),
        (t(labels.PERIOD).format(first=report.first.isoformat(), last=report.last.isoformat()), ""),
        (t(labels.FIGURE), t(labels.NUMBER)),
    ]
    summary += [(label, _number(text)) for label, text in labels.summary_rows(report, translate)]
    sheet = _sheet(book, t(labels.SUMMARY), summary)
    sheet.freeze_panes = None
    months = [(t(labels.MONTH), t(labels.ATTENDANCES)), *report.by_month.items()]
    sheet = _sheet(book, t(labels.BY_MONTH), months)
    _bar(sheet, t(labels.BY_MONTH), 1, len(months), "D2", horizontal=False)
    kinds = [[_number(c) for c in row] for row in labels.kind_rows(report, translate)]
    sheet = _sheet(book, t(labels.BY_KIND), kinds)
    _bar(sheet, t(labels.BY_KIND), 3, len(kinds), "H2", horizontal=True)
    partners = [[_number(c) for c in row] for row in labels.partner_rows(report, translate)]
    sheet = _sheet(book, t(labels.BY_PARTNER), partners)
    if len(partners) > 1:
        _bar(sheet, t(labels.BY_PARTNER), 1, len(partners), "H2", horizontal=True)
    places = [
        (t(labels.MUNICIPALITY), t(labels.PEOPLE)),
        *labels.municipality_rows(report, translate),
    ]
    sheet = _sheet(book, t(labels.BY_MUNICIPALITY), places)
    _bar(sheet, t(labels.BY_MUNICIPALITY), 1, len(places), "D2", horizontal=True)
    traits = [(t(labels.CHARACTERISTIC), t(labels.VALUE), t(labels.PEOPLE))]
    traits += [(n, v, _number(c)) for n, v, c in labels.characteristic_rows(report)]
    _sheet(book, t(labels.CHARACTERISTICS), traits)
    legend = _sheet(
        book, t(labels.LEGEND), [(t(labels.LEGEND),), *((t(line),) for line in labels.LEGEND_LINES)]
    )
    legend.column_dimensions["A"].width = 120
    book.save(stream)
    return len(book.sheetnames)


def _number(text: str) -> Any:
    """A cell value: numbers as numbers (so Excel can sum them), "< 5" and names as text."""
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text
