"""The funder report as a PDF: tables and charts drawn with reportlab's own graphics."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from keet_desktop.domain.services import report_labels as labels
from keet_desktop.domain.services.reports import FunderReport
from keet_desktop.i18n import Translate
from keet_desktop.printing.fonts import BOLD, REGULAR, register_fonts
from keet_desktop.printing.pdf import creator, document_author

C = labels.CONTEXT
ACCENT = colors.Color(0.11, 0.40, 0.67)
SECOND = colors.Color(0.91, 0.55, 0.17)
WIDTH = A4[0] - 36 * mm


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=26),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=13, leading=18, spaceBefore=8),
        "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13),
    }


def _table(rows: Sequence[Sequence[str]], widths: list[float] | None = None) -> Table:
    table = Table([list(r) for r in rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                (
                    "ROWBACKGROUNDS",
                    (0, 1),
                    (-1, -1),
                    [colors.white, colors.Color(0.94, 0.95, 0.97)],
                ),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    return table


def _bar_chart(
    title: str,
    names: list[str],
    series: list[list[float]],
    series_names: list[str],
    *,
    horizontal: bool,
) -> Drawing:
    height = max(60 * mm, (len(names) * 9 + 20) * mm / 2.2) if horizontal else 70 * mm
    drawing = Drawing(WIDTH, height)
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (45 * mm, 8 * mm) if horizontal else (12 * mm, 18 * mm)
    chart.width = WIDTH - chart.x - 5 * mm
    chart.height = height - chart.y - 12 * mm
    chart.data = [tuple(values) for values in series] or [(0,)]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.reverseDirection = 1 if horizontal else 0  # first row on top
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    if not horizontal and len(names) > 12:
        chart.categoryAxis.labels.angle = 60
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    for index, colour in enumerate((ACCENT, SECOND)[: len(series)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, height - 5 * mm, title, fontName=BOLD, fontSize=10))
    x = WIDTH - 60 * mm
    for index, name in enumerate(series_names):
        colour = (ACCENT, SECOND)[index]
        drawing.add(
            String(x, height - 5 * mm, "■ " + name, fontName=REGULAR, fontSize=8, fillColor=colour)
        )
        x += 30 * mm
    return drawing


def report_flowables(report: FunderReport, translate: Translate) -> list[Flowable]:
    """The report's content: period, summary, charts, tables and the legend."""
    style = _styles()
    t = functools.partial(translate, C)
    story: list[Flowable] = [
        Paragraph(escape(t(labels.TITLE)), style["title"]),
        Paragraph(
            escape(
                t(labels.PERIOD).format(
                    first=report.first.isoformat(), last=report.last.isoformat()
                )
            ),
            style["body"],
        ),
        Paragraph(escape(t(labels.SUMMARY)), style["h2"]),
        _table(
            [(t(labels.FIGURE), t(labels.NUMBER)), *labels.summary_rows(report, translate)],
            [100 * mm, 30 * mm],
        ),
        CondPageBreak(80 * mm),
        _bar_chart(
            t(labels.BY_MONTH),
            list(report.by_month),
            [list(map(float, report.by_month.values()))],
            [t(labels.ATTENDANCES)],
            horizontal=False,
        ),
        CondPageBreak(70 * mm),
        _bar_chart(
            t(labels.BY_KIND),
            [labels.kind_label(k, translate) for k in report.by_kind],
            [
                [float(v.activities) for v in report.by_kind.values()],
                [float(v.attendances) for v in report.by_kind.values()],
            ],
            [t(labels.KIND_COLUMNS[0][1]), t(labels.ATTENDANCES)],
            horizontal=True,
        ),
        _table(labels.kind_rows(report, translate)),
        CondPageBreak(70 * mm),
        _bar_chart(
            t(labels.BY_MUNICIPALITY),
            [name for name, _ in labels.municipality_rows(report, translate)],
            [[float(n) for _, n in labels.municipality_rows(report, translate)]],
            [t(labels.PEOPLE)],
            horizontal=True,
        ),
        _table(
            [(t(labels.MUNICIPALITY), t(labels.PEOPLE))]
            + [(n, str(v)) for n, v in labels.municipality_rows(report, translate)],
            [100 * mm, 30 * mm],
        ),
        Paragraph(escape(t(labels.BY_PARTNER)), style["h2"]),
        _table(labels.partner_rows(report, translate)),
        Paragraph(escape(t(labels.CHARACTERISTICS)), style["h2"]),
    ]
    traits = labels.characteristic_rows(report)
    if traits:
        story.append(
            _table([(t(labels.CHARACTERISTIC), t(labels.VALUE), t(labels.PEOPLE)), *traits])
        )
    else:
        story.append(Paragraph(escape(t(labels.NO_CHARACTERISTICS)), style["body"]))
    story.append(Paragraph(escape(t(labels.LEGEND)), style["h2"]))
    story += [Paragraph("• " + escape(t(line)), style["body"]) for line in labels.LEGEND_LINES]
    story.append(Spacer(1, 4 * mm))
    return story


def render_report_pdf(stream: BinaryIO, report: FunderReport, translate: Translate) -> int:
    """Write the funder report as a PDF to ``stream``; return the number of pages."""
    register_fonts()
    pages: list[int] = []
    document = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=translate(C, labels.TITLE),
        author=document_author(report.organisation),
        creator=creator(),
    )

    def count(canvas: Any, _doc: Any) -> None:
        pages.append(canvas.getPageNumber())

    document.build(report_flowables(report, translate), onFirstPage=count, onLaterPages=count)
    return len(pages)
