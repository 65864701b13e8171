<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="37" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="38" />
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="39" />
        <source>Still expected</source>
        <translation>Still expected</translation>
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
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="118" />
        <source>Play a short sound for each result</source>
        <translation>Play a short sound for each result</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="123" />
        <source>Desk name</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="125" />
        <source>Scanner prefix</source>
        <translation>Scanner prefix</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="126" />
        <source>Scanner suffix</source>
        <translation>Scanner suffix</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="111" />
        <source>Scan a ticket or type a name</source>
        <translation>Scan a ticket or type a name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="138" />
        <source>Walk-in (F2)</source>
        <translation>Walk-in (F2)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="139" />
        <source>Settings (F9)</source>
        <translation>Settings (F9)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="140" />
        <source>↑ ↓ and Enter choose a name · Esc clears</source>
        <translation>↑ ↓ and Enter choose a name · Esc clears</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="195" />
        <source>{title} · {date}</source>
        <translation>{title} · {date}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="202" />
        <source>This event is not today</source>
        <translation>This event is not today</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="203" />
        <source>Tickets scanned here will be refused until the day of the event.</source>
        <translation>Tickets scanned here will be refused until the day of the event.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="206" />
        <source>Check-in desk {desk} – {title}</source>
        <translation>Check-in desk {desk} – {title}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="212" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="277" />
        <source>already checked in</source>
        <translation>already checked in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="279" />
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="333" />
        <source>NOT CHECKED IN</source>
        <translation>NOT CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="337" />
        <source>DATABASE PROBLEM</source>
        <translation>DATABASE PROBLEM</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="402" />
        <source>NOT UNDONE</source>
        <translation>NOT UNDONE</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="405" />
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="406" />
        <source>The check-in of {name} is undone.</source>
        <translation>The check-in of {name} is undone.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/desk_window.py" line="430" />
        <source>Event full</source>
        <translation>Event full</translation>
    </message>
</context>
<context>
    <name>RecentPanel</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="74" />
        <source>Undo… (Ctrl+Z)</source>
        <translation>Undo… (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/panels.py" line="77" />
        <source>Last check-ins at this desk</source>
        <translation>Last check-ins at this desk</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="116" />
        <source>Admit (F4)</source>
        <translation>Admit (F4)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="149" />
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="151" />
        <source>Scan a ticket or type a name.</source>
        <translation>Scan a ticket or type a name.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="161" />
        <source>CHECKED IN</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="162" />
        <source>ALREADY CHECKED IN</source>
        <translation>ALREADY CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="163" />
        <source>NOT CHECKED IN</source>
        <translation>NOT CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="166" />
        <source>Unknown ticket</source>
        <translation>Unknown ticket</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/result_panel.py" line="171" />
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="83" />
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="85" />
        <source>Undo the check-in of {name}? Why?</source>
        <translation>Undo the check-in of {name}? Why?</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="88" />
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="93" />
        <source>Undo</source>
        <translation>Undo</translation>
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
        <translation>Given name and family name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="37" />
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="39" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="45" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="46" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="47" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="51" />
        <source>Register and check in</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/desk/dialogs.py" line="71" />
        <source>Type the person's name.</source>
        <translation>Type the person's name.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="50" />
        <source>{name} is checked in.</source>
        <translation>{name} is checked in.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="51" />
        <source>{name} was already checked in at {time} at {desk}.</source>
        <translation>{name} was already checked in at {time} at {desk}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="54" />
        <source>Unknown code: no ticket has this code.</source>
        <translation>Unknown code: no ticket has this code.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="55" />
        <source>This ticket is for another event: “{event}” on {date}.</source>
        <translation>This ticket is for another event: “{event}” on {date}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="58" />
        <source>The registration of {name} was cancelled.</source>
        <translation>The registration of {name} was cancelled.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="59" />
        <source>{name} is on the waiting list.</source>
        <translation>{name} is on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="60" />
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is not today but on {date}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="62" />
        <source>This is not a ticket code; scan the ticket again.</source>
        <translation>This is not a ticket code; scan the ticket again.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="63" />
        <source>There is room: this person can be admitted.</source>
        <translation>There is room: this person can be admitted.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="64" />
        <source>The event is full.</source>
        <translation>The event is full.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="65" />
        <source>an unnamed desk</source>
        <translation>an unnamed desk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="67" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="68" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="69" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="70" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/checkin_commands.py" line="32" />
        <source>give either a CODE or --undo, not both</source>
        <translation>give either a CODE or --undo, not both</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/checkin_commands.py" line="35" />
        <source>give a CODE and --event ID (or --undo ID)</source>
        <translation>give a CODE and --event ID (or --undo ID)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/checkin_commands.py" line="53" />
        <source>The check-in of registration {id} is undone.</source>
        <translation>The check-in of registration {id} is undone.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="218" />
        <source>“{event}” is full ({capacity} places). Override the capacity to let them in.</source>
        <translation>“{event}” is full ({capacity} places). Override the capacity to let them in.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="227" />
        <source>“{event}” is not today but on {date}.</source>
        <translation>“{event}” is not today but on {date}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="234" />
        <source>There is no check-in to undo for registration {id}.</source>
        <translation>There is no check-in to undo for registration {id}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="241" />
        <source>Give a reason for undoing this check-in.</source>
        <translation>Give a reason for undoing this check-in.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/checkin_results.py" line="248" />
        <source>Registration {id} is not on the waiting list of this event.</source>
        <translation>Registration {id} is not on the waiting list of this event.</translation>
    </message>
</context>
</TS>
