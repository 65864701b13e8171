<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisatie…</translation>
    </message>
    <message>
        <source>Check-in desk: how it works</source>
        <translation>Incheckbalie: zo werkt het</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Keet Desktop ran into an unexpected error: {summary}

Nothing else was stopped: you can go on working. If it happens again, restart the app and send the details below to whoever helps you.</source>
        <translation>Keet Desktop kreeg een onverwachte fout: {summary}

Verder is niets gestopt: u kunt gewoon verder werken. Gebeurt het opnieuw, start de app dan opnieuw en stuur de details hieronder naar wie u helpt.</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>(geen logbestand)</translation>
    </message>
    <message>
        <source>The log is in: {file}</source>
        <translation>Het logbestand staat in: {file}</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Details van de fout</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Name of the organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>e.g. De Keet vzw</source>
        <translation>bv. De Keet vzw</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Language of the app and documents</source>
        <translation>Taal van de app en de documenten</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Choose a logo for badges and certificates</source>
        <translation>Kies een logo voor badges en attesten</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Logo (badges, certificates)</source>
        <translation>Logo (badges, attesten)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Geen afbeelding</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Keet Desktop</source>
        <translation>Welkom bij Keet Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;This database is still empty. How do you want to start? You can change all of it later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom!&lt;/h2&gt;&lt;p&gt;Deze databank is nog leeg. Hoe wilt u beginnen? U kunt alles later nog wijzigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Set up our &amp;organisation</source>
        <translation>Onze &amp;organisatie instellen</translation>
    </message>
    <message>
        <source>Try the &amp;demo season</source>
        <translation>Het &amp;demoseizoen uitproberen</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database (several desks)</source>
        <translation>Verbinden met een &amp;gedeelde databank (meerdere balies)</translation>
    </message>
    <message>
        <source>Default venue</source>
        <translation>Standaardlocatie</translation>
    </message>
    <message>
        <source>e.g. De Keet, Aalst (optional)</source>
        <translation>bv. De Keet, Aalst (niet verplicht)</translation>
    </message>
    <message>
        <source>Address of the venue</source>
        <translation>Adres van de locatie</translation>
    </message>
    <message>
        <source>Rooms, one per line, with their capacity</source>
        <translation>Zalen, één per regel, met hun capaciteit</translation>
    </message>
    <message>
        <source>One room per line, e.g.
Zaal A; 30
Atelier; 12</source>
        <translation>Eén zaal per regel, bv.
Zaal A; 30
Atelier; 12</translation>
    </message>
    <message>
        <source>Default &amp;venue</source>
        <translation>Standaard&amp;locatie</translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation>Adres van de locatie</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Zalen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Several desks share one PostgreSQL database on the local network. Fill in what its administrator gave you; the tables are created if they are missing.</source>
        <translation>Meerdere balies delen één PostgreSQL-databank op het lokale netwerk. Vul in wat de beheerder u gaf; de tabellen worden gemaakt als ze ontbreken.</translation>
    </message>
    <message>
        <source>Server (name or address)</source>
        <translation>Server (naam of adres)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Poort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Databank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Loading the demo season…</source>
        <translation>Het demoseizoen wordt geladen…</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s name or address.</source>
        <translation>Vul de naam of het adres van de server in.</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbinden met {host}…</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Check-in desk: how it works</source>
        <translation>Incheckbalie: zo werkt het</translation>
    </message>
    <message>
        <source>One screen, one input field. The cursor always waits in the field: scan, or type. Every answer is a colour AND a sentence: read the sentence.</source>
        <translation>Eén scherm, één invoerveld. De cursor staat altijd in het veld: scan of typ. Elk antwoord is een kleur ÉN een zin: lees de zin.</translation>
    </message>
    <message>
        <source>1. Open the desk</source>
        <translation>1. Open de balie</translation>
    </message>
    <message>
        <source>Open the event, then Event → Open check-in desk. Give the desk a name (“Desk 1”). Two desks may share one database; each sees the other&apos;s check-ins.</source>
        <translation>Open de activiteit, dan Activiteit → Incheckbalie openen. Geef de balie een naam (“Balie 1”). Twee balies kunnen één databank delen; elk ziet de aanmeldingen van de andere.</translation>
    </message>
    <message>
        <source>2. Scan</source>
        <translation>2. Scannen</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code under the scanner, or type the code and press Enter. The answer appears at once; the field is empty again for the next person.</source>
        <translation>Houd de QR-code van het ticket onder de scanner, of typ de code en druk op Enter. Het antwoord verschijnt meteen; het veld is weer leeg voor de volgende persoon.</translation>
    </message>
    <message>
        <source>3. The colours</source>
        <translation>3. De kleuren</translation>
    </message>
    <message>
        <source>GREEN, “Welcome”: checked in, let them in. ORANGE, “Already checked in”: shows when and at which desk; nothing is counted twice. RED: not let in automatically; the sentence says why (other event, cancelled, waiting list, unknown code).</source>
        <translation>GROEN, “Welkom”: ingecheckt, laat binnen. ORANJE, “Al ingecheckt”: toont wanneer en aan welke balie; niets telt dubbel. ROOD: niet zomaar binnenlaten; de zin zegt waarom (andere activiteit, geannuleerd, wachtlijst, onbekende code).</translation>
    </message>
    <message>
        <source>4. No ticket? Search</source>
        <translation>4. Geen ticket? Zoek</translation>
    </message>
    <message>
        <source>Type part of the name (“van den”, “peet”) or the e-mail address and pick the person from the list. Accents and capitals do not matter.</source>
        <translation>Typ een deel van de naam (“van den”, “peet”) of het e-mailadres en kies de persoon in de lijst. Accenten en hoofdletters doen er niet toe.</translation>
    </message>
    <message>
        <source>5. A walk-in</source>
        <translation>5. Een walk-in</translation>
    </message>
    <message>
        <source>Not registered? Choose Walk-in, type given name and name (e-mail if they want mail), and confirm: registered and checked in at once.</source>
        <translation>Niet ingeschreven? Kies Walk-in (F2), typ voornaam en naam (e-mail als ze post willen) en bevestig: meteen ingeschreven en ingecheckt.</translation>
    </message>
    <message>
        <source>6. Undo</source>
        <translation>6. Ongedaan maken</translation>
    </message>
    <message>
        <source>Checked in the wrong person? Choose Undo on the last check-ins and give a short reason. The check-in is withdrawn and the counters go back.</source>
        <translation>De verkeerde persoon ingecheckt? Kies Ongedaan maken (Ctrl+Z) bij de laatste aanmeldingen en geef een korte reden. De aanmelding vervalt en de tellers gaan terug.</translation>
    </message>
    <message>
        <source>7. When it is red</source>
        <translation>7. Als het rood is</translation>
    </message>
    <message>
        <source>Stay calm and read the sentence aloud. Wrong event: send them to the right room. Cancelled or waiting list: ask the organiser whether there is room; the organiser can admit them. Unknown code: search by name. Still stuck: note the name and let the organiser decide; never let the queue wait for one case.</source>
        <translation>Blijf rustig en lees de zin voor. Verkeerde activiteit: stuur de persoon naar de juiste zaal. Geannuleerd of wachtlijst: vraag de organisator of er plaats is; die kan de persoon toelaten. Onbekende code: zoek op naam. Lukt het niet: noteer de naam en laat de organisator beslissen; laat de wachtrij nooit wachten op één geval.</translation>
    </message>
    <message>
        <source>Counters at the top: expected, present and walk-ins. Questions: ask the organiser.</source>
        <translation>Tellers bovenaan: verwacht, aanwezig en walk-ins. Vragen: vraag het de organisator.</translation>
    </message>
</context>
</TS>
