<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>The folder {folder} can be opened by other accounts on this computer; choose a private folder (or use --force). Nothing was written.</source>
        <translation>The folder {folder} can be opened by other accounts on this computer; choose a private folder (or use --force). Nothing was written.</translation>
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
