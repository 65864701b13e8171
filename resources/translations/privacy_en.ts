<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <source>%n people due, last seen before {date}.</source>
        <translation>
            <numerusform>%n people due, last seen before {date}.</numerusform>
            <numerusform>%n people due, last seen before {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</source>
        <translation>
            <numerusform>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</numerusform>
            <numerusform>Remove the personal data of %n people last seen before {date}? Their registrations stay as anonymous rows. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message numerus="yes">
        <source>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</source>
        <translation>
            <numerusform>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</numerusform>
            <numerusform>%n people were last seen before {date}: their retention period is over. Open File › Privacy to purge them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;rivacy: %n people due for the purge…</source>
        <translation>
            <numerusform>P&amp;rivacy: %n people due for the purge…</numerusform>
            <numerusform>P&amp;rivacy: %n people due for the purge…</numerusform>
        </translation>
    </message>
</context>
</TS>
