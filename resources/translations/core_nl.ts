<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="54" />
        <source>Database {path} is at version {revision}.</source>
        <translation>Databank {path} staat op versie {revision}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="75" />
        <source>only an SQLite database can be copied; use pg_dump for PostgreSQL</source>
        <translation>alleen een SQLite-databank kan gekopieerd worden; gebruik pg_dump voor PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="81" />
        <source>{file} exists already; choose a new name</source>
        <translation>{file} bestaat al; kies een nieuwe naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="86" />
        <source>Copied to {file}.</source>
        <translation>Gekopieerd naar {file}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="93" />
        <source>--people must be 1 or more</source>
        <translation>--people moet 1 of meer zijn</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="97" />
        <source>Demo season loaded: {events} events, {people} people, {registrations} registrations.</source>
        <translation>Demoseizoen geladen: {events} activiteiten, {people} deelnemers, {registrations} inschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="69" />
        <source>(+{n} waiting)</source>
        <translation>(+{n} op de wachtlijst)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="75" />
        <source>No events.</source>
        <translation>Geen activiteiten.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="85" />
        <source>{option}: “{value}” is not a date and time like 2026-12-01T19:00</source>
        <translation>{option}: “{value}” is geen datum en tijd zoals 2026-12-01T19:00</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="115" />
        <source>Event {id} added: {title}.</source>
        <translation>Activiteit {id} toegevoegd: {title}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="119" />
        <source>Warning: {message}</source>
        <translation>Let op: {message}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="66" />
        <source>{name} is on the waiting list (place {position}).</source>
        <translation>{name} staat op de wachtlijst (plaats {position}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="70" />
        <source>{name} is registered; ticket {code}.</source>
        <translation>{name} is ingeschreven; ticket {code}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="79" />
        <source>Registration {id} cancelled.</source>
        <translation>Inschrijving {id} geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="81" />
        <source>Moved up from the waiting list: {ids}.</source>
        <translation>Van de wachtlijst doorgeschoven: {ids}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="120" />
        <source>No registrations.</source>
        <translation>Geen inschrijvingen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/common.py" line="144" />
        <location filename="../../keet_desktop/cli/common.py" line="151" />
        <source>database problem: {detail}</source>
        <translation>probleem met de databank: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/common.py" line="160" />
        <source>cannot use {file}: {reason}</source>
        <translation>kan {file} niet gebruiken: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/demo.py" line="85" />
        <source>The database already has {events} events; the demo season needs an empty one.</source>
        <translation>De databank bevat al {events} activiteiten; het demoseizoen heeft een lege databank nodig.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="92" />
        <source>{field_label}: {detail}</source>
        <translation>{field_label}: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="99" />
        <source>{field_label} is required.</source>
        <translation>{field_label} is verplicht.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="106" />
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>Het einde ({end}) moet na het begin ({start}) liggen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="113" />
        <source>The capacity must be 0 or more, not {capacity}.</source>
        <translation>De capaciteit moet 0 of meer zijn, niet {capacity}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="120" />
        <source>A webinar needs an online link.</source>
        <translation>Een webinar heeft een onlinelink nodig.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="127" />
        <source>The online link must start with https:// or http://, not “{url}”.</source>
        <translation>De onlinelink moet beginnen met https:// of http://, niet “{url}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="136" />
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="143" />
        <source>There is no {what} with {key} “{value}”.</source>
        <translation>Er is geen {what} met {key} “{value}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="150" />
        <source>{person} is already registered for “{event}”.</source>
        <translation>{person} is al ingeschreven voor “{event}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="157" />
        <source>“{event}” is cancelled and takes no registrations.</source>
        <translation>“{event}” is geannuleerd en neemt geen inschrijvingen meer aan.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="164" />
        <source>This registration of {person} was already cancelled.</source>
        <translation>Deze inschrijving van {person} was al geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="171" />
        <source>The e-mail address {email} already belongs to {person}.</source>
        <translation>Het e-mailadres {email} hoort al bij {person}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="180" />
        <source>Database problem: {detail}</source>
        <translation>Probleem met de databank: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="188" />
        <source>The database is at version {revision}, newer than this app knows (up to {head}). Update Keet Desktop; the database was not changed.</source>
        <translation>De databank staat op versie {revision}, nieuwer dan deze app kent (tot {head}). Werk Keet Desktop bij; de databank is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/events.py" line="36" />
        <source>The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).</source>
        <translation>De capaciteit ({capacity}) is groter dan die van zaal {room} ({room_capacity}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/events.py" line="46" />
        <source>The event starts in the past ({start}).</source>
        <translation>De activiteit begint in het verleden ({start}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/merge.py" line="41" />
        <source>Choose two different people to merge.</source>
        <translation>Kies twee verschillende personen om samen te voegen.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="16" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="17" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="18" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="19" />
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="20" />
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="21" />
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="22" />
        <location filename="../../keet_desktop/domain/errors.py" line="23" />
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="24" />
        <location filename="../../keet_desktop/domain/errors.py" line="25" />
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="26" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="27" />
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="28" />
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="29" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="30" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="31" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="32" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>things</name>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="37" />
        <source>event</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="38" />
        <source>person</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="39" />
        <source>registration</source>
        <translation>inschrijving</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="40" />
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="41" />
        <source>venue</source>
        <translation>locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="42" />
        <source>room</source>
        <translation>zaal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="43" />
        <source>facilitator</source>
        <translation>begeleider</translation>
    </message>
</context>
</TS>
