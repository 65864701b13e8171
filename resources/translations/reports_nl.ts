<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>FunderDetailsDialog</name>
    <message>
        <source>Details for the &amp;funder…</source>
        <translation>Gegevens voor de &amp;financier…</translation>
    </message>
    <message>
        <source>Details for the funder</source>
        <translation>Gegevens voor de financier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Consent to share with the funder</source>
        <translation>Toestemming om te delen met de financier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Mag gedeeld worden</translation>
    </message>
    <message>
        <source>A characteristic counts in the funder report only when it may be shared and the person consents to sharing with the funder, and only in totals (groups under 5 are hidden).</source>
        <translation>Een kenmerk telt alleen mee in het rapport voor de financier als het gedeeld mag worden en de persoon toestemt in het delen met de financier, en alleen in totalen (groepen onder 5 blijven verborgen).</translation>
    </message>
    <message>
        <source>Not asked yet: nothing is shared with the funder.</source>
        <translation>Nog niet gevraagd: er wordt niets met de financier gedeeld.</translation>
    </message>
    <message>
        <source>Consent given on {date}</source>
        <translation>Toestemming gegeven op {date}</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: nothing is shared with the funder.</source>
        <translation>Toestemming ingetrokken op {date}: er wordt niets met de financier gedeeld.</translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>mag gedeeld worden</translation>
    </message>
    <message>
        <source>Characteristic {row} may be shared</source>
        <translation>Kenmerk {row} mag gedeeld worden</translation>
    </message>
    <message>
        <source>Characteristic {row}</source>
        <translation>Kenmerk {row}</translation>
    </message>
    <message>
        <source>Value {row}</source>
        <translation>Waarde {row}</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Organising &amp;partners…</source>
        <translation>Organiserende &amp;partners…</translation>
    </message>
    <message>
        <source>Organising partners</source>
        <translation>Organiserende partners</translation>
    </message>
    <message>
        <source>Tick the partners who organise this activity.</source>
        <translation>Vink de partners aan die deze activiteit organiseren.</translation>
    </message>
    <message>
        <source>Open an activity to choose its organising partners.</source>
        <translation>Open een activiteit om haar organiserende partners te kiezen.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Name of a new partner</source>
        <translation>Naam van een nieuwe partner</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport bewaren</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Laatste dag van de periode</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Bewaren als pdf…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Bewaren als Excel…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Aan het tellen…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Rapport bewaard: {file}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Folder for the certificates</source>
        <translation>Map voor de attesten</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>Attesten bewaren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>At least this % of the sessions</source>
        <translation>Minstens dit % van de sessies</translation>
    </message>
    <message>
        <source>At least this many hours</source>
        <translation>Minstens zoveel uren</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>Voltooiingsregel</translation>
    </message>
    <message>
        <source>Completion value</source>
        <translation>Waarde van de voltooiingsregel</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel bewaren</translation>
    </message>
    <message>
        <source>Completed when:</source>
        <translation>Voltooid bij:</translation>
    </message>
    <message>
        <source>Results per participant</source>
        <translation>Resultaten per deelnemer</translation>
    </message>
    <message>
        <source>Organisation on the certificates</source>
        <translation>Organisatie op de attesten</translation>
    </message>
    <message>
        <source>Logo image file (optional)</source>
        <translation>Afbeelding van het logo (niet verplicht)</translation>
    </message>
    <message>
        <source>Logo on the certificates</source>
        <translation>Logo op de attesten</translation>
    </message>
    <message>
        <source>One file per person</source>
        <translation>Eén bestand per persoon</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In het Engels</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Attesten…</translation>
    </message>
    <message>
        <source>For the selected participants, or everyone who completed</source>
        <translation>Voor de gekozen deelnemers, of iedereen die het programma voltooide</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{done} of {people} participants completed; {sessions} sessions.</source>
        <translation>{done} van {people} deelnemers voltooid; {sessions} sessies.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attesten</translation>
    </message>
    <message>
        <source>Nobody completed yet. Select the participants who get one.</source>
        <translation>Nog niemand heeft het programma voltooid. Kies de deelnemers die een attest krijgen.</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>De attesten worden geschreven…</translation>
    </message>
    <message>
        <source>{count} certificate(s) written.</source>
        <translation>{count} attest(en) gemaakt.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Certificate of participation</source>
        <translation>Attest van deelname</translation>
    </message>
    <message>
        <source>{organisation} certifies that</source>
        <translation>{organisation} verklaart dat</translation>
    </message>
    <message>
        <source>took part in the programme</source>
        <translation>deelnam aan het programma</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>van {first} tot {last}</translation>
    </message>
    <message>
        <source>{attended} of {total} sessions attended, {hours} hours in all</source>
        <translation>{attended} van {total} sessies bijgewoond, in totaal {hours} uur</translation>
    </message>
    <message>
        <source>For {organisation}</source>
        <translation>Voor {organisation}</translation>
    </message>
    <message>
        <source>Date: {today}</source>
        <translation>Datum: {today}</translation>
    </message>
    <message>
        <source>{whole}.{tenth}</source>
        <translation>{whole},{tenth}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>niet voltooid</translation>
    </message>
    <message>
        <source>{name}: {attended}/{total} sessions, {hours} h, {state}</source>
        <translation>{name}: {attended}/{total} sessies, {hours} u, {state}</translation>
    </message>
    <message>
        <source>No participants.</source>
        <translation>Geen deelnemers.</translation>
    </message>
    <message>
        <source>Completion rule saved.</source>
        <translation>Voltooiingsregel bewaard.</translation>
    </message>
    <message>
        <source>certificates need --programme ID</source>
        <translation>attesten hebben --programme ID nodig</translation>
    </message>
    <message>
        <source>{file}: {items} certificate(s).</source>
        <translation>{file}: {items} attest(en).</translation>
    </message>
    <message>
        <source>--person {id}: not a participant of this programme</source>
        <translation>--person {id}: geen deelnemer van dit programma</translation>
    </message>
    <message>
        <source>{document} needs --event ID</source>
        <translation>{document} heeft --event ID nodig</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date (YYYY-MM-DD)</source>
        <translation>{option}: “{value}” is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffixes}</source>
        <translation>{file}: de bestandsnaam moet eindigen op {suffixes}</translation>
    </message>
    <message>
        <source>{file} already exists; add --force to replace it</source>
        <translation>{file} bestaat al; voeg --force toe om het te vervangen</translation>
    </message>
    <message>
        <source>no folder {folder}</source>
        <translation>map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>{first} to {last}: {activities} activities, {registrations} registrations, {attendances} attendances, {people} people.</source>
        <translation>{first} tot {last}: {activities} activiteiten, {registrations} inschrijvingen, {attendances} aanwezigheden, {people} personen.</translation>
    </message>
    <message>
        <source>municipalities set needs a NAME</source>
        <translation>municipalities set heeft een NAAM nodig</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Nobody has completed “{programme}” yet; choose people by hand with --person.</source>
        <translation>Nog niemand heeft “{programme}” voltooid; kies mensen met de hand met --person.</translation>
    </message>
    <message>
        <source>“{value}” is not a Belgian postcode (four digits).</source>
        <translation>“{value}” is geen Belgische postcode (vier cijfers).</translation>
    </message>
    <message>
        <source>There already is a partner called “{name}”.</source>
        <translation>Er is al een partner met de naam “{name}”.</translation>
    </message>
    <message>
        <source>The completion rule needs a value between 0 and {maximum}, not {value}.</source>
        <translation>De voltooiingsregel heeft een waarde tussen 0 en {maximum} nodig, niet {value}.</translation>
    </message>
    <message>
        <source>The report period must end on or after its first day ({period}).</source>
        <translation>De rapportperiode moet eindigen op of na de eerste dag ({period}).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Report for the funder</source>
        <translation>Rapport voor de financier</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Periode: {first} tot {last}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Activities by kind</source>
        <translation>Activiteiten per soort</translation>
    </message>
    <message>
        <source>Activities by partner</source>
        <translation>Activiteiten per partner</translation>
    </message>
    <message>
        <source>People by municipality</source>
        <translation>Mensen per gemeente</translation>
    </message>
    <message>
        <source>Attendance over time</source>
        <translation>Aanwezigheid doorheen de tijd</translation>
    </message>
    <message>
        <source>Participant characteristics</source>
        <translation>Kenmerken van deelnemers</translation>
    </message>
    <message>
        <source>How we count</source>
        <translation>Zo tellen we</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>No characteristics shared with the funder in this period.</source>
        <translation>Geen kenmerken gedeeld met de financier in deze periode.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Networking event</source>
        <translation>Netwerkmoment</translation>
    </message>
    <message>
        <source>Info session</source>
        <translation>Infosessie</translation>
    </message>
    <message>
        <source>Programme session</source>
        <translation>Programmasessie</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Elders</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Activities held</source>
        <translation>Activiteiten gehouden</translation>
    </message>
    <message>
        <source>Activities cancelled</source>
        <translation>Activiteiten afgelast</translation>
    </message>
    <message>
        <source>On a waiting list</source>
        <translation>Op een wachtlijst</translation>
    </message>
    <message>
        <source>Registrations cancelled</source>
        <translation>Inschrijvingen geannuleerd</translation>
    </message>
    <message>
        <source>of which walk-ins</source>
        <translation>waarvan walk-ins</translation>
    </message>
    <message>
        <source>of which online</source>
        <translation>waarvan online</translation>
    </message>
    <message>
        <source>People registered</source>
        <translation>Ingeschreven personen</translation>
    </message>
    <message>
        <source>People reached (attended)</source>
        <translation>Bereikte personen (aanwezig)</translation>
    </message>
    <message>
        <source>of whom first-timers</source>
        <translation>waarvan nieuwkomers</translation>
    </message>
    <message>
        <source>of whom returning</source>
        <translation>waarvan terugkerend</translation>
    </message>
    <message>
        <source>Organisations reached</source>
        <translation>Bereikte organisaties</translation>
    </message>
    <message>
        <source>Hours of activities</source>
        <translation>Uren activiteiten</translation>
    </message>
    <message>
        <source>Participant hours</source>
        <translation>Deelnemersuren</translation>
    </message>
    <message>
        <source>Hours of guidance (programmes)</source>
        <translation>Uren begeleiding (programma&apos;s)</translation>
    </message>
    <message>
        <source>The period holds the activities that start on one of its days.</source>
        <translation>De periode bevat de activiteiten die op een van haar dagen beginnen.</translation>
    </message>
    <message>
        <source>A cancelled activity is only counted as cancelled; its registrations do not count.</source>
        <translation>Een afgelaste activiteit telt alleen als afgelast; haar inschrijvingen tellen niet mee.</translation>
    </message>
    <message>
        <source>A registration is a confirmed place (walk-ins included); waiting-list places and cancelled registrations are counted apart.</source>
        <translation>Een inschrijving is een bevestigde plaats (walk-ins inbegrepen); plaatsen op de wachtlijst en geannuleerde inschrijvingen worden apart geteld.</translation>
    </message>
    <message>
        <source>An attendance is a check-in that was not undone. Walk-ins and online attendees (from the webinar report) are attendances.</source>
        <translation>Een aanwezigheid is een incheck die niet ongedaan gemaakt werd. Walk-ins en online deelnemers (uit het webinarrapport) zijn aanwezigheden.</translation>
    </message>
    <message>
        <source>A no-show is a registration without attendance for an activity that ended.</source>
        <translation>Een no-show is een inschrijving zonder aanwezigheid voor een afgelopen activiteit.</translation>
    </message>
    <message>
        <source>People are counted once. A first-timer attended nothing before the period. A forgotten person stays a number, with municipality unknown.</source>
        <translation>Mensen worden één keer geteld. Een nieuwkomer was voor de periode nergens aanwezig. Een vergeten persoon blijft een getal, met onbekende gemeente.</translation>
    </message>
    <message>
        <source>The municipality comes from the postcode where known; outside the region is &apos;elsewhere&apos;.</source>
        <translation>De gemeente komt uit de postcode als die bekend is; buiten de regio is &apos;elders&apos;.</translation>
    </message>
    <message>
        <source>Participant hours count the session&apos;s length, or the minutes online from the webinar report. An activity with several partners counts for each partner.</source>
        <translation>Deelnemersuren tellen de duur van de sessie, of de minuten online uit het webinarrapport. Een activiteit met meerdere partners telt voor elke partner.</translation>
    </message>
    <message>
        <source>Characteristics count only people who agreed to share them with the funder; groups of fewer than 5 are shown as &apos;&lt; 5&apos;.</source>
        <translation>Kenmerken tellen alleen mensen die toestemden ze met de financier te delen; groepen van minder dan 5 staan als &apos;&lt; 5&apos;.</translation>
    </message>
</context>
</TS>
