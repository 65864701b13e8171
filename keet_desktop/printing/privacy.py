"""The right-of-access document: everything held about one person, readable, in their language."""

from __future__ import annotations

from datetime import datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from keet_desktop.domain.labels import registration_status_label
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from keet_desktop.printing.fonts import BOLD, REGULAR, register_fonts
from keet_desktop.printing.pdf import creator, document_author

CONTEXT = "privacy_pdf"
_PERSON_LABELS = (
    ("given", QT_TRANSLATE_NOOP("privacy_pdf", "Given name")),
    ("family", QT_TRANSLATE_NOOP("privacy_pdf", "Family name")),
    ("email", QT_TRANSLATE_NOOP("privacy_pdf", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("privacy_pdf", "Phone")),
    ("organisation", QT_TRANSLATE_NOOP("privacy_pdf", "Organisation")),
    ("municipality", QT_TRANSLATE_NOOP("privacy_pdf", "Municipality")),
    ("language", QT_TRANSLATE_NOOP("privacy_pdf", "Language")),
    ("created_at", QT_TRANSLATE_NOOP("privacy_pdf", "In our records since")),
)
_PURPOSES = {
    "event": QT_TRANSLATE_NOOP("privacy_pdf", "Processing for the event itself"),
    "photos": QT_TRANSLATE_NOOP("privacy_pdf", "Photos"),
    "mailing": QT_TRANSLATE_NOOP("privacy_pdf", "Mailing about upcoming events"),
    "funder": QT_TRANSLATE_NOOP("privacy_pdf", "Sharing with the funder"),
}
_SOURCES = {
    "form": QT_TRANSLATE_NOOP("privacy_pdf", "form"),
    "desk": QT_TRANSLATE_NOOP("privacy_pdf", "desk"),
    "import": QT_TRANSLATE_NOOP("privacy_pdf", "import"),
    "phone": QT_TRANSLATE_NOOP("privacy_pdf", "by phone"),
}


# Each language by its own name, so the reader recognises theirs.
_LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "fr": "Français"}


def _value(key: str, value: Any) -> str:
    if key == "created_at":
        return _when(value)
    if key == "language":
        return _LANGUAGE_NAMES.get(value, value or "")
    return str(value or "")


def _when(value: str | None) -> str:
    if not value:
        return ""
    return datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")


def render_person_record(
    stream: BinaryIO, record: dict[str, Any], translate: Translate, author: str = ""
) -> int:
    """Write the person's record as an A4 PDF to ``stream``; returns the number of pages.

    ``author`` is the organisation's name ("" gives "Keet Desktop").
    """
    register_fonts()

    def t(source: str) -> str:
        return translate(CONTEXT, source)

    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12)
    heading = ParagraphStyle("h", fontName=BOLD, fontSize=12, leading=15, spaceBefore=8)
    title = ParagraphStyle("t", fontName=BOLD, fontSize=16, leading=20)
    person = record["person"]
    story: list[Any] = [
        Paragraph(escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "What we hold about you"))), title),
        Paragraph(
            escape(
                t(
                    QT_TRANSLATE_NOOP(
                        "privacy_pdf",
                        "Everything Keet Desktop stores about person {id}, on {date}.",
                    )
                )
            ).format(id=person["id"], date=datetime.now().strftime("%d/%m/%Y")),
            body,
        ),
        Paragraph(escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "Your data"))), heading),
        _table(
            [[t(label), _value(key, person[key])] for key, label in _PERSON_LABELS]
            + [[t(QT_TRANSLATE_NOOP("privacy_pdf", "Tags")), ", ".join(person["tags"])]],
            body,
            (45 * mm, 125 * mm),
        ),
        Paragraph(escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "Your consents"))), heading),
    ]
    story.append(_consents(record, t, body))
    story.append(
        Paragraph(
            escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "Your registrations and check-ins"))), heading
        )
    )
    story.append(_registrations(record, translate, body))
    story.append(
        Paragraph(escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "Scans at the desk"))), heading)
    )
    scans = [[_when(s["at"]), s["outcome"], s["desk"]] for s in record["scan_log"]]
    story.append(
        _table(scans, body, (45 * mm, 60 * mm, 65 * mm))
        if scans
        else Paragraph(escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "None."))), body)
    )
    story.append(Spacer(1, 6 * mm))
    pages: list[int] = []
    doc = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=t(QT_TRANSLATE_NOOP("privacy_pdf", "What we hold about you")),
        author=document_author(author),
        creator=creator(),
    )
    doc.build(
        story,
        onFirstPage=lambda _c, _d: pages.append(1),
        onLaterPages=lambda _c, _d: pages.append(1),
    )
    return len(pages)


def _consents(record: dict[str, Any], t: Any, body: ParagraphStyle) -> Any:
    yes, no = t(QT_TRANSLATE_NOOP("privacy_pdf", "yes")), t(QT_TRANSLATE_NOOP("privacy_pdf", "no"))
    rows = [[t(_PURPOSES[p]), yes if granted else no] for p, granted in record["consents"].items()]
    rows += [
        [
            "  " + t(_PURPOSES[c["purpose"]]),
            (
                t(QT_TRANSLATE_NOOP("privacy_pdf", "given on {date} ({source})"))
                if c["granted"]
                else t(QT_TRANSLATE_NOOP("privacy_pdf", "withdrawn on {date} ({source})"))
            ).format(date=_when(c["at"]), source=t(_SOURCES[c["source"]])),
        ]
        for c in record["consent_history"]
    ]
    return _table(rows, body, (80 * mm, 90 * mm))


def _registrations(record: dict[str, Any], translate: Translate, body: ParagraphStyle) -> Any:
    def t(source: str) -> str:
        return translate(CONTEXT, source)

    if not record["registrations"]:
        return Paragraph(escape(t(QT_TRANSLATE_NOOP("privacy_pdf", "None."))), body)
    rows = [
        [
            t(QT_TRANSLATE_NOOP("privacy_pdf", "Event")),
            t(QT_TRANSLATE_NOOP("privacy_pdf", "Date")),
            t(QT_TRANSLATE_NOOP("privacy_pdf", "Status")),
            t(QT_TRANSLATE_NOOP("privacy_pdf", "Checked in")),
            t(QT_TRANSLATE_NOOP("privacy_pdf", "Minutes online")),
        ]
    ]
    for r in record["registrations"]:
        standing = [c for c in r["checkins"] if not c["undone_at"]]
        rows.append(
            [
                r["event"]["title"],
                _when(r["event"]["starts_at"]),
                registration_status_label(r["status"], translate),
                ", ".join(f"{_when(c['at'])} {c['desk']}".strip() for c in standing),
                str(r["attendance_minutes"] or ""),
            ]
        )
    return _table(rows, body, (50 * mm, 28 * mm, 30 * mm, 40 * mm, 22 * mm), header=True)


def _table(
    rows: list[list[str]], body: ParagraphStyle, widths: tuple[float, ...], *, header: bool = False
) -> Table:
    cells = [[Paragraph(escape(str(v)), body) for v in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
    ]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 1, colors.black))
    table.setStyle(TableStyle(style))
    return table
