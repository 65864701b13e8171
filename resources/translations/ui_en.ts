<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="24" />
        <source>About Keet Desktop</source>
        <translation>About Keet Desktop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="28" />
        <source>Plan workshops, webinars and events, keep registrations and waiting lists, and run the check-in desk – offline.</source>
        <translation>Plan workshops, webinars and events, keep registrations and waiting lists, and run the check-in desk – offline.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="33" />
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/about_dialog.py" line="36" />
        <source>Licence: GPL-3.0-or-later. Made for De Keet, Aalst.</source>
        <translation>Licence: GPL-3.0-or-later. Made for De Keet, Aalst.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="57" />
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="57" />
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="73" />
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="75" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="76" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="80" />
        <source>Image file for badges and lists</source>
        <translation>Image file for badges and lists</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="89" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="90" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="91" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="92" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="93" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="94" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="95" />
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="96" />
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="97" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="98" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="99" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="100" />
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="101" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="102" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="140" />
        <source>(none – online or elsewhere)</source>
        <translation>(none – online or elsewhere)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="143" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="186" />
        <source>(no room)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="193" />
        <source>{room} ({capacity} places)</source>
        <translation>{room} ({capacity} places)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="263" />
        <location filename="../../keet_desktop/ui/dialogs/event_dialog.py" line="264" />
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="58" />
        <source>No event chosen. Open one from the list of events.</source>
        <translation>No event chosen. Open one from the list of events.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="69" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="70" />
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="71" />
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="72" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="87" />
        <source>Add registration…</source>
        <translation>Add registration…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="88" />
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="290" />
        <source>Cancel registration</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="89" />
        <source>Change capacity…</source>
        <translation>Change capacity…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="90" />
        <source>Edit event…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="91" />
        <source>Cancel event…</source>
        <translation>Cancel event…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="93" />
        <source>Search by name, e-mail or organisation</source>
        <translation>Search by name, e-mail or organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="198" />
        <source>{title} (cancelled)</source>
        <translation>{title} (cancelled)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="200" />
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="211" />
        <source>with {names}</source>
        <translation>with {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="247" />
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="273" />
        <source>{name} is on the waiting list, place {place}.</source>
        <translation>{name} is on the waiting list, place {place}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="277" />
        <source>{name} is registered.</source>
        <translation>{name} is registered.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="291" />
        <source>Cancel the registration of {name}?</source>
        <translation>Cancel the registration of {name}?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="300" />
        <source>The registration of {name} is cancelled.</source>
        <translation>The registration of {name} is cancelled.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="312" />
        <source>Moved up from the waiting list: {names}.</source>
        <translation>Moved up from the waiting list: {names}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="324" />
        <source>Change capacity</source>
        <translation>Change capacity</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="325" />
        <source>Number of places:</source>
        <translation>Number of places:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="337" />
        <source>The capacity is now {capacity}.</source>
        <translation>The capacity is now {capacity}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="348" />
        <source>The event is saved.</source>
        <translation>The event is saved.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="359" />
        <source>Cancel event</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="361" />
        <source>Cancel “{title}”? It takes no more registrations; its registrations stay visible.</source>
        <translation>Cancel “{title}”? It takes no more registrations; its registrations stay visible.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/event_page.py" line="370" />
        <source>The event is cancelled.</source>
        <translation>The event is cancelled.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="49" />
        <source>Filter by title or venue</source>
        <translation>Filter by title or venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="52" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="56" />
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="57" />
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="58" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/events_page.py" line="108" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="125" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="126" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="127" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="128" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="129" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="130" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="131" />
        <source>Waiting list</source>
        <translation>Waiting list</translation>
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
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="69" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="70" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="71" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="81" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="82" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="83" />
        <source>E&amp;vent</source>
        <translation>E&amp;vent</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="84" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="86" />
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="91" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="95" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="98" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="101" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="104" />
        <source>&amp;About Keet Desktop</source>
        <translation>&amp;About Keet Desktop</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/main_window.py" line="192" />
        <source>The event is saved.</source>
        <translation>The event is saved.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="44" />
        <source>Merge people</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="48" />
        <source>These two records will become one person. Their registrations follow; when both are registered for the same event, the better registration stays and the other is cancelled. Which details do you keep?</source>
        <translation>These two records will become one person. Their registrations follow; when both are registered for the same event, the better registration stays and the other is cancelled. Which details do you keep?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="56" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="56" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="56" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="59" />
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="61" />
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="72" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="82" />
        <source>“{event}”: kept the registration ({kept}); cancelled the other ({other}).</source>
        <translation>“{event}”: kept the registration ({kept}); cancelled the other ({other}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/merge_dialog.py" line="103" />
        <source>Both were registered</source>
        <translation>Both were registered</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="81" />
        <source>Search by name, e-mail or organisation</source>
        <translation>Search by name, e-mail or organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="84" />
        <source>Edit person…</source>
        <translation>Edit person…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="85" />
        <source>Merge two people…</source>
        <translation>Merge two people…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="86" />
        <source>Select two records of the same person first</source>
        <translation>Select two records of the same person first</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="97" />
        <source>Registrations of the selected person</source>
        <translation>Registrations of the selected person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="145" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="197" />
        <source>{name} is saved.</source>
        <translation>{name} is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/pages/people_page.py" line="210" />
        <source>Merged: %n registration(s) moved.</source>
        <translation>
            <numerusform>Merged: %n registration moved.</numerusform>
            <numerusform>Merged: %n registrations moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="225" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="226" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="227" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="228" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="229" />
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="40" />
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="49" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="50" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="51" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="52" />
        <source>Agrees to photos</source>
        <translation>Agrees to photos</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="53" />
        <source>Agrees to the mailing list</source>
        <translation>Agrees to the mailing list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="54" />
        <source>separated by commas</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="57" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="58" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="60" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="62" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="63" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="64" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="65" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/person_dialog.py" line="68" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>PersonRegistrationsTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="238" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="239" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="240" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/table_models.py" line="241" />
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="35" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="39" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="44" />
        <source>The window switches to the new language at once.</source>
        <translation>The window switches to the new language at once.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/preferences_dialog.py" line="47" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="52" />
        <source>Add registration</source>
        <translation>Add registration</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="54" />
        <source>Type a name or e-mail address</source>
        <translation>Type a name or e-mail address</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="58" />
        <source>Pick a person from the list, or fill in a new person below.</source>
        <translation>Pick a person from the list, or fill in a new person below.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="60" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="68" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="69" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="71" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="73" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="74" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="82" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="84" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="86" />
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
</context>
<context>
    <name>RegistrationsTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="150" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="151" />
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <translation>Place in line</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/lazy_table_models.py" line="155" />
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="146" />
        <source>The database is too new</source>
        <translation>The database is too new</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="152" />
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="171" />
        <source>An empty database</source>
        <translation>An empty database</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="172" />
        <source>There are no events yet. Load De Keet's demo season to try the app? Choose No to start empty.</source>
        <translation>There are no events yet. Load De Keet's demo season to try the app? Choose No to start empty.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="187" />
        <source>Check-in desk</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="188" />
        <source>The check-in desk is not part of this build of Keet Desktop.</source>
        <translation>The check-in desk is not part of this build of Keet Desktop.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="205" />
        <source>Keet Desktop crashed</source>
        <translation>Keet Desktop crashed</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/app.py" line="206" />
        <source>Something unexpected went wrong. The details are in the log; the window stays open, but save your work and restart the app.</source>
        <translation>Something unexpected went wrong. The details are in the log; the window stays open, but save your work and restart the app.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="32" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="33" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="34" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/dialogs/registration_dialog.py" line="35" />
        <source>Staff</source>
        <translation>Staff</translation>
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
        <translation>Networking event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="17" />
        <source>Information session</source>
        <translation>Information session</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="18" />
        <source>Programme session</source>
        <translation>Programme session</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="21" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="22" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="23" />
        <location filename="../../keet_desktop/ui/formatting.py" line="28" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="26" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/formatting.py" line="27" />
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="48" />
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation>Another desk or program is writing to the database. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="52" />
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>The disk is full. Free some space, then try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="56" />
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="62" />
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Nothing was saved. Try again; if it keeps happening, restart the app.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="66" />
        <source>Database problem: {detail}</source>
        <translation>Database problem: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="75" />
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="80" />
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="85" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
</TS>
