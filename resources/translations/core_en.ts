<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="54" />
        <source>Database {path} is at version {revision}.</source>
        <translation>Database {path} is at version {revision}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="75" />
        <source>only an SQLite database can be copied; use pg_dump for PostgreSQL</source>
        <translation>only an SQLite database can be copied; use pg_dump for PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="81" />
        <source>{file} exists already; choose a new name</source>
        <translation>{file} exists already; choose a new name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="86" />
        <source>Copied to {file}.</source>
        <translation>Copied to {file}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="93" />
        <source>--people must be 1 or more</source>
        <translation>--people must be 1 or more</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/db_commands.py" line="97" />
        <source>Demo season loaded: {events} events, {people} people, {registrations} registrations.</source>
        <translation>Demo season loaded: {events} events, {people} people, {registrations} registrations.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="69" />
        <source>(+{n} waiting)</source>
        <translation>(+{n} waiting)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="75" />
        <source>No events.</source>
        <translation>No events.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="85" />
        <source>{option}: “{value}” is not a date and time like 2026-12-01T19:00</source>
        <translation>{option}: “{value}” is not a date and time like 2026-12-01T19:00</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="115" />
        <source>Event {id} added: {title}.</source>
        <translation>Event {id} added: {title}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/events_commands.py" line="119" />
        <source>Warning: {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="66" />
        <source>{name} is on the waiting list (place {position}).</source>
        <translation>{name} is on the waiting list (place {position}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="70" />
        <source>{name} is registered; ticket {code}.</source>
        <translation>{name} is registered; ticket {code}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="79" />
        <source>Registration {id} cancelled.</source>
        <translation>Registration {id} cancelled.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="81" />
        <source>Moved up from the waiting list: {ids}.</source>
        <translation>Moved up from the waiting list: {ids}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/registration_commands.py" line="120" />
        <source>No registrations.</source>
        <translation>No registrations.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/common.py" line="144" />
        <location filename="../../keet_desktop/cli/common.py" line="151" />
        <source>database problem: {detail}</source>
        <translation>database problem: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/common.py" line="160" />
        <source>cannot use {file}: {reason}</source>
        <translation>cannot use {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/demo.py" line="85" />
        <source>The database already has {events} events; the demo season needs an empty one.</source>
        <translation>The database already has {events} events; the demo season needs an empty one.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="92" />
        <source>{field_label}: {detail}</source>
        <translation>{field_label}: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="99" />
        <source>{field_label} is required.</source>
        <translation>{field_label} is required.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="106" />
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>The end ({end}) must be after the start ({start}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="113" />
        <source>The capacity must be 0 or more, not {capacity}.</source>
        <translation>The capacity must be 0 or more, not {capacity}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="120" />
        <source>A webinar needs an online link.</source>
        <translation>A webinar needs an online link.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="127" />
        <source>The online link must start with https:// or http://, not “{url}”.</source>
        <translation>The online link must start with https:// or http://, not “{url}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="136" />
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="143" />
        <source>There is no {what} with {key} “{value}”.</source>
        <translation>There is no {what} with {key} “{value}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="150" />
        <source>{person} is already registered for “{event}”.</source>
        <translation>{person} is already registered for “{event}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="157" />
        <source>“{event}” is cancelled and takes no registrations.</source>
        <translation>“{event}” is cancelled and takes no registrations.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="164" />
        <source>This registration of {person} was already cancelled.</source>
        <translation>This registration of {person} was already cancelled.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="171" />
        <source>The e-mail address {email} already belongs to {person}.</source>
        <translation>The e-mail address {email} already belongs to {person}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="180" />
        <source>Database problem: {detail}</source>
        <translation>Database problem: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="188" />
        <source>The database is at version {revision}, newer than this app knows (up to {head}). Update Keet Desktop; the database was not changed.</source>
        <translation>The database is at version {revision}, newer than this app knows (up to {head}). Update Keet Desktop; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/events.py" line="36" />
        <source>The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).</source>
        <translation>The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/events.py" line="46" />
        <source>The event starts in the past ({start}).</source>
        <translation>The event starts in the past ({start}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/merge.py" line="41" />
        <source>Choose two different people to merge.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="16" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="17" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="18" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="19" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="20" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="21" />
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="22" />
        <location filename="../../keet_desktop/domain/errors.py" line="23" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="24" />
        <location filename="../../keet_desktop/domain/errors.py" line="25" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="26" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="27" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="28" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="29" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="30" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="31" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="32" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>things</name>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="37" />
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="38" />
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="39" />
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="40" />
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="41" />
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="42" />
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/errors.py" line="43" />
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
</context>
</TS>
