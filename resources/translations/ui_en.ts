<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>messages</name>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="48" />
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation>Another desk or program is writing to the database. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="52" />
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>The disk is full. Free some space, then try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="56" />
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="62" />
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Nothing was saved. Try again; if it keeps happening, restart the app.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="66" />
        <source>Database problem: {detail}</source>
        <translation>Database problem: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="75" />
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="80" />
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="85" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
</TS>
