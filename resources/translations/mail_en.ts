<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MailFeature</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Outbox status</source>
        <translation>Outbox status</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Mail settings…</translation>
    </message>
    <message>
        <source>Mail &amp;templates…</source>
        <translation>Mail &amp;templates…</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maybe sent</source>
        <translation>
            <numerusform>%n maybe sent</numerusform>
            <numerusform>%n maybe sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox: {parts}</source>
        <translation>Outbox: {parts}</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Mail settings</translation>
    </message>
    <message>
        <source>Send e-mails to participants (outbox on)</source>
        <translation>Send e-mails to participants (outbox on)</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Reminder (days before)</source>
        <translation>Reminder (days before)</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <source>Result of the test message</source>
        <translation>Result of the test message</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>kept in the keyring</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in; nothing was saved.</source>
        <translation>This computer has no keyring to keep the password in; nothing was saved.</translation>
    </message>
    <message>
        <source>Fill in the SMTP server and the sender address.</source>
        <translation>Fill in the SMTP server and the sender address.</translation>
    </message>
    <message>
        <source>Test message from Keet Desktop</source>
        <translation>Test message from Keet Desktop</translation>
    </message>
    <message>
        <source>The mail settings work: this message was sent by Keet Desktop.</source>
        <translation>The mail settings work: this message was sent by Keet Desktop.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Sending a test message…</translation>
    </message>
    <message>
        <source>✔ Test message sent to {address}.</source>
        <translation>✔ Test message sent to {address}.</translation>
    </message>
    <message>
        <source>✘ The test message was not sent: {problem}</source>
        <translation>✘ The test message was not sent: {problem}</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox messages</source>
        <translation>Outbox messages</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>Show messages in state</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Queue the selected failed or maybe sent messages</source>
        <translation>Queue the selected failed or maybe sent messages</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Do not send the selected messages</source>
        <translation>Do not send the selected messages</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Outbox summary</source>
        <translation>Outbox summary</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n message queued again.</numerusform>
            <numerusform>%n messages queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) dropped.</source>
        <translation>
            <numerusform>%n message dropped.</numerusform>
            <numerusform>%n messages dropped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail is off or not set up (File → Mail settings).</source>
        <translation>Mail is off or not set up (File → Mail settings).</translation>
    </message>
    <message>
        <source>Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}.</source>
        <translation>Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Mail templates</source>
        <translation>Mail templates</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Back to the standard text</source>
        <translation>Back to the standard text</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Placeholders you can use</source>
        <translation>Placeholders you can use</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Placeholders: {names}</translation>
    </message>
    <message>
        <source>A brace { or } does not pair up.</source>
        <translation>A brace { or } does not pair up.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The outbox is empty.</source>
        <translation>The outbox is empty.</translation>
    </message>
    <message>
        <source>Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}, still queued: {queued}.</source>
        <translation>Sent: {sent}, failed: {failed}, maybe sent: {maybe_sent}, still queued: {queued}.</translation>
    </message>
    <message>
        <source>{count} message(s) queued.</source>
        <translation>{count} message(s) queued.</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {suffix}</source>
        <translation>{file}: the file name must end in {suffix}</translation>
    </message>
    <message>
        <source>{file} exists; add --force to replace it</source>
        <translation>{file} exists; add --force to replace it</translation>
    </message>
    <message>
        <source>{file} is the open database</source>
        <translation>{file} is the open database</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No mail server is set up: fill in the server and the sender address first.</source>
        <translation>No mail server is set up: fill in the server and the sender address first.</translation>
    </message>
    <message>
        <source>{field_label}: there is no placeholder {{{name}}}; use one of {known}.</source>
        <translation>{field_label}: there is no placeholder {{{name}}}; use one of {known}.</translation>
    </message>
    <message>
        <source>{field_label}: a brace {{ or }} does not pair up ({detail}); write {{{{ for a brace.</source>
        <translation>{field_label}: a brace {{ or }} does not pair up ({detail}); write {{{{ for a brace.</translation>
    </message>
    <message>
        <source>{field_label}: {detail}</source>
        <translation>{field_label}: {detail}</translation>
    </message>
    <message>
        <source>{person} has no e-mail address.</source>
        <translation>{person} has no e-mail address.</translation>
    </message>
    <message>
        <source>Mail server {host}:{port}: {detail}</source>
        <translation>Mail server {host}:{port}: {detail}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>the server name is unknown (DNS)</source>
        <translation>the server name is unknown (DNS)</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>the server refused the connection</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>the server did not answer in time</translation>
    </message>
    <message>
        <source>the secure connection (TLS) failed</source>
        <translation>the secure connection (TLS) failed</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>the user name or password was not accepted</translation>
    </message>
    <message>
        <source>the server refused the address</source>
        <translation>the server refused the address</translation>
    </message>
    <message>
        <source>the server refused the sender address</source>
        <translation>the server refused the sender address</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>the connection was lost</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>the server answered with an error</translation>
    </message>
    <message>
        <source>the person has no e-mail address</source>
        <translation>the person has no e-mail address</translation>
    </message>
    <message>
        <source>interrupted while the server was receiving it: it may have arrived</source>
        <translation>interrupted while the server was receiving it: it may have arrived</translation>
    </message>
    <message>
        <source>the message could not be written</source>
        <translation>the message could not be written</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Being delivered</source>
        <translation>Being delivered</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Maybe sent</source>
        <translation>Maybe sent</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Place free</source>
        <translation>Place free</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Event changed</source>
        <translation>Event changed</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>None (not encrypted)</translation>
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
