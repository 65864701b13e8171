<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BackupsTableModel</name>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Keet Desktop makes a backup at the first start of each day and before every upgrade, and keeps 7 daily and 4 weekly copies. Restoring one copies the current database first.</source>
        <translation>Keet Desktop maakt een back-up bij de eerste start van elke dag en voor elke upgrade, en bewaart 7 dagelijkse en 4 wekelijkse kopieën. Bij het terugzetten wordt de huidige databank eerst gekopieerd.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Back-ups zoeken…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>De gekozen back-up terugzetten</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n back-up.</numerusform>
            <numerusform>%n back-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen back-ups.</translation>
    </message>
    <message>
        <source>Put the backup {file} in place of the current database? The current database is copied first.</source>
        <translation>De back-up {file} in de plaats van de huidige databank zetten? De huidige databank wordt eerst gekopieerd.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Restored. The database it replaced was copied to {copy}.</source>
        <translation>Teruggezet. De vervangen databank is gekopieerd naar {copy}.</translation>
    </message>
    <message>
        <source>Not done.</source>
        <translation>Niet gedaan.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{path}: no damage found.</source>
        <translation>{path}: geen schade gevonden.</translation>
    </message>
    <message>
        <source>{path} is damaged: {problems}</source>
        <translation>{path} is beschadigd: {problems}</translation>
    </message>
    <message>
        <source>{file} restored as {path}; the database it replaced was copied to {copy}.</source>
        <translation>{file} teruggezet als {path}; de vervangen databank is gekopieerd naar {copy}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No backup was made: {detail}</source>
        <translation>Er is geen back-up gemaakt: {detail}</translation>
    </message>
    <message>
        <source>No backup was made: the database is damaged ({detail}).</source>
        <translation>Er is geen back-up gemaakt: de databank is beschadigd ({detail}).</translation>
    </message>
    <message>
        <source>No backup was made: the copy failed its integrity check ({detail}).</source>
        <translation>Er is geen back-up gemaakt: de kopie doorstond de integriteitscontrole niet ({detail}).</translation>
    </message>
    <message>
        <source>No backup was made: the copy has {copied} rows in {table} instead of {expected}.</source>
        <translation>Er is geen back-up gemaakt: de kopie heeft {copied} rijen in {table} in plaats van {expected}.</translation>
    </message>
    <message>
        <source>Only an SQLite database can be copied; use pg_dump for PostgreSQL.</source>
        <translation>Alleen een SQLite-databank kan gekopieerd worden; gebruik pg_dump voor PostgreSQL.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>het bestand is leeg (0 bytes)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>het bestand is geen SQLite-databank</translation>
    </message>
    <message>
        <source>The database server did not answer within {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>De databankserver antwoordde niet binnen {seconds} seconden. Er is niets gewijzigd; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The database is busy (another desk or program is writing) and stayed so for {seconds} seconds. Nothing was changed; try again in a moment.</source>
        <translation>De databank is bezet (een andere balie of een ander programma schrijft) en bleef dat {seconds} seconden. Er is niets gewijzigd; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The disk holding the database ({folder}) is full: free {free_mb} MB. Nothing was changed; make room, or export and back up to another disk.</source>
        <translation>De schijf met de databank ({folder}) is vol: {free_mb} MB vrij. Er is niets gewijzigd; maak ruimte, of exporteer en maak een back-up op een andere schijf.</translation>
    </message>
    <message>
        <source>The database {path} can only be read (a read-only file or disk). Nothing was changed; export and backup still work.</source>
        <translation>De databank {path} kan alleen gelezen worden (een alleen-lezen bestand of schijf). Er is niets gewijzigd; exporteren en een back-up maken werken nog.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Nothing was changed: export what can be read, or restore the latest good backup (keet db restore FILE).</source>
        <translation>De databank {path} is beschadigd ({detail}). Er is niets gewijzigd: exporteer wat nog leesbaar is, of zet de laatste goede back-up terug (keet db restore BESTAND).</translation>
    </message>
    <message>
        <source>{path} is not a Keet database. It was left alone: restore a backup (keet db restore FILE) or move the file away to start a new database.</source>
        <translation>{path} is geen Keet-databank. Het bestand is ongemoeid gelaten: zet een back-up terug (keet db restore BESTAND) of verplaats het bestand om een nieuwe databank te beginnen.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a Keet database. It was left alone: restore a backup (keet db restore FILE) or move the file away to start a new database.</source>
        <translation>{path} is leeg (0 bytes), geen Keet-databank. Het bestand is ongemoeid gelaten: zet een back-up terug (keet db restore BESTAND) of verplaats het bestand om een nieuwe databank te beginnen.</translation>
    </message>
    <message>
        <source>{field_label} holds an invisible control character ({character}); type it again without it.</source>
        <translation>{field_label} bevat een onzichtbaar stuurteken ({character}); typ het opnieuw zonder.</translation>
    </message>
    <message>
        <source>{field_label}: “{phone}” is not a phone number.</source>
        <translation>{field_label}: “{phone}” is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>het bestand is korter dan de kop aangeeft</translation>
    </message>
    <message>
        <source>{file} exists already; it was left alone (use --force to replace it).</source>
        <translation>{file} bestaat al en is ongemoeid gelaten (gebruik --force om het te vervangen).</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffixes}.</source>
        <translation>{file}: de bestandsnaam moet eindigen op {suffixes}.</translation>
    </message>
    <message>
        <source>{file} is the open database; it was left alone. Choose another file.</source>
        <translation>{file} is de geopende databank en is ongemoeid gelaten. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}. Nothing was written.</source>
        <translation>Kan {file} niet schrijven: {reason}. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: free {free_mb} MB. {file} was not written.</source>
        <translation>De schijf met {folder} is vol: {free_mb} MB vrij. {file} is niet geschreven.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>The database is read-only</source>
        <translation>De databank is alleen-lezen</translation>
    </message>
    <message>
        <source>Open the list of backups to restore one?</source>
        <translation>De lijst met back-ups openen om er een terug te zetten?</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>De databank is beschadigd</translation>
    </message>
    <message>
        <source>No backup was made today</source>
        <translation>Er is vandaag geen back-up gemaakt</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Een back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The backup is back in place. Restart Keet Desktop to see it everywhere.</source>
        <translation>De back-up staat terug op zijn plaats. Start Keet Desktop opnieuw om dat overal te zien.</translation>
    </message>
</context>
</TS>
