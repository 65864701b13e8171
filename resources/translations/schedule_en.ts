<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person in the app</source>
        <translation>Person in the app</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Register for their sessions</source>
        <translation>Register for their sessions</translation>
    </message>
    <message>
        <source>Links the facilitator to the person with this e-mail address and registers them with the role facilitator at each session they lead.</source>
        <translation>Links the facilitator to the person with this e-mail address and registers them with the role facilitator at each session they lead.</translation>
    </message>
    <message>
        <source>Delete facilitator</source>
        <translation>Delete facilitator</translation>
    </message>
    <message>
        <source>Delete this facilitator?</source>
        <translation>Delete this facilitator?</translation>
    </message>
    <message>
        <source>There is no person with this e-mail address yet.</source>
        <translation>There is no person with this e-mail address yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) made.</source>
        <translation>
            <numerusform>%n registration made.</numerusform>
            <numerusform>%n registrations made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Programme starts</source>
        <translation>Programme starts</translation>
    </message>
    <message>
        <source>Programme ends</source>
        <translation>Programme ends</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add repeating series…</source>
        <translation>Add repeating series…</translation>
    </message>
    <message>
        <source>Register a person…</source>
        <translation>Register a person…</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>✔ present · ✘ absent · … not yet (the session is still to come)</source>
        <translation>✔ present · ✘ absent · … not yet (the session is still to come)</translation>
    </message>
    <message>
        <source>Delete this programme? Its sessions stay as separate events.</source>
        <translation>Delete this programme? Its sessions stay as separate events.</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Delete programme</translation>
    </message>
    <message>
        <source>Print agenda</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>Export .ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>ProgrammeRegisterDialog</name>
    <message>
        <source>Register for the programme</source>
        <translation>Register for the programme</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Repeating series</source>
        <translation>Repeating series</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <source>Skip this date</source>
        <translation>Skip this date</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>First date</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Date to skip</source>
        <translation>Date to skip</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Skipped dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>First session</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Not on</source>
        <translation>Not on</translation>
    </message>
    <message>
        <source>Sessions that will be made</source>
        <translation>Sessions that will be made</translation>
    </message>
    <message>
        <source>Sessions and conflicts</source>
        <translation>Sessions and conflicts</translation>
    </message>
</context>
<context>
    <name>TimetableCanvas</name>
    <message>
        <source>No event selected. Tab walks the events; arrows move the selected one.</source>
        <translation>No event selected. Tab walks the events; arrows move the selected one.</translation>
    </message>
    <message>
        <source>{title}, {day} {start}–{end}</source>
        <translation>{title}, {day} {start}–{end}</translation>
    </message>
    <message>
        <source>{event} – has a conflict</source>
        <translation>{event} – has a conflict</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Move event</source>
        <translation>Move event</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Tab walks the events; arrows move the selected one, Shift+arrows change its length, Alt+Left/Right move it to another room, Enter opens it.</source>
        <translation>Tab walks the events; arrows move the selected one, Shift+arrows change its length, Alt+Left/Right move it to another room, Enter opens it.</translation>
    </message>
    <message>
        <source>Arrows choose a day, Enter opens it in the day view.</source>
        <translation>Arrows choose a day, Enter opens it in the day view.</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <source>⚠ conflict</source>
        <translation>⚠ conflict</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>Print agenda</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and rooms</source>
        <translation>Venues and rooms</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>New venue</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Delete venue</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>e.g. wheelchair access, lift, hearing loop</source>
        <translation>e.g. wheelchair access, lift, hearing loop</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Save room</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Delete room</translation>
    </message>
    <message>
        <source>Delete this venue and its rooms? Its events keep their times.</source>
        <translation>Delete this venue and its rooms? Its events keep their times.</translation>
    </message>
    <message>
        <source>Delete this room? Its events stay at the venue.</source>
        <translation>Delete this room? Its events stay at the venue.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
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
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Agenda for the week of {first} to {last}</source>
        <translation>Agenda for the week of {first} to {last}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Nothing planned.</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Printed on {day}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{option}: “{value}” is not a date like 2027-03-16</source>
        <translation>{option}: “{value}” is not a date like 2027-03-16</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>{rows} event(s) written to {file}.</source>
        <translation>{rows} event(s) written to {file}.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).</translation>
    </message>
    <message>
        <source>{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” ({second_time}).</translation>
    </message>
    <message>
        <source>“{event}” has {registered} registrations but room {room} holds {room_capacity}.</source>
        <translation>“{event}” has {registered} registrations but room {room} holds {room_capacity}.</translation>
    </message>
    <message>
        <source>“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).</source>
        <translation>“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).</translation>
    </message>
    <message>
        <source>“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).</source>
        <translation>“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).</translation>
    </message>
    <message>
        <source>“{event}” is on a public holiday: {holiday} ({day}).</source>
        <translation>“{event}” is on a public holiday: {holiday} ({day}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This series cannot be made: {detail}</source>
        <translation>This series cannot be made: {detail}</translation>
    </message>
    <message>
        <source>The programme must end on or after its first day ({starts}–{ends}).</source>
        <translation>The programme must end on or after its first day ({starts}–{ends}).</translation>
    </message>
    <message>
        <source>The name “{name}” is already in use.</source>
        <translation>The name “{name}” is already in use.</translation>
    </message>
    <message>
        <source>The venue must close after it opens ({opens}–{closes}).</source>
        <translation>The venue must close after it opens ({opens}–{closes}).</translation>
    </message>
</context>
</TS>
