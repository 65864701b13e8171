<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BadgePrintBar</name>
    <message>
        <source>Badges are printed at check-in.</source>
        <translation>Badges worden afgedrukt bij het inchecken.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Reprint last badge</source>
        <translation>Laatste badge opnieuw afdrukken</translation>
    </message>
    <message>
        <source>registration {id}</source>
        <translation>inschrijving {id}</translation>
    </message>
    <message>
        <source>Badge printed for {name}</source>
        <translation>Badge afgedrukt voor {name}</translation>
    </message>
    <message>
        <source>Badge of {name} was printed before: not printed again</source>
        <translation>Badge van {name} was al afgedrukt: niet opnieuw afgedrukt</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>Printing again…</source>
        <translation>Opnieuw aan het afdrukken…</translation>
    </message>
    <message>
        <source>Printing the badge of {name} again…</source>
        <translation>Badge van {name} wordt opnieuw afgedrukt…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camerabeeld</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Camerastatus</translation>
    </message>
    <message>
        <source>Webcam scanning is not available on this computer.</source>
        <translation>Scannen met de webcam kan niet op deze computer.</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam or use a scanner.</source>
        <translation>Geen camera gevonden. Sluit een webcam aan of gebruik een scanner.</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code in front of the camera.</source>
        <translation>Houd de QR-code van het ticket voor de camera.</translation>
    </message>
    <message>
        <source>The camera stopped. Check its cable and try again.</source>
        <translation>De camera is gestopt. Controleer de kabel en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation>Nog verwacht</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <source>SCAN YOUR TICKET</source>
        <translation>SCAN JE TICKET</translation>
    </message>
    <message>
        <source>Hold the QR code of your ticket in front of the scanner.</source>
        <translation>Houd de QR-code van je ticket voor de scanner.</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NIET INGECHECKT</translation>
    </message>
    <message>
        <source>DATABASE PROBLEM</source>
        <translation>DATABANKPROBLEEM</translation>
    </message>
    <message numerus="yes">
        <source>The database did not answer within %n second(s). This scan is not confirmed: scan it again when the database answers.</source>
        <translation>
            <numerusform>De databank antwoordde niet binnen %n seconde. Deze scan is niet bevestigd: scan opnieuw zodra de databank antwoordt.</numerusform>
            <numerusform>De databank antwoordde niet binnen %n seconden. Deze scan is niet bevestigd: scan opnieuw zodra de databank antwoordt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Check-in ongedaan gemaakt</translation>
    </message>
    <message>
        <source>The check-in of {name} is undone.</source>
        <translation>De check-in van {name} is ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>DeskLayout</name>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Waiting for the database…</source>
        <translation>Wachten op de databank…</translation>
    </message>
    <message>
        <source>Scan a ticket or type a name</source>
        <translation>Scan een ticket of typ een naam</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <source>Camera (F3)</source>
        <translation>Camera (F3)</translation>
    </message>
    <message>
        <source>Settings (F9)</source>
        <translation>Instellingen (F9)</translation>
    </message>
    <message>
        <source>↑ ↓ and Enter choose a name · Esc clears</source>
        <translation>↑ ↓ en Enter kiezen een naam · Esc wist</translation>
    </message>
    <message>
        <source>Scan your ticket</source>
        <translation>Scan je ticket</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>Balie-instellingen</translation>
    </message>
    <message>
        <source>Play a short sound for each result</source>
        <translation>Speel een kort geluid bij elk resultaat</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Back to ready after</source>
        <translation>Terug naar klaar na</translation>
    </message>
    <message>
        <source>Self check-in (kiosk mode)</source>
        <translation>Zelf inchecken (kioskmodus)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>New organiser PIN</source>
        <translation>Nieuwe pincode organisator</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Naam van de balie</translation>
    </message>
    <message>
        <source>Scanner prefix</source>
        <translation>Voorvoegsel van de scanner</translation>
    </message>
    <message>
        <source>Scanner suffix</source>
        <translation>Achtervoegsel van de scanner</translation>
    </message>
    <message>
        <source>Badge printing</source>
        <translation>Badges afdrukken</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Once, if not printed yet</source>
        <translation>Eén keer, als die nog niet afgedrukt is</translation>
    </message>
    <message>
        <source>At every check-in</source>
        <translation>Bij elke check-in</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Standaardprinter van het systeem</translation>
    </message>
    <message>
        <source>Print the badge</source>
        <translation>Badge afdrukken</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Label layout</source>
        <translation>Etiketindeling</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>{title} · {date}</source>
        <translation>{title} · {date}</translation>
    </message>
    <message>
        <source>This event is not today</source>
        <translation>Deze activiteit is niet vandaag</translation>
    </message>
    <message>
        <source>Tickets scanned here will be refused until the day of the event.</source>
        <translation>Tickets die hier gescand worden, worden geweigerd tot de dag van de activiteit.</translation>
    </message>
    <message>
        <source>Check-in desk {desk} – {title}</source>
        <translation>Incheckbalie {desk} – {title}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>already checked in</source>
        <translation>al ingecheckt</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Niemand gevonden</translation>
    </message>
    <message>
        <source>Nobody found for “{name}” — F2 registers a walk-in.</source>
        <translation>Niemand gevonden voor “{name}” — F2 schrijft een walk-in in.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) wait on the waiting list.</source>
        <translation>
            <numerusform>%n persoon wacht op de wachtlijst.</numerusform>
            <numerusform>%n personen wachten op de wachtlijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let them in anyway, ahead of the waiting list? Say why.</source>
        <translation>Toch binnenlaten, vóór de wachtlijst? Zeg waarom.</translation>
    </message>
    <message>
        <source>Let in beyond capacity</source>
        <translation>Binnenlaten boven de capaciteit</translation>
    </message>
    <message>
        <source>Nobody to admit</source>
        <translation>Niemand om binnen te laten</translation>
    </message>
    <message>
        <source>F4 admits a person from the waiting list right after their ticket is scanned.</source>
        <translation>F4 laat iemand van de wachtlijst binnen, meteen nadat zijn of haar ticket gescand is.</translation>
    </message>
    <message>
        <source>Type the organiser PIN.</source>
        <translation>Typ de pincode van de organisator.</translation>
    </message>
    <message>
        <source>WRONG PIN</source>
        <translation>VERKEERDE PINCODE</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Event full</source>
        <translation>Activiteit volzet</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Organiser PIN</source>
        <translation>Pincode organisator</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <source>Undo… (Ctrl+Z)</source>
        <translation>Ongedaan maken… (Ctrl+Z)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Last check-ins at this desk</source>
        <translation>Laatst ingecheckt aan deze balie</translation>
    </message>
</context>
<context>
    <name>RefusedScansModel</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Gescande code</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Geweigerd omdat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Admit (F4)</source>
        <translation>Toelaten (F4)</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Klaar om te scannen</translation>
    </message>
    <message>
        <source>Scan a ticket or type a name.</source>
        <translation>Scan een ticket of typ een naam.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Scan the QR code of your ticket.</source>
        <translation>Scan de QR-code van je ticket.</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>INGECHECKT</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>AL INGECHECKT</translation>
    </message>
    <message>
        <source>NOT CHECKED IN</source>
        <translation>NIET INGECHECKT</translation>
    </message>
    <message>
        <source>{headline} (×{count})</source>
        <translation>{headline} (×{count})</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Onbekend ticket</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Let op: {note}</translation>
    </message>
    <message>
        <source>{name} is on the waiting list — F4 admits.</source>
        <translation>{name} staat op de wachtlijst — F4 laat binnen.</translation>
    </message>
    <message>
        <source>The event is full: admitting needs a reason.</source>
        <translation>De activiteit is volzet: binnenlaten vraagt een reden.</translation>
    </message>
    <message>
        <source>Read: “{code}”</source>
        <translation>Gelezen: “{code}”</translation>
    </message>
    <message>
        <source>Please go to the desk</source>
        <translation>Ga even naar de balie</translation>
    </message>
    <message>
        <source>This ticket cannot be checked in here.</source>
        <translation>Dit ticket kan hier niet inchecken.</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welkom!</translation>
    </message>
    <message>
        <source>You are checked in. Enjoy the event.</source>
        <translation>Je bent ingecheckt. Veel plezier!</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <source>Scan log – {title}</source>
        <translation>Scanlogboek – {title}</translation>
    </message>
    <message>
        <source>Filter by desk, reason, code or name</source>
        <translation>Filter op balie, reden, code of naam</translation>
    </message>
    <message numerus="yes">
        <source>Refused scans (%n)</source>
        <translation>
            <numerusform>Geweigerde scans (%n)</numerusform>
            <numerusform>Geweigerde scans (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone check-ins (%n)</source>
        <translation>
            <numerusform>Ongedaan gemaakte check-ins (%n)</numerusform>
            <numerusform>Ongedaan gemaakte check-ins (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing went wrong at the door: no refused scans and no undos.</source>
        <translation>Niets misgelopen aan de deur: geen geweigerde scans en geen ongedaan gemaakte check-ins.</translation>
    </message>
    <message>
        <source>Refused scans</source>
        <translation>Geweigerde scans</translation>
    </message>
    <message>
        <source>Undone check-ins</source>
        <translation>Ongedaan gemaakte check-ins</translation>
    </message>
    <message>
        <source>Filter the scan log</source>
        <translation>Scanlogboek filteren</translation>
    </message>
</context>
<context>
    <name>ToneIcon</name>
    <message>
        <source>Result icon</source>
        <translation>Resultaaticoon</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo check-in</source>
        <translation>Check-in ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the check-in of {name}? Why?</source>
        <translation>De check-in van {name} ongedaan maken? Waarom?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>UndoneCheckinsModel</name>
    <message>
        <source>Undone at</source>
        <translation>Ongedaan gemaakt op</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Ingecheckt op</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Undone by</source>
        <translation>Ongedaan gemaakt door</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Voornaam en familienaam</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
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
        <source>Register and check in</source>
        <translation>Inschrijven en inchecken</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Typ de naam van de persoon.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>{name} is checked in.</source>
        <translation>{name} is ingecheckt.</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time} at {desk}.</source>
        <translation>{name} was al ingecheckt om {time} aan {desk}.</translation>
    </message>
    <message>
        <source>Unknown code: no ticket has this code.</source>
        <translation>Onbekende code: geen enkel ticket heeft deze code.</translation>
    </message>
    <message>
        <source>This ticket is for another event: “{event}” on {date}.</source>
        <translation>Dit ticket is voor een andere activiteit: “{event}” op {date}.</translation>
    </message>
    <message>
        <source>The registration of {name} was cancelled.</source>
        <translation>De inschrijving van {name} is geannuleerd.</translation>
    </message>
    <message>
        <source>{name} is on the waiting list.</source>
        <translation>{name} staat op de wachtlijst.</translation>
    </message>
    <message>
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is niet vandaag maar op {date}.</translation>
    </message>
    <message>
        <source>This is not a ticket code; scan the ticket again.</source>
        <translation>Dit is geen ticketcode; scan het ticket opnieuw.</translation>
    </message>
    <message>
        <source>There is room: this person can be admitted.</source>
        <translation>Er is plaats: deze persoon kan toegelaten worden.</translation>
    </message>
    <message>
        <source>The event is full.</source>
        <translation>De activiteit is volzet.</translation>
    </message>
    <message>
        <source>an unnamed desk</source>
        <translation>een balie zonder naam</translation>
    </message>
    <message>
        <source>Not a ticket code</source>
        <translation>Geen ticketcode</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Onbekende code</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Al ingecheckt</translation>
    </message>
    <message>
        <source>Ticket for another event</source>
        <translation>Ticket voor een andere activiteit</translation>
    </message>
    <message>
        <source>Cancelled registration</source>
        <translation>Geannuleerde inschrijving</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Event not today</source>
        <translation>Activiteit niet vandaag</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>give either a CODE or --undo, not both</source>
        <translation>geef een CODE of --undo, niet allebei</translation>
    </message>
    <message>
        <source>give a CODE and --event ID (or --undo ID)</source>
        <translation>geef een CODE en --event ID (of --undo ID)</translation>
    </message>
    <message>
        <source>The check-in of registration {id} is undone.</source>
        <translation>De check-in van inschrijving {id} is ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>“{event}” is full (capacity: {capacity}). Override the capacity to let them in.</source>
        <translation>“{event}” is volzet (capaciteit: {capacity}). Overschrijd de capaciteit om deze persoon toe te laten.</translation>
    </message>
    <message>
        <source>Give a reason for going beyond the capacity.</source>
        <translation>Geef een reden om boven de capaciteit te gaan.</translation>
    </message>
    <message>
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is niet vandaag maar op {date}.</translation>
    </message>
    <message>
        <source>There is no check-in to undo for registration {id}.</source>
        <translation>Er is geen check-in om ongedaan te maken voor inschrijving {id}.</translation>
    </message>
    <message>
        <source>Give a reason for undoing this check-in.</source>
        <translation>Geef een reden om deze check-in ongedaan te maken.</translation>
    </message>
    <message>
        <source>Registration {id} is not on the waiting list of this event.</source>
        <translation>Inschrijving {id} staat niet op de wachtlijst van deze activiteit.</translation>
    </message>
</context>
</TS>
