<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="60" />
        <source>--start-at must be 1 or more</source>
        <translation>--start-at moet 1 of meer zijn</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="76" />
        <source>{file}: {pages} page(s), {items} item(s).</source>
        <translation>{file}: {pages} pagina('s), {items} item(s).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="30" />
        <location filename="../../keet_desktop/printing/documents.py" line="33" />
        <source>Attendance list</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="31" />
        <source>Facilitator: {names}</source>
        <translation>Begeleider: {names}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="32" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="33" />
        <location filename="../../keet_desktop/printing/sheets.py" line="25" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="34" />
        <location filename="../../keet_desktop/printing/sheets.py" line="26" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="35" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="36" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="37" />
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="26" />
        <location filename="../../keet_desktop/printing/documents.py" line="34" />
        <source>Attendee list</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="27" />
        <source>Registered: {registered} · checked in: {checked_in}</source>
        <translation>Ingeschreven: {registered} · aangemeld: {checked_in}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="29" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="30" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="31" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="34" />
        <source>Checked in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="31" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="32" />
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="33" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="34" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="14" />
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="15" />
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="16" />
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="17" />
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="18" />
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="19" />
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="20" />
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="21" />
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="22" />
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="23" />
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="24" />
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="25" />
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="28" />
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="29" />
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="30" />
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="31" />
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="32" />
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="33" />
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="34" />
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="36" />
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="37" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="38" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/documents.py" line="30" />
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/documents.py" line="31" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/documents.py" line="32" />
        <location filename="../../keet_desktop/printing/sheets.py" line="20" />
        <source>Check-in sheet</source>
        <translation>Aanmeldlijst met QR-codes</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/pages.py" line="20" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/pages.py" line="21" />
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="21" />
        <source>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</source>
        <translation>Ingeschreven: {registered} · aangemeld: {checked_in} · op deze lijst: {listed}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="24" />
        <location filename="../../keet_desktop/printing/tickets.py" line="26" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="27" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/tickets.py" line="27" />
        <source>Show this code at the desk, printed or on your phone.</source>
        <translation>Toon deze code aan de balie, op papier of op je telefoon.</translation>
    </message>
</context>
</TS>
