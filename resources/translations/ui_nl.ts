<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="24" />
        <source>About Keet Desktop</source>
        <translation>Over Keet Desktop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="28" />
        <source>Plan workshops, webinars and events, keep registrations and waiting lists, and run the check-in desk – offline.</source>
        <translation>Plan workshops, webinars en activiteiten, beheer inschrijvingen en wachtlijsten en bemand de onthaalbalie – offline.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="33" />
        <source>Database: {database}</source>
        <translation>Databank: {database}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="36" />
        <source>Licence: GPL-3.0-or-later. Made for De Keet, Aalst.</source>
        <translation>Licentie: GPL-3.0-or-later. Gemaakt voor De Keet, Aalst.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="57" />
        <source>Edit event</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="57" />
        <source>New event</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="73" />
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="75" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="76" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="80" />
        <source>Image file for badges and lists</source>
        <translation>Afbeelding voor badges en lijsten</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="89" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="90" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="91" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="92" />
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="93" />
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="94" />
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="95" />
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="96" />
        <source>Online link</source>
        <translation>Onlinelink</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="97" />
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="98" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="99" />
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="100" />
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="101" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="102" />
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="140" />
        <source>(none – online or elsewhere)</source>
        <translation>(geen – online of elders)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="143" />
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="186" />
        <source>(no room)</source>
        <translation>(geen zaal)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="193" />
        <source>{room} ({capacity} places)</source>
        <translation>{room} ({capacity} plaatsen)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="263" />
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="264" />
        <source>Save anyway?</source>
        <translation>Toch opslaan?</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="58" />
        <source>No event chosen. Open one from the list of events.</source>
        <translation>Geen activiteit gekozen. Open er een uit de lijst van activiteiten.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="69" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="70" />
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="71" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="72" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="87" />
        <source>Add registration…</source>
        <translation>Inschrijving toevoegen…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="88" />
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="290" />
        <source>Cancel registration</source>
        <translation>Inschrijving annuleren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="89" />
        <source>Change capacity…</source>
        <translation>Capaciteit wijzigen…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="90" />
        <source>Edit event…</source>
        <translation>Activiteit bewerken…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="91" />
        <source>Cancel event…</source>
        <translation>Activiteit annuleren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="93" />
        <source>Search by name, e-mail or organisation</source>
        <translation>Zoek op naam, e-mail of organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="198" />
        <source>{title} (cancelled)</source>
        <translation>{title} (geannuleerd)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="200" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="211" />
        <source>with {names}</source>
        <translation>met {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="247" />
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n inschrijving</numerusform>
            <numerusform>%n inschrijvingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="273" />
        <source>{name} is on the waiting list, place {place}.</source>
        <translation>{name} staat op de wachtlijst, plaats {place}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="277" />
        <source>{name} is registered.</source>
        <translation>{name} is ingeschreven.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="291" />
        <source>Cancel the registration of {name}?</source>
        <translation>De inschrijving van {name} annuleren?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="300" />
        <source>The registration of {name} is cancelled.</source>
        <translation>De inschrijving van {name} is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="312" />
        <source>Moved up from the waiting list: {names}.</source>
        <translation>Doorgeschoven van de wachtlijst: {names}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="324" />
        <source>Change capacity</source>
        <translation>Capaciteit wijzigen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="325" />
        <source>Number of places:</source>
        <translation>Aantal plaatsen:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="337" />
        <source>The capacity is now {capacity}.</source>
        <translation>De capaciteit is nu {capacity}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="348" />
        <source>The event is saved.</source>
        <translation>De activiteit is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="359" />
        <source>Cancel event</source>
        <translation>Activiteit annuleren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="361" />
        <source>Cancel “{title}”? It takes no more registrations; its registrations stay visible.</source>
        <translation>“{title}” annuleren? Er zijn dan geen inschrijvingen meer mogelijk; de inschrijvingen blijven zichtbaar.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="370" />
        <source>The event is cancelled.</source>
        <translation>De activiteit is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="49" />
        <source>Filter by title or venue</source>
        <translation>Filter op titel of locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="52" />
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="56" />
        <source>Upcoming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="57" />
        <source>Past</source>
        <translation>Voorbij</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="58" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="108" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="125" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="126" />
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="127" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="128" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="129" />
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="130" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="131" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="132" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="156" />
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="55" />
        <source>Keet Desktop</source>
        <translation>Keet Desktop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="58" />
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="69" />
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="70" />
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="71" />
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="81" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="82" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="83" />
        <source>E&amp;vent</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="84" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="86" />
        <source>&amp;New event…</source>
        <translation>&amp;Nieuwe activiteit…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="91" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="95" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="98" />
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="101" />
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="104" />
        <source>&amp;About Keet Desktop</source>
        <translation>&amp;Over Keet Desktop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="192" />
        <source>The event is saved.</source>
        <translation>De activiteit is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="44" />
        <source>Merge people</source>
        <translation>Deelnemers samenvoegen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="48" />
        <source>These two records will become one person. Their registrations follow; when both are registered for the same event, the better registration stays and the other is cancelled. Which details do you keep?</source>
        <translation>Deze twee fiches worden één persoon. Hun inschrijvingen gaan mee; zijn beide ingeschreven voor dezelfde activiteit, dan blijft de beste inschrijving en wordt de andere geannuleerd. Welke gegevens behoud je?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="56" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="56" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="56" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="59" />
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="61" />
        <source>Keep this one</source>
        <translation>Deze behouden</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="72" />
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="82" />
        <source>“{event}”: kept the registration ({kept}); cancelled the other ({other}).</source>
        <translation>“{event}”: inschrijving behouden ({kept}); de andere geannuleerd ({other}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="103" />
        <source>Both were registered</source>
        <translation>Beide waren ingeschreven</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="81" />
        <source>Search by name, e-mail or organisation</source>
        <translation>Zoek op naam, e-mail of organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="84" />
        <source>Edit person…</source>
        <translation>Deelnemer bewerken…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="85" />
        <source>Merge two people…</source>
        <translation>Twee deelnemers samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="86" />
        <source>Select two records of the same person first</source>
        <translation>Selecteer eerst twee fiches van dezelfde persoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="97" />
        <source>Registrations of the selected person</source>
        <translation>Inschrijvingen van de geselecteerde deelnemer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="145" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="197" />
        <source>{name} is saved.</source>
        <translation>{name} is opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="210" />
        <source>Merged: %n registration(s) moved.</source>
        <translation>
            <numerusform>Samengevoegd: %n inschrijving verplaatst.</numerusform>
            <numerusform>Samengevoegd: %n inschrijvingen verplaatst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="225" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="226" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="227" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="228" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="229" />
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="40" />
        <source>Edit person</source>
        <translation>Deelnemer bewerken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="49" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="50" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="51" />
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="52" />
        <source>Agrees to photos</source>
        <translation>Akkoord met foto's</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="53" />
        <source>Agrees to the mailing list</source>
        <translation>Akkoord met de mailinglijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="54" />
        <source>separated by commas</source>
        <translation>gescheiden door komma's</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="57" />
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="58" />
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="60" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="63" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="64" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="65" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="68" />
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>PersonRegistrationsTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="238" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="239" />
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="240" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="241" />
        <source>Registered at</source>
        <translation>Ingeschreven op</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="35" />
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="39" />
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="44" />
        <source>The window switches to the new language at once.</source>
        <translation>Het venster schakelt meteen over naar de nieuwe taal.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="47" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="52" />
        <source>Add registration</source>
        <translation>Inschrijving toevoegen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="54" />
        <source>Type a name or e-mail address</source>
        <translation>Typ een naam of e-mailadres</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="58" />
        <source>Pick a person from the list, or fill in a new person below.</source>
        <translation>Kies een persoon uit de lijst, of vul hieronder een nieuwe persoon in.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="60" />
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="68" />
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="69" />
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="71" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="73" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="74" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="82" />
        <source>Register</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="84" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="86" />
        <source>Find a person</source>
        <translation>Zoek een persoon</translation>
    </message>
</context>
<context>
    <name>RegistrationsTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="150" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="151" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="152" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="153" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="154" />
        <source>Place in line</source>
        <translation>Plaats op wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="155" />
        <source>Registered at</source>
        <translation>Ingeschreven op</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="146" />
        <source>The database is too new</source>
        <translation>De databank is te nieuw</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="152" />
        <source>The database cannot be opened</source>
        <translation>De databank kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="171" />
        <source>An empty database</source>
        <translation>Een lege databank</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="172" />
        <source>There are no events yet. Load De Keet's demo season to try the app? Choose No to start empty.</source>
        <translation>Er zijn nog geen activiteiten. Het demoseizoen van De Keet laden om de app uit te proberen? Kies Nee om leeg te beginnen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="187" />
        <source>Check-in desk</source>
        <translation>Onthaalbalie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="188" />
        <source>The check-in desk is not part of this build of Keet Desktop.</source>
        <translation>De onthaalbalie zit niet in deze versie van Keet Desktop.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="205" />
        <source>Keet Desktop crashed</source>
        <translation>Keet Desktop liep vast</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="206" />
        <source>Something unexpected went wrong. The details are in the log; the window stays open, but save your work and restart the app.</source>
        <translation>Er ging iets onverwachts mis. De details staan in het logboek; het venster blijft open, maar bewaar je werk en start de app opnieuw.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="32" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="33" />
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="34" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="35" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="14" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="15" />
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="16" />
        <source>Networking event</source>
        <translation>Netwerkevent</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="17" />
        <source>Information session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="18" />
        <source>Programme session</source>
        <translation>Programmasessie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="21" />
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="22" />
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="23" />
        <location filename="../../keet_desktop/ui/formatting.py" line="28" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="26" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="27" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="48" />
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation>Een andere balie of een ander programma schrijft in de databank. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="52" />
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="56" />
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation>De databank is niet bereikbaar. Controleer het netwerk of de server en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="62" />
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Er is niets opgeslagen. Probeer opnieuw; blijft het gebeuren, start de app dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="66" />
        <source>Database problem: {detail}</source>
        <translation>Probleem met de databank: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="75" />
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="80" />
        <source>Database problem</source>
        <translation>Probleem met de databank</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="85" />
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
</TS>
