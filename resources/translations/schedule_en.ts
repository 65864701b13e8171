<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message numerus="yes">
        <source>%n registration(s) made.</source>
        <translation>
            <numerusform>%n registration made.</numerusform>
            <numerusform>%n registrations made.</numerusform>
        </translation>
    </message>
</context>
</TS>
