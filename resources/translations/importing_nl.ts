<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="66" />
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="137" />
        <source>Import attendance</source>
        <translation>Aanwezigheid importeren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="68" />
        <source>Zoom or Teams attendance report</source>
        <translation>Aanwezigheidsrapport van Zoom of Teams</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="69" />
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="75" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="77" />
        <source>Choose the report of “{title}”.</source>
        <translation>Kies het aanwezigheidsrapport van “{title}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="91" />
        <source>Mark as attended</source>
        <translation>Als aanwezig markeren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="95" />
        <source>Report:</source>
        <translation>Rapport:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="96" />
        <source>Present at least:</source>
        <translation>Minstens aanwezig:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="100" />
        <source>Not matched (link them by hand):</source>
        <translation>Niet gevonden (koppel ze met de hand):</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="115" />
        <source>Link</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="118" />
        <source>The selected person is:</source>
        <translation>De gekozen persoon is:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="137" />
        <source>Reports (*.csv *.txt);;All files (*)</source>
        <translation>Rapporten (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="163" />
        <source>{participants} people in the report: {matched} matched, {attended} present long enough, {checked_in} to mark as attended.</source>
        <translation>{participants} personen in het rapport: {matched} gevonden, {attended} lang genoeg aanwezig, {checked_in} als aanwezig te markeren.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/attendance_dialog.py" line="172" />
        <source>Done: {checked_in} marked as attended.</source>
        <translation>Klaar: {checked_in} als aanwezig gemarkeerd.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="48" />
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="106" />
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="141" />
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="51" />
        <source>Registrations of this event</source>
        <translation>Inschrijvingen van deze activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="52" />
        <source>People registered for this event</source>
        <translation>Deelnemers ingeschreven voor deze activiteit</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="54" />
        <source>All people</source>
        <translation>Alle deelnemers</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="56" />
        <source>CSV for Excel (semicolons)</source>
        <translation>CSV voor Excel (puntkomma's)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="57" />
        <source>CSV (commas)</source>
        <translation>CSV (komma's)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="58" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="62" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="65" />
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="66" />
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/export_dialog.py" line="69" />
        <source>Columns:</source>
        <translation>Kolommen:</translation>
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
        <translation>Kies minstens één kolom.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="106" />
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="109" />
        <source>A CSV or Excel file from a web form, Eventbrite, pretix or a hand-made list. Nothing is imported before you have seen a preview.</source>
        <translation>Een CSV- of Excelbestand van een webformulier, Eventbrite, pretix of een zelfgemaakte lijst. Er wordt niets geïmporteerd voor je een voorbeeld gezien hebt.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="114" />
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="115" />
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="122" />
        <source>{date} · {title}</source>
        <translation>{date} · {title}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="126" />
        <source>Programme: {title} (every session)</source>
        <translation>Programma: {title} (elke sessie)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="134" />
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="135" />
        <source>Register for:</source>
        <translation>Inschrijven voor:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="155" />
        <source>Import registrations</source>
        <translation>Inschrijvingen importeren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="157" />
        <source>Registrations (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Inschrijvingen (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ImportRegistrationsWizard</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="65" />
        <source>Import registrations</source>
        <translation>Inschrijvingen importeren</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="192" />
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="200" />
        <source>Remember these columns for files with the same headers</source>
        <translation>Onthoud deze kolommen voor bestanden met dezelfde koppen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="213" />
        <source>These columns were remembered from an earlier import. Change where needed.</source>
        <translation>Deze kolommen zijn onthouden van een vorige import. Pas aan waar nodig.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="215" />
        <source>Columns recognised by their header. Choose what the others hold.</source>
        <translation>Kolommen herkend aan hun kop. Kies wat de andere bevatten.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="222" />
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="222" />
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="224" />
        <source>Imports as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/wizard.py" line="235" />
        <source>(no header)</source>
        <translation>(geen kop)</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="131" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="132" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="133" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="131" />
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="132" />
        <source>Nothing has been written yet.</source>
        <translation>Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="134" />
        <source>Rows in the file</source>
        <translation>Rijen in het bestand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="135" />
        <source>Valid rows</source>
        <translation>Geldige rijen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="136" />
        <source>New people</source>
        <translation>Nieuwe deelnemers</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="137" />
        <source>Known people</source>
        <translation>Gekende deelnemers</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="138" />
        <source>Duplicates in the file</source>
        <translation>Dubbels in het bestand</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="139" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="140" />
        <source>On the waiting list</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="141" />
        <source>Already registered</source>
        <translation>Al ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="156" />
        <source>Save report…</source>
        <translation>Rapport opslaan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/importing/pages.py" line="191" />
        <source>%n row(s) rejected; they are not imported.</source>
        <translation>
            <numerusform>%n rij geweigerd; die wordt niet geïmporteerd.</numerusform>
            <numerusform>%n rijen geweigerd; die worden niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="199" />
        <source>Preview stopped.</source>
        <translation>Voorbeeld gestopt.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="204" />
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
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
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="61" />
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="73" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="73" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/models.py" line="73" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="242" />
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="255" />
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="271" />
        <source>Imported: {registered} registered, {waitlisted} on the waiting list, {new} new people. {already} were already registered.</source>
        <translation>Geïmporteerd: {registered} ingeschreven, {waitlisted} op de wachtlijst, {new} nieuwe deelnemers. {already} waren al ingeschreven.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="289" />
        <source>The import was stopped. Nothing was written.</source>
        <translation>De import is gestopt. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="295" />
        <source>The import failed. Nothing was written.</source>
        <translation>De import is mislukt. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>_TaskPage</name>
    <message>
        <location filename="../../keet_desktop/ui/importing/pages.py" line="42" />
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/export_commands.py" line="62" />
        <source>--columns names no column</source>
        <translation>--columns noemt geen enkele kolom</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/export_commands.py" line="69" />
        <source>{rows} rows written to {file}.</source>
        <translation>{rows} rijen geschreven naar {file}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="51" />
        <source>{rows} rows: {valid} valid, {new} new people, {matched} known people, {duplicates} duplicates in the file.</source>
        <translation>{rows} rijen: {valid} geldig, {new} nieuwe deelnemers, {matched} gekende deelnemers, {duplicates} dubbels in het bestand.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="62" />
        <source>{registered} registered, {waitlisted} on the waiting list, {already} already registered.</source>
        <translation>{registered} ingeschreven, {waitlisted} op de wachtlijst, {already} al ingeschreven.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="73" />
        <location filename="../../keet_desktop/cli/import_commands.py" line="124" />
        <source>Nothing was written.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="75" />
        <source>Rejected rows:</source>
        <translation>Geweigerde rijen:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="78" />
        <location filename="../../keet_desktop/cli/import_commands.py" line="87" />
        <source>line {line}: {reason}</source>
        <translation>regel {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="84" />
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="98" />
        <source>--min-minutes must be 0 or more</source>
        <translation>--min-minutes moet 0 of meer zijn</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="111" />
        <source>{participants} people in the report, {matched} matched, {attended} present at least {minutes} minutes, {checked_in} newly marked as attended.</source>
        <translation>{participants} personen in het rapport, {matched} gevonden, {attended} minstens {minutes} minuten aanwezig, {checked_in} nieuw als aanwezig gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/import_commands.py" line="126" />
        <source>Not matched:</source>
        <translation>Niet gevonden:</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../keet_desktop/domain/importing/readers.py" line="30" />
        <source>Cannot read “{file}”: {detail}</source>
        <translation>Kan “{file}” niet lezen: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/readers.py" line="38" />
        <source>“{file}” is not a CSV or Excel (.xlsx) file with a header row.</source>
        <translation>“{file}” is geen CSV- of Excelbestand (.xlsx) met een rij kolomkoppen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="44" />
        <source>Export to a .csv or .xlsx file, not “{file}”.</source>
        <translation>Exporteer naar een .csv- of .xlsx-bestand, niet naar “{file}”.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="52" />
        <source>There is no column “{column}”; choose from {choices}.</source>
        <translation>Er is geen kolom “{column}”; kies uit {choices}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="53" />
        <source>The programme “{programme}” has no open sessions.</source>
        <translation>Het programma “{programme}” heeft geen open sessies.</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="41" />
        <source>(do not import)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="42" />
        <location filename="../../keet_desktop/domain/services/export.py" line="66" />
        <location filename="../../keet_desktop/domain/services/export.py" line="83" />
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="43" />
        <location filename="../../keet_desktop/domain/services/export.py" line="67" />
        <location filename="../../keet_desktop/domain/services/export.py" line="84" />
        <source>Family name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="44" />
        <source>Full name</source>
        <translation>Volledige naam</translation>
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
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="47" />
        <location filename="../../keet_desktop/domain/services/export.py" line="70" />
        <location filename="../../keet_desktop/domain/services/export.py" line="87" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="48" />
        <location filename="../../keet_desktop/domain/services/export.py" line="71" />
        <location filename="../../keet_desktop/domain/services/export.py" line="88" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/headers.py" line="49" />
        <source>Ticket code from the source</source>
        <translation>Ticketcode van de bron</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="14" />
        <source>The row has no name.</source>
        <translation>De rij heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="15" />
        <source>“{email}” is not a valid e-mail address.</source>
        <translation>“{email}” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="16" />
        <source>The row has {count} fields; the header has {expected}.</source>
        <translation>De rij heeft {count} velden; de kopregel heeft er {expected}.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="19" />
        <source>The value of “{column}” is too long ({length} characters, at most {limit}).</source>
        <translation>De waarde van “{column}” is te lang ({length} tekens, hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="22" />
        <source>{name} shares the e-mail address {email} with {other} (line {other_line}); {name} is imported without an e-mail address.</source>
        <translation>{name} deelt het e-mailadres {email} met {other} (regel {other_line}); {name} wordt zonder e-mailadres geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="27" />
        <source>The e-mail address {email} already belongs to {other}; {name} is imported without an e-mail address.</source>
        <translation>Het e-mailadres {email} hoort al bij {other}; {name} wordt zonder e-mailadres geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="32" />
        <source>{name} is also on line {other_line}; imported once.</source>
        <translation>{name} staat ook op regel {other_line}; één keer geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="35" />
        <source>The phone number “{phone}” is not a valid number; kept as written.</source>
        <translation>Het telefoonnummer “{phone}” is geen geldig nummer; het blijft zoals het geschreven is.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/importing/problems.py" line="38" />
        <source>The ticket code “{code}” already belongs to another registration; not kept.</source>
        <translation>De ticketcode “{code}” hoort al bij een andere inschrijving; niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="65" />
        <source>Registration</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="73" />
        <source>Waiting list place</source>
        <translation>Plaats op wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="74" />
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="75" />
        <source>Ticket code</source>
        <translation>Ticketcode</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="76" />
        <source>Registered at</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="77" />
        <source>Checked in at</source>
        <translation>Aangemeld om</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="78" />
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="79" />
        <source>Minutes online</source>
        <translation>Minuten online</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="82" />
        <source>Person</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="89" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="90" />
        <source>Known since</source>
        <translation>Gekend sinds</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="93" />
        <source>registered</source>
        <translation>ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="94" />
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="95" />
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="98" />
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="99" />
        <source>facilitator</source>
        <translation>begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="100" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/export.py" line="101" />
        <source>staff</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="112" />
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="113" />
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="114" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="115" />
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/domain/services/import_registrations.py" line="116" />
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
</context>
</TS>
