<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttendanceTableModel</name>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Geen conflicten</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person in the app</source>
        <translation>Persoon in de app</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Register for their sessions</source>
        <translation>Inschrijven voor hun sessies</translation>
    </message>
    <message>
        <source>Links the facilitator to the person with this e-mail address and registers them with the role facilitator at each session they lead.</source>
        <translation>Koppelt de begeleider aan de persoon met dit e-mailadres en schrijft die in met de rol begeleider bij elke sessie die ze begeleiden.</translation>
    </message>
    <message>
        <source>Delete facilitator</source>
        <translation>Begeleider verwijderen</translation>
    </message>
    <message>
        <source>Delete this facilitator?</source>
        <translation>Deze begeleider verwijderen?</translation>
    </message>
    <message>
        <source>There is no person with this e-mail address yet.</source>
        <translation>Er is nog geen persoon met dit e-mailadres.</translation>
    </message>
    <message numerus="yes">
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
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Programme starts</source>
        <translation>Begin van het programma</translation>
    </message>
    <message>
        <source>Programme ends</source>
        <translation>Einde van het programma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Add repeating series…</source>
        <translation>Herhalende reeks toevoegen…</translation>
    </message>
    <message>
        <source>Register a person…</source>
        <translation>Iemand inschrijven…</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>Agenda afdrukken…</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>.ics exporteren…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>✔ present · ✘ absent · … not yet (the session is still to come)</source>
        <translation>✔ aanwezig · ✘ afwezig · … nog niet (de sessie moet nog komen)</translation>
    </message>
    <message>
        <source>Delete this programme? Its sessions stay as separate events.</source>
        <translation>Dit programma verwijderen? De sessies blijven als losse activiteiten bestaan.</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Programma verwijderen</translation>
    </message>
    <message>
        <source>Print agenda</source>
        <translation>Agenda afdrukken</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export .ics</source>
        <translation>.ics exporteren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>ProgrammeRegisterDialog</name>
    <message>
        <source>Register for the programme</source>
        <translation>Inschrijven voor het programma</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Herhalende reeks</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week/weken</translation>
    </message>
    <message>
        <source>Skip this date</source>
        <translation>Deze datum overslaan</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Eerste datum</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Eindigt om</translation>
    </message>
    <message>
        <source>Date to skip</source>
        <translation>Over te slane datum</translation>
    </message>
    <message>
        <source>Skipped dates</source>
        <translation>Overgeslagen datums</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Eerste sessie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Om de</translation>
    </message>
    <message>
        <source>Not on</source>
        <translation>Niet op</translation>
    </message>
    <message>
        <source>Sessions that will be made</source>
        <translation>Sessies die worden aangemaakt</translation>
    </message>
    <message>
        <source>Sessions and conflicts</source>
        <translation>Sessies en conflicten</translation>
    </message>
</context>
<context>
    <name>TimetableCanvas</name>
    <message>
        <source>No event selected. Tab walks the events; arrows move the selected one.</source>
        <translation>Geen activiteit gekozen. Tab gaat langs de activiteiten; de pijltjes verplaatsen de gekozen activiteit.</translation>
    </message>
    <message>
        <source>{title}, {day} {start}–{end}</source>
        <translation>{title}, {day} {start}–{end}</translation>
    </message>
    <message>
        <source>{event} – has a conflict</source>
        <translation>{event} – heeft een conflict</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Move event</source>
        <translation>Activiteit verplaatsen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Print agenda…</source>
        <translation>Agenda afdrukken…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Tab walks the events; arrows move the selected one, Shift+arrows change its length, Alt+Left/Right move it to another room, Enter opens it.</source>
        <translation>Tab gaat langs de activiteiten; de pijltjes verplaatsen de gekozen activiteit, Shift+pijltjes veranderen de duur, Alt+links/rechts verplaatsen ze naar een andere zaal, Enter opent ze.</translation>
    </message>
    <message>
        <source>Arrows choose a day, Enter opens it in the day view.</source>
        <translation>De pijltjes kiezen een dag, Enter opent hem in de dagweergave.</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} meer</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Volgende periode</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Legende:</translation>
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
        <translation>{first} tot {last}</translation>
    </message>
    <message>
        <source>Print agenda</source>
        <translation>Agenda afdrukken</translation>
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
        <translation>Locaties en zalen</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Save venue</source>
        <translation>Locatie bewaren</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>Locatie verwijderen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Zalen</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>e.g. wheelchair access, lift, hearing loop</source>
        <translation>bv. rolstoeltoegankelijk, lift, ringleiding</translation>
    </message>
    <message>
        <source>Save room</source>
        <translation>Zaal bewaren</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nieuwe zaal</translation>
    </message>
    <message>
        <source>Delete room</source>
        <translation>Zaal verwijderen</translation>
    </message>
    <message>
        <source>Delete this venue and its rooms? Its events keep their times.</source>
        <translation>Deze locatie en haar zalen verwijderen? De activiteiten behouden hun tijden.</translation>
    </message>
    <message>
        <source>Delete this room? Its events stay at the venue.</source>
        <translation>Deze zaal verwijderen? De activiteiten blijven op de locatie.</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Agenda for the week of {first} to {last}</source>
        <translation>Agenda van de week van {first} tot {last}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Niets gepland.</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Afgedrukt op {day}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{option}: “{value}” is not a date like 2027-03-16</source>
        <translation>{option}: “{value}” is geen datum zoals 2027-03-16</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <source>{rows} event(s) written to {file}.</source>
        <translation>{rows} activiteit(en) geschreven naar {file}.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Room {room} is booked twice: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>Zaal {room} is dubbel geboekt: “{first}” ({first_time}) en “{second}” ({second_time}).</translation>
    </message>
    <message>
        <source>{facilitator} leads two sessions at once: “{first}” ({first_time}) and “{second}” ({second_time}).</source>
        <translation>{facilitator} begeleidt twee sessies tegelijk: “{first}” ({first_time}) en “{second}” ({second_time}).</translation>
    </message>
    <message>
        <source>“{event}” has {registered} registrations but room {room} holds {room_capacity}.</source>
        <translation>“{event}” heeft {registered} inschrijvingen maar zaal {room} biedt plaats aan {room_capacity}.</translation>
    </message>
    <message>
        <source>“{event}” ({event_time}) falls outside the opening hours of {venue} ({hours}).</source>
        <translation>“{event}” ({event_time}) valt buiten de openingsuren van {venue} ({hours}).</translation>
    </message>
    <message>
        <source>“{event}” ({event_time}) falls outside the period of programme “{programme}” ({period}).</source>
        <translation>“{event}” ({event_time}) valt buiten de periode van programma “{programme}” ({period}).</translation>
    </message>
    <message>
        <source>“{event}” is on a public holiday: {holiday} ({day}).</source>
        <translation>“{event}” valt op een feestdag: {holiday} ({day}).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This series cannot be made: {detail}</source>
        <translation>Deze reeks kan niet gemaakt worden: {detail}</translation>
    </message>
    <message>
        <source>The name “{name}” is already in use.</source>
        <translation>De naam “{name}” is al in gebruik.</translation>
    </message>
    <message>
        <source>The venue must close after it opens ({opens}–{closes}).</source>
        <translation>De locatie moet sluiten nadat ze opengaat ({opens}–{closes}).</translation>
    </message>
    <message>
        <source>The programme must end on or after its first day ({period}).</source>
        <translation>Het programma moet eindigen op of na de eerste dag ({period}).</translation>
    </message>
</context>
</TS>
