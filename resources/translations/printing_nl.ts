<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BadgeAutoPrinter</name>
    <message>
        <location filename="../../keet_desktop/ui/printing/auto_print.py" line="161" />
        <source>The badge was not printed: {reason}</source>
        <translation>De badge is niet afgedrukt: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="25" />
        <source>A4, 4 × A6 badge inserts</source>
        <translation>A4, 4 × A6-badgekaartjes</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="26" />
        <source>A4, 8 × A7 badge inserts</source>
        <translation>A4, 8 × A7-badgekaartjes</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="27" />
        <source>A4 labels, 2 × 5 of 90 × 54 mm</source>
        <translation>A4-etiketten, 2 × 5 van 90 × 54 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="28" />
        <source>A4 labels, 2 × 4 of 99.1 × 67.7 mm</source>
        <translation>A4-etiketten, 2 × 4 van 99,1 × 67,7 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="29" />
        <source>Label printer, 62 mm roll</source>
        <translation>Labelprinter, rol van 62 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="30" />
        <source>Label printer, 89 × 36 mm</source>
        <translation>Labelprinter, 89 × 36 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="31" />
        <source>Label printer, 54 × 101 mm</source>
        <translation>Labelprinter, 54 × 101 mm</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="65" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="66" />
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="68" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="69" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="71" />
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="72" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="74" />
        <source>Only people who are checked in</source>
        <translation>Alleen wie aangemeld is</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="75" />
        <source>Only badges not printed yet</source>
        <translation>Alleen badges die nog niet afgedrukt zijn</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="76" />
        <source>E-mail column</source>
        <translation>Kolom e-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="77" />
        <source>Municipality column</source>
        <translation>Kolom gemeente</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="97" />
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="98" />
        <source>Start at label</source>
        <translation>Begin bij etiket</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="99" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="100" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="101" />
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="102" />
        <source>Person</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="107" />
        <source>Blank rows</source>
        <translation>Lege rijen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="108" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="109" />
        <source>Printer offset right</source>
        <translation>Printerverschuiving rechts</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="110" />
        <source>Printer offset up</source>
        <translation>Printerverschuiving omhoog</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="122" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/options.py" line="129" />
        <source>Default printer</source>
        <translation>Standaardprinter</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="84" />
        <source>Print: {document}</source>
        <translation>Afdrukken: {document}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="92" />
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="93" />
        <source>Save PDF…</source>
        <translation>PDF bewaren…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="94" />
        <source>One PDF per person…</source>
        <translation>Eén PDF per persoon…</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="95" />
        <source>Save each ticket as its own PDF, for e-mailing</source>
        <translation>Elk ticket als eigen PDF bewaren, om te mailen</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="97" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="154" />
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="183" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina's</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="183" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="193" />
        <source>The preview could not be made: {reason}</source>
        <translation>Het voorbeeld kon niet gemaakt worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="206" />
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="214" />
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="233" />
        <source>Save PDF</source>
        <translation>PDF bewaren</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="206" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="213" />
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="232" />
        <source>The file could not be saved: {reason}</source>
        <translation>Het bestand kon niet bewaard worden: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="218" />
        <source>Folder for the tickets</source>
        <translation>Map voor de tickets</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="235" />
        <source>%n ticket file(s) saved.</source>
        <translation>
            <numerusform>%n ticketbestand bewaard.</numerusform>
            <numerusform>%n ticketbestanden bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="266" />
        <source>Printing page {page} of {pages}…</source>
        <translation>Pagina {page} van {pages} wordt afgedrukt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="275" />
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina's naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="281" />
        <source>Printing failed: {reason}</source>
        <translation>Afdrukken mislukt: {reason}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/printing/preview_dialog.py" line="283" />
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="77" />
        <source>--start-at must be 1 or more</source>
        <translation>--start-at moet 1 of meer zijn</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="79" />
        <source>--blank-rows must be 0 or more</source>
        <translation>--blank-rows moet 0 of meer zijn</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="97" />
        <source>{file}: {pages} page(s), {items} item(s).</source>
        <translation>{file}: {pages} pagina('s), {items} item(s).</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/cli/print_commands.py" line="114" />
        <source>{count} ticket file(s) in {folder}.</source>
        <translation>{count} ticketbestand(en) in {folder}.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="30" />
        <location filename="../../keet_desktop/printing/documents.py" line="33" />
        <source>Attendance list</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="31" />
        <source>Facilitator: {names}</source>
        <translation>Begeleider: {names}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="32" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="33" />
        <location filename="../../keet_desktop/printing/sheets.py" line="26" />
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="34" />
        <location filename="../../keet_desktop/printing/sheets.py" line="27" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="35" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="36" />
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendance.py" line="37" />
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="26" />
        <location filename="../../keet_desktop/printing/documents.py" line="34" />
        <source>Attendee list</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="27" />
        <source>Registered: {registered} · checked in: {checked_in}</source>
        <translation>Ingeschreven: {registered} · aangemeld: {checked_in}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="29" />
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="30" />
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="31" />
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="33" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/attendee_list.py" line="34" />
        <source>Checked in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="31" />
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="32" />
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="33" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/badges.py" line="34" />
        <source>Staff</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="14" />
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="15" />
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="16" />
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="17" />
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="18" />
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="19" />
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="20" />
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="21" />
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="22" />
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="23" />
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="24" />
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="25" />
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="28" />
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="29" />
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="30" />
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="31" />
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="32" />
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="33" />
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="34" />
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="36" />
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="37" />
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/dates.py" line="38" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/documents.py" line="30" />
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/documents.py" line="31" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/documents.py" line="32" />
        <location filename="../../keet_desktop/printing/sheets.py" line="21" />
        <source>Check-in sheet</source>
        <translation>Aanmeldlijst met QR-codes</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/pages.py" line="20" />
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/pages.py" line="21" />
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="22" />
        <source>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</source>
        <translation>Ingeschreven: {registered} · aangemeld: {checked_in} · op deze lijst: {listed}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="25" />
        <location filename="../../keet_desktop/printing/tickets.py" line="26" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/sheets.py" line="28" />
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/printing/tickets.py" line="27" />
        <source>Show this code at the desk, printed or on your phone.</source>
        <translation>Toon deze code aan de balie, op papier of op je telefoon.</translation>
    </message>
</context>
</TS>
