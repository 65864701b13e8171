# ruff: noqa: E501  (rows of data read better on one line)
"""Files shaped like the exports of the tools De Keet gets registrations and reports from.

Built here, row by row, after each tool's column layout; no third-party data is copied.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook

from tests.factories import future


def _day(text: str) -> str:
    """Put the day of the events the tests make (next week) into a report's times."""
    day = future().date()
    return text.replace("{us}", day.strftime("%m/%d/%Y")).replace(
        "{us_short}", f"{day.month}/{day.day}/{day:%y}"
    )


def write_csv(
    path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


EVENTBRITE_HEADER = [
    "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type",
    "Attendee #", "Group", "Order Type", "Currency", "Total Paid", "Eventbrite Fees",
    "Eventbrite Payment Processing", "Attendee Status", "Home City", "Cell Phone", "Company",
    "Job Title", "Barcode #",
]  # fmt: skip


def eventbrite(path: Path) -> Path:
    """An Eventbrite attendee report: one row per attendee, barcode per ticket."""

    def row(order, first, last, email, city, phone, company, barcode):
        return [
            order, "2026-11-02 14:03:11+01:00", first, last, email, "1", "Gratis", "1" + barcode[-6:],
            "", "Free Order", "EUR", "0.00", "0.00", "0.00", "Attending", city, phone, company,
            "", barcode,
        ]  # fmt: skip

    rows = [
        EVENTBRITE_HEADER,
        row("5012345001", "Jan", "Van den Broeck", "jan.vdb@example.be", "Aalst", "0470 12 34 56", "Kringwinkel", "501234500112345678001"),
        row("5012345002", "Ayşe", "Yılmaz", "ayse@example.be", "Gent", "+32 9 123 45 67", "", "501234500212345678001"),
        row("5012345002", "Mehmet", "Yılmaz", "ayse@example.be", "Gent", "", "", "501234500212345678002"),
    ]  # fmt: skip
    return write_csv(path, rows)


PRETIX_HEADER = [
    "Order code", "Position ID", "Status", "Email", "Phone number", "Order date", "Order time",
    "Product", "Variation", "Price", "Attendee name", "Attendee name: Title",
    "Attendee name: Given name", "Attendee name: Family name", "Attendee email", "Company",
    "Address", "ZIP code", "City", "Country", "Voucher", "Ticket secret",
    "Invoice address name", "Invoice address company",
]  # fmt: skip


def pretix(path: Path) -> Path:
    """A pretix order positions export: the buyer's e-mail and the attendee's."""
    rows = [
        PRETIX_HEADER,
        ["ABC12", "1", "paid", "boekhouding@acme.be", "", "2026-11-03", "10:00:00", "Ticket", "", "0.00",
         "Lotte De Wit", "", "Lotte", "De Wit", "lotte@acme.be", "Acme", "Stationsstraat 1", "9300",
         "Aalst", "BE", "", "k3j4h5g6f7d8s9a0qwertyzxcv", "Acme BV", "Acme BV"],
        ["ABC12", "2", "paid", "boekhouding@acme.be", "", "2026-11-03", "10:00:00", "Ticket", "", "0.00",
         "Tom Claes", "", "Tom", "Claes", "", "Acme", "", "", "", "BE", "",
         "p0o9i8u7y6t5r4e3w2q1mnbvcx", "Acme BV", "Acme BV"],
    ]  # fmt: skip
    return write_csv(path, rows)


def google_forms(path: Path) -> Path:
    """Google Forms responses downloaded as CSV (Dutch form, comma, UTF-8)."""
    rows = [
        ["Tijdstempel", "E-mailadres", "Voornaam", "Achternaam", "Organisatie", "GSM-nummer",
         "Hoe heb je van deze workshop gehoord?"],
        ["2026/11/20 10:15:32 CET", "Els.Maes@Example.be", "Els", "Maes", "vzw Test",
         "0486/12.34.56", "Via de nieuwsbrief, en een vriendin"],
        ["2026/11/20 11:02:10 CET", "bram@example.be", "Bram", "Wouters", "", "",
         "Facebook\nen Instagram"],
    ]  # fmt: skip
    return write_csv(path, rows)


def microsoft_forms(path: Path) -> Path:
    """Microsoft Forms responses as .xlsx (anonymous form: Email "anonymous")."""
    rows = [
        ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
         "Voornaam", "Achternaam", "E-mailadres", "Organisatie"],
        [1, "11/21/26 9:01:12", "11/21/26 9:03:40", "anonymous", None, None,
         "Fatima", "El Amrani", "fatima@example.be", "OCMW Aalst"],
        [2, "11/21/26 9:11:12", "11/21/26 9:12:40", "anonymous", None, None,
         "Koen", "Peeters", "koen@example.be", None],
    ]  # fmt: skip
    return write_xlsx(path, rows, "Form1")


def dutch_excel(path: Path) -> Path:
    """A hand-made sheet: a title, a blank row, "Naam"/"Voornaam", phone numbers as numbers."""
    rows = [
        ["Inschrijvingen Repair Café december"],
        [],
        ["Naam", "Voornaam", "E-mail", "Telefoon", "Gemeente"],
        ["De Smet", "Ann", "ann.desmet@example.be", 470123456, "Erpe-Mere"],
        ["Van Acker", "Pieter", "PIETER@EXAMPLE.BE", "053 21 22 23", "Aalst"],
        ["Verhoeven", None, "", "onbekend", "Denderleeuw"],
    ]  # fmt: skip
    return write_xlsx(path, rows)


def zoom(path: Path) -> Path:
    """A Zoom participants report with the meeting summary on top; Jan rejoined twice."""
    rows = [
        ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)",
         "Participants"],
        ["812 3456 7890", "Webinar circulair ondernemen", "{us} 10:00:00 AM",
         "{us} 11:00:00 AM", "host@dekeet.be", "60", "4"],
        [],
        ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)",
         "Guest"],
        ["Jan Peeters", "jan@example.be", "{us} 10:00:00 AM", "{us} 10:20:00 AM", "20", "Yes"],
        ["Jan Peeters (Jan's iPhone)", "JAN@example.be", "{us} 10:25:00 AM", "{us} 10:40:00 AM", "15", "Yes"],
        ["Sara Janssens", "", "{us} 10:00:00 AM", "{us} 10:50:00 AM", "50", "Yes"],
        ["Kort Even", "kort@example.be", "{us} 10:00:00 AM", "{us} 10:05:00 AM", "5", "Yes"],
        ["Onbekende Gast", "gast@elders.be", "{us} 10:00:00 AM", "{us} 10:55:00 AM", "55", "Yes"],
    ]  # fmt: skip
    return write_csv(path, [[_day(cell) for cell in row] for row in rows])


def teams(path: Path) -> Path:
    """A Teams attendance report: UTF-16 with BOM, tab-separated, in sections."""
    lines = [
        "1. Summary",
        "Meeting title\tWebinar circulair ondernemen",
        "Attended participants\t3",
        "Start time\t{us_short}, 10:00:00 AM",
        "End time\t{us_short}, 11:00:00 AM",
        "Meeting duration\t1h",
        "Average attendance time\t35m 20s",
        "",
        "2. Participants",
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
        "Jan Peeters\t{us_short}, 10:00:00 AM\t{us_short}, 10:40:00 AM\t35m\tjan@example.be\tjan@example.be\tAttendee",
        "Janssens Sara\t{us_short}, 10:00:00 AM\t{us_short}, 10:50:00 AM\t50m 10s\t\t\tAttendee",
        "Organisator\t{us_short}, 9:55:00 AM\t{us_short}, 11:00:00 AM\t1h 5m\thost@dekeet.be\thost@dekeet.be\tOrganizer",
        "",
        "3. In-Meeting Activities",
        "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
        "Jan Peeters\t{us_short}, 10:00:00 AM\t{us_short}, 10:20:00 AM\t20m\tjan@example.be\tAttendee",
        "Jan Peeters\t{us_short}, 10:25:00 AM\t{us_short}, 10:40:00 AM\t15m\tjan@example.be\tAttendee",
    ]  # fmt: skip
    path.write_bytes("\r\n".join(_day(line) for line in lines).encode("utf-16"))
    return path


def teams_legacy(path: Path) -> Path:
    """The first Teams attendance list (2020-2021): UTF-16, tabs, one row per join or leave."""
    lines = [
        "Full Name\tUser Action\tTimestamp",
        "Jan Peeters\tJoined\t{us}, 10:00:00 AM",
        "Sara Janssens\tJoined before\t{us}, 10:00:00 AM",
        "Jan Peeters\tLeft\t{us}, 10:20:00 AM",
        "Jan Peeters\tJoined\t{us}, 10:25:00 AM",
        "Jan Peeters\tLeft\t{us}, 10:40:00 AM",
        "Kort Even\tJoined\t{us}, 10:50:00 AM",
        "Kort Even\tLeft\t{us}, 10:55:00 AM",
    ]
    path.write_bytes("\r\n".join(_day(line) for line in lines).encode("utf-16"))
    return path
