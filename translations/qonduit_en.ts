<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n other way(s) to authenticate the document offers; the first is in the form</source>
        <translation>
            <numerusform>%n other way to authenticate the document offers; the first is in the form</numerusform>
            <numerusform>%n other ways to authenticate the document offers; the first is in the form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) whose answers are not JSON, XML or CSV (pages, scripts, images) are left out</source>
        <translation>
            <numerusform>%n call whose answer is not JSON, XML or CSV (pages, scripts, images) is left out</numerusform>
            <numerusform>%n calls whose answers are not JSON, XML or CSV (pages, scripts, images) are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::CollapsibleSection</name>
    <message numerus="yes">
        <source>%1  (%n problem(s))</source>
        <translation>
            <numerusform>%1  (%n problem)</numerusform>
            <numerusform>%1  (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDialog</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) to fix</source>
        <translation>
            <numerusform>⚠ %n problem to fix</numerusform>
            <numerusform>⚠ %n problems to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::ImportDialog</name>
    <message numerus="yes">
        <source>%1, %2: %n request(s), %3 of them for Qlik&apos;s GET or POST.</source>
        <translation>
            <numerusform>%1, %2: %n request, %3 of them for Qlik&apos;s GET or POST.</numerusform>
            <numerusform>%1, %2: %n requests, %3 of them for Qlik&apos;s GET or POST.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::PublishDialog</name>
    <message numerus="yes">
        <source>%n spaces.</source>
        <translation>
            <numerusform>%n space.</numerusform>
            <numerusform>%n spaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestSection</name>
    <message numerus="yes">
        <source>Send a request again when the server answers with one of the retry codes, up to %n more times, waiting a little longer each time (or as long as the server&apos;s Retry-After asks).</source>
        <translation>
            <numerusform>Send a request again when the server answers with one of the retry codes, up to %n more time, waiting a little longer each time (or as long as the server&apos;s Retry-After asks).</numerusform>
            <numerusform>Send a request again when the server answers with one of the retry codes, up to %n more times, waiting a little longer each time (or as long as the server&apos;s Retry-After asks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::SelectDataPage</name>
    <message numerus="yes">
        <source>%1: %Ln tables, %2 rows.</source>
        <translation>
            <numerusform>%1: %Ln table, %2 rows.</numerusform>
            <numerusform>%1: %Ln tables, %2 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::TableTreeModel</name>
    <message numerus="yes">
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message numerus="yes">
        <source>%n number(s) too big for a double (such as %1) were kept as text.</source>
        <translation>
            <numerusform>%n number too big for a double (such as %1) was kept as text.</numerusform>
            <numerusform>%n numbers too big for a double (such as %1) were kept as text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message numerus="yes">
        <source>Got a token (%1), valid for %n seconds.</source>
        <translation>
            <numerusform>Got a token (%1), valid for %n second.</numerusform>
            <numerusform>Got a token (%1), valid for %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
