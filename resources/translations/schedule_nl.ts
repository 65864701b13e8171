<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/table_models.py" line="125" />
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/schedule/conflicts_panel.py" line="66" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/conflicts_panel.py" line="68" />
        <source>No conflicts</source>
        <translation>Geen conflicten</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="43" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="176" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="185" />
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="49" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="52" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="64" />
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="55" />
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="67" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="56" />
        <source>Person in the app</source>
        <translation>Persoon in de app</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="68" />
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="69" />
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="70" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="71" />
        <source>Register for their sessions</source>
        <translation>Inschrijven voor hun sessies</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="74" />
        <source>Links the facilitator to the person with this e-mail address and registers them with the role facilitator at each session they lead.</source>
        <translation>Koppelt de begeleider aan de persoon met dit e-mailadres en schrijft die in met de rol begeleider bij elke sessie die ze begeleiden.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="161" />
        <source>Delete facilitator</source>
        <translation>Begeleider verwijderen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="161" />
        <source>Delete this facilitator?</source>
        <translation>Deze begeleider verwijderen?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="177" />
        <source>There is no person with this e-mail address yet.</source>
        <translation>Er is nog geen persoon met dit e-mailadres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/schedule/facilitators_dialog.py" line="185" />
        <source>%n registration(s) made.</source>
        <translation>
            <numerusform>%n inschrijving gemaakt.</numerusform>
            <numerusform>%n inschrijvingen gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="77" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="77" />
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="111" />
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="81" />
        <source>New programme</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="82" />
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="99" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="110" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="113" />
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="114" />
        <source>Add repeating series…</source>
        <translation>Herhalende reeks toevoegen…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="115" />
        <source>Register a person…</source>
        <translation>Iemand inschrijven…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="116" />
        <source>Print agenda…</source>
        <translation>Agenda afdrukken…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="117" />
        <source>Export .ics…</source>
        <translation>.ics exporteren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="129" />
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="130" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="131" />
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="132" />
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="140" />
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="246" />
        <source>Delete this programme? Its sessions stay as separate events.</source>
        <translation>Dit programma verwijderen? De sessies blijven als losse activiteiten bestaan.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="247" />
        <source>Delete programme</source>
        <translation>Programma verwijderen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="272" />
        <source>Print agenda</source>
        <translation>Agenda afdrukken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="272" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="282" />
        <source>Export .ics</source>
        <translation>.ics exporteren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_page.py" line="282" />
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>ProgrammeRegisterDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="211" />
        <source>Register for the programme</source>
        <translation>Inschrijven voor het programma</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="214" />
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="215" />
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Herhalende reeks</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="64" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="66" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="75" />
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="85" />
        <source> week(s)</source>
        <translation> week/weken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="88" />
        <source>Skip this date</source>
        <translation>Deze datum overslaan</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="99" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="100" />
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="101" />
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="102" />
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="103" />
        <source>First session</source>
        <translation>Eerste sessie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="104" />
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="105" />
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="106" />
        <source>Every</source>
        <translation>Om de</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="107" />
        <source>Not on</source>
        <translation>Niet op</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/programme_dialogs.py" line="117" />
        <source>Sessions and conflicts</source>
        <translation>Sessies en conflicten</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="68" />
        <source>Move event</source>
        <translation>Activiteit verplaatsen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="113" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="116" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="116" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="116" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="119" />
        <source>Print agenda…</source>
        <translation>Agenda afdrukken…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="120" />
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="122" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="121" />
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="124" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="145" />
        <source>+{n} more</source>
        <translation>+{n} meer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="225" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="254" />
        <source>{first} to {last}</source>
        <translation>{first} tot {last}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="323" />
        <source>Print agenda</source>
        <translation>Agenda afdrukken</translation>
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
        <translation>Locaties en zalen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="73" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="102" />
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="73" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="94" />
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="77" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="130" />
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="78" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="131" />
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="79" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="132" />
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="87" />
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="93" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="96" />
        <source>Save venue</source>
        <translation>Locatie bewaren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="97" />
        <source>New venue</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="98" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="240" />
        <source>Delete venue</source>
        <translation>Locatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="107" />
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="124" />
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="127" />
        <source>e.g. wheelchair access, lift, hearing loop</source>
        <translation>bv. rolstoeltoegankelijk, lift, ringleiding</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="133" />
        <source>Save room</source>
        <translation>Zaal bewaren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="134" />
        <source>New room</source>
        <translation>Nieuwe zaal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="135" />
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="273" />
        <source>Delete room</source>
        <translation>Zaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="239" />
        <source>Delete this venue and its rooms? Its events keep their times.</source>
        <translation>Deze locatie en haar zalen verwijderen? De activiteiten behouden hun tijden.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/venues_dialog.py" line="273" />
        <source>Delete this room? Its events stay at the venue.</source>
        <translation>Deze zaal verwijderen? De activiteiten blijven op de locatie.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="28" />
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="29" />
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="30" />
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="31" />
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="32" />
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="33" />
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="34" />
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="37" />
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="38" />
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="39" />
        <source>March</source>
        <translation>Maart</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="40" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="41" />
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="42" />
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="43" />
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="44" />
        <source>August</source>
        <translation>Augustus</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="45" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="46" />
        <source>October</source>
        <translation>Oktober</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="52" />
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="53" />
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="54" />
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="55" />
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="57" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="58" />
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="59" />
        <source>Agenda for the week of {first} to {last}</source>
        <translation>Agenda van de week van {first} tot {last}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="60" />
        <source>Nothing planned.</source>
        <translation>Niets gepland.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/agenda.py" line="61" />
        <source>Printed on {day}</source>
        <translation>Afgedrukt op {day}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="71" />
        <source>{option}: “{value}” is not a date like 2027-03-16</source>
        <translation>{option}: “{value}” is geen datum zoals 2027-03-16</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="84" />
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="124" />
        <source>{rows} event(s) written to {file}.</source>
        <translation>{rows} activiteit(en) geschreven naar {file}.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="58" />
        <source>Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>Zaal {room} is dubbel geboekt: “{first}” ({first_time}) en “{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="62" />
        <source>{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>{facilitator} begeleidt twee sessies tegelijk: “{first}” ({first_time}) en “{second}” ({second_time}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="67" />
        <source>“{event}” has {registered} registrations but room {room} holds {room_capacity}.</source>
        <translation>“{event}” heeft {registered} inschrijvingen maar zaal {room} biedt plaats aan {room_capacity}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="71" />
        <source>“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).</source>
        <translation>“{event}” ({event_time}) valt buiten de openingsuren van {venue} ({hours}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="75" />
        <source>“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).</source>
        <translation>“{event}” ({event_time}) valt buiten de periode van programma “{programme}” ({period}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/schedule/conflicts.py" line="79" />
        <source>“{event}” is on a public holiday: {holiday} ({day}).</source>
        <translation>“{event}” valt op een feestdag: {holiday} ({day}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/schedule/recurrence.py" line="24" />
        <source>This series cannot be made: {detail}</source>
        <translation>Deze reeks kan niet gemaakt worden: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/programmes.py" line="46" />
        <source>The programme must end on or after its first day ({starts}–{ends}).</source>
        <translation>Het programma moet eindigen op of na de eerste dag ({starts}–{ends}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/venues.py" line="42" />
        <source>The name “{name}” is already in use.</source>
        <translation>De naam “{name}” is al in gebruik.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/venues.py" line="49" />
        <source>The venue must close after it opens ({opens}–{closes}).</source>
        <translation>De locatie moet sluiten nadat ze opengaat ({opens}–{closes}).</translation>
    </message>
</context>
</TS>
