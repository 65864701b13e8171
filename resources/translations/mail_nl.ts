<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MailFeature</name>
    <message>
        <source>Outbox</source>
        <translation>Uitgaande post</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>Status uitgaande post</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Mailinstellingen…</translation>
    </message>
    <message>
        <source>Mail &amp;templates…</source>
        <translation>Mail&amp;sjablonen…</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in wachtrij</numerusform>
            <numerusform>%n in wachtrij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maybe sent</source>
        <translation>
            <numerusform>%n misschien verzonden</numerusform>
            <numerusform>%n misschien verzonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: {parts}</source>
        <translation>Uitgaande post: {parts}</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Mailinstellingen</translation>
    </message>
    <message>
        <source>Send e-mails to participants (outbox on)</source>
        <translation>E-mails naar deelnemers sturen (uitgaande post aan)</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>geen herinnering</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Naam afzender</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres afzender</translation>
    </message>
    <message>
        <source>Reminder (days before)</source>
        <translation>Herinnering (dagen vooraf)</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testbericht sturen</translation>
    </message>
    <message>
        <source>Result of the test message</source>
        <translation>Resultaat van het testbericht</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>bewaard in de sleutelhanger</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in; nothing was saved.</source>
        <translation>Deze computer heeft geen sleutelhanger om het wachtwoord in te bewaren; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Fill in the SMTP server and the sender address.</source>
        <translation>Vul de SMTP-server en het adres van de afzender in.</translation>
    </message>
    <message>
        <source>Test message from Keet Desktop</source>
        <translation>Testbericht van Keet Desktop</translation>
    </message>
    <message>
        <source>The mail settings work: this message was sent by Keet Desktop.</source>
        <translation>De mailinstellingen werken: dit bericht is verstuurd door Keet Desktop.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testbericht wordt verstuurd…</translation>
    </message>
    <message>
        <source>✔ Test message sent to {address}.</source>
        <translation>✔ Testbericht verstuurd naar {address}.</translation>
    </message>
    <message>
        <source>✘ The test message was not sent: {problem}</source>
        <translation>✘ Het testbericht is niet verstuurd: {problem}</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox messages</source>
        <translation>Berichten in de uitgaande post</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Toon berichten met status</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <source>Queue the selected failed or maybe sent messages</source>
        <translation>Zet de gekozen mislukte of misschien verzonden berichten opnieuw in de wachtrij</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Niet versturen</translation>
    </message>
    <message>
        <source>Do not send the selected messages</source>
        <translation>Verstuur de gekozen berichten niet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Samenvatting uitgaande post</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met versturen…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n bericht opnieuw in de wachtrij.</numerusform>
            <numerusform>%n berichten opnieuw in de wachtrij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) dropped.</source>
        <translation>
            <numerusform>%n bericht wordt niet verstuurd.</numerusform>
            <numerusform>%n berichten worden niet verstuurd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is off or not set up (File → Mail settings).</source>
        <translation>Mail staat uit of is niet ingesteld (Bestand → Mailinstellingen).</translation>
    </message>
    <message>
        <source>Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}.</source>
        <translation>Verzonden: {sent}, mislukt: {failed}, misschien verzonden: {maybe_sent}.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>In wachtrij sinds</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Mail templates</source>
        <translation>Mailsjablonen</translation>
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
        <source>Back to the standard text</source>
        <translation>Terug naar de standaardtekst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Placeholders you can use</source>
        <translation>Invulvelden die je kunt gebruiken</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Invulvelden: {names}</translation>
    </message>
    <message>
        <source>A brace { or } does not pair up.</source>
        <translation>Een accolade { of } heeft geen tegenhanger.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The outbox is empty.</source>
        <translation>De uitgaande post is leeg.</translation>
    </message>
    <message>
        <source>Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}, still queued: {queued}.</source>
        <translation>Verzonden: {sent}, mislukt: {failed}, misschien verzonden: {maybe_sent}, nog in wachtrij: {queued}.</translation>
    </message>
    <message>
        <source>{count} message(s) queued.</source>
        <translation>{count} bericht(en) in de wachtrij gezet.</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffix}</source>
        <translation>{file}: de bestandsnaam moet eindigen op {suffix}</translation>
    </message>
    <message>
        <source>{file} exists; add --force to replace it</source>
        <translation>{file} bestaat al; voeg --force toe om het te vervangen</translation>
    </message>
    <message>
        <source>{file} is the open database</source>
        <translation>{file} is de geopende databank</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No mail server is set up: fill in the server and the sender address first.</source>
        <translation>Er is geen mailserver ingesteld: vul eerst de server en het adres van de afzender in.</translation>
    </message>
    <message>
        <source>{field_label}: there is no placeholder {{{name}}}; use one of {known}.</source>
        <translation>{field_label}: er is geen invulveld {{{name}}}; gebruik een van {known}.</translation>
    </message>
    <message>
        <source>{field_label}: a brace {{ or }} does not pair up ({detail}); write {{{{ for a brace.</source>
        <translation>{field_label}: een accolade {{ of }} heeft geen tegenhanger ({detail}); schrijf {{{{ voor een accolade.</translation>
    </message>
    <message>
        <source>{field_label}: {detail}</source>
        <translation>{field_label}: {detail}</translation>
    </message>
    <message>
        <source>{person} has no e-mail address.</source>
        <translation>{person} heeft geen e-mailadres.</translation>
    </message>
    <message>
        <source>Mail server {host}:{port}: {detail}</source>
        <translation>Mailserver {host}:{port}: {detail}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres afzender</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>the server name is unknown (DNS)</source>
        <translation>de servernaam is onbekend (DNS)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>de server weigerde de verbinding</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>de server antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>the secure connection (TLS) failed</source>
        <translation>de beveiligde verbinding (TLS) mislukte</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>de gebruikersnaam of het wachtwoord werd niet aanvaard</translation>
    </message>
    <message>
        <source>the server refused the address</source>
        <translation>de server weigerde het adres</translation>
    </message>
    <message>
        <source>the server refused the sender address</source>
        <translation>de server weigerde het adres van de afzender</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>de verbinding viel weg</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>de server antwoordde met een fout</translation>
    </message>
    <message>
        <source>the person has no e-mail address</source>
        <translation>de persoon heeft geen e-mailadres</translation>
    </message>
    <message>
        <source>interrupted while the server was receiving it: it may have arrived</source>
        <translation>onderbroken terwijl de server het ontving: het kan aangekomen zijn</translation>
    </message>
    <message>
        <source>the message could not be written</source>
        <translation>het bericht kon niet opgesteld worden</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <source>Being delivered</source>
        <translation>Wordt afgeleverd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>Misschien verzonden</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Place free</source>
        <translation>Plaats vrij</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulering</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Activiteit gewijzigd</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Geen (niet versleuteld)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
</TS>
