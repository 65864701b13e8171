<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Desk or user</source>
        <translation>Balie of gebruiker</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>print</source>
        <translation>afdruk</translation>
    </message>
    <message>
        <source>personal data handed out</source>
        <translation>persoonsgegevens opgevraagd</translation>
    </message>
    <message>
        <source>forgotten</source>
        <translation>vergeten</translation>
    </message>
    <message>
        <source>retention purge</source>
        <translation>wissen na bewaartermijn</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Consent: {purpose}</source>
        <translation>Toestemming: {purpose}</translation>
    </message>
    <message>
        <source>How the consent was given</source>
        <translation>Hoe de toestemming gegeven werd</translation>
    </message>
    <message>
        <source>Given or changed by:</source>
        <translation>Gegeven of gewijzigd via:</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Geschiedenis van de toestemmingen</translation>
    </message>
    <message>
        <source>History of the consents</source>
        <translation>Geschiedenis van de toestemmingen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Versleutelde database</translation>
    </message>
    <message>
        <source>The database {path} is encrypted. Type its passphrase:</source>
        <translation>De database {path} is versleuteld. Typ de wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>PersonPrivacyActions</name>
    <message>
        <source>Personal data…</source>
        <translation>Persoonsgegevens…</translation>
    </message>
    <message>
        <source>Everything held about this person, as PDF (in their language) or JSON</source>
        <translation>Alles wat over deze persoon bewaard wordt, als pdf (in hun taal) of JSON</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Vergeten…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s data; their registrations stay as anonymous rows</source>
        <translation>Wis de gegevens van deze persoon; de inschrijvingen blijven als anonieme rijen</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Deze persoon vergeten</translation>
    </message>
    <message>
        <source>Why? (for the erasure log, e.g. “request by e-mail”; no name or e-mail address)</source>
        <translation>Waarom? (voor het wislogboek, bv. “verzoek per e-mail”; geen naam of e-mailadres)</translation>
    </message>
    <message>
        <source>Remove the name, e-mail address, phone, organisation, notes and codes of person {id}? Their registrations and check-ins stay as anonymous rows. This cannot be undone.</source>
        <translation>Naam, e-mailadres, telefoon, organisatie, notities en codes van persoon {id} wissen? De inschrijvingen en aanmeldingen blijven als anonieme rijen. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Geschreven naar {file}.</translation>
    </message>
    <message>
        <source>The person is forgotten.</source>
        <translation>De persoon is vergeten.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%n people due, last seen before {date}.</source>
        <translation>
            <numerusform>%n persoon aan de beurt, laatst gezien vóór {date}.</numerusform>
            <numerusform>%n personen aan de beurt, laatst gezien vóór {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Retention period in months</source>
        <translation>Bewaartermijn in maanden</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>People due for the purge</source>
        <translation>Personen aan de beurt om gewist te worden</translation>
    </message>
    <message>
        <source>Keep this period</source>
        <translation>Deze termijn bewaren</translation>
    </message>
    <message>
        <source>Purge now…</source>
        <translation>Nu wissen…</translation>
    </message>
    <message>
        <source>Keep people&apos;s data after their last activity for</source>
        <translation>Gegevens bewaren na de laatste activiteit gedurende</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activiteitenlogboek</translation>
    </message>
    <message>
        <source>Exports, prints and privacy actions:</source>
        <translation>Exports, afdrukken en privacyhandelingen:</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Wissen</translation>
    </message>
    <message numerus="yes">
        <source>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</source>
        <translation>
            <numerusform>De persoonsgegevens van %n persoon die laatst gezien werd vóór {date} wissen? De inschrijvingen blijven als anonieme rijen. Dit kan niet ongedaan gemaakt worden.</numerusform>
            <numerusform>De persoonsgegevens van %n personen die laatst gezien werden vóór {date} wissen? De inschrijvingen blijven als anonieme rijen. Dit kan niet ongedaan gemaakt worden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>P&amp;rivacy: activity log and retention…</source>
        <translation>P&amp;rivacy: activiteitenlogboek en bewaartermijn…</translation>
    </message>
    <message numerus="yes">
        <source>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</source>
        <translation>
            <numerusform>%n persoon werd laatst gezien vóór {date}: de bewaartermijn is voorbij. Open Bestand › Privacy om te wissen.</numerusform>
            <numerusform>%n personen werden laatst gezien vóór {date}: de bewaartermijn is voorbij. Open Bestand › Privacy om ze te wissen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;rivacy: %n people due for the purge…</source>
        <translation>
            <numerusform>P&amp;rivacy: %n persoon aan de beurt om gewist te worden…</numerusform>
            <numerusform>P&amp;rivacy: %n personen aan de beurt om gewist te worden…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{file}: choose a .json or .pdf file</source>
        <translation>{file}: kies een .json- of .pdf-bestand</translation>
    </message>
    <message>
        <source>{file} exists already; choose a new name</source>
        <translation>{file} bestaat al; kies een nieuwe naam</translation>
    </message>
    <message>
        <source>no folder {folder}</source>
        <translation>geen map {folder}</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file</source>
        <translation>{file} is de database zelf; kies een ander bestand</translation>
    </message>
    <message>
        <source>Written to {file}.</source>
        <translation>Geschreven naar {file}.</translation>
    </message>
    <message>
        <source>Person {id} is forgotten; {count} registration(s) kept without their data.</source>
        <translation>Persoon {id} is vergeten; {count} inschrijving(en) bewaard zonder persoonsgegevens.</translation>
    </message>
    <message>
        <source>{count} people due, last seen before {date}.</source>
        <translation>{count} personen aan de beurt, laatst gezien vóór {date}.</translation>
    </message>
    <message>
        <source>{purged} of {count} people due purged (last seen before {date}).</source>
        <translation>{purged} van {count} personen gewist (laatst gezien vóór {date}).</translation>
    </message>
    <message>
        <source>The activity log is empty.</source>
        <translation>Het activiteitenlogboek is leeg.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Toestemming genoteerd.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Retention period: {months} months.</source>
        <translation>Bewaartermijn: {months} maanden.</translation>
    </message>
    <message>
        <source>give the passphrase in {variable}</source>
        <translation>geef de wachtzin in {variable}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtzin: </translation>
    </message>
    <message>
        <source>the passphrase needs at least 8 characters</source>
        <translation>de wachtzin moet minstens 8 tekens hebben</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dezelfde wachtzin nog eens: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>de twee wachtzinnen verschillen; er is niets veranderd</translation>
    </message>
    <message>
        <source>{path} is encrypted. Keep the passphrase safe: without it the data cannot be read.</source>
        <translation>{path} is versleuteld. Bewaar de wachtzin goed: zonder wachtzin zijn de gegevens niet meer te lezen.</translation>
    </message>
    <message>
        <source>Passphrase of the database: </source>
        <translation>Wachtzin van de database: </translation>
    </message>
    <message>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} is niet langer versleuteld.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Person {person_id} is checked in today at “{event}” ({at}). Forget them after the event; nothing was changed.</source>
        <translation>Persoon {person_id} is vandaag ingecheckt bij “{event}” ({at}). Vergeet deze persoon na het evenement; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Person {person_id} was already forgotten on {date}; nothing was changed.</source>
        <translation>Persoon {person_id} werd al vergeten op {date}; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Give a reason for the erasure log (e.g. “request by e-mail”).</source>
        <translation>Geef een reden voor het wislogboek (bv. “verzoek per e-mail”).</translation>
    </message>
    <message>
        <source>The reason must not contain the person&apos;s name or e-mail address: the erasure log keeps no personal data. Nothing was changed.</source>
        <translation>De reden mag de naam of het e-mailadres van de persoon niet bevatten: het wislogboek bewaart geen persoonsgegevens. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>“{event}” is taking place now and its desk may be open; purge after {end}. Nothing was changed.</source>
        <translation>“{event}” vindt nu plaats en de incheckbalie kan open zijn; wis na {end}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 240 months, not {months}.</source>
        <translation>De bewaartermijn moet tussen 1 en 240 maanden liggen, niet {months}.</translation>
    </message>
    <message>
        <source>The folder {folder} can be opened by other accounts on this computer; choose a private folder. Nothing was written.</source>
        <translation>De map {folder} kan door andere accounts op deze computer geopend worden; kies een privémap. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>The database {path} is encrypted: give its passphrase (KEET_DB_PASSPHRASE or the prompt). Nothing was changed.</source>
        <translation>De database {path} is versleuteld: geef de wachtzin (KEET_DB_PASSPHRASE of de vraag). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path}. Nothing was changed; try again.</source>
        <translation>De wachtzin opent {path} niet. Er is niets veranderd; probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is already encrypted.</source>
        <translation>De database {path} is al versleuteld.</translation>
    </message>
    <message>
        <source>The database {path} is not encrypted.</source>
        <translation>De database {path} is niet versleuteld.</translation>
    </message>
    <message>
        <source>Only the app&apos;s own SQLite file can be encrypted; protect a PostgreSQL server with its own disk encryption.</source>
        <translation>Alleen het eigen SQLite-bestand van de app kan versleuteld worden; bescherm een PostgreSQL-server met zijn eigen schijfversleuteling.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>Processing for the event itself</source>
        <translation>Verwerking voor het evenement zelf</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Mailing about upcoming events</source>
        <translation>Mailing over komende evenementen</translation>
    </message>
    <message>
        <source>Sharing with the funder</source>
        <translation>Delen met de financier</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>balie</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>de database</translation>
    </message>
</context>
<context>
    <name>privacy_pdf</name>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
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
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>In our records since</source>
        <translation>In onze gegevens sinds</translation>
    </message>
    <message>
        <source>Processing for the event itself</source>
        <translation>Verwerking voor het evenement zelf</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Mailing about upcoming events</source>
        <translation>Mailing over komende evenementen</translation>
    </message>
    <message>
        <source>Sharing with the funder</source>
        <translation>Delen met de financier</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulier</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>balie</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>What we hold about you</source>
        <translation>Wat we over u bewaren</translation>
    </message>
    <message>
        <source>Everything Keet Desktop stores about person {id}, on {date}.</source>
        <translation>Alles wat Keet Desktop over persoon {id} bewaart, op {date}.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Your consents</source>
        <translation>Uw toestemmingen</translation>
    </message>
    <message>
        <source>Your registrations and check-ins</source>
        <translation>Uw inschrijvingen en aanmeldingen</translation>
    </message>
    <message>
        <source>Scans at the desk</source>
        <translation>Scans aan de incheckbalie</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>given on {date} ({source})</source>
        <translation>gegeven op {date} ({source})</translation>
    </message>
    <message>
        <source>withdrawn on {date} ({source})</source>
        <translation>ingetrokken op {date} ({source})</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Ingecheckt</translation>
    </message>
    <message>
        <source>Minutes online</source>
        <translation>Minuten online</translation>
    </message>
</context>
</TS>
