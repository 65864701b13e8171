<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgeAutoPrinter</name>
    <message>
        <source>The badge was not printed: {reason}</source>
        <translation>The badge was not printed: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <source>A4, 4 × A6 badge inserts</source>
        <translation>A4, 4 × A6 badge inserts</translation>
    </message>
    <message>
        <source>A4, 8 × A7 badge inserts</source>
        <translation>A4, 8 × A7 badge inserts</translation>
    </message>
    <message>
        <source>A4 labels, 2 × 5 of 90 × 54 mm</source>
        <translation>A4 labels, 2 × 5 of 90 × 54 mm</translation>
    </message>
    <message>
        <source>A4 labels, 2 × 4 of 99.1 × 67.7 mm</source>
        <translation>A4 labels, 2 × 4 of 99.1 × 67.7 mm</translation>
    </message>
    <message>
        <source>Label printer, 62 mm roll</source>
        <translation>Label printer, 62 mm roll</translation>
    </message>
    <message>
        <source>Label printer, 89 × 36 mm</source>
        <translation>Label printer, 89 × 36 mm</translation>
    </message>
    <message>
        <source>Label printer, 54 × 101 mm</source>
        <translation>Label printer, 54 × 101 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person to print</source>
        <translation>Person to print</translation>
    </message>
    <message>
        <source>Type a name to find one person</source>
        <translation>Type a name to find one person</translation>
    </message>
    <message>
        <source>Find a person to print</source>
        <translation>Find a person to print</translation>
    </message>
    <message>
        <source>Only people who are checked in</source>
        <translation>Only people who are checked in</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Only badges not printed yet</translation>
    </message>
    <message>
        <source>E-mail column</source>
        <translation>E-mail column</translation>
    </message>
    <message>
        <source>Municipality column</source>
        <translation>Municipality column</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Find person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Blank rows</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer offset right</source>
        <translation>Printer offset right</translation>
    </message>
    <message>
        <source>Printer offset up</source>
        <translation>Printer offset up</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Default printer</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print: {document}</source>
        <translation>Print: {document}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>One PDF per person…</source>
        <translation>One PDF per person…</translation>
    </message>
    <message>
        <source>Save each ticket as its own PDF, for e-mailing</source>
        <translation>Save each ticket as its own PDF, for e-mailing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>The preview could not be made: {reason}</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Folder for the tickets</source>
        <translation>Folder for the tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket file(s) saved.</source>
        <translation>
            <numerusform>%n ticket file saved.</numerusform>
            <numerusform>%n ticket files saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>Printing page {page} of {pages}…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>Printing failed: {reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
<message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Arrow keys and Page Up/Down scroll the pages.</source>
        <translation>Arrow keys and Page Up/Down scroll the pages.</translation>
    </message>
    </context>
<context>
    <name>cli</name>
    <message>
        <source>--start-at must be 1 or more</source>
        <translation>--start-at must be 1 or more</translation>
    </message>
    <message>
        <source>--blank-rows must be 0 or more</source>
        <translation>--blank-rows must be 0 or more</translation>
    </message>
    <message>
        <source>{file}: {pages} page(s), {items} item(s).</source>
        <translation>{file}: {pages} page(s), {items} item(s).</translation>
    </message>
    <message>
        <source>{count} ticket file(s) in {folder}.</source>
        <translation>{count} ticket file(s) in {folder}.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Facilitator: {names}</source>
        <translation>Facilitator: {names}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Attendee list</translation>
    </message>
    <message>
        <source>Registered: {registered} · checked in: {checked_in}</source>
        <translation>Registered: {registered} · checked in: {checked_in}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Check-in sheet</source>
        <translation>Check-in sheet</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <source>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</source>
        <translation>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Show this code at the desk, printed or on your phone.</source>
        <translation>Show this code at the desk, printed or on your phone.</translation>
    </message>
</context>
</TS>
