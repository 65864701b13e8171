<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BadgePrintBar</name>
    <message>
        <source>Badges are printed at check-in.</source>
        <translation>Badges are printed at check-in.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Reprint last badge</source>
        <translation>Reprint last badge</translation>
    </message>
    <message>
        <source>registration {id}</source>
        <translation>registration {id}</translation>
    </message>
    <message>
        <source>Badge printed for {name}</source>
        <translation>Badge printed for {name}</translation>
    </message>
    <message>
        <source>Badge of {name} was printed before: not printed again</source>
        <translation>Badge of {name} was printed before: not printed again</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>Printing again…</translation>
    </message>
    <message>
        <source>Printing the badge of {name} again…</source>
        <translation>Printing the badge of {name} again…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Camera status</translation>
    </message>
    <message>
        <source>Webcam scanning is not available on this computer.</source>
        <translation>Webcam scanning is not available on this computer.</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam or use a scanner.</source>
        <translation>No camera found. Connect a webcam or use a scanner.</translation>
    </message>
    <message>
        <source>Hold the ticket's QR code in front of the camera.</source>
        <translation>Hold the ticket's QR code in front of the camera.</translation>
    </message>
    <message>
        <source>The camera stopped. Check its cable and try again.</source>
        <translation>The camera stopped. Check its cable and try again.</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation>Still expected</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>SCAN YOUR TICKET</source>
        <translation>SCAN YOUR TICKET</translation>
    </message>
    <message>
        <source>Hold the QR code of your ticket in front of the scanner.</source>
        <translation>Hold the QR code of your ticket in front of the scanner.</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NOT CHECKED IN</translation>
    </message>
    <message>
        <source>DATABASE PROBLEM</source>
        <translation>DATABASE PROBLEM</translation>
    </message>
    <message numerus="yes">
        <source>The database did not answer within %n second(s). This scan is not confirmed: scan it again when the database answers.</source>
        <translation>
            <numerusform>The database did not answer within %n second. This scan is not confirmed: scan it again when the database answers.</numerusform>
            <numerusform>The database did not answer within %n seconds. This scan is not confirmed: scan it again when the database answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <source>The check-in of {name} is undone.</source>
        <translation>The check-in of {name} is undone.</translation>
    </message>
</context>
<context>
    <name>DeskLayout</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Waiting for the database…</translation>
    </message>
    <message>
        <source>Scan a ticket or type a name</source>
        <translation>Scan a ticket or type a name</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <source>Camera (F3)</source>
        <translation>Camera (F3)</translation>
    </message>
    <message>
        <source>Settings (F9)</source>
        <translation>Settings (F9)</translation>
    </message>
    <message>
        <source>↑ ↓ and Enter choose a name · Esc clears</source>
        <translation>↑ ↓ and Enter choose a name · Esc clears</translation>
    </message>
    <message>
        <source>Scan your ticket</source>
        <translation>Scan your ticket</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <source>Play a short sound for each result</source>
        <translation>Play a short sound for each result</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Back to ready after</source>
        <translation>Back to ready after</translation>
    </message>
    <message>
        <source>Self check-in (kiosk mode)</source>
        <translation>Self check-in (kiosk mode)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>none set</translation>
    </message>
    <message>
        <source>New organiser PIN</source>
        <translation>New organiser PIN</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation>Scanner prefix</translation>
    </message>
    <message>
        <source>Scanner suffix</source>
        <translation>Scanner suffix</translation>
    </message>
    <message>
        <source>Badge printing</source>
        <translation>Badge printing</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Once, if not printed yet</source>
        <translation>Once, if not printed yet</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>At every check-in</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>Print the badge</source>
        <translation>Print the badge</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Label layout</source>
        <translation>Label layout</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>{title} · {date}</source>
        <translation>{title} · {date}</translation>
    </message>
    <message>
        <source>This event is not today</source>
        <translation>This event is not today</translation>
    </message>
    <message>
        <source>Tickets scanned here will be refused until the day of the event.</source>
        <translation>Tickets scanned here will be refused until the day of the event.</translation>
    </message>
    <message>
        <source>Check-in desk {desk} – {title}</source>
        <translation>Check-in desk {desk} – {title}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>already checked in</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Nobody found</translation>
    </message>
    <message>
        <source>Nobody found for “{name}” — F2 registers a walk-in.</source>
        <translation>Nobody found for “{name}” — F2 registers a walk-in.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) wait on the waiting list.</source>
        <translation>
            <numerusform>%n person wait on the waiting list.</numerusform>
            <numerusform>%n people wait on the waiting list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let them in anyway, ahead of the waiting list? Say why.</source>
        <translation>Let them in anyway, ahead of the waiting list? Say why.</translation>
    </message>
    <message>
        <source>Let in beyond capacity</source>
        <translation>Let in beyond capacity</translation>
    </message>
    <message>
        <source>Nobody to admit</source>
        <translation>Nobody to admit</translation>
    </message>
    <message>
        <source>F4 admits a person from the waiting list right after their ticket is scanned.</source>
        <translation>F4 admits a person from the waiting list right after their ticket is scanned.</translation>
    </message>
    <message>
        <source>Type the organiser PIN.</source>
        <translation>Type the organiser PIN.</translation>
    </message>
    <message>
        <source>WRONG PIN</source>
        <translation>WRONG PIN</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Event full</source>
        <translation>Event full</translation>
    </message>
<message>
        <source>Scan a ticket or type a name</source>
        <translation>Scan a ticket or type a name</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <source>Settings (F9)</source>
        <translation>Settings (F9)</translation>
    </message>
    <message>
        <source>↑ ↓ and Enter choose a name · Esc clears</source>
        <translation>↑ ↓ and Enter choose a name · Esc clears</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NOT CHECKED IN</translation>
    </message>
    <message>
        <source>DATABASE PROBLEM</source>
        <translation>DATABASE PROBLEM</translation>
    </message>
    <message>
        <source>NOT UNDONE</source>
        <translation>NOT UNDONE</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <source>The check-in of {name} is undone.</source>
        <translation>The check-in of {name} is undone.</translation>
    </message>
    </context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Organiser PIN</source>
        <translation>Organiser PIN</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <source>Undo… (Ctrl+Z)</source>
        <translation>Undo… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Last check-ins at this desk</source>
        <translation>Last check-ins at this desk</translation>
    </message>
</context>
<context>
    <name>RefusedScansModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Scanned code</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Refused because</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Admit (F4)</source>
        <translation>Admit (F4)</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>Scan a ticket or type a name.</source>
        <translation>Scan a ticket or type a name.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Scan the QR code of your ticket.</source>
        <translation>Scan the QR code of your ticket.</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>ALREADY CHECKED IN</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NOT CHECKED IN</translation>
    </message>
    <message>
        <source>{headline} (×{count})</source>
        <translation>{headline} (×{count})</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Unknown ticket</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>{name} is on the waiting list — F4 admits.</source>
        <translation>{name} is on the waiting list — F4 admits.</translation>
    </message>
    <message>
        <source>The event is full: admitting needs a reason.</source>
        <translation>The event is full: admitting needs a reason.</translation>
    </message>
    <message>
        <source>Read: “{code}”</source>
        <translation>Read: “{code}”</translation>
    </message>
    <message>
        <source>Please go to the desk</source>
        <translation>Please go to the desk</translation>
    </message>
    <message>
        <source>This ticket cannot be checked in here.</source>
        <translation>This ticket cannot be checked in here.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>You are checked in. Enjoy the event.</source>
        <translation>You are checked in. Enjoy the event.</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <source>Scan log – {title}</source>
        <translation>Scan log – {title}</translation>
    </message>
    <message>
        <source>Filter by desk, reason, code or name</source>
        <translation>Filter by desk, reason, code or name</translation>
    </message>
    <message numerus="yes">
        <source>Refused scans (%n)</source>
        <translation>
            <numerusform>Refused scans (%n)</numerusform>
            <numerusform>Refused scans (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone check-ins (%n)</source>
        <translation>
            <numerusform>Undone check-ins (%n)</numerusform>
            <numerusform>Undone check-ins (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing went wrong at the door: no refused scans and no undos.</source>
        <translation>Nothing went wrong at the door: no refused scans and no undos.</translation>
    </message>
<message>
        <source>Refused scans</source>
        <translation>Refused scans</translation>
    </message>
    <message>
        <source>Undone check-ins</source>
        <translation>Undone check-ins</translation>
    </message>
    <message>
        <source>Filter the scan log</source>
        <translation>Filter the scan log</translation>
    </message>
    </context>
<context>
    <name>ToneIcon</name>
    <message>
        <source>Result icon</source>
        <translation>Result icon</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <source>Undo the check-in of {name}? Why?</source>
        <translation>Undo the check-in of {name}? Why?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
<message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    </context>
<context>
    <name>UndoneCheckinsModel</name>
    <message>
        <source>Undone at</source>
        <translation>Undone at</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Undone by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Given name and family name</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <source>Type the person's name.</source>
        <translation>Type the person's name.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} is checked in.</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time} at {desk}.</source>
        <translation>{name} was already checked in at {time} at {desk}.</translation>
    </message>
    <message>
        <source>Unknown code: no ticket has this code.</source>
        <translation>Unknown code: no ticket has this code.</translation>
    </message>
    <message>
        <source>This ticket is for another event: “{event}” on {date}.</source>
        <translation>This ticket is for another event: “{event}” on {date}.</translation>
    </message>
    <message>
        <source>The registration of {name} was cancelled.</source>
        <translation>The registration of {name} was cancelled.</translation>
    </message>
    <message>
        <source>{name} is on the waiting list.</source>
        <translation>{name} is on the waiting list.</translation>
    </message>
    <message>
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is not today but on {date}.</translation>
    </message>
    <message>
        <source>This is not a ticket code; scan the ticket again.</source>
        <translation>This is not a ticket code; scan the ticket again.</translation>
    </message>
    <message>
        <source>There is room: this person can be admitted.</source>
        <translation>There is room: this person can be admitted.</translation>
    </message>
    <message>
        <source>The event is full.</source>
        <translation>The event is full.</translation>
    </message>
    <message>
        <source>an unnamed desk</source>
        <translation>an unnamed desk</translation>
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
        <source>Not a ticket code</source>
        <translation>Not a ticket code</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Ticket for another event</translation>
    </message>
    <message>
        <source>Cancelled registration</source>
        <translation>Cancelled registration</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Event not today</source>
        <translation>Event not today</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give either a CODE or --undo, not both</source>
        <translation>give either a CODE or --undo, not both</translation>
    </message>
    <message>
        <source>give a CODE and --event ID (or --undo ID)</source>
        <translation>give a CODE and --event ID (or --undo ID)</translation>
    </message>
    <message>
        <source>The check-in of registration {id} is undone.</source>
        <translation>The check-in of registration {id} is undone.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>“{event}” is full (capacity: {capacity}). Override the capacity to let them in.</source>
        <translation>“{event}” is full (capacity: {capacity}). Override the capacity to let them in.</translation>
    </message>
    <message>
        <source>Give a reason for going beyond the capacity.</source>
        <translation>Give a reason for going beyond the capacity.</translation>
    </message>
    <message>
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is not today but on {date}.</translation>
    </message>
    <message>
        <source>There is no check-in to undo for registration {id}.</source>
        <translation>There is no check-in to undo for registration {id}.</translation>
    </message>
    <message>
        <source>Give a reason for undoing this check-in.</source>
        <translation>Give a reason for undoing this check-in.</translation>
    </message>
    <message>
        <source>Registration {id} is not on the waiting list of this event.</source>
        <translation>Registration {id} is not on the waiting list of this event.</translation>
    </message>
<message>
        <source>“{event}” is full ({capacity} places). Override the capacity to let them in.</source>
        <translation>“{event}” is full ({capacity} places). Override the capacity to let them in.</translation>
    </message>
    </context>
</TS>
