<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ConnectionFile</name>
    <message>
        <source>: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: expected {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;quote&quot;: &quot;\&quot;&quot; or &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true or false, &quot;pairs&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs row %1: expected {&quot;key&quot;: text, &quot;value&quot;: text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Qonduit connection file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Qonduit (file format %1; this version reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connectionString: pairs row %1: a key must be non-empty and hold no &apos;;&apos; or &apos;=&apos;, a value no &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>list item &quot;%1&quot; has no &apos;=&apos; between name and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the text ends after the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the text ends inside the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string has no closing %1 quote (it opens at character %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is empty; expected a connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement ends after CUSTOM CONNECT TO; the connection string in quotes is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot; or &apos; after CUSTOM CONNECT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIB CONNECT TO names a connection stored in Qlik; paste its connection string (CUSTOM CONNECT TO ...) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection string is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty pair: expected key=value before &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &apos;=&apos; between key and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value with no key before its &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionValidator</name>
    <message>
        <source>Row %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name after its scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on, so the URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used in rows %2 and %3; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is in rows %2 and %3; it will be sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If-Modified-Since must have the form yyyy-MM-dd-HH:mm:ssZ, for example 2014-09-28-16:25:09Z; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the start field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the count field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page pagination needs the name of the page parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token pagination needs the name of the token parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token pagination needs the path of the token in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next URL pagination needs the path of the next URL in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2 (character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of Qlik&apos;s escapes (%2); it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is unknown to Qonduit; it is kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 appears more than once; the last value is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is &quot;%1&quot;, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string has no provider key; Qlik needs provider=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request body is sent only with POST: choose POST or clear the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name for this authentication schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PFX file name of the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the installed certificate to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>the command ends inside a %1 quote opened at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a curl command: it does not start with curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value, and the command ends there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a second URL; a connection has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-X %1: Qlik&apos;s REST connector sends only GET and POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-H %1: not a &quot;Name: value&quot; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the body comes from a file; paste its text into the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-b %1: cookies from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redirects are followed within the host and the whitelist for redirects (Security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compressed: compression is negotiated by the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an output option, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: no place in Qlik&apos;s REST form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cert %1: Qlik reads client certificates from PFX (P12) files; convert it with openssl pkcs12 -export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::AuthenticationSection</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Windows User (NTLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only available when Qonduit runs on Windows: it uses the Windows account of the user who starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp;schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Qonduit, and Qlik&apos;s REST connector, authenticate to the REST service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name of the REST account. For Digest and NTLM, a Windows domain account (DOMAIN\user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the REST account. It is never saved in connection files or drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication: everyone using the connection has access to the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the user name and password Base64-encoded. Base64 is not encryption: use it over HTTPS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge-response: the server sends a nonce, the client answers with a hash of the user name, password and nonce. Requires a Windows domain account; the realm is the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge-response with Windows credentials, more secure than Digest. The server and any proxies must keep connections open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the Windows account that runs Qonduit (Qlik Sense Desktop only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the Windows account that runs the connector: works only on Windows and with Qlik Sense Desktop. Qonduit cannot test it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::CertificatesSection</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip server certificate validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect even if the server&apos;s certificate is invalid. The certificate is still checked, and its problems are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An X509 client certificate for mutual authentication: installed in a Windows certificate store, or from a PFX file. Not available in Qlik Sense Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store of the current user or of the local machine. The local machine needs Qlik to run with administrator privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Root Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-Party Root Certification Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate s&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the default Windows certificate stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject or thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the store, by subject or thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed certificates come from a Windows certificate store: Qonduit can write them into the connection, but test them only on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the PFX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFX &amp;file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file of the client certificate. Qlik looks for it in C:\ProgramData\Qlik\Sense\Engine\Certificates\ unless the connector is configured otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFX pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the PFX file. It is never saved in connection files or drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFX certificates (*.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::CollapsibleSection</name>
    <message>
        <source>Shows or hides this part of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the statement to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the connection statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CUSTOM CONNECT statement for this connection, as a QlikView script or Qlik&apos;s data connection carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the problems; choose one to go to its field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) to fix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first: see the list at the bottom left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Create new connection (REST) — Qonduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords were not saved: no system keychain answers (%1). They stay in memory until Qonduit closes; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl command cannot be imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now holds the curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now holds the curl command. Not in the form:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text is not a connection Qonduit can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form now holds the pasted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit);;Qlik scripts and text (*.qvs *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 for this test (kept until Qonduit closes, never written to a file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft from an earlier session could not be read (%1); it is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit did not close normally last time. Restore the connection you were editing? Passwords are never kept in drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit will follow the system&apos;s language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionSection</name>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::FieldListModel</name>
    <message>
        <source>key: links this table&apos;s rows to its child tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: the parent row&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats in the response: Qlik names it %2. Rename it to say what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is loaded as %2 too: Qlik would link the tables by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have the field, %2 of them null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::NameSection</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember passwords and secret headers in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the connection in Qlik. Qlik Sense scripts refer to it as LIB CONNECT TO &apos;name&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit&apos;s own setting, not Qlik&apos;s: when the connection is saved, its password, PFX password and secret header values go to the system keychain, and come back when the file is opened. They are never written to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::NameValueEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the values of headers that hold secrets (Authorization, API keys, tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret header values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::PageTimelineModel</name>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::PageWalker</name>
    <message>
        <source>Canceled after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 s after %2 (Retry-After)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: the server asks to wait %2 s (Retry-After), longer than the %3 s Qonduit waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; came back on page %2: the API repeats itself, so the walk stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 points to %2, which is neither this connection&apos;s host nor on the whitelist: the walk stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 points back to %2, already read: the walk stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at the page limit of %1 pages; there are more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records came again on a later page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::PaginationSection</name>
    <message>
        <source>Pagination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the REST API returns its data page by page. Field names are the names as the source returns them; a path is slash-separated, for example root/meta/total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the parameter that says from which record to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send start as a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the start value as an HTTP header instead of a query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start value of the first request, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the parameter that says how many records to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send count as a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the count as an HTTP header instead of a query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count va&amp;lue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records to ask for per request, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otal records path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the response says how many records there are; paging stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the records of a page are; paging stops at a page with none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send page as a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the page number as an HTTP header instead of a query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the first page, usually 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records per page, a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;otal pages path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the response says how many pages there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Is last page path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field that is true on the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the parameter that sends the token to the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send token as a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the token as an HTTP header instead of a query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the response carries the next token; paging stops when it is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read token from a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token path names a response header instead of a field of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;URL path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the response carries the next page&apos;s URL, absolute or relative; paging stops when it is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read next URL from a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path names a response header, for example Link with rel=&quot;next&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first page is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads from a start value: each request asks for the next records after those received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for page after page by number, with an optional page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each response carries a token that the next request sends back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each response carries the URL of the next page. It may only lead to the connection&apos;s host or to a URL in the whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You write the loop in the load script, with WITH CONNECTION in a DO WHILE loop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::PreviewModel</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::ProxySection</name>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bypass the proxy for local addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default credentials for the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests through a forward proxy. Qlik&apos;s REST connector needs extra configuration for proxies (see Qlik&apos;s help: How to configure proxy settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s URL, with its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the user name in the proxy address (http://user@proxy:3128). Never written to a file or the connection string; remembered in the keychain when the connection asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to local addresses directly, not through the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate to the proxy with the credentials of the account that runs the connector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise (repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tenant.eu.qlikcloud.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space id; List fills this with the spaces the token may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserDirectory=INTERNAL; UserId=sa_api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client.pfx exported from the QMC (port 4242)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;user (proxy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run shows the request here, secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is on the clipboard; secrets are shell variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spaces.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>https://sense.example.com:4242</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the request Publish sends; secrets are masked here only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the spaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::Publisher</name>
    <message>
        <source>The server URL &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1 for the cloud: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key or OAuth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the data connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik refused the request as malformed (400): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key or token was not accepted (401): check that it is complete and has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository did not accept the request (401): the certificate or user header was refused, or the xrfkey check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but not allowed to create data connections there (403): the user needs the permission in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data connection named &quot;%1&quot; exists already (409): choose another name, or change the existing one in Qlik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik limits how many requests may be sent (429): wait a moment and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the certificate %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: the password is wrong or the file is not a PFX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::QueryParametersSection</name>
    <message>
        <source>Query parameters and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;missing query parameters to final request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters added to the URL, for example filter = salary&gt;10000, or a security key. Names must be unique: for repeated names, put them in the URL or use WITH CONNECTION in the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these query parameters to every URL that lacks them: the next-page URLs of Next URL pagination, and the URLs of WITH CONNECTION statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request headers, for example Accept-Language = en. An If-Modified-Since header must have the form yyyy-MM-dd-HH:mm:ssZ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestEngine</name>
    <message>
        <source>The server&apos;s certificate is self-signed and not trusted. Turn on &quot;Skip server certificate validation&quot; if you trust this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is issued by an authority this system does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Current Windows User&quot; signs in with the Windows account that runs the connector: it works only on Windows. Choose another authentication schema to test here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed certificates come from the Windows certificate store, which Qonduit cannot read here. Export the certificate to a PFX file and choose &quot;From file&quot; to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the PFX file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the client certificate from %1: the PFX password is wrong, or the file uses the old RC2/3DES encryption that OpenSSL 3 no longer reads by default. Re-export it with &quot;openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header was not sent to %1: it is not the connection&apos;s host nor a trusted location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials were not sent to %1: it is not the connection&apos;s host nor a trusted location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirects in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not https, and &quot;Allow HTTPS only&quot; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1, which is neither the connection&apos;s host nor in the whitelist for redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 s, the connection&apos;s timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the TLS connection without answering: it may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server did not accept the client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the whole response arrived (%1 of %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It offers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password was not accepted (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for credentials (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access is forbidden (403): the server will not show this resource to these credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): the server has nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to wait %1 s (Retry-After).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (%1 %2); the problem is on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 %2, %3, %4 in %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestSection</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;keep-alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &apos;E&amp;xpect: 100-continue&apos; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto detect response type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck response type during &apos;Test connection&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of the resource requested from the REST service. It must start with http:// or https:// and can include query parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit in seconds for the connection to be completed. If the request takes longer, an error message is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET retrieves information from the resource and does not change the state of the server. POST creates a new entry in the resource, specified in the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data posted to the resource with the POST method. It is sent without any transformation: to send x-www-form-urlencoded data, encode it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character encoding of the request body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version 1.1 is the default: the newest version, with persistent connections. Choose 1.0 if the server requires it, and then whether to send keep-alive messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With HTTP 1.0, ask the server to keep the connection open between requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For servers that answer 100 (Continue): the request carries Expect: 100-continue instead of the body, which is sent after the server&apos;s 100 response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect the data format when the connection is made, so that data selection opens with the fields of the source&apos;s format. Otherwise choose the format there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection also checks that the correct data format (JSON, CSV or XML) is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully qualified record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key generation strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector generates ID fields to serve as primary and foreign keys, so that parent and child records of JSON and XML data are associated. The strategy says how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence ID: generates an ID for each child of a parent record. Simple and efficient, but the order of fields must be the same in every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current record: a hash of all the values of the current record is its primary key; a hash of all the values of the direct parent is the foreign key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully qualified record: the key is a hash of all the parent values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys: keys for parent-child relationships are not shown when you select data, but they are still used in the SELECT statements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::ScriptPage</name>
    <message>
        <source>&amp;WITH CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Select &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik Sense: LIB CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QlikView: CUSTOM CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the URL, query parameters, headers and body in the script, to change them at load time (Qlik Cloud: the connection must allow it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write secret header values into the script instead of $(variables) set by LET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagination loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next token loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next URL loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field with the next token, URL or the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as .qvs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qlik script (*.qvs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is on the clipboard as a curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this connection in Qlik Cloud or Qlik Sense Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIB CONNECT needs the name the connection has in Qlik: type it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;HTTPS only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the response&apos;s HTTP headers be loaded as data. Off by default since connector 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every URL must use HTTPS: the connection&apos;s URL and every URL in the whitelist and the trusted locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whitelist for redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only URLs to which responses can redirect for paged data: a URL as the value, an alias as the name. Aliases must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::SelectDataPage</name>
    <message>
        <source>Filter tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the fields to load; double-click or press F2 on a name to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to see its data here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the connection form (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Response type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (UTF-8, UTF-16 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the same response again with these settings; nothing is fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk every page as the pagination settings say, into one set of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many pages (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Script →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CONNECT, SELECT and LOAD script for what is ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no pagination that Qonduit can walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 bytes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: the tables show what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tables, %2 rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows linked to this row by its key %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1
Path in the response: %2
Rows: %3
Parent: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child tables: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows kept for the preview: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	filled %3 of %4, null %5	from &quot;%6&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::TableTreeModel</name>
    <message numerus="yes">
        <source>%1: %Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: named %2 because &quot;%3&quot; is used earlier in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::TestResultView</name>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Test connection to send the request this connection describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1, type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 ms to the first byte, %2 ms in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1; certificate %2, issued by %3, valid until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting the body ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qonduit::TrustedLocationsSection</name>
    <message>
        <source>Trusted locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL with port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only hosts to which the user credentials can be sent: a URL with a port number as the value, an alias for the host as the name. Aliases must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>The URL &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on and the URL is not https: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body encoding &quot;%1&quot; is not one Qonduit knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qonduit cannot send HTTP/1.0 (Qt speaks 1.1 only): the test used HTTP/1.1. The connection keeps HTTP 1.0 for Qlik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The response is empty: there is no JSON to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON ends early: the response was cut off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends early: the response was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is empty: there is no XML to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid CSV: a quoted cell is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is empty: there is no CSV to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseType</name>
    <message>
        <source>The response says it is JSON but is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid XML: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is neither JSON, XML nor CSV (Content-Type %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaBuilder</name>
    <message>
        <source>The response makes more than %1 tables; Qonduit stops there, since this is not data Qlik can load as tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has more than %2 fields; Qonduit stops there, since this is not data Qlik can load as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response nests deeper than %1 levels; Qonduit stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values were left out because their name repeats within one record; the first value of each name counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the response file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map the response file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>no table &quot;%1&quot; in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both loaded as &quot;%3&quot;: Qlik would link the tables by that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Qlik REST connections interactively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the dialog to a PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to this section first (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form from a .qonduit file or a file with a connection statement or string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: run Test connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: test, then show the select-data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --select-data: preview all pages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --select-data: show this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --select-data: show the script page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .qonduit file to open (as the desktop&apos;s Open With does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak this language (de, en, fr, sv, or system) instead of the one chosen in Settings &gt; Language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
