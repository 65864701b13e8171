<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>messages</name>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="48" />
        <source>Another desk or program is writing to the database. Try again in a moment.</source>
        <translation>Een andere balie of een ander programma schrijft in de databank. Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="52" />
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="56" />
        <source>The database cannot be reached. Check the network or the server, then try again; nothing was saved.</source>
        <translation>De databank is niet bereikbaar. Controleer het netwerk of de server en probeer opnieuw; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="62" />
        <source>Nothing was saved. Try again; if it keeps happening, restart the app.</source>
        <translation>Er is niets opgeslagen. Probeer opnieuw; blijft het gebeuren, start de app dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="66" />
        <source>Database problem: {detail}</source>
        <translation>Probleem met de databank: {detail}</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="75" />
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="80" />
        <source>Database problem</source>
        <translation>Probleem met de databank</translation>
    </message>
    <message>
        <location filename="../../keet_desktop/ui/messages.py" line="85" />
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
</context>
</TS>
