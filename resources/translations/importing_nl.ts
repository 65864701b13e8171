<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>Import attendance</source>
        <translation>Aanwezigheid importeren</translation>
    </message>
    <message>
        <source>Zoom or Teams attendance report</source>
        <translation>Aanwezigheidsrapport van Zoom of Teams</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Choose the report of “{title}”.</source>
        <translation>Kies het aanwezigheidsrapport van “{title}”.</translation>
    </message>
    <message>
        <source>Mark as attended</source>
        <translation>Als aanwezig markeren</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <source>Present at least:</source>
        <translation>Minstens aanwezig:</translation>
    </message>
    <message>
        <source>Not matched (link them by hand):</source>
        <translation>Niet gevonden (koppel ze met de hand):</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>The selected person is:</source>
        <translation>De gekozen persoon is:</translation>
    </message>
    <message>
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Rapporten (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Use this report anyway?</source>
        <translation>Dit rapport toch gebruiken?</translation>
    </message>
    <message>
        <source>Report of another day</source>
        <translation>Rapport van een andere dag</translation>
    </message>
    <message>
        <source>{participants} people in the report: {matched} matched, {attended} present long enough, {checked_in} to mark as attended.</source>
        <translation>{participants} personen in het rapport: {matched} gevonden, {attended} lang genoeg aanwezig, {checked_in} als aanwezig te markeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrant(s) did not attend, says the report.</source>
        <translation>
            <numerusform>Volgens het rapport was %n ingeschreven deelnemer niet aanwezig.</numerusform>
            <numerusform>Volgens het rapport waren %n ingeschreven deelnemers niet aanwezig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {checked_in} marked as attended.</source>
        <translation>Klaar: {checked_in} als aanwezig gemarkeerd.</translation>
    </message>
    <message>
        <source>Attendance report file</source>
        <translation>Bestand met het aanwezigheidsrapport</translation>
    </message>
    <message>
        <source>Participants not found</source>
        <translation>Niet gevonden deelnemers</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Registrations of this event</source>
        <translation>Inschrijvingen van deze activiteit</translation>
    </message>
    <message>
        <source>People registered for this event</source>
        <translation>Deelnemers ingeschreven voor deze activiteit</translation>
    </message>
    <message>
        <source>All people</source>
        <translation>Alle deelnemers</translation>
    </message>
    <message>
        <source>CSV for Excel (semicolons)</source>
        <translation>CSV voor Excel (puntkomma&apos;s)</translation>
    </message>
    <message>
        <source>CSV (commas)</source>
        <translation>CSV (komma&apos;s)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
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
        <translation>Kies minstens één kolom.</translation>
    </message>
    <message>
        <source>Only people who consent to</source>
        <translation>Alleen mensen die toestemming gaven voor</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Only people who consent to:</source>
        <translation>Alleen mensen met toestemming voor:</translation>
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
        <source>Columns to export</source>
        <translation>Kolommen om te exporteren</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. Nothing is imported before you have seen a preview.</source>
        <translation>Een CSV- of Excelbestand van een webformulier, Eventbrite, pretix of een zelfgemaakte lijst. Er wordt niets geïmporteerd voor je een voorbeeld gezien hebt.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>{date} · {title}</source>
        <translation>{date} · {title}</translation>
    </message>
    <message>
        <source>Programme: {title} (every session)</source>
        <translation>Programma: {title} (elke sessie)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Register for:</source>
        <translation>Inschrijven voor:</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Inschrijvingen importeren</translation>
    </message>
    <message>
        <source>Registrations (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Inschrijvingen (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <source>Import registrations</source>
        <translation>Inschrijvingen importeren</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Werkblad van de werkmap om te importeren</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Remember these columns for files with the same headers</source>
        <translation>Onthoud deze kolommen voor bestanden met dezelfde koppen</translation>
    </message>
    <message>
        <source>These columns were remembered from an earlier import. Change where needed.</source>
        <translation>Deze kolommen zijn onthouden van een vorige import. Pas aan waar nodig.</translation>
    </message>
    <message>
        <source>Columns recognised by their header. Choose what the others hold.</source>
        <translation>Kolommen herkend aan hun kop. Kies wat de andere bevatten.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(geen kop)</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rijen in het bestand</translation>
    </message>
    <message>
        <source>Valid rows</source>
        <translation>Geldige rijen</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nieuwe deelnemers</translation>
    </message>
    <message>
        <source>Known people</source>
        <translation>Gekende deelnemers</translation>
    </message>
    <message>
        <source>Duplicates in the file</source>
        <translation>Dubbels in het bestand</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Al ingeschreven</translation>
    </message>
    <message>
        <source>Which column became which field</source>
        <translation>Welke kolom welk gegeven werd</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; they are not imported.</source>
        <translation>
            <numerusform>%n rij geweigerd; die wordt niet geïmporteerd.</numerusform>
            <numerusform>%n rijen geweigerd; die worden niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: cancelled or expired in the file.</source>
        <translation>
            <numerusform>%n rij overgeslagen: geannuleerd of verlopen in het bestand.</numerusform>
            <numerusform>%n rijen overgeslagen: geannuleerd of verlopen in het bestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>{column} → {field}</source>
        <translation>{column} → {field}</translation>
    </message>
    <message>
        <source>Columns: {mapping}.</source>
        <translation>Kolommen: {mapping}.</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Niet geïmporteerd: {columns}.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”.</source>
        <translation>Werkblad “{sheet}”.</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Voorbeeld gestopt.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Who goes to the waiting list</source>
        <translation>Wie op de wachtlijst komt</translation>
    </message>
    <message numerus="yes">
        <source>Going to the waiting list, in this order (%n):</source>
        <translation>
            <numerusform>Komt op de wachtlijst (%n):</numerusform>
            <numerusform>Komen op de wachtlijst, in deze volgorde (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>Refused rows and warnings</source>
        <translation>Geweigerde rijen en waarschuwingen</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Imported: {registered} registered, {waitlisted} on the waiting list, {new} new people. {already} were already registered.</source>
        <translation>Geïmporteerd: {registered} ingeschreven, {waitlisted} op de wachtlijst, {new} nieuwe deelnemers. {already} waren al ingeschreven.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written.</source>
        <translation>De import is gestopt. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>De import is mislukt. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message>
        <source>A CSV file of the refused rows, with the reason: fix them and import again.</source>
        <translation>Een CSV-bestand met de geweigerde rijen en de reden: verbeter ze en importeer opnieuw.</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Regel {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were refused and not imported:</source>
        <translation>
            <numerusform>%n rij van het bestand is geweigerd en niet geïmporteerd:</numerusform>
            <numerusform>%n rijen van het bestand zijn geweigerd en niet geïmporteerd:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_TaskPage</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--columns names no column</source>
        <translation>--columns noemt geen enkele kolom</translation>
    </message>
    <message>
        <source>{rows} rows written to {file}.</source>
        <translation>{rows} rijen geschreven naar {file}.</translation>
    </message>
    <message>
        <source>{rows} rows: {valid} valid, {new} new people, {matched} known people, {duplicates} duplicates in the file.</source>
        <translation>{rows} rijen: {valid} geldig, {new} nieuwe deelnemers, {matched} gekende deelnemers, {duplicates} dubbels in het bestand.</translation>
    </message>
    <message>
        <source>{registered} registered, {waitlisted} on the waiting list, {already} already registered.</source>
        <translation>{registered} ingeschreven, {waitlisted} op de wachtlijst, {already} al ingeschreven.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Geweigerde rijen:</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>regel {line}: {reason}</translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation>Overgeslagen rijen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Werkblad: {sheet}</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>Niet geïmporteerd: {columns}</translation>
    </message>
    <message>
        <source>--min-minutes must be 0 or more</source>
        <translation>--min-minutes moet 0 of meer zijn</translation>
    </message>
    <message>
        <source>Columns: {columns}</source>
        <translation>Kolommen: {columns}</translation>
    </message>
    <message>
        <source>{participants} people in the report, {matched} matched, {attended} present at least {minutes} minutes, {checked_in} newly marked as attended.</source>
        <translation>{participants} personen in het rapport, {matched} gevonden, {attended} minstens {minutes} minuten aanwezig, {checked_in} nieuw als aanwezig gemarkeerd.</translation>
    </message>
    <message>
        <source>Not matched:</source>
        <translation>Niet gevonden:</translation>
    </message>
    <message>
        <source>Registered for the webinar but absent:</source>
        <translation>Ingeschreven voor het webinar maar afwezig:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot read “{file}”: {detail}</source>
        <translation>Kan “{file}” niet lezen: {detail}</translation>
    </message>
    <message>
        <source>“{file}” is not a CSV or Excel (.xlsx) file with a header row.</source>
        <translation>“{file}” is geen CSV- of Excelbestand (.xlsx) met een rij kolomkoppen.</translation>
    </message>
    <message>
        <source>“{file}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>“{file}” heeft geen werkblad “{sheet}”; de werkbladen zijn: {sheets}.</translation>
    </message>
    <message>
        <source>Export to a .csv or .xlsx file, not “{file}”.</source>
        <translation>Exporteer naar een .csv- of .xlsx-bestand, niet naar “{file}”.</translation>
    </message>
    <message>
        <source>There is no column “{column}”; choose from {choices}.</source>
        <translation>Er is geen kolom “{column}”; kies uit {choices}.</translation>
    </message>
    <message>
        <source>The programme “{programme}” has no open sessions.</source>
        <translation>Het programma “{programme}” heeft geen open sessies.</translation>
    </message>
    <message>
        <source>“{file}” is a report of {report_date}, but the event takes place on {event_date}. Import it anyway only if this is the right report (--accept-date).</source>
        <translation>“{file}” is een rapport van {report_date}, maar de activiteit vindt plaats op {event_date}. Importeer het alleen als dit het juiste rapport is (--accept-date).</translation>
    </message>
    <message>
        <source>“{file}” has no column with a person&apos;s name (its columns: {columns}). Choose which column holds the name, or add a column “Voornaam” and “Achternaam”.</source>
        <translation>“{file}” heeft geen kolom met de naam van een persoon (de kolommen: {columns}). Kies welke kolom de naam bevat, of voeg een kolom “Voornaam” en “Achternaam” toe.</translation>
    </message>
    <message>
        <source>“{file}” is too large ({size_mb} MB; at most {limit_mb} MB can be imported). Nothing was imported; split it into smaller files.</source>
        <translation>“{file}” is te groot ({size_mb} MB; er kan hoogstens {limit_mb} MB geïmporteerd worden). Er is niets geïmporteerd; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>“{file}” has more than {limit} rows. Nothing was imported; split it into smaller files.</source>
        <translation>“{file}” heeft meer dan {limit} rijen. Er is niets geïmporteerd; splits het in kleinere bestanden.</translation>
    </message>
    <message>
        <source>“{file}”, line {line}: a cell holds more than {limit} characters, or a row more than {columns} columns. Nothing was imported.</source>
        <translation>“{file}”, regel {line}: een cel bevat meer dan {limit} tekens, of een rij meer dan {columns} kolommen. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>“{file}” is damaged and cannot be read ({detail}). Nothing was imported.</source>
        <translation>“{file}” is beschadigd en kan niet gelezen worden ({detail}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>“{file}” holds XML entity declarations, which Excel files never need (it may be an attack). It was not read; nothing was imported.</source>
        <translation>“{file}” bevat XML-entiteitsdeclaraties, die Excel-bestanden nooit nodig hebben (het kan een aanval zijn). Het is niet gelezen; er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Ticket code from the source</source>
        <translation>Ticketcode van de bron</translation>
    </message>
    <message>
        <source>Status (cancelled rows are skipped)</source>
        <translation>Status (geannuleerde rijen worden overgeslagen)</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>De rij heeft geen naam.</translation>
    </message>
    <message>
        <source>The row has {count} fields; the header has {expected}.</source>
        <translation>De rij heeft {count} velden; de kopregel heeft er {expected}.</translation>
    </message>
    <message>
        <source>The value of “{column}” is too long ({length} characters, at most {limit}).</source>
        <translation>De waarde van “{column}” is te lang ({length} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <source>{name} shares the e-mail address {email} with {other} (line {other_line}); {name} is imported without an e-mail address.</source>
        <translation>{name} deelt het e-mailadres {email} met {other} (regel {other_line}); {name} wordt zonder e-mailadres geïmporteerd.</translation>
    </message>
    <message>
        <source>The e-mail address {email} already belongs to {other}; {name} is imported without an e-mail address.</source>
        <translation>Het e-mailadres {email} hoort al bij {other}; {name} wordt zonder e-mailadres geïmporteerd.</translation>
    </message>
    <message>
        <source>{name} is also on line {other_line}; imported once.</source>
        <translation>{name} staat ook op regel {other_line}; één keer geïmporteerd.</translation>
    </message>
    <message>
        <source>The phone number “{phone}” is not a valid number; kept as written.</source>
        <translation>Het telefoonnummer “{phone}” is geen geldig nummer; het blijft zoals het geschreven is.</translation>
    </message>
    <message>
        <source>The ticket code “{code}” already belongs to another registration; not kept.</source>
        <translation>De ticketcode “{code}” hoort al bij een andere inschrijving; niet bewaard.</translation>
    </message>
    <message>
        <source>Skipped: the file says “{status}” (cancelled or expired).</source>
        <translation>Overgeslagen: het bestand zegt “{status}” (geannuleerd of verlopen).</translation>
    </message>
    <message>
        <source>Imported, but the file says “{status}”: not paid or not confirmed yet.</source>
        <translation>Geïmporteerd, maar het bestand zegt “{status}”: nog niet betaald of bevestigd.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: no ticket can be e-mailed and a later import cannot recognise this person by address.</source>
        <translation>{name} heeft geen e-mailadres: er kan geen ticket gemaild worden en een latere import herkent deze persoon niet aan het adres.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting list place</source>
        <translation>Plaats op wachtlijst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Aangemeld om</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <source>Minutes online</source>
        <translation>Minuten online</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Gekend sinds</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Consent: mailing (yes/no)</source>
        <translation>Toestemming: mailing (ja/nee)</translation>
    </message>
    <message>
        <source>Consent: photos (yes/no)</source>
        <translation>Toestemming: foto&apos;s (ja/nee)</translation>
    </message>
    <message>
        <source>Consent: share with funder (yes/no)</source>
        <translation>Toestemming: delen met financier (ja/nee)</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address: {problem}.</source>
        <translation>“{email}” is geen geldig e-mailadres: {problem}.</translation>
    </message>
    <message>
        <source>This line has bytes that are not UTF-8 ({count}), shown as “�”; the rest of the file is read as UTF-8.</source>
        <translation>Deze regel heeft bytes die geen UTF-8 zijn ({count}), getoond als “�”; de rest van het bestand is als UTF-8 gelezen.</translation>
    </message>
    <message>
        <source>The value of “{column}” holds an invisible control character ({character}).</source>
        <translation>De waarde van “{column}” bevat een onzichtbaar stuurteken ({character}).</translation>
    </message>
</context>
</TS>
