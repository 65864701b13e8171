<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgeAutoPrinter</name>
    <message>
        <location filename="../../keet_desktop/ui/printing/auto_print.py" line="161" />
        <source>The badge was not printed: {reason}</source>
        <translation>The badge was not printed: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="25" />
        <source>A4, 4 × A6 badge inserts</source>
        <translation>A4, 4 × A6 badge inserts</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="26" />
        <source>A4, 8 × A7 badge inserts</source>
        <translation>A4, 8 × A7 badge inserts</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="27" />
        <source>A4 labels, 2 × 5 of 90 × 54 mm</source>
        <translation>A4 labels, 2 × 5 of 90 × 54 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="28" />
        <source>A4 labels, 2 × 4 of 99.1 × 67.7 mm</source>
        <translation>A4 labels, 2 × 4 of 99.1 × 67.7 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="29" />
        <source>Label printer, 62 mm roll</source>
        <translation>Label printer, 62 mm roll</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="30" />
        <source>Label printer, 89 × 36 mm</source>
        <translation>Label printer, 89 × 36 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="31" />
        <source>Label printer, 54 × 101 mm</source>
        <translation>Label printer, 54 × 101 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="65" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="66" />
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="68" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="69" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="71" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="72" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="74" />
        <source>Only people who are checked in</source>
        <translation>Only people who are checked in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="75" />
        <source>Only badges not printed yet</source>
        <translation>Only badges not printed yet</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="76" />
        <source>E-mail column</source>
        <translation>E-mail column</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="77" />
        <source>Municipality column</source>
        <translation>Municipality column</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="97" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="98" />
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="99" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="100" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="101" />
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="102" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="107" />
        <source>Blank rows</source>
        <translation>Blank rows</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="108" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="109" />
        <source>Printer offset right</source>
        <translation>Printer offset right</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="110" />
        <source>Printer offset up</source>
        <translation>Printer offset up</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="122" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="129" />
        <source>Default printer</source>
        <translation>Default printer</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="84" />
        <source>Print: {document}</source>
        <translation>Print: {document}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="92" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="93" />
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="94" />
        <source>One PDF per person…</source>
        <translation>One PDF per person…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="95" />
        <source>Save each ticket as its own PDF, for e-mailing</source>
        <translation>Save each ticket as its own PDF, for e-mailing</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="97" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="154" />
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="183" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="183" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="193" />
        <source>The preview could not be made: {reason}</source>
        <translation>The preview could not be made: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="206" />
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="214" />
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="233" />
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="206" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="213" />
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="232" />
        <source>The file could not be saved: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="218" />
        <source>Folder for the tickets</source>
        <translation>Folder for the tickets</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="235" />
        <source>%n ticket file(s) saved.</source>
        <translation>
            <numerusform>%n ticket file saved.</numerusform>
            <numerusform>%n ticket files saved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="266" />
        <source>Printing page {page} of {pages}…</source>
        <translation>Printing page {page} of {pages}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="275" />
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="281" />
        <source>Printing failed: {reason}</source>
        <translation>Printing failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="283" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="77" />
        <source>--start-at must be 1 or more</source>
        <translation>--start-at must be 1 or more</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="79" />
        <source>--blank-rows must be 0 or more</source>
        <translation>--blank-rows must be 0 or more</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="97" />
        <source>{file}: {pages} page(s), {items} item(s).</source>
        <translation>{file}: {pages} page(s), {items} item(s).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="114" />
        <source>{count} ticket file(s) in {folder}.</source>
        <translation>{count} ticket file(s) in {folder}.</translation>
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
        <location filename="../../keet_desktop/printing/sheets.py" line="26" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="34" />
        <location filename="../../keet_desktop/printing/sheets.py" line="27" />
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
        <location filename="../../keet_desktop/printing/sheets.py" line="21" />
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
        <location filename="../../keet_desktop/printing/sheets.py" line="22" />
        <source>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</source>
        <translation>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="25" />
        <location filename="../../keet_desktop/printing/tickets.py" line="26" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="28" />
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
