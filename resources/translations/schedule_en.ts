<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/table_models.py" line="125" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/schedule/conflicts_panel.py" line="66" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/conflicts_panel.py" line="68" />
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="43" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="176" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="185" />
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="49" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="52" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="64" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="53" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="65" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="54" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="66" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="55" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="67" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="56" />
        <source>Person in the app</source>
        <translation>Person in the app</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="68" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="69" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="70" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="71" />
        <source>Register for their sessions</source>
        <translation>Register for their sessions</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="74" />
        <source>Links the facilitator to the person with this e-mail address and registers them with the role facilitator at each session they lead.</source>
        <translation>Links the facilitator to the person with this e-mail address and registers them with the role facilitator at each session they lead.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="161" />
        <source>Delete facilitator</source>
        <translation>Delete facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="161" />
        <source>Delete this facilitator?</source>
        <translation>Delete this facilitator?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="177" />
        <source>There is no person with this e-mail address yet.</source>
        <translation>There is no person with this e-mail address yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="185" />
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
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="77" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="77" />
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="111" />
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="81" />
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="82" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="99" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="110" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="113" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="114" />
        <source>Add repeating series…</source>
        <translation>Add repeating series…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="115" />
        <source>Register a person…</source>
        <translation>Register a person…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="116" />
        <source>Print agenda…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="117" />
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="129" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="130" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="131" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="132" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="140" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="246" />
        <source>Delete this programme? Its sessions stay as separate events.</source>
        <translation>Delete this programme? Its sessions stay as separate events.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="247" />
        <source>Delete programme</source>
        <translation>Delete programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="272" />
        <source>Print agenda</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="272" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="282" />
        <source>Export .ics</source>
        <translation>Export .ics</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="282" />
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>ProgrammeRegisterDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="211" />
        <source>Register for the programme</source>
        <translation>Register for the programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="214" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="215" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="216" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="58" />
        <source>Repeating series</source>
        <translation>Repeating series</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="64" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="66" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="75" />
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="85" />
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="88" />
        <source>Skip this date</source>
        <translation>Skip this date</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="99" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="100" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="101" />
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="102" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="103" />
        <source>First session</source>
        <translation>First session</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="104" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="105" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="106" />
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="107" />
        <source>Not on</source>
        <translation>Not on</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="117" />
        <source>Sessions and conflicts</source>
        <translation>Sessions and conflicts</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="68" />
        <source>Move event</source>
        <translation>Move event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="113" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="116" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="116" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="116" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="119" />
        <source>Print agenda…</source>
        <translation>Print agenda…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="120" />
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="122" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="121" />
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="124" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="145" />
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="225" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="254" />
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="323" />
        <source>Print agenda</source>
        <translation>Print agenda</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="324" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="66" />
        <source>Venues and rooms</source>
        <translation>Venues and rooms</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="73" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="102" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="73" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="94" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="77" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="130" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="78" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="131" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="79" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="132" />
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="87" />
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="93" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="96" />
        <source>Save venue</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="97" />
        <source>New venue</source>
        <translation>New venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="98" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="240" />
        <source>Delete venue</source>
        <translation>Delete venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="107" />
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="124" />
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="127" />
        <source>e.g. wheelchair access, lift, hearing loop</source>
        <translation>e.g. wheelchair access, lift, hearing loop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="133" />
        <source>Save room</source>
        <translation>Save room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="134" />
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="135" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="273" />
        <source>Delete room</source>
        <translation>Delete room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="239" />
        <source>Delete this venue and its rooms? Its events keep their times.</source>
        <translation>Delete this venue and its rooms? Its events keep their times.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="273" />
        <source>Delete this room? Its events stay at the venue.</source>
        <translation>Delete this room? Its events stay at the venue.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="28" />
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="29" />
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="30" />
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="31" />
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="32" />
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="33" />
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="34" />
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="37" />
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="38" />
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="39" />
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="40" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="41" />
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="42" />
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="43" />
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="44" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="45" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="46" />
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="47" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="48" />
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="51" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="52" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="53" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="54" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="55" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="57" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="58" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="59" />
        <source>Agenda for the week of {first} to {last}</source>
        <translation>Agenda for the week of {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="60" />
        <source>Nothing planned.</source>
        <translation>Nothing planned.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="61" />
        <source>Printed on {day}</source>
        <translation>Printed on {day}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="71" />
        <source>{option}: “{value}” is not a date like 2027-03-16</source>
        <translation>{option}: “{value}” is not a date like 2027-03-16</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="84" />
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="124" />
        <source>{rows} event(s) written to {file}.</source>
        <translation>{rows} event(s) written to {file}.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="58" />
        <source>Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="62" />
        <source>{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="67" />
        <source>“{event}” has {registered} registrations but room {room} holds {room_capacity}.</source>
        <translation>“{event}” has {registered} registrations but room {room} holds {room_capacity}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="71" />
        <source>“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).</source>
        <translation>“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="75" />
        <source>“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).</source>
        <translation>“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="79" />
        <source>“{event}” is on a public holiday: {holiday} ({day}).</source>
        <translation>“{event}” is on a public holiday: {holiday} ({day}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/schedule/recurrence.py" line="24" />
        <source>This series cannot be made: {detail}</source>
        <translation>This series cannot be made: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/programmes.py" line="46" />
        <source>The programme must end on or after its first day ({starts}–{ends}).</source>
        <translation>The programme must end on or after its first day ({starts}–{ends}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/venues.py" line="42" />
        <source>The name “{name}” is already in use.</source>
        <translation>The name “{name}” is already in use.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/venues.py" line="49" />
        <source>The venue must close after it opens ({opens}–{closes}).</source>
        <translation>The venue must close after it opens ({opens}–{closes}).</translation>
    </message>
</context>
</TS>
