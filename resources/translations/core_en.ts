<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>Database {path} is at version {revision}.</source>
        <translation>Database {path} is at version {revision}.</translation>
    </message>
    <message>
        <source>Copied to {file}.</source>
        <translation>Copied to {file}.</translation>
    </message>
    <message>
        <source>--people must be 1 or more</source>
        <translation>--people must be 1 or more</translation>
    </message>
    <message>
        <source>Demo season loaded: {events} events, {people} people, {registrations} registrations.</source>
        <translation>Demo season loaded: {events} events, {people} people, {registrations} registrations.</translation>
    </message>
    <message>
        <source>(+{n} waiting)</source>
        <translation>(+{n} waiting)</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>No events.</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date and time like 2026-12-01T19:00</source>
        <translation>{option}: “{value}” is not a date and time like 2026-12-01T19:00</translation>
    </message>
    <message>
        <source>Event {id} added: {title}.</source>
        <translation>Event {id} added: {title}.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>{name} is on the waiting list (place {position}).</source>
        <translation>{name} is on the waiting list (place {position}).</translation>
    </message>
    <message>
        <source>{name} is registered; ticket {code}.</source>
        <translation>{name} is registered; ticket {code}.</translation>
    </message>
    <message>
        <source>Registration {id} cancelled.</source>
        <translation>Registration {id} cancelled.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: {ids}.</source>
        <translation>Moved up from the waiting list: {ids}.</translation>
    </message>
    <message>
        <source>No registrations.</source>
        <translation>No registrations.</translation>
    </message>
    <message>
        <source>no event {id} (see keet events list)</source>
        <translation>no event {id} (see keet events list)</translation>
    </message>
    <message>
        <source>database problem: {detail}</source>
        <translation>database problem: {detail}</translation>
    </message>
    <message>
        <source>cannot use {file}: {reason}</source>
        <translation>cannot use {file}: {reason}</translation>
    </message>
<message>
        <source>only an SQLite database can be copied; use pg_dump for PostgreSQL</source>
        <translation>only an SQLite database can be copied; use pg_dump for PostgreSQL</translation>
    </message>
    <message>
        <source>{file} exists already; choose a new name</source>
        <translation>{file} exists already; choose a new name</translation>
    </message>
    </context>
<context>
    <name>errors</name>
    <message>
        <source>The database already has {events} events; the demo season needs an empty one.</source>
        <translation>The database already has {events} events; the demo season needs an empty one.</translation>
    </message>
    <message>
        <source>{field_label}: {detail}</source>
        <translation>{field_label}: {detail}</translation>
    </message>
    <message>
        <source>{field_label} is required.</source>
        <translation>{field_label} is required.</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>The end ({end}) must be after the start ({start}).</translation>
    </message>
    <message>
        <source>The capacity must be 0 or more, not {capacity}.</source>
        <translation>The capacity must be 0 or more, not {capacity}.</translation>
    </message>
    <message>
        <source>A webinar needs an online link.</source>
        <translation>A webinar needs an online link.</translation>
    </message>
    <message>
        <source>The online link must start with https:// or http://, not “{url}”.</source>
        <translation>The online link must start with https:// or http://, not “{url}”.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>There is no {what} with {key} “{value}”.</source>
        <translation>There is no {what} with {key} “{value}”.</translation>
    </message>
    <message>
        <source>{person} is already registered for “{event}”.</source>
        <translation>{person} is already registered for “{event}”.</translation>
    </message>
    <message>
        <source>“{event}” is cancelled and takes no registrations.</source>
        <translation>“{event}” is cancelled and takes no registrations.</translation>
    </message>
    <message>
        <source>This registration of {person} was already cancelled.</source>
        <translation>This registration of {person} was already cancelled.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {person}.</source>
        <translation>The e-mail address {email} already belongs to {person}.</translation>
    </message>
    <message>
        <source>Database problem: {detail}</source>
        <translation>Database problem: {detail}</translation>
    </message>
    <message>
        <source>The database is at version {revision}, newer than this app knows (up to {head}). Update Keet Desktop; the database was not changed.</source>
        <translation>The database is at version {revision}, newer than this app knows (up to {head}). Update Keet Desktop; the database was not changed.</translation>
    </message>
    <message>
        <source>The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).</source>
        <translation>The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).</translation>
    </message>
    <message>
        <source>The event starts in the past ({start}).</source>
        <translation>The event starts in the past ({start}).</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
<message>
        <source>The event starts more than two years from now ({start}): is the year right?</source>
        <translation>The event starts more than two years from now ({start}): is the year right?</translation>
    </message>
    <message>
        <source>The capacity is 0: every new registration goes to the waiting list.</source>
        <translation>The capacity is 0: every new registration goes to the waiting list.</translation>
    </message>
    <message>
        <source>{registered} registered, capacity {capacity}: nobody loses their place; the next {excess} cancellations will not promote anyone from the waiting list, and new registrations go to the waiting list until fewer than {capacity} are registered.</source>
        <translation>{registered} registered, capacity {capacity}: nobody loses their place; the next {excess} cancellations will not promote anyone from the waiting list, and new registrations go to the waiting list until fewer than {capacity} are registered.</translation>
    </message>
    </context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
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
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>things</name>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>room</source>
        <translation>room</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
</context>
</TS>
