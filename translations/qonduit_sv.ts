<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>Authentication</name>
    <message>
        <source>The server asks for %1, but the connection&apos;s authentication schema is %2, the only one Qlik&apos;s connector would answer: no credentials were sent. Choose the schema the server offers.</source>
        <translation>Servern begär %1, men anslutningens autentiseringsschema är %2, det enda som Qliks koppling skulle svara på: inga inloggningsuppgifter skickades. Välj det schema som servern erbjuder.</translation>
    </message>
    <message>
        <source>The server asks for Digest with %1, which Qonduit cannot answer (it speaks Digest with MD5 only): no credentials were sent.</source>
        <translation>Servern begär Digest med %1, som Qonduit inte kan svara på (det talar Digest endast med MD5): inga inloggningsuppgifter skickades.</translation>
    </message>
    <message>
        <source>The server offers %1 beside %2; Qonduit&apos;s network layer would answer %3 instead of the connection&apos;s %2, which Qlik&apos;s connector would not do: no credentials were sent.</source>
        <translation>Servern erbjuder %1 bredvid %2; Qonduits nätverkslager skulle svara med %3 i stället för anslutningens %2, vilket Qliks koppling inte skulle göra: inga inloggningsuppgifter skickades.</translation>
    </message>
</context>
<context>
    <name>ConnectionFile</name>
    <message>
        <source>: expected an object</source>
        <translation>: ett objekt väntades</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true eller false väntades</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ett heltal väntades</translation>
    </message>
    <message>
        <source>expected one of </source>
        <translation>ett av följande väntades: </translation>
    </message>
    <message>
        <source>expected a list of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation>en lista med {&quot;name&quot;, &quot;value&quot;}-objekt väntades</translation>
    </message>
    <message>
        <source>row %1: expected {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation>rad %1: {&quot;name&quot;: text, &quot;value&quot;: text} väntades</translation>
    </message>
    <message>
        <source>expected {&quot;quote&quot;: &quot;\&quot;&quot; or &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true or false, &quot;pairs&quot;: [...]}</source>
        <translation>{&quot;quote&quot;: &quot;\&quot;&quot; eller &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true eller false, &quot;pairs&quot;: [...]} väntades</translation>
    </message>
    <message>
        <source>pairs row %1: expected {&quot;key&quot;: text, &quot;value&quot;: text}</source>
        <translation>pairs, rad %1: {&quot;key&quot;: text, &quot;value&quot;: text} väntades</translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation>inte en giltig JSON-fil: %1 vid byte %2</translation>
    </message>
    <message>
        <source>not a Qonduit connection file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>inte en Qonduit-anslutningsfil: ”format” är inte ”%1”</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version: ett heltal från 1 väntades</translation>
    </message>
    <message>
        <source>the file was written by a newer Qonduit (file format %1; this version reads %2)</source>
        <translation>filen skrevs av en nyare Qonduit (filformat %1; den här versionen läser %2)</translation>
    </message>
    <message>
        <source>connectionString: pairs row %1: a key must be non-empty and hold no &apos;;&apos; or &apos;=&apos;, a value no &apos;;&apos;</source>
        <translation>connectionString: pairs, rad %1: en nyckel får inte vara tom eller innehålla &apos;;&apos; eller &apos;=&apos;, ett värde inte &apos;;&apos;</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 text</source>
        <translation>indata är inte giltig UTF-8-text</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: text, &quot;testValue&quot;: text, &quot;secret&quot;: true or false}</source>
        <translation>väntade {&quot;name&quot;: text, &quot;testValue&quot;: text, &quot;secret&quot;: true eller false}</translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>rad %1: </translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>list item &quot;%1&quot; has no &apos;=&apos; between name and value</source>
        <translation>listposten ”%1” saknar &apos;=&apos; mellan namn och värde</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 är varken true eller false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of seconds</source>
        <translation>%1 är inte ett helt antal sekunder</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 är inte ett heltal</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 är inte något av %2</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>tecken %1</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, nyckel %1</translation>
    </message>
    <message>
        <source>; the text ends after the value of %1</source>
        <translation>; texten slutar efter värdet för %1</translation>
    </message>
    <message>
        <source>; the text ends inside the value of %1</source>
        <translation>; texten slutar inuti värdet för %1</translation>
    </message>
    <message>
        <source>the connection string has no closing %1 quote (it opens at character %2)%3</source>
        <translation>anslutningssträngen saknar avslutande %1-citattecken (det öppnas vid tecken %2)%3</translation>
    </message>
    <message>
        <source>the input is empty; expected a connection string</source>
        <translation>indata är tom; en anslutningssträng väntades</translation>
    </message>
    <message>
        <source>the statement ends after CUSTOM CONNECT TO; the connection string in quotes is missing</source>
        <translation>satsen slutar efter CUSTOM CONNECT TO; anslutningssträngen inom citattecken saknas</translation>
    </message>
    <message>
        <source>expected &quot; or &apos; after CUSTOM CONNECT TO</source>
        <translation>&quot; eller &apos; väntades efter CUSTOM CONNECT TO</translation>
    </message>
    <message>
        <source>LIB CONNECT TO names a connection stored in Qlik; paste its connection string (CUSTOM CONNECT TO ...) instead</source>
        <translation>LIB CONNECT TO anger en anslutning som är sparad i Qlik; klistra in dess anslutningssträng (CUSTOM CONNECT TO ...) i stället</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the closing quote</source>
        <translation>oväntad text ”%1” efter det avslutande citattecknet</translation>
    </message>
    <message>
        <source>the connection string is empty</source>
        <translation>anslutningssträngen är tom</translation>
    </message>
    <message>
        <source>empty pair: expected key=value before &apos;;&apos;</source>
        <translation>tomt par: nyckel=värde väntades före &apos;;&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &apos;=&apos; between key and value</source>
        <translation>”%1” saknar &apos;=&apos; mellan nyckel och värde</translation>
    </message>
    <message>
        <source>a value with no key before its &apos;=&apos;</source>
        <translation>ett värde utan nyckel före sitt &apos;=&apos;</translation>
    </message>
    <message>
        <source>%1 is not a list of status codes such as 500,502,503</source>
        <translation>%1 är ingen lista med statuskoder som 500,502,503</translation>
    </message>
</context>
<context>
    <name>ConnectionValidator</name>
    <message>
        <source>Row %1: </source>
        <translation>Rad %1: </translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Ange en URL.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL:en måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <source>The URL has no host name after its scheme.</source>
        <translation>URL:en har inget värdnamn efter schemat.</translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on, so the URL must start with https://.</source>
        <translation>”Tillåt endast HTTPS” är på, så URL:en måste börja med https://.</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>Rad %1 saknar namn.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used in rows %2 and %3; names must be unique.</source>
        <translation>Namnet ”%1” finns på rad %2 och %3; namn måste vara unika.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is in rows %2 and %3; it will be sent twice.</source>
        <translation>Huvudet ”%1” finns på rad %2 och %3; det skickas två gånger.</translation>
    </message>
    <message>
        <source>If-Modified-Since must have the form yyyy-MM-dd-HH:mm:ssZ, for example 2014-09-28-16:25:09Z; &quot;%1&quot; does not.</source>
        <translation>If-Modified-Since måste ha formen yyyy-MM-dd-HH:mm:ssZ, till exempel 2014-09-28-16:25:09Z; ”%1” har det inte.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; &quot;%2&quot; is not.</source>
        <translation>%1 måste vara ett heltal; ”%2” är inte det.</translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the start field.</source>
        <translation>Offset-paginering behöver namnet på startfältet.</translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the count field.</source>
        <translation>Offset-paginering behöver namnet på antalsfältet.</translation>
    </message>
    <message>
        <source>The start value</source>
        <translation>Startvärdet</translation>
    </message>
    <message>
        <source>The count value</source>
        <translation>Antalsvärdet</translation>
    </message>
    <message>
        <source>Next page pagination needs the name of the page parameter.</source>
        <translation>Paginering med nästa sida behöver namnet på sidparametern.</translation>
    </message>
    <message>
        <source>The initial page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>The page size</source>
        <translation>Sidstorleken</translation>
    </message>
    <message>
        <source>Next token pagination needs the name of the token parameter.</source>
        <translation>Paginering med nästa token behöver namnet på tokenparametern.</translation>
    </message>
    <message>
        <source>Next token pagination needs the path of the token in the response.</source>
        <translation>Paginering med nästa token behöver sökvägen till token i svaret.</translation>
    </message>
    <message>
        <source>Next URL pagination needs the path of the next URL in the response.</source>
        <translation>Paginering med nästa URL behöver sökvägen till nästa URL i svaret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2 (character %3)</source>
        <translation>”%1” i värdet för %2 (tecken %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2</source>
        <translation>”%1” i värdet för %2</translation>
    </message>
    <message>
        <source>%1 is not one of Qlik&apos;s escapes (%2); it is kept as written.</source>
        <translation>%1 är inte en av Qliks escape-sekvenser (%2); det behålls som det är skrivet.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is unknown to Qonduit; it is kept as written.</source>
        <translation>Nyckeln ”%1” är okänd för Qonduit; den behålls som den är skriven.</translation>
    </message>
    <message>
        <source>The key %1 appears more than once; the last value is used.</source>
        <translation>Nyckeln %1 förekommer mer än en gång; det sista värdet används.</translation>
    </message>
    <message>
        <source>The provider is &quot;%1&quot;, not %2.</source>
        <translation>Providern är ”%1”, inte %2.</translation>
    </message>
    <message>
        <source>The string has no provider key; Qlik needs provider=%1.</source>
        <translation>Strängen saknar provider-nyckel; Qlik behöver provider=%1.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation>Tidsgränsen måste vara mellan 1 och 10000 sekunder; %1 är det inte.</translation>
    </message>
    <message>
        <source>A request body is sent only with POST: choose POST or clear the body.</source>
        <translation>En begärandetext skickas bara med POST: välj POST eller töm texten.</translation>
    </message>
    <message>
        <source>Enter the user name for this authentication schema.</source>
        <translation>Ange användarnamnet för det här autentiseringsschemat.</translation>
    </message>
    <message>
        <source>Enter the PFX file name of the client certificate.</source>
        <translation>Ange PFX-filnamnet för klientcertifikatet.</translation>
    </message>
    <message>
        <source>Choose the installed certificate to use.</source>
        <translation>Välj det installerade certifikat som ska användas.</translation>
    </message>
    <message>
        <source>The read/write timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation>Tidsgränsen för läsning/skrivning måste vara 1 till 10000 sekunder; %1 är det inte.</translation>
    </message>
    <message>
        <source>Retry failed request needs the status codes to retry on, such as 500,502,503,504.</source>
        <translation>”Försök igen vid misslyckad begäran” behöver statuskoderna att försöka igen vid, till exempel 500,502,503,504.</translation>
    </message>
    <message>
        <source>$(%1) is not among the variables: add it there with a value to test with (Qlik would send it empty unless the script sets it).</source>
        <translation>$(%1) finns inte bland variablerna: lägg till den där med ett testvärde (Qlik skickar den tom om skriptet inte sätter den).</translation>
    </message>
    <message>
        <source>$(%1) has no test value: it is sent empty.</source>
        <translation>$(%1) har inget testvärde: den skickas tom.</translation>
    </message>
    <message>
        <source>a variable&apos;s name is letters, digits, _ and ., as in $(vName).</source>
        <translation>en variabels namn består av bokstäver, siffror, _ och ., som i $(vName).</translation>
    </message>
    <message>
        <source>%1 is defined twice.</source>
        <translation>%1 är definierad två gånger.</translation>
    </message>
    <message>
        <source>%1 is not used: write $(%1) in the URL, a query parameter, a header or the body.</source>
        <translation>%1 används inte: skriv $(%1) i URL:en, en frågeparameter, ett huvud eller brödtexten.</translation>
    </message>
    <message>
        <source>Enter where the answer holds the token, such as access_token.</source>
        <translation>Ange var svaret har token, till exempel access_token.</translation>
    </message>
    <message>
        <source>Enter the header or query parameter that carries the token.</source>
        <translation>Ange huvudet eller frågeparametern som bär token.</translation>
    </message>
    <message>
        <source>Enter the client id the token endpoint knows.</source>
        <translation>Ange klient-id:t som tokenslutpunkten känner.</translation>
    </message>
    <message>
        <source>The password grant needs the user name.</source>
        <translation>Lösenordsbeviljandet behöver användarnamnet.</translation>
    </message>
    <message>
        <source>The refresh grant needs the refresh token.</source>
        <translation>Uppdateringsbeviljandet behöver uppdateringstoken.</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>the command ends inside a %1 quote opened at character %2</source>
        <translation>kommandot slutar inuti ett %1-citattecken som öppnades vid tecken %2</translation>
    </message>
    <message>
        <source>this is not a curl command: it does not start with curl</source>
        <translation>det här är inget curl-kommando: det börjar inte med curl</translation>
    </message>
    <message>
        <source>%1 needs a value, and the command ends there</source>
        <translation>%1 behöver ett värde, och kommandot slutar där</translation>
    </message>
    <message>
        <source>%1: a second URL; a connection has one</source>
        <translation>%1: en andra URL; en anslutning har en</translation>
    </message>
    <message>
        <source>-X %1: Qlik&apos;s REST connector sends only GET and POST</source>
        <translation>-X %1: Qliks REST-anslutning skickar bara GET och POST</translation>
    </message>
    <message>
        <source>-H %1: not a &quot;Name: value&quot; header</source>
        <translation>-H %1: inte ett huvud på formen ”Namn: värde”</translation>
    </message>
    <message>
        <source>%1 %2: the body comes from a file; paste its text into the request body</source>
        <translation>%1 %2: texten kommer från en fil; klistra in dess text i begärandetexten</translation>
    </message>
    <message>
        <source>-b %1: cookies from a file</source>
        <translation>-b %1: kakor från en fil</translation>
    </message>
    <message>
        <source>%1: redirects are followed within the host and the whitelist for redirects (Security)</source>
        <translation>%1: omdirigeringar följs inom värden och vitlistan för omdirigeringar (Säkerhet)</translation>
    </message>
    <message>
        <source>--compressed: compression is negotiated by the connector</source>
        <translation>--compressed: komprimering förhandlas av anslutningen</translation>
    </message>
    <message>
        <source>%1: an output option, ignored</source>
        <translation>%1: ett utdataalternativ, ignorerat</translation>
    </message>
    <message>
        <source>%1%2: no place in Qlik&apos;s REST form</source>
        <translation>%1%2: har ingen plats i Qliks REST-formulär</translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation>curl-kommandot saknar URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>”%1” är inte en URL</translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation>texten i en GET: Qlik skickar en text bara med POST</translation>
    </message>
    <message>
        <source>--cert %1: Qlik reads client certificates from PFX (P12) files; convert it with openssl pkcs12 -export</source>
        <translation>--cert %1: Qlik läser klientcertifikat från PFX-filer (P12); konvertera det med openssl pkcs12 -export</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>heltal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolesk</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>blandat</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: the YAML stands for more than %2 values (aliases of aliases?); it is not read further</source>
        <translation>rad %1: YAML-texten står för fler än %2 värden (alias av alias?); den läses inte vidare</translation>
    </message>
    <message>
        <source>line %1: a map&apos;s key is itself a map or a list; JSON has no such key</source>
        <translation>rad %1: en nyckel i en mappning är själv en mappning eller lista; JSON har ingen sådan nyckel</translation>
    </message>
    <message>
        <source>line %1: nested more than %2 levels deep; it is not read further</source>
        <translation>rad %1: nästlat djupare än %2 nivåer; det läses inte vidare</translation>
    </message>
    <message>
        <source>line %1: the alias *%2 names no anchor before it</source>
        <translation>rad %1: aliaset *%2 namnger inget ankare före det</translation>
    </message>
    <message>
        <source>the YAML reader could not start</source>
        <translation>YAML-läsaren kunde inte starta</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>the YAML holds no document</source>
        <translation>YAML-texten innehåller inget dokument</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>line %1: a second YAML document begins; an API document is one document</source>
        <translation>rad %1: ett andra YAML-dokument börjar; ett API-dokument är ett enda dokument</translation>
    </message>
    <message>
        <source>%1: Qlik&apos;s REST connector sends GET and POST only</source>
        <translation>%1: Qliks REST-koppling skickar bara GET och POST</translation>
    </message>
    <message>
        <source>Postman collection %1</source>
        <translation>Postman-samling %1</translation>
    </message>
    <message>
        <source>Insomnia export %1</source>
        <translation>Insomnia-export %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than an API document holds</source>
        <translation>filen är större än %1 MB, mer än ett API-dokument rymmer</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>not JSON at %1: %2</source>
        <translation>inte JSON vid %1: %2</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>inte YAML: %1</translation>
    </message>
    <message>
        <source>the document is not a map of fields: none of OpenAPI, Swagger, Postman, Insomnia or HAR starts otherwise</source>
        <translation>dokumentet är ingen mappning av fält: OpenAPI, Swagger, Postman, Insomnia och HAR börjar alla så</translation>
    </message>
    <message>
        <source>a Swagger 1.x document: Qonduit reads Swagger 2.0 and OpenAPI 3; convert it first</source>
        <translation>ett Swagger 1.x-dokument: Qonduit läser Swagger 2.0 och OpenAPI 3; konvertera det först</translation>
    </message>
    <message>
        <source>none of OpenAPI (an &quot;openapi&quot; field), Swagger 2.0 (&quot;swagger&quot;), a Postman collection (&quot;info&quot; with its schema), an Insomnia export (&quot;_type&quot;: &quot;export&quot;) or HAR (&quot;log&quot; with &quot;entries&quot;)</source>
        <translation>varken OpenAPI (ett fält &quot;openapi&quot;), Swagger 2.0 (&quot;swagger&quot;), en Postman-samling (&quot;info&quot; med sitt schema), en Insomnia-export (&quot;_type&quot;: &quot;export&quot;) eller HAR (&quot;log&quot; med &quot;entries&quot;)</translation>
    </message>
    <message>
        <source>the document has no operation %1</source>
        <translation>dokumentet har ingen operation %1</translation>
    </message>
    <message>
        <source>the document names no host (its server is &quot;%1&quot;): put the API&apos;s address in front of the URL</source>
        <translation>dokumentet namnger ingen värd (dess server är &quot;%1&quot;): sätt API:ets adress framför URL:en</translation>
    </message>
    <message>
        <source>the path parameter {%1} has no value: fill it into the URL</source>
        <translation>sökvägsparametern {%1} har inget värde: fyll i den i URL:en</translation>
    </message>
    <message>
        <source>the optional %1 parameter %2, not added</source>
        <translation>den valfria %1-parametern %2, inte tillagd</translation>
    </message>
    <message>
        <source>the optional %1 parameter %2 (for example %3), not added</source>
        <translation>den valfria %1-parametern %2 (till exempel %3), inte tillagd</translation>
    </message>
    <message>
        <source>the required %1 parameter %2 has no example: fill in its value</source>
        <translation>den obligatoriska %1-parametern %2 har inget exempel: fyll i dess värde</translation>
    </message>
    <message>
        <source>the cookie %1: Qlik&apos;s form has no cookies; send a Cookie header if the API needs it</source>
        <translation>kakan %1: Qliks formulär har inga kakor; skicka en Cookie-rubrik om API:et behöver den</translation>
    </message>
    <message>
        <source>the file %1: Qlik&apos;s connector uploads no files</source>
        <translation>filen %1: Qliks koppling laddar inte upp filer</translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation>kroppen i en GET: Qlik skickar en kropp bara med POST</translation>
    </message>
    <message>
        <source>the document marks this operation deprecated</source>
        <translation>dokumentet markerar den här operationen som föråldrad</translation>
    </message>
    <message>
        <source>$ref %1 is in another document, which is not fetched</source>
        <translation>$ref %1 finns i ett annat dokument, som inte hämtas</translation>
    </message>
    <message>
        <source>$ref %1 refers back to itself</source>
        <translation>$ref %1 hänvisar tillbaka till sig själv</translation>
    </message>
    <message>
        <source>$ref %1 goes nowhere in the document</source>
        <translation>$ref %1 leder ingenstans i dokumentet</translation>
    </message>
    <message>
        <source>the request body as %1: Qlik&apos;s connector sends text, JSON or form fields, not multipart or files</source>
        <translation>begärans kropp som %1: Qliks koppling skickar text, JSON eller formulärfält, inte multipart eller filer</translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to authenticate the document offers; the first is in the form</source>
        <translation>
            <numerusform>%n annat sätt att autentisera som dokumentet erbjuder; det första finns i formuläret</numerusform>
            <numerusform>%n andra sätt att autentisera som dokumentet erbjuder; det första finns i formuläret</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP Basic; fill in the user name and password</source>
        <translation>%1: HTTP Basic; fyll i användarnamn och lösenord</translation>
    </message>
    <message>
        <source>%1: HTTP Digest; fill in the user name and password</source>
        <translation>%1: HTTP Digest; fyll i användarnamn och lösenord</translation>
    </message>
    <message>
        <source>%1: a bearer token; give the secret variable vBearerToken its value</source>
        <translation>%1: en bearer-token; ge den hemliga variabeln vBearerToken dess värde</translation>
    </message>
    <message>
        <source>%1: an API key in a cookie; send it in a Cookie header</source>
        <translation>%1: en API-nyckel i en kaka; skicka den i en Cookie-rubrik</translation>
    </message>
    <message>
        <source>%1: an API key; give the secret variable %2 its value</source>
        <translation>%1: en API-nyckel; ge den hemliga variabeln %2 dess värde</translation>
    </message>
    <message>
        <source>%1: OpenID Connect signs in with a browser, which Qlik&apos;s connector cannot; get a token another way and send it as Authorization: Bearer</source>
        <translation>%1: OpenID Connect loggar in med en webbläsare, vilket Qliks koppling inte kan; hämta en token på annat sätt och skicka den som Authorization: Bearer</translation>
    </message>
    <message>
        <source>%1: a client certificate; choose it under Certificates</source>
        <translation>%1: ett klientcertifikat; välj det under Certifikat</translation>
    </message>
    <message>
        <source>%1: an authentication of type %2, which Qlik&apos;s form has no place for</source>
        <translation>%1: en autentisering av typen %2, som Qliks formulär saknar plats för</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0 by %2, which signs in with a browser; Qlik&apos;s connector cannot: get a token another way and send it as Authorization: Bearer</source>
        <translation>%1: OAuth 2.0 via %2, som loggar in med en webbläsare; Qliks koppling kan inte det: hämta en token på annat sätt och skicka den som Authorization: Bearer</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0, password grant, in Token first; fill in the client, user and password</source>
        <translation>%1: OAuth 2.0, lösenordsbeviljande, under Token först; fyll i klient, användare och lösenord</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0, client credentials, in Token first; fill in the client id and secret</source>
        <translation>%1: OAuth 2.0, klientuppgifter, under Token först; fyll i klient-id och hemlighet</translation>
    </message>
    <message>
        <source>Next token: the operation takes %1; say where the answer has the next one</source>
        <translation>Nästa token: operationen tar %1; ange var svaret har nästa</translation>
    </message>
    <message>
        <source>Next token: the operation takes %1, the answer has %2</source>
        <translation>Nästa token: operationen tar %1, svaret har %2</translation>
    </message>
    <message>
        <source>Offset: the operation takes %1 and %2</source>
        <translation>Offset: operationen tar %1 och %2</translation>
    </message>
    <message>
        <source>no page size</source>
        <translation>ingen sidstorlek</translation>
    </message>
    <message>
        <source>Next page: the operation takes %1</source>
        <translation>Nästa sida: operationen tar %1</translation>
    </message>
    <message>
        <source>Next URL: the answer has %1</source>
        <translation>Nästa URL: svaret har %1</translation>
    </message>
    <message>
        <source>Swagger %1: Qonduit reads Swagger 2.0 and OpenAPI 3</source>
        <translation>Swagger %1: Qonduit läser Swagger 2.0 och OpenAPI 3</translation>
    </message>
    <message>
        <source>OpenAPI &quot;%1&quot;: Qonduit reads OpenAPI 3.0 and 3.1 and Swagger 2.0</source>
        <translation>OpenAPI &quot;%1&quot;: Qonduit läser OpenAPI 3.0 och 3.1 samt Swagger 2.0</translation>
    </message>
    <message>
        <source>the document has no paths, so no operation to import</source>
        <translation>dokumentet har inga sökvägar, alltså ingen operation att importera</translation>
    </message>
    <message>
        <source>the document describes only webhooks, calls the API makes to you: none for Qlik to make</source>
        <translation>dokumentet beskriver bara webhooks, anrop som API:et gör till dig: inga som Qlik kan göra</translation>
    </message>
    <message>
        <source>the document&apos;s paths hold no operation</source>
        <translation>dokumentets sökvägar innehåller ingen operation</translation>
    </message>
    <message>
        <source>the collection has no request %1</source>
        <translation>samlingen har ingen begäran %1</translation>
    </message>
    <message>
        <source>the collection&apos;s pre-request and test scripts, which are not run</source>
        <translation>samlingens förbegärans- och testskript, som inte körs</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the collection: give $(%1) a test value</source>
        <translation>{{%1}} har inget värde i samlingen: ge $(%1) ett testvärde</translation>
    </message>
    <message>
        <source>%1: a Postman dynamic value, which Qlik has no such thing for</source>
        <translation>%1: ett dynamiskt Postman-värde, som Qlik saknar motsvarighet till</translation>
    </message>
    <message>
        <source>folders nested more than %1 deep are not read</source>
        <translation>mappar nästlade djupare än %1 läses inte</translation>
    </message>
    <message>
        <source>the form-data body: Qlik&apos;s connector sends no multipart forms; send the fields urlencoded if the API takes them so</source>
        <translation>form-data-kroppen: Qliks koppling skickar inga multipart-formulär; skicka fälten urlencoded om API:et tar emot dem så</translation>
    </message>
    <message>
        <source>the file body: Qlik&apos;s connector uploads no files</source>
        <translation>filkroppen: Qliks koppling laddar inte upp filer</translation>
    </message>
    <message>
        <source>OAuth 2.0 by %1, which signs in with a browser: the token Postman had is sent as it is, until it expires</source>
        <translation>OAuth 2.0 via %1, som loggar in med en webbläsare: den token Postman hade skickas som den är, tills den går ut</translation>
    </message>
    <message>
        <source>OAuth 2.0 by %1, which signs in with a browser; Qlik&apos;s connector cannot: get a token another way and send it as Authorization: Bearer</source>
        <translation>OAuth 2.0 via %1, som loggar in med en webbläsare; Qliks koppling kan inte det: hämta en token på annat sätt och skicka den som Authorization: Bearer</translation>
    </message>
    <message>
        <source>the %1 authentication, which Qlik&apos;s connector cannot do</source>
        <translation>autentiseringen %1, som Qliks koppling inte klarar</translation>
    </message>
    <message>
        <source>a Postman collection v1: export it again from Postman as v2.1</source>
        <translation>en Postman-samling v1: exportera den igen från Postman som v2.1</translation>
    </message>
    <message>
        <source>the collection has no item list, so no request to import</source>
        <translation>samlingen har ingen item-lista, alltså ingen begäran att importera</translation>
    </message>
    <message>
        <source>the collection holds no request</source>
        <translation>samlingen innehåller ingen begäran</translation>
    </message>
    <message>
        <source>not a Postman environment: it has no &quot;values&quot; list</source>
        <translation>ingen Postman-miljö: den har ingen &quot;values&quot;-lista</translation>
    </message>
    <message>
        <source>the values of the environment %1; the export has %2 more</source>
        <translation>värdena i miljön %1; exporten har %2 till</translation>
    </message>
    <message>
        <source>the export has no request %1</source>
        <translation>exporten har ingen begäran %1</translation>
    </message>
    <message>
        <source>a template tag in &quot;%1&quot;, which Insomnia runs and Qlik cannot</source>
        <translation>en mallagg i &quot;%1&quot;, som Insomnia kör och Qlik inte kan</translation>
    </message>
    <message>
        <source>the multipart form body: Qlik&apos;s connector sends no multipart forms</source>
        <translation>multipart-formulärkroppen: Qliks koppling skickar inga multipart-formulär</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the export: give $(%1) a test value</source>
        <translation>{{%1}} har inget värde i exporten: ge $(%1) ett testvärde</translation>
    </message>
    <message>
        <source>%1: an Insomnia expression, which Qlik cannot run</source>
        <translation>%1: ett Insomnia-uttryck, som Qlik inte kan köra</translation>
    </message>
    <message>
        <source>an Insomnia export of format %1: Qonduit reads format 4 (Insomnia&apos;s &quot;Export Data&quot;)</source>
        <translation>en Insomnia-export i format %1: Qonduit läser format 4 (Insomnias &quot;Export Data&quot;)</translation>
    </message>
    <message>
        <source>the export has no resources, so no request to import</source>
        <translation>exporten har inga resurser, alltså ingen begäran att importera</translation>
    </message>
    <message>
        <source>the export holds no request</source>
        <translation>exporten innehåller ingen begäran</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) whose answers are not JSON, XML or CSV (pages, scripts, images) are left out</source>
        <translation>
            <numerusform>%n anrop vars svar inte är JSON, XML eller CSV (sidor, skript, bilder) utelämnas</numerusform>
            <numerusform>%n anrop vars svar inte är JSON, XML eller CSV (sidor, skript, bilder) utelämnas</numerusform>
        </translation>
    </message>
    <message>
        <source>the HAR file has no call %1</source>
        <translation>HAR-filen har inget anrop %1</translation>
    </message>
    <message>
        <source>the Cookie header is the browser&apos;s session: it is kept, and stops working when the session ends</source>
        <translation>Cookie-rubriken är webbläsarens session: den behålls och slutar fungera när sessionen tar slut</translation>
    </message>
    <message>
        <source>headers the browser adds on its own, left out: %1</source>
        <translation>rubriker som webbläsaren lägger till själv, utelämnade: %1</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot; sends a file (%2): Qlik&apos;s connector sends no files</source>
        <translation>formulärfältet &quot;%1&quot; skickar en fil (%2): Qliks koppling skickar inga filer</translation>
    </message>
    <message>
        <source>the HAR file has no entries list</source>
        <translation>HAR-filen har ingen entries-lista</translation>
    </message>
    <message>
        <source>the HAR file records no call</source>
        <translation>HAR-filen registrerar inget anrop</translation>
    </message>
    <message>
        <source>the HAR file records no call whose answer is JSON, XML or CSV</source>
        <translation>HAR-filen registrerar inget anrop vars svar är JSON, XML eller CSV</translation>
    </message>
    <message>
        <source>the text is HTML or XML (a web page, a WSDL?), not an API document</source>
        <translation>texten är HTML eller XML (en webbsida, en WSDL?), inget API-dokument</translation>
    </message>
    <message>
        <source>the download of %1 was canceled</source>
        <translation>hämtningen av %1 avbröts</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than an API document holds</source>
        <translation>%1 är större än %2 MB, mer än ett API-dokument rymmer</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 svarade inte i tid</translation>
    </message>
    <message>
        <source>%1 answered %2 %3, not the document</source>
        <translation>%1 svarade %2 %3, inte dokumentet</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>%1 kan inte hämtas: %2</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>The proxy address holds a password, which would be written into the connection string: remove it from the address (keep http://%1@...) and give it as the proxy password (qonduit-cli: --proxy-password-env). Nothing was sent.</source>
        <translation>Proxyadressen innehåller ett lösenord, som skulle skrivas in i anslutningssträngen: ta bort det ur adressen (behåll http://%1@...) och ange det som proxylösenord (qonduit-cli: --proxy-password-env). Inget skickades.</translation>
    </message>
</context>
<context>
    <name>Qonduit::ApiEntryModel</name>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>Sökväg eller URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Tag or folder</source>
        <translation>Tagg eller mapp</translation>
    </message>
</context>
<context>
    <name>Qonduit::AuthenticationSection</name>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
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
        <translation>Aktuell Windows-användare (NTLM)</translation>
    </message>
    <message>
        <source>Only available when Qonduit runs on Windows: it uses the Windows account of the user who starts it.</source>
        <translation>Finns bara när Qonduit körs på Windows: det använder Windows-kontot för användaren som startar det.</translation>
    </message>
    <message>
        <source>Authentication &amp;schema</source>
        <translation>Autentiseringssc&amp;hema</translation>
    </message>
    <message>
        <source>How Qonduit, and Qlik&apos;s REST connector, authenticate to the REST service.</source>
        <translation>Hur Qonduit, och Qliks REST-anslutning, autentiserar sig mot REST-tjänsten.</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>Användar&amp;namn</translation>
    </message>
    <message>
        <source>The user name of the REST account. For Digest and NTLM, a Windows domain account (DOMAIN\user).</source>
        <translation>Användarnamnet för REST-kontot. För Digest och NTLM ett Windows-domänkonto (DOMÄN\användare).</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <source>The password of the REST account. It is never saved in connection files or drafts.</source>
        <translation>Lösenordet för REST-kontot. Det sparas aldrig i anslutningsfiler eller utkast.</translation>
    </message>
    <message>
        <source>No authentication: everyone using the connection has access to the resource.</source>
        <translation>Ingen autentisering: alla som använder anslutningen har åtkomst till resursen.</translation>
    </message>
    <message>
        <source>Sends the user name and password Base64-encoded. Base64 is not encryption: use it over HTTPS only.</source>
        <translation>Skickar användarnamn och lösenord Base64-kodade. Base64 är ingen kryptering: använd det bara över HTTPS.</translation>
    </message>
    <message>
        <source>A challenge-response: the server sends a nonce, the client answers with a hash of the user name, password and nonce. Requires a Windows domain account; the realm is the domain.</source>
        <translation>En challenge-response: servern skickar en nonce, klienten svarar med en hash av användarnamn, lösenord och nonce. Kräver ett Windows-domänkonto; realm är domänen.</translation>
    </message>
    <message>
        <source>A challenge-response with Windows credentials, more secure than Digest. The server and any proxies must keep connections open.</source>
        <translation>En challenge-response med Windows-autentiseringsuppgifter, säkrare än Digest. Servern och alla proxyservrar måste hålla anslutningar öppna.</translation>
    </message>
    <message>
        <source>Uses the Windows account that runs Qonduit (Qlik Sense Desktop only).</source>
        <translation>Använder Windows-kontot som kör Qonduit (endast Qlik Sense Desktop).</translation>
    </message>
    <message>
        <source>Uses the Windows account that runs the connector: works only on Windows and with Qlik Sense Desktop. Qonduit cannot test it here.</source>
        <translation>Använder Windows-kontot som kör anslutningen: fungerar bara på Windows och med Qlik Sense Desktop. Qonduit kan inte testa det här.</translation>
    </message>
    <message>
        <source>Send the client id and secret as &amp;Basic</source>
        <translation>Skicka klient-id och hemlighet som &amp;Basic</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Hämta token</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (Qonduit)</source>
        <translation>OAuth 2.0-token (Qonduit)</translation>
    </message>
    <message>
        <source>Token from another request (Qonduit)</source>
        <translation>Token från en annan förfrågan (Qonduit)</translation>
    </message>
    <message>
        <source>Token &amp;first</source>
        <translation>Token &amp;först</translation>
    </message>
    <message>
        <source>Fetch a token before the data request, as most APIs want today. Qlik&apos;s REST connector cannot (it has no OAuth 2.0): the script fetches it with a connection of its own and sends it in WITH CONNECTION.</source>
        <translation>Hämta en token före dataförfrågan, som de flesta API:er vill i dag. Qliks REST-koppling kan inte (den har ingen OAuth 2.0): skriptet hämtar den med en egen anslutning och skickar den i WITH CONNECTION.</translation>
    </message>
    <message>
        <source>Token &amp;URL</source>
        <translation>Token-&amp;URL</translation>
    </message>
    <message>
        <source>The token endpoint, or the login request&apos;s URL.</source>
        <translation>Tokenslutpunkten, eller inloggningsförfrågans URL.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Klientuppgifter</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Uppdateringstoken</translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation>&amp;Beviljandetyp</translation>
    </message>
    <message>
        <source>The OAuth 2.0 grant the token endpoint is asked for.</source>
        <translation>OAuth 2.0-beviljandet som tokenslutpunkten ombeds om.</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>&amp;Klient-id</translation>
    </message>
    <message>
        <source>The id of the client registered with the API.</source>
        <translation>Id för klienten som är registrerad hos API:et.</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Klient&amp;hemlighet</translation>
    </message>
    <message>
        <source>The client&apos;s secret. Kept in the keychain, never in a file or a script unless asked.</source>
        <translation>Klientens hemlighet. Hålls i nyckelringen, aldrig i en fil eller ett skript om du inte ber om det.</translation>
    </message>
    <message>
        <source>Send the client&apos;s id and secret as an Authorization: Basic header instead of in the form.</source>
        <translation>Skicka klientens id och hemlighet som ett Authorization: Basic-huvud i stället för i formuläret.</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>&amp;Omfång</translation>
    </message>
    <message>
        <source>The scopes asked for, separated by spaces.</source>
        <translation>De omfång som begärs, åtskilda av mellanslag.</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>&amp;Mottagare</translation>
    </message>
    <message>
        <source>The API the token is for, where the endpoint wants it.</source>
        <translation>API:et som token är till för, där slutpunkten vill ha det.</translation>
    </message>
    <message>
        <source>Token user na&amp;me</source>
        <translation>Tokenanvändar&amp;namn</translation>
    </message>
    <message>
        <source>The user of the password grant.</source>
        <translation>Användaren för lösenordsbeviljandet.</translation>
    </message>
    <message>
        <source>Token pass&amp;word</source>
        <translation>Token&amp;lösenord</translation>
    </message>
    <message>
        <source>The password of the password grant; kept in the keychain.</source>
        <translation>Lösenordet för lösenordsbeviljandet; hålls i nyckelringen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh token</source>
        <translation>&amp;Uppdateringstoken</translation>
    </message>
    <message>
        <source>The refresh token of the refresh grant; kept in the keychain.</source>
        <translation>Uppdateringstoken för uppdateringsbeviljandet; hålls i nyckelringen.</translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation>Tokens sök&amp;väg</translation>
    </message>
    <message>
        <source>Where the answer has the token: access_token, or a path such as data/token.</source>
        <translation>Var svaret har token: access_token, eller en sökväg som data/token.</translation>
    </message>
    <message>
        <source>A header</source>
        <translation>Ett huvud</translation>
    </message>
    <message>
        <source>A query parameter</source>
        <translation>En frågeparameter</translation>
    </message>
    <message>
        <source>Send the token &amp;in</source>
        <translation>Skicka token &amp;i</translation>
    </message>
    <message>
        <source>How the data request carries the token.</source>
        <translation>Hur dataförfrågan bär token.</translation>
    </message>
    <message>
        <source>Header or parameter n&amp;ame</source>
        <translation>Huvudets eller parameterns n&amp;amn</translation>
    </message>
    <message>
        <source>The header or query parameter that carries the token: Authorization by default.</source>
        <translation>Huvudet eller frågeparametern som bär token: Authorization som standard.</translation>
    </message>
    <message>
        <source>Value pre&amp;fix</source>
        <translation>Värdets &amp;prefix</translation>
    </message>
    <message>
        <source>What stands before the token in the header: &quot;Bearer &quot; by default.</source>
        <translation>Det som står före token i huvudet: ”Bearer ” som standard.</translation>
    </message>
    <message>
        <source>Perform the token request now and show what it answers</source>
        <translation>Utför tokenförfrågan nu och visa vad den svarar</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Går ut %1.</translation>
    </message>
    <message>
        <source>Token: %1 (masked; it is sent as the settings say)</source>
        <translation>Token: %1 (maskerad; den skickas som inställningarna säger)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>More form fiel&amp;ds</source>
        <translation>Fler &amp;formulärfält</translation>
    </message>
    <message>
        <source>More fields of the token request&apos;s form, such as resource, where the endpoint wants them.</source>
        <translation>Fler fält i tokenbegärans formulär, till exempel resource, där slutpunkten vill ha dem.</translation>
    </message>
    <message>
        <source>Token request me&amp;thod</source>
        <translation>Tokenbegärans me&amp;tod</translation>
    </message>
    <message>
        <source>The method of the request whose answer holds the token: GET or POST, as Qlik can send.</source>
        <translation>Metoden för begäran vars svar innehåller token: GET eller POST, som Qlik kan skicka.</translation>
    </message>
    <message>
        <source>Token request b&amp;ody</source>
        <translation>Tokenbegärans &amp;brödtext</translation>
    </message>
    <message>
        <source>The body the POST sends, such as a login&apos;s user and password. Put a password in a secret variable: the body is saved as written.</source>
        <translation>Brödtexten som POST skickar, till exempel en inloggnings användare och lösenord. Lägg ett lösenord i en hemlig variabel: brödtexten sparas som den står.</translation>
    </message>
    <message>
        <source>Token request hea&amp;ders</source>
        <translation>Tokenbegärans &amp;rubriker</translation>
    </message>
    <message>
        <source>The headers of the token request, such as Content-Type or an API key. Secret ones (Authorization, keys, tokens) are kept in the keychain.</source>
        <translation>Tokenbegärans rubriker, till exempel Content-Type eller en API-nyckel. Hemliga (Authorization, nycklar, token) sparas i nyckelringen.</translation>
    </message>
</context>
<context>
    <name>Qonduit::BodyView</name>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 finns och kan inte ersättas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan inte skriva %1: %2.</translation>
    </message>
    <message>
        <source>Open the &amp;whole body</source>
        <translation>Öppna &amp;hela texten</translation>
    </message>
    <message>
        <source>Save the whole bod&amp;y…</source>
        <translation>Spara hela te&amp;xten…</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Svarstext</translation>
    </message>
    <message>
        <source>Writes the whole body to a temporary file and opens it with the desktop&apos;s application for its type</source>
        <translation>Skriver hela texten till en tillfällig fil och öppnar den med skrivbordets program för dess typ</translation>
    </message>
    <message>
        <source>Save the whole body</source>
        <translation>Spara hela texten</translation>
    </message>
    <message>
        <source>Formatting the body ...</source>
        <translation>Formaterar texten ...</translation>
    </message>
    <message>
        <source>The first %1 of the body are shown; the rest is %2. Open or save the whole body to read all of it.</source>
        <translation>De första %1 av texten visas; resten är %2. Öppna eller spara hela texten för att läsa allt.</translation>
    </message>
    <message>
        <source>Writing the body to %1 …</source>
        <translation>Skriver texten till %1 …</translation>
    </message>
    <message>
        <source>The whole body is in %1.</source>
        <translation>Hela texten finns i %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::CertificatesSection</name>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>S&amp;kip server certificate validation</source>
        <translation>&amp;Hoppa över validering av servercertifikat</translation>
    </message>
    <message>
        <source>Connect even if the server&apos;s certificate is invalid. The certificate is still checked, and its problems are reported.</source>
        <translation>Anslut även om serverns certifikat är ogiltigt. Certifikatet kontrolleras ändå och dess problem rapporteras.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installerat</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Från fil</translation>
    </message>
    <message>
        <source>Use &amp;certificate</source>
        <translation>Använd &amp;certifikat</translation>
    </message>
    <message>
        <source>An X509 client certificate for mutual authentication: installed in a Windows certificate store, or from a PFX file. Not available in Qlik Sense Cloud.</source>
        <translation>Ett X509-klientcertifikat för ömsesidig autentisering: installerat i ett Windows-certifikatarkiv eller från en PFX-fil. Finns inte i Qlik Sense Cloud.</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Aktuell användare</translation>
    </message>
    <message>
        <source>Local machine</source>
        <translation>Lokal dator</translation>
    </message>
    <message>
        <source>Certificate &amp;location</source>
        <translation>Certifikats&amp;plats</translation>
    </message>
    <message>
        <source>The store of the current user or of the local machine. The local machine needs Qlik to run with administrator privileges.</source>
        <translation>Arkivet för den aktuella användaren eller för den lokala datorn. Den lokala datorn kräver att Qlik körs med administratörsbehörighet.</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <source>Trusted Root Certification Authorities</source>
        <translation>Betrodda rotcertifikatutfärdare</translation>
    </message>
    <message>
        <source>Intermediate Certification Authorities</source>
        <translation>Mellanliggande certifikatutfärdare</translation>
    </message>
    <message>
        <source>Trusted Publisher</source>
        <translation>Betrodda utgivare</translation>
    </message>
    <message>
        <source>Untrusted Certificates</source>
        <translation>Ej betrodda certifikat</translation>
    </message>
    <message>
        <source>Third-Party Root Certification Authorities</source>
        <translation>Rotcertifikatutfärdare från tredje part</translation>
    </message>
    <message>
        <source>Trusted People</source>
        <translation>Betrodda personer</translation>
    </message>
    <message>
        <source>Other People</source>
        <translation>Andra personer</translation>
    </message>
    <message>
        <source>Certificate s&amp;tore</source>
        <translation>Certifikat&amp;arkiv</translation>
    </message>
    <message>
        <source>One of the default Windows certificate stores.</source>
        <translation>Ett av Windows standardarkiv för certifikat.</translation>
    </message>
    <message>
        <source>subject or thumbprint</source>
        <translation>ämne eller tumavtryck</translation>
    </message>
    <message>
        <source>Certificate &amp;name</source>
        <translation>Certifikat&amp;namn</translation>
    </message>
    <message>
        <source>The certificate in the store, by subject or thumbprint.</source>
        <translation>Certifikatet i arkivet, efter ämne eller tumavtryck.</translation>
    </message>
    <message>
        <source>Installed certificates come from a Windows certificate store: Qonduit can write them into the connection, but test them only on Windows.</source>
        <translation>Installerade certifikat kommer från ett Windows-certifikatarkiv: Qonduit kan skriva in dem i anslutningen men testa dem bara på Windows.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bläddra...</translation>
    </message>
    <message>
        <source>Browse for the PFX file</source>
        <translation>Bläddra efter PFX-filen</translation>
    </message>
    <message>
        <source>PFX &amp;file name</source>
        <translation>PFX-&amp;filnamn</translation>
    </message>
    <message>
        <source>The PFX file of the client certificate. Qlik looks for it in C:\ProgramData\Qlik\Sense\Engine\Certificates\ unless the connector is configured otherwise.</source>
        <translation>PFX-filen för klientcertifikatet. Qlik letar efter den i C:\ProgramData\Qlik\Sense\Engine\Certificates\ om inte anslutningen är konfigurerad på annat sätt.</translation>
    </message>
    <message>
        <source>PFX pass&amp;word</source>
        <translation>PFX-lösen&amp;ord</translation>
    </message>
    <message>
        <source>The password of the PFX file. It is never saved in connection files or drafts.</source>
        <translation>Lösenordet för PFX-filen. Det sparas aldrig i anslutningsfiler eller utkast.</translation>
    </message>
    <message>
        <source>PFX file</source>
        <translation>PFX-fil</translation>
    </message>
    <message>
        <source>PFX certificates (*.pfx *.p12);;All files (*)</source>
        <translation>PFX-certifikat (*.pfx *.p12);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>Qonduit::CollapsibleSection</name>
    <message>
        <source>Shows or hides this part of the form</source>
        <translation>Visar eller döljer den här delen av formuläret</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n problem(s))</source>
        <translation>
            <numerusform>%1  (%n problem)</numerusform>
            <numerusform>%1  (%n problem)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Connection &amp;statement</source>
        <translation>A&amp;nslutningssats</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the statement to the clipboard (Ctrl+Shift+C)</source>
        <translation>Kopiera satsen till urklipp (Ctrl+Skift+C)</translation>
    </message>
    <message>
        <source>Copy the connection statement</source>
        <translation>Kopiera anslutningssatsen</translation>
    </message>
    <message>
        <source>Connection statement</source>
        <translation>Anslutningssats</translation>
    </message>
    <message>
        <source>The CUSTOM CONNECT statement for this connection, as a QlikView script or Qlik&apos;s data connection carries it.</source>
        <translation>CUSTOM CONNECT-satsen för den här anslutningen, så som ett QlikView-skript eller Qliks dataanslutning bär den.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testresultat</translation>
    </message>
    <message>
        <source>List the problems; choose one to go to its field</source>
        <translation>Lista problemen; välj ett för att gå till dess fält</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ppna...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Spara s&amp;om...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Paste connection</source>
        <translation>Klistra in &amp;anslutning</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Import curl command</source>
        <translation>&amp;Importera curl-kommando</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Copy statement</source>
        <translation>&amp;Kopiera sats</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Select data</source>
        <translation>&amp;Välj data</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Back to the connection</source>
        <translation>&amp;Tillbaka till anslutningen</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation>✔ Inga problem</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) to fix</source>
        <translation>
            <numerusform>⚠ %n problem att åtgärda</numerusform>
            <numerusform>⚠ %n problem att åtgärda</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the connection</source>
        <translation>Skapa anslutningen</translation>
    </message>
    <message>
        <source>Fix the problems first: see the list at the bottom left.</source>
        <translation>Åtgärda problemen först: se listan längst ned till vänster.</translation>
    </message>
    <message>
        <source>%1[*] — Create new connection (REST) — Qonduit</source>
        <translation>%1[*] — Skapa ny anslutning (REST) — Qonduit</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny anslutning</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Varning: </translation>
    </message>
    <message>
        <source>The passwords were not saved: no system keychain answers (%1). They stay in memory until Qonduit closes; nothing is written to disk.</source>
        <translation>Lösenorden sparades inte: ingen systemnyckelring svarar (%1). De finns kvar i minnet tills Qonduit stängs; inget skrivs till disken.</translation>
    </message>
    <message>
        <source>The curl command cannot be imported: %1.</source>
        <translation>curl-kommandot kan inte importeras: %1.</translation>
    </message>
    <message>
        <source>The form now holds the curl command.</source>
        <translation>Formuläret innehåller nu curl-kommandot.</translation>
    </message>
    <message>
        <source>The form now holds the curl command. Not in the form:
%1</source>
        <translation>Formuläret innehåller nu curl-kommandot. Inte i formuläret:
%1</translation>
    </message>
    <message>
        <source>The pasted text is not a connection Qonduit can read: %1</source>
        <translation>Den inklistrade texten är ingen anslutning som Qonduit kan läsa: %1</translation>
    </message>
    <message>
        <source>The form now holds the pasted connection.</source>
        <translation>Formuläret innehåller nu den inklistrade anslutningen.</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>Öppna anslutning</translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit);;Qlik scripts and text (*.qvs *.txt);;All files (*)</source>
        <translation>Qonduit-anslutningar (*.qonduit);;Qlik-skript och text (*.qvs *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>anslutning</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Spara anslutning</translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit)</source>
        <translation>Qonduit-anslutningar (*.qonduit)</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Inga senaste anslutningar</translation>
    </message>
    <message>
        <source>The password of %1 for this test (kept until Qonduit closes, never written to a file):</source>
        <translation>Lösenordet för %1 för det här testet (behålls tills Qonduit stängs, skrivs aldrig till en fil):</translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation>Kasta ändringarna i den här anslutningen?</translation>
    </message>
    <message>
        <source>A draft from an earlier session could not be read (%1); it is kept at %2.</source>
        <translation>Ett utkast från en tidigare session kunde inte läsas (%1); det finns kvar i %2.</translation>
    </message>
    <message>
        <source>Qonduit did not close normally last time. Restore the connection you were editing? Passwords are never kept in drafts.</source>
        <translation>Qonduit avslutades inte normalt förra gången. Återställa anslutningen du redigerade? Lösenord sparas aldrig i utkast.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Qonduit will follow the system&apos;s language from its next start.</source>
        <translation>Qonduit följer systemets språk från nästa start.</translation>
    </message>
    <message>
        <source>Qonduit will speak %1 from its next start.</source>
        <translation>Qonduit talar %1 från nästa start.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Sett&amp;ings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>The query header %1 is added; test the connection again.</source>
        <translation>Frågehuvudet %1 är tillagt; testa anslutningen igen.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importera...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>API documents: OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;curl commands (*.sh *.txt *.curl);;All files (*)</source>
        <translation>API-dokument: OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;curl-kommandon (*.sh *.txt *.curl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Inte importerad: %1.</translation>
    </message>
    <message>
        <source>The form now holds %1.</source>
        <translation>Formuläret innehåller nu %1.</translation>
    </message>
    <message>
        <source>A pagination guess, not applied: %1.</source>
        <translation>En gissning om sidindelning, inte tillämpad: %1.</translation>
    </message>
    <message>
        <source>Pagination from a guess, to be confirmed: %1.</source>
        <translation>Sidindelning från en gissning, att bekräfta: %1.</translation>
    </message>
    <message>
        <source>From the document&apos;s example: no call was made. Test connection for the API&apos;s own answer.</source>
        <translation>Från dokumentets exempel: inget anrop gjordes. Testa anslutningen för API:ets eget svar.</translation>
    </message>
    <message>
        <source>From the answer the browser recorded: no call was made. Test connection for today&apos;s answer.</source>
        <translation>Från svaret som webbläsaren registrerade: inget anrop gjordes. Testa anslutningen för dagens svar.</translation>
    </message>
    <message>
        <source>Data &gt; Select data shows the tables of the document&apos;s example.</source>
        <translation>Data &gt; Välj data visar tabellerna i dokumentets exempel.</translation>
    </message>
    <message>
        <source>Data &gt; Select data shows the tables of the recorded answer.</source>
        <translation>Data &gt; Välj data visar tabellerna i det registrerade svaret.</translation>
    </message>
    <message>
        <source>Not in the form:
%1</source>
        <translation>Inte i formuläret:
%1</translation>
    </message>
    <message>
        <source>Import from &amp;URL...</source>
        <translation>Importera från &amp;URL...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importera från URL</translation>
    </message>
    <message>
        <source>The address of an OpenAPI or Swagger document, a Postman collection, an Insomnia export or a HAR file (http:// or https://; fetched once, with no credentials):</source>
        <translation>Adressen till ett OpenAPI- eller Swagger-dokument, en Postman-samling, en Insomnia-export eller en HAR-fil (http:// eller https://; hämtas en gång, utan inloggningsuppgifter):</translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan inte spara %1: %2</translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionSection</name>
    <message>
        <source>Warning: </source>
        <translation>Varning: </translation>
    </message>
</context>
<context>
    <name>Qonduit::FieldListModel</name>
    <message>
        <source>key: links this table&apos;s rows to its child tables</source>
        <translation>nyckel: kopplar den här tabellens rader till dess undertabeller</translation>
    </message>
    <message>
        <source>key: the parent row&apos;s %1</source>
        <translation>nyckel: överordnade radens %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats in the response: Qlik names it %2. Rename it to say what it is.</source>
        <translation>”%1” upprepas i svaret: Qlik kallar det %2. Byt namn så att det säger vad det är.</translation>
    </message>
    <message>
        <source>%1 is loaded as %2 too: Qlik would link the tables by it</source>
        <translation>%1 läses också in som %2: Qlik skulle koppla tabellerna via det</translation>
    </message>
    <message>
        <source>%1 in the response</source>
        <translation>%1 i svaret</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 av %3)</translation>
    </message>
    <message>
        <source>%1 rows have the field, %2 of them null</source>
        <translation>%1 rader har fältet, %2 av dem null</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ifyllt</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
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
        <translation>Importera</translation>
    </message>
    <message>
        <source>Search method, path, summary or tag</source>
        <translation>Sök metod, sökväg, sammanfattning eller tagg</translation>
    </message>
    <message>
        <source>Path parameter</source>
        <translation>Sökvägsparameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than an API document holds.</source>
        <translation>%1 är större än %2 MB, mer än ett API-dokument rymmer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kan inte importeras: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n request(s), %3 of them for Qlik&apos;s GET or POST.</source>
        <translation>
            <numerusform>%1, %2: %n begäran, varav %3 för Qliks GET eller POST.</numerusform>
            <numerusform>%1, %2: %n begäranden, varav %3 för Qliks GET eller POST.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the pagination guess: %1</source>
        <translation>Använd gissningen om sidindelning: %1</translation>
    </message>
    <message>
        <source>Fill in the value for {%1}; it goes into the URL.</source>
        <translation>Fyll i värdet för {%1}; det hamnar i URL:en.</translation>
    </message>
    <message>
        <source>no document has been read</source>
        <translation>inget dokument har lästs</translation>
    </message>
    <message>
        <source>no request is chosen</source>
        <translation>ingen begäran är vald</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Hämtar %1…</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Inte importerad: %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>Qonduit::NameSection</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>REST connection</source>
        <translation>REST-anslutning</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>The name of the connection in Qlik. Qlik Sense scripts refer to it as LIB CONNECT TO &apos;name&apos;.</source>
        <translation>Anslutningens namn i Qlik. Qlik Sense-skript hänvisar till den som LIB CONNECT TO &apos;namn&apos;.</translation>
    </message>
    <message>
        <source>Qonduit&apos;s own setting, not Qlik&apos;s: when the connection is saved, its password, PFX password and secret header values go to the system keychain, and come back when the file is opened. They are never written to the file.</source>
        <translation>Qonduits egen inställning, inte Qliks: när anslutningen sparas går dess lösenord, PFX-lösenord och värden för hemliga huvuden till systemets nyckelring och kommer tillbaka när filen öppnas. De skrivs aldrig till filen.</translation>
    </message>
    <message>
        <source>Remem&amp;ber passwords and secret headers in the system keychain</source>
        <translation>&amp;Kom ihåg lösenord och hemliga huvuden i systemets nyckelring</translation>
    </message>
</context>
<context>
    <name>Qonduit::NameValueEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Lägg till en rad (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Ta bort de markerade raderna (Delete)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show the values of headers that hold secrets (Authorization, API keys, tokens)</source>
        <translation>Visa värdena för huvuden som innehåller hemligheter (Authorization, API-nycklar, token)</translation>
    </message>
    <message>
        <source>Show secret header values</source>
        <translation>Visa värden för hemliga huvuden</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Lägg till en rad i %1</translation>
    </message>
    <message>
        <source>Remove the selected rows from %1</source>
        <translation>Ta bort de markerade raderna från %1</translation>
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
        <translation>Sida</translation>
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
        <translation>Poster</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Repeated records</source>
        <translation>Upprepade poster</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>Qonduit::PageWalker</name>
    <message>
        <source>Canceled after %1 pages.</source>
        <translation>Avbröts efter %1 sidor.</translation>
    </message>
    <message>
        <source>waited %1 s after %2 (Retry-After)</source>
        <translation>väntade %1 s efter %2 (Retry-After)</translation>
    </message>
    <message>
        <source>Page %1: the server asks to wait %2 s (Retry-After), longer than the %3 s Qonduit waits.</source>
        <translation>Sida %1: servern ber om att vänta %2 s (Retry-After), längre än de %3 s som Qonduit väntar.</translation>
    </message>
    <message>
        <source>Page %1 failed: %2</source>
        <translation>Sida %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Page %1 cannot be read: %2</source>
        <translation>Sida %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; came back on page %2: the API repeats itself, so the walk stopped there.</source>
        <translation>Token ”%1” kom tillbaka på sida %2: API:et upprepar sig, så genomgången stoppades där.</translation>
    </message>
    <message>
        <source>Page %1 points to %2, which is neither this connection&apos;s host nor on the whitelist: the walk stopped there.</source>
        <translation>Sida %1 pekar på %2, som varken är den här anslutningens värd eller finns i vitlistan: genomgången stoppades där.</translation>
    </message>
    <message>
        <source>Page %1 points back to %2, already read: the walk stopped there.</source>
        <translation>Sida %1 pekar tillbaka på %2, som redan är läst: genomgången stoppades där.</translation>
    </message>
    <message>
        <source>Read %1 pages.</source>
        <translation>Läste %1 sidor.</translation>
    </message>
    <message>
        <source>Stopped at the page limit of %1 pages; there are more.</source>
        <translation>Stoppade vid sidgränsen på %1 sidor; det finns fler.</translation>
    </message>
    <message>
        <source>%1 records came again on a later page.</source>
        <translation>%1 poster kom igen på en senare sida.</translation>
    </message>
</context>
<context>
    <name>Qonduit::PaginationSection</name>
    <message>
        <source>Pagination</source>
        <translation>Paginering</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>Nästa token</translation>
    </message>
    <message>
        <source>Next URL</source>
        <translation>Nästa URL</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>How the REST API returns its data page by page. Field names are the names as the source returns them; a path is slash-separated, for example root/meta/total.</source>
        <translation>Hur REST-API:et returnerar sina data sida för sida. Fältnamn är namnen så som källan returnerar dem; en sökväg avgränsas med snedstreck, till exempel root/meta/total.</translation>
    </message>
    <message>
        <source>&amp;Start parameter</source>
        <translation>&amp;Startparameter</translation>
    </message>
    <message>
        <source>The name of the parameter that says from which record to read.</source>
        <translation>Namnet på parametern som anger från vilken post läsningen börjar.</translation>
    </message>
    <message>
        <source>Send start as a header</source>
        <translation>Skicka start som huvud</translation>
    </message>
    <message>
        <source>Send the start value as an HTTP header instead of a query parameter.</source>
        <translation>Skicka startvärdet som HTTP-huvud i stället för som frågeparameter.</translation>
    </message>
    <message>
        <source>Start &amp;value</source>
        <translation>Start&amp;värde</translation>
    </message>
    <message>
        <source>The start value of the first request, a whole number.</source>
        <translation>Startvärdet för den första begäran, ett heltal.</translation>
    </message>
    <message>
        <source>&amp;Count parameter</source>
        <translation>&amp;Antalsparameter</translation>
    </message>
    <message>
        <source>The name of the parameter that says how many records to read.</source>
        <translation>Namnet på parametern som anger hur många poster som ska läsas.</translation>
    </message>
    <message>
        <source>Send count as a header</source>
        <translation>Skicka antal som huvud</translation>
    </message>
    <message>
        <source>Send the count as an HTTP header instead of a query parameter.</source>
        <translation>Skicka antalet som HTTP-huvud i stället för som frågeparameter.</translation>
    </message>
    <message>
        <source>Count va&amp;lue</source>
        <translation>Antals&amp;värde</translation>
    </message>
    <message>
        <source>How many records to ask for per request, a whole number.</source>
        <translation>Hur många poster som begärs per begäran, ett heltal.</translation>
    </message>
    <message>
        <source>T&amp;otal records path</source>
        <translation>Sökväg till t&amp;otalt antal poster</translation>
    </message>
    <message>
        <source>Where the response says how many records there are; paging stops there.</source>
        <translation>Var svaret anger hur många poster det finns; bläddringen stoppar där.</translation>
    </message>
    <message>
        <source>&amp;Data path</source>
        <translation>&amp;Datasökväg</translation>
    </message>
    <message>
        <source>Where the records of a page are; paging stops at a page with none.</source>
        <translation>Var en sidas poster finns; bläddringen stoppar vid en sida utan poster.</translation>
    </message>
    <message>
        <source>&amp;Page parameter</source>
        <translation>&amp;Sidparameter</translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page number.</source>
        <translation>Namnet på parametern som bär sidnumret.</translation>
    </message>
    <message>
        <source>Send page as a header</source>
        <translation>Skicka sida som huvud</translation>
    </message>
    <message>
        <source>Send the page number as an HTTP header instead of a query parameter.</source>
        <translation>Skicka sidnumret som HTTP-huvud i stället för som frågeparameter.</translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation>&amp;Första sidan</translation>
    </message>
    <message>
        <source>The number of the first page, usually 0 or 1.</source>
        <translation>Numret på första sidan, oftast 0 eller 1.</translation>
    </message>
    <message>
        <source>Page si&amp;ze parameter</source>
        <translation>Parameter för sid&amp;storlek</translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page size.</source>
        <translation>Namnet på parametern som bär sidstorleken.</translation>
    </message>
    <message>
        <source>Page size &amp;value</source>
        <translation>&amp;Värde för sidstorlek</translation>
    </message>
    <message>
        <source>How many records per page, a whole number.</source>
        <translation>Hur många poster per sida, ett heltal.</translation>
    </message>
    <message>
        <source>T&amp;otal pages path</source>
        <translation>Sökväg till t&amp;otalt antal sidor</translation>
    </message>
    <message>
        <source>Where the response says how many pages there are.</source>
        <translation>Var svaret anger hur många sidor det finns.</translation>
    </message>
    <message>
        <source>&amp;Is last page path</source>
        <translation>Sökväg för ”&amp;Är sista sidan”</translation>
    </message>
    <message>
        <source>A field that is true on the last page.</source>
        <translation>Ett fält som är true på sista sidan.</translation>
    </message>
    <message>
        <source>Token &amp;parameter</source>
        <translation>Token&amp;parameter</translation>
    </message>
    <message>
        <source>The name of the parameter that sends the token to the next request.</source>
        <translation>Namnet på parametern som skickar token till nästa begäran.</translation>
    </message>
    <message>
        <source>Send token as a header</source>
        <translation>Skicka token som huvud</translation>
    </message>
    <message>
        <source>Send the token as an HTTP header instead of a query parameter.</source>
        <translation>Skicka token som HTTP-huvud i stället för som frågeparameter.</translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation>Token&amp;sökväg</translation>
    </message>
    <message>
        <source>Where the response carries the next token; paging stops when it is missing or empty.</source>
        <translation>Var svaret bär nästa token; bläddringen stoppar när den saknas eller är tom.</translation>
    </message>
    <message>
        <source>Read token from a header</source>
        <translation>Läs token från ett huvud</translation>
    </message>
    <message>
        <source>The token path names a response header instead of a field of the body.</source>
        <translation>Tokensökvägen anger ett huvud i svaret i stället för ett fält i texten.</translation>
    </message>
    <message>
        <source>Next &amp;URL path</source>
        <translation>Sökväg till nästa &amp;URL</translation>
    </message>
    <message>
        <source>Where the response carries the next page&apos;s URL, absolute or relative; paging stops when it is missing or empty.</source>
        <translation>Var svaret bär nästa sidas URL, absolut eller relativ; bläddringen stoppar när den saknas eller är tom.</translation>
    </message>
    <message>
        <source>Read next URL from a header</source>
        <translation>Läs nästa URL från ett huvud</translation>
    </message>
    <message>
        <source>The path names a response header, for example Link with rel=&quot;next&quot;.</source>
        <translation>Sökvägen anger ett huvud i svaret, till exempel Link med rel=&quot;next&quot;.</translation>
    </message>
    <message>
        <source>Only the first page is loaded.</source>
        <translation>Bara första sidan läses in.</translation>
    </message>
    <message>
        <source>Reads from a start value: each request asks for the next records after those received.</source>
        <translation>Läser från ett startvärde: varje begäran ber om nästa poster efter dem som tagits emot.</translation>
    </message>
    <message>
        <source>Asks for page after page by number, with an optional page size.</source>
        <translation>Ber om sida efter sida efter nummer, med en valfri sidstorlek.</translation>
    </message>
    <message>
        <source>Each response carries a token that the next request sends back.</source>
        <translation>Varje svar bär en token som nästa begäran skickar tillbaka.</translation>
    </message>
    <message>
        <source>Each response carries the URL of the next page. It may only lead to the connection&apos;s host or to a URL in the whitelist.</source>
        <translation>Varje svar bär nästa sidas URL. Den får bara leda till anslutningens värd eller till en URL i vitlistan.</translation>
    </message>
    <message>
        <source>You write the loop in the load script, with WITH CONNECTION in a DO WHILE loop.</source>
        <translation>Du skriver slingan i laddningsskriptet, med WITH CONNECTION i en DO WHILE-slinga.</translation>
    </message>
    <message>
        <source>Pa&amp;gination type</source>
        <translation>Pagineringst&amp;yp</translation>
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
        <translation>Använd en &amp;proxy</translation>
    </message>
    <message>
        <source>&amp;Bypass the proxy for local addresses</source>
        <translation>&amp;Förbigå proxyn för lokala adresser</translation>
    </message>
    <message>
        <source>Use the &amp;default credentials for the proxy</source>
        <translation>Använd &amp;standardautentiseringsuppgifterna för proxyn</translation>
    </message>
    <message>
        <source>Send requests through a forward proxy. Qlik&apos;s REST connector needs extra configuration for proxies (see Qlik&apos;s help: How to configure proxy settings).</source>
        <translation>Skicka begäranden genom en framåtproxy. Qliks REST-anslutning behöver extra konfiguration för proxyservrar (se Qliks hjälp: How to configure proxy settings).</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>Proxy&amp;adress</translation>
    </message>
    <message>
        <source>The proxy&apos;s URL, with its port.</source>
        <translation>Proxyns URL, med port.</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word</source>
        <translation>Proxy&amp;lösenord</translation>
    </message>
    <message>
        <source>For the user name in the proxy address (http://user@proxy:3128). Never written to a file or the connection string; remembered in the keychain when the connection asks for it.</source>
        <translation>För användarnamnet i proxyadressen (http://user@proxy:3128). Skrivs aldrig till en fil eller anslutningssträngen; sparas i nyckelringen när anslutningen ber om det.</translation>
    </message>
    <message>
        <source>Connect to local addresses directly, not through the proxy.</source>
        <translation>Anslut till lokala adresser direkt, inte genom proxyn.</translation>
    </message>
    <message>
        <source>Authenticate to the proxy with the credentials of the account that runs the connector.</source>
        <translation>Autentisera mot proxyn med autentiseringsuppgifterna för kontot som kör anslutningen.</translation>
    </message>
</context>
<context>
    <name>Qonduit::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>Publish the connection</source>
        <translation>Publicera anslutningen</translation>
    </message>
    <message>
        <source>Qlik Cloud</source>
        <translation>Qlik Cloud</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise (repository)</source>
        <translation>Qlik Sense Enterprise (databas)</translation>
    </message>
    <message>
        <source>https://tenant.eu.qlikcloud.com</source>
        <translation>https://tenant.eu.qlikcloud.com</translation>
    </message>
    <message>
        <source>API key or OAuth token</source>
        <translation>API-nyckel eller OAuth-token</translation>
    </message>
    <message>
        <source>The space id; List fills this with the spaces the token may see</source>
        <translation>Utrymmets id; Lista fyller i det med de utrymmen som token får se</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>UserDirectory=INTERNAL; UserId=sa_api</source>
        <translation>UserDirectory=INTERNAL; UserId=sa_api</translation>
    </message>
    <message>
        <source>client.pfx exported from the QMC (port 4242)</source>
        <translation>client.pfx exporterad från QMC (port 4242)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>Utr&amp;ymme:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Klient&amp;certifikat:</translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation>Certifikat&amp;lösenord:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>Anslutnings&amp;namn:</translation>
    </message>
    <message>
        <source>Dry run shows the request here, secrets masked.</source>
        <translation>En provkörning visar begäran här, med hemligheter maskerade.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Prov&amp;körning</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Kopiera som c&amp;url</translation>
    </message>
    <message>
        <source>The request is on the clipboard; secrets are shell variables.</source>
        <translation>Begäran finns i urklipp; hemligheter är skalvariabler.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces.</source>
        <translation>
            <numerusform>%n utrymme.</numerusform>
            <numerusform>%n utrymmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>https://sense.example.com:4242</source>
        <translation>https://sense.example.com:4242</translation>
    </message>
    <message>
        <source>This is the request Publish sends; secrets are masked here only.</source>
        <translation>Det här är begäran som Publicera skickar; hemligheter maskeras bara här.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicerar…</translation>
    </message>
    <message>
        <source>Listing the spaces…</source>
        <translation>Listar utrymmena…</translation>
    </message>
    <message>
        <source>Id: %1.</source>
        <translation>Id: %1.</translation>
    </message>
    <message>
        <source>&amp;Header user (proxy):</source>
        <translation>Huvud&amp;användare (proxy):</translation>
    </message>
    <message>
        <source>Publish t&amp;o:</source>
        <translation>Pu&amp;blicera till:</translation>
    </message>
    <message>
        <source>These are the requests Publish sends: the token connection first, then the data connection; secrets are masked here only.</source>
        <translation>Det här är förfrågningarna som Publicera skickar: först tokenanslutningen, sedan dataanslutningen; hemligheter maskeras bara här.</translation>
    </message>
</context>
<context>
    <name>Qonduit::Publisher</name>
    <message>
        <source>The server URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Server-URL:en ”%1” är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Anslutningen behöver ett namn.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1 for the cloud: %2.</source>
        <translation>Kan inte läsa klientcertifikatet %1 för molnet: %2.</translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key or OAuth token.</source>
        <translation>Qlik Cloud behöver en API-nyckel eller en OAuth-token.</translation>
    </message>
    <message>
        <source>Created the data connection &quot;%1&quot;.</source>
        <translation>Skapade dataanslutningen ”%1”.</translation>
    </message>
    <message>
        <source>Qlik refused the request as malformed (400): %1</source>
        <translation>Qlik avvisade begäran som felaktig (400): %1</translation>
    </message>
    <message>
        <source>The API key or token was not accepted (401): check that it is complete and has not expired.</source>
        <translation>API-nyckeln eller token godtogs inte (401): kontrollera att den är fullständig och inte har gått ut.</translation>
    </message>
    <message>
        <source>The repository did not accept the request (401): the certificate or user header was refused, or the xrfkey check failed.</source>
        <translation>Databasen godtog inte begäran (401): certifikatet eller användarhuvudet avvisades, eller så misslyckades xrfkey-kontrollen.</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to create data connections there (403): the user needs the permission in %1.</source>
        <translation>Inloggad, men utan behörighet att skapa dataanslutningar där (403): användaren behöver behörigheten i %1.</translation>
    </message>
    <message>
        <source>the security rules</source>
        <translation>säkerhetsreglerna</translation>
    </message>
    <message>
        <source>A data connection named &quot;%1&quot; exists already (409): choose another name, or change the existing one in Qlik.</source>
        <translation>En dataanslutning med namnet ”%1” finns redan (409): välj ett annat namn eller ändra den befintliga i Qlik.</translation>
    </message>
    <message>
        <source>Qlik limits how many requests may be sent (429): wait a moment and publish again.</source>
        <translation>Qlik begränsar hur många begäranden som får skickas (429): vänta en stund och publicera igen.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Inget svar från servern.</translation>
    </message>
    <message>
        <source>Qlik answered %1: %2</source>
        <translation>Qlik svarade %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the certificate %1: %2.</source>
        <translation>Kan inte öppna certifikatet %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: the password is wrong or the file is not a PFX.</source>
        <translation>Kan inte läsa certifikatet %1: lösenordet är fel eller filen är ingen PFX-fil.</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Inget svar från %1: %2</translation>
    </message>
    <message>
        <source>Created the data connections &quot;%1&quot;.</source>
        <translation>Dataanslutningarna ”%1” skapades.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created before; it stays in Qlik.</source>
        <translation>”%1” skapades innan; den finns kvar i Qlik.</translation>
    </message>
</context>
<context>
    <name>Qonduit::QueryParametersSection</name>
    <message>
        <source>Query parameters and headers</source>
        <translation>Frågeparametrar och huvuden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Add &amp;missing query parameters to final request</source>
        <translation>Lägg till saknade &amp;frågeparametrar i den slutliga begäran</translation>
    </message>
    <message>
        <source>&amp;Query parameters</source>
        <translation>&amp;Frågeparametrar</translation>
    </message>
    <message>
        <source>Parameters added to the URL, for example filter = salary&gt;10000, or a security key. Names must be unique: for repeated names, put them in the URL or use WITH CONNECTION in the script.</source>
        <translation>Parametrar som läggs till i URL:en, till exempel filter = salary&gt;10000, eller en säkerhetsnyckel. Namn måste vara unika: för upprepade namn, lägg dem i URL:en eller använd WITH CONNECTION i skriptet.</translation>
    </message>
    <message>
        <source>Add these query parameters to every URL that lacks them: the next-page URLs of Next URL pagination, and the URLs of WITH CONNECTION statements.</source>
        <translation>Lägg till de här frågeparametrarna i varje URL som saknar dem: nästa-sida-URL:erna för paginering med nästa URL och URL:erna i WITH CONNECTION-satser.</translation>
    </message>
    <message>
        <source>Query &amp;headers</source>
        <translation>Fråge&amp;huvuden</translation>
    </message>
    <message>
        <source>HTTP request headers, for example Accept-Language = en. An If-Modified-Since header must have the form yyyy-MM-dd-HH:mm:ssZ.</source>
        <translation>HTTP-begärandehuvuden, till exempel Accept-Language = sv. Ett If-Modified-Since-huvud måste ha formen yyyy-MM-dd-HH:mm:ssZ.</translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestEngine</name>
    <message>
        <source>The server&apos;s certificate is self-signed and not trusted. Turn on &quot;Skip server certificate validation&quot; if you trust this server.</source>
        <translation>Serverns certifikat är självsignerat och inte betrott. Slå på ”Hoppa över validering av servercertifikat” om du litar på den här servern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Serverns certifikat har gått ut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Serverns certifikat är inte giltigt än.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than %1.</source>
        <translation>Serverns certifikat gäller ett annat värdnamn än %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is issued by an authority this system does not trust.</source>
        <translation>Serverns certifikat är utfärdat av en utfärdare som det här systemet inte litar på.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid: %1.</source>
        <translation>Serverns certifikat är inte giltigt: %1.</translation>
    </message>
    <message>
        <source>&quot;Current Windows User&quot; signs in with the Windows account that runs the connector: it works only on Windows. Choose another authentication schema to test here.</source>
        <translation>”Aktuell Windows-användare” loggar in med Windows-kontot som kör anslutningen: det fungerar bara på Windows. Välj ett annat autentiseringsschema för att testa här.</translation>
    </message>
    <message>
        <source>Installed certificates come from the Windows certificate store, which Qonduit cannot read here. Export the certificate to a PFX file and choose &quot;From file&quot; to test it.</source>
        <translation>Installerade certifikat kommer från Windows certifikatarkiv, som Qonduit inte kan läsa här. Exportera certifikatet till en PFX-fil och välj ”Från fil” för att testa det.</translation>
    </message>
    <message>
        <source>Cannot open the PFX file %1: %2.</source>
        <translation>Kan inte öppna PFX-filen %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate from %1: the PFX password is wrong, or the file uses the old RC2/3DES encryption that OpenSSL 3 no longer reads by default. Re-export it with &quot;openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx&quot;.</source>
        <translation>Kan inte läsa klientcertifikatet från %1: PFX-lösenordet är fel, eller så använder filen den gamla RC2/3DES-krypteringen som OpenSSL 3 inte längre läser som standard. Exportera om den med ”openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx”.</translation>
    </message>
    <message>
        <source>Credentials were not sent to %1: it is not the connection&apos;s host nor a trusted location.</source>
        <translation>Autentiseringsuppgifterna skickades inte till %1: det är varken anslutningens värd eller en betrodd plats.</translation>
    </message>
    <message>
        <source>The server redirects in a loop.</source>
        <translation>Servern omdirigerar i en slinga.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Servern omdirigerade mer än %1 gånger.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not https, and &quot;Allow HTTPS only&quot; is on.</source>
        <translation>Servern omdirigerade till %1, som inte är https, och ”Tillåt endast HTTPS” är på.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is neither the connection&apos;s host nor in the whitelist for redirects.</source>
        <translation>Servern omdirigerade till %1, som varken är anslutningens värd eller finns i vitlistan för omdirigeringar.</translation>
    </message>
    <message>
        <source>The test was canceled.</source>
        <translation>Testet avbröts.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s, the connection&apos;s timeout.</source>
        <translation>Inget fullständigt svar inom %1 s, anslutningens tidsgräns.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the connection was refused.</source>
        <translation>Inget svarar på %1: anslutningen nekades.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Värden %1 hittades inte.</translation>
    </message>
    <message>
        <source>The server closed the TLS connection without answering: it may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation>Servern stängde TLS-anslutningen utan att svara: den kräver kanske ett klientcertifikat (välj ”Från fil” under Använd certifikat).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Servern stängde anslutningen utan att svara.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation>TLS-handskakningen misslyckades: servern kräver kanske ett klientcertifikat (välj ”Från fil” under Använd certifikat).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server did not accept the client certificate.</source>
        <translation>TLS-handskakningen misslyckades: servern godtog inte klientcertifikatet.</translation>
    </message>
    <message>
        <source>The request failed: %1.</source>
        <translation>Begäran misslyckades: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection before the whole response arrived (%1 of %2 bytes).</source>
        <translation>Servern stängde anslutningen innan hela svaret kom fram (%1 av %2 byte).</translation>
    </message>
    <message>
        <source> It offers: %1.</source>
        <translation> Den erbjuder: %1.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted (401).</source>
        <translation>Användarnamnet eller lösenordet godtogs inte (401).</translation>
    </message>
    <message>
        <source>The server asks for credentials (401).</source>
        <translation>Servern ber om autentiseringsuppgifter (401).</translation>
    </message>
    <message>
        <source>Access is forbidden (403): the server will not show this resource to these credentials.</source>
        <translation>Åtkomst nekad (403): servern visar inte den här resursen för de här autentiseringsuppgifterna.</translation>
    </message>
    <message>
        <source>Not found (404): the server has nothing at %1.</source>
        <translation>Hittades inte (404): servern har inget på %1.</translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to slow down.</source>
        <translation>För många begäranden (429): servern ber om ett lugnare tempo.</translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to wait %1 s (Retry-After).</source>
        <translation>För många begäranden (429): servern ber om att vänta %1 s (Retry-After).</translation>
    </message>
    <message>
        <source>The server failed (%1 %2); the problem is on its side.</source>
        <translation>Servern misslyckades (%1 %2); problemet ligger på dess sida.</translation>
    </message>
    <message>
        <source>The server refused the request (%1 %2).</source>
        <translation>Servern avvisade begäran (%1 %2).</translation>
    </message>
    <message>
        <source>Connected: %1 %2, %3, %4 in %5 ms.</source>
        <translation>Ansluten: %1 %2, %3, %4 på %5 ms.</translation>
    </message>
    <message>
        <source>The %1 header was not sent to %2: it is not the connection&apos;s host nor a trusted location.</source>
        <translation>Huvudet %1 skickades inte till %2: det är varken anslutningens värd eller en betrodd plats.</translation>
    </message>
    <message>
        <source>The answer stopped: no bytes came for %1 s, the connection&apos;s read/write timeout, after %2 had arrived.</source>
        <translation>Svaret stannade: inga byte kom på %1 s, anslutningens tidsgräns för läsning/skrivning, efter att %2 hade kommit.</translation>
    </message>
    <message>
        <source>No answer came within %1 s, the connection&apos;s read/write timeout.</source>
        <translation>Inget svar kom inom %1 s, anslutningens tidsgräns för läsning/skrivning.</translation>
    </message>
    <message>
        <source>Attempt %1 answered %2 %3; tried again after %4 s.</source>
        <translation>Försök %1 svarade %2 %3; försökte igen efter %4 s.</translation>
    </message>
    <message>
        <source>The proxy refused the request (407): it did not accept the proxy&apos;s user name and password.</source>
        <translation>Proxyn avvisade begäran (407): den godtog inte proxyns användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>The proxy refused the request (407): it wants a user name and password (in the Proxy section; the password is kept apart from the address).</source>
        <translation>Proxyn avvisade begäran (407): den vill ha användarnamn och lösenord (i avsnittet Proxy; lösenordet hålls skilt från adressen).</translation>
    </message>
    <message>
        <source> The server answered without asking for credentials (no 401), so none were sent. If it expects them on the first request, add the query header Authorization: Basic made from the user name and password; Qlik&apos;s connector sends a query header with every request.</source>
        <translation> Servern svarade utan att be om inloggningsuppgifter (ingen 401), så inga skickades. Väntar den sig dem i den första begäran, lägg till frågehuvudet Authorization: Basic gjort av användarnamn och lösenord; Qliks koppling skickar ett frågehuvud med varje begäran.</translation>
    </message>
    <message>
        <source>The response is larger than %1 and cannot be kept: no temporary file can be made (%2).</source>
        <translation>Svaret är större än %1 och kan inte behållas: ingen tillfällig fil kan skapas (%2).</translation>
    </message>
    <message>
        <source>No token, so no data request: %1</source>
        <translation>Ingen token, alltså ingen dataförfrågan: %1</translation>
    </message>
    <message>
        <source>The server refused the token (401): fetched a new one.</source>
        <translation>Servern avvisade token (401): en ny hämtades.</translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestSection</name>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Send &amp;keep-alive</source>
        <translation>Skicka &amp;keep-alive</translation>
    </message>
    <message>
        <source>Add &apos;E&amp;xpect: 100-continue&apos; header</source>
        <translation>Lägg till huvudet &apos;E&amp;xpect: 100-continue&apos;</translation>
    </message>
    <message>
        <source>A&amp;uto detect response type</source>
        <translation>Identifiera svarstyp a&amp;utomatiskt</translation>
    </message>
    <message>
        <source>C&amp;heck response type during &apos;Test connection&apos;</source>
        <translation>&amp;Kontrollera svarstypen vid ”Testa anslutningen”</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>The URL of the resource requested from the REST service. It must start with http:// or https:// and can include query parameters.</source>
        <translation>URL:en för resursen som begärs från REST-tjänsten. Den måste börja med http:// eller https:// och kan innehålla frågeparametrar.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time limit in seconds for the connection to be completed. If the request takes longer, an error message is shown.</source>
        <translation>Tidsgränsen i sekunder för att anslutningen ska slutföras. Om begäran tar längre tid visas ett felmeddelande.</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>GET retrieves information from the resource and does not change the state of the server. POST creates a new entry in the resource, specified in the request body.</source>
        <translation>GET hämtar information från resursen och ändrar inte serverns tillstånd. POST skapar en ny post i resursen, angiven i begärandetexten.</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>Begärande&amp;text</translation>
    </message>
    <message>
        <source>The data posted to the resource with the POST method. It is sent without any transformation: to send x-www-form-urlencoded data, encode it yourself.</source>
        <translation>Data som skickas till resursen med metoden POST. De skickas utan omvandling: för att skicka x-www-form-urlencoded-data, koda dem själv.</translation>
    </message>
    <message>
        <source>Body &amp;encoding</source>
        <translation>Text&amp;kodning</translation>
    </message>
    <message>
        <source>The character encoding of the request body.</source>
        <translation>Teckenkodningen för begärandetexten.</translation>
    </message>
    <message>
        <source>HTTP &amp;protocol</source>
        <translation>HTTP-&amp;protokoll</translation>
    </message>
    <message>
        <source>Version 1.1 is the default: the newest version, with persistent connections. Choose 1.0 if the server requires it, and then whether to send keep-alive messages.</source>
        <translation>Version 1.1 är standard: den nyaste versionen, med beständiga anslutningar. Välj 1.0 om servern kräver det, och sedan om keep-alive-meddelanden ska skickas.</translation>
    </message>
    <message>
        <source>With HTTP 1.0, ask the server to keep the connection open between requests.</source>
        <translation>Med HTTP 1.0, be servern att hålla anslutningen öppen mellan begäranden.</translation>
    </message>
    <message>
        <source>For servers that answer 100 (Continue): the request carries Expect: 100-continue instead of the body, which is sent after the server&apos;s 100 response.</source>
        <translation>För servrar som svarar 100 (Continue): begäran bär Expect: 100-continue i stället för texten, som skickas efter serverns svar 100.</translation>
    </message>
    <message>
        <source>Detect the data format when the connection is made, so that data selection opens with the fields of the source&apos;s format. Otherwise choose the format there.</source>
        <translation>Identifiera dataformatet när anslutningen görs, så att dataurvalet öppnas med fälten för källans format. Annars väljer du formatet där.</translation>
    </message>
    <message>
        <source>Test connection also checks that the correct data format (JSON, CSV or XML) is returned.</source>
        <translation>Testa anslutningen kontrollerar också att rätt dataformat (JSON, CSV eller XML) returneras.</translation>
    </message>
    <message>
        <source>Sequence ID</source>
        <translation>Sekvens-id</translation>
    </message>
    <message>
        <source>Current record</source>
        <translation>Aktuell post</translation>
    </message>
    <message>
        <source>Fully qualified record</source>
        <translation>Fullständigt kvalificerad post</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>Inga nycklar</translation>
    </message>
    <message>
        <source>&amp;Key generation strategy</source>
        <translation>Strategi för &amp;nyckelgenerering</translation>
    </message>
    <message>
        <source>The connector generates ID fields to serve as primary and foreign keys, so that parent and child records of JSON and XML data are associated. The strategy says how.</source>
        <translation>Anslutningen genererar id-fält som primär- och främmande nycklar, så att över- och underordnade poster i JSON- och XML-data kopplas ihop. Strategin anger hur.</translation>
    </message>
    <message>
        <source>Sequence ID: generates an ID for each child of a parent record. Simple and efficient, but the order of fields must be the same in every record.</source>
        <translation>Sekvens-id: genererar ett id för varje underordnad post till en överordnad post. Enkelt och effektivt, men fältens ordning måste vara densamma i varje post.</translation>
    </message>
    <message>
        <source>Current record: a hash of all the values of the current record is its primary key; a hash of all the values of the direct parent is the foreign key.</source>
        <translation>Aktuell post: en hash av alla värden i den aktuella posten är dess primärnyckel; en hash av alla värden i den direkt överordnade är den främmande nyckeln.</translation>
    </message>
    <message>
        <source>Fully qualified record: the key is a hash of all the parent values.</source>
        <translation>Fullständigt kvalificerad post: nyckeln är en hash av alla överordnade värden.</translation>
    </message>
    <message>
        <source>No keys: keys for parent-child relationships are not shown when you select data, but they are still used in the SELECT statements.</source>
        <translation>Inga nycklar: nycklar för över- och underordnade relationer visas inte när du väljer data, men används ändå i SELECT-satserna.</translation>
    </message>
    <message>
        <source>Retr&amp;y failed request</source>
        <translation>Försök &amp;igen vid misslyckad begäran</translation>
    </message>
    <message>
        <source>Rea&amp;d/write timeout</source>
        <translation>Tidsgräns för &amp;läsning/skrivning</translation>
    </message>
    <message>
        <source>The longest wait in seconds for the next bytes of the answer (or of the request being sent). A server that stops in the middle of an answer fails after this time.</source>
        <translation>Den längsta väntan i sekunder på nästa byte i svaret (eller i begäran som skickas). En server som stannar mitt i ett svar misslyckas efter denna tid.</translation>
    </message>
    <message numerus="yes">
        <source>Send a request again when the server answers with one of the retry codes, up to %n more times, waiting a little longer each time (or as long as the server&apos;s Retry-After asks).</source>
        <translation>
            <numerusform>Skicka en begäran igen när servern svarar med en av koderna för omförsök, upp till %n gång till, med lite längre väntan varje gång (eller så länge som serverns Retry-After ber om).</numerusform>
            <numerusform>Skicka en begäran igen när servern svarar med en av koderna för omförsök, upp till %n gånger till, med lite längre väntan varje gång (eller så länge som serverns Retry-After ber om).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry c&amp;odes</source>
        <translation>Koder för &amp;omförsök</translation>
    </message>
    <message>
        <source>The HTTP status codes, joined by commas, on which a failed request is sent again.</source>
        <translation>HTTP-statuskoderna, åtskilda med kommatecken, då en misslyckad begäran skickas igen.</translation>
    </message>
    <message>
        <source>Time&amp;out</source>
        <translation>Tids&amp;gräns</translation>
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
        <translation>Ta med &amp;hemligheter</translation>
    </message>
    <message>
        <source>Connect statement</source>
        <translation>Anslutningssats</translation>
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
        <translation>Dataanslutningens namn</translation>
    </message>
    <message>
        <source>Carry the URL, query parameters, headers and body in the script, to change them at load time (Qlik Cloud: the connection must allow it)</source>
        <translation>Bär URL, frågeparametrar, huvuden och text i skriptet för att ändra dem vid laddning (Qlik Cloud: anslutningen måste tillåta det)</translation>
    </message>
    <message>
        <source>Write secret header values into the script instead of $(variables) set by LET</source>
        <translation>Skriv värden för hemliga huvuden i skriptet i stället för $(variabler) som sätts med LET</translation>
    </message>
    <message>
        <source>Pagination loop</source>
        <translation>Pagineringsslinga</translation>
    </message>
    <message>
        <source>No loop</source>
        <translation>Ingen slinga</translation>
    </message>
    <message>
        <source>Offset loop</source>
        <translation>Offset-slinga</translation>
    </message>
    <message>
        <source>Next token loop</source>
        <translation>Slinga för nästa token</translation>
    </message>
    <message>
        <source>Next URL loop</source>
        <translation>Slinga för nästa URL</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>frågeparameter</translation>
    </message>
    <message>
        <source>Loop query parameter</source>
        <translation>Slingans frågeparameter</translation>
    </message>
    <message>
        <source>Field with the next token, URL or the records</source>
        <translation>Fält med nästa token, URL eller posterna</translation>
    </message>
    <message>
        <source>page size </source>
        <translation>sidstorlek </translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Kopiera skript</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>Skriptet finns i urklipp.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .qvs…</source>
        <translation>Spara som .q&amp;vs…</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Spara skriptet</translation>
    </message>
    <message>
        <source>Qlik script (*.qvs)</source>
        <translation>Qlik-skript (*.qvs)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Kopiera som c&amp;url</translation>
    </message>
    <message>
        <source>The request is on the clipboard as a curl command.</source>
        <translation>Begäran finns i urklipp som ett curl-kommando.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Create this connection in Qlik Cloud or Qlik Sense Enterprise</source>
        <translation>Skapa den här anslutningen i Qlik Cloud eller Qlik Sense Enterprise</translation>
    </message>
    <message>
        <source>records in %1</source>
        <translation>poster i %1</translation>
    </message>
    <message>
        <source>LIB CONNECT needs the name the connection has in Qlik: type it above.</source>
        <translation>LIB CONNECT behöver namnet som anslutningen har i Qlik: skriv det ovan.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Kan inte spara %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicera…</translation>
    </message>
    <message>
        <source>← Select d&amp;ata</source>
        <translation>← Välj da&amp;ta</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation>Visa eller dölj texten</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Visa lösenordet</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>Ingen hemlighet är sparad under %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <source>Allow &amp;HTTPS only</source>
        <translation>Tillåt endast &amp;HTTPS</translation>
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
        <translation>Låt svarets HTTP-huvuden läsas in som data. Avstängt som standard sedan anslutningsversion 1.2.</translation>
    </message>
    <message>
        <source>Every URL must use HTTPS: the connection&apos;s URL and every URL in the whitelist and the trusted locations.</source>
        <translation>Varje URL måste använda HTTPS: anslutningens URL och varje URL i vitlistan och de betrodda platserna.</translation>
    </message>
    <message>
        <source>&amp;Whitelist for redirects</source>
        <translation>&amp;Vitlista för omdirigeringar</translation>
    </message>
    <message>
        <source>The only URLs to which responses can redirect for paged data: a URL as the value, an alias as the name. Aliases must be unique.</source>
        <translation>De enda URL:er som svar får omdirigera till för sidindelade data: en URL som värde, ett alias som namn. Alias måste vara unika.</translation>
    </message>
    <message>
        <source>Allow response &amp;headers</source>
        <translation>Tillåt svars&amp;huvuden</translation>
    </message>
</context>
<context>
    <name>Qonduit::SelectDataPage</name>
    <message>
        <source>Filter tables</source>
        <translation>Filtrera tabeller</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Filtrera fält</translation>
    </message>
    <message>
        <source>Tick the fields to load; double-click or press F2 on a name to rename it</source>
        <translation>Kryssa i fälten som ska läsas in; dubbelklicka eller tryck F2 på ett namn för att byta namn på det</translation>
    </message>
    <message>
        <source>Data &amp;preview</source>
        <translation>Dataför&amp;handsvisning</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadata</translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation>Sid&amp;or</translation>
    </message>
    <message>
        <source>Page %1 read…</source>
        <translation>Sida %1 läst…</translation>
    </message>
    <message>
        <source>Test the connection to see its data here.</source>
        <translation>Testa anslutningen för att se dess data här.</translation>
    </message>
    <message>
        <source>← &amp;Connection</source>
        <translation>← Anslut&amp;ning</translation>
    </message>
    <message>
        <source>Back to the connection form (Alt+C)</source>
        <translation>Tillbaka till anslutningsformuläret (Alt+N)</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Svarstyp</translation>
    </message>
    <message>
        <source>Auto detect</source>
        <translation>Identifiera automatiskt</translation>
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
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Identifiera</translation>
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
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Lodstreck |</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Citattecken</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>Dubbelt citattecken &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>Enkelt citattecken &apos;</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>&amp;Rubrikrad</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Textkodning</translation>
    </message>
    <message>
        <source>Detect (UTF-8, UTF-16 with BOM)</source>
        <translation>Identifiera (UTF-8, UTF-16 med BOM)</translation>
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
        <translation>Läs samma svar igen med de här inställningarna; inget hämtas</translation>
    </message>
    <message>
        <source>Walk every page as the pagination settings say, into one set of tables</source>
        <translation>Gå igenom varje sida enligt pagineringsinställningarna, till en uppsättning tabeller</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> sidor</translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation>Sidgräns</translation>
    </message>
    <message>
        <source>Stop after this many pages (0: no limit)</source>
        <translation>Stoppa efter så här många sidor (0: ingen gräns)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Script →</source>
        <translation>&amp;Skript →</translation>
    </message>
    <message>
        <source>The CONNECT, SELECT and LOAD script for what is ticked</source>
        <translation>CONNECT-, SELECT- och LOAD-skriptet för det som är ikryssat</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Byt namn till %1</translation>
    </message>
    <message>
        <source>The connection has no pagination that Qonduit can walk</source>
        <translation>Anslutningen har ingen paginering som Qonduit kan gå igenom</translation>
    </message>
    <message>
        <source>Reading %1 bytes…</source>
        <translation>Läser %1 byte…</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Läser sidorna…</translation>
    </message>
    <message>
        <source>Canceled: the tables show what was read before.</source>
        <translation>Avbrutet: tabellerna visar det som lästes innan.</translation>
    </message>
    <message>
        <source>Reading… %1 of %2 bytes</source>
        <translation>Läser… %1 av %2 byte</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tables, %2 rows.</source>
        <translation>
            <numerusform>%1: %Ln tabell, %2 rader.</numerusform>
            <numerusform>%1: %Ln tabeller, %2 rader.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s.</source>
        <translation>%1 sidor/s.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;: %2</translation>
    </message>
    <message>
        <source>Rows linked to this row by its key %1 — %2</source>
        <translation>Rader som är kopplade till den här raden via dess nyckel %1 — %2</translation>
    </message>
    <message>
        <source>Table %1
Path in the response: %2
Rows: %3
Parent: %4
</source>
        <translation>Tabell %1
Sökväg i svaret: %2
Rader: %3
Överordnad: %4
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Child tables: %1
</source>
        <translation>Undertabeller: %1
</translation>
    </message>
    <message>
        <source>Rows kept for the preview: %1

</source>
        <translation>Rader som behålls för förhandsvisningen: %1

</translation>
    </message>
    <message>
        <source>%1	%2	filled %3 of %4, null %5	from &quot;%6&quot;
</source>
        <translation>%1	%2	ifyllt %3 av %4, null %5	från ”%6”
</translation>
    </message>
    <message>
        <source>Pre&amp;view all pages</source>
        <translation>Förhandsvisa a&amp;lla sidor</translation>
    </message>
    <message>
        <source>Fie&amp;lds</source>
        <translation>&amp;Fält</translation>
    </message>
    <message>
        <source>Response &amp;type:</source>
        <translation>S&amp;varstyp:</translation>
    </message>
    <message>
        <source>&amp;Re-parse</source>
        <translation>&amp;Tolka om</translation>
    </message>
</context>
<context>
    <name>Qonduit::TableTreeModel</name>
    <message numerus="yes">
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1: %Ln rad</numerusform>
            <numerusform>%1: %Ln rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>%1: named %2 because a table above it or before it is called &quot;%3&quot; too</source>
        <translation>%1: heter %2 eftersom en tabell ovanför eller före den också heter ”%3”</translation>
    </message>
</context>
<context>
    <name>Qonduit::TestResultView</name>
    <message>
        <source>Cancel test</source>
        <translation>Avbryt testet</translation>
    </message>
    <message>
        <source>Press Test connection to send the request this connection describes.</source>
        <translation>Tryck på Testa anslutningen för att skicka begäran som den här anslutningen beskriver.</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Testförlopp</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Huvuden</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Testing %1 ...</source>
        <translation>Testar %1 ...</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalj: %1</translation>
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
        <translation>Omdirigerad till: %1</translation>
    </message>
    <message>
        <source>Size: %1, type %2</source>
        <translation>Storlek: %1, typ %2</translation>
    </message>
    <message>
        <source>Time: %1 ms to the first byte, %2 ms in all</source>
        <translation>Tid: %1 ms till första byte, %2 ms totalt</translation>
    </message>
    <message>
        <source>TLS: %1; certificate %2, issued by %3, valid until %4</source>
        <translation>TLS: %1; certifikat %2, utfärdat av %3, giltigt till %4</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Certifikatproblem: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Anmärkning: %1</translation>
    </message>
    <message>
        <source>Retried: %1</source>
        <translation>Försökt igen: %1</translation>
    </message>
    <message>
        <source>Adds the header to the query headers, made from the user name and password: a secret header, kept out of files and sent only to the connection&apos;s host</source>
        <translation>Lägger till huvudet, gjort av användarnamn och lösenord, bland frågehuvudena: ett hemligt huvud som hålls utanför filer och skickas bara till anslutningens värd</translation>
    </message>
    <message>
        <source>Add the query header %1</source>
        <translation>Lägg till frågehuvudet %1</translation>
    </message>
</context>
<context>
    <name>Qonduit::TrustedLocationsSection</name>
    <message>
        <source>Trusted locations</source>
        <translation>Betrodda platser</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>URL with port</source>
        <translation>URL med port</translation>
    </message>
    <message>
        <source>The only hosts to which the user credentials can be sent: a URL with a port number as the value, an alias for the host as the name. Aliases must be unique.</source>
        <translation>De enda värdar som användarens autentiseringsuppgifter får skickas till: en URL med portnummer som värde, ett alias för värden som namn. Alias måste vara unika.</translation>
    </message>
    <message>
        <source>Trusted &amp;locations</source>
        <translation>&amp;Betrodda platser</translation>
    </message>
</context>
<context>
    <name>Qonduit::VariablesSection</name>
    <message>
        <source>Variables (Qonduit)</source>
        <translation>Variabler (Qonduit)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Test value</source>
        <translation>Testvärde</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemlig</translation>
    </message>
    <message>
        <source>Show the test values of secret variables</source>
        <translation>Visa testvärdena för hemliga variabler</translation>
    </message>
    <message>
        <source>Show secret test values</source>
        <translation>Visa hemliga testvärden</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variabler</translation>
    </message>
    <message>
        <source>Qlik variables written as $(vName) in the URL, query parameters, headers or body. Qlik sets them in the script (LET) and expands them in WITH CONNECTION; Test connection sends the test value instead. A secret one is kept in the keychain, never in a file or a script.</source>
        <translation>Qlik-variabler skrivna som $(vName) i URL:en, frågeparametrar, huvuden eller brödtexten. Qlik sätter dem i skriptet (LET) och expanderar dem i WITH CONNECTION; Testa anslutning skickar testvärdet i stället. En hemlig hålls i nyckelringen, aldrig i en fil eller ett skript.</translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>The URL &quot;%1&quot; is not a valid URL.</source>
        <translation>URL:en ”%1” är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL:en måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on and the URL is not https: nothing was sent.</source>
        <translation>”Tillåt endast HTTPS” är på och URL:en är inte https: inget skickades.</translation>
    </message>
    <message>
        <source>The body encoding &quot;%1&quot; is not one Qonduit knows.</source>
        <translation>Textkodningen ”%1” känner Qonduit inte till.</translation>
    </message>
    <message>
        <source>Qonduit cannot send HTTP/1.0 (Qt speaks 1.1 only): the test used HTTP/1.1. The connection keeps HTTP 1.0 for Qlik.</source>
        <translation>Qonduit kan inte skicka HTTP/1.0 (Qt talar bara 1.1): testet använde HTTP/1.1. Anslutningen behåller HTTP 1.0 för Qlik.</translation>
    </message>
    <message>
        <source>Retry codes are HTTP statuses from 100 to 599 joined by commas; &quot;%1&quot; is not one.</source>
        <translation>Koder för omförsök är HTTP-statusar från 100 till 599 åtskilda med kommatecken; ”%1” är ingen.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The response is empty: there is no JSON to read.</source>
        <translation>Svaret är tomt: det finns ingen JSON att läsa.</translation>
    </message>
    <message>
        <source>The JSON ends early: the response was cut off (%1).</source>
        <translation>JSON-datan tar slut för tidigt: svaret kapades (%1).</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>Ogiltig JSON: %1</translation>
    </message>
    <message>
        <source>The XML ends early: the response was cut off.</source>
        <translation>XML-datan tar slut för tidigt: svaret kapades.</translation>
    </message>
    <message>
        <source>The response is empty: there is no XML to read.</source>
        <translation>Svaret är tomt: det finns ingen XML att läsa.</translation>
    </message>
    <message>
        <source>Invalid XML: %1</source>
        <translation>Ogiltig XML: %1</translation>
    </message>
    <message>
        <source>Invalid CSV: a quoted cell is never closed.</source>
        <translation>Ogiltig CSV: en cell inom citattecken stängs aldrig.</translation>
    </message>
    <message>
        <source>The response is empty: there is no CSV to read.</source>
        <translation>Svaret är tomt: det finns ingen CSV att läsa.</translation>
    </message>
    <message>
        <source>The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may contain; the tables show what came before it.</source>
        <translation>Svaret innehåller en NUL-byte (en nollbyte) vid byte %1, som ingen JSON-, XML- eller CSV-text får innehålla; tabellerna visar det som kom före den.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) too big for a double (such as %1) were kept as text.</source>
        <translation>
            <numerusform>%n tal för stort för en double (som %1) behölls som text.</numerusform>
            <numerusform>%n tal för stora för en double (som %1) behölls som text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseType</name>
    <message>
        <source>The response says it is JSON but is not valid JSON: %1 at byte %2.</source>
        <translation>Svaret säger att det är JSON men är inte giltig JSON: %1 vid byte %2.</translation>
    </message>
    <message>
        <source>The response is not valid XML: %1 at line %2, column %3.</source>
        <translation>Svaret är inte giltig XML: %1 på rad %2, kolumn %3.</translation>
    </message>
    <message>
        <source>The response is neither JSON, XML nor CSV (Content-Type %1).</source>
        <translation>Svaret är varken JSON, XML eller CSV (Content-Type %1).</translation>
    </message>
    <message>
        <source>The response is newline-delimited JSON (one JSON value per line, as streaming APIs send it), which Qlik&apos;s REST connector does not read either: ask the API for a JSON array instead.</source>
        <translation>Svaret är radavgränsad JSON (ett JSON-värde per rad, som strömmande API:er skickar det), som inte heller Qliks REST-koppling läser: be API:et om en JSON-array i stället.</translation>
    </message>
    <message>
        <source>The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may contain.</source>
        <translation>Svaret innehåller en NUL-byte (en nollbyte) vid byte %1, som ingen JSON-, XML- eller CSV-text får innehålla.</translation>
    </message>
</context>
<context>
    <name>SchemaBuilder</name>
    <message>
        <source>The response makes more than %1 tables; Qonduit stops there, since this is not data Qlik can load as tables.</source>
        <translation>Svaret ger fler än %1 tabeller; Qonduit stannar där, eftersom det inte är data som Qlik kan läsa in som tabeller.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has more than %2 fields; Qonduit stops there, since this is not data Qlik can load as a table.</source>
        <translation>Tabellen ”%1” har fler än %2 fält; Qonduit stannar där, eftersom det inte är data som Qlik kan läsa in som en tabell.</translation>
    </message>
    <message>
        <source>The response nests deeper than %1 levels; Qonduit stops there.</source>
        <translation>Svaret är nästlat djupare än %1 nivåer; Qonduit stannar där.</translation>
    </message>
    <message>
        <source>%1 values were left out because their name repeats within one record; the first value of each name counts.</source>
        <translation>%1 värden utelämnades eftersom deras namn upprepas inom en post; det första värdet för varje namn gäller.</translation>
    </message>
    <message>
        <source>Cannot read the response file %1: %2.</source>
        <translation>Kan inte läsa svarsfilen %1: %2.</translation>
    </message>
    <message>
        <source>Cannot map the response file %1: %2.</source>
        <translation>Kan inte minnesmappa svarsfilen %1: %2.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>no table &quot;%1&quot; in the response</source>
        <translation>ingen tabell ”%1” i svaret</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; in table %2</source>
        <translation>inget fält ”%1” i tabellen %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both loaded as &quot;%3&quot;: Qlik would link the tables by that name.</source>
        <translation>%1 och %2 läses båda in som ”%3”: Qlik skulle koppla tabellerna via det namnet.</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint did not accept the client (invalid_client): check the client id and secret, and whether it wants them as Basic or in the body.</source>
        <translation>Tokenslutpunkten godtog inte klienten (invalid_client): kontrollera klient-id och hemlighet, och om den vill ha dem som Basic eller i brödtexten.</translation>
    </message>
    <message>
        <source>The token endpoint refused the grant (invalid_grant): the user name and password, or the refresh token, are wrong or have expired.</source>
        <translation>Tokenslutpunkten avvisade beviljandet (invalid_grant): användarnamn och lösenord, eller uppdateringstoken, är fel eller har gått ut.</translation>
    </message>
    <message>
        <source>The token endpoint does not offer this grant type (unsupported_grant_type).</source>
        <translation>Tokenslutpunkten erbjuder inte denna beviljandetyp (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>The token endpoint refused the scope (invalid_scope).</source>
        <translation>Tokenslutpunkten avvisade omfånget (invalid_scope).</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials (%1).</source>
        <translation>Tokenslutpunkten avvisade inloggningsuppgifterna (%1).</translation>
    </message>
    <message>
        <source>The token endpoint answered %1%2.</source>
        <translation>Tokenslutpunkten svarade %1%2.</translation>
    </message>
    <message>
        <source>The token endpoint answered %1%2: %3</source>
        <translation>Tokenslutpunkten svarade %1%2: %3</translation>
    </message>
    <message>
        <source>Enter the URL the token comes from.</source>
        <translation>Ange URL:en som token kommer från.</translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Token-URL:en ”%1” är inte en http://- eller https://-URL.</translation>
    </message>
    <message>
        <source>The token answer is not a JSON object: %1.</source>
        <translation>Tokensvaret är inte ett JSON-objekt: %1.</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>det är en matris eller ett värde</translation>
    </message>
    <message>
        <source>Enter where the answer holds the token, such as access_token.</source>
        <translation>Ange var svaret har token, till exempel access_token.</translation>
    </message>
    <message>
        <source>The answer has no token at %1; its fields are %2.</source>
        <translation>Svaret har ingen token vid %1; dess fält är %2.</translation>
    </message>
    <message>
        <source>No answer from the token URL %1: %2</source>
        <translation>Inget svar från token-URL:en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Got a token (%1), valid for %n seconds.</source>
        <translation>
            <numerusform>Fick en token (%1), giltig i %n sekund.</numerusform>
            <numerusform>Fick en token (%1), giltig i %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Got a token (%1); the answer does not say when it expires.</source>
        <translation>Fick en token (%1); svaret säger inte när den går ut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Qlik REST connections interactively.</source>
        <translation>Utforma Qlik REST-anslutningar interaktivt.</translation>
    </message>
    <message>
        <source>Render the dialog to a PNG file and quit.</source>
        <translation>Rita dialogen till en PNG-fil och avsluta.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Scroll to this section first (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</source>
        <translation>Rulla först till det här avsnittet (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Fill the form from a .qonduit file or a file with a connection statement or string.</source>
        <translation>Fyll formuläret från en .qonduit-fil eller en fil med en anslutningssats eller anslutningssträng.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>indata</translation>
    </message>
    <message>
        <source>With --screenshot: run Test connection first.</source>
        <translation>Med --screenshot: kör Testa anslutningen först.</translation>
    </message>
    <message>
        <source>With --screenshot: test, then show the select-data page.</source>
        <translation>Med --screenshot: testa och visa sedan sidan för dataurval.</translation>
    </message>
    <message>
        <source>With --select-data: preview all pages first.</source>
        <translation>Med --select-data: förhandsvisa alla sidor först.</translation>
    </message>
    <message>
        <source>With --select-data: show this table.</source>
        <translation>Med --select-data: visa den här tabellen.</translation>
    </message>
    <message>
        <source>With --select-data: show the script page.</source>
        <translation>Med --select-data: visa skriptsidan.</translation>
    </message>
    <message>
        <source>A .qonduit file to open (as the desktop&apos;s Open With does).</source>
        <translation>En .qonduit-fil att öppna (som skrivbordets Öppna med gör).</translation>
    </message>
    <message>
        <source>Speak this language (de, en, fr, sv, or system) instead of the one chosen in Settings &gt; Language.</source>
        <translation>Tala det här språket (de, en, fr, sv eller system) i stället för det som valts under Inställningar &gt; Språk.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Import an OpenAPI or Swagger document, a Postman collection, an Insomnia export, a HAR file or a curl command, as File &gt; Import does.</source>
        <translation>Importera ett OpenAPI- eller Swagger-dokument, en Postman-samling, en Insomnia-export, en HAR-fil eller ett curl-kommando, som Arkiv &gt; Importera gör.</translation>
    </message>
    <message>
        <source>With --import and --screenshot: search the list for this.</source>
        <translation>Med --import och --screenshot: sök i listan efter detta.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
</context>
</TS>
