<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Desk or user</source>
        <translation>Desk or user</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>personal data handed out</source>
        <translation>personal data handed out</translation>
    </message>
    <message>
        <source>forgotten</source>
        <translation>forgotten</translation>
    </message>
    <message>
        <source>retention purge</source>
        <translation>retention purge</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consent: {purpose}</source>
        <translation>Consent: {purpose}</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>How the consent was given</translation>
    </message>
    <message>
        <source>Given or changed by:</source>
        <translation>Given or changed by:</translation>
    </message>
    <message>
        <source>History of the consents</source>
        <translation>History of the consents</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>The database {path} is encrypted. Type its passphrase:</source>
        <translation>The database {path} is encrypted. Type its passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <source>Personal data…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <source>Everything held about this person, as PDF (in their language) or JSON</source>
        <translation>Everything held about this person, as PDF (in their language) or JSON</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Forget…</translation>
    </message>
    <message>
        <source>Remove this person's data; their registrations stay as anonymous rows</source>
        <translation>Remove this person's data; their registrations stay as anonymous rows</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Forget this person</translation>
    </message>
    <message>
        <source>Why? (for the erasure log, e.g. “request by e-mail”; no name or e-mail address)</source>
        <translation>Why? (for the erasure log, e.g. “request by e-mail”; no name or e-mail address)</translation>
    </message>
    <message>
        <source>Remove the name, e-mail address, phone, organisation, notes and codes of person {id}? Their registrations and check-ins stay as anonymous rows. This cannot be undone.</source>
        <translation>Remove the name, e-mail address, phone, organisation, notes and codes of person {id}? Their registrations and check-ins stay as anonymous rows. This cannot be undone.</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Written to {file}.</translation>
    </message>
    <message>
        <source>The person is forgotten.</source>
        <translation>The person is forgotten.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%n people due, last seen before {date}.</source>
        <translation>
            <numerusform>%n people due, last seen before {date}.</numerusform>
            <numerusform>%n people due, last seen before {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Retention period in months</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>People due for the purge</source>
        <translation>People due for the purge</translation>
    </message>
    <message>
        <source>Keep this period</source>
        <translation>Keep this period</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Purge now…</translation>
    </message>
    <message>
        <source>Keep people's data after their last activity for</source>
        <translation>Keep people's data after their last activity for</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Exports, prints and privacy actions:</source>
        <translation>Exports, prints and privacy actions:</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message numerus="yes">
        <source>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</source>
        <translation>
            <numerusform>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</numerusform>
            <numerusform>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>P&amp;rivacy: activity log and retention…</source>
        <translation>P&amp;rivacy: activity log and retention…</translation>
    </message>
    <message numerus="yes">
        <source>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</source>
        <translation>
            <numerusform>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</numerusform>
            <numerusform>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;rivacy: %n people due for the purge…</source>
        <translation>
            <numerusform>P&amp;rivacy: %n people due for the purge…</numerusform>
            <numerusform>P&amp;rivacy: %n people due for the purge…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{file}: choose a .json or .pdf file</source>
        <translation>{file}: choose a .json or .pdf file</translation>
    </message>
    <message>
        <source>{file} exists already; choose a new name</source>
        <translation>{file} exists already; choose a new name</translation>
    </message>
    <message>
        <source>no folder {folder}</source>
        <translation>no folder {folder}</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file</source>
        <translation>{file} is the database itself; choose another file</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Written to {file}.</translation>
    </message>
    <message>
        <source>Person {id} is forgotten; {count} registration(s) kept without their data.</source>
        <translation>Person {id} is forgotten; {count} registration(s) kept without their data.</translation>
    </message>
    <message>
        <source>{count} people due, last seen before {date}.</source>
        <translation>{count} people due, last seen before {date}.</translation>
    </message>
    <message>
        <source>{purged} of {count} people due purged (last seen before {date}).</source>
        <translation>{purged} of {count} people due purged (last seen before {date}).</translation>
    </message>
    <message>
        <source>The activity log is empty.</source>
        <translation>The activity log is empty.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Retention period: {months} months.</source>
        <translation>Retention period: {months} months.</translation>
    </message>
    <message>
        <source>give the passphrase in {variable}</source>
        <translation>give the passphrase in {variable}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>the passphrase needs at least 8 characters</source>
        <translation>the passphrase needs at least 8 characters</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>The same passphrase again: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>the two passphrases differ; nothing was changed</translation>
    </message>
    <message>
        <source>{path} is encrypted. Keep the passphrase safe: without it the data cannot be read.</source>
        <translation>{path} is encrypted. Keep the passphrase safe: without it the data cannot be read.</translation>
    </message>
    <message>
        <source>Passphrase of the database: </source>
        <translation>Passphrase of the database: </translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} is no longer encrypted.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Person {person_id} is checked in today at “{event}” ({at}). Forget them after the event; nothing was changed.</source>
        <translation>Person {person_id} is checked in today at “{event}” ({at}). Forget them after the event; nothing was changed.</translation>
    </message>
    <message>
        <source>Person {person_id} was already forgotten on {date}; nothing was changed.</source>
        <translation>Person {person_id} was already forgotten on {date}; nothing was changed.</translation>
    </message>
    <message>
        <source>Give a reason for the erasure log (e.g. “request by e-mail”).</source>
        <translation>Give a reason for the erasure log (e.g. “request by e-mail”).</translation>
    </message>
    <message>
        <source>The reason must not contain the person's name or e-mail address: the erasure log keeps no personal data. Nothing was changed.</source>
        <translation>The reason must not contain the person's name or e-mail address: the erasure log keeps no personal data. Nothing was changed.</translation>
    </message>
    <message>
        <source>“{event}” is taking place now and its desk may be open; purge after {end}. Nothing was changed.</source>
        <translation>“{event}” is taking place now and its desk may be open; purge after {end}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 240 months, not {months}.</source>
        <translation>The retention period must be between 1 and 240 months, not {months}.</translation>
    </message>
    <message>
        <source>The folder {folder} can be opened by other accounts on this computer; choose a private folder. Nothing was written.</source>
        <translation>The folder {folder} can be opened by other accounts on this computer; choose a private folder. Nothing was written.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted: give its passphrase (KEET_DB_PASSPHRASE or the prompt). Nothing was changed.</source>
        <translation>The database {path} is encrypted: give its passphrase (KEET_DB_PASSPHRASE or the prompt). Nothing was changed.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Nothing was changed; try again.</source>
        <translation>The passphrase does not open {path}. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The database {path} is already encrypted.</source>
        <translation>The database {path} is already encrypted.</translation>
    </message>
    <message>
        <source>The database {path} is not encrypted.</source>
        <translation>The database {path} is not encrypted.</translation>
    </message>
    <message>
        <source>Only the app's own SQLite file can be encrypted; protect a PostgreSQL server with its own disk encryption.</source>
        <translation>Only the app's own SQLite file can be encrypted; protect a PostgreSQL server with its own disk encryption.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Processing for the event itself</source>
        <translation>Processing for the event itself</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Mailing about upcoming events</source>
        <translation>Mailing about upcoming events</translation>
    </message>
    <message>
        <source>Sharing with the funder</source>
        <translation>Sharing with the funder</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>the database</translation>
    </message>
</context>
<context>
    <name>privacy_pdf</name>
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
        <source>In our records since</source>
        <translation>In our records since</translation>
    </message>
    <message>
        <source>Processing for the event itself</source>
        <translation>Processing for the event itself</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Mailing about upcoming events</source>
        <translation>Mailing about upcoming events</translation>
    </message>
    <message>
        <source>Sharing with the funder</source>
        <translation>Sharing with the funder</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>desk</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
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
        <source>What we hold about you</source>
        <translation>What we hold about you</translation>
    </message>
    <message>
        <source>Everything Keet Desktop stores about person {id}, on {date}.</source>
        <translation>Everything Keet Desktop stores about person {id}, on {date}.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Your consents</translation>
    </message>
    <message>
        <source>Your registrations and check-ins</source>
        <translation>Your registrations and check-ins</translation>
    </message>
    <message>
        <source>Scans at the desk</source>
        <translation>Scans at the desk</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>given on {date} ({source})</source>
        <translation>given on {date} ({source})</translation>
    </message>
    <message>
        <source>withdrawn on {date} ({source})</source>
        <translation>withdrawn on {date} ({source})</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Minutes online</source>
        <translation>Minutes online</translation>
    </message>
</context>
</TS>
