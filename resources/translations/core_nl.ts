<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>Database {path} is at version {revision}.</source>
        <translation>Databank {path} staat op versie {revision}.</translation>
    </message>
    <message>
        <source>Copied to {file}.</source>
        <translation>Gekopieerd naar {file}.</translation>
    </message>
    <message>
        <source>--people must be 1 or more</source>
        <translation>--people moet 1 of meer zijn</translation>
    </message>
    <message>
        <source>Demo season loaded: {events} events, {people} people, {registrations} registrations.</source>
        <translation>Demoseizoen geladen: {events} activiteiten, {people} deelnemers, {registrations} inschrijvingen.</translation>
    </message>
    <message>
        <source>(+{n} waiting)</source>
        <translation>(+{n} op de wachtlijst)</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Geen activiteiten.</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date and time like 2026-12-01T19:00</source>
        <translation>{option}: “{value}” is geen datum en tijd zoals 2026-12-01T19:00</translation>
    </message>
    <message>
        <source>Event {id} added: {title}.</source>
        <translation>Activiteit {id} toegevoegd: {title}.</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Let op: {message}</translation>
    </message>
    <message>
        <source>{name} is on the waiting list (place {position}).</source>
        <translation>{name} staat op de wachtlijst (plaats {position}).</translation>
    </message>
    <message>
        <source>{name} is registered; ticket {code}.</source>
        <translation>{name} is ingeschreven; ticket {code}.</translation>
    </message>
    <message>
        <source>Registration {id} cancelled.</source>
        <translation>Inschrijving {id} geannuleerd.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: {ids}.</source>
        <translation>Van de wachtlijst doorgeschoven: {ids}.</translation>
    </message>
    <message>
        <source>No registrations.</source>
        <translation>Geen inschrijvingen.</translation>
    </message>
    <message>
        <source>database problem: {detail}</source>
        <translation>probleem met de databank: {detail}</translation>
    </message>
    <message>
        <source>cannot use {file}: {reason}</source>
        <translation>kan {file} niet gebruiken: {reason}</translation>
    </message>
    <message>
        <source>no event {id} (see keet events list)</source>
        <translation>geen evenement {id} (zie keet events list)</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
</context>
<context>
    <name>email</name>
    <message>
        <source>remove the name or the &lt; &gt; around it</source>
        <translation>haal de naam of de &lt; &gt; eromheen weg</translation>
    </message>
    <message>
        <source>it contains a space</source>
        <translation>het bevat een spatie</translation>
    </message>
    <message>
        <source>it contains {chars}, which cannot be in it</source>
        <translation>het bevat {chars}, dat er niet in mag staan</translation>
    </message>
    <message>
        <source>it has no @</source>
        <translation>er staat geen @ in</translation>
    </message>
    <message>
        <source>nothing follows the @</source>
        <translation>er staat niets na de @</translation>
    </message>
    <message>
        <source>nothing comes before the @</source>
        <translation>er staat niets voor de @</translation>
    </message>
    <message>
        <source>it has more than one @</source>
        <translation>er staat meer dan één @ in</translation>
    </message>
    <message>
        <source>it has two dots in a row</source>
        <translation>het heeft twee punten na elkaar</translation>
    </message>
    <message>
        <source>a dot is missing or in the wrong place</source>
        <translation>er ontbreekt een punt of een punt staat verkeerd</translation>
    </message>
    <message>
        <source>the part after the @ starts or ends with a hyphen</source>
        <translation>het deel na de @ begint of eindigt met een streepje</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name, not a real domain</source>
        <translation>het deel na de @ is een gereserveerde naam, geen echt domein</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>het is te lang</translation>
    </message>
    <message>
        <source>it is not of the form name@domain.be</source>
        <translation>het heeft niet de vorm naam@domein.be</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The database already has {events} events; the demo season needs an empty one.</source>
        <translation>De databank bevat al {events} activiteiten; het demoseizoen heeft een lege databank nodig.</translation>
    </message>
    <message>
        <source>{field_label}: {detail}</source>
        <translation>{field_label}: {detail}</translation>
    </message>
    <message>
        <source>{field_label} is required.</source>
        <translation>{field_label} is verplicht.</translation>
    </message>
    <message>
        <source>The end ({end}) must be after the start ({start}).</source>
        <translation>Het einde ({end}) moet na het begin ({start}) liggen.</translation>
    </message>
    <message>
        <source>The capacity must be 0 or more, not {capacity}.</source>
        <translation>De capaciteit moet 0 of meer zijn, niet {capacity}.</translation>
    </message>
    <message>
        <source>A webinar needs an online link.</source>
        <translation>Een webinar heeft een onlinelink nodig.</translation>
    </message>
    <message>
        <source>The online link must start with https:// or http://, not “{url}”.</source>
        <translation>De onlinelink moet beginnen met https:// of http://, niet “{url}”.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address: {problem}.</source>
        <translation>“{email}” is geen geldig e-mailadres: {problem}.</translation>
    </message>
    <message>
        <source>There is no {what} with {key} “{value}”.</source>
        <translation>Er is geen {what} met {key} “{value}”.</translation>
    </message>
    <message>
        <source>{person} is already registered for “{event}”.</source>
        <translation>{person} is al ingeschreven voor “{event}”.</translation>
    </message>
    <message>
        <source>“{event}” is cancelled and takes no registrations.</source>
        <translation>“{event}” is geannuleerd en neemt geen inschrijvingen meer aan.</translation>
    </message>
    <message>
        <source>This registration of {person} was already cancelled.</source>
        <translation>Deze inschrijving van {person} was al geannuleerd.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {person}.</source>
        <translation>Het e-mailadres {email} hoort al bij {person}.</translation>
    </message>
    <message>
        <source>Database problem: {detail}</source>
        <translation>Probleem met de databank: {detail}</translation>
    </message>
    <message>
        <source>The database is at version {revision}, newer than this app knows (up to {head}). Update Keet Desktop; the database was not changed.</source>
        <translation>De databank staat op versie {revision}, nieuwer dan deze app kent (tot {head}). Werk Keet Desktop bij; de databank is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The capacity ({capacity}) is above the capacity of room {room} ({room_capacity}).</source>
        <translation>De capaciteit ({capacity}) is groter dan die van zaal {room} ({room_capacity}).</translation>
    </message>
    <message>
        <source>The event starts in the past ({start}).</source>
        <translation>De activiteit begint in het verleden ({start}).</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Kies twee verschillende personen om samen te voegen.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
    <message>
        <source>The logo is {size} MB; at most 2 MB fits on badges and certificates.</source>
        <translation>Het logo is {size} MB; op badges en attesten past hoogstens 2 MB.</translation>
    </message>
    <message>
        <source>The database on {host} cannot be used: {detail}</source>
        <translation>De databank op {host} is niet bruikbaar: {detail}</translation>
    </message>
    <message>
        <source>No database server answers at {host}, port {port}. Check the name or address, the network, and that the server runs.</source>
        <translation>Er antwoordt geen databankserver op {host}, poort {port}. Controleer de naam of het adres, het netwerk en of de server draait.</translation>
    </message>
    <message>
        <source>The server at {host} refused user “{user}”: the user name or password is wrong.</source>
        <translation>De server op {host} weigert gebruiker “{user}”: de gebruikersnaam of het wachtwoord is fout.</translation>
    </message>
    <message>
        <source>The server at {host} has no database “{database}”. Ask its administrator.</source>
        <translation>De server op {host} heeft geen databank “{database}”. Vraag het de beheerder.</translation>
    </message>
    <message>
        <source>User “{user}” may not create tables in “{database}” on {host}. Ask the administrator for the rights (CREATE on the schema), or use the user that owns the database.</source>
        <translation>Gebruiker “{user}” mag geen tabellen maken in “{database}” op {host}. Vraag de beheerder om de rechten (CREATE op het schema) of gebruik de eigenaar van de databank.</translation>
    </message>
    <message>
        <source>The event starts more than two years from now ({start}): is the year right?</source>
        <translation>De activiteit begint over meer dan twee jaar ({start}): klopt het jaar?</translation>
    </message>
    <message>
        <source>The capacity is 0: every new registration goes to the waiting list.</source>
        <translation>De capaciteit is 0: elke nieuwe inschrijving komt op de wachtlijst.</translation>
    </message>
    <message>
        <source>{registered} registered, capacity {capacity}: nobody loses their place; the next {excess} cancellations will not promote anyone from the waiting list, and new registrations go to the waiting list until fewer than {capacity} are registered.</source>
        <translation>{registered} ingeschreven, capaciteit {capacity}: niemand verliest zijn plaats; de volgende {excess} annuleringen laten niemand van de wachtlijst doorschuiven, en nieuwe inschrijvingen komen op de wachtlijst tot er minder dan {capacity} ingeschreven zijn.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activiteit</translation>
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
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Networking event</source>
        <translation>Netwerkevent</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Programmasessie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
</context>
<context>
    <name>things</name>
    <message>
        <source>event</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>person</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inschrijving</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>room</source>
        <translation>zaal</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>begeleider</translation>
    </message>
</context>
</TS>
