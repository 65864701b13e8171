<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Keet Desktop</source>
        <translation>Over Keet Desktop</translation>
    </message>
    <message>
        <source>Plan workshops, webinars and events, keep registrations and waiting lists, and run the check-in desk – offline.</source>
        <translation>Plan workshops, webinars en activiteiten, beheer inschrijvingen en wachtlijsten en bemand de onthaalbalie – offline.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Databank: {database}</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. Made for De Keet, Aalst.</source>
        <translation>Licentie: GPL-3.0-or-later. Gemaakt voor De Keet, Aalst.</translation>
    </message>
    <message>
        <source>Third-party software and licences</source>
        <translation>Software van derden en licenties</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software van derden</translation>
    </message>
    <message>
        <source>Keet Desktop is built with these, each under its own licence. Qt and PySide6 are used under the LGPL 3: you may replace them with your own build.</source>
        <translation>Keet Desktop is gebouwd met deze onderdelen, elk onder een eigen licentie. Qt en PySide6 worden gebruikt onder de LGPL 3: u mag ze vervangen door een eigen build.</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Licentieteksten</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/jjjj uu:mm</translation>
    </message>
    <message>
        <source>Day/month/year hours:minutes, e.g. 15/12/2026 19:30; or 15/12 for this year. Alt+Down opens the calendar.</source>
        <translation>Dag/maand/jaar uren:minuten, bv. 15/12/2026 19:30; of 15/12 voor dit jaar. Alt+Pijl omlaag opent de kalender.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Kies de datum in een kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>“{text}” is not a date this field can read: type day/month/year hours:minutes, e.g. 15/12/2026 19:30.</source>
        <translation>„{text}” is geen datum die dit veld kan lezen: typ dag/maand/jaar uren:minuten, bv. 15/12/2026 19:30.</translation>
    </message>
    <message>
        <source>Type a date, e.g. 15/12/2026 19:30.</source>
        <translation>Typ een datum, bv. 15/12/2026 19:30.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Image file for badges and lists</source>
        <translation>Afbeelding voor badges en lijsten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Venue</source>
        <translation>Locatie</translation>
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
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
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
        <source>(none – online or elsewhere)</source>
        <translation>(geen – online of elders)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(geen zaal)</translation>
    </message>
    <message>
        <source>{room} ({capacity} places)</source>
        <translation>{room} ({capacity} plaatsen)</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Nieuwe zaal…</translation>
    </message>
    <message>
        <source>Add a new room</source>
        <translation>Een nieuwe zaal toevoegen</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>No event chosen. Open one from the list of events.</source>
        <translation>Geen activiteit gekozen. Open er een uit de lijst van activiteiten.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
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
        <source>Add registration…</source>
        <translation>Inschrijving toevoegen…</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Inschrijving annuleren</translation>
    </message>
    <message>
        <source>Change capacity…</source>
        <translation>Capaciteit wijzigen…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Activiteit bewerken…</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Activiteit annuleren…</translation>
    </message>
    <message>
        <source>Search by name, e-mail or organisation</source>
        <translation>Zoek op naam, e-mail of organisatie</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (geannuleerd)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>met {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inschrijving</numerusform>
            <numerusform>%n inschrijvingen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is on the waiting list, place {place}.</source>
        <translation>{name} staat op de wachtlijst, plaats {place}.</translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation>{name} is ingeschreven.</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}?</source>
        <translation>De inschrijving van {name} annuleren?</translation>
    </message>
    <message>
        <source>The registration of {name} is cancelled.</source>
        <translation>De inschrijving van {name} is geannuleerd.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: {names}.</source>
        <translation>Doorgeschoven van de wachtlijst: {names}.</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Capaciteit wijzigen</translation>
    </message>
    <message>
        <source>Number of places:</source>
        <translation>Aantal plaatsen:</translation>
    </message>
    <message>
        <source>The capacity is now {capacity}.</source>
        <translation>De capaciteit is nu {capacity}.</translation>
    </message>
    <message>
        <source>The event is saved.</source>
        <translation>De activiteit is opgeslagen.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Activiteit annuleren</translation>
    </message>
    <message>
        <source>Cancel “{title}”? It takes no more registrations; its registrations stay visible.</source>
        <translation>“{title}” annuleren? Er zijn dan geen inschrijvingen meer mogelijk; de inschrijvingen blijven zichtbaar.</translation>
    </message>
    <message>
        <source>The event is cancelled.</source>
        <translation>De activiteit is geannuleerd.</translation>
    </message>
    <message>
        <source>Show by arrival</source>
        <translation>Tonen volgens aankomst</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Nog niet aangekomen</translation>
    </message>
    <message>
        <source>Change the capacity to {capacity}?</source>
        <translation>De capaciteit wijzigen naar {capacity}?</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Inschrijvingen zoeken</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Filter by title or venue</source>
        <translation>Filter op titel of locatie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Begin hier</translation>
    </message>
    <message>
        <source>There are no events yet. Three steps get you going:</source>
        <translation>Er zijn nog geen activiteiten. In drie stappen bent u vertrokken:</translation>
    </message>
    <message>
        <source>1. Create a venue and its rooms…</source>
        <translation>1. Maak een locatie en haar zalen…</translation>
    </message>
    <message>
        <source>2. Create the first event…</source>
        <translation>2. Maak de eerste activiteit…</translation>
    </message>
    <message>
        <source>3. Import registrations…</source>
        <translation>3. Importeer inschrijvingen…</translation>
    </message>
    <message>
        <source>Where your events take place, with the places in each room.</source>
        <translation>Waar uw activiteiten plaatsvinden, met het aantal plaatsen per zaal.</translation>
    </message>
    <message>
        <source>A title, a date and a room or an online link.</source>
        <translation>Een titel, een datum en een zaal of een onlinelink.</translation>
    </message>
    <message>
        <source>From a spreadsheet (CSV or Excel), or type them one by one.</source>
        <translation>Uit een rekenblad (CSV of Excel), of typ ze een voor een.</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Activiteiten filteren</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Timetable</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>&amp;Venues and rooms…</source>
        <translation>&amp;Locaties en zalen…</translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation>&amp;Begeleiders…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>Inschrijvingen &amp;importeren…</translation>
    </message>
    <message>
        <source>Import webinar &amp;attendance…</source>
        <translation>&amp;Aanwezigheid webinar importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Import webinar attendance</source>
        <translation>Aanwezigheid webinar importeren</translation>
    </message>
    <message>
        <source>Open the webinar first (double-click it in the list of events).</source>
        <translation>Open eerst het webinar (dubbelklik erop in de lijst met activiteiten).</translation>
    </message>
    <message>
        <source>Open check-in &amp;desk…</source>
        <translation>Inc&amp;heckbalie openen…</translation>
    </message>
    <message>
        <source>&amp;Scan log…</source>
        <translation>&amp;Scanlogboek…</translation>
    </message>
    <message>
        <source>Open check-in desk</source>
        <translation>Incheckbalie openen</translation>
    </message>
    <message>
        <source>Name of this desk (shown and recorded with every check-in):</source>
        <translation>Naam van deze balie (getoond en bij elke aanmelding bewaard):</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Balie 1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <translation>&amp;Badges…</translation>
    </message>
    <message>
        <source>&amp;Tickets…</source>
        <translation>&amp;Tickets…</translation>
    </message>
    <message>
        <source>&amp;Check-in sheet…</source>
        <translation>&amp;Aanmeldlijst met QR-codes…</translation>
    </message>
    <message>
        <source>&amp;Attendance list…</source>
        <translation>Aan&amp;wezigheidslijst…</translation>
    </message>
    <message>
        <source>Attendee &amp;list…</source>
        <translation>&amp;Deelnemerslijst…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Keet Desktop</source>
        <translation>Keet Desktop</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;About Keet Desktop</source>
        <translation>&amp;Over Keet Desktop</translation>
    </message>
    <message>
        <source>The event is saved.</source>
        <translation>De activiteit is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Deelnemers samenvoegen</translation>
    </message>
    <message>
        <source>These two records will become one person. Their registrations follow; when both are registered for the same event, the better registration stays and the other is cancelled. Which details do you keep?</source>
        <translation>Deze twee fiches worden één persoon. Hun inschrijvingen gaan mee; zijn beide ingeschreven voor dezelfde activiteit, dan blijft de beste inschrijving en wordt de andere geannuleerd. Welke gegevens behoud je?</translation>
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
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Deze behouden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>“{event}”: kept the registration ({kept}); cancelled the other ({other}).</source>
        <translation>“{event}”: inschrijving behouden ({kept}); de andere geannuleerd ({other}).</translation>
    </message>
    <message>
        <source>Both were registered</source>
        <translation>Beide waren ingeschreven</translation>
    </message>
</context>
<context>
    <name>NewRoomDialog</name>
    <message>
        <source>New room</source>
        <translation>Nieuwe zaal</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>A new venue…</source>
        <translation>Een nieuwe locatie…</translation>
    </message>
    <message>
        <source>Name of the new venue</source>
        <translation>Naam van de nieuwe locatie</translation>
    </message>
    <message>
        <source>e.g. Buurthuis De Linde</source>
        <translation>bv. Buurthuis De Linde</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>e.g. Zaal 1</source>
        <translation>bv. Zaal 1</translation>
    </message>
    <message>
        <source>Places in the room</source>
        <translation>Plaatsen in de zaal</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Geef de zaal een naam.</translation>
    </message>
    <message>
        <source>Give the new venue a name.</source>
        <translation>Geef de nieuwe locatie een naam.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, e-mail or organisation</source>
        <translation>Zoek op naam, e-mail of organisatie</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Deelnemer bewerken…</translation>
    </message>
    <message>
        <source>Merge two people…</source>
        <translation>Twee deelnemers samenvoegen…</translation>
    </message>
    <message>
        <source>Select two records of the same person first</source>
        <translation>Selecteer eerst twee fiches van dezelfde persoon</translation>
    </message>
    <message>
        <source>Registrations of the selected person</source>
        <translation>Inschrijvingen van de geselecteerde deelnemer</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} is opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n registration(s) moved.</source>
        <translation>
            <numerusform>Samengevoegd: %n inschrijving verplaatst.</numerusform>
            <numerusform>Samengevoegd: %n inschrijvingen verplaatst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Deelnemers zoeken</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Registrations of this person</source>
        <translation>Inschrijvingen van deze persoon</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Akkoord met foto&apos;s</translation>
    </message>
    <message>
        <source>Agrees to the mailing list</source>
        <translation>Akkoord met de mailinglijst</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
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
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>PersonRegistrationsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Ingeschreven op</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>The window switches to the new language at once.</source>
        <translation>Het venster schakelt meteen over naar de nieuwe taal.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Add registration</source>
        <translation>Inschrijving toevoegen</translation>
    </message>
    <message>
        <source>Type a name or e-mail address</source>
        <translation>Typ een naam of e-mailadres</translation>
    </message>
    <message>
        <source>Pick a person from the list, or fill in a new person below.</source>
        <translation>Kies een persoon uit de lijst, of vul hieronder een nieuwe persoon in.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Zoek een persoon</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
</context>
<context>
    <name>RegistrationsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place in line</source>
        <translation>Plaats op wachtlijst</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
    <message>
        <source>{time} · {desk}</source>
        <translation>{time} · {desk}</translation>
    </message>
</context>
<context>
    <name>SavedMessage</name>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n bestand opgeslagen in {folder}.</numerusform>
            <numerusform>%n bestanden opgeslagen in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as “{name}” in {folder}.</source>
        <translation>Opgeslagen als „{name}” in {folder}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database is too new</source>
        <translation>De databank is te nieuw</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De databank kan niet geopend worden</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Een lege databank</translation>
    </message>
    <message>
        <source>There are no events yet. Load De Keet&apos;s demo season to try the app? Choose No to start empty.</source>
        <translation>Er zijn nog geen activiteiten. Het demoseizoen van De Keet laden om de app uit te proberen? Kies Nee om leeg te beginnen.</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Onthaalbalie</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Balie 1</translation>
    </message>
    <message>
        <source>This shortcut does not say which event the desk is for. Open the desk from the event instead: Event → Open check-in desk.</source>
        <translation>Deze snelkoppeling zegt niet voor welke activiteit de balie is. Open de balie vanuit de activiteit: Activiteit → Incheckbalie openen.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>This database was made by a newer or an older version of Keet Desktop: a part this version needs is missing or different.</source>
        <translation>Deze databank is gemaakt door een nieuwere of een oudere versie van Keet Desktop: een deel dat deze versie nodig heeft, ontbreekt of is anders.</translation>
    </message>
    <message>
        <source>Open it with the version that made it, or update Keet Desktop; nothing was saved.</source>
        <translation>Open ze met de versie die ze gemaakt heeft, of werk Keet Desktop bij; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database can only be read, not written.</source>
        <translation>De databank kan alleen gelezen worden, niet beschreven.</translation>
    </message>
    <message>
        <source>Check that the file or the folder is not read-only (or on a locked USB stick), then try again; nothing was saved.</source>
        <translation>Controleer of het bestand of de map niet alleen-lezen is (of op een vergrendelde USB-stick staat) en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>De databank is bezig.</translation>
    </message>
    <message>
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation>Een andere balie of een ander programma schrijft in de databank. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>There is no room left on the disk.</source>
        <translation>Er is geen ruimte meer op de schijf.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Keet Desktop may not open or change the database.</source>
        <translation>Keet Desktop mag de databank niet openen of wijzigen.</translation>
    </message>
    <message>
        <source>Check that your account may read and write the file (or, for a shared database, that the server allows this user); nothing was saved.</source>
        <translation>Controleer of je account het bestand mag lezen en schrijven (of, bij een gedeelde databank, of de server deze gebruiker toelaat); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>De databankserver weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <source>Check the shared database&apos;s settings; nothing was saved.</source>
        <translation>Controleer de instellingen van de gedeelde databank; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>De databankserver is niet bereikbaar.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation>De databank is niet bereikbaar. Controleer het netwerk of de server en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost.</source>
        <translation>De verbinding met de databankserver is verbroken.</translation>
    </message>
    <message>
        <source>The server may have restarted or the network dropped out. Try again; if it keeps happening, check the network or the server. What was not confirmed was not saved.</source>
        <translation>Misschien is de server herstart of viel het netwerk weg. Probeer opnieuw; blijft het gebeuren, controleer dan het netwerk of de server. Wat niet bevestigd werd, is niet opgeslagen.</translation>
    </message>
    <message>
        <source>The database could not do what was asked.</source>
        <translation>De databank kon niet doen wat gevraagd werd.</translation>
    </message>
    <message>
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Er is niets opgeslagen. Probeer opnieuw; blijft het gebeuren, start de app dan opnieuw.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Probleem met de databank</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
</TS>
