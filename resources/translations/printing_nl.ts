<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BadgeAutoPrinter</name>
    <message>
        <source>The badge was not printed: {reason}</source>
        <translation>De badge is niet afgedrukt: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <source>A4, 4 × A6 badge inserts</source>
        <translation>A4, 4 × A6-badgekaartjes</translation>
    </message>
    <message>
        <source>A4, 8 × A7 badge inserts</source>
        <translation>A4, 8 × A7-badgekaartjes</translation>
    </message>
    <message>
        <source>A4 labels, 2 × 5 of 90 × 54 mm</source>
        <translation>A4-etiketten, 2 × 5 van 90 × 54 mm</translation>
    </message>
    <message>
        <source>A4 labels, 2 × 4 of 99.1 × 67.7 mm</source>
        <translation>A4-etiketten, 2 × 4 van 99,1 × 67,7 mm</translation>
    </message>
    <message>
        <source>Label printer, 62 mm roll</source>
        <translation>Labelprinter, rol van 62 mm</translation>
    </message>
    <message>
        <source>Label printer, 89 × 36 mm</source>
        <translation>Labelprinter, 89 × 36 mm</translation>
    </message>
    <message>
        <source>Label printer, 54 × 101 mm</source>
        <translation>Labelprinter, 54 × 101 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person to print</source>
        <translation>Te printen persoon</translation>
    </message>
    <message>
        <source>Type a name to find one person</source>
        <translation>Typ een naam om één persoon te vinden</translation>
    </message>
    <message>
        <source>Find a person to print</source>
        <translation>Zoek een persoon om te printen</translation>
    </message>
    <message>
        <source>Only people who are checked in</source>
        <translation>Alleen wie aangemeld is</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Alleen badges die nog niet afgedrukt zijn</translation>
    </message>
    <message>
        <source>E-mail column</source>
        <translation>Kolom e-mail</translation>
    </message>
    <message>
        <source>Municipality column</source>
        <translation>Kolom gemeente</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Begin bij etiket</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sorteren op</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Persoon zoeken</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Lege rijen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer offset right</source>
        <translation>Printerverschuiving rechts</translation>
    </message>
    <message>
        <source>Printer offset up</source>
        <translation>Printerverschuiving omhoog</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Standaardprinter</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print: {document}</source>
        <translation>Afdrukken: {document}</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt klaargemaakt…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF bewaren…</translation>
    </message>
    <message>
        <source>One PDF per person…</source>
        <translation>Eén PDF per persoon…</translation>
    </message>
    <message>
        <source>Save each ticket as its own PDF, for e-mailing</source>
        <translation>Elk ticket als eigen PDF bewaren, om te mailen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>◀ Previous pages</source>
        <translation>◀ Vorige pagina&apos;s</translation>
    </message>
    <message>
        <source>Previous pages</source>
        <translation>Vorige pagina&apos;s</translation>
    </message>
    <message>
        <source>Next pages ▶</source>
        <translation>Volgende pagina&apos;s ▶</translation>
    </message>
    <message>
        <source>Next pages</source>
        <translation>Volgende pagina&apos;s</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ga naar pagina</translation>
    </message>
    <message>
        <source>&amp;Go to page</source>
        <translation>&amp;Ga naar pagina</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages {first}–{last} of {pages}</source>
        <translation>Pagina&apos;s {first}–{last} van {pages}</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Het voorbeeld kon niet gemaakt worden: {reason}</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF wordt bewaard…</translation>
    </message>
    <message>
        <source>Saving the tickets…</source>
        <translation>Tickets worden bewaard…</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Het bestand kon niet bewaard worden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n page(s)…</source>
        <translation>
            <numerusform>%n pagina wordt afgedrukt…</numerusform>
            <numerusform>%n pagina&apos;s worden afgedrukt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Folder for the tickets</source>
        <translation>Map voor de tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket file(s) saved.</source>
        <translation>
            <numerusform>%n ticketbestand bewaard.</numerusform>
            <numerusform>%n ticketbestanden bewaard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Afdrukken gestopt.</translation>
    </message>
    <message>
        <source>Printing failed: {reason}</source>
        <translation>Afdrukken mislukt: {reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Arrow keys and Page Up/Down scroll the pages.</source>
        <translation>Met de pijltjestoetsen en Page Up/Down blader je door de pagina&apos;s.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--start-at must be 1 or more</source>
        <translation>--start-at moet 1 of meer zijn</translation>
    </message>
    <message>
        <source>--blank-rows must be 0 or more</source>
        <translation>--blank-rows moet 0 of meer zijn</translation>
    </message>
    <message>
        <source>{file}: {pages} page(s), {items} item(s).</source>
        <translation>{file}: {pages} pagina(&apos;s), {items} item(s).</translation>
    </message>
    <message>
        <source>{count} ticket file(s) in {folder}.</source>
        <translation>{count} ticketbestand(en) in {folder}.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Attendance list</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Facilitator: {names}</source>
        <translation>Begeleider: {names}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Deelnemerslijst</translation>
    </message>
    <message>
        <source>Registered: {registered} · checked in: {checked_in}</source>
        <translation>Ingeschreven: {registered} · aangemeld: {checked_in}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Check-in sheet</source>
        <translation>Aanmeldlijst met QR-codes</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>Online: {link}</translation>
    </message>
    <message>
        <source>Registered: {registered} · checked in: {checked_in} · on this list: {listed}</source>
        <translation>Ingeschreven: {registered} · aangemeld: {checked_in} · op deze lijst: {listed}</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Show this code at the desk, printed or on your phone.</source>
        <translation>Toon deze code aan de balie, op papier of op je telefoon.</translation>
    </message>
</context>
</TS>
