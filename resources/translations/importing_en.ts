<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceImportDialog</name>
    <message numerus="yes">
        <source>%n registrant(s) did not attend, says the report.</source>
        <translation>
            <numerusform>%n registrant did not attend, says the report.</numerusform>
            <numerusform>%n registrants did not attend, says the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) rejected; they are not imported.</source>
        <translation>
            <numerusform>%n row rejected; they are not imported.</numerusform>
            <numerusform>%n rows rejected; they are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped: cancelled or expired in the file.</source>
        <translation>
            <numerusform>%n row skipped: cancelled or expired in the file.</numerusform>
            <numerusform>%n rows skipped: cancelled or expired in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Going to the waiting list, in this order (%n):</source>
        <translation>
            <numerusform>Going to the waiting list, in this order (%n):</numerusform>
            <numerusform>Going to the waiting list, in this order (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n row(s) of the file were refused and not imported:</source>
        <translation>
            <numerusform>%n row of the file were refused and not imported:</numerusform>
            <numerusform>%n rows of the file were refused and not imported:</numerusform>
        </translation>
    </message>
</context>
</TS>
