<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Authentication</name>
    <message>
        <source>The server asks for %1, but the connection&apos;s authentication schema is %2, the only one Qlik&apos;s connector would answer: no credentials were sent. Choose the schema the server offers.</source>
        <translation>Der Server verlangt %1, aber das Authentifizierungsschema der Verbindung ist %2, das einzige, auf das Qliks Connector antworten würde: Es wurden keine Anmeldedaten gesendet. Wählen Sie das Schema, das der Server anbietet.</translation>
    </message>
    <message>
        <source>The server asks for Digest with %1, which Qonduit cannot answer (it speaks Digest with MD5 only): no credentials were sent.</source>
        <translation>Der Server verlangt Digest mit %1, worauf Qonduit nicht antworten kann (es spricht Digest nur mit MD5): Es wurden keine Anmeldedaten gesendet.</translation>
    </message>
    <message>
        <source>The server offers %1 beside %2; Qonduit&apos;s network layer would answer %3 instead of the connection&apos;s %2, which Qlik&apos;s connector would not do: no credentials were sent.</source>
        <translation>Der Server bietet %1 neben %2 an; Qonduits Netzwerkschicht würde mit %3 statt mit dem %2 der Verbindung antworten, was Qliks Connector nicht täte: Es wurden keine Anmeldedaten gesendet.</translation>
    </message>
</context>
<context>
    <name>ConnectionFile</name>
    <message>
        <source>: expected an object</source>
        <translation>: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected one of </source>
        <translation>erwartet wird eines von </translation>
    </message>
    <message>
        <source>expected a list of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation>eine Liste von {&quot;name&quot;, &quot;value&quot;}-Objekten erwartet</translation>
    </message>
    <message>
        <source>row %1: expected {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation>Zeile %1: {&quot;name&quot;: Text, &quot;value&quot;: Text} erwartet</translation>
    </message>
    <message>
        <source>expected {&quot;quote&quot;: &quot;\&quot;&quot; or &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true or false, &quot;pairs&quot;: [...]}</source>
        <translation>{&quot;quote&quot;: &quot;\&quot;&quot; oder &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true oder false, &quot;pairs&quot;: [...]} erwartet</translation>
    </message>
    <message>
        <source>pairs row %1: expected {&quot;key&quot;: text, &quot;value&quot;: text}</source>
        <translation>pairs, Zeile %1: {&quot;key&quot;: Text, &quot;value&quot;: Text} erwartet</translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation>keine gültige JSON-Datei: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a Qonduit connection file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>keine Qonduit-Verbindungsdatei: &quot;format&quot; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version: eine ganze Zahl ab 1 erwartet</translation>
    </message>
    <message>
        <source>the file was written by a newer Qonduit (file format %1; this version reads %2)</source>
        <translation>die Datei stammt von einem neueren Qonduit (Dateiformat %1; diese Version liest %2)</translation>
    </message>
    <message>
        <source>connectionString: pairs row %1: a key must be non-empty and hold no &apos;;&apos; or &apos;=&apos;, a value no &apos;;&apos;</source>
        <translation>connectionString: pairs, Zeile %1: ein Schlüssel darf nicht leer sein und weder &apos;;&apos; noch &apos;=&apos; enthalten, ein Wert kein &apos;;&apos;</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 text</source>
        <translation>die Eingabe ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: text, &quot;testValue&quot;: text, &quot;secret&quot;: true or false}</source>
        <translation>erwartet {&quot;name&quot;: Text, &quot;testValue&quot;: Text, &quot;secret&quot;: true oder false}</translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>Zeile %1: </translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>list item &quot;%1&quot; has no &apos;=&apos; between name and value</source>
        <translation>der Listeneintrag &quot;%1&quot; hat kein &apos;=&apos; zwischen Name und Wert</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of seconds</source>
        <translation>%1 ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keines von %2</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>Zeichen %1</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, Schlüssel %1</translation>
    </message>
    <message>
        <source>; the text ends after the value of %1</source>
        <translation>; der Text endet nach dem Wert von %1</translation>
    </message>
    <message>
        <source>; the text ends inside the value of %1</source>
        <translation>; der Text endet innerhalb des Werts von %1</translation>
    </message>
    <message>
        <source>the connection string has no closing %1 quote (it opens at character %2)%3</source>
        <translation>der Verbindungsstring hat kein schließendes %1-Anführungszeichen (es öffnet bei Zeichen %2)%3</translation>
    </message>
    <message>
        <source>the input is empty; expected a connection string</source>
        <translation>die Eingabe ist leer; ein Verbindungsstring wird erwartet</translation>
    </message>
    <message>
        <source>the statement ends after CUSTOM CONNECT TO; the connection string in quotes is missing</source>
        <translation>die Anweisung endet nach CUSTOM CONNECT TO; der Verbindungsstring in Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>expected &quot; or &apos; after CUSTOM CONNECT TO</source>
        <translation>nach CUSTOM CONNECT TO wird &quot; oder &apos; erwartet</translation>
    </message>
    <message>
        <source>LIB CONNECT TO names a connection stored in Qlik; paste its connection string (CUSTOM CONNECT TO ...) instead</source>
        <translation>LIB CONNECT TO nennt eine in Qlik gespeicherte Verbindung; fügen Sie stattdessen ihren Verbindungsstring (CUSTOM CONNECT TO ...) ein</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the closing quote</source>
        <translation>unerwarteter Text &quot;%1&quot; nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>the connection string is empty</source>
        <translation>der Verbindungsstring ist leer</translation>
    </message>
    <message>
        <source>empty pair: expected key=value before &apos;;&apos;</source>
        <translation>leeres Paar: vor &apos;;&apos; wird Schlüssel=Wert erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &apos;=&apos; between key and value</source>
        <translation>&quot;%1&quot; hat kein &apos;=&apos; zwischen Schlüssel und Wert</translation>
    </message>
    <message>
        <source>a value with no key before its &apos;=&apos;</source>
        <translation>ein Wert ohne Schlüssel vor seinem &apos;=&apos;</translation>
    </message>
    <message>
        <source>%1 is not a list of status codes such as 500,502,503</source>
        <translation>%1 ist keine Liste von Statuscodes wie 500,502,503</translation>
    </message>
</context>
<context>
    <name>ConnectionValidator</name>
    <message>
        <source>Row %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL has no host name after its scheme.</source>
        <translation>Die URL hat nach ihrem Schema keinen Hostnamen.</translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on, so the URL must start with https://.</source>
        <translation>„Nur HTTPS zulassen“ ist eingeschaltet, daher muss die URL mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>Zeile %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used in rows %2 and %3; names must be unique.</source>
        <translation>Der Name „%1“ steht in den Zeilen %2 und %3; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is in rows %2 and %3; it will be sent twice.</source>
        <translation>Der Header „%1“ steht in den Zeilen %2 und %3; er wird zweimal gesendet.</translation>
    </message>
    <message>
        <source>If-Modified-Since must have the form yyyy-MM-dd-HH:mm:ssZ, for example 2014-09-28-16:25:09Z; &quot;%1&quot; does not.</source>
        <translation>If-Modified-Since muss die Form yyyy-MM-dd-HH:mm:ssZ haben, zum Beispiel 2014-09-28-16:25:09Z; „%1“ hat sie nicht.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; &quot;%2&quot; is not.</source>
        <translation>%1 muss eine ganze Zahl sein; „%2“ ist keine.</translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the start field.</source>
        <translation>Die Offset-Paginierung braucht den Namen des Startfelds.</translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the count field.</source>
        <translation>Die Offset-Paginierung braucht den Namen des Anzahlfelds.</translation>
    </message>
    <message>
        <source>The start value</source>
        <translation>Der Startwert</translation>
    </message>
    <message>
        <source>The count value</source>
        <translation>Der Anzahlwert</translation>
    </message>
    <message>
        <source>Next page pagination needs the name of the page parameter.</source>
        <translation>Die Paginierung „Nächste Seite“ braucht den Namen des Seitenparameters.</translation>
    </message>
    <message>
        <source>The initial page</source>
        <translation>Die erste Seite</translation>
    </message>
    <message>
        <source>The page size</source>
        <translation>Die Seitengröße</translation>
    </message>
    <message>
        <source>Next token pagination needs the name of the token parameter.</source>
        <translation>Die Paginierung „Nächstes Token“ braucht den Namen des Token-Parameters.</translation>
    </message>
    <message>
        <source>Next token pagination needs the path of the token in the response.</source>
        <translation>Die Paginierung „Nächstes Token“ braucht den Pfad des Tokens in der Antwort.</translation>
    </message>
    <message>
        <source>Next URL pagination needs the path of the next URL in the response.</source>
        <translation>Die Paginierung „Nächste URL“ braucht den Pfad der nächsten URL in der Antwort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2 (character %3)</source>
        <translation>„%1“ im Wert von %2 (Zeichen %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2</source>
        <translation>„%1“ im Wert von %2</translation>
    </message>
    <message>
        <source>%1 is not one of Qlik&apos;s escapes (%2); it is kept as written.</source>
        <translation>%1 ist keines von Qliks Escape-Zeichen (%2); es bleibt, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is unknown to Qonduit; it is kept as written.</source>
        <translation>Der Schlüssel „%1“ ist Qonduit unbekannt; er bleibt, wie er geschrieben ist.</translation>
    </message>
    <message>
        <source>The key %1 appears more than once; the last value is used.</source>
        <translation>Der Schlüssel %1 kommt mehrmals vor; der letzte Wert gilt.</translation>
    </message>
    <message>
        <source>The provider is &quot;%1&quot;, not %2.</source>
        <translation>Der Provider ist „%1“, nicht %2.</translation>
    </message>
    <message>
        <source>The string has no provider key; Qlik needs provider=%1.</source>
        <translation>Der String hat keinen provider-Schlüssel; Qlik braucht provider=%1.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation>Das Zeitlimit muss zwischen 1 und 10000 Sekunden liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>A request body is sent only with POST: choose POST or clear the body.</source>
        <translation>Ein Request-Body wird nur mit POST gesendet: Wählen Sie POST oder leeren Sie den Body.</translation>
    </message>
    <message>
        <source>Enter the user name for this authentication schema.</source>
        <translation>Geben Sie den Benutzernamen für dieses Authentifizierungsschema ein.</translation>
    </message>
    <message>
        <source>Enter the PFX file name of the client certificate.</source>
        <translation>Geben Sie den PFX-Dateinamen des Client-Zertifikats ein.</translation>
    </message>
    <message>
        <source>Choose the installed certificate to use.</source>
        <translation>Wählen Sie das zu verwendende installierte Zertifikat.</translation>
    </message>
    <message>
        <source>The read/write timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation>Das Zeitlimit für Lesen/Schreiben muss zwischen 1 und 10000 Sekunden liegen; %1 tut das nicht.</translation>
    </message>
    <message>
        <source>Retry failed request needs the status codes to retry on, such as 500,502,503,504.</source>
        <translation>„Fehlgeschlagene Anfrage wiederholen“ braucht die Statuscodes, bei denen wiederholt wird, etwa 500,502,503,504.</translation>
    </message>
    <message>
        <source>$(%1) is not among the variables: add it there with a value to test with (Qlik would send it empty unless the script sets it).</source>
        <translation>$(%1) steht nicht unter den Variablen: Fügen Sie sie dort mit einem Testwert hinzu (Qlik sendet sie leer, wenn das Skript sie nicht setzt).</translation>
    </message>
    <message>
        <source>$(%1) has no test value: it is sent empty.</source>
        <translation>$(%1) hat keinen Testwert: sie wird leer gesendet.</translation>
    </message>
    <message>
        <source>a variable&apos;s name is letters, digits, _ and ., as in $(vName).</source>
        <translation>der Name einer Variablen besteht aus Buchstaben, Ziffern, _ und ., wie in $(vName).</translation>
    </message>
    <message>
        <source>%1 is defined twice.</source>
        <translation>%1 ist zweimal definiert.</translation>
    </message>
    <message>
        <source>%1 is not used: write $(%1) in the URL, a query parameter, a header or the body.</source>
        <translation>%1 wird nicht verwendet: Schreiben Sie $(%1) in die URL, einen Abfrageparameter, einen Header oder den Body.</translation>
    </message>
    <message>
        <source>Enter where the answer holds the token, such as access_token.</source>
        <translation>Geben Sie an, wo die Antwort das Token enthält, etwa access_token.</translation>
    </message>
    <message>
        <source>Enter the header or query parameter that carries the token.</source>
        <translation>Geben Sie den Header oder Abfrageparameter an, der das Token trägt.</translation>
    </message>
    <message>
        <source>Enter the client id the token endpoint knows.</source>
        <translation>Geben Sie die Client-ID ein, die der Token-Endpunkt kennt.</translation>
    </message>
    <message>
        <source>The password grant needs the user name.</source>
        <translation>Der Password-Grant braucht den Benutzernamen.</translation>
    </message>
    <message>
        <source>The refresh grant needs the refresh token.</source>
        <translation>Der Refresh-Grant braucht das Refresh-Token.</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>the command ends inside a %1 quote opened at character %2</source>
        <translation>der Befehl endet innerhalb eines %1-Anführungszeichens, das bei Zeichen %2 öffnet</translation>
    </message>
    <message>
        <source>this is not a curl command: it does not start with curl</source>
        <translation>das ist kein curl-Befehl: er beginnt nicht mit curl</translation>
    </message>
    <message>
        <source>%1 needs a value, and the command ends there</source>
        <translation>%1 braucht einen Wert, und der Befehl endet dort</translation>
    </message>
    <message>
        <source>%1: a second URL; a connection has one</source>
        <translation>%1: eine zweite URL; eine Verbindung hat eine</translation>
    </message>
    <message>
        <source>-X %1: Qlik&apos;s REST connector sends only GET and POST</source>
        <translation>-X %1: Qliks REST-Connector sendet nur GET und POST</translation>
    </message>
    <message>
        <source>-H %1: not a &quot;Name: value&quot; header</source>
        <translation>-H %1: kein Header der Form „Name: Wert“</translation>
    </message>
    <message>
        <source>%1 %2: the body comes from a file; paste its text into the request body</source>
        <translation>%1 %2: der Body kommt aus einer Datei; fügen Sie ihren Text in den Request-Body ein</translation>
    </message>
    <message>
        <source>-b %1: cookies from a file</source>
        <translation>-b %1: Cookies aus einer Datei</translation>
    </message>
    <message>
        <source>%1: redirects are followed within the host and the whitelist for redirects (Security)</source>
        <translation>%1: Umleitungen werden innerhalb des Hosts und der Whitelist für Umleitungen (Sicherheit) verfolgt</translation>
    </message>
    <message>
        <source>--compressed: compression is negotiated by the connector</source>
        <translation>--compressed: die Komprimierung handelt der Connector aus</translation>
    </message>
    <message>
        <source>%1: an output option, ignored</source>
        <translation>%1: eine Ausgabeoption, ignoriert</translation>
    </message>
    <message>
        <source>%1%2: no place in Qlik&apos;s REST form</source>
        <translation>%1%2: hat keinen Platz in Qliks REST-Formular</translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation>der curl-Befehl hat keine URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>„%1“ ist keine URL</translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation>der Body eines GET: Qlik sendet einen Body nur mit POST</translation>
    </message>
    <message>
        <source>--cert %1: Qlik reads client certificates from PFX (P12) files; convert it with openssl pkcs12 -export</source>
        <translation>--cert %1: Qlik liest Client-Zertifikate aus PFX-Dateien (P12); konvertieren Sie es mit openssl pkcs12 -export</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: the YAML stands for more than %2 values (aliases of aliases?); it is not read further</source>
        <translation>Zeile %1: das YAML steht für mehr als %2 Werte (Aliase von Aliasen?); es wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>line %1: a map&apos;s key is itself a map or a list; JSON has no such key</source>
        <translation>Zeile %1: der Schlüssel einer Map ist selbst eine Map oder Liste; JSON kennt keinen solchen Schlüssel</translation>
    </message>
    <message>
        <source>line %1: nested more than %2 levels deep; it is not read further</source>
        <translation>Zeile %1: mehr als %2 Ebenen tief verschachtelt; es wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>line %1: the alias *%2 names no anchor before it</source>
        <translation>Zeile %1: der Alias *%2 nennt keinen Anker davor</translation>
    </message>
    <message>
        <source>the YAML reader could not start</source>
        <translation>der YAML-Leser konnte nicht starten</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>the YAML holds no document</source>
        <translation>das YAML enthält kein Dokument</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: a second YAML document begins; an API document is one document</source>
        <translation>Zeile %1: ein zweites YAML-Dokument beginnt; ein API-Dokument ist ein einziges Dokument</translation>
    </message>
    <message>
        <source>%1: Qlik&apos;s REST connector sends GET and POST only</source>
        <translation>%1: Qliks REST-Connector sendet nur GET und POST</translation>
    </message>
    <message>
        <source>Postman collection %1</source>
        <translation>Postman-Collection %1</translation>
    </message>
    <message>
        <source>Insomnia export %1</source>
        <translation>Insomnia-Export %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than an API document holds</source>
        <translation>die Datei ist größer als %1 MB, mehr als ein API-Dokument umfasst</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not JSON at %1: %2</source>
        <translation>kein JSON bei %1: %2</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>kein YAML: %1</translation>
    </message>
    <message>
        <source>the document is not a map of fields: none of OpenAPI, Swagger, Postman, Insomnia or HAR starts otherwise</source>
        <translation>das Dokument ist keine Sammlung von Feldern: OpenAPI, Swagger, Postman, Insomnia und HAR beginnen alle so</translation>
    </message>
    <message>
        <source>a Swagger 1.x document: Qonduit reads Swagger 2.0 and OpenAPI 3; convert it first</source>
        <translation>ein Swagger-1.x-Dokument: Qonduit liest Swagger 2.0 und OpenAPI 3; konvertieren Sie es zuerst</translation>
    </message>
    <message>
        <source>none of OpenAPI (an &quot;openapi&quot; field), Swagger 2.0 (&quot;swagger&quot;), a Postman collection (&quot;info&quot; with its schema), an Insomnia export (&quot;_type&quot;: &quot;export&quot;) or HAR (&quot;log&quot; with &quot;entries&quot;)</source>
        <translation>weder OpenAPI (ein Feld &quot;openapi&quot;), Swagger 2.0 (&quot;swagger&quot;), eine Postman-Collection (&quot;info&quot; mit ihrem Schema), ein Insomnia-Export (&quot;_type&quot;: &quot;export&quot;) noch HAR (&quot;log&quot; mit &quot;entries&quot;)</translation>
    </message>
    <message>
        <source>the document has no operation %1</source>
        <translation>das Dokument hat keine Operation %1</translation>
    </message>
    <message>
        <source>the document names no host (its server is &quot;%1&quot;): put the API&apos;s address in front of the URL</source>
        <translation>das Dokument nennt keinen Host (sein Server ist &quot;%1&quot;): setzen Sie die Adresse der API vor die URL</translation>
    </message>
    <message>
        <source>the path parameter {%1} has no value: fill it into the URL</source>
        <translation>der Pfadparameter {%1} hat keinen Wert: tragen Sie ihn in die URL ein</translation>
    </message>
    <message>
        <source>the optional %1 parameter %2, not added</source>
        <translation>der optionale %1-Parameter %2, nicht hinzugefügt</translation>
    </message>
    <message>
        <source>the optional %1 parameter %2 (for example %3), not added</source>
        <translation>der optionale %1-Parameter %2 (zum Beispiel %3), nicht hinzugefügt</translation>
    </message>
    <message>
        <source>the required %1 parameter %2 has no example: fill in its value</source>
        <translation>der erforderliche %1-Parameter %2 hat kein Beispiel: tragen Sie seinen Wert ein</translation>
    </message>
    <message>
        <source>the cookie %1: Qlik&apos;s form has no cookies; send a Cookie header if the API needs it</source>
        <translation>das Cookie %1: Qliks Formular hat keine Cookies; senden Sie einen Cookie-Header, wenn die API es braucht</translation>
    </message>
    <message>
        <source>the file %1: Qlik&apos;s connector uploads no files</source>
        <translation>die Datei %1: Qliks Connector lädt keine Dateien hoch</translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation>der Body eines GET: Qlik sendet einen Body nur mit POST</translation>
    </message>
    <message>
        <source>the document marks this operation deprecated</source>
        <translation>das Dokument kennzeichnet diese Operation als veraltet</translation>
    </message>
    <message>
        <source>$ref %1 is in another document, which is not fetched</source>
        <translation>$ref %1 liegt in einem anderen Dokument, das nicht abgerufen wird</translation>
    </message>
    <message>
        <source>$ref %1 refers back to itself</source>
        <translation>$ref %1 verweist auf sich selbst zurück</translation>
    </message>
    <message>
        <source>$ref %1 goes nowhere in the document</source>
        <translation>$ref %1 führt im Dokument nirgendwohin</translation>
    </message>
    <message>
        <source>the request body as %1: Qlik&apos;s connector sends text, JSON or form fields, not multipart or files</source>
        <translation>der Request-Body als %1: Qliks Connector sendet Text, JSON oder Formularfelder, kein Multipart und keine Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to authenticate the document offers; the first is in the form</source>
        <translation>
            <numerusform>%n weitere Art der Authentifizierung, die das Dokument anbietet; die erste steht im Formular</numerusform>
            <numerusform>%n weitere Arten der Authentifizierung, die das Dokument anbietet; die erste steht im Formular</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP Basic; fill in the user name and password</source>
        <translation>%1: HTTP Basic; tragen Sie Benutzername und Passwort ein</translation>
    </message>
    <message>
        <source>%1: HTTP Digest; fill in the user name and password</source>
        <translation>%1: HTTP Digest; tragen Sie Benutzername und Passwort ein</translation>
    </message>
    <message>
        <source>%1: a bearer token; give the secret variable vBearerToken its value</source>
        <translation>%1: ein Bearer-Token; geben Sie der geheimen Variable vBearerToken ihren Wert</translation>
    </message>
    <message>
        <source>%1: an API key in a cookie; send it in a Cookie header</source>
        <translation>%1: ein API-Schlüssel in einem Cookie; senden Sie ihn in einem Cookie-Header</translation>
    </message>
    <message>
        <source>%1: an API key; give the secret variable %2 its value</source>
        <translation>%1: ein API-Schlüssel; geben Sie der geheimen Variable %2 ihren Wert</translation>
    </message>
    <message>
        <source>%1: OpenID Connect signs in with a browser, which Qlik&apos;s connector cannot; get a token another way and send it as Authorization: Bearer</source>
        <translation>%1: OpenID Connect meldet sich mit einem Browser an, was Qliks Connector nicht kann; holen Sie ein Token auf anderem Weg und senden Sie es als Authorization: Bearer</translation>
    </message>
    <message>
        <source>%1: a client certificate; choose it under Certificates</source>
        <translation>%1: ein Client-Zertifikat; wählen Sie es unter Zertifikate</translation>
    </message>
    <message>
        <source>%1: an authentication of type %2, which Qlik&apos;s form has no place for</source>
        <translation>%1: eine Authentifizierung vom Typ %2, für die Qliks Formular keinen Platz hat</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0 by %2, which signs in with a browser; Qlik&apos;s connector cannot: get a token another way and send it as Authorization: Bearer</source>
        <translation>%1: OAuth 2.0 per %2, das sich mit einem Browser anmeldet; Qliks Connector kann das nicht: holen Sie ein Token auf anderem Weg und senden Sie es als Authorization: Bearer</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0, password grant, in Token first; fill in the client, user and password</source>
        <translation>%1: OAuth 2.0, Password-Grant, unter Token zuerst; tragen Sie Client, Benutzer und Passwort ein</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0, client credentials, in Token first; fill in the client id and secret</source>
        <translation>%1: OAuth 2.0, Client Credentials, unter Token zuerst; tragen Sie Client-ID und Secret ein</translation>
    </message>
    <message>
        <source>Next token: the operation takes %1; say where the answer has the next one</source>
        <translation>Nächstes Token: die Operation nimmt %1; geben Sie an, wo die Antwort das nächste hat</translation>
    </message>
    <message>
        <source>Next token: the operation takes %1, the answer has %2</source>
        <translation>Nächstes Token: die Operation nimmt %1, die Antwort hat %2</translation>
    </message>
    <message>
        <source>Offset: the operation takes %1 and %2</source>
        <translation>Offset: die Operation nimmt %1 und %2</translation>
    </message>
    <message>
        <source>no page size</source>
        <translation>keine Seitengröße</translation>
    </message>
    <message>
        <source>Next page: the operation takes %1</source>
        <translation>Nächste Seite: die Operation nimmt %1</translation>
    </message>
    <message>
        <source>Next URL: the answer has %1</source>
        <translation>Nächste URL: die Antwort hat %1</translation>
    </message>
    <message>
        <source>Swagger %1: Qonduit reads Swagger 2.0 and OpenAPI 3</source>
        <translation>Swagger %1: Qonduit liest Swagger 2.0 und OpenAPI 3</translation>
    </message>
    <message>
        <source>OpenAPI &quot;%1&quot;: Qonduit reads OpenAPI 3.0 and 3.1 and Swagger 2.0</source>
        <translation>OpenAPI &quot;%1&quot;: Qonduit liest OpenAPI 3.0 und 3.1 sowie Swagger 2.0</translation>
    </message>
    <message>
        <source>the document has no paths, so no operation to import</source>
        <translation>das Dokument hat keine Pfade, also keine Operation zum Importieren</translation>
    </message>
    <message>
        <source>the document describes only webhooks, calls the API makes to you: none for Qlik to make</source>
        <translation>das Dokument beschreibt nur Webhooks, Aufrufe, die die API an Sie richtet: keinen, den Qlik machen könnte</translation>
    </message>
    <message>
        <source>the document&apos;s paths hold no operation</source>
        <translation>die Pfade des Dokuments enthalten keine Operation</translation>
    </message>
    <message>
        <source>the collection has no request %1</source>
        <translation>die Collection hat keinen Request %1</translation>
    </message>
    <message>
        <source>the collection&apos;s pre-request and test scripts, which are not run</source>
        <translation>die Pre-Request- und Test-Skripte der Collection, die nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the collection: give $(%1) a test value</source>
        <translation>{{%1}} hat in der Collection keinen Wert: geben Sie $(%1) einen Testwert</translation>
    </message>
    <message>
        <source>%1: a Postman dynamic value, which Qlik has no such thing for</source>
        <translation>%1: ein dynamischer Wert von Postman, für den Qlik nichts Entsprechendes hat</translation>
    </message>
    <message>
        <source>folders nested more than %1 deep are not read</source>
        <translation>Ordner, die tiefer als %1 verschachtelt sind, werden nicht gelesen</translation>
    </message>
    <message>
        <source>the form-data body: Qlik&apos;s connector sends no multipart forms; send the fields urlencoded if the API takes them so</source>
        <translation>der Form-Data-Body: Qliks Connector sendet keine Multipart-Formulare; senden Sie die Felder urlencoded, wenn die API sie so annimmt</translation>
    </message>
    <message>
        <source>the file body: Qlik&apos;s connector uploads no files</source>
        <translation>der Datei-Body: Qliks Connector lädt keine Dateien hoch</translation>
    </message>
    <message>
        <source>OAuth 2.0 by %1, which signs in with a browser: the token Postman had is sent as it is, until it expires</source>
        <translation>OAuth 2.0 per %1, das sich mit einem Browser anmeldet: das Token, das Postman hatte, wird unverändert gesendet, bis es abläuft</translation>
    </message>
    <message>
        <source>OAuth 2.0 by %1, which signs in with a browser; Qlik&apos;s connector cannot: get a token another way and send it as Authorization: Bearer</source>
        <translation>OAuth 2.0 per %1, das sich mit einem Browser anmeldet; Qliks Connector kann das nicht: holen Sie ein Token auf anderem Weg und senden Sie es als Authorization: Bearer</translation>
    </message>
    <message>
        <source>the %1 authentication, which Qlik&apos;s connector cannot do</source>
        <translation>die Authentifizierung %1, die Qliks Connector nicht beherrscht</translation>
    </message>
    <message>
        <source>a Postman collection v1: export it again from Postman as v2.1</source>
        <translation>eine Postman-Collection v1: exportieren Sie sie erneut aus Postman als v2.1</translation>
    </message>
    <message>
        <source>the collection has no item list, so no request to import</source>
        <translation>die Collection hat keine item-Liste, also keinen Request zum Importieren</translation>
    </message>
    <message>
        <source>the collection holds no request</source>
        <translation>die Collection enthält keinen Request</translation>
    </message>
    <message>
        <source>not a Postman environment: it has no &quot;values&quot; list</source>
        <translation>keine Postman-Umgebung: sie hat keine &quot;values&quot;-Liste</translation>
    </message>
    <message>
        <source>the values of the environment %1; the export has %2 more</source>
        <translation>die Werte der Umgebung %1; der Export hat %2 weitere</translation>
    </message>
    <message>
        <source>the export has no request %1</source>
        <translation>der Export hat keinen Request %1</translation>
    </message>
    <message>
        <source>a template tag in &quot;%1&quot;, which Insomnia runs and Qlik cannot</source>
        <translation>ein Template-Tag in &quot;%1&quot;, das Insomnia ausführt und Qlik nicht</translation>
    </message>
    <message>
        <source>the multipart form body: Qlik&apos;s connector sends no multipart forms</source>
        <translation>der Multipart-Formular-Body: Qliks Connector sendet keine Multipart-Formulare</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the export: give $(%1) a test value</source>
        <translation>{{%1}} hat im Export keinen Wert: geben Sie $(%1) einen Testwert</translation>
    </message>
    <message>
        <source>%1: an Insomnia expression, which Qlik cannot run</source>
        <translation>%1: ein Insomnia-Ausdruck, den Qlik nicht ausführen kann</translation>
    </message>
    <message>
        <source>an Insomnia export of format %1: Qonduit reads format 4 (Insomnia&apos;s &quot;Export Data&quot;)</source>
        <translation>ein Insomnia-Export im Format %1: Qonduit liest Format 4 (Insomnias &quot;Export Data&quot;)</translation>
    </message>
    <message>
        <source>the export has no resources, so no request to import</source>
        <translation>der Export hat keine Ressourcen, also keinen Request zum Importieren</translation>
    </message>
    <message>
        <source>the export holds no request</source>
        <translation>der Export enthält keinen Request</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) whose answers are not JSON, XML or CSV (pages, scripts, images) are left out</source>
        <translation>
            <numerusform>%n Aufruf, dessen Antwort nicht JSON, XML oder CSV ist (Seiten, Skripte, Bilder), bleibt außen vor</numerusform>
            <numerusform>%n Aufrufe, deren Antworten nicht JSON, XML oder CSV sind (Seiten, Skripte, Bilder), bleiben außen vor</numerusform>
        </translation>
    </message>
    <message>
        <source>the HAR file has no call %1</source>
        <translation>die HAR-Datei hat keinen Aufruf %1</translation>
    </message>
    <message>
        <source>the Cookie header is the browser&apos;s session: it is kept, and stops working when the session ends</source>
        <translation>der Cookie-Header ist die Sitzung des Browsers: er bleibt erhalten und funktioniert nicht mehr, wenn die Sitzung endet</translation>
    </message>
    <message>
        <source>headers the browser adds on its own, left out: %1</source>
        <translation>Header, die der Browser von sich aus hinzufügt, weggelassen: %1</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot; sends a file (%2): Qlik&apos;s connector sends no files</source>
        <translation>das Formularfeld &quot;%1&quot; sendet eine Datei (%2): Qliks Connector sendet keine Dateien</translation>
    </message>
    <message>
        <source>the HAR file has no entries list</source>
        <translation>die HAR-Datei hat keine entries-Liste</translation>
    </message>
    <message>
        <source>the HAR file records no call</source>
        <translation>die HAR-Datei zeichnet keinen Aufruf auf</translation>
    </message>
    <message>
        <source>the HAR file records no call whose answer is JSON, XML or CSV</source>
        <translation>die HAR-Datei zeichnet keinen Aufruf auf, dessen Antwort JSON, XML oder CSV ist</translation>
    </message>
    <message>
        <source>the text is HTML or XML (a web page, a WSDL?), not an API document</source>
        <translation>der Text ist HTML oder XML (eine Webseite, eine WSDL?), kein API-Dokument</translation>
    </message>
    <message>
        <source>the download of %1 was canceled</source>
        <translation>der Download von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than an API document holds</source>
        <translation>%1 ist größer als %2 MB, mehr als ein API-Dokument umfasst</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 answered %2 %3, not the document</source>
        <translation>%1 antwortete %2 %3, nicht mit dem Dokument</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>The proxy address holds a password, which would be written into the connection string: remove it from the address (keep http://%1@...) and give it as the proxy password (qonduit-cli: --proxy-password-env). Nothing was sent.</source>
        <translation>Die Proxy-Adresse enthält ein Passwort, das in den Verbindungsstring geschrieben würde: Entfernen Sie es aus der Adresse (behalten Sie http://%1@...) und geben Sie es als Proxy-Passwort an (qonduit-cli: --proxy-password-env). Nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>Qonduit::ApiEntryModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>Pfad oder URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Tag or folder</source>
        <translation>Tag oder Ordner</translation>
    </message>
</context>
<context>
    <name>Qonduit::AuthenticationSection</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Windows NTLM</source>
        <translation>Windows NTLM</translation>
    </message>
    <message>
        <source>Current Windows User (NTLM)</source>
        <translation>Aktueller Windows-Benutzer (NTLM)</translation>
    </message>
    <message>
        <source>Only available when Qonduit runs on Windows: it uses the Windows account of the user who starts it.</source>
        <translation>Nur verfügbar, wenn Qonduit unter Windows läuft: Es verwendet das Windows-Konto des Benutzers, der es startet.</translation>
    </message>
    <message>
        <source>Authentication &amp;schema</source>
        <translation>Authentifizierungs&amp;schema</translation>
    </message>
    <message>
        <source>How Qonduit, and Qlik&apos;s REST connector, authenticate to the REST service.</source>
        <translation>Wie sich Qonduit und Qliks REST-Connector beim REST-Dienst authentifizieren.</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>Benutzer&amp;name</translation>
    </message>
    <message>
        <source>The user name of the REST account. For Digest and NTLM, a Windows domain account (DOMAIN\user).</source>
        <translation>Der Benutzername des REST-Kontos. Für Digest und NTLM ein Windows-Domänenkonto (DOMÄNE\Benutzer).</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>The password of the REST account. It is never saved in connection files or drafts.</source>
        <translation>Das Passwort des REST-Kontos. Es wird nie in Verbindungsdateien oder Entwürfen gespeichert.</translation>
    </message>
    <message>
        <source>No authentication: everyone using the connection has access to the resource.</source>
        <translation>Keine Authentifizierung: Jeder, der die Verbindung nutzt, hat Zugriff auf die Ressource.</translation>
    </message>
    <message>
        <source>Sends the user name and password Base64-encoded. Base64 is not encryption: use it over HTTPS only.</source>
        <translation>Sendet Benutzername und Passwort Base64-kodiert. Base64 ist keine Verschlüsselung: Nur über HTTPS verwenden.</translation>
    </message>
    <message>
        <source>A challenge-response: the server sends a nonce, the client answers with a hash of the user name, password and nonce. Requires a Windows domain account; the realm is the domain.</source>
        <translation>Ein Challenge-Response-Verfahren: Der Server sendet eine Nonce, der Client antwortet mit einem Hash aus Benutzername, Passwort und Nonce. Erfordert ein Windows-Domänenkonto; der Realm ist die Domäne.</translation>
    </message>
    <message>
        <source>A challenge-response with Windows credentials, more secure than Digest. The server and any proxies must keep connections open.</source>
        <translation>Ein Challenge-Response-Verfahren mit Windows-Anmeldedaten, sicherer als Digest. Server und alle Proxys müssen Verbindungen offen halten.</translation>
    </message>
    <message>
        <source>Uses the Windows account that runs Qonduit (Qlik Sense Desktop only).</source>
        <translation>Verwendet das Windows-Konto, unter dem Qonduit läuft (nur Qlik Sense Desktop).</translation>
    </message>
    <message>
        <source>Uses the Windows account that runs the connector: works only on Windows and with Qlik Sense Desktop. Qonduit cannot test it here.</source>
        <translation>Verwendet das Windows-Konto, unter dem der Connector läuft: funktioniert nur unter Windows und mit Qlik Sense Desktop. Qonduit kann es hier nicht testen.</translation>
    </message>
    <message>
        <source>Send the client id and secret as &amp;Basic</source>
        <translation>Client-ID und Secret als &amp;Basic senden</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Token holen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (Qonduit)</source>
        <translation>OAuth-2.0-Token (Qonduit)</translation>
    </message>
    <message>
        <source>Token from another request (Qonduit)</source>
        <translation>Token aus einer anderen Anfrage (Qonduit)</translation>
    </message>
    <message>
        <source>Token &amp;first</source>
        <translation>Token &amp;zuerst</translation>
    </message>
    <message>
        <source>Fetch a token before the data request, as most APIs want today. Qlik&apos;s REST connector cannot (it has no OAuth 2.0): the script fetches it with a connection of its own and sends it in WITH CONNECTION.</source>
        <translation>Vor der Datenanfrage ein Token holen, wie es die meisten APIs heute verlangen. Qliks REST-Konnektor kann das nicht (er hat kein OAuth 2.0): Das Skript holt es mit einer eigenen Verbindung und sendet es in WITH CONNECTION.</translation>
    </message>
    <message>
        <source>Token &amp;URL</source>
        <translation>Token-&amp;URL</translation>
    </message>
    <message>
        <source>The token endpoint, or the login request&apos;s URL.</source>
        <translation>Der Token-Endpunkt oder die URL der Login-Anfrage.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh-Token</translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation>&amp;Grant-Typ</translation>
    </message>
    <message>
        <source>The OAuth 2.0 grant the token endpoint is asked for.</source>
        <translation>Der OAuth-2.0-Grant, der beim Token-Endpunkt angefragt wird.</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>&amp;Client-ID</translation>
    </message>
    <message>
        <source>The id of the client registered with the API.</source>
        <translation>Die ID des bei der API registrierten Clients.</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Client-Se&amp;cret</translation>
    </message>
    <message>
        <source>The client&apos;s secret. Kept in the keychain, never in a file or a script unless asked.</source>
        <translation>Das Secret des Clients. Im Schlüsselbund gehalten, nie in einer Datei oder einem Skript, außer auf Wunsch.</translation>
    </message>
    <message>
        <source>Send the client&apos;s id and secret as an Authorization: Basic header instead of in the form.</source>
        <translation>Client-ID und Secret als Authorization: Basic-Header statt im Formular senden.</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>Sco&amp;pe</translation>
    </message>
    <message>
        <source>The scopes asked for, separated by spaces.</source>
        <translation>Die angefragten Scopes, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>A&amp;udience</translation>
    </message>
    <message>
        <source>The API the token is for, where the endpoint wants it.</source>
        <translation>Die API, für die das Token ist, wo der Endpunkt sie verlangt.</translation>
    </message>
    <message>
        <source>Token user na&amp;me</source>
        <translation>Token-Benutzer&amp;name</translation>
    </message>
    <message>
        <source>The user of the password grant.</source>
        <translation>Der Benutzer des Password-Grants.</translation>
    </message>
    <message>
        <source>Token pass&amp;word</source>
        <translation>Token-Pass&amp;wort</translation>
    </message>
    <message>
        <source>The password of the password grant; kept in the keychain.</source>
        <translation>Das Passwort des Password-Grants; im Schlüsselbund gehalten.</translation>
    </message>
    <message>
        <source>Re&amp;fresh token</source>
        <translation>Re&amp;fresh-Token</translation>
    </message>
    <message>
        <source>The refresh token of the refresh grant; kept in the keychain.</source>
        <translation>Das Refresh-Token des Refresh-Grants; im Schlüsselbund gehalten.</translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation>Token-Pfa&amp;d</translation>
    </message>
    <message>
        <source>Where the answer has the token: access_token, or a path such as data/token.</source>
        <translation>Wo die Antwort das Token hat: access_token oder ein Pfad wie data/token.</translation>
    </message>
    <message>
        <source>A header</source>
        <translation>Ein Header</translation>
    </message>
    <message>
        <source>A query parameter</source>
        <translation>Ein Abfrageparameter</translation>
    </message>
    <message>
        <source>Send the token &amp;in</source>
        <translation>Token senden &amp;in</translation>
    </message>
    <message>
        <source>How the data request carries the token.</source>
        <translation>Wie die Datenanfrage das Token mitführt.</translation>
    </message>
    <message>
        <source>Header or parameter n&amp;ame</source>
        <translation>Header- oder Parameter&amp;name</translation>
    </message>
    <message>
        <source>The header or query parameter that carries the token: Authorization by default.</source>
        <translation>Der Header oder Abfrageparameter, der das Token trägt: standardmäßig Authorization.</translation>
    </message>
    <message>
        <source>Value pre&amp;fix</source>
        <translation>Wert-Prä&amp;fix</translation>
    </message>
    <message>
        <source>What stands before the token in the header: &quot;Bearer &quot; by default.</source>
        <translation>Was im Header vor dem Token steht: standardmäßig „Bearer “.</translation>
    </message>
    <message>
        <source>Perform the token request now and show what it answers</source>
        <translation>Die Token-Anfrage jetzt ausführen und die Antwort zeigen</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Läuft ab: %1.</translation>
    </message>
    <message>
        <source>Token: %1 (masked; it is sent as the settings say)</source>
        <translation>Token: %1 (verdeckt; es wird gesendet, wie die Einstellungen sagen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>More form fiel&amp;ds</source>
        <translation>Weitere Formular&amp;felder</translation>
    </message>
    <message>
        <source>More fields of the token request&apos;s form, such as resource, where the endpoint wants them.</source>
        <translation>Weitere Felder im Formular der Token-Anfrage, etwa resource, wo der Endpunkt sie verlangt.</translation>
    </message>
    <message>
        <source>Token request me&amp;thod</source>
        <translation>Meth&amp;ode der Token-Anfrage</translation>
    </message>
    <message>
        <source>The method of the request whose answer holds the token: GET or POST, as Qlik can send.</source>
        <translation>Die Methode der Anfrage, deren Antwort das Token enthält: GET oder POST, wie Qlik sie senden kann.</translation>
    </message>
    <message>
        <source>Token request b&amp;ody</source>
        <translation>&amp;Body der Token-Anfrage</translation>
    </message>
    <message>
        <source>The body the POST sends, such as a login&apos;s user and password. Put a password in a secret variable: the body is saved as written.</source>
        <translation>Der Body, den der POST sendet, etwa Benutzer und Passwort einer Anmeldung. Ein Passwort gehört in eine geheime Variable: der Body wird so gespeichert, wie er dasteht.</translation>
    </message>
    <message>
        <source>Token request hea&amp;ders</source>
        <translation>Hea&amp;der der Token-Anfrage</translation>
    </message>
    <message>
        <source>The headers of the token request, such as Content-Type or an API key. Secret ones (Authorization, keys, tokens) are kept in the keychain.</source>
        <translation>Die Header der Token-Anfrage, etwa Content-Type oder ein API-Schlüssel. Geheime (Authorization, Schlüssel, Tokens) liegen im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>Qonduit::BodyView</name>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Open the &amp;whole body</source>
        <translation>Ganzen Body ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save the whole bod&amp;y…</source>
        <translation>Ganzen Body spei&amp;chern …</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Writes the whole body to a temporary file and opens it with the desktop&apos;s application for its type</source>
        <translation>Schreibt den ganzen Body in eine temporäre Datei und öffnet sie mit der Anwendung, die der Desktop für ihren Typ vorsieht</translation>
    </message>
    <message>
        <source>Save the whole body</source>
        <translation>Ganzen Body speichern</translation>
    </message>
    <message>
        <source>Formatting the body ...</source>
        <translation>Der Body wird formatiert ...</translation>
    </message>
    <message>
        <source>The first %1 of the body are shown; the rest is %2. Open or save the whole body to read all of it.</source>
        <translation>Die ersten %1 des Bodys werden gezeigt; der Rest sind %2. Öffnen oder speichern Sie den ganzen Body, um alles zu lesen.</translation>
    </message>
    <message>
        <source>Writing the body to %1 …</source>
        <translation>Der Body wird nach %1 geschrieben …</translation>
    </message>
    <message>
        <source>The whole body is in %1.</source>
        <translation>Der ganze Body steht in %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::CertificatesSection</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>S&amp;kip server certificate validation</source>
        <translation>Validierung des Server&amp;zertifikats überspringen</translation>
    </message>
    <message>
        <source>Connect even if the server&apos;s certificate is invalid. The certificate is still checked, and its problems are reported.</source>
        <translation>Auch verbinden, wenn das Zertifikat des Servers ungültig ist. Das Zertifikat wird trotzdem geprüft und seine Probleme werden gemeldet.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Aus Datei</translation>
    </message>
    <message>
        <source>Use &amp;certificate</source>
        <translation>&amp;Zertifikat verwenden</translation>
    </message>
    <message>
        <source>An X509 client certificate for mutual authentication: installed in a Windows certificate store, or from a PFX file. Not available in Qlik Sense Cloud.</source>
        <translation>Ein X509-Client-Zertifikat für die gegenseitige Authentifizierung: in einem Windows-Zertifikatspeicher installiert oder aus einer PFX-Datei. In Qlik Sense Cloud nicht verfügbar.</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message>
        <source>Local machine</source>
        <translation>Lokaler Computer</translation>
    </message>
    <message>
        <source>Certificate &amp;location</source>
        <translation>Zertifikats&amp;ort</translation>
    </message>
    <message>
        <source>The store of the current user or of the local machine. The local machine needs Qlik to run with administrator privileges.</source>
        <translation>Der Speicher des aktuellen Benutzers oder des lokalen Computers. Der lokale Computer erfordert, dass Qlik mit Administratorrechten läuft.</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Eigene Zertifikate</translation>
    </message>
    <message>
        <source>Trusted Root Certification Authorities</source>
        <translation>Vertrauenswürdige Stammzertifizierungsstellen</translation>
    </message>
    <message>
        <source>Intermediate Certification Authorities</source>
        <translation>Zwischenzertifizierungsstellen</translation>
    </message>
    <message>
        <source>Trusted Publisher</source>
        <translation>Vertrauenswürdige Herausgeber</translation>
    </message>
    <message>
        <source>Untrusted Certificates</source>
        <translation>Nicht vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Third-Party Root Certification Authorities</source>
        <translation>Stammzertifizierungsstellen von Drittanbietern</translation>
    </message>
    <message>
        <source>Trusted People</source>
        <translation>Vertrauenswürdige Personen</translation>
    </message>
    <message>
        <source>Other People</source>
        <translation>Andere Personen</translation>
    </message>
    <message>
        <source>Certificate s&amp;tore</source>
        <translation>Zertifikats&amp;speicher</translation>
    </message>
    <message>
        <source>One of the default Windows certificate stores.</source>
        <translation>Einer der Standard-Zertifikatspeicher von Windows.</translation>
    </message>
    <message>
        <source>subject or thumbprint</source>
        <translation>Antragsteller oder Fingerabdruck</translation>
    </message>
    <message>
        <source>Certificate &amp;name</source>
        <translation>Zertifikats&amp;name</translation>
    </message>
    <message>
        <source>The certificate in the store, by subject or thumbprint.</source>
        <translation>Das Zertifikat im Speicher, nach Antragsteller oder Fingerabdruck.</translation>
    </message>
    <message>
        <source>Installed certificates come from a Windows certificate store: Qonduit can write them into the connection, but test them only on Windows.</source>
        <translation>Installierte Zertifikate kommen aus einem Windows-Zertifikatspeicher: Qonduit kann sie in die Verbindung schreiben, aber nur unter Windows testen.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Browse for the PFX file</source>
        <translation>Die PFX-Datei suchen</translation>
    </message>
    <message>
        <source>PFX &amp;file name</source>
        <translation>PFX-&amp;Dateiname</translation>
    </message>
    <message>
        <source>The PFX file of the client certificate. Qlik looks for it in C:\ProgramData\Qlik\Sense\Engine\Certificates\ unless the connector is configured otherwise.</source>
        <translation>Die PFX-Datei des Client-Zertifikats. Qlik sucht sie in C:\ProgramData\Qlik\Sense\Engine\Certificates\, sofern der Connector nicht anders konfiguriert ist.</translation>
    </message>
    <message>
        <source>PFX pass&amp;word</source>
        <translation>PFX-Pass&amp;wort</translation>
    </message>
    <message>
        <source>The password of the PFX file. It is never saved in connection files or drafts.</source>
        <translation>Das Passwort der PFX-Datei. Es wird nie in Verbindungsdateien oder Entwürfen gespeichert.</translation>
    </message>
    <message>
        <source>PFX file</source>
        <translation>PFX-Datei</translation>
    </message>
    <message>
        <source>PFX certificates (*.pfx *.p12);;All files (*)</source>
        <translation>PFX-Zertifikate (*.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Qonduit::CollapsibleSection</name>
    <message>
        <source>Shows or hides this part of the form</source>
        <translation>Zeigt diesen Teil des Formulars oder blendet ihn aus</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n problem(s))</source>
        <translation>
            <numerusform>%1  (%n Problem)</numerusform>
            <numerusform>%1  (%n Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connection &amp;statement</source>
        <translation>Verbindungs&amp;anweisung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the statement to the clipboard (Ctrl+Shift+C)</source>
        <translation>Die Anweisung in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy the connection statement</source>
        <translation>Die Verbindungsanweisung kopieren</translation>
    </message>
    <message>
        <source>Connection statement</source>
        <translation>Verbindungsanweisung</translation>
    </message>
    <message>
        <source>The CUSTOM CONNECT statement for this connection, as a QlikView script or Qlik&apos;s data connection carries it.</source>
        <translation>Die CUSTOM CONNECT-Anweisung dieser Verbindung, wie ein QlikView-Skript oder Qliks Datenverbindung sie enthält.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>List the problems; choose one to go to its field</source>
        <translation>Die Probleme auflisten; wählen Sie eines, um zu seinem Feld zu gehen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Paste connection</source>
        <translation>Verbindung &amp;einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Import curl command</source>
        <translation>curl-Befehl &amp;importieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Copy statement</source>
        <translation>Anweisung &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>D&amp;aten</translation>
    </message>
    <message>
        <source>&amp;Select data</source>
        <translation>Daten &amp;auswählen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Back to the connection</source>
        <translation>&amp;Zurück zur Verbindung</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation>✔ Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) to fix</source>
        <translation>
            <numerusform>⚠ %n Problem zu beheben</numerusform>
            <numerusform>⚠ %n Probleme zu beheben</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the connection</source>
        <translation>Die Verbindung erstellen</translation>
    </message>
    <message>
        <source>Fix the problems first: see the list at the bottom left.</source>
        <translation>Beheben Sie zuerst die Probleme: siehe die Liste unten links.</translation>
    </message>
    <message>
        <source>%1[*] — Create new connection (REST) — Qonduit</source>
        <translation>%1[*] — Neue Verbindung erstellen (REST) — Qonduit</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>The passwords were not saved: no system keychain answers (%1). They stay in memory until Qonduit closes; nothing is written to disk.</source>
        <translation>Die Passwörter wurden nicht gespeichert: Kein System-Schlüsselbund antwortet (%1). Sie bleiben im Speicher, bis Qonduit schließt; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The curl command cannot be imported: %1.</source>
        <translation>Der curl-Befehl kann nicht importiert werden: %1.</translation>
    </message>
    <message>
        <source>The form now holds the curl command.</source>
        <translation>Das Formular enthält jetzt den curl-Befehl.</translation>
    </message>
    <message>
        <source>The form now holds the curl command. Not in the form:
%1</source>
        <translation>Das Formular enthält jetzt den curl-Befehl. Nicht im Formular:
%1</translation>
    </message>
    <message>
        <source>The pasted text is not a connection Qonduit can read: %1</source>
        <translation>Der eingefügte Text ist keine Verbindung, die Qonduit lesen kann: %1</translation>
    </message>
    <message>
        <source>The form now holds the pasted connection.</source>
        <translation>Das Formular enthält jetzt die eingefügte Verbindung.</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>Verbindung öffnen</translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit);;Qlik scripts and text (*.qvs *.txt);;All files (*)</source>
        <translation>Qonduit-Verbindungen (*.qonduit);;Qlik-Skripte und Text (*.qvs *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit)</source>
        <translation>Qonduit-Verbindungen (*.qonduit)</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Keine zuletzt geöffneten Verbindungen</translation>
    </message>
    <message>
        <source>The password of %1 for this test (kept until Qonduit closes, never written to a file):</source>
        <translation>Das Passwort von %1 für diesen Test (bleibt, bis Qonduit schließt, wird nie in eine Datei geschrieben):</translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation>Die Änderungen an dieser Verbindung verwerfen?</translation>
    </message>
    <message>
        <source>A draft from an earlier session could not be read (%1); it is kept at %2.</source>
        <translation>Ein Entwurf aus einer früheren Sitzung konnte nicht gelesen werden (%1); er bleibt unter %2 erhalten.</translation>
    </message>
    <message>
        <source>Qonduit did not close normally last time. Restore the connection you were editing? Passwords are never kept in drafts.</source>
        <translation>Qonduit wurde beim letzten Mal nicht normal beendet. Die Verbindung wiederherstellen, die Sie bearbeitet haben? Passwörter werden nie in Entwürfen aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Qonduit will follow the system&apos;s language from its next start.</source>
        <translation>Qonduit folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Qonduit will speak %1 from its next start.</source>
        <translation>Qonduit spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Sett&amp;ings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>The query header %1 is added; test the connection again.</source>
        <translation>Der Abfrage-Header %1 ist hinzugefügt; testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>API documents: OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;curl commands (*.sh *.txt *.curl);;All files (*)</source>
        <translation>API-Dokumente: OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;curl-Befehle (*.sh *.txt *.curl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
    <message>
        <source>The form now holds %1.</source>
        <translation>Das Formular enthält jetzt %1.</translation>
    </message>
    <message>
        <source>A pagination guess, not applied: %1.</source>
        <translation>Eine Vermutung zur Paginierung, nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Pagination from a guess, to be confirmed: %1.</source>
        <translation>Paginierung aus einer Vermutung, zu bestätigen: %1.</translation>
    </message>
    <message>
        <source>From the document&apos;s example: no call was made. Test connection for the API&apos;s own answer.</source>
        <translation>Aus dem Beispiel des Dokuments: es wurde kein Aufruf gemacht. Testen Sie die Verbindung für die eigene Antwort der API.</translation>
    </message>
    <message>
        <source>From the answer the browser recorded: no call was made. Test connection for today&apos;s answer.</source>
        <translation>Aus der Antwort, die der Browser aufgezeichnet hat: es wurde kein Aufruf gemacht. Testen Sie die Verbindung für die heutige Antwort.</translation>
    </message>
    <message>
        <source>Data &gt; Select data shows the tables of the document&apos;s example.</source>
        <translation>Daten &gt; Daten auswählen zeigt die Tabellen des Beispiels im Dokument.</translation>
    </message>
    <message>
        <source>Data &gt; Select data shows the tables of the recorded answer.</source>
        <translation>Daten &gt; Daten auswählen zeigt die Tabellen der aufgezeichneten Antwort.</translation>
    </message>
    <message>
        <source>Not in the form:
%1</source>
        <translation>Nicht im Formular:
%1</translation>
    </message>
    <message>
        <source>Import from &amp;URL...</source>
        <translation>Aus U&amp;RL importieren...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Aus URL importieren</translation>
    </message>
    <message>
        <source>The address of an OpenAPI or Swagger document, a Postman collection, an Insomnia export or a HAR file (http:// or https://; fetched once, with no credentials):</source>
        <translation>Die Adresse eines OpenAPI- oder Swagger-Dokuments, einer Postman-Collection, eines Insomnia-Exports oder einer HAR-Datei (http:// oder https://; einmal abgerufen, ohne Anmeldedaten):</translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionSection</name>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>Qonduit::FieldListModel</name>
    <message>
        <source>key: links this table&apos;s rows to its child tables</source>
        <translation>Schlüssel: verbindet die Zeilen dieser Tabelle mit ihren Kindtabellen</translation>
    </message>
    <message>
        <source>key: the parent row&apos;s %1</source>
        <translation>Schlüssel: %1 der Elternzeile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats in the response: Qlik names it %2. Rename it to say what it is.</source>
        <translation>„%1“ kommt in der Antwort mehrfach vor: Qlik nennt es %2. Benennen Sie es so, dass es sagt, was es ist.</translation>
    </message>
    <message>
        <source>%1 is loaded as %2 too: Qlik would link the tables by it</source>
        <translation>%1 wird auch als %2 geladen: Qlik würde die Tabellen darüber verknüpfen</translation>
    </message>
    <message>
        <source>%1 in the response</source>
        <translation>%1 in der Antwort</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 rows have the field, %2 of them null</source>
        <translation>%1 Zeilen haben das Feld, %2 davon null</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Gefüllt</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Qonduit::ImportDialog</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Search method, path, summary or tag</source>
        <translation>Methode, Pfad, Zusammenfassung oder Tag suchen</translation>
    </message>
    <message>
        <source>Path parameter</source>
        <translation>Pfadparameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than an API document holds.</source>
        <translation>%1 ist größer als %2 MB, mehr als ein API-Dokument umfasst.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n request(s), %3 of them for Qlik&apos;s GET or POST.</source>
        <translation>
            <numerusform>%1, %2: %n Request, davon %3 für Qliks GET oder POST.</numerusform>
            <numerusform>%1, %2: %n Requests, davon %3 für Qliks GET oder POST.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the pagination guess: %1</source>
        <translation>Die Vermutung zur Paginierung übernehmen: %1</translation>
    </message>
    <message>
        <source>Fill in the value for {%1}; it goes into the URL.</source>
        <translation>Tragen Sie den Wert für {%1} ein; er kommt in die URL.</translation>
    </message>
    <message>
        <source>no document has been read</source>
        <translation>es wurde kein Dokument gelesen</translation>
    </message>
    <message>
        <source>no request is chosen</source>
        <translation>kein Request ist gewählt</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Nicht importiert: %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Qonduit::NameSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>REST connection</source>
        <translation>REST-Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The name of the connection in Qlik. Qlik Sense scripts refer to it as LIB CONNECT TO &apos;name&apos;.</source>
        <translation>Der Name der Verbindung in Qlik. Qlik Sense-Skripte verweisen mit LIB CONNECT TO &apos;Name&apos; darauf.</translation>
    </message>
    <message>
        <source>Qonduit&apos;s own setting, not Qlik&apos;s: when the connection is saved, its password, PFX password and secret header values go to the system keychain, and come back when the file is opened. They are never written to the file.</source>
        <translation>Eine Einstellung von Qonduit, nicht von Qlik: Beim Speichern der Verbindung gehen ihr Passwort, PFX-Passwort und die Werte geheimer Header in den System-Schlüsselbund und kommen beim Öffnen der Datei zurück. Sie werden nie in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>Remem&amp;ber passwords and secret headers in the system keychain</source>
        <translation>Passwörter und geheime Header im System-Schlüsselbund &amp;merken</translation>
    </message>
</context>
<context>
    <name>Qonduit::NameValueEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Eine Zeile hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Die ausgewählten Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the values of headers that hold secrets (Authorization, API keys, tokens)</source>
        <translation>Die Werte von Headern zeigen, die Geheimnisse enthalten (Authorization, API-Schlüssel, Token)</translation>
    </message>
    <message>
        <source>Show secret header values</source>
        <translation>Werte geheimer Header zeigen</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Eine Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rows from %1</source>
        <translation>Die ausgewählten Zeilen aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Qonduit::PageTimelineModel</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Repeated records</source>
        <translation>Wiederholte Datensätze</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Qonduit::PageWalker</name>
    <message>
        <source>Canceled after %1 pages.</source>
        <translation>Abgebrochen nach %1 Seiten.</translation>
    </message>
    <message>
        <source>waited %1 s after %2 (Retry-After)</source>
        <translation>%1 s gewartet nach %2 (Retry-After)</translation>
    </message>
    <message>
        <source>Page %1: the server asks to wait %2 s (Retry-After), longer than the %3 s Qonduit waits.</source>
        <translation>Seite %1: Der Server bittet, %2 s zu warten (Retry-After), länger als die %3 s, die Qonduit wartet.</translation>
    </message>
    <message>
        <source>Page %1 failed: %2</source>
        <translation>Seite %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Page %1 cannot be read: %2</source>
        <translation>Seite %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; came back on page %2: the API repeats itself, so the walk stopped there.</source>
        <translation>Das Token „%1“ kam auf Seite %2 wieder: Die API wiederholt sich, daher endete der Durchlauf dort.</translation>
    </message>
    <message>
        <source>Page %1 points to %2, which is neither this connection&apos;s host nor on the whitelist: the walk stopped there.</source>
        <translation>Seite %1 verweist auf %2, das weder der Host dieser Verbindung ist noch auf der Whitelist steht: Der Durchlauf endete dort.</translation>
    </message>
    <message>
        <source>Page %1 points back to %2, already read: the walk stopped there.</source>
        <translation>Seite %1 verweist zurück auf %2, das schon gelesen ist: Der Durchlauf endete dort.</translation>
    </message>
    <message>
        <source>Read %1 pages.</source>
        <translation>%1 Seiten gelesen.</translation>
    </message>
    <message>
        <source>Stopped at the page limit of %1 pages; there are more.</source>
        <translation>Beim Seitenlimit von %1 Seiten angehalten; es gibt weitere.</translation>
    </message>
    <message>
        <source>%1 records came again on a later page.</source>
        <translation>%1 Datensätze kamen auf einer späteren Seite wieder.</translation>
    </message>
</context>
<context>
    <name>Qonduit::PaginationSection</name>
    <message>
        <source>Pagination</source>
        <translation>Paginierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>Nächstes Token</translation>
    </message>
    <message>
        <source>Next URL</source>
        <translation>Nächste URL</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>How the REST API returns its data page by page. Field names are the names as the source returns them; a path is slash-separated, for example root/meta/total.</source>
        <translation>Wie die REST-API ihre Daten Seite für Seite liefert. Feldnamen sind die Namen, wie die Quelle sie liefert; ein Pfad ist durch Schrägstriche getrennt, zum Beispiel root/meta/total.</translation>
    </message>
    <message>
        <source>&amp;Start parameter</source>
        <translation>&amp;Startparameter</translation>
    </message>
    <message>
        <source>The name of the parameter that says from which record to read.</source>
        <translation>Der Name des Parameters, der sagt, ab welchem Datensatz gelesen wird.</translation>
    </message>
    <message>
        <source>Send start as a header</source>
        <translation>Start als Header senden</translation>
    </message>
    <message>
        <source>Send the start value as an HTTP header instead of a query parameter.</source>
        <translation>Den Startwert als HTTP-Header statt als Abfrageparameter senden.</translation>
    </message>
    <message>
        <source>Start &amp;value</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>The start value of the first request, a whole number.</source>
        <translation>Der Startwert der ersten Anfrage, eine ganze Zahl.</translation>
    </message>
    <message>
        <source>&amp;Count parameter</source>
        <translation>&amp;Anzahlparameter</translation>
    </message>
    <message>
        <source>The name of the parameter that says how many records to read.</source>
        <translation>Der Name des Parameters, der sagt, wie viele Datensätze gelesen werden.</translation>
    </message>
    <message>
        <source>Send count as a header</source>
        <translation>Anzahl als Header senden</translation>
    </message>
    <message>
        <source>Send the count as an HTTP header instead of a query parameter.</source>
        <translation>Die Anzahl als HTTP-Header statt als Abfrageparameter senden.</translation>
    </message>
    <message>
        <source>Count va&amp;lue</source>
        <translation>Anzahl&amp;wert</translation>
    </message>
    <message>
        <source>How many records to ask for per request, a whole number.</source>
        <translation>Wie viele Datensätze pro Anfrage angefordert werden, eine ganze Zahl.</translation>
    </message>
    <message>
        <source>T&amp;otal records path</source>
        <translation>Pfad der &amp;Gesamtzahl der Datensätze</translation>
    </message>
    <message>
        <source>Where the response says how many records there are; paging stops there.</source>
        <translation>Wo die Antwort sagt, wie viele Datensätze es gibt; das Blättern endet dort.</translation>
    </message>
    <message>
        <source>&amp;Data path</source>
        <translation>&amp;Datenpfad</translation>
    </message>
    <message>
        <source>Where the records of a page are; paging stops at a page with none.</source>
        <translation>Wo die Datensätze einer Seite stehen; das Blättern endet bei einer Seite ohne.</translation>
    </message>
    <message>
        <source>&amp;Page parameter</source>
        <translation>&amp;Seitenparameter</translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page number.</source>
        <translation>Der Name des Parameters, der die Seitennummer trägt.</translation>
    </message>
    <message>
        <source>Send page as a header</source>
        <translation>Seite als Header senden</translation>
    </message>
    <message>
        <source>Send the page number as an HTTP header instead of a query parameter.</source>
        <translation>Die Seitennummer als HTTP-Header statt als Abfrageparameter senden.</translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <source>The number of the first page, usually 0 or 1.</source>
        <translation>Die Nummer der ersten Seite, meist 0 oder 1.</translation>
    </message>
    <message>
        <source>Page si&amp;ze parameter</source>
        <translation>Parameter für Seiten&amp;größe</translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page size.</source>
        <translation>Der Name des Parameters, der die Seitengröße trägt.</translation>
    </message>
    <message>
        <source>Page size &amp;value</source>
        <translation>&amp;Wert der Seitengröße</translation>
    </message>
    <message>
        <source>How many records per page, a whole number.</source>
        <translation>Wie viele Datensätze pro Seite, eine ganze Zahl.</translation>
    </message>
    <message>
        <source>T&amp;otal pages path</source>
        <translation>Pfad der &amp;Gesamtzahl der Seiten</translation>
    </message>
    <message>
        <source>Where the response says how many pages there are.</source>
        <translation>Wo die Antwort sagt, wie viele Seiten es gibt.</translation>
    </message>
    <message>
        <source>&amp;Is last page path</source>
        <translation>Pfad für „&amp;Letzte Seite“</translation>
    </message>
    <message>
        <source>A field that is true on the last page.</source>
        <translation>Ein Feld, das auf der letzten Seite true ist.</translation>
    </message>
    <message>
        <source>Token &amp;parameter</source>
        <translation>Token-&amp;Parameter</translation>
    </message>
    <message>
        <source>The name of the parameter that sends the token to the next request.</source>
        <translation>Der Name des Parameters, der das Token an die nächste Anfrage sendet.</translation>
    </message>
    <message>
        <source>Send token as a header</source>
        <translation>Token als Header senden</translation>
    </message>
    <message>
        <source>Send the token as an HTTP header instead of a query parameter.</source>
        <translation>Das Token als HTTP-Header statt als Abfrageparameter senden.</translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation>Token-Pfa&amp;d</translation>
    </message>
    <message>
        <source>Where the response carries the next token; paging stops when it is missing or empty.</source>
        <translation>Wo die Antwort das nächste Token trägt; das Blättern endet, wenn es fehlt oder leer ist.</translation>
    </message>
    <message>
        <source>Read token from a header</source>
        <translation>Token aus einem Header lesen</translation>
    </message>
    <message>
        <source>The token path names a response header instead of a field of the body.</source>
        <translation>Der Token-Pfad nennt einen Header der Antwort statt eines Felds des Bodys.</translation>
    </message>
    <message>
        <source>Next &amp;URL path</source>
        <translation>Pfad der nächsten &amp;URL</translation>
    </message>
    <message>
        <source>Where the response carries the next page&apos;s URL, absolute or relative; paging stops when it is missing or empty.</source>
        <translation>Wo die Antwort die URL der nächsten Seite trägt, absolut oder relativ; das Blättern endet, wenn sie fehlt oder leer ist.</translation>
    </message>
    <message>
        <source>Read next URL from a header</source>
        <translation>Nächste URL aus einem Header lesen</translation>
    </message>
    <message>
        <source>The path names a response header, for example Link with rel=&quot;next&quot;.</source>
        <translation>Der Pfad nennt einen Header der Antwort, zum Beispiel Link mit rel=&quot;next&quot;.</translation>
    </message>
    <message>
        <source>Only the first page is loaded.</source>
        <translation>Nur die erste Seite wird geladen.</translation>
    </message>
    <message>
        <source>Reads from a start value: each request asks for the next records after those received.</source>
        <translation>Liest ab einem Startwert: Jede Anfrage fordert die nächsten Datensätze nach den erhaltenen an.</translation>
    </message>
    <message>
        <source>Asks for page after page by number, with an optional page size.</source>
        <translation>Fordert Seite um Seite nach Nummer an, mit optionaler Seitengröße.</translation>
    </message>
    <message>
        <source>Each response carries a token that the next request sends back.</source>
        <translation>Jede Antwort trägt ein Token, das die nächste Anfrage zurücksendet.</translation>
    </message>
    <message>
        <source>Each response carries the URL of the next page. It may only lead to the connection&apos;s host or to a URL in the whitelist.</source>
        <translation>Jede Antwort trägt die URL der nächsten Seite. Sie darf nur zum Host der Verbindung oder zu einer URL der Whitelist führen.</translation>
    </message>
    <message>
        <source>You write the loop in the load script, with WITH CONNECTION in a DO WHILE loop.</source>
        <translation>Sie schreiben die Schleife im Ladeskript, mit WITH CONNECTION in einer DO WHILE-Schleife.</translation>
    </message>
    <message>
        <source>Pa&amp;gination type</source>
        <translation>Paginierungst&amp;yp</translation>
    </message>
</context>
<context>
    <name>Qonduit::PreviewModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>Qonduit::ProxySection</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use a &amp;proxy</source>
        <translation>&amp;Proxy verwenden</translation>
    </message>
    <message>
        <source>&amp;Bypass the proxy for local addresses</source>
        <translation>Proxy für lokale Adressen &amp;umgehen</translation>
    </message>
    <message>
        <source>Use the &amp;default credentials for the proxy</source>
        <translation>&amp;Standard-Anmeldedaten für den Proxy verwenden</translation>
    </message>
    <message>
        <source>Send requests through a forward proxy. Qlik&apos;s REST connector needs extra configuration for proxies (see Qlik&apos;s help: How to configure proxy settings).</source>
        <translation>Anfragen über einen Forward-Proxy senden. Qliks REST-Connector braucht für Proxys eine zusätzliche Konfiguration (siehe Qliks Hilfe: How to configure proxy settings).</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>Proxy-&amp;Adresse</translation>
    </message>
    <message>
        <source>The proxy&apos;s URL, with its port.</source>
        <translation>Die URL des Proxys, mit Port.</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word</source>
        <translation>Proxy-Pass&amp;wort</translation>
    </message>
    <message>
        <source>For the user name in the proxy address (http://user@proxy:3128). Never written to a file or the connection string; remembered in the keychain when the connection asks for it.</source>
        <translation>Für den Benutzernamen in der Proxy-Adresse (http://user@proxy:3128). Wird nie in eine Datei oder den Verbindungsstring geschrieben; im Schlüsselbund gemerkt, wenn die Verbindung es verlangt.</translation>
    </message>
    <message>
        <source>Connect to local addresses directly, not through the proxy.</source>
        <translation>Lokale Adressen direkt verbinden, nicht über den Proxy.</translation>
    </message>
    <message>
        <source>Authenticate to the proxy with the credentials of the account that runs the connector.</source>
        <translation>Beim Proxy mit den Anmeldedaten des Kontos authentifizieren, unter dem der Connector läuft.</translation>
    </message>
</context>
<context>
    <name>Qonduit::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the connection</source>
        <translation>Die Verbindung veröffentlichen</translation>
    </message>
    <message>
        <source>Qlik Cloud</source>
        <translation>Qlik Cloud</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise (repository)</source>
        <translation>Qlik Sense Enterprise (Repository)</translation>
    </message>
    <message>
        <source>https://tenant.eu.qlikcloud.com</source>
        <translation>https://tenant.eu.qlikcloud.com</translation>
    </message>
    <message>
        <source>API key or OAuth token</source>
        <translation>API-Schlüssel oder OAuth-Token</translation>
    </message>
    <message>
        <source>The space id; List fills this with the spaces the token may see</source>
        <translation>Die Space-ID; Auflisten füllt sie mit den Spaces, die das Token sehen darf</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Auf&amp;listen</translation>
    </message>
    <message>
        <source>UserDirectory=INTERNAL; UserId=sa_api</source>
        <translation>UserDirectory=INTERNAL; UserId=sa_api</translation>
    </message>
    <message>
        <source>client.pfx exported from the QMC (port 4242)</source>
        <translation>client.pfx, aus der QMC exportiert (Port 4242)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation>Zertifikats-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>Verbindungs&amp;name:</translation>
    </message>
    <message>
        <source>Dry run shows the request here, secrets masked.</source>
        <translation>Der Testlauf zeigt die Anfrage hier, Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Testl&amp;auf</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>The request is on the clipboard; secrets are shell variables.</source>
        <translation>Die Anfrage ist in der Zwischenablage; Geheimnisse sind Shell-Variablen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces.</source>
        <translation>
            <numerusform>%n Space.</numerusform>
            <numerusform>%n Spaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>https://sense.example.com:4242</source>
        <translation>https://sense.example.com:4242</translation>
    </message>
    <message>
        <source>This is the request Publish sends; secrets are masked here only.</source>
        <translation>Diese Anfrage sendet Veröffentlichen; Geheimnisse sind nur hier maskiert.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Listing the spaces…</source>
        <translation>Spaces werden aufgelistet…</translation>
    </message>
    <message>
        <source>Id: %1.</source>
        <translation>ID: %1.</translation>
    </message>
    <message>
        <source>&amp;Header user (proxy):</source>
        <translation>Header-&amp;Benutzer (Proxy):</translation>
    </message>
    <message>
        <source>Publish t&amp;o:</source>
        <translation>Veröffentlichen nac&amp;h:</translation>
    </message>
    <message>
        <source>These are the requests Publish sends: the token connection first, then the data connection; secrets are masked here only.</source>
        <translation>Das sind die Anfragen, die „Veröffentlichen“ sendet: zuerst die Token-Verbindung, dann die Datenverbindung; Geheimnisse sind nur hier verdeckt.</translation>
    </message>
</context>
<context>
    <name>Qonduit::Publisher</name>
    <message>
        <source>The server URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Server-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1 for the cloud: %2.</source>
        <translation>Das Client-Zertifikat %1 für die Cloud kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key or OAuth token.</source>
        <translation>Qlik Cloud braucht einen API-Schlüssel oder ein OAuth-Token.</translation>
    </message>
    <message>
        <source>Created the data connection &quot;%1&quot;.</source>
        <translation>Die Datenverbindung „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>Qlik refused the request as malformed (400): %1</source>
        <translation>Qlik hat die Anfrage als fehlerhaft abgelehnt (400): %1</translation>
    </message>
    <message>
        <source>The API key or token was not accepted (401): check that it is complete and has not expired.</source>
        <translation>Der API-Schlüssel oder das Token wurde nicht akzeptiert (401): Prüfen Sie, ob es vollständig und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>The repository did not accept the request (401): the certificate or user header was refused, or the xrfkey check failed.</source>
        <translation>Das Repository hat die Anfrage nicht akzeptiert (401): Das Zertifikat oder der Benutzer-Header wurde abgelehnt, oder die xrfkey-Prüfung schlug fehl.</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to create data connections there (403): the user needs the permission in %1.</source>
        <translation>Angemeldet, aber nicht berechtigt, dort Datenverbindungen zu erstellen (403): Der Benutzer braucht die Berechtigung in %1.</translation>
    </message>
    <message>
        <source>the security rules</source>
        <translation>den Sicherheitsregeln</translation>
    </message>
    <message>
        <source>A data connection named &quot;%1&quot; exists already (409): choose another name, or change the existing one in Qlik.</source>
        <translation>Eine Datenverbindung namens „%1“ gibt es schon (409): Wählen Sie einen anderen Namen oder ändern Sie die bestehende in Qlik.</translation>
    </message>
    <message>
        <source>Qlik limits how many requests may be sent (429): wait a moment and publish again.</source>
        <translation>Qlik begrenzt, wie viele Anfragen gesendet werden dürfen (429): Warten Sie einen Moment und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Keine Antwort vom Server.</translation>
    </message>
    <message>
        <source>Qlik answered %1: %2</source>
        <translation>Qlik antwortete %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the certificate %1: %2.</source>
        <translation>Das Zertifikat %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: the password is wrong or the file is not a PFX.</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: Das Passwort ist falsch oder die Datei ist keine PFX-Datei.</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Created the data connections &quot;%1&quot;.</source>
        <translation>Die Datenverbindungen „%1“ wurden erstellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created before; it stays in Qlik.</source>
        <translation>„%1“ wurde vorher erstellt; sie bleibt in Qlik.</translation>
    </message>
</context>
<context>
    <name>Qonduit::QueryParametersSection</name>
    <message>
        <source>Query parameters and headers</source>
        <translation>Abfrageparameter und Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;missing query parameters to final request</source>
        <translation>&amp;Fehlende Abfrageparameter zur endgültigen Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Query parameters</source>
        <translation>&amp;Abfrageparameter</translation>
    </message>
    <message>
        <source>Parameters added to the URL, for example filter = salary&gt;10000, or a security key. Names must be unique: for repeated names, put them in the URL or use WITH CONNECTION in the script.</source>
        <translation>Parameter, die der URL angefügt werden, zum Beispiel filter = salary&gt;10000 oder ein Sicherheitsschlüssel. Namen müssen eindeutig sein: Wiederholte Namen gehören in die URL oder in WITH CONNECTION im Skript.</translation>
    </message>
    <message>
        <source>Add these query parameters to every URL that lacks them: the next-page URLs of Next URL pagination, and the URLs of WITH CONNECTION statements.</source>
        <translation>Diese Abfrageparameter jeder URL hinzufügen, der sie fehlen: den Folgeseiten-URLs der Paginierung „Nächste URL“ und den URLs von WITH CONNECTION-Anweisungen.</translation>
    </message>
    <message>
        <source>Query &amp;headers</source>
        <translation>Abfrage-&amp;Header</translation>
    </message>
    <message>
        <source>HTTP request headers, for example Accept-Language = en. An If-Modified-Since header must have the form yyyy-MM-dd-HH:mm:ssZ.</source>
        <translation>HTTP-Anfrage-Header, zum Beispiel Accept-Language = de. Ein If-Modified-Since-Header muss die Form yyyy-MM-dd-HH:mm:ssZ haben.</translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestEngine</name>
    <message>
        <source>The server&apos;s certificate is self-signed and not trusted. Turn on &quot;Skip server certificate validation&quot; if you trust this server.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert und nicht vertrauenswürdig. Schalten Sie „Validierung des Serverzertifikats überspringen“ ein, wenn Sie diesem Server vertrauen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than %1.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Hostnamen als %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is issued by an authority this system does not trust.</source>
        <translation>Das Zertifikat des Servers stammt von einer Stelle, der dieses System nicht vertraut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid: %1.</source>
        <translation>Das Zertifikat des Servers ist ungültig: %1.</translation>
    </message>
    <message>
        <source>&quot;Current Windows User&quot; signs in with the Windows account that runs the connector: it works only on Windows. Choose another authentication schema to test here.</source>
        <translation>„Aktueller Windows-Benutzer“ meldet sich mit dem Windows-Konto an, unter dem der Connector läuft: Das geht nur unter Windows. Wählen Sie ein anderes Authentifizierungsschema, um hier zu testen.</translation>
    </message>
    <message>
        <source>Installed certificates come from the Windows certificate store, which Qonduit cannot read here. Export the certificate to a PFX file and choose &quot;From file&quot; to test it.</source>
        <translation>Installierte Zertifikate kommen aus dem Windows-Zertifikatspeicher, den Qonduit hier nicht lesen kann. Exportieren Sie das Zertifikat in eine PFX-Datei und wählen Sie „Aus Datei“, um es zu testen.</translation>
    </message>
    <message>
        <source>Cannot open the PFX file %1: %2.</source>
        <translation>Die PFX-Datei %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate from %1: the PFX password is wrong, or the file uses the old RC2/3DES encryption that OpenSSL 3 no longer reads by default. Re-export it with &quot;openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx&quot;.</source>
        <translation>Das Client-Zertifikat kann nicht aus %1 gelesen werden: Das PFX-Passwort ist falsch, oder die Datei verwendet die alte RC2/3DES-Verschlüsselung, die OpenSSL 3 standardmäßig nicht mehr liest. Exportieren Sie sie neu mit „openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx“.</translation>
    </message>
    <message>
        <source>Credentials were not sent to %1: it is not the connection&apos;s host nor a trusted location.</source>
        <translation>Die Anmeldedaten wurden nicht an %1 gesendet: Das ist weder der Host der Verbindung noch ein vertrauenswürdiger Speicherort.</translation>
    </message>
    <message>
        <source>The server redirects in a loop.</source>
        <translation>Der Server leitet im Kreis um.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Der Server hat mehr als %1-mal umgeleitet.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not https, and &quot;Allow HTTPS only&quot; is on.</source>
        <translation>Der Server hat zu %1 umgeleitet; das ist nicht https, und „Nur HTTPS zulassen“ ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is neither the connection&apos;s host nor in the whitelist for redirects.</source>
        <translation>Der Server hat zu %1 umgeleitet; das ist weder der Host der Verbindung noch auf der Whitelist für Umleitungen.</translation>
    </message>
    <message>
        <source>The test was canceled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s, the connection&apos;s timeout.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s, dem Zeitlimit der Verbindung.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the connection was refused.</source>
        <translation>Unter %1 antwortet nichts: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server closed the TLS connection without answering: it may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation>Der Server hat die TLS-Verbindung ohne Antwort geschlossen: Vielleicht verlangt er ein Client-Zertifikat (wählen Sie „Aus Datei“ unter Zertifikat verwenden).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: Vielleicht verlangt der Server ein Client-Zertifikat (wählen Sie „Aus Datei“ unter Zertifikat verwenden).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server did not accept the client certificate.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: Der Server hat das Client-Zertifikat nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The request failed: %1.</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection before the whole response arrived (%1 of %2 bytes).</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die ganze Antwort ankam (%1 von %2 Bytes).</translation>
    </message>
    <message>
        <source> It offers: %1.</source>
        <translation> Er bietet an: %1.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted (401).</source>
        <translation>Benutzername oder Passwort wurde nicht akzeptiert (401).</translation>
    </message>
    <message>
        <source>The server asks for credentials (401).</source>
        <translation>Der Server verlangt Anmeldedaten (401).</translation>
    </message>
    <message>
        <source>Access is forbidden (403): the server will not show this resource to these credentials.</source>
        <translation>Zugriff verboten (403): Der Server zeigt diese Ressource mit diesen Anmeldedaten nicht.</translation>
    </message>
    <message>
        <source>Not found (404): the server has nothing at %1.</source>
        <translation>Nicht gefunden (404): Der Server hat nichts unter %1.</translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to slow down.</source>
        <translation>Zu viele Anfragen (429): Der Server bittet, langsamer zu werden.</translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to wait %1 s (Retry-After).</source>
        <translation>Zu viele Anfragen (429): Der Server bittet, %1 s zu warten (Retry-After).</translation>
    </message>
    <message>
        <source>The server failed (%1 %2); the problem is on its side.</source>
        <translation>Der Server ist gescheitert (%1 %2); das Problem liegt auf seiner Seite.</translation>
    </message>
    <message>
        <source>The server refused the request (%1 %2).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1 %2).</translation>
    </message>
    <message>
        <source>Connected: %1 %2, %3, %4 in %5 ms.</source>
        <translation>Verbunden: %1 %2, %3, %4 in %5 ms.</translation>
    </message>
    <message>
        <source>The %1 header was not sent to %2: it is not the connection&apos;s host nor a trusted location.</source>
        <translation>Der Header %1 wurde nicht an %2 gesendet: Das ist weder der Host der Verbindung noch ein vertrauenswürdiger Speicherort.</translation>
    </message>
    <message>
        <source>The answer stopped: no bytes came for %1 s, the connection&apos;s read/write timeout, after %2 had arrived.</source>
        <translation>Die Antwort stockte: %1 s lang, das Zeitlimit der Verbindung für Lesen/Schreiben, kamen keine Bytes, nachdem %2 angekommen waren.</translation>
    </message>
    <message>
        <source>No answer came within %1 s, the connection&apos;s read/write timeout.</source>
        <translation>Innerhalb von %1 s, dem Zeitlimit der Verbindung für Lesen/Schreiben, kam keine Antwort.</translation>
    </message>
    <message>
        <source>Attempt %1 answered %2 %3; tried again after %4 s.</source>
        <translation>Versuch %1 ergab %2 %3; nach %4 s erneut versucht.</translation>
    </message>
    <message>
        <source>The proxy refused the request (407): it did not accept the proxy&apos;s user name and password.</source>
        <translation>Der Proxy hat die Anfrage abgelehnt (407): Er hat Benutzername und Passwort des Proxys nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The proxy refused the request (407): it wants a user name and password (in the Proxy section; the password is kept apart from the address).</source>
        <translation>Der Proxy hat die Anfrage abgelehnt (407): Er verlangt Benutzername und Passwort (im Abschnitt Proxy; das Passwort steht getrennt von der Adresse).</translation>
    </message>
    <message>
        <source> The server answered without asking for credentials (no 401), so none were sent. If it expects them on the first request, add the query header Authorization: Basic made from the user name and password; Qlik&apos;s connector sends a query header with every request.</source>
        <translation> Der Server hat geantwortet, ohne nach Anmeldedaten zu fragen (kein 401), daher wurden keine gesendet. Erwartet er sie bei der ersten Anfrage, fügen Sie den Abfrage-Header Authorization: Basic aus Benutzername und Passwort hinzu; Qliks Connector sendet einen Abfrage-Header mit jeder Anfrage.</translation>
    </message>
    <message>
        <source>The response is larger than %1 and cannot be kept: no temporary file can be made (%2).</source>
        <translation>Die Antwort ist größer als %1 und kann nicht behalten werden: Es lässt sich keine temporäre Datei anlegen (%2).</translation>
    </message>
    <message>
        <source>No token, so no data request: %1</source>
        <translation>Kein Token, also keine Datenanfrage: %1</translation>
    </message>
    <message>
        <source>The server refused the token (401): fetched a new one.</source>
        <translation>Der Server hat das Token abgelehnt (401): ein neues wurde geholt.</translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestSection</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Send &amp;keep-alive</source>
        <translation>&amp;Keep-alive senden</translation>
    </message>
    <message>
        <source>Add &apos;E&amp;xpect: 100-continue&apos; header</source>
        <translation>Header &apos;E&amp;xpect: 100-continue&apos; hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;uto detect response type</source>
        <translation>Antworttyp a&amp;utomatisch erkennen</translation>
    </message>
    <message>
        <source>C&amp;heck response type during &apos;Test connection&apos;</source>
        <translation>Antworttyp bei „Verbindung testen“ &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>The URL of the resource requested from the REST service. It must start with http:// or https:// and can include query parameters.</source>
        <translation>Die URL der beim REST-Dienst angefragten Ressource. Sie muss mit http:// oder https:// beginnen und kann Abfrageparameter enthalten.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time limit in seconds for the connection to be completed. If the request takes longer, an error message is shown.</source>
        <translation>Das Zeitlimit in Sekunden, in dem die Verbindung zustande kommen muss. Dauert die Anfrage länger, wird eine Fehlermeldung gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>GET retrieves information from the resource and does not change the state of the server. POST creates a new entry in the resource, specified in the request body.</source>
        <translation>GET ruft Informationen von der Ressource ab und ändert den Zustand des Servers nicht. POST legt einen neuen Eintrag in der Ressource an, angegeben im Request-Body.</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>Request-&amp;Body</translation>
    </message>
    <message>
        <source>The data posted to the resource with the POST method. It is sent without any transformation: to send x-www-form-urlencoded data, encode it yourself.</source>
        <translation>Die Daten, die mit der Methode POST an die Ressource gesendet werden. Sie werden unverändert gesendet: Um x-www-form-urlencoded-Daten zu senden, kodieren Sie sie selbst.</translation>
    </message>
    <message>
        <source>Body &amp;encoding</source>
        <translation>Body-&amp;Kodierung</translation>
    </message>
    <message>
        <source>The character encoding of the request body.</source>
        <translation>Die Zeichenkodierung des Request-Bodys.</translation>
    </message>
    <message>
        <source>HTTP &amp;protocol</source>
        <translation>HTTP-&amp;Protokoll</translation>
    </message>
    <message>
        <source>Version 1.1 is the default: the newest version, with persistent connections. Choose 1.0 if the server requires it, and then whether to send keep-alive messages.</source>
        <translation>Version 1.1 ist die Vorgabe: die neueste Version, mit persistenten Verbindungen. Wählen Sie 1.0, wenn der Server es verlangt, und dann, ob Keep-alive-Nachrichten gesendet werden.</translation>
    </message>
    <message>
        <source>With HTTP 1.0, ask the server to keep the connection open between requests.</source>
        <translation>Mit HTTP 1.0 den Server bitten, die Verbindung zwischen Anfragen offen zu halten.</translation>
    </message>
    <message>
        <source>For servers that answer 100 (Continue): the request carries Expect: 100-continue instead of the body, which is sent after the server&apos;s 100 response.</source>
        <translation>Für Server, die mit 100 (Continue) antworten: Die Anfrage trägt Expect: 100-continue statt des Bodys, der nach der Antwort 100 des Servers gesendet wird.</translation>
    </message>
    <message>
        <source>Detect the data format when the connection is made, so that data selection opens with the fields of the source&apos;s format. Otherwise choose the format there.</source>
        <translation>Das Datenformat beim Verbinden erkennen, damit die Datenauswahl mit den Feldern des Quellformats öffnet. Sonst wählen Sie das Format dort.</translation>
    </message>
    <message>
        <source>Test connection also checks that the correct data format (JSON, CSV or XML) is returned.</source>
        <translation>Verbindung testen prüft auch, dass das richtige Datenformat (JSON, CSV oder XML) zurückkommt.</translation>
    </message>
    <message>
        <source>Sequence ID</source>
        <translation>Sequenz-ID</translation>
    </message>
    <message>
        <source>Current record</source>
        <translation>Aktueller Datensatz</translation>
    </message>
    <message>
        <source>Fully qualified record</source>
        <translation>Vollqualifizierter Datensatz</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>Keine Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key generation strategy</source>
        <translation>Strategie der &amp;Schlüsselgenerierung</translation>
    </message>
    <message>
        <source>The connector generates ID fields to serve as primary and foreign keys, so that parent and child records of JSON and XML data are associated. The strategy says how.</source>
        <translation>Der Connector erzeugt ID-Felder als Primär- und Fremdschlüssel, damit Eltern- und Kinddatensätze von JSON- und XML-Daten verknüpft werden. Die Strategie sagt, wie.</translation>
    </message>
    <message>
        <source>Sequence ID: generates an ID for each child of a parent record. Simple and efficient, but the order of fields must be the same in every record.</source>
        <translation>Sequenz-ID: erzeugt eine ID für jedes Kind eines Elterndatensatzes. Einfach und effizient, aber die Reihenfolge der Felder muss in jedem Datensatz gleich sein.</translation>
    </message>
    <message>
        <source>Current record: a hash of all the values of the current record is its primary key; a hash of all the values of the direct parent is the foreign key.</source>
        <translation>Aktueller Datensatz: Ein Hash aller Werte des aktuellen Datensatzes ist sein Primärschlüssel; ein Hash aller Werte des direkten Elternteils ist der Fremdschlüssel.</translation>
    </message>
    <message>
        <source>Fully qualified record: the key is a hash of all the parent values.</source>
        <translation>Vollqualifizierter Datensatz: Der Schlüssel ist ein Hash aller Elternwerte.</translation>
    </message>
    <message>
        <source>No keys: keys for parent-child relationships are not shown when you select data, but they are still used in the SELECT statements.</source>
        <translation>Keine Schlüssel: Schlüssel für Eltern-Kind-Beziehungen werden bei der Datenauswahl nicht gezeigt, aber in den SELECT-Anweisungen trotzdem verwendet.</translation>
    </message>
    <message>
        <source>Retr&amp;y failed request</source>
        <translation>Fehlgeschlagene Anfrage &amp;wiederholen</translation>
    </message>
    <message>
        <source>Rea&amp;d/write timeout</source>
        <translation>Zeitlimit für Lesen/Sc&amp;hreiben</translation>
    </message>
    <message>
        <source>The longest wait in seconds for the next bytes of the answer (or of the request being sent). A server that stops in the middle of an answer fails after this time.</source>
        <translation>Die längste Wartezeit in Sekunden auf die nächsten Bytes der Antwort (oder der gesendeten Anfrage). Ein Server, der mitten in einer Antwort stockt, scheitert nach dieser Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>Send a request again when the server answers with one of the retry codes, up to %n more times, waiting a little longer each time (or as long as the server&apos;s Retry-After asks).</source>
        <translation>
            <numerusform>Eine Anfrage erneut senden, wenn der Server mit einem der Wiederholungscodes antwortet, bis zu %n weiteres Mal, mit jedes Mal etwas längerer Wartezeit (oder so lange, wie Retry-After des Servers verlangt).</numerusform>
            <numerusform>Eine Anfrage erneut senden, wenn der Server mit einem der Wiederholungscodes antwortet, bis zu %n weitere Male, mit jedes Mal etwas längerer Wartezeit (oder so lange, wie Retry-After des Servers verlangt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry c&amp;odes</source>
        <translation>W&amp;iederholungscodes</translation>
    </message>
    <message>
        <source>The HTTP status codes, joined by commas, on which a failed request is sent again.</source>
        <translation>Die HTTP-Statuscodes, durch Kommas getrennt, bei denen eine fehlgeschlagene Anfrage erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Time&amp;out</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
</context>
<context>
    <name>Qonduit::ScriptPage</name>
    <message>
        <source>&amp;WITH CONNECTION</source>
        <translation>&amp;WITH CONNECTION</translation>
    </message>
    <message>
        <source>Include &amp;secrets</source>
        <translation>&amp;Geheimnisse einschließen</translation>
    </message>
    <message>
        <source>Connect statement</source>
        <translation>Connect-Anweisung</translation>
    </message>
    <message>
        <source>Qlik Sense: LIB CONNECT</source>
        <translation>Qlik Sense: LIB CONNECT</translation>
    </message>
    <message>
        <source>QlikView: CUSTOM CONNECT</source>
        <translation>QlikView: CUSTOM CONNECT</translation>
    </message>
    <message>
        <source>Data connection name</source>
        <translation>Name der Datenverbindung</translation>
    </message>
    <message>
        <source>Carry the URL, query parameters, headers and body in the script, to change them at load time (Qlik Cloud: the connection must allow it)</source>
        <translation>URL, Abfrageparameter, Header und Body im Skript mitführen, um sie beim Laden zu ändern (Qlik Cloud: Die Verbindung muss es erlauben)</translation>
    </message>
    <message>
        <source>Write secret header values into the script instead of $(variables) set by LET</source>
        <translation>Werte geheimer Header ins Skript schreiben statt $(Variablen), die LET setzt</translation>
    </message>
    <message>
        <source>Pagination loop</source>
        <translation>Paginierungsschleife</translation>
    </message>
    <message>
        <source>No loop</source>
        <translation>Keine Schleife</translation>
    </message>
    <message>
        <source>Offset loop</source>
        <translation>Offset-Schleife</translation>
    </message>
    <message>
        <source>Next token loop</source>
        <translation>Schleife „Nächstes Token“</translation>
    </message>
    <message>
        <source>Next URL loop</source>
        <translation>Schleife „Nächste URL“</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Loop query parameter</source>
        <translation>Abfrageparameter der Schleife</translation>
    </message>
    <message>
        <source>Field with the next token, URL or the records</source>
        <translation>Feld mit dem nächsten Token, der URL oder den Datensätzen</translation>
    </message>
    <message>
        <source>page size </source>
        <translation>Seitengröße </translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>Das Skript ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .qvs…</source>
        <translation>Als .qvs s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Das Skript speichern</translation>
    </message>
    <message>
        <source>Qlik script (*.qvs)</source>
        <translation>Qlik-Skript (*.qvs)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>The request is on the clipboard as a curl command.</source>
        <translation>Die Anfrage ist als curl-Befehl in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Create this connection in Qlik Cloud or Qlik Sense Enterprise</source>
        <translation>Diese Verbindung in Qlik Cloud oder Qlik Sense Enterprise anlegen</translation>
    </message>
    <message>
        <source>records in %1</source>
        <translation>Datensätze in %1</translation>
    </message>
    <message>
        <source>LIB CONNECT needs the name the connection has in Qlik: type it above.</source>
        <translation>LIB CONNECT braucht den Namen, den die Verbindung in Qlik hat: Geben Sie ihn oben ein.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>← Select d&amp;ata</source>
        <translation>← Da&amp;ten auswählen</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation>Den Text zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>Unter %1 ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Allow &amp;HTTPS only</source>
        <translation>Nur &amp;HTTPS zulassen</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Let the response&apos;s HTTP headers be loaded as data. Off by default since connector 1.2.</source>
        <translation>Die HTTP-Header der Antwort als Daten laden lassen. Seit Connector 1.2 standardmäßig aus.</translation>
    </message>
    <message>
        <source>Every URL must use HTTPS: the connection&apos;s URL and every URL in the whitelist and the trusted locations.</source>
        <translation>Jede URL muss HTTPS verwenden: die URL der Verbindung und jede URL der Whitelist und der vertrauenswürdigen Speicherorte.</translation>
    </message>
    <message>
        <source>&amp;Whitelist for redirects</source>
        <translation>&amp;Whitelist für Umleitungen</translation>
    </message>
    <message>
        <source>The only URLs to which responses can redirect for paged data: a URL as the value, an alias as the name. Aliases must be unique.</source>
        <translation>Die einzigen URLs, auf die Antworten für seitenweise Daten umleiten dürfen: eine URL als Wert, ein Alias als Name. Aliase müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Allow response &amp;headers</source>
        <translation>Antwort-&amp;Header zulassen</translation>
    </message>
</context>
<context>
    <name>Qonduit::SelectDataPage</name>
    <message>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>Tick the fields to load; double-click or press F2 on a name to rename it</source>
        <translation>Kreuzen Sie die zu ladenden Felder an; Doppelklick oder F2 auf einem Namen benennt ihn um</translation>
    </message>
    <message>
        <source>Data &amp;preview</source>
        <translation>Datenv&amp;orschau</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadaten</translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation>Se&amp;iten</translation>
    </message>
    <message>
        <source>Page %1 read…</source>
        <translation>Seite %1 gelesen…</translation>
    </message>
    <message>
        <source>Test the connection to see its data here.</source>
        <translation>Testen Sie die Verbindung, um ihre Daten hier zu sehen.</translation>
    </message>
    <message>
        <source>← &amp;Connection</source>
        <translation>← &amp;Verbindung</translation>
    </message>
    <message>
        <source>Back to the connection form (Alt+C)</source>
        <translation>Zurück zum Verbindungsformular (Alt+V)</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>Auto detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>Doppeltes Anführungszeichen &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>Einfaches Anführungszeichen &apos;</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Kopfzeile</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textkodierung</translation>
    </message>
    <message>
        <source>Detect (UTF-8, UTF-16 with BOM)</source>
        <translation>Erkennen (UTF-8, UTF-16 mit BOM)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Read the same response again with these settings; nothing is fetched</source>
        <translation>Dieselbe Antwort mit diesen Einstellungen neu lesen; nichts wird abgerufen</translation>
    </message>
    <message>
        <source>Walk every page as the pagination settings say, into one set of tables</source>
        <translation>Jede Seite so durchlaufen, wie die Paginierung es sagt, in einen Satz Tabellen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> Seiten</translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation>Seitenlimit</translation>
    </message>
    <message>
        <source>Stop after this many pages (0: no limit)</source>
        <translation>Nach so vielen Seiten anhalten (0: keine Grenze)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Script →</source>
        <translation>S&amp;kript →</translation>
    </message>
    <message>
        <source>The CONNECT, SELECT and LOAD script for what is ticked</source>
        <translation>Das CONNECT-, SELECT- und LOAD-Skript für das Angekreuzte</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Umbenennen in %1</translation>
    </message>
    <message>
        <source>The connection has no pagination that Qonduit can walk</source>
        <translation>Die Verbindung hat keine Paginierung, die Qonduit durchlaufen kann</translation>
    </message>
    <message>
        <source>Reading %1 bytes…</source>
        <translation>%1 Bytes werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Die Seiten werden gelesen…</translation>
    </message>
    <message>
        <source>Canceled: the tables show what was read before.</source>
        <translation>Abgebrochen: Die Tabellen zeigen, was vorher gelesen wurde.</translation>
    </message>
    <message>
        <source>Reading… %1 of %2 bytes</source>
        <translation>Wird gelesen… %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tables, %2 rows.</source>
        <translation>
            <numerusform>%1: %Ln Tabelle, %2 Zeilen.</numerusform>
            <numerusform>%1: %Ln Tabellen, %2 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s.</source>
        <translation>%1 Seiten/s.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <source>Rows linked to this row by its key %1 — %2</source>
        <translation>Zeilen, die über ihren Schlüssel %1 mit dieser Zeile verknüpft sind — %2</translation>
    </message>
    <message>
        <source>Table %1
Path in the response: %2
Rows: %3
Parent: %4
</source>
        <translation>Tabelle %1
Pfad in der Antwort: %2
Zeilen: %3
Eltern: %4
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Child tables: %1
</source>
        <translation>Kindtabellen: %1
</translation>
    </message>
    <message>
        <source>Rows kept for the preview: %1

</source>
        <translation>Für die Vorschau behaltene Zeilen: %1

</translation>
    </message>
    <message>
        <source>%1	%2	filled %3 of %4, null %5	from &quot;%6&quot;
</source>
        <translation>%1	%2	gefüllt %3 von %4, null %5	aus „%6“
</translation>
    </message>
    <message>
        <source>Pre&amp;view all pages</source>
        <translation>Alle Seite&amp;n in der Vorschau</translation>
    </message>
    <message>
        <source>Fie&amp;lds</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Response &amp;type:</source>
        <translation>Antwort&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Re-parse</source>
        <translation>Neu &amp;einlesen</translation>
    </message>
</context>
<context>
    <name>Qonduit::TableTreeModel</name>
    <message numerus="yes">
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1: %Ln Zeile</numerusform>
            <numerusform>%1: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1: named %2 because a table above it or before it is called &quot;%3&quot; too</source>
        <translation>%1: %2 genannt, weil eine Tabelle darüber oder davor ebenfalls „%3“ heißt</translation>
    </message>
</context>
<context>
    <name>Qonduit::TestResultView</name>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Press Test connection to send the request this connection describes.</source>
        <translation>Drücken Sie „Verbindung testen“, um die Anfrage zu senden, die diese Verbindung beschreibt.</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Testfortschritt</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Testing %1 ...</source>
        <translation>%1 wird getestet ...</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation>Status: %1 %2</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Umgeleitet zu: %1</translation>
    </message>
    <message>
        <source>Size: %1, type %2</source>
        <translation>Größe: %1, Typ %2</translation>
    </message>
    <message>
        <source>Time: %1 ms to the first byte, %2 ms in all</source>
        <translation>Zeit: %1 ms bis zum ersten Byte, %2 ms insgesamt</translation>
    </message>
    <message>
        <source>TLS: %1; certificate %2, issued by %3, valid until %4</source>
        <translation>TLS: %1; Zertifikat %2, ausgestellt von %3, gültig bis %4</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Retried: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Adds the header to the query headers, made from the user name and password: a secret header, kept out of files and sent only to the connection&apos;s host</source>
        <translation>Fügt den Header aus Benutzername und Passwort zu den Abfrage-Headern hinzu: ein geheimer Header, der nicht in Dateien landet und nur an den Host der Verbindung geht</translation>
    </message>
    <message>
        <source>Add the query header %1</source>
        <translation>Abfrage-Header %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Qonduit::TrustedLocationsSection</name>
    <message>
        <source>Trusted locations</source>
        <translation>Vertrauenswürdige Speicherorte</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>URL with port</source>
        <translation>URL mit Port</translation>
    </message>
    <message>
        <source>The only hosts to which the user credentials can be sent: a URL with a port number as the value, an alias for the host as the name. Aliases must be unique.</source>
        <translation>Die einzigen Hosts, an die die Anmeldedaten gesendet werden dürfen: eine URL mit Portnummer als Wert, ein Alias für den Host als Name. Aliase müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>Trusted &amp;locations</source>
        <translation>&amp;Vertrauenswürdige Speicherorte</translation>
    </message>
</context>
<context>
    <name>Qonduit::VariablesSection</name>
    <message>
        <source>Variables (Qonduit)</source>
        <translation>Variablen (Qonduit)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Test value</source>
        <translation>Testwert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Show the test values of secret variables</source>
        <translation>Testwerte geheimer Variablen anzeigen</translation>
    </message>
    <message>
        <source>Show secret test values</source>
        <translation>Geheime Testwerte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <source>Qlik variables written as $(vName) in the URL, query parameters, headers or body. Qlik sets them in the script (LET) and expands them in WITH CONNECTION; Test connection sends the test value instead. A secret one is kept in the keychain, never in a file or a script.</source>
        <translation>Qlik-Variablen, als $(vName) in URL, Abfrageparametern, Headern oder Body geschrieben. Qlik setzt sie im Skript (LET) und expandiert sie in WITH CONNECTION; „Verbindung testen“ sendet stattdessen den Testwert. Eine geheime wird im Schlüsselbund gehalten, nie in einer Datei oder einem Skript.</translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>The URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on and the URL is not https: nothing was sent.</source>
        <translation>„Nur HTTPS zulassen“ ist eingeschaltet und die URL ist nicht https: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The body encoding &quot;%1&quot; is not one Qonduit knows.</source>
        <translation>Die Body-Kodierung „%1“ kennt Qonduit nicht.</translation>
    </message>
    <message>
        <source>Qonduit cannot send HTTP/1.0 (Qt speaks 1.1 only): the test used HTTP/1.1. The connection keeps HTTP 1.0 for Qlik.</source>
        <translation>Qonduit kann kein HTTP/1.0 senden (Qt spricht nur 1.1): Der Test verwendete HTTP/1.1. Die Verbindung behält HTTP 1.0 für Qlik.</translation>
    </message>
    <message>
        <source>Retry codes are HTTP statuses from 100 to 599 joined by commas; &quot;%1&quot; is not one.</source>
        <translation>Wiederholungscodes sind HTTP-Status von 100 bis 599, durch Kommas getrennt; „%1“ ist keiner.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The response is empty: there is no JSON to read.</source>
        <translation>Die Antwort ist leer: Es gibt kein JSON zu lesen.</translation>
    </message>
    <message>
        <source>The JSON ends early: the response was cut off (%1).</source>
        <translation>Das JSON endet zu früh: Die Antwort wurde abgeschnitten (%1).</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>Ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>The XML ends early: the response was cut off.</source>
        <translation>Das XML endet zu früh: Die Antwort wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The response is empty: there is no XML to read.</source>
        <translation>Die Antwort ist leer: Es gibt kein XML zu lesen.</translation>
    </message>
    <message>
        <source>Invalid XML: %1</source>
        <translation>Ungültiges XML: %1</translation>
    </message>
    <message>
        <source>Invalid CSV: a quoted cell is never closed.</source>
        <translation>Ungültiges CSV: Eine Zelle in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The response is empty: there is no CSV to read.</source>
        <translation>Die Antwort ist leer: Es gibt kein CSV zu lesen.</translation>
    </message>
    <message>
        <source>The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may contain; the tables show what came before it.</source>
        <translation>Die Antwort enthält bei Byte %1 ein NUL-Byte (ein Null-Byte), das kein JSON-, XML- oder CSV-Text enthalten darf; die Tabellen zeigen, was davor kam.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) too big for a double (such as %1) were kept as text.</source>
        <translation>
            <numerusform>%n Zahl, zu groß für ein Double (etwa %1), wurde als Text behalten.</numerusform>
            <numerusform>%n Zahlen, zu groß für ein Double (etwa %1), wurden als Text behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseType</name>
    <message>
        <source>The response says it is JSON but is not valid JSON: %1 at byte %2.</source>
        <translation>Die Antwort gibt sich als JSON aus, ist aber kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The response is not valid XML: %1 at line %2, column %3.</source>
        <translation>Die Antwort ist kein gültiges XML: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>The response is neither JSON, XML nor CSV (Content-Type %1).</source>
        <translation>Die Antwort ist weder JSON noch XML noch CSV (Content-Type %1).</translation>
    </message>
    <message>
        <source>The response is newline-delimited JSON (one JSON value per line, as streaming APIs send it), which Qlik&apos;s REST connector does not read either: ask the API for a JSON array instead.</source>
        <translation>Die Antwort ist zeilenweises JSON (ein JSON-Wert pro Zeile, wie Streaming-APIs es senden), das auch Qliks REST-Connector nicht liest: Fordern Sie bei der API stattdessen ein JSON-Array an.</translation>
    </message>
    <message>
        <source>The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may contain.</source>
        <translation>Die Antwort enthält bei Byte %1 ein NUL-Byte (ein Null-Byte), das kein JSON-, XML- oder CSV-Text enthalten darf.</translation>
    </message>
</context>
<context>
    <name>SchemaBuilder</name>
    <message>
        <source>The response makes more than %1 tables; Qonduit stops there, since this is not data Qlik can load as tables.</source>
        <translation>Die Antwort ergibt mehr als %1 Tabellen; Qonduit hält dort an, denn das sind keine Daten, die Qlik als Tabellen laden kann.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has more than %2 fields; Qonduit stops there, since this is not data Qlik can load as a table.</source>
        <translation>Die Tabelle „%1“ hat mehr als %2 Felder; Qonduit hält dort an, denn das sind keine Daten, die Qlik als Tabelle laden kann.</translation>
    </message>
    <message>
        <source>The response nests deeper than %1 levels; Qonduit stops there.</source>
        <translation>Die Antwort ist tiefer als %1 Ebenen verschachtelt; Qonduit hält dort an.</translation>
    </message>
    <message>
        <source>%1 values were left out because their name repeats within one record; the first value of each name counts.</source>
        <translation>%1 Werte wurden ausgelassen, weil sich ihr Name innerhalb eines Datensatzes wiederholt; der erste Wert jedes Namens zählt.</translation>
    </message>
    <message>
        <source>Cannot read the response file %1: %2.</source>
        <translation>Die Antwortdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot map the response file %1: %2.</source>
        <translation>Die Antwortdatei %1 kann nicht eingeblendet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>no table &quot;%1&quot; in the response</source>
        <translation>keine Tabelle „%1“ in der Antwort</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; in table %2</source>
        <translation>kein Feld „%1“ in der Tabelle %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both loaded as &quot;%3&quot;: Qlik would link the tables by that name.</source>
        <translation>%1 und %2 werden beide als „%3“ geladen: Qlik würde die Tabellen über diesen Namen verknüpfen.</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint did not accept the client (invalid_client): check the client id and secret, and whether it wants them as Basic or in the body.</source>
        <translation>Der Token-Endpunkt hat den Client nicht akzeptiert (invalid_client): Prüfen Sie Client-ID und Secret und ob er sie als Basic oder im Body erwartet.</translation>
    </message>
    <message>
        <source>The token endpoint refused the grant (invalid_grant): the user name and password, or the refresh token, are wrong or have expired.</source>
        <translation>Der Token-Endpunkt hat die Berechtigung abgelehnt (invalid_grant): Benutzername und Passwort oder das Refresh-Token sind falsch oder abgelaufen.</translation>
    </message>
    <message>
        <source>The token endpoint does not offer this grant type (unsupported_grant_type).</source>
        <translation>Der Token-Endpunkt bietet diesen Grant-Typ nicht an (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>The token endpoint refused the scope (invalid_scope).</source>
        <translation>Der Token-Endpunkt hat den Scope abgelehnt (invalid_scope).</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials (%1).</source>
        <translation>Der Token-Endpunkt hat die Anmeldedaten abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The token endpoint answered %1%2.</source>
        <translation>Der Token-Endpunkt antwortete %1%2.</translation>
    </message>
    <message>
        <source>The token endpoint answered %1%2: %3</source>
        <translation>Der Token-Endpunkt antwortete %1%2: %3</translation>
    </message>
    <message>
        <source>Enter the URL the token comes from.</source>
        <translation>Geben Sie die URL ein, von der das Token kommt.</translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Die Token-URL „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The token answer is not a JSON object: %1.</source>
        <translation>Die Token-Antwort ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>sie ist ein Array oder ein Wert</translation>
    </message>
    <message>
        <source>Enter where the answer holds the token, such as access_token.</source>
        <translation>Geben Sie an, wo die Antwort das Token enthält, etwa access_token.</translation>
    </message>
    <message>
        <source>The answer has no token at %1; its fields are %2.</source>
        <translation>Die Antwort hat kein Token unter %1; ihre Felder sind %2.</translation>
    </message>
    <message>
        <source>No answer from the token URL %1: %2</source>
        <translation>Keine Antwort von der Token-URL %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Got a token (%1), valid for %n seconds.</source>
        <translation>
            <numerusform>Token erhalten (%1), gültig für %n Sekunde.</numerusform>
            <numerusform>Token erhalten (%1), gültig für %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Got a token (%1); the answer does not say when it expires.</source>
        <translation>Token erhalten (%1); die Antwort sagt nicht, wann es abläuft.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Qlik REST connections interactively.</source>
        <translation>Qlik-REST-Verbindungen interaktiv entwerfen.</translation>
    </message>
    <message>
        <source>Render the dialog to a PNG file and quit.</source>
        <translation>Den Dialog in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Scroll to this section first (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</source>
        <translation>Zuerst zu diesem Abschnitt blättern (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Fill the form from a .qonduit file or a file with a connection statement or string.</source>
        <translation>Das Formular aus einer .qonduit-Datei oder einer Datei mit einer Verbindungsanweisung oder einem Verbindungsstring füllen.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>eingabe</translation>
    </message>
    <message>
        <source>With --screenshot: run Test connection first.</source>
        <translation>Mit --screenshot: zuerst die Verbindung testen.</translation>
    </message>
    <message>
        <source>With --screenshot: test, then show the select-data page.</source>
        <translation>Mit --screenshot: testen, dann die Seite zur Datenauswahl zeigen.</translation>
    </message>
    <message>
        <source>With --select-data: preview all pages first.</source>
        <translation>Mit --select-data: zuerst alle Seiten in der Vorschau lesen.</translation>
    </message>
    <message>
        <source>With --select-data: show this table.</source>
        <translation>Mit --select-data: diese Tabelle zeigen.</translation>
    </message>
    <message>
        <source>With --select-data: show the script page.</source>
        <translation>Mit --select-data: die Skriptseite zeigen.</translation>
    </message>
    <message>
        <source>A .qonduit file to open (as the desktop&apos;s Open With does).</source>
        <translation>Eine zu öffnende .qonduit-Datei (wie „Öffnen mit“ des Desktops).</translation>
    </message>
    <message>
        <source>Speak this language (de, en, fr, sv, or system) instead of the one chosen in Settings &gt; Language.</source>
        <translation>Diese Sprache sprechen (de, en, fr, sv oder system) statt der unter Einstellungen &gt; Sprache gewählten.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Import an OpenAPI or Swagger document, a Postman collection, an Insomnia export, a HAR file or a curl command, as File &gt; Import does.</source>
        <translation>Ein OpenAPI- oder Swagger-Dokument, eine Postman-Collection, einen Insomnia-Export, eine HAR-Datei oder einen curl-Befehl importieren, wie Datei &gt; Importieren.</translation>
    </message>
    <message>
        <source>With --import and --screenshot: search the list for this.</source>
        <translation>Mit --import und --screenshot: die Liste danach durchsuchen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
</TS>
