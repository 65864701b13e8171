<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
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
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Keet Desktop makes a backup at the first start of each day and before every upgrade, and keeps 7 daily and 4 weekly copies. Restoring one copies the current database first.</source>
        <translation>Keet Desktop makes a backup at the first start of each day and before every upgrade, and keeps 7 daily and 4 weekly copies. Restoring one copies the current database first.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Looking for backups…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n backup.</numerusform>
            <numerusform>%n backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Put the backup {file} in place of the current database? The current database is copied first.</source>
        <translation>Put the backup {file} in place of the current database? The current database is copied first.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored. The database it replaced was copied to {copy}.</source>
        <translation>Restored. The database it replaced was copied to {copy}.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Not done.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: no damage found.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}</source>
        <translation>{path} is damaged: {problems}</translation>
    </message>
    <message>
        <source>{file} restored as {path}; the database it replaced was copied to {copy}.</source>
        <translation>{file} restored as {path}; the database it replaced was copied to {copy}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No backup was made: {detail}</source>
        <translation>No backup was made: {detail}</translation>
    </message>
    <message>
        <source>No backup was made: the database is damaged ({detail}).</source>
        <translation>No backup was made: the database is damaged ({detail}).</translation>
    </message>
    <message>
        <source>No backup was made: the copy failed its integrity check ({detail}).</source>
        <translation>No backup was made: the copy failed its integrity check ({detail}).</translation>
    </message>
    <message>
        <source>No backup was made: the copy has {copied} rows in {table} instead of {expected}.</source>
        <translation>No backup was made: the copy has {copied} rows in {table} instead of {expected}.</translation>
    </message>
    <message>
        <source>Only an SQLite database can be copied; use pg_dump for PostgreSQL.</source>
        <translation>Only an SQLite database can be copied; use pg_dump for PostgreSQL.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>the file is not an SQLite database</translation>
    </message>
    <message>
        <source>The database server did not answer within {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>The database server did not answer within {seconds} seconds. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The database is busy (another desk or program is writing) and stayed so for {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>The database is busy (another desk or program is writing) and stayed so for {seconds} seconds. Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <source>The disk holding the database ({folder}) is full: free {free_mb} MB. Nothing was changed; make room, or export and back up to another disk.</source>
        <translation>The disk holding the database ({folder}) is full: free {free_mb} MB. Nothing was changed; make room, or export and back up to another disk.</translation>
    </message>
    <message>
        <source>The database {path} can only be read (a read-only file or disk). Nothing was changed; export and backup still work.</source>
        <translation>The database {path} can only be read (a read-only file or disk). Nothing was changed; export and backup still work.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Nothing was changed: export what can be read, or restore the latest good backup (keet db restore FILE).</source>
        <translation>The database {path} is damaged ({detail}). Nothing was changed: export what can be read, or restore the latest good backup (keet db restore FILE).</translation>
    </message>
    <message>
        <source>{path} is not a Keet database. It was left alone: restore a backup (keet db restore FILE) or move the file away to start a new database.</source>
        <translation>{path} is not a Keet database. It was left alone: restore a backup (keet db restore FILE) or move the file away to start a new database.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a Keet database. It was left alone: restore a backup (keet db restore FILE) or move the file away to start a new database.</source>
        <translation>{path} is empty (0 bytes), not a Keet database. It was left alone: restore a backup (keet db restore FILE) or move the file away to start a new database.</translation>
    </message>
    <message>
        <source>{field_label} holds an invisible control character ({character}); type it again without it.</source>
        <translation>{field_label} holds an invisible control character ({character}); type it again without it.</translation>
    </message>
    <message>
        <source>{field_label}: “{phone}” is not a phone number.</source>
        <translation>{field_label}: “{phone}” is not a phone number.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>the file is shorter than its header says</translation>
    </message>
    <message>
        <source>{file} exists already; it was left alone (use --force to replace it).</source>
        <translation>{file} exists already; it was left alone (use --force to replace it).</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffixes}.</source>
        <translation>{file}: the file name must end in {suffixes}.</translation>
    </message>
    <message>
        <source>{file} is the open database; it was left alone. Choose another file.</source>
        <translation>{file} is the open database; it was left alone. Choose another file.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}. Nothing was written.</source>
        <translation>Cannot write {file}: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free {free_mb} MB. {file} was not written.</source>
        <translation>The disk holding {folder} is full: free {free_mb} MB. {file} was not written.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>The database is read-only</source>
        <translation>The database is read-only</translation>
    </message>
    <message>
        <source>Open the list of backups to restore one?</source>
        <translation>Open the list of backups to restore one?</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>No backup was made today</source>
        <translation>No backup was made today</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup is back in place. Restart Keet Desktop to see it everywhere.</source>
        <translation>The backup is back in place. Restart Keet Desktop to see it everywhere.</translation>
    </message>
</context>
</TS>
