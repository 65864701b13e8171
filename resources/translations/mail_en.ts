<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MailFeature</name>
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
</context>
<context>
    <name>OutboxPage</name>
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
</context>
</TS>
