<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeskController</name>
    <message numerus="yes">
        <source>The database did not answer within %n second(s). This scan is not confirmed: scan it again when the database answers.</source>
        <translation>
            <numerusform>The database did not answer within %n second. This scan is not confirmed: scan it again when the database answers.</numerusform>
            <numerusform>The database did not answer within %n seconds. This scan is not confirmed: scan it again when the database answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message numerus="yes">
        <source>%n person(s) wait on the waiting list.</source>
        <translation>
            <numerusform>%n person wait on the waiting list.</numerusform>
            <numerusform>%n people wait on the waiting list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message numerus="yes">
        <source>Refused scans (%n)</source>
        <translation>
            <numerusform>Refused scans (%n)</numerusform>
            <numerusform>Refused scans (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone check-ins (%n)</source>
        <translation>
            <numerusform>Undone check-ins (%n)</numerusform>
            <numerusform>Undone check-ins (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
