<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="37" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="38" />
        <source>Checked in</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="39" />
        <source>Still expected</source>
        <translation>Nog verwacht</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="40" />
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="116" />
        <source>Desk settings</source>
        <translation>Balie-instellingen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="118" />
        <source>Play a short sound for each result</source>
        <translation>Speel een kort geluid bij elk resultaat</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="123" />
        <source>Desk name</source>
        <translation>Naam van de balie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="125" />
        <source>Scanner prefix</source>
        <translation>Voorvoegsel van de scanner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="126" />
        <source>Scanner suffix</source>
        <translation>Achtervoegsel van de scanner</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="111" />
        <source>Scan a ticket or type a name</source>
        <translation>Scan een ticket of typ een naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="138" />
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="139" />
        <source>Settings (F9)</source>
        <translation>Instellingen (F9)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="140" />
        <source>↑ ↓ and Enter choose a name · Esc clears</source>
        <translation>↑ ↓ en Enter kiezen een naam · Esc wist</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="195" />
        <source>{title} · {date}</source>
        <translation>{title} · {date}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="202" />
        <source>This event is not today</source>
        <translation>Deze activiteit is niet vandaag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="203" />
        <source>Tickets scanned here will be refused until the day of the event.</source>
        <translation>Tickets die hier gescand worden, worden geweigerd tot de dag van de activiteit.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="206" />
        <source>Check-in desk {desk} – {title}</source>
        <translation>Onthaalbalie {desk} – {title}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="212" />
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="277" />
        <source>already checked in</source>
        <translation>al ingecheckt</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="279" />
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="333" />
        <source>NOT CHECKED IN</source>
        <translation>NIET INGECHECKT</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="337" />
        <source>DATABASE PROBLEM</source>
        <translation>PROBLEEM MET DE DATABANK</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="402" />
        <source>NOT UNDONE</source>
        <translation>NIET ONGEDAAN GEMAAKT</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="405" />
        <source>Check-in undone</source>
        <translation>Aanmelding ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="406" />
        <source>The check-in of {name} is undone.</source>
        <translation>De aanmelding van {name} is ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="430" />
        <source>Event full</source>
        <translation>Activiteit volzet</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="74" />
        <source>Undo… (Ctrl+Z)</source>
        <translation>Ongedaan maken… (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="77" />
        <source>Last check-ins at this desk</source>
        <translation>Laatste aanmeldingen aan deze balie</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="116" />
        <source>Admit (F4)</source>
        <translation>Toelaten (F4)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="149" />
        <source>Ready to scan</source>
        <translation>Klaar om te scannen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="151" />
        <source>Scan a ticket or type a name.</source>
        <translation>Scan een ticket of typ een naam.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="161" />
        <source>CHECKED IN</source>
        <translation>INGECHECKT</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="162" />
        <source>ALREADY CHECKED IN</source>
        <translation>AL INGECHECKT</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="163" />
        <source>NOT CHECKED IN</source>
        <translation>NIET INGECHECKT</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="166" />
        <source>Unknown ticket</source>
        <translation>Onbekend ticket</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="171" />
        <source>Note: {note}</source>
        <translation>Let op: {note}</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="83" />
        <source>Undo check-in</source>
        <translation>Aanmelding ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="85" />
        <source>Undo the check-in of {name}? Why?</source>
        <translation>De aanmelding van {name} ongedaan maken? Waarom?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="88" />
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="93" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="32" />
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="35" />
        <source>Given name and family name</source>
        <translation>Voornaam en familienaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="37" />
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="39" />
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="45" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="46" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="47" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="51" />
        <source>Register and check in</source>
        <translation>Inschrijven en inchecken</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="71" />
        <source>Type the person's name.</source>
        <translation>Typ de naam van de persoon.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="50" />
        <source>{name} is checked in.</source>
        <translation>{name} is ingecheckt.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="51" />
        <source>{name} was already checked in at {time} at {desk}.</source>
        <translation>{name} was al ingecheckt om {time} aan {desk}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="54" />
        <source>Unknown code: no ticket has this code.</source>
        <translation>Onbekende code: geen enkel ticket heeft deze code.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="55" />
        <source>This ticket is for another event: “{event}” on {date}.</source>
        <translation>Dit ticket is voor een andere activiteit: “{event}” op {date}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="58" />
        <source>The registration of {name} was cancelled.</source>
        <translation>De inschrijving van {name} is geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="59" />
        <source>{name} is on the waiting list.</source>
        <translation>{name} staat op de wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="60" />
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is niet vandaag maar op {date}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="62" />
        <source>This is not a ticket code; scan the ticket again.</source>
        <translation>Dit is geen ticketcode; scan het ticket opnieuw.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="63" />
        <source>There is room: this person can be admitted.</source>
        <translation>Er is plaats: deze persoon kan toegelaten worden.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="64" />
        <source>The event is full.</source>
        <translation>De activiteit is volzet.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="65" />
        <source>an unnamed desk</source>
        <translation>een balie zonder naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="67" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="68" />
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="69" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="70" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/checkin_commands.py" line="32" />
        <source>give either a CODE or --undo, not both</source>
        <translation>geef een CODE of --undo, niet allebei</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/checkin_commands.py" line="35" />
        <source>give a CODE and --event ID (or --undo ID)</source>
        <translation>geef een CODE en --event ID (of --undo ID)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/checkin_commands.py" line="53" />
        <source>The check-in of registration {id} is undone.</source>
        <translation>De aanmelding van inschrijving {id} is ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="218" />
        <source>“{event}” is full ({capacity} places). Override the capacity to let them in.</source>
        <translation>“{event}” is volzet ({capacity} plaatsen). Overschrijd de capaciteit om deze persoon toe te laten.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="227" />
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is niet vandaag maar op {date}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="234" />
        <source>There is no check-in to undo for registration {id}.</source>
        <translation>Er is geen aanmelding om ongedaan te maken voor inschrijving {id}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="241" />
        <source>Give a reason for undoing this check-in.</source>
        <translation>Geef een reden om deze aanmelding ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="248" />
        <source>Registration {id} is not on the waiting list of this event.</source>
        <translation>Inschrijving {id} staat niet op de wachtlijst van deze activiteit.</translation>
    </message>
</context>
</TS>
