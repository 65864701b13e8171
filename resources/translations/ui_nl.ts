<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="53" />
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="55" />
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="58" />
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="62" />
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="63" />
        <source>Database problem: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="69" />
        <source>Not possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="72" />
        <source>Database problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="75" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
