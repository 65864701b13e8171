<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>Zoom or Teams attendance report</source>
        <translation>Zoom or Teams attendance report</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Choose the report of “{title}”.</source>
        <translation>Choose the report of “{title}”.</translation>
    </message>
    <message>
        <source>Mark as attended</source>
        <translation>Mark as attended</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Present at least:</source>
        <translation>Present at least:</translation>
    </message>
    <message>
        <source>Not matched (link them by hand):</source>
        <translation>Not matched (link them by hand):</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>The selected person is:</source>
        <translation>The selected person is:</translation>
    </message>
    <message>
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Reports (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Use this report anyway?</source>
        <translation>Use this report anyway?</translation>
    </message>
    <message>
        <source>Report of another day</source>
        <translation>Report of another day</translation>
    </message>
    <message>
        <source>{participants} people in the report: {matched} matched, {attended} present long enough, {checked_in} to mark as attended.</source>
        <translation>{participants} people in the report: {matched} matched, {attended} present long enough, {checked_in} to mark as attended.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) did not attend, says the report.</source>
        <translation>
            <numerusform>%n registrant did not attend, says the report.</numerusform>
            <numerusform>%n registrants did not attend, says the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {checked_in} marked as attended.</source>
        <translation>Done: {checked_in} marked as attended.</translation>
    </message>
<message>
        <source>Attendance report file</source>
        <translation>Attendance report file</translation>
    </message>
    <message>
        <source>Participants not found</source>
        <translation>Participants not found</translation>
    </message>
    </context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Registrations of this event</source>
        <translation>Registrations of this event</translation>
    </message>
    <message>
        <source>People registered for this event</source>
        <translation>People registered for this event</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>CSV for Excel (semicolons)</source>
        <translation>CSV for Excel (semicolons)</translation>
    </message>
    <message>
        <source>CSV (commas)</source>
        <translation>CSV (commas)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
<message>
        <source>Only people who consent to</source>
        <translation>Only people who consent to</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Only people who consent to:</source>
        <translation>Only people who consent to:</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Columns to export</translation>
    </message>
    </context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. Nothing is imported before you have seen a preview.</source>
        <translation>A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. Nothing is imported before you have seen a preview.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>{date} · {title}</source>
        <translation>{date} · {title}</translation>
    </message>
    <message>
        <source>Programme: {title} (every session)</source>
        <translation>Programme: {title} (every session)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Register for:</source>
        <translation>Register for:</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <source>Registrations (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Registrations (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Sheet of the workbook to import</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Remember these columns for files with the same headers</source>
        <translation>Remember these columns for files with the same headers</translation>
    </message>
    <message>
        <source>These columns were remembered from an earlier import. Change where needed.</source>
        <translation>These columns were remembered from an earlier import. Change where needed.</translation>
    </message>
    <message>
        <source>Columns recognised by their header. Choose what the others hold.</source>
        <translation>Columns recognised by their header. Choose what the others hold.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(no header)</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>Valid rows</source>
        <translation>Valid rows</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>New people</translation>
    </message>
    <message>
        <source>Known people</source>
        <translation>Known people</translation>
    </message>
    <message>
        <source>Duplicates in the file</source>
        <translation>Duplicates in the file</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>Which column became which field</source>
        <translation>Which column became which field</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; they are not imported.</source>
        <translation>
            <numerusform>%n row rejected; they are not imported.</numerusform>
            <numerusform>%n rows rejected; they are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: cancelled or expired in the file.</source>
        <translation>
            <numerusform>%n row skipped: cancelled or expired in the file.</numerusform>
            <numerusform>%n rows skipped: cancelled or expired in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} → {field}</source>
        <translation>{column} → {field}</translation>
    </message>
    <message>
        <source>Columns: {mapping}.</source>
        <translation>Columns: {mapping}.</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Not imported: {columns}.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”.</source>
        <translation>Sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Preview stopped.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
<message>
        <source>Who goes to the waiting list</source>
        <translation>Who goes to the waiting list</translation>
    </message>
    <message numerus="yes">
        <source>Going to the waiting list, in this order (%n):</source>
        <translation>
            <numerusform>Going to the waiting list, in this order (%n):</numerusform>
            <numerusform>Going to the waiting list, in this order (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Refused rows and warnings</source>
        <translation>Refused rows and warnings</translation>
    </message>
    </context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: {registered} registered, {waitlisted} on the waiting list, {new} new people. {already} were already registered.</source>
        <translation>Imported: {registered} registered, {waitlisted} on the waiting list, {new} new people. {already} were already registered.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>The import was stopped. Nothing was written.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>The import failed. Nothing was written.</translation>
    </message>
<message>
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>A CSV file of the refused rows, with the reason: fix them and import again.</source>
        <translation>A CSV file of the refused rows, with the reason: fix them and import again.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Line {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were refused and not imported:</source>
        <translation>
            <numerusform>%n row of the file were refused and not imported:</numerusform>
            <numerusform>%n rows of the file were refused and not imported:</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>_TaskPage</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--columns names no column</source>
        <translation>--columns names no column</translation>
    </message>
    <message>
        <source>{rows} rows written to {file}.</source>
        <translation>{rows} rows written to {file}.</translation>
    </message>
    <message>
        <source>{rows} rows: {valid} valid, {new} new people, {matched} known people, {duplicates} duplicates in the file.</source>
        <translation>{rows} rows: {valid} valid, {new} new people, {matched} known people, {duplicates} duplicates in the file.</translation>
    </message>
    <message>
        <source>{registered} registered, {waitlisted} on the waiting list, {already} already registered.</source>
        <translation>{registered} registered, {waitlisted} on the waiting list, {already} already registered.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Skipped rows:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Sheet: {sheet}</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>Not imported: {columns}</translation>
    </message>
    <message>
        <source>--min-minutes must be 0 or more</source>
        <translation>--min-minutes must be 0 or more</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <source>{participants} people in the report, {matched} matched, {attended} present at least {minutes} minutes, {checked_in} newly marked as attended.</source>
        <translation>{participants} people in the report, {matched} matched, {attended} present at least {minutes} minutes, {checked_in} newly marked as attended.</translation>
    </message>
    <message>
        <source>Not matched:</source>
        <translation>Not matched:</translation>
    </message>
    <message>
        <source>Registered for the webinar but absent:</source>
        <translation>Registered for the webinar but absent:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot read “{file}”: {detail}</source>
        <translation>Cannot read “{file}”: {detail}</translation>
    </message>
    <message>
        <source>“{file}” is not a CSV or Excel (.xlsx) file with a header row.</source>
        <translation>“{file}” is not a CSV or Excel (.xlsx) file with a header row.</translation>
    </message>
    <message>
        <source>“{file}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>“{file}” has no sheet “{sheet}”; its sheets are: {sheets}.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file, not “{file}”.</source>
        <translation>Export to a .csv or .xlsx file, not “{file}”.</translation>
    </message>
    <message>
        <source>There is no column “{column}”; choose from {choices}.</source>
        <translation>There is no column “{column}”; choose from {choices}.</translation>
    </message>
    <message>
        <source>The programme “{programme}” has no open sessions.</source>
        <translation>The programme “{programme}” has no open sessions.</translation>
    </message>
    <message>
        <source>“{file}” is a report of {report_date}, but the event takes place on {event_date}. Import it anyway only if this is the right report (--accept-date).</source>
        <translation>“{file}” is a report of {report_date}, but the event takes place on {event_date}. Import it anyway only if this is the right report (--accept-date).</translation>
    </message>
    <message>
        <source>“{file}” has no column with a person's name (its columns: {columns}). Choose which column holds the name, or add a column “Voornaam” and “Achternaam”.</source>
        <translation>“{file}” has no column with a person's name (its columns: {columns}). Choose which column holds the name, or add a column “Voornaam” and “Achternaam”.</translation>
    </message>
<message>
        <source>“{file}” is too large ({size_mb} MB; at most {limit_mb} MB can be imported). Nothing was imported; split it into smaller files.</source>
        <translation>“{file}” is too large ({size_mb} MB; at most {limit_mb} MB can be imported). Nothing was imported; split it into smaller files.</translation>
    </message>
    <message>
        <source>“{file}” has more than {limit} rows. Nothing was imported; split it into smaller files.</source>
        <translation>“{file}” has more than {limit} rows. Nothing was imported; split it into smaller files.</translation>
    </message>
    <message>
        <source>“{file}”, line {line}: a cell holds more than {limit} characters, or a row more than {columns} columns. Nothing was imported.</source>
        <translation>“{file}”, line {line}: a cell holds more than {limit} characters, or a row more than {columns} columns. Nothing was imported.</translation>
    </message>
    <message>
        <source>“{file}” is damaged and cannot be read ({detail}). Nothing was imported.</source>
        <translation>“{file}” is damaged and cannot be read ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <source>“{file}” holds XML entity declarations, which Excel files never need (it may be an attack). It was not read; nothing was imported.</source>
        <translation>“{file}” holds XML entity declarations, which Excel files never need (it may be an attack). It was not read; nothing was imported.</translation>
    </message>
    </context>
<context>
    <name>importing</name>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
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
        <source>Full name</source>
        <translation>Full name</translation>
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
        <source>Ticket code from the source</source>
        <translation>Ticket code from the source</translation>
    </message>
    <message>
        <source>Status (cancelled rows are skipped)</source>
        <translation>Status (cancelled rows are skipped)</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>The row has no name.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>The row has {count} fields; the header has {expected}.</source>
        <translation>The row has {count} fields; the header has {expected}.</translation>
    </message>
    <message>
        <source>The value of “{column}” is too long ({length} characters, at most {limit}).</source>
        <translation>The value of “{column}” is too long ({length} characters, at most {limit}).</translation>
    </message>
    <message>
        <source>{name} shares the e-mail address {email} with {other} (line {other_line}); {name} is imported without an e-mail address.</source>
        <translation>{name} shares the e-mail address {email} with {other} (line {other_line}); {name} is imported without an e-mail address.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {other}; {name} is imported without an e-mail address.</source>
        <translation>The e-mail address {email} already belongs to {other}; {name} is imported without an e-mail address.</translation>
    </message>
    <message>
        <source>{name} is also on line {other_line}; imported once.</source>
        <translation>{name} is also on line {other_line}; imported once.</translation>
    </message>
    <message>
        <source>The phone number “{phone}” is not a valid number; kept as written.</source>
        <translation>The phone number “{phone}” is not a valid number; kept as written.</translation>
    </message>
    <message>
        <source>The ticket code “{code}” already belongs to another registration; not kept.</source>
        <translation>The ticket code “{code}” already belongs to another registration; not kept.</translation>
    </message>
    <message>
        <source>Skipped: the file says “{status}” (cancelled or expired).</source>
        <translation>Skipped: the file says “{status}” (cancelled or expired).</translation>
    </message>
    <message>
        <source>Imported, but the file says “{status}”: not paid or not confirmed yet.</source>
        <translation>Imported, but the file says “{status}”: not paid or not confirmed yet.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: no ticket can be e-mailed and a later import cannot recognise this person by address.</source>
        <translation>{name} has no e-mail address: no ticket can be e-mailed and a later import cannot recognise this person by address.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting list place</source>
        <translation>Waiting list place</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Minutes online</source>
        <translation>Minutes online</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Known since</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
<message>
        <source>Consent: mailing (yes/no)</source>
        <translation>Consent: mailing (yes/no)</translation>
    </message>
    <message>
        <source>Consent: photos (yes/no)</source>
        <translation>Consent: photos (yes/no)</translation>
    </message>
    <message>
        <source>Consent: share with funder (yes/no)</source>
        <translation>Consent: share with funder (yes/no)</translation>
    </message>
    <message>
        <source>The value of “{column}” holds an invisible control character ({character}).</source>
        <translation>The value of “{column}” holds an invisible control character ({character}).</translation>
    </message>
    </context>
</TS>
