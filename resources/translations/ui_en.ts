<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Keet Desktop</source>
        <translation>About Keet Desktop</translation>
    </message>
    <message>
        <source>Plan workshops, webinars and events, keep registrations and waiting lists, and run the check-in desk – offline.</source>
        <translation>Plan workshops, webinars and events, keep registrations and waiting lists, and run the check-in desk – offline.</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. Made for De Keet, Aalst.</source>
        <translation>Licence: GPL-3.0-or-later. Made for De Keet, Aalst.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Image file for badges and lists</source>
        <translation>Image file for badges and lists</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>(none – online or elsewhere)</source>
        <translation>(none – online or elsewhere)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <source>{room} ({capacity} places)</source>
        <translation>{room} ({capacity} places)</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
<message>
        <source>New room…</source>
        <translation>New room…</translation>
    </message>
    <message>
        <source>Add a new room</source>
        <translation>Add a new room</translation>
    </message>
    </context>
<context>
    <name>EventPage</name>
    <message>
        <source>No event chosen. Open one from the list of events.</source>
        <translation>No event chosen. Open one from the list of events.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Add registration…</source>
        <translation>Add registration…</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>Change capacity…</source>
        <translation>Change capacity…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <source>Cancel event…</source>
        <translation>Cancel event…</translation>
    </message>
    <message>
        <source>Search by name, e-mail or organisation</source>
        <translation>Search by name, e-mail or organisation</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (cancelled)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>with {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is on the waiting list, place {place}.</source>
        <translation>{name} is on the waiting list, place {place}.</translation>
    </message>
    <message>
        <source>{name} is registered.</source>
        <translation>{name} is registered.</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}?</source>
        <translation>Cancel the registration of {name}?</translation>
    </message>
    <message>
        <source>The registration of {name} is cancelled.</source>
        <translation>The registration of {name} is cancelled.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: {names}.</source>
        <translation>Moved up from the waiting list: {names}.</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>Change capacity</translation>
    </message>
    <message>
        <source>Number of places:</source>
        <translation>Number of places:</translation>
    </message>
    <message>
        <source>The capacity is now {capacity}.</source>
        <translation>The capacity is now {capacity}.</translation>
    </message>
    <message>
        <source>The event is saved.</source>
        <translation>The event is saved.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <source>Cancel “{title}”? It takes no more registrations; its registrations stay visible.</source>
        <translation>Cancel “{title}”? It takes no more registrations; its registrations stay visible.</translation>
    </message>
    <message>
        <source>The event is cancelled.</source>
        <translation>The event is cancelled.</translation>
    </message>
<message>
        <source>Show by arrival</source>
        <translation>Show by arrival</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <source>Change the capacity to {capacity}?</source>
        <translation>Change the capacity to {capacity}?</translation>
    </message>
    <message>
        <source>Search registrations</source>
        <translation>Search registrations</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    </context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Filter by title or venue</source>
        <translation>Filter by title or venue</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
<message>
        <source>Start here</source>
        <translation>Start here</translation>
    </message>
    <message>
        <source>There are no events yet. Three steps get you going:</source>
        <translation>There are no events yet. Three steps get you going:</translation>
    </message>
    <message>
        <source>1. Create a venue and its rooms…</source>
        <translation>1. Create a venue and its rooms…</translation>
    </message>
    <message>
        <source>2. Create the first event…</source>
        <translation>2. Create the first event…</translation>
    </message>
    <message>
        <source>3. Import registrations…</source>
        <translation>3. Import registrations…</translation>
    </message>
    <message>
        <source>Where your events take place, with the places in each room.</source>
        <translation>Where your events take place, with the places in each room.</translation>
    </message>
    <message>
        <source>A title, a date and a room or an online link.</source>
        <translation>A title, a date and a room or an online link.</translation>
    </message>
    <message>
        <source>From a spreadsheet (CSV or Excel), or type them one by one.</source>
        <translation>From a spreadsheet (CSV or Excel), or type them one by one.</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    </context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
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
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>&amp;Venues and rooms…</source>
        <translation>&amp;Venues and rooms…</translation>
    </message>
    <message>
        <source>&amp;Facilitators…</source>
        <translation>&amp;Facilitators…</translation>
    </message>
    <message>
        <source>&amp;Import registrations…</source>
        <translation>&amp;Import registrations…</translation>
    </message>
    <message>
        <source>Import webinar &amp;attendance…</source>
        <translation>Import webinar &amp;attendance…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Import webinar attendance</source>
        <translation>Import webinar attendance</translation>
    </message>
    <message>
        <source>Open the webinar first (double-click it in the list of events).</source>
        <translation>Open the webinar first (double-click it in the list of events).</translation>
    </message>
    <message>
        <source>Open check-in &amp;desk…</source>
        <translation>Open check-in &amp;desk…</translation>
    </message>
    <message>
        <source>&amp;Scan log…</source>
        <translation>&amp;Scan log…</translation>
    </message>
    <message>
        <source>Open check-in desk</source>
        <translation>Open check-in desk</translation>
    </message>
    <message>
        <source>Name of this desk (shown and recorded with every check-in):</source>
        <translation>Name of this desk (shown and recorded with every check-in):</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Desk 1</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
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
        <translation>&amp;Check-in sheet…</translation>
    </message>
    <message>
        <source>&amp;Attendance list…</source>
        <translation>&amp;Attendance list…</translation>
    </message>
    <message>
        <source>Attendee &amp;list…</source>
        <translation>Attendee &amp;list…</translation>
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
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;About Keet Desktop</source>
        <translation>&amp;About Keet Desktop</translation>
    </message>
    <message>
        <source>The event is saved.</source>
        <translation>The event is saved.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge people</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <source>These two records will become one person. Their registrations follow; when both are registered for the same event, the better registration stays and the other is cancelled. Which details do you keep?</source>
        <translation>These two records will become one person. Their registrations follow; when both are registered for the same event, the better registration stays and the other is cancelled. Which details do you keep?</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>“{event}”: kept the registration ({kept}); cancelled the other ({other}).</source>
        <translation>“{event}”: kept the registration ({kept}); cancelled the other ({other}).</translation>
    </message>
    <message>
        <source>Both were registered</source>
        <translation>Both were registered</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search by name, e-mail or organisation</source>
        <translation>Search by name, e-mail or organisation</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Edit person…</translation>
    </message>
    <message>
        <source>Merge two people…</source>
        <translation>Merge two people…</translation>
    </message>
    <message>
        <source>Select two records of the same person first</source>
        <translation>Select two records of the same person first</translation>
    </message>
    <message>
        <source>Registrations of the selected person</source>
        <translation>Registrations of the selected person</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is saved.</source>
        <translation>{name} is saved.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n registration(s) moved.</source>
        <translation>
            <numerusform>Merged: %n registration moved.</numerusform>
            <numerusform>Merged: %n registrations moved.</numerusform>
        </translation>
    </message>
<message>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Registrations of this person</source>
        <translation>Registrations of this person</translation>
    </message>
    </context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Agrees to photos</source>
        <translation>Agrees to photos</translation>
    </message>
    <message>
        <source>Agrees to the mailing list</source>
        <translation>Agrees to the mailing list</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
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
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>PersonRegistrationsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>The window switches to the new language at once.</source>
        <translation>The window switches to the new language at once.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Add registration</source>
        <translation>Add registration</translation>
    </message>
    <message>
        <source>Type a name or e-mail address</source>
        <translation>Type a name or e-mail address</translation>
    </message>
    <message>
        <source>Pick a person from the list, or fill in a new person below.</source>
        <translation>Pick a person from the list, or fill in a new person below.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
<message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    </context>
<context>
    <name>RegistrationsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <translation>Place in line</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
<message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>{time} · {desk}</source>
        <translation>{time} · {desk}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The database is too new</source>
        <translation>The database is too new</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>An empty database</translation>
    </message>
    <message>
        <source>There are no events yet. Load De Keet's demo season to try the app? Choose No to start empty.</source>
        <translation>There are no events yet. Load De Keet's demo season to try the app? Choose No to start empty.</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <source>Say which event the desk is for: keet-desktop --desk --event ID</source>
        <translation>Say which event the desk is for: keet-desktop --desk --event ID</translation>
    </message>
    <message>
        <source>Desk 1</source>
        <translation>Desk 1</translation>
    </message>
    <message>
        <source>Keet Desktop crashed</source>
        <translation>Keet Desktop crashed</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log; the window stays open, but save your work and restart the app.</source>
        <translation>Something unexpected went wrong. The details are in the log; the window stays open, but save your work and restart the app.</translation>
    </message>
<message>
        <source>This shortcut does not say which event the desk is for. Open the desk from the event instead: Event → Open check-in desk.</source>
        <translation>This shortcut does not say which event the desk is for. Open the desk from the event instead: Event → Open check-in desk.</translation>
    </message>
    </context>
<context>
    <name>labels</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
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
        <translation>Networking event</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Information session</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Programme session</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation>Another desk or program is writing to the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>The disk is full. Free some space, then try again; nothing was saved.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</translation>
    </message>
    <message>
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Nothing was saved. Try again; if it keeps happening, restart the app.</translation>
    </message>
    <message>
        <source>Database problem: {detail}</source>
        <translation>Database problem: {detail}</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <source>Day/month/year hours:minutes, e.g. 15/12/2026 19:30; or 15/12 for this year. Alt+Down opens the calendar.</source>
        <translation>Day/month/year hours:minutes, e.g. 15/12/2026 19:30; or 15/12 for this year. Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choose the date in a calendar</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>“{text}” is not a date this field can read: type day/month/year hours:minutes, e.g. 15/12/2026 19:30.</source>
        <translation>“{text}” is not a date this field can read: type day/month/year hours:minutes, e.g. 15/12/2026 19:30.</translation>
    </message>
    <message>
        <source>Type a date, e.g. 15/12/2026 19:30.</source>
        <translation>Type a date, e.g. 15/12/2026 19:30.</translation>
    </message>
</context>
<context>
    <name>NewRoomDialog</name>
    <message>
        <source>New room</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>A new venue…</source>
        <translation>A new venue…</translation>
    </message>
    <message>
        <source>Name of the new venue</source>
        <translation>Name of the new venue</translation>
    </message>
    <message>
        <source>e.g. Buurthuis De Linde</source>
        <translation>e.g. Buurthuis De Linde</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>e.g. Zaal 1</source>
        <translation>e.g. Zaal 1</translation>
    </message>
    <message>
        <source>Places in the room</source>
        <translation>Places in the room</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>New venue</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Give the room a name.</source>
        <translation>Give the room a name.</translation>
    </message>
    <message>
        <source>Give the new venue a name.</source>
        <translation>Give the new venue a name.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>SavedMessage</name>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n file saved in {folder}.</numerusform>
            <numerusform>%n files saved in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as “{name}” in {folder}.</source>
        <translation>Saved as “{name}” in {folder}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>
