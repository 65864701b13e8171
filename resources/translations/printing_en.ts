<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="60" />
        <source>--start-at must be 1 or more</source>
        <translation>--start-at must be 1 or more</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="76" />
        <source>{file}: {pages} page(s), {items} item(s).</source>
        <translation>{file}: {pages} page(s), {items} item(s).</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="30" />
        <location filename="../../keet_desktop/printing/documents.py" line="33" />
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="31" />
        <source>Facilitator: {names}</source>
        <translation>Facilitator: {names}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="32" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="33" />
        <location filename="../../keet_desktop/printing/sheets.py" line="25" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="34" />
        <location filename="../../keet_desktop/printing/sheets.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="35" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="36" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="37" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="26" />
        <location filename="../../keet_desktop/printing/documents.py" line="34" />
        <source>Attendee list</source>
        <translation>Attendee list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="27" />
        <source>Registered: {registered} · checked in: {checked_in}</source>
        <translation>Registered: {registered} · checked in: {checked_in}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="29" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="30" />
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="31" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="34" />
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="31" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="32" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="33" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="34" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="14" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="15" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="16" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="17" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="18" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="19" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="20" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="21" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="22" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="23" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="24" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="25" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="28" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="29" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="30" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="31" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="32" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="33" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="34" />
        <source>Sunday</source>
        <translation>Sunday</translation>
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
        <translation>Check-in sheet</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/pages.py" line="20" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/pages.py" line="21" />
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="21" />
        <source>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</source>
        <translation>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</translation>
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
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/tickets.py" line="27" />
        <source>Show this code at the desk, printed or on your phone.</source>
        <translation>Show this code at the desk, printed or on your phone.</translation>
    </message>
</context>
</TS>
