<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="66" />
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="137" />
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="68" />
        <source>Zoom or Teams attendance report</source>
        <translation>Zoom or Teams attendance report</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="69" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="75" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="77" />
        <source>Choose the report of “{title}”.</source>
        <translation>Choose the report of “{title}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="91" />
        <source>Mark as attended</source>
        <translation>Mark as attended</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="95" />
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="96" />
        <source>Present at least:</source>
        <translation>Present at least:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="100" />
        <source>Not matched (link them by hand):</source>
        <translation>Not matched (link them by hand):</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="115" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="118" />
        <source>The selected person is:</source>
        <translation>The selected person is:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="137" />
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Reports (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="163" />
        <source>{participants} people in the report: {matched} matched, {attended} present long enough, {checked_in} to mark as attended.</source>
        <translation>{participants} people in the report: {matched} matched, {attended} present long enough, {checked_in} to mark as attended.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="172" />
        <source>Done: {checked_in} marked as attended.</source>
        <translation>Done: {checked_in} marked as attended.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="48" />
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="106" />
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="141" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="51" />
        <source>Registrations of this event</source>
        <translation>Registrations of this event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="52" />
        <source>People registered for this event</source>
        <translation>People registered for this event</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="54" />
        <source>All people</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="56" />
        <source>CSV for Excel (semicolons)</source>
        <translation>CSV for Excel (semicolons)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="57" />
        <source>CSV (commas)</source>
        <translation>CSV (commas)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="58" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="62" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="65" />
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="66" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="69" />
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="105" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="105" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="141" />
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="106" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="109" />
        <source>A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. Nothing is imported before you have seen a preview.</source>
        <translation>A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. Nothing is imported before you have seen a preview.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="114" />
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="115" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="122" />
        <source>{date} · {title}</source>
        <translation>{date} · {title}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="126" />
        <source>Programme: {title} (every session)</source>
        <translation>Programme: {title} (every session)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="134" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="135" />
        <source>Register for:</source>
        <translation>Register for:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="155" />
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="157" />
        <source>Registrations (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Registrations (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="65" />
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="192" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="200" />
        <source>Remember these columns for files with the same headers</source>
        <translation>Remember these columns for files with the same headers</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="213" />
        <source>These columns were remembered from an earlier import. Change where needed.</source>
        <translation>These columns were remembered from an earlier import. Change where needed.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="215" />
        <source>Columns recognised by their header. Choose what the others hold.</source>
        <translation>Columns recognised by their header. Choose what the others hold.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="222" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="222" />
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="224" />
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="235" />
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="131" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="132" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="133" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="131" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="132" />
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="134" />
        <source>Rows in the file</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="135" />
        <source>Valid rows</source>
        <translation>Valid rows</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="136" />
        <source>New people</source>
        <translation>New people</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="137" />
        <source>Known people</source>
        <translation>Known people</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="138" />
        <source>Duplicates in the file</source>
        <translation>Duplicates in the file</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="139" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="140" />
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="141" />
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="156" />
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/importing/pages.py" line="191" />
        <source>%n row(s) rejected; they are not imported.</source>
        <translation>
            <numerusform>%n row rejected; they are not imported.</numerusform>
            <numerusform>%n rows rejected; they are not imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="199" />
        <source>Preview stopped.</source>
        <translation>Preview stopped.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="204" />
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="204" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="61" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="61" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="73" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="73" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="73" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="242" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="255" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="271" />
        <source>Imported: {registered} registered, {waitlisted} on the waiting list, {new} new people. {already} were already registered.</source>
        <translation>Imported: {registered} registered, {waitlisted} on the waiting list, {new} new people. {already} were already registered.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="289" />
        <source>The import was stopped. Nothing was written.</source>
        <translation>The import was stopped. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="295" />
        <source>The import failed. Nothing was written.</source>
        <translation>The import failed. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>_TaskPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="42" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/export_commands.py" line="62" />
        <source>--columns names no column</source>
        <translation>--columns names no column</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/export_commands.py" line="69" />
        <source>{rows} rows written to {file}.</source>
        <translation>{rows} rows written to {file}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="51" />
        <source>{rows} rows: {valid} valid, {new} new people, {matched} known people, {duplicates} duplicates in the file.</source>
        <translation>{rows} rows: {valid} valid, {new} new people, {matched} known people, {duplicates} duplicates in the file.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="62" />
        <source>{registered} registered, {waitlisted} on the waiting list, {already} already registered.</source>
        <translation>{registered} registered, {waitlisted} on the waiting list, {already} already registered.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="73" />
        <location filename="../../keet_desktop/cli/import_commands.py" line="124" />
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="75" />
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="78" />
        <location filename="../../keet_desktop/cli/import_commands.py" line="87" />
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="84" />
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="98" />
        <source>--min-minutes must be 0 or more</source>
        <translation>--min-minutes must be 0 or more</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="111" />
        <source>{participants} people in the report, {matched} matched, {attended} present at least {minutes} minutes, {checked_in} newly marked as attended.</source>
        <translation>{participants} people in the report, {matched} matched, {attended} present at least {minutes} minutes, {checked_in} newly marked as attended.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="126" />
        <source>Not matched:</source>
        <translation>Not matched:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/importing/readers.py" line="30" />
        <source>Cannot read “{file}”: {detail}</source>
        <translation>Cannot read “{file}”: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/readers.py" line="38" />
        <source>“{file}” is not a CSV or Excel (.xlsx) file with a header row.</source>
        <translation>“{file}” is not a CSV or Excel (.xlsx) file with a header row.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="44" />
        <source>Export to a .csv or .xlsx file, not “{file}”.</source>
        <translation>Export to a .csv or .xlsx file, not “{file}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="52" />
        <source>There is no column “{column}”; choose from {choices}.</source>
        <translation>There is no column “{column}”; choose from {choices}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="53" />
        <source>The programme “{programme}” has no open sessions.</source>
        <translation>The programme “{programme}” has no open sessions.</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="41" />
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="42" />
        <location filename="../../keet_desktop/domain/services/export.py" line="66" />
        <location filename="../../keet_desktop/domain/services/export.py" line="83" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="43" />
        <location filename="../../keet_desktop/domain/services/export.py" line="67" />
        <location filename="../../keet_desktop/domain/services/export.py" line="84" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="44" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="45" />
        <location filename="../../keet_desktop/domain/services/export.py" line="68" />
        <location filename="../../keet_desktop/domain/services/export.py" line="85" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="46" />
        <location filename="../../keet_desktop/domain/services/export.py" line="69" />
        <location filename="../../keet_desktop/domain/services/export.py" line="86" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="47" />
        <location filename="../../keet_desktop/domain/services/export.py" line="70" />
        <location filename="../../keet_desktop/domain/services/export.py" line="87" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="48" />
        <location filename="../../keet_desktop/domain/services/export.py" line="71" />
        <location filename="../../keet_desktop/domain/services/export.py" line="88" />
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="49" />
        <source>Ticket code from the source</source>
        <translation>Ticket code from the source</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="14" />
        <source>The row has no name.</source>
        <translation>The row has no name.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="15" />
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="16" />
        <source>The row has {count} fields; the header has {expected}.</source>
        <translation>The row has {count} fields; the header has {expected}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="19" />
        <source>The value of “{column}” is too long ({length} characters, at most {limit}).</source>
        <translation>The value of “{column}” is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="22" />
        <source>{name} shares the e-mail address {email} with {other} (line {other_line}); {name} is imported without an e-mail address.</source>
        <translation>{name} shares the e-mail address {email} with {other} (line {other_line}); {name} is imported without an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="27" />
        <source>The e-mail address {email} already belongs to {other}; {name} is imported without an e-mail address.</source>
        <translation>The e-mail address {email} already belongs to {other}; {name} is imported without an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="32" />
        <source>{name} is also on line {other_line}; imported once.</source>
        <translation>{name} is also on line {other_line}; imported once.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="35" />
        <source>The phone number “{phone}” is not a valid number; kept as written.</source>
        <translation>The phone number “{phone}” is not a valid number; kept as written.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="38" />
        <source>The ticket code “{code}” already belongs to another registration; not kept.</source>
        <translation>The ticket code “{code}” already belongs to another registration; not kept.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="65" />
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="73" />
        <source>Waiting list place</source>
        <translation>Waiting list place</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="74" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="75" />
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="76" />
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="77" />
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="78" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="79" />
        <source>Minutes online</source>
        <translation>Minutes online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="82" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="89" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="90" />
        <source>Known since</source>
        <translation>Known since</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="93" />
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="94" />
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="95" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="98" />
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="99" />
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="100" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="101" />
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="112" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="113" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="114" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="115" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="116" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
</TS>
