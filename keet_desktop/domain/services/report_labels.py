"""The words of the funder report (tables, charts, legend), translated in context "reports".

Shared by the PDF, the Excel workbook and the Reports page, so that all three say the same.
"""

from __future__ import annotations

from keet_desktop.domain.services.partners import ELSEWHERE, UNKNOWN
from keet_desktop.domain.services.reports import FunderReport, suppress
from keet_desktop.i18n import QT_TRANSLATE_NOOP, Translate

CONTEXT = "reports"
TITLE = QT_TRANSLATE_NOOP("reports", "Report for the funder")
PERIOD = QT_TRANSLATE_NOOP("reports", "Period: {first} to {last}")
SUMMARY = QT_TRANSLATE_NOOP("reports", "Summary")
BY_KIND = QT_TRANSLATE_NOOP("reports", "Activities by kind")
BY_PARTNER = QT_TRANSLATE_NOOP("reports", "Activities by partner")
BY_MUNICIPALITY = QT_TRANSLATE_NOOP("reports", "People by municipality")
BY_MONTH = QT_TRANSLATE_NOOP("reports", "Attendance over time")
CHARACTERISTICS = QT_TRANSLATE_NOOP("reports", "Participant characteristics")
LEGEND = QT_TRANSLATE_NOOP("reports", "How we count")
FIGURE = QT_TRANSLATE_NOOP("reports", "Figure")
NUMBER = QT_TRANSLATE_NOOP("reports", "Number")
KIND = QT_TRANSLATE_NOOP("reports", "Kind")
PARTNER = QT_TRANSLATE_NOOP("reports", "Partner")
MUNICIPALITY = QT_TRANSLATE_NOOP("reports", "Municipality")
PEOPLE = QT_TRANSLATE_NOOP("reports", "People")
MONTH = QT_TRANSLATE_NOOP("reports", "Month")
ATTENDANCES = QT_TRANSLATE_NOOP("reports", "Attendances")
CHARACTERISTIC = QT_TRANSLATE_NOOP("reports", "Characteristic")
VALUE = QT_TRANSLATE_NOOP("reports", "Value")
NO_CHARACTERISTICS = QT_TRANSLATE_NOOP(
    "reports", "No characteristics shared with the funder in this period."
)

KIND_COLUMNS = (
    ("activities", QT_TRANSLATE_NOOP("reports", "Activities")),
    ("registrations", QT_TRANSLATE_NOOP("reports", "Registrations")),
    ("attendances", QT_TRANSLATE_NOOP("reports", "Attendances")),
    ("no_shows", QT_TRANSLATE_NOOP("reports", "No-shows")),
    ("hours", QT_TRANSLATE_NOOP("reports", "Hours")),
)

KINDS = {
    "workshop": QT_TRANSLATE_NOOP("reports", "Workshop"),
    "webinar": QT_TRANSLATE_NOOP("reports", "Webinar"),
    "networking": QT_TRANSLATE_NOOP("reports", "Networking event"),
    "info_session": QT_TRANSLATE_NOOP("reports", "Info session"),
    "programme_session": QT_TRANSLATE_NOOP("reports", "Programme session"),
}
PLACES = {
    ELSEWHERE: QT_TRANSLATE_NOOP("reports", "Elsewhere"),
    UNKNOWN: QT_TRANSLATE_NOOP("reports", "Unknown"),
}

SUMMARY_ROWS = (
    ("activities", QT_TRANSLATE_NOOP("reports", "Activities held")),
    ("cancelled_activities", QT_TRANSLATE_NOOP("reports", "Activities cancelled")),
    ("registrations", QT_TRANSLATE_NOOP("reports", "Registrations")),
    ("waitlisted", QT_TRANSLATE_NOOP("reports", "On a waiting list")),
    ("cancelled_registrations", QT_TRANSLATE_NOOP("reports", "Registrations cancelled")),
    ("attendances", QT_TRANSLATE_NOOP("reports", "Attendances")),
    ("walk_ins", QT_TRANSLATE_NOOP("reports", "of which walk-ins")),
    ("online", QT_TRANSLATE_NOOP("reports", "of which online")),
    ("no_shows", QT_TRANSLATE_NOOP("reports", "No-shows")),
    ("people_registered", QT_TRANSLATE_NOOP("reports", "People registered")),
    ("unique_people", QT_TRANSLATE_NOOP("reports", "People reached (attended)")),
    ("first_timers", QT_TRANSLATE_NOOP("reports", "of whom first-timers")),
    ("returning", QT_TRANSLATE_NOOP("reports", "of whom returning")),
    ("organisations", QT_TRANSLATE_NOOP("reports", "Organisations reached")),
    ("activity_hours", QT_TRANSLATE_NOOP("reports", "Hours of activities")),
    ("participant_hours", QT_TRANSLATE_NOOP("reports", "Participant hours")),
    ("programme_hours", QT_TRANSLATE_NOOP("reports", "Hours of guidance (programmes)")),
)

LEGEND_LINES = (
    QT_TRANSLATE_NOOP("reports", "The period holds the activities that start on one of its days."),
    QT_TRANSLATE_NOOP(
        "reports",
        "A cancelled activity is only counted as cancelled; its registrations do not count.",
    ),
    QT_TRANSLATE_NOOP(
        "reports",
        "A registration is a confirmed place (walk-ins included); waiting-list places and "
        "cancelled registrations are counted apart.",
    ),
    QT_TRANSLATE_NOOP(
        "reports",
        "An attendance is a check-in that was not undone. Walk-ins and online attendees "
        "(from the webinar report) are attendances.",
    ),
    QT_TRANSLATE_NOOP(
        "reports", "A no-show is a registration without attendance for an activity that ended."
    ),
    QT_TRANSLATE_NOOP(
        "reports",
        "People are counted once. A first-timer attended nothing before the period. A "
        "forgotten person stays a number, with municipality unknown.",
    ),
    QT_TRANSLATE_NOOP(
        "reports",
        "The municipality comes from the postcode where known; outside the region is 'elsewhere'.",
    ),
    QT_TRANSLATE_NOOP(
        "reports",
        "Participant hours count the session's length, or the minutes online from the "
        "webinar report. An activity with several partners counts for each partner.",
    ),
    QT_TRANSLATE_NOOP(
        "reports",
        "Characteristics count only people who agreed to share them with the funder; groups "
        "of fewer than 5 are shown as '< 5'.",
    ),
)


def kind_label(kind: str, translate: Translate) -> str:
    """The translated name of an activity kind."""
    return translate(CONTEXT, KINDS.get(kind, kind))


def place_label(place: str, translate: Translate) -> str:
    """The translated name of a municipality bucket (region names stay as they are)."""
    return translate(CONTEXT, PLACES[place]) if place in PLACES else place


def hours_text(value: float) -> str:
    """Hours with at most one decimal."""
    return f"{value:.1f}".removesuffix(".0")


def summary_rows(report: FunderReport, translate: Translate) -> list[tuple[str, str]]:
    """The summary table: (label, number as text)."""
    rows = []
    for key, label in SUMMARY_ROWS:
        value = getattr(report, key)
        text = hours_text(value) if isinstance(value, float) else str(value)
        rows.append((translate(CONTEXT, label), text))
    return rows


def kind_rows(report: FunderReport, translate: Translate) -> list[list[str]]:
    """The activities-by-kind table, with a heading row."""
    return _figure_rows(
        {kind_label(k, translate): v.as_json() for k, v in report.by_kind.items()},
        translate(CONTEXT, KIND),
        translate,
    )


def partner_rows(report: FunderReport, translate: Translate) -> list[list[str]]:
    """The activities-by-partner table, with a heading row."""
    return _figure_rows(
        {k: v.as_json() for k, v in report.by_partner.items()},
        translate(CONTEXT, PARTNER),
        translate,
    )


def _figure_rows(
    figures: dict[str, dict[str, float]], first: str, translate: Translate
) -> list[list[str]]:
    rows = [[first, *(translate(CONTEXT, label) for _, label in KIND_COLUMNS)]]
    for name, values in figures.items():
        cells = [
            hours_text(values[key]) if key == "hours" else str(values[key])
            for key, _ in KIND_COLUMNS
        ]
        rows.append([name, *cells])
    return rows


def municipality_rows(report: FunderReport, translate: Translate) -> list[tuple[str, int]]:
    """People by municipality: (label, people)."""
    return [(place_label(k, translate), v) for k, v in report.by_municipality.items()]


def characteristic_rows(report: FunderReport) -> list[tuple[str, str, str]]:
    """(characteristic, value, people or "< 5")."""
    return [
        (name, value, str(suppress(count)))
        for name, values in report.characteristics.items()
        for value, count in values.items()
    ]
