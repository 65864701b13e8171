<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
    <name>TimetableView</name>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="59" />
        <source>Move event</source>
        <translation>Activiteit verplaatsen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="104" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="107" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="107" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="107" />
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="110" />
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="112" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="111" />
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="114" />
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="134" />
        <source>+{n} more</source>
        <translation>+{n} meer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="213" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/schedule/timetable.py" line="242" />
        <source>{first} to {last}</source>
        <translation>{first} tot {last}</translation>
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
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="64" />
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/schedule_commands.py" line="104" />
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
