<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Authentication</name>
    <message>
        <source>The server asks for %1, but the connection&apos;s authentication schema is %2, the only one Qlik&apos;s connector would answer: no credentials were sent. Choose the schema the server offers.</source>
        <translation>Le serveur demande %1, mais le schéma d&apos;authentification de la connexion est %2, le seul auquel le connecteur de Qlik répondrait : aucun identifiant n&apos;a été envoyé. Choisissez le schéma que le serveur propose.</translation>
    </message>
    <message>
        <source>The server asks for Digest with %1, which Qonduit cannot answer (it speaks Digest with MD5 only): no credentials were sent.</source>
        <translation>Le serveur demande Digest avec %1, auquel Qonduit ne sait pas répondre (il ne parle Digest qu&apos;avec MD5) : aucun identifiant n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server offers %1 beside %2; Qonduit&apos;s network layer would answer %3 instead of the connection&apos;s %2, which Qlik&apos;s connector would not do: no credentials were sent.</source>
        <translation>Le serveur propose %1 à côté de %2 ; la couche réseau de Qonduit répondrait %3 au lieu du %2 de la connexion, ce que le connecteur de Qlik ne ferait pas : aucun identifiant n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ConnectionFile</name>
    <message>
        <source>: expected an object</source>
        <translation> : objet attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>expected one of </source>
        <translation>valeur attendue parmi </translation>
    </message>
    <message>
        <source>expected a list of {&quot;name&quot;, &quot;value&quot;} objects</source>
        <translation>liste d&apos;objets {&quot;name&quot;, &quot;value&quot;} attendue</translation>
    </message>
    <message>
        <source>row %1: expected {&quot;name&quot;: text, &quot;value&quot;: text}</source>
        <translation>ligne %1 : {&quot;name&quot;: texte, &quot;value&quot;: texte} attendu</translation>
    </message>
    <message>
        <source>expected {&quot;quote&quot;: &quot;\&quot;&quot; or &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true or false, &quot;pairs&quot;: [...]}</source>
        <translation>{&quot;quote&quot;: &quot;\&quot;&quot; ou &quot;&apos;&quot;, &quot;endsWithSeparator&quot;: true ou false, &quot;pairs&quot;: [...]} attendu</translation>
    </message>
    <message>
        <source>pairs row %1: expected {&quot;key&quot;: text, &quot;value&quot;: text}</source>
        <translation>pairs, ligne %1 : {&quot;key&quot;: texte, &quot;value&quot;: texte} attendu</translation>
    </message>
    <message>
        <source>not a valid JSON file: %1 at byte %2</source>
        <translation>fichier JSON non valide : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a Qonduit connection file: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>ce n&apos;est pas un fichier de connexion Qonduit : « format » n&apos;est pas « %1 »</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version : nombre entier à partir de 1 attendu</translation>
    </message>
    <message>
        <source>the file was written by a newer Qonduit (file format %1; this version reads %2)</source>
        <translation>le fichier a été écrit par un Qonduit plus récent (format de fichier %1 ; cette version lit %2)</translation>
    </message>
    <message>
        <source>connectionString: pairs row %1: a key must be non-empty and hold no &apos;;&apos; or &apos;=&apos;, a value no &apos;;&apos;</source>
        <translation>connectionString : pairs, ligne %1 : une clé ne doit être ni vide ni contenir &apos;;&apos; ou &apos;=&apos;, une valeur pas de &apos;;&apos;</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8 text</source>
        <translation>l&apos;entrée n&apos;est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>expected {&quot;name&quot;: text, &quot;testValue&quot;: text, &quot;secret&quot;: true or false}</source>
        <translation>attendu {&quot;name&quot;: texte, &quot;testValue&quot;: texte, &quot;secret&quot;: true ou false}</translation>
    </message>
    <message>
        <source>row %1: </source>
        <translation>ligne %1 : </translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>list item &quot;%1&quot; has no &apos;=&apos; between name and value</source>
        <translation>l&apos;élément de liste « %1 » n&apos;a pas de &apos;=&apos; entre nom et valeur</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of seconds</source>
        <translation>%1 n&apos;est pas un nombre entier de secondes</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>caractère %1</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, clé %1</translation>
    </message>
    <message>
        <source>; the text ends after the value of %1</source>
        <translation> ; le texte s&apos;arrête après la valeur de %1</translation>
    </message>
    <message>
        <source>; the text ends inside the value of %1</source>
        <translation> ; le texte s&apos;arrête à l&apos;intérieur de la valeur de %1</translation>
    </message>
    <message>
        <source>the connection string has no closing %1 quote (it opens at character %2)%3</source>
        <translation>la chaîne de connexion n&apos;a pas de guillemet %1 fermant (il s&apos;ouvre au caractère %2)%3</translation>
    </message>
    <message>
        <source>the input is empty; expected a connection string</source>
        <translation>l&apos;entrée est vide ; une chaîne de connexion est attendue</translation>
    </message>
    <message>
        <source>the statement ends after CUSTOM CONNECT TO; the connection string in quotes is missing</source>
        <translation>l&apos;instruction s&apos;arrête après CUSTOM CONNECT TO ; la chaîne de connexion entre guillemets manque</translation>
    </message>
    <message>
        <source>expected &quot; or &apos; after CUSTOM CONNECT TO</source>
        <translation>&quot; ou &apos; attendu après CUSTOM CONNECT TO</translation>
    </message>
    <message>
        <source>LIB CONNECT TO names a connection stored in Qlik; paste its connection string (CUSTOM CONNECT TO ...) instead</source>
        <translation>LIB CONNECT TO désigne une connexion enregistrée dans Qlik ; collez plutôt sa chaîne de connexion (CUSTOM CONNECT TO ...)</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after the closing quote</source>
        <translation>texte inattendu « %1 » après le guillemet fermant</translation>
    </message>
    <message>
        <source>the connection string is empty</source>
        <translation>la chaîne de connexion est vide</translation>
    </message>
    <message>
        <source>empty pair: expected key=value before &apos;;&apos;</source>
        <translation>paire vide : clé=valeur attendu avant &apos;;&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no &apos;=&apos; between key and value</source>
        <translation>« %1 » n&apos;a pas de &apos;=&apos; entre clé et valeur</translation>
    </message>
    <message>
        <source>a value with no key before its &apos;=&apos;</source>
        <translation>une valeur sans clé avant son &apos;=&apos;</translation>
    </message>
    <message>
        <source>%1 is not a list of status codes such as 500,502,503</source>
        <translation>%1 n&apos;est pas une liste de codes d&apos;état comme 500,502,503</translation>
    </message>
</context>
<context>
    <name>ConnectionValidator</name>
    <message>
        <source>Row %1: </source>
        <translation>Ligne %1 : </translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Saisissez une URL.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>L&apos;URL doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The URL has no host name after its scheme.</source>
        <translation>L&apos;URL n&apos;a pas de nom d&apos;hôte après son schéma.</translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on, so the URL must start with https://.</source>
        <translation>« Autoriser HTTPS uniquement » est activé : l&apos;URL doit donc commencer par https://.</translation>
    </message>
    <message>
        <source>Row %1 has no name.</source>
        <translation>La ligne %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used in rows %2 and %3; names must be unique.</source>
        <translation>Le nom « %1 » figure aux lignes %2 et %3 ; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is in rows %2 and %3; it will be sent twice.</source>
        <translation>L&apos;en-tête « %1 » figure aux lignes %2 et %3 ; il sera envoyé deux fois.</translation>
    </message>
    <message>
        <source>If-Modified-Since must have the form yyyy-MM-dd-HH:mm:ssZ, for example 2014-09-28-16:25:09Z; &quot;%1&quot; does not.</source>
        <translation>If-Modified-Since doit avoir la forme yyyy-MM-dd-HH:mm:ssZ, par exemple 2014-09-28-16:25:09Z ; « %1 » ne l&apos;a pas.</translation>
    </message>
    <message>
        <source>%1 must be a whole number; &quot;%2&quot; is not.</source>
        <translation>%1 doit être un nombre entier ; « %2 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the start field.</source>
        <translation>La pagination par décalage a besoin du nom du champ de départ.</translation>
    </message>
    <message>
        <source>Offset pagination needs the name of the count field.</source>
        <translation>La pagination par décalage a besoin du nom du champ de nombre.</translation>
    </message>
    <message>
        <source>The start value</source>
        <translation>La valeur de départ</translation>
    </message>
    <message>
        <source>The count value</source>
        <translation>La valeur de nombre</translation>
    </message>
    <message>
        <source>Next page pagination needs the name of the page parameter.</source>
        <translation>La pagination Page suivante a besoin du nom du paramètre de page.</translation>
    </message>
    <message>
        <source>The initial page</source>
        <translation>La première page</translation>
    </message>
    <message>
        <source>The page size</source>
        <translation>La taille de page</translation>
    </message>
    <message>
        <source>Next token pagination needs the name of the token parameter.</source>
        <translation>La pagination Jeton suivant a besoin du nom du paramètre de jeton.</translation>
    </message>
    <message>
        <source>Next token pagination needs the path of the token in the response.</source>
        <translation>La pagination Jeton suivant a besoin du chemin du jeton dans la réponse.</translation>
    </message>
    <message>
        <source>Next URL pagination needs the path of the next URL in the response.</source>
        <translation>La pagination URL suivante a besoin du chemin de l&apos;URL suivante dans la réponse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2 (character %3)</source>
        <translation>« %1 » dans la valeur de %2 (caractère %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the value of %2</source>
        <translation>« %1 » dans la valeur de %2</translation>
    </message>
    <message>
        <source>%1 is not one of Qlik&apos;s escapes (%2); it is kept as written.</source>
        <translation>%1 n&apos;est pas l&apos;un des échappements de Qlik (%2) ; il est conservé tel quel.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is unknown to Qonduit; it is kept as written.</source>
        <translation>La clé « %1 » est inconnue de Qonduit ; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>The key %1 appears more than once; the last value is used.</source>
        <translation>La clé %1 apparaît plusieurs fois ; la dernière valeur est utilisée.</translation>
    </message>
    <message>
        <source>The provider is &quot;%1&quot;, not %2.</source>
        <translation>Le fournisseur est « %1 », pas %2.</translation>
    </message>
    <message>
        <source>The string has no provider key; Qlik needs provider=%1.</source>
        <translation>La chaîne n&apos;a pas de clé provider ; Qlik a besoin de provider=%1.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation>Le délai doit être compris entre 1 et 10000 secondes ; %1 ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>A request body is sent only with POST: choose POST or clear the body.</source>
        <translation>Un corps de requête n&apos;est envoyé qu&apos;avec POST : choisissez POST ou videz le corps.</translation>
    </message>
    <message>
        <source>Enter the user name for this authentication schema.</source>
        <translation>Saisissez le nom d&apos;utilisateur pour ce schéma d&apos;authentification.</translation>
    </message>
    <message>
        <source>Enter the PFX file name of the client certificate.</source>
        <translation>Saisissez le nom du fichier PFX du certificat client.</translation>
    </message>
    <message>
        <source>Choose the installed certificate to use.</source>
        <translation>Choisissez le certificat installé à utiliser.</translation>
    </message>
    <message>
        <source>The read/write timeout must be from 1 to 10000 seconds; %1 is not.</source>
        <translation>Le délai de lecture/écriture doit être de 1 à 10000 secondes ; %1 ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Retry failed request needs the status codes to retry on, such as 500,502,503,504.</source>
        <translation>« Réessayer la requête en échec » a besoin des codes d&apos;état à réessayer, par exemple 500,502,503,504.</translation>
    </message>
    <message>
        <source>$(%1) is not among the variables: add it there with a value to test with (Qlik would send it empty unless the script sets it).</source>
        <translation>$(%1) ne figure pas parmi les variables : ajoutez-la avec une valeur de test (Qlik l&apos;enverrait vide si le script ne la définit pas).</translation>
    </message>
    <message>
        <source>$(%1) has no test value: it is sent empty.</source>
        <translation>$(%1) n&apos;a pas de valeur de test : elle est envoyée vide.</translation>
    </message>
    <message>
        <source>a variable&apos;s name is letters, digits, _ and ., as in $(vName).</source>
        <translation>le nom d&apos;une variable est fait de lettres, de chiffres, de _ et de ., comme dans $(vName).</translation>
    </message>
    <message>
        <source>%1 is defined twice.</source>
        <translation>%1 est définie deux fois.</translation>
    </message>
    <message>
        <source>%1 is not used: write $(%1) in the URL, a query parameter, a header or the body.</source>
        <translation>%1 n&apos;est pas utilisée : écrivez $(%1) dans l&apos;URL, un paramètre de requête, un en-tête ou le corps.</translation>
    </message>
    <message>
        <source>Enter where the answer holds the token, such as access_token.</source>
        <translation>Indiquez où la réponse contient le jeton, par exemple access_token.</translation>
    </message>
    <message>
        <source>Enter the header or query parameter that carries the token.</source>
        <translation>Indiquez l&apos;en-tête ou le paramètre de requête qui porte le jeton.</translation>
    </message>
    <message>
        <source>Enter the client id the token endpoint knows.</source>
        <translation>Saisissez l&apos;identifiant client que connaît le point de terminaison du jeton.</translation>
    </message>
    <message>
        <source>The password grant needs the user name.</source>
        <translation>L&apos;autorisation par mot de passe a besoin du nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The refresh grant needs the refresh token.</source>
        <translation>L&apos;autorisation de rafraîchissement a besoin du jeton de rafraîchissement.</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>the command ends inside a %1 quote opened at character %2</source>
        <translation>la commande s&apos;arrête à l&apos;intérieur d&apos;un guillemet %1 ouvert au caractère %2</translation>
    </message>
    <message>
        <source>this is not a curl command: it does not start with curl</source>
        <translation>ce n&apos;est pas une commande curl : elle ne commence pas par curl</translation>
    </message>
    <message>
        <source>%1 needs a value, and the command ends there</source>
        <translation>%1 a besoin d&apos;une valeur, et la commande s&apos;arrête là</translation>
    </message>
    <message>
        <source>%1: a second URL; a connection has one</source>
        <translation>%1 : une deuxième URL ; une connexion n&apos;en a qu&apos;une</translation>
    </message>
    <message>
        <source>-X %1: Qlik&apos;s REST connector sends only GET and POST</source>
        <translation>-X %1 : le connecteur REST de Qlik n&apos;envoie que GET et POST</translation>
    </message>
    <message>
        <source>-H %1: not a &quot;Name: value&quot; header</source>
        <translation>-H %1 : pas un en-tête « Nom: valeur »</translation>
    </message>
    <message>
        <source>%1 %2: the body comes from a file; paste its text into the request body</source>
        <translation>%1 %2 : le corps vient d&apos;un fichier ; collez son texte dans le corps de la requête</translation>
    </message>
    <message>
        <source>-b %1: cookies from a file</source>
        <translation>-b %1 : cookies depuis un fichier</translation>
    </message>
    <message>
        <source>%1: redirects are followed within the host and the whitelist for redirects (Security)</source>
        <translation>%1 : les redirections sont suivies dans l&apos;hôte et la liste blanche pour les redirections (Sécurité)</translation>
    </message>
    <message>
        <source>--compressed: compression is negotiated by the connector</source>
        <translation>--compressed : la compression est négociée par le connecteur</translation>
    </message>
    <message>
        <source>%1: an output option, ignored</source>
        <translation>%1 : une option de sortie, ignorée</translation>
    </message>
    <message>
        <source>%1%2: no place in Qlik&apos;s REST form</source>
        <translation>%1%2 : pas de place dans le formulaire REST de Qlik</translation>
    </message>
    <message>
        <source>the curl command has no URL</source>
        <translation>la commande curl n&apos;a pas d&apos;URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>« %1 » n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation>le corps d&apos;un GET : Qlik n&apos;envoie un corps qu&apos;avec POST</translation>
    </message>
    <message>
        <source>--cert %1: Qlik reads client certificates from PFX (P12) files; convert it with openssl pkcs12 -export</source>
        <translation>--cert %1 : Qlik lit les certificats client depuis des fichiers PFX (P12) ; convertissez-le avec openssl pkcs12 -export</translation>
    </message>
</context>
<context>
    <name>FieldType</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixte</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: the YAML stands for more than %2 values (aliases of aliases?); it is not read further</source>
        <translation>ligne %1 : le YAML représente plus de %2 valeurs (des alias d’alias ?) ; il n’est pas lu plus loin</translation>
    </message>
    <message>
        <source>line %1: a map&apos;s key is itself a map or a list; JSON has no such key</source>
        <translation>ligne %1 : la clé d’une table est elle-même une table ou une liste ; JSON n’a pas de telle clé</translation>
    </message>
    <message>
        <source>line %1: nested more than %2 levels deep; it is not read further</source>
        <translation>ligne %1 : imbriqué sur plus de %2 niveaux ; il n’est pas lu plus loin</translation>
    </message>
    <message>
        <source>line %1: the alias *%2 names no anchor before it</source>
        <translation>ligne %1 : l’alias *%2 ne désigne aucune ancre avant lui</translation>
    </message>
    <message>
        <source>the YAML reader could not start</source>
        <translation>le lecteur YAML n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1 : %2%3</translation>
    </message>
    <message>
        <source>the YAML holds no document</source>
        <translation>le YAML ne contient aucun document</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>line %1: a second YAML document begins; an API document is one document</source>
        <translation>ligne %1 : un second document YAML commence ; un document d’API est un seul document</translation>
    </message>
    <message>
        <source>%1: Qlik&apos;s REST connector sends GET and POST only</source>
        <translation>%1 : le connecteur REST de Qlik n’envoie que GET et POST</translation>
    </message>
    <message>
        <source>Postman collection %1</source>
        <translation>Collection Postman %1</translation>
    </message>
    <message>
        <source>Insomnia export %1</source>
        <translation>Export Insomnia %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than an API document holds</source>
        <translation>le fichier dépasse %1 Mo, plus que ne contient un document d’API</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not JSON at %1: %2</source>
        <translation>pas du JSON à %1 : %2</translation>
    </message>
    <message>
        <source>not YAML: %1</source>
        <translation>pas du YAML : %1</translation>
    </message>
    <message>
        <source>the document is not a map of fields: none of OpenAPI, Swagger, Postman, Insomnia or HAR starts otherwise</source>
        <translation>le document n’est pas une table de champs : OpenAPI, Swagger, Postman, Insomnia et HAR commencent tous ainsi</translation>
    </message>
    <message>
        <source>a Swagger 1.x document: Qonduit reads Swagger 2.0 and OpenAPI 3; convert it first</source>
        <translation>un document Swagger 1.x : Qonduit lit Swagger 2.0 et OpenAPI 3 ; convertissez-le d’abord</translation>
    </message>
    <message>
        <source>none of OpenAPI (an &quot;openapi&quot; field), Swagger 2.0 (&quot;swagger&quot;), a Postman collection (&quot;info&quot; with its schema), an Insomnia export (&quot;_type&quot;: &quot;export&quot;) or HAR (&quot;log&quot; with &quot;entries&quot;)</source>
        <translation>ni OpenAPI (un champ &quot;openapi&quot;), ni Swagger 2.0 (&quot;swagger&quot;), ni une collection Postman (&quot;info&quot; avec son schéma), ni un export Insomnia (&quot;_type&quot;: &quot;export&quot;), ni HAR (&quot;log&quot; avec &quot;entries&quot;)</translation>
    </message>
    <message>
        <source>the document has no operation %1</source>
        <translation>le document n’a pas d’opération %1</translation>
    </message>
    <message>
        <source>the document names no host (its server is &quot;%1&quot;): put the API&apos;s address in front of the URL</source>
        <translation>le document ne nomme aucun hôte (son serveur est &quot;%1&quot;) : placez l’adresse de l’API devant l’URL</translation>
    </message>
    <message>
        <source>the path parameter {%1} has no value: fill it into the URL</source>
        <translation>le paramètre de chemin {%1} n’a pas de valeur : remplissez-le dans l’URL</translation>
    </message>
    <message>
        <source>the optional %1 parameter %2, not added</source>
        <translation>le paramètre %1 facultatif %2, non ajouté</translation>
    </message>
    <message>
        <source>the optional %1 parameter %2 (for example %3), not added</source>
        <translation>le paramètre %1 facultatif %2 (par exemple %3), non ajouté</translation>
    </message>
    <message>
        <source>the required %1 parameter %2 has no example: fill in its value</source>
        <translation>le paramètre %1 requis %2 n’a pas d’exemple : saisissez sa valeur</translation>
    </message>
    <message>
        <source>the cookie %1: Qlik&apos;s form has no cookies; send a Cookie header if the API needs it</source>
        <translation>le cookie %1 : le formulaire de Qlik n’a pas de cookies ; envoyez un en-tête Cookie si l’API en a besoin</translation>
    </message>
    <message>
        <source>the file %1: Qlik&apos;s connector uploads no files</source>
        <translation>le fichier %1 : le connecteur de Qlik n’envoie pas de fichiers</translation>
    </message>
    <message>
        <source>the body of a GET: Qlik sends a body only with POST</source>
        <translation>le corps d’un GET : Qlik n’envoie un corps qu’avec POST</translation>
    </message>
    <message>
        <source>the document marks this operation deprecated</source>
        <translation>le document marque cette opération comme obsolète</translation>
    </message>
    <message>
        <source>$ref %1 is in another document, which is not fetched</source>
        <translation>$ref %1 est dans un autre document, qui n’est pas récupéré</translation>
    </message>
    <message>
        <source>$ref %1 refers back to itself</source>
        <translation>$ref %1 renvoie à lui-même</translation>
    </message>
    <message>
        <source>$ref %1 goes nowhere in the document</source>
        <translation>$ref %1 ne mène nulle part dans le document</translation>
    </message>
    <message>
        <source>the request body as %1: Qlik&apos;s connector sends text, JSON or form fields, not multipart or files</source>
        <translation>le corps de requête en %1 : le connecteur de Qlik envoie du texte, du JSON ou des champs de formulaire, pas de multipart ni de fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to authenticate the document offers; the first is in the form</source>
        <translation>
            <numerusform>%n autre façon de s’authentifier que propose le document ; la première est dans le formulaire</numerusform>
            <numerusform>%n autres façons de s’authentifier que propose le document ; la première est dans le formulaire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HTTP Basic; fill in the user name and password</source>
        <translation>%1 : HTTP Basic ; saisissez le nom d’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>%1: HTTP Digest; fill in the user name and password</source>
        <translation>%1 : HTTP Digest ; saisissez le nom d’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>%1: a bearer token; give the secret variable vBearerToken its value</source>
        <translation>%1 : un jeton bearer ; donnez sa valeur à la variable secrète vBearerToken</translation>
    </message>
    <message>
        <source>%1: an API key in a cookie; send it in a Cookie header</source>
        <translation>%1 : une clé d’API dans un cookie ; envoyez-la dans un en-tête Cookie</translation>
    </message>
    <message>
        <source>%1: an API key; give the secret variable %2 its value</source>
        <translation>%1 : une clé d’API ; donnez sa valeur à la variable secrète %2</translation>
    </message>
    <message>
        <source>%1: OpenID Connect signs in with a browser, which Qlik&apos;s connector cannot; get a token another way and send it as Authorization: Bearer</source>
        <translation>%1 : OpenID Connect se connecte avec un navigateur, ce que le connecteur de Qlik ne peut pas ; obtenez un jeton autrement et envoyez-le en Authorization: Bearer</translation>
    </message>
    <message>
        <source>%1: a client certificate; choose it under Certificates</source>
        <translation>%1 : un certificat client ; choisissez-le sous Certificats</translation>
    </message>
    <message>
        <source>%1: an authentication of type %2, which Qlik&apos;s form has no place for</source>
        <translation>%1 : une authentification de type %2, pour laquelle le formulaire de Qlik n’a pas de place</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0 by %2, which signs in with a browser; Qlik&apos;s connector cannot: get a token another way and send it as Authorization: Bearer</source>
        <translation>%1 : OAuth 2.0 par %2, qui se connecte avec un navigateur ; le connecteur de Qlik ne le peut pas : obtenez un jeton autrement et envoyez-le en Authorization: Bearer</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0, password grant, in Token first; fill in the client, user and password</source>
        <translation>%1 : OAuth 2.0, octroi par mot de passe, dans Jeton d’abord ; saisissez le client, l’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <source>%1: OAuth 2.0, client credentials, in Token first; fill in the client id and secret</source>
        <translation>%1 : OAuth 2.0, identifiants client, dans Jeton d’abord ; saisissez l’identifiant et le secret du client</translation>
    </message>
    <message>
        <source>Next token: the operation takes %1; say where the answer has the next one</source>
        <translation>Jeton suivant : l’opération prend %1 ; indiquez où la réponse porte le suivant</translation>
    </message>
    <message>
        <source>Next token: the operation takes %1, the answer has %2</source>
        <translation>Jeton suivant : l’opération prend %1, la réponse a %2</translation>
    </message>
    <message>
        <source>Offset: the operation takes %1 and %2</source>
        <translation>Décalage : l’opération prend %1 et %2</translation>
    </message>
    <message>
        <source>no page size</source>
        <translation>aucune taille de page</translation>
    </message>
    <message>
        <source>Next page: the operation takes %1</source>
        <translation>Page suivante : l’opération prend %1</translation>
    </message>
    <message>
        <source>Next URL: the answer has %1</source>
        <translation>URL suivante : la réponse a %1</translation>
    </message>
    <message>
        <source>Swagger %1: Qonduit reads Swagger 2.0 and OpenAPI 3</source>
        <translation>Swagger %1 : Qonduit lit Swagger 2.0 et OpenAPI 3</translation>
    </message>
    <message>
        <source>OpenAPI &quot;%1&quot;: Qonduit reads OpenAPI 3.0 and 3.1 and Swagger 2.0</source>
        <translation>OpenAPI &quot;%1&quot; : Qonduit lit OpenAPI 3.0 et 3.1 et Swagger 2.0</translation>
    </message>
    <message>
        <source>the document has no paths, so no operation to import</source>
        <translation>le document n’a pas de chemins, donc aucune opération à importer</translation>
    </message>
    <message>
        <source>the document describes only webhooks, calls the API makes to you: none for Qlik to make</source>
        <translation>le document ne décrit que des webhooks, des appels que l’API vous fait : aucun que Qlik puisse faire</translation>
    </message>
    <message>
        <source>the document&apos;s paths hold no operation</source>
        <translation>les chemins du document ne contiennent aucune opération</translation>
    </message>
    <message>
        <source>the collection has no request %1</source>
        <translation>la collection n’a pas de requête %1</translation>
    </message>
    <message>
        <source>the collection&apos;s pre-request and test scripts, which are not run</source>
        <translation>les scripts de pré-requête et de test de la collection, qui ne sont pas exécutés</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the collection: give $(%1) a test value</source>
        <translation>{{%1}} n’a pas de valeur dans la collection : donnez une valeur de test à $(%1)</translation>
    </message>
    <message>
        <source>%1: a Postman dynamic value, which Qlik has no such thing for</source>
        <translation>%1 : une valeur dynamique de Postman, que Qlik n’a pas</translation>
    </message>
    <message>
        <source>folders nested more than %1 deep are not read</source>
        <translation>les dossiers imbriqués sur plus de %1 niveaux ne sont pas lus</translation>
    </message>
    <message>
        <source>the form-data body: Qlik&apos;s connector sends no multipart forms; send the fields urlencoded if the API takes them so</source>
        <translation>le corps form-data : le connecteur de Qlik n’envoie pas de formulaires multipart ; envoyez les champs en urlencoded si l’API les accepte ainsi</translation>
    </message>
    <message>
        <source>the file body: Qlik&apos;s connector uploads no files</source>
        <translation>le corps fichier : le connecteur de Qlik n’envoie pas de fichiers</translation>
    </message>
    <message>
        <source>OAuth 2.0 by %1, which signs in with a browser: the token Postman had is sent as it is, until it expires</source>
        <translation>OAuth 2.0 par %1, qui se connecte avec un navigateur : le jeton que Postman avait est envoyé tel quel, jusqu’à son expiration</translation>
    </message>
    <message>
        <source>OAuth 2.0 by %1, which signs in with a browser; Qlik&apos;s connector cannot: get a token another way and send it as Authorization: Bearer</source>
        <translation>OAuth 2.0 par %1, qui se connecte avec un navigateur ; le connecteur de Qlik ne le peut pas : obtenez un jeton autrement et envoyez-le en Authorization: Bearer</translation>
    </message>
    <message>
        <source>the %1 authentication, which Qlik&apos;s connector cannot do</source>
        <translation>l’authentification %1, que le connecteur de Qlik ne sait pas faire</translation>
    </message>
    <message>
        <source>a Postman collection v1: export it again from Postman as v2.1</source>
        <translation>une collection Postman v1 : exportez-la à nouveau depuis Postman en v2.1</translation>
    </message>
    <message>
        <source>the collection has no item list, so no request to import</source>
        <translation>la collection n’a pas de liste item, donc aucune requête à importer</translation>
    </message>
    <message>
        <source>the collection holds no request</source>
        <translation>la collection ne contient aucune requête</translation>
    </message>
    <message>
        <source>not a Postman environment: it has no &quot;values&quot; list</source>
        <translation>pas un environnement Postman : il n’a pas de liste &quot;values&quot;</translation>
    </message>
    <message>
        <source>the values of the environment %1; the export has %2 more</source>
        <translation>les valeurs de l’environnement %1 ; l’export en a %2 de plus</translation>
    </message>
    <message>
        <source>the export has no request %1</source>
        <translation>l’export n’a pas de requête %1</translation>
    </message>
    <message>
        <source>a template tag in &quot;%1&quot;, which Insomnia runs and Qlik cannot</source>
        <translation>une balise de modèle dans &quot;%1&quot;, qu’Insomnia exécute et Qlik non</translation>
    </message>
    <message>
        <source>the multipart form body: Qlik&apos;s connector sends no multipart forms</source>
        <translation>le corps de formulaire multipart : le connecteur de Qlik n’envoie pas de formulaires multipart</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the export: give $(%1) a test value</source>
        <translation>{{%1}} n’a pas de valeur dans l’export : donnez une valeur de test à $(%1)</translation>
    </message>
    <message>
        <source>%1: an Insomnia expression, which Qlik cannot run</source>
        <translation>%1 : une expression Insomnia, que Qlik ne peut pas exécuter</translation>
    </message>
    <message>
        <source>an Insomnia export of format %1: Qonduit reads format 4 (Insomnia&apos;s &quot;Export Data&quot;)</source>
        <translation>un export Insomnia au format %1 : Qonduit lit le format 4 (&quot;Export Data&quot; d’Insomnia)</translation>
    </message>
    <message>
        <source>the export has no resources, so no request to import</source>
        <translation>l’export n’a pas de ressources, donc aucune requête à importer</translation>
    </message>
    <message>
        <source>the export holds no request</source>
        <translation>l’export ne contient aucune requête</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) whose answers are not JSON, XML or CSV (pages, scripts, images) are left out</source>
        <translation>
            <numerusform>%n appel dont la réponse n’est ni JSON, ni XML, ni CSV (pages, scripts, images) est laissé de côté</numerusform>
            <numerusform>%n appels dont les réponses ne sont ni JSON, ni XML, ni CSV (pages, scripts, images) sont laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>the HAR file has no call %1</source>
        <translation>le fichier HAR n’a pas d’appel %1</translation>
    </message>
    <message>
        <source>the Cookie header is the browser&apos;s session: it is kept, and stops working when the session ends</source>
        <translation>l’en-tête Cookie est la session du navigateur : il est conservé, et cesse de fonctionner à la fin de la session</translation>
    </message>
    <message>
        <source>headers the browser adds on its own, left out: %1</source>
        <translation>en-têtes que le navigateur ajoute de lui-même, laissés de côté : %1</translation>
    </message>
    <message>
        <source>the form field &quot;%1&quot; sends a file (%2): Qlik&apos;s connector sends no files</source>
        <translation>le champ de formulaire &quot;%1&quot; envoie un fichier (%2) : le connecteur de Qlik n’envoie pas de fichiers</translation>
    </message>
    <message>
        <source>the HAR file has no entries list</source>
        <translation>le fichier HAR n’a pas de liste entries</translation>
    </message>
    <message>
        <source>the HAR file records no call</source>
        <translation>le fichier HAR n’enregistre aucun appel</translation>
    </message>
    <message>
        <source>the HAR file records no call whose answer is JSON, XML or CSV</source>
        <translation>le fichier HAR n’enregistre aucun appel dont la réponse soit JSON, XML ou CSV</translation>
    </message>
    <message>
        <source>the text is HTML or XML (a web page, a WSDL?), not an API document</source>
        <translation>le texte est du HTML ou du XML (une page web, un WSDL ?), pas un document d’API</translation>
    </message>
    <message>
        <source>the download of %1 was canceled</source>
        <translation>le téléchargement de %1 a été annulé</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than an API document holds</source>
        <translation>%1 dépasse %2 Mo, plus que ne contient un document d’API</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 answered %2 %3, not the document</source>
        <translation>%1 a répondu %2 %3, pas le document</translation>
    </message>
    <message>
        <source>%1 cannot be fetched: %2</source>
        <translation>%1 ne peut pas être récupéré : %2</translation>
    </message>
</context>
<context>
    <name>Proxy</name>
    <message>
        <source>The proxy address holds a password, which would be written into the connection string: remove it from the address (keep http://%1@...) and give it as the proxy password (qonduit-cli: --proxy-password-env). Nothing was sent.</source>
        <translation>L&apos;adresse du proxy contient un mot de passe, qui serait écrit dans la chaîne de connexion : retirez-le de l&apos;adresse (gardez http://%1@...) et donnez-le comme mot de passe du proxy (qonduit-cli : --proxy-password-env). Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>Qonduit::ApiEntryModel</name>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path or URL</source>
        <translation>Chemin ou URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Tag or folder</source>
        <translation>Tag ou dossier</translation>
    </message>
</context>
<context>
    <name>Qonduit::AuthenticationSection</name>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>De base</translation>
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
        <translation>Utilisateur Windows actuel (NTLM)</translation>
    </message>
    <message>
        <source>Only available when Qonduit runs on Windows: it uses the Windows account of the user who starts it.</source>
        <translation>Disponible seulement quand Qonduit tourne sous Windows : il utilise le compte Windows de l&apos;utilisateur qui le lance.</translation>
    </message>
    <message>
        <source>Authentication &amp;schema</source>
        <translation>&amp;Schéma d&apos;authentification</translation>
    </message>
    <message>
        <source>How Qonduit, and Qlik&apos;s REST connector, authenticate to the REST service.</source>
        <translation>Comment Qonduit, et le connecteur REST de Qlik, s&apos;authentifient auprès du service REST.</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user name of the REST account. For Digest and NTLM, a Windows domain account (DOMAIN\user).</source>
        <translation>Le nom d&apos;utilisateur du compte REST. Pour Digest et NTLM, un compte de domaine Windows (DOMAINE\utilisateur).</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>The password of the REST account. It is never saved in connection files or drafts.</source>
        <translation>Le mot de passe du compte REST. Il n&apos;est jamais enregistré dans les fichiers de connexion ni dans les brouillons.</translation>
    </message>
    <message>
        <source>No authentication: everyone using the connection has access to the resource.</source>
        <translation>Pas d&apos;authentification : toute personne qui utilise la connexion a accès à la ressource.</translation>
    </message>
    <message>
        <source>Sends the user name and password Base64-encoded. Base64 is not encryption: use it over HTTPS only.</source>
        <translation>Envoie le nom d&apos;utilisateur et le mot de passe encodés en Base64. Base64 n&apos;est pas un chiffrement : à utiliser seulement via HTTPS.</translation>
    </message>
    <message>
        <source>A challenge-response: the server sends a nonce, the client answers with a hash of the user name, password and nonce. Requires a Windows domain account; the realm is the domain.</source>
        <translation>Un défi-réponse : le serveur envoie un nonce, le client répond par un hachage du nom d&apos;utilisateur, du mot de passe et du nonce. Exige un compte de domaine Windows ; le domaine est le realm.</translation>
    </message>
    <message>
        <source>A challenge-response with Windows credentials, more secure than Digest. The server and any proxies must keep connections open.</source>
        <translation>Un défi-réponse avec des identifiants Windows, plus sûr que Digest. Le serveur et tous les proxys doivent garder les connexions ouvertes.</translation>
    </message>
    <message>
        <source>Uses the Windows account that runs Qonduit (Qlik Sense Desktop only).</source>
        <translation>Utilise le compte Windows qui exécute Qonduit (Qlik Sense Desktop uniquement).</translation>
    </message>
    <message>
        <source>Uses the Windows account that runs the connector: works only on Windows and with Qlik Sense Desktop. Qonduit cannot test it here.</source>
        <translation>Utilise le compte Windows qui exécute le connecteur : ne fonctionne que sous Windows et avec Qlik Sense Desktop. Qonduit ne peut pas le tester ici.</translation>
    </message>
    <message>
        <source>Send the client id and secret as &amp;Basic</source>
        <translation>Envoyer l&apos;identifiant et le secret du client en &amp;Basic</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Obtenir le jeton</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (Qonduit)</source>
        <translation>Jeton OAuth 2.0 (Qonduit)</translation>
    </message>
    <message>
        <source>Token from another request (Qonduit)</source>
        <translation>Jeton d&apos;une autre requête (Qonduit)</translation>
    </message>
    <message>
        <source>Token &amp;first</source>
        <translation>Jeton d&apos;&amp;abord</translation>
    </message>
    <message>
        <source>Fetch a token before the data request, as most APIs want today. Qlik&apos;s REST connector cannot (it has no OAuth 2.0): the script fetches it with a connection of its own and sends it in WITH CONNECTION.</source>
        <translation>Obtenir un jeton avant la requête de données, comme la plupart des API le demandent aujourd&apos;hui. Le connecteur REST de Qlik ne le peut pas (il n&apos;a pas OAuth 2.0) : le script l&apos;obtient avec une connexion à lui et l&apos;envoie dans WITH CONNECTION.</translation>
    </message>
    <message>
        <source>Token &amp;URL</source>
        <translation>&amp;URL du jeton</translation>
    </message>
    <message>
        <source>The token endpoint, or the login request&apos;s URL.</source>
        <translation>Le point de terminaison du jeton, ou l&apos;URL de la requête de connexion.</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>&amp;Grant type</source>
        <translation>Type d&apos;a&amp;utorisation</translation>
    </message>
    <message>
        <source>The OAuth 2.0 grant the token endpoint is asked for.</source>
        <translation>L&apos;autorisation OAuth 2.0 demandée au point de terminaison du jeton.</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>Identifiant du &amp;client</translation>
    </message>
    <message>
        <source>The id of the client registered with the API.</source>
        <translation>L&apos;identifiant du client enregistré auprès de l&apos;API.</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Secret du c&amp;lient</translation>
    </message>
    <message>
        <source>The client&apos;s secret. Kept in the keychain, never in a file or a script unless asked.</source>
        <translation>Le secret du client. Gardé dans le trousseau, jamais dans un fichier ni un script sauf demande.</translation>
    </message>
    <message>
        <source>Send the client&apos;s id and secret as an Authorization: Basic header instead of in the form.</source>
        <translation>Envoyer l&apos;identifiant et le secret du client dans un en-tête Authorization: Basic plutôt que dans le formulaire.</translation>
    </message>
    <message>
        <source>Sco&amp;pe</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <source>The scopes asked for, separated by spaces.</source>
        <translation>Les portées demandées, séparées par des espaces.</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>A&amp;udience</translation>
    </message>
    <message>
        <source>The API the token is for, where the endpoint wants it.</source>
        <translation>L&apos;API à laquelle le jeton est destiné, là où le point de terminaison la demande.</translation>
    </message>
    <message>
        <source>Token user na&amp;me</source>
        <translation>&amp;Nom d&apos;utilisateur du jeton</translation>
    </message>
    <message>
        <source>The user of the password grant.</source>
        <translation>L&apos;utilisateur de l&apos;autorisation par mot de passe.</translation>
    </message>
    <message>
        <source>Token pass&amp;word</source>
        <translation>Mot de passe du jet&amp;on</translation>
    </message>
    <message>
        <source>The password of the password grant; kept in the keychain.</source>
        <translation>Le mot de passe de l&apos;autorisation par mot de passe ; gardé dans le trousseau.</translation>
    </message>
    <message>
        <source>Re&amp;fresh token</source>
        <translation>Jeton de ra&amp;fraîchissement</translation>
    </message>
    <message>
        <source>The refresh token of the refresh grant; kept in the keychain.</source>
        <translation>Le jeton de rafraîchissement de l&apos;autorisation de rafraîchissement ; gardé dans le trousseau.</translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation>C&amp;hemin du jeton</translation>
    </message>
    <message>
        <source>Where the answer has the token: access_token, or a path such as data/token.</source>
        <translation>Où la réponse contient le jeton : access_token, ou un chemin comme data/token.</translation>
    </message>
    <message>
        <source>A header</source>
        <translation>Un en-tête</translation>
    </message>
    <message>
        <source>A query parameter</source>
        <translation>Un paramètre de requête</translation>
    </message>
    <message>
        <source>Send the token &amp;in</source>
        <translation>Envoyer le jeton &amp;dans</translation>
    </message>
    <message>
        <source>How the data request carries the token.</source>
        <translation>Comment la requête de données porte le jeton.</translation>
    </message>
    <message>
        <source>Header or parameter n&amp;ame</source>
        <translation>N&amp;om de l&apos;en-tête ou du paramètre</translation>
    </message>
    <message>
        <source>The header or query parameter that carries the token: Authorization by default.</source>
        <translation>L&apos;en-tête ou le paramètre de requête qui porte le jeton : Authorization par défaut.</translation>
    </message>
    <message>
        <source>Value pre&amp;fix</source>
        <translation>Pré&amp;fixe de la valeur</translation>
    </message>
    <message>
        <source>What stands before the token in the header: &quot;Bearer &quot; by default.</source>
        <translation>Ce qui précède le jeton dans l&apos;en-tête : « Bearer » par défaut.</translation>
    </message>
    <message>
        <source>Perform the token request now and show what it answers</source>
        <translation>Effectuer la requête du jeton maintenant et montrer sa réponse</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <source>Token: %1 (masked; it is sent as the settings say)</source>
        <translation>Jeton : %1 (masqué ; il est envoyé comme le disent les réglages)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>More form fiel&amp;ds</source>
        <translation>Autres c&amp;hamps du formulaire</translation>
    </message>
    <message>
        <source>More fields of the token request&apos;s form, such as resource, where the endpoint wants them.</source>
        <translation>D&apos;autres champs du formulaire de la requête de jeton, comme resource, là où le point d&apos;accès les demande.</translation>
    </message>
    <message>
        <source>Token request me&amp;thod</source>
        <translation>Mé&amp;thode de la requête de jeton</translation>
    </message>
    <message>
        <source>The method of the request whose answer holds the token: GET or POST, as Qlik can send.</source>
        <translation>La méthode de la requête dont la réponse contient le jeton : GET ou POST, comme Qlik peut l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Token request b&amp;ody</source>
        <translation>C&amp;orps de la requête de jeton</translation>
    </message>
    <message>
        <source>The body the POST sends, such as a login&apos;s user and password. Put a password in a secret variable: the body is saved as written.</source>
        <translation>Le corps qu&apos;envoie le POST, comme l&apos;utilisateur et le mot de passe d&apos;une connexion. Mettez un mot de passe dans une variable secrète : le corps est enregistré tel qu&apos;écrit.</translation>
    </message>
    <message>
        <source>Token request hea&amp;ders</source>
        <translation>En-tê&amp;tes de la requête de jeton</translation>
    </message>
    <message>
        <source>The headers of the token request, such as Content-Type or an API key. Secret ones (Authorization, keys, tokens) are kept in the keychain.</source>
        <translation>Les en-têtes de la requête de jeton, comme Content-Type ou une clé d&apos;API. Les secrets (Authorization, clés, jetons) sont gardés dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>Qonduit::BodyView</name>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existe et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Open the &amp;whole body</source>
        <translation>Ouvrir le corps &amp;entier</translation>
    </message>
    <message>
        <source>Save the whole bod&amp;y…</source>
        <translation>Enregistrer le corps entie&amp;r…</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Writes the whole body to a temporary file and opens it with the desktop&apos;s application for its type</source>
        <translation>Écrit le corps entier dans un fichier temporaire et l&apos;ouvre avec l&apos;application du bureau pour son type</translation>
    </message>
    <message>
        <source>Save the whole body</source>
        <translation>Enregistrer le corps entier</translation>
    </message>
    <message>
        <source>Formatting the body ...</source>
        <translation>Mise en forme du corps ...</translation>
    </message>
    <message>
        <source>The first %1 of the body are shown; the rest is %2. Open or save the whole body to read all of it.</source>
        <translation>Les premiers %1 du corps sont affichés ; le reste fait %2. Ouvrez ou enregistrez le corps entier pour tout lire.</translation>
    </message>
    <message>
        <source>Writing the body to %1 …</source>
        <translation>Écriture du corps dans %1 …</translation>
    </message>
    <message>
        <source>The whole body is in %1.</source>
        <translation>Le corps entier est dans %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::CertificatesSection</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>S&amp;kip server certificate validation</source>
        <translation>&amp;Ignorer la validation du certificat du serveur</translation>
    </message>
    <message>
        <source>Connect even if the server&apos;s certificate is invalid. The certificate is still checked, and its problems are reported.</source>
        <translation>Se connecter même si le certificat du serveur n&apos;est pas valide. Le certificat est tout de même vérifié et ses problèmes sont signalés.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Depuis un fichier</translation>
    </message>
    <message>
        <source>Use &amp;certificate</source>
        <translation>Utiliser un &amp;certificat</translation>
    </message>
    <message>
        <source>An X509 client certificate for mutual authentication: installed in a Windows certificate store, or from a PFX file. Not available in Qlik Sense Cloud.</source>
        <translation>Un certificat client X509 pour l&apos;authentification mutuelle : installé dans un magasin de certificats Windows, ou depuis un fichier PFX. Non disponible dans Qlik Sense Cloud.</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Utilisateur actuel</translation>
    </message>
    <message>
        <source>Local machine</source>
        <translation>Ordinateur local</translation>
    </message>
    <message>
        <source>Certificate &amp;location</source>
        <translation>&amp;Emplacement du certificat</translation>
    </message>
    <message>
        <source>The store of the current user or of the local machine. The local machine needs Qlik to run with administrator privileges.</source>
        <translation>Le magasin de l&apos;utilisateur actuel ou de l&apos;ordinateur local. L&apos;ordinateur local exige que Qlik tourne avec des privilèges d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Trusted Root Certification Authorities</source>
        <translation>Autorités de certification racines de confiance</translation>
    </message>
    <message>
        <source>Intermediate Certification Authorities</source>
        <translation>Autorités de certification intermédiaires</translation>
    </message>
    <message>
        <source>Trusted Publisher</source>
        <translation>Éditeurs approuvés</translation>
    </message>
    <message>
        <source>Untrusted Certificates</source>
        <translation>Certificats non autorisés</translation>
    </message>
    <message>
        <source>Third-Party Root Certification Authorities</source>
        <translation>Autorités de certification racines tierces</translation>
    </message>
    <message>
        <source>Trusted People</source>
        <translation>Personnes autorisées</translation>
    </message>
    <message>
        <source>Other People</source>
        <translation>Autres personnes</translation>
    </message>
    <message>
        <source>Certificate s&amp;tore</source>
        <translation>&amp;Magasin de certificats</translation>
    </message>
    <message>
        <source>One of the default Windows certificate stores.</source>
        <translation>L&apos;un des magasins de certificats Windows par défaut.</translation>
    </message>
    <message>
        <source>subject or thumbprint</source>
        <translation>sujet ou empreinte</translation>
    </message>
    <message>
        <source>Certificate &amp;name</source>
        <translation>&amp;Nom du certificat</translation>
    </message>
    <message>
        <source>The certificate in the store, by subject or thumbprint.</source>
        <translation>Le certificat dans le magasin, par sujet ou par empreinte.</translation>
    </message>
    <message>
        <source>Installed certificates come from a Windows certificate store: Qonduit can write them into the connection, but test them only on Windows.</source>
        <translation>Les certificats installés viennent d&apos;un magasin de certificats Windows : Qonduit peut les écrire dans la connexion, mais ne les teste que sous Windows.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Browse for the PFX file</source>
        <translation>Rechercher le fichier PFX</translation>
    </message>
    <message>
        <source>PFX &amp;file name</source>
        <translation>Nom du &amp;fichier PFX</translation>
    </message>
    <message>
        <source>The PFX file of the client certificate. Qlik looks for it in C:\ProgramData\Qlik\Sense\Engine\Certificates\ unless the connector is configured otherwise.</source>
        <translation>Le fichier PFX du certificat client. Qlik le cherche dans C:\ProgramData\Qlik\Sense\Engine\Certificates\ sauf si le connecteur est configuré autrement.</translation>
    </message>
    <message>
        <source>PFX pass&amp;word</source>
        <translation>Mot de passe &amp;PFX</translation>
    </message>
    <message>
        <source>The password of the PFX file. It is never saved in connection files or drafts.</source>
        <translation>Le mot de passe du fichier PFX. Il n&apos;est jamais enregistré dans les fichiers de connexion ni dans les brouillons.</translation>
    </message>
    <message>
        <source>PFX file</source>
        <translation>Fichier PFX</translation>
    </message>
    <message>
        <source>PFX certificates (*.pfx *.p12);;All files (*)</source>
        <translation>Certificats PFX (*.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Qonduit::CollapsibleSection</name>
    <message>
        <source>Shows or hides this part of the form</source>
        <translation>Affiche ou masque cette partie du formulaire</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n problem(s))</source>
        <translation>
            <numerusform>%1  (%n problème)</numerusform>
            <numerusform>%1  (%n problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connection &amp;statement</source>
        <translation>&amp;Instruction de connexion</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the statement to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier l&apos;instruction dans le presse-papiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Copy the connection statement</source>
        <translation>Copier l&apos;instruction de connexion</translation>
    </message>
    <message>
        <source>Connection statement</source>
        <translation>Instruction de connexion</translation>
    </message>
    <message>
        <source>The CUSTOM CONNECT statement for this connection, as a QlikView script or Qlik&apos;s data connection carries it.</source>
        <translation>L&apos;instruction CUSTOM CONNECT de cette connexion, telle qu&apos;un script QlikView ou la connexion de données de Qlik la contient.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>List the problems; choose one to go to its field</source>
        <translation>Lister les problèmes ; choisissez-en un pour aller à son champ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Paste connection</source>
        <translation>&amp;Coller une connexion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Import curl command</source>
        <translation>&amp;Importer une commande curl</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Copy statement</source>
        <translation>Co&amp;pier l&apos;instruction</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Do&amp;nnées</translation>
    </message>
    <message>
        <source>&amp;Select data</source>
        <translation>&amp;Sélectionner les données</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Back to the connection</source>
        <translation>&amp;Retour à la connexion</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>✔ No problems</source>
        <translation>✔ Aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) to fix</source>
        <translation>
            <numerusform>⚠ %n problème à corriger</numerusform>
            <numerusform>⚠ %n problèmes à corriger</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the connection</source>
        <translation>Créer la connexion</translation>
    </message>
    <message>
        <source>Fix the problems first: see the list at the bottom left.</source>
        <translation>Corrigez d&apos;abord les problèmes : voir la liste en bas à gauche.</translation>
    </message>
    <message>
        <source>%1[*] — Create new connection (REST) — Qonduit</source>
        <translation>%1[*] — Créer une nouvelle connexion (REST) — Qonduit</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <source>The passwords were not saved: no system keychain answers (%1). They stay in memory until Qonduit closes; nothing is written to disk.</source>
        <translation>Les mots de passe n&apos;ont pas été enregistrés : aucun trousseau système ne répond (%1). Ils restent en mémoire jusqu&apos;à la fermeture de Qonduit ; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The curl command cannot be imported: %1.</source>
        <translation>La commande curl ne peut pas être importée : %1.</translation>
    </message>
    <message>
        <source>The form now holds the curl command.</source>
        <translation>Le formulaire contient maintenant la commande curl.</translation>
    </message>
    <message>
        <source>The form now holds the curl command. Not in the form:
%1</source>
        <translation>Le formulaire contient maintenant la commande curl. Hors du formulaire :
%1</translation>
    </message>
    <message>
        <source>The pasted text is not a connection Qonduit can read: %1</source>
        <translation>Le texte collé n&apos;est pas une connexion que Qonduit sait lire : %1</translation>
    </message>
    <message>
        <source>The form now holds the pasted connection.</source>
        <translation>Le formulaire contient maintenant la connexion collée.</translation>
    </message>
    <message>
        <source>Open connection</source>
        <translation>Ouvrir une connexion</translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit);;Qlik scripts and text (*.qvs *.txt);;All files (*)</source>
        <translation>Connexions Qonduit (*.qonduit);;Scripts Qlik et texte (*.qvs *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Qonduit connections (*.qonduit)</source>
        <translation>Connexions Qonduit (*.qonduit)</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Aucune connexion récente</translation>
    </message>
    <message>
        <source>The password of %1 for this test (kept until Qonduit closes, never written to a file):</source>
        <translation>Le mot de passe de %1 pour ce test (gardé jusqu&apos;à la fermeture de Qonduit, jamais écrit dans un fichier) :</translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation>Abandonner les modifications de cette connexion ?</translation>
    </message>
    <message>
        <source>A draft from an earlier session could not be read (%1); it is kept at %2.</source>
        <translation>Un brouillon d&apos;une session précédente n&apos;a pas pu être lu (%1) ; il est conservé dans %2.</translation>
    </message>
    <message>
        <source>Qonduit did not close normally last time. Restore the connection you were editing? Passwords are never kept in drafts.</source>
        <translation>Qonduit ne s&apos;est pas fermé normalement la dernière fois. Restaurer la connexion que vous modifiiez ? Les mots de passe ne sont jamais gardés dans les brouillons.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Qonduit will follow the system&apos;s language from its next start.</source>
        <translation>Qonduit suivra la langue du système à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Qonduit will speak %1 from its next start.</source>
        <translation>Qonduit parlera %1 à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Sett&amp;ings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>The query header %1 is added; test the connection again.</source>
        <translation>L&apos;en-tête de requête %1 est ajouté ; testez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>API documents: OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;curl commands (*.sh *.txt *.curl);;All files (*)</source>
        <translation>Documents d’API : OpenAPI, Swagger, Postman, Insomnia, HAR (*.json *.yaml *.yml *.har);;Commandes curl (*.sh *.txt *.curl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Non importé : %1.</translation>
    </message>
    <message>
        <source>The form now holds %1.</source>
        <translation>Le formulaire contient maintenant %1.</translation>
    </message>
    <message>
        <source>A pagination guess, not applied: %1.</source>
        <translation>Une supposition de pagination, non appliquée : %1.</translation>
    </message>
    <message>
        <source>Pagination from a guess, to be confirmed: %1.</source>
        <translation>Pagination supposée, à confirmer : %1.</translation>
    </message>
    <message>
        <source>From the document&apos;s example: no call was made. Test connection for the API&apos;s own answer.</source>
        <translation>D’après l’exemple du document : aucun appel n’a été fait. Testez la connexion pour la réponse propre de l’API.</translation>
    </message>
    <message>
        <source>From the answer the browser recorded: no call was made. Test connection for today&apos;s answer.</source>
        <translation>D’après la réponse enregistrée par le navigateur : aucun appel n’a été fait. Testez la connexion pour la réponse d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Data &gt; Select data shows the tables of the document&apos;s example.</source>
        <translation>Données &gt; Sélectionner les données montre les tables de l’exemple du document.</translation>
    </message>
    <message>
        <source>Data &gt; Select data shows the tables of the recorded answer.</source>
        <translation>Données &gt; Sélectionner les données montre les tables de la réponse enregistrée.</translation>
    </message>
    <message>
        <source>Not in the form:
%1</source>
        <translation>Pas dans le formulaire :
%1</translation>
    </message>
    <message>
        <source>Import from &amp;URL...</source>
        <translation>Importer depuis une &amp;URL...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Importer depuis une URL</translation>
    </message>
    <message>
        <source>The address of an OpenAPI or Swagger document, a Postman collection, an Insomnia export or a HAR file (http:// or https://; fetched once, with no credentials):</source>
        <translation>L’adresse d’un document OpenAPI ou Swagger, d’une collection Postman, d’un export Insomnia ou d’un fichier HAR (http:// ou https:// ; récupéré une fois, sans identifiants) :</translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Qonduit::ConnectionSection</name>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
</context>
<context>
    <name>Qonduit::FieldListModel</name>
    <message>
        <source>key: links this table&apos;s rows to its child tables</source>
        <translation>clé : relie les lignes de cette table à ses tables enfants</translation>
    </message>
    <message>
        <source>key: the parent row&apos;s %1</source>
        <translation>clé : %1 de la ligne parente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats in the response: Qlik names it %2. Rename it to say what it is.</source>
        <translation>« %1 » se répète dans la réponse : Qlik le nomme %2. Renommez-le pour dire ce qu&apos;il est.</translation>
    </message>
    <message>
        <source>%1 is loaded as %2 too: Qlik would link the tables by it</source>
        <translation>%1 est aussi chargé sous le nom %2 : Qlik relierait les tables par ce champ</translation>
    </message>
    <message>
        <source>%1 in the response</source>
        <translation>%1 dans la réponse</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1 % (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 rows have the field, %2 of them null</source>
        <translation>%1 lignes ont le champ, dont %2 à null</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Qonduit::ImportDialog</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Search method, path, summary or tag</source>
        <translation>Chercher méthode, chemin, résumé ou tag</translation>
    </message>
    <message>
        <source>Path parameter</source>
        <translation>Paramètre de chemin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than an API document holds.</source>
        <translation>%1 dépasse %2 Mo, plus que ne contient un document d’API.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 ne peut pas être importé : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n request(s), %3 of them for Qlik&apos;s GET or POST.</source>
        <translation>
            <numerusform>%1, %2 : %n requête, dont %3 pour le GET ou POST de Qlik.</numerusform>
            <numerusform>%1, %2 : %n requêtes, dont %3 pour le GET ou POST de Qlik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the pagination guess: %1</source>
        <translation>Utiliser la supposition de pagination : %1</translation>
    </message>
    <message>
        <source>Fill in the value for {%1}; it goes into the URL.</source>
        <translation>Saisissez la valeur de {%1} ; elle va dans l’URL.</translation>
    </message>
    <message>
        <source>no document has been read</source>
        <translation>aucun document n’a été lu</translation>
    </message>
    <message>
        <source>no request is chosen</source>
        <translation>aucune requête n’est choisie</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Non importé : %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Qonduit::NameSection</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>REST connection</source>
        <translation>Connexion REST</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The name of the connection in Qlik. Qlik Sense scripts refer to it as LIB CONNECT TO &apos;name&apos;.</source>
        <translation>Le nom de la connexion dans Qlik. Les scripts Qlik Sense y font référence par LIB CONNECT TO &apos;nom&apos;.</translation>
    </message>
    <message>
        <source>Qonduit&apos;s own setting, not Qlik&apos;s: when the connection is saved, its password, PFX password and secret header values go to the system keychain, and come back when the file is opened. They are never written to the file.</source>
        <translation>Un réglage de Qonduit, pas de Qlik : à l&apos;enregistrement de la connexion, son mot de passe, son mot de passe PFX et les valeurs des en-têtes secrets vont dans le trousseau du système, et reviennent à l&apos;ouverture du fichier. Ils ne sont jamais écrits dans le fichier.</translation>
    </message>
    <message>
        <source>Remem&amp;ber passwords and secret headers in the system keychain</source>
        <translation>&amp;Mémoriser les mots de passe et les en-têtes secrets dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>Qonduit::NameValueEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Ajouter une ligne (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>Supprimer les lignes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the values of headers that hold secrets (Authorization, API keys, tokens)</source>
        <translation>Afficher les valeurs des en-têtes qui contiennent des secrets (Authorization, clés d&apos;API, jetons)</translation>
    </message>
    <message>
        <source>Show secret header values</source>
        <translation>Afficher les valeurs des en-têtes secrets</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove the selected rows from %1</source>
        <translation>Supprimer les lignes sélectionnées de %1</translation>
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
        <translation>Page</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Repeated records</source>
        <translation>Enregistrements répétés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>Qonduit::PageWalker</name>
    <message>
        <source>Canceled after %1 pages.</source>
        <translation>Annulé après %1 pages.</translation>
    </message>
    <message>
        <source>waited %1 s after %2 (Retry-After)</source>
        <translation>attente de %1 s après %2 (Retry-After)</translation>
    </message>
    <message>
        <source>Page %1: the server asks to wait %2 s (Retry-After), longer than the %3 s Qonduit waits.</source>
        <translation>Page %1 : le serveur demande d&apos;attendre %2 s (Retry-After), plus que les %3 s qu&apos;attend Qonduit.</translation>
    </message>
    <message>
        <source>Page %1 failed: %2</source>
        <translation>La page %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Page %1 cannot be read: %2</source>
        <translation>La page %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The token &quot;%1&quot; came back on page %2: the API repeats itself, so the walk stopped there.</source>
        <translation>Le jeton « %1 » est revenu à la page %2 : l&apos;API se répète, le parcours s&apos;est donc arrêté là.</translation>
    </message>
    <message>
        <source>Page %1 points to %2, which is neither this connection&apos;s host nor on the whitelist: the walk stopped there.</source>
        <translation>La page %1 mène à %2, qui n&apos;est ni l&apos;hôte de cette connexion ni dans la liste blanche : le parcours s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>Page %1 points back to %2, already read: the walk stopped there.</source>
        <translation>La page %1 renvoie à %2, déjà lue : le parcours s&apos;est arrêté là.</translation>
    </message>
    <message>
        <source>Read %1 pages.</source>
        <translation>%1 pages lues.</translation>
    </message>
    <message>
        <source>Stopped at the page limit of %1 pages; there are more.</source>
        <translation>Arrêté à la limite de %1 pages ; il y en a d&apos;autres.</translation>
    </message>
    <message>
        <source>%1 records came again on a later page.</source>
        <translation>%1 enregistrements sont revenus sur une page ultérieure.</translation>
    </message>
</context>
<context>
    <name>Qonduit::PaginationSection</name>
    <message>
        <source>Pagination</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>Jeton suivant</translation>
    </message>
    <message>
        <source>Next URL</source>
        <translation>URL suivante</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>How the REST API returns its data page by page. Field names are the names as the source returns them; a path is slash-separated, for example root/meta/total.</source>
        <translation>Comment l&apos;API REST renvoie ses données page par page. Les noms de champs sont ceux que renvoie la source ; un chemin est séparé par des barres obliques, par exemple root/meta/total.</translation>
    </message>
    <message>
        <source>&amp;Start parameter</source>
        <translation>Paramètre de &amp;départ</translation>
    </message>
    <message>
        <source>The name of the parameter that says from which record to read.</source>
        <translation>Le nom du paramètre qui indique à partir de quel enregistrement lire.</translation>
    </message>
    <message>
        <source>Send start as a header</source>
        <translation>Envoyer le départ comme en-tête</translation>
    </message>
    <message>
        <source>Send the start value as an HTTP header instead of a query parameter.</source>
        <translation>Envoyer la valeur de départ comme en-tête HTTP plutôt que comme paramètre de requête.</translation>
    </message>
    <message>
        <source>Start &amp;value</source>
        <translation>&amp;Valeur de départ</translation>
    </message>
    <message>
        <source>The start value of the first request, a whole number.</source>
        <translation>La valeur de départ de la première requête, un nombre entier.</translation>
    </message>
    <message>
        <source>&amp;Count parameter</source>
        <translation>Paramètre de &amp;nombre</translation>
    </message>
    <message>
        <source>The name of the parameter that says how many records to read.</source>
        <translation>Le nom du paramètre qui indique combien d&apos;enregistrements lire.</translation>
    </message>
    <message>
        <source>Send count as a header</source>
        <translation>Envoyer le nombre comme en-tête</translation>
    </message>
    <message>
        <source>Send the count as an HTTP header instead of a query parameter.</source>
        <translation>Envoyer le nombre comme en-tête HTTP plutôt que comme paramètre de requête.</translation>
    </message>
    <message>
        <source>Count va&amp;lue</source>
        <translation>Va&amp;leur du nombre</translation>
    </message>
    <message>
        <source>How many records to ask for per request, a whole number.</source>
        <translation>Combien d&apos;enregistrements demander par requête, un nombre entier.</translation>
    </message>
    <message>
        <source>T&amp;otal records path</source>
        <translation>Chemin du nombre t&amp;otal d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Where the response says how many records there are; paging stops there.</source>
        <translation>Où la réponse indique combien d&apos;enregistrements il y a ; la pagination s&apos;arrête là.</translation>
    </message>
    <message>
        <source>&amp;Data path</source>
        <translation>Chemin des &amp;données</translation>
    </message>
    <message>
        <source>Where the records of a page are; paging stops at a page with none.</source>
        <translation>Où se trouvent les enregistrements d&apos;une page ; la pagination s&apos;arrête à une page qui n&apos;en a pas.</translation>
    </message>
    <message>
        <source>&amp;Page parameter</source>
        <translation>Paramètre de &amp;page</translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page number.</source>
        <translation>Le nom du paramètre qui porte le numéro de page.</translation>
    </message>
    <message>
        <source>Send page as a header</source>
        <translation>Envoyer la page comme en-tête</translation>
    </message>
    <message>
        <source>Send the page number as an HTTP header instead of a query parameter.</source>
        <translation>Envoyer le numéro de page comme en-tête HTTP plutôt que comme paramètre de requête.</translation>
    </message>
    <message>
        <source>&amp;First page</source>
        <translation>Pre&amp;mière page</translation>
    </message>
    <message>
        <source>The number of the first page, usually 0 or 1.</source>
        <translation>Le numéro de la première page, généralement 0 ou 1.</translation>
    </message>
    <message>
        <source>Page si&amp;ze parameter</source>
        <translation>Paramètre de tai&amp;lle de page</translation>
    </message>
    <message>
        <source>The name of the parameter that carries the page size.</source>
        <translation>Le nom du paramètre qui porte la taille de page.</translation>
    </message>
    <message>
        <source>Page size &amp;value</source>
        <translation>&amp;Valeur de la taille de page</translation>
    </message>
    <message>
        <source>How many records per page, a whole number.</source>
        <translation>Combien d&apos;enregistrements par page, un nombre entier.</translation>
    </message>
    <message>
        <source>T&amp;otal pages path</source>
        <translation>Chemin du nombre t&amp;otal de pages</translation>
    </message>
    <message>
        <source>Where the response says how many pages there are.</source>
        <translation>Où la réponse indique combien de pages il y a.</translation>
    </message>
    <message>
        <source>&amp;Is last page path</source>
        <translation>Chemin « &amp;Est la dernière page »</translation>
    </message>
    <message>
        <source>A field that is true on the last page.</source>
        <translation>Un champ qui vaut true sur la dernière page.</translation>
    </message>
    <message>
        <source>Token &amp;parameter</source>
        <translation>&amp;Paramètre de jeton</translation>
    </message>
    <message>
        <source>The name of the parameter that sends the token to the next request.</source>
        <translation>Le nom du paramètre qui envoie le jeton à la requête suivante.</translation>
    </message>
    <message>
        <source>Send token as a header</source>
        <translation>Envoyer le jeton comme en-tête</translation>
    </message>
    <message>
        <source>Send the token as an HTTP header instead of a query parameter.</source>
        <translation>Envoyer le jeton comme en-tête HTTP plutôt que comme paramètre de requête.</translation>
    </message>
    <message>
        <source>Token pat&amp;h</source>
        <translation>C&amp;hemin du jeton</translation>
    </message>
    <message>
        <source>Where the response carries the next token; paging stops when it is missing or empty.</source>
        <translation>Où la réponse porte le jeton suivant ; la pagination s&apos;arrête quand il manque ou est vide.</translation>
    </message>
    <message>
        <source>Read token from a header</source>
        <translation>Lire le jeton dans un en-tête</translation>
    </message>
    <message>
        <source>The token path names a response header instead of a field of the body.</source>
        <translation>Le chemin du jeton désigne un en-tête de la réponse plutôt qu&apos;un champ du corps.</translation>
    </message>
    <message>
        <source>Next &amp;URL path</source>
        <translation>Chemin de l&apos;&amp;URL suivante</translation>
    </message>
    <message>
        <source>Where the response carries the next page&apos;s URL, absolute or relative; paging stops when it is missing or empty.</source>
        <translation>Où la réponse porte l&apos;URL de la page suivante, absolue ou relative ; la pagination s&apos;arrête quand elle manque ou est vide.</translation>
    </message>
    <message>
        <source>Read next URL from a header</source>
        <translation>Lire l&apos;URL suivante dans un en-tête</translation>
    </message>
    <message>
        <source>The path names a response header, for example Link with rel=&quot;next&quot;.</source>
        <translation>Le chemin désigne un en-tête de la réponse, par exemple Link avec rel=&quot;next&quot;.</translation>
    </message>
    <message>
        <source>Only the first page is loaded.</source>
        <translation>Seule la première page est chargée.</translation>
    </message>
    <message>
        <source>Reads from a start value: each request asks for the next records after those received.</source>
        <translation>Lit à partir d&apos;une valeur de départ : chaque requête demande les enregistrements qui suivent ceux reçus.</translation>
    </message>
    <message>
        <source>Asks for page after page by number, with an optional page size.</source>
        <translation>Demande page après page par numéro, avec une taille de page facultative.</translation>
    </message>
    <message>
        <source>Each response carries a token that the next request sends back.</source>
        <translation>Chaque réponse porte un jeton que la requête suivante renvoie.</translation>
    </message>
    <message>
        <source>Each response carries the URL of the next page. It may only lead to the connection&apos;s host or to a URL in the whitelist.</source>
        <translation>Chaque réponse porte l&apos;URL de la page suivante. Elle ne peut mener qu&apos;à l&apos;hôte de la connexion ou à une URL de la liste blanche.</translation>
    </message>
    <message>
        <source>You write the loop in the load script, with WITH CONNECTION in a DO WHILE loop.</source>
        <translation>Vous écrivez la boucle dans le script de chargement, avec WITH CONNECTION dans une boucle DO WHILE.</translation>
    </message>
    <message>
        <source>Pa&amp;gination type</source>
        <translation>T&amp;ype de pagination</translation>
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
        <translation>Utiliser un &amp;proxy</translation>
    </message>
    <message>
        <source>&amp;Bypass the proxy for local addresses</source>
        <translation>&amp;Contourner le proxy pour les adresses locales</translation>
    </message>
    <message>
        <source>Use the &amp;default credentials for the proxy</source>
        <translation>Utiliser les identifiants par &amp;défaut pour le proxy</translation>
    </message>
    <message>
        <source>Send requests through a forward proxy. Qlik&apos;s REST connector needs extra configuration for proxies (see Qlik&apos;s help: How to configure proxy settings).</source>
        <translation>Envoyer les requêtes via un proxy de transfert. Le connecteur REST de Qlik demande une configuration supplémentaire pour les proxys (voir l&apos;aide de Qlik : How to configure proxy settings).</translation>
    </message>
    <message>
        <source>Proxy &amp;address</source>
        <translation>&amp;Adresse du proxy</translation>
    </message>
    <message>
        <source>The proxy&apos;s URL, with its port.</source>
        <translation>L&apos;URL du proxy, avec son port.</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word</source>
        <translation>Mot de passe du pro&amp;xy</translation>
    </message>
    <message>
        <source>For the user name in the proxy address (http://user@proxy:3128). Never written to a file or the connection string; remembered in the keychain when the connection asks for it.</source>
        <translation>Pour le nom d&apos;utilisateur de l&apos;adresse du proxy (http://user@proxy:3128). Jamais écrit dans un fichier ni dans la chaîne de connexion ; mémorisé dans le trousseau quand la connexion le demande.</translation>
    </message>
    <message>
        <source>Connect to local addresses directly, not through the proxy.</source>
        <translation>Se connecter directement aux adresses locales, sans passer par le proxy.</translation>
    </message>
    <message>
        <source>Authenticate to the proxy with the credentials of the account that runs the connector.</source>
        <translation>S&apos;authentifier auprès du proxy avec les identifiants du compte qui exécute le connecteur.</translation>
    </message>
</context>
<context>
    <name>Qonduit::PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish the connection</source>
        <translation>Publier la connexion</translation>
    </message>
    <message>
        <source>Qlik Cloud</source>
        <translation>Qlik Cloud</translation>
    </message>
    <message>
        <source>Qlik Sense Enterprise (repository)</source>
        <translation>Qlik Sense Enterprise (référentiel)</translation>
    </message>
    <message>
        <source>https://tenant.eu.qlikcloud.com</source>
        <translation>https://tenant.eu.qlikcloud.com</translation>
    </message>
    <message>
        <source>API key or OAuth token</source>
        <translation>Clé d&apos;API ou jeton OAuth</translation>
    </message>
    <message>
        <source>The space id; List fills this with the spaces the token may see</source>
        <translation>L&apos;identifiant de l&apos;espace ; Lister le remplit avec les espaces que le jeton peut voir</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lister</translation>
    </message>
    <message>
        <source>UserDirectory=INTERNAL; UserId=sa_api</source>
        <translation>UserDirectory=INTERNAL; UserId=sa_api</translation>
    </message>
    <message>
        <source>client.pfx exported from the QMC (port 4242)</source>
        <translation>client.pfx exporté depuis la QMC (port 4242)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espace :</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificat client :</translation>
    </message>
    <message>
        <source>Certificate pass&amp;word:</source>
        <translation>Mot de passe du certi&amp;ficat :</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur :</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>&amp;Nom de la connexion :</translation>
    </message>
    <message>
        <source>Dry run shows the request here, secrets masked.</source>
        <translation>L&apos;essai à blanc affiche la requête ici, secrets masqués.</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Essai à &amp;blanc</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier comme c&amp;url</translation>
    </message>
    <message>
        <source>The request is on the clipboard; secrets are shell variables.</source>
        <translation>La requête est dans le presse-papiers ; les secrets sont des variables du shell.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces.</source>
        <translation>
            <numerusform>%n espace.</numerusform>
            <numerusform>%n espaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>https://sense.example.com:4242</source>
        <translation>https://sense.example.com:4242</translation>
    </message>
    <message>
        <source>This is the request Publish sends; secrets are masked here only.</source>
        <translation>Voici la requête qu&apos;envoie Publier ; les secrets ne sont masqués qu&apos;ici.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Listing the spaces…</source>
        <translation>Liste des espaces…</translation>
    </message>
    <message>
        <source>Id: %1.</source>
        <translation>Id : %1.</translation>
    </message>
    <message>
        <source>&amp;Header user (proxy):</source>
        <translation>Utilisateur d&apos;&amp;en-tête (proxy) :</translation>
    </message>
    <message>
        <source>Publish t&amp;o:</source>
        <translation>Publier &amp;vers :</translation>
    </message>
    <message>
        <source>These are the requests Publish sends: the token connection first, then the data connection; secrets are masked here only.</source>
        <translation>Voici les requêtes qu&apos;envoie Publier : d&apos;abord la connexion du jeton, puis la connexion de données ; les secrets ne sont masqués qu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>Qonduit::Publisher</name>
    <message>
        <source>The server URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL du serveur « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>La connexion a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1 for the cloud: %2.</source>
        <translation>Impossible de lire le certificat client %1 pour le cloud : %2.</translation>
    </message>
    <message>
        <source>Qlik Cloud needs an API key or OAuth token.</source>
        <translation>Qlik Cloud a besoin d&apos;une clé d&apos;API ou d&apos;un jeton OAuth.</translation>
    </message>
    <message>
        <source>Created the data connection &quot;%1&quot;.</source>
        <translation>La connexion de données « %1 » a été créée.</translation>
    </message>
    <message>
        <source>Qlik refused the request as malformed (400): %1</source>
        <translation>Qlik a refusé la requête comme mal formée (400) : %1</translation>
    </message>
    <message>
        <source>The API key or token was not accepted (401): check that it is complete and has not expired.</source>
        <translation>La clé d&apos;API ou le jeton n&apos;a pas été accepté (401) : vérifiez qu&apos;il est complet et n&apos;a pas expiré.</translation>
    </message>
    <message>
        <source>The repository did not accept the request (401): the certificate or user header was refused, or the xrfkey check failed.</source>
        <translation>Le référentiel n&apos;a pas accepté la requête (401) : le certificat ou l&apos;en-tête utilisateur a été refusé, ou la vérification xrfkey a échoué.</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to create data connections there (403): the user needs the permission in %1.</source>
        <translation>Connecté, mais pas autorisé à y créer des connexions de données (403) : l&apos;utilisateur a besoin de l&apos;autorisation dans %1.</translation>
    </message>
    <message>
        <source>the security rules</source>
        <translation>les règles de sécurité</translation>
    </message>
    <message>
        <source>A data connection named &quot;%1&quot; exists already (409): choose another name, or change the existing one in Qlik.</source>
        <translation>Une connexion de données nommée « %1 » existe déjà (409) : choisissez un autre nom, ou modifiez celle qui existe dans Qlik.</translation>
    </message>
    <message>
        <source>Qlik limits how many requests may be sent (429): wait a moment and publish again.</source>
        <translation>Qlik limite le nombre de requêtes (429) : attendez un moment et publiez à nouveau.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Pas de réponse du serveur.</translation>
    </message>
    <message>
        <source>Qlik answered %1: %2</source>
        <translation>Qlik a répondu %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the certificate %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le certificat %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the certificate %1: the password is wrong or the file is not a PFX.</source>
        <translation>Impossible de lire le certificat %1 : le mot de passe est faux ou le fichier n&apos;est pas un PFX.</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Pas de réponse de %1 : %2</translation>
    </message>
    <message>
        <source>Created the data connections &quot;%1&quot;.</source>
        <translation>Les connexions de données « %1 » ont été créées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was created before; it stays in Qlik.</source>
        <translation>« %1 » a été créée avant ; elle reste dans Qlik.</translation>
    </message>
</context>
<context>
    <name>Qonduit::QueryParametersSection</name>
    <message>
        <source>Query parameters and headers</source>
        <translation>Paramètres de requête et en-têtes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add &amp;missing query parameters to final request</source>
        <translation>Ajouter les paramètres de requête &amp;manquants à la requête finale</translation>
    </message>
    <message>
        <source>&amp;Query parameters</source>
        <translation>Paramètres de re&amp;quête</translation>
    </message>
    <message>
        <source>Parameters added to the URL, for example filter = salary&gt;10000, or a security key. Names must be unique: for repeated names, put them in the URL or use WITH CONNECTION in the script.</source>
        <translation>Paramètres ajoutés à l&apos;URL, par exemple filter = salary&gt;10000, ou une clé de sécurité. Les noms doivent être uniques : pour des noms répétés, mettez-les dans l&apos;URL ou utilisez WITH CONNECTION dans le script.</translation>
    </message>
    <message>
        <source>Add these query parameters to every URL that lacks them: the next-page URLs of Next URL pagination, and the URLs of WITH CONNECTION statements.</source>
        <translation>Ajouter ces paramètres de requête à chaque URL qui ne les a pas : les URL de page suivante de la pagination URL suivante, et les URL des instructions WITH CONNECTION.</translation>
    </message>
    <message>
        <source>Query &amp;headers</source>
        <translation>En-tête&amp;s de requête</translation>
    </message>
    <message>
        <source>HTTP request headers, for example Accept-Language = en. An If-Modified-Since header must have the form yyyy-MM-dd-HH:mm:ssZ.</source>
        <translation>En-têtes de requête HTTP, par exemple Accept-Language = fr. Un en-tête If-Modified-Since doit avoir la forme yyyy-MM-dd-HH:mm:ssZ.</translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestEngine</name>
    <message>
        <source>The server&apos;s certificate is self-signed and not trusted. Turn on &quot;Skip server certificate validation&quot; if you trust this server.</source>
        <translation>Le certificat du serveur est auto-signé et n&apos;est pas approuvé. Activez « Ignorer la validation du certificat du serveur » si vous faites confiance à ce serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Le certificat du serveur a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than %1.</source>
        <translation>Le certificat du serveur est pour un autre nom d&apos;hôte que %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is issued by an authority this system does not trust.</source>
        <translation>Le certificat du serveur est émis par une autorité à laquelle ce système ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid: %1.</source>
        <translation>Le certificat du serveur n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <source>&quot;Current Windows User&quot; signs in with the Windows account that runs the connector: it works only on Windows. Choose another authentication schema to test here.</source>
        <translation>« Utilisateur Windows actuel » se connecte avec le compte Windows qui exécute le connecteur : cela ne fonctionne que sous Windows. Choisissez un autre schéma d&apos;authentification pour tester ici.</translation>
    </message>
    <message>
        <source>Installed certificates come from the Windows certificate store, which Qonduit cannot read here. Export the certificate to a PFX file and choose &quot;From file&quot; to test it.</source>
        <translation>Les certificats installés viennent du magasin de certificats Windows, que Qonduit ne peut pas lire ici. Exportez le certificat dans un fichier PFX et choisissez « Depuis un fichier » pour le tester.</translation>
    </message>
    <message>
        <source>Cannot open the PFX file %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le fichier PFX %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the client certificate from %1: the PFX password is wrong, or the file uses the old RC2/3DES encryption that OpenSSL 3 no longer reads by default. Re-export it with &quot;openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx&quot;.</source>
        <translation>Impossible de lire le certificat client depuis %1 : le mot de passe PFX est faux, ou le fichier utilise l&apos;ancien chiffrement RC2/3DES qu&apos;OpenSSL 3 ne lit plus par défaut. Réexportez-le avec « openssl pkcs12 -legacy -in old.pfx -nodes | openssl pkcs12 -export -out new.pfx ».</translation>
    </message>
    <message>
        <source>Credentials were not sent to %1: it is not the connection&apos;s host nor a trusted location.</source>
        <translation>Les identifiants n&apos;ont pas été envoyés à %1 : ce n&apos;est ni l&apos;hôte de la connexion ni un emplacement approuvé.</translation>
    </message>
    <message>
        <source>The server redirects in a loop.</source>
        <translation>Le serveur redirige en boucle.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Le serveur a redirigé plus de %1 fois.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not https, and &quot;Allow HTTPS only&quot; is on.</source>
        <translation>Le serveur a redirigé vers %1, qui n&apos;est pas en https, et « Autoriser HTTPS uniquement » est activé.</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is neither the connection&apos;s host nor in the whitelist for redirects.</source>
        <translation>Le serveur a redirigé vers %1, qui n&apos;est ni l&apos;hôte de la connexion ni dans la liste blanche pour les redirections.</translation>
    </message>
    <message>
        <source>The test was canceled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s, the connection&apos;s timeout.</source>
        <translation>Pas de réponse complète en %1 s, le délai de la connexion.</translation>
    </message>
    <message>
        <source>Nothing answers at %1: the connection was refused.</source>
        <translation>Rien ne répond à %1 : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>L&apos;hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server closed the TLS connection without answering: it may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation>Le serveur a fermé la connexion TLS sans répondre : il exige peut-être un certificat client (choisissez « Depuis un fichier » sous Utiliser un certificat).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server may require a client certificate (choose &quot;From file&quot; under Use certificate).</source>
        <translation>La négociation TLS a échoué : le serveur exige peut-être un certificat client (choisissez « Depuis un fichier » sous Utiliser un certificat).</translation>
    </message>
    <message>
        <source>The TLS handshake failed: the server did not accept the client certificate.</source>
        <translation>La négociation TLS a échoué : le serveur n&apos;a pas accepté le certificat client.</translation>
    </message>
    <message>
        <source>The request failed: %1.</source>
        <translation>La requête a échoué : %1.</translation>
    </message>
    <message>
        <source>The server closed the connection before the whole response arrived (%1 of %2 bytes).</source>
        <translation>Le serveur a fermé la connexion avant que toute la réponse arrive (%1 sur %2 octets).</translation>
    </message>
    <message>
        <source> It offers: %1.</source>
        <translation> Il propose : %1.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted (401).</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté (401).</translation>
    </message>
    <message>
        <source>The server asks for credentials (401).</source>
        <translation>Le serveur demande des identifiants (401).</translation>
    </message>
    <message>
        <source>Access is forbidden (403): the server will not show this resource to these credentials.</source>
        <translation>Accès interdit (403) : le serveur ne montre pas cette ressource avec ces identifiants.</translation>
    </message>
    <message>
        <source>Not found (404): the server has nothing at %1.</source>
        <translation>Introuvable (404) : le serveur n&apos;a rien à %1.</translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to slow down.</source>
        <translation>Trop de requêtes (429) : le serveur demande de ralentir.</translation>
    </message>
    <message>
        <source>Too many requests (429): the server asks to wait %1 s (Retry-After).</source>
        <translation>Trop de requêtes (429) : le serveur demande d&apos;attendre %1 s (Retry-After).</translation>
    </message>
    <message>
        <source>The server failed (%1 %2); the problem is on its side.</source>
        <translation>Le serveur a échoué (%1 %2) ; le problème est de son côté.</translation>
    </message>
    <message>
        <source>The server refused the request (%1 %2).</source>
        <translation>Le serveur a refusé la requête (%1 %2).</translation>
    </message>
    <message>
        <source>Connected: %1 %2, %3, %4 in %5 ms.</source>
        <translation>Connecté : %1 %2, %3, %4 en %5 ms.</translation>
    </message>
    <message>
        <source>The %1 header was not sent to %2: it is not the connection&apos;s host nor a trusted location.</source>
        <translation>L&apos;en-tête %1 n&apos;a pas été envoyé à %2 : ce n&apos;est ni l&apos;hôte de la connexion ni un emplacement approuvé.</translation>
    </message>
    <message>
        <source>The answer stopped: no bytes came for %1 s, the connection&apos;s read/write timeout, after %2 had arrived.</source>
        <translation>La réponse s&apos;est arrêtée : aucun octet pendant %1 s, le délai de lecture/écriture de la connexion, après l&apos;arrivée de %2.</translation>
    </message>
    <message>
        <source>No answer came within %1 s, the connection&apos;s read/write timeout.</source>
        <translation>Aucune réponse dans les %1 s du délai de lecture/écriture de la connexion.</translation>
    </message>
    <message>
        <source>Attempt %1 answered %2 %3; tried again after %4 s.</source>
        <translation>La tentative %1 a répondu %2 %3 ; nouvel essai après %4 s.</translation>
    </message>
    <message>
        <source>The proxy refused the request (407): it did not accept the proxy&apos;s user name and password.</source>
        <translation>Le proxy a refusé la requête (407) : il n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe du proxy.</translation>
    </message>
    <message>
        <source>The proxy refused the request (407): it wants a user name and password (in the Proxy section; the password is kept apart from the address).</source>
        <translation>Le proxy a refusé la requête (407) : il demande un nom d&apos;utilisateur et un mot de passe (dans la section Proxy ; le mot de passe est gardé à part de l&apos;adresse).</translation>
    </message>
    <message>
        <source> The server answered without asking for credentials (no 401), so none were sent. If it expects them on the first request, add the query header Authorization: Basic made from the user name and password; Qlik&apos;s connector sends a query header with every request.</source>
        <translation> Le serveur a répondu sans demander d&apos;identifiants (pas de 401), aucun n&apos;a donc été envoyé. S&apos;il les attend dès la première requête, ajoutez l&apos;en-tête de requête Authorization: Basic fait du nom d&apos;utilisateur et du mot de passe ; le connecteur de Qlik envoie un en-tête de requête avec chaque requête.</translation>
    </message>
    <message>
        <source>The response is larger than %1 and cannot be kept: no temporary file can be made (%2).</source>
        <translation>La réponse dépasse %1 et ne peut pas être conservée : impossible de créer un fichier temporaire (%2).</translation>
    </message>
    <message>
        <source>No token, so no data request: %1</source>
        <translation>Pas de jeton, donc pas de requête de données : %1</translation>
    </message>
    <message>
        <source>The server refused the token (401): fetched a new one.</source>
        <translation>Le serveur a refusé le jeton (401) : un nouveau a été obtenu.</translation>
    </message>
</context>
<context>
    <name>Qonduit::RequestSection</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Send &amp;keep-alive</source>
        <translation>Envoyer &amp;keep-alive</translation>
    </message>
    <message>
        <source>Add &apos;E&amp;xpect: 100-continue&apos; header</source>
        <translation>Ajouter l&apos;en-tête &apos;E&amp;xpect: 100-continue&apos;</translation>
    </message>
    <message>
        <source>A&amp;uto detect response type</source>
        <translation>Détecter a&amp;utomatiquement le type de réponse</translation>
    </message>
    <message>
        <source>C&amp;heck response type during &apos;Test connection&apos;</source>
        <translation>&amp;Vérifier le type de réponse pendant « Tester la connexion »</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>The URL of the resource requested from the REST service. It must start with http:// or https:// and can include query parameters.</source>
        <translation>L&apos;URL de la ressource demandée au service REST. Elle doit commencer par http:// ou https:// et peut contenir des paramètres de requête.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The time limit in seconds for the connection to be completed. If the request takes longer, an error message is shown.</source>
        <translation>Le délai en secondes pour que la connexion aboutisse. Si la requête dure plus longtemps, un message d&apos;erreur s&apos;affiche.</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Méthode</translation>
    </message>
    <message>
        <source>GET retrieves information from the resource and does not change the state of the server. POST creates a new entry in the resource, specified in the request body.</source>
        <translation>GET obtient des informations de la ressource et ne change pas l&apos;état du serveur. POST crée une nouvelle entrée dans la ressource, décrite dans le corps de la requête.</translation>
    </message>
    <message>
        <source>Request &amp;body</source>
        <translation>&amp;Corps de la requête</translation>
    </message>
    <message>
        <source>The data posted to the resource with the POST method. It is sent without any transformation: to send x-www-form-urlencoded data, encode it yourself.</source>
        <translation>Les données envoyées à la ressource avec la méthode POST. Elles sont envoyées sans transformation : pour envoyer des données x-www-form-urlencoded, encodez-les vous-même.</translation>
    </message>
    <message>
        <source>Body &amp;encoding</source>
        <translation>&amp;Encodage du corps</translation>
    </message>
    <message>
        <source>The character encoding of the request body.</source>
        <translation>L&apos;encodage des caractères du corps de la requête.</translation>
    </message>
    <message>
        <source>HTTP &amp;protocol</source>
        <translation>&amp;Protocole HTTP</translation>
    </message>
    <message>
        <source>Version 1.1 is the default: the newest version, with persistent connections. Choose 1.0 if the server requires it, and then whether to send keep-alive messages.</source>
        <translation>La version 1.1 est la valeur par défaut : la plus récente, avec des connexions persistantes. Choisissez 1.0 si le serveur l&apos;exige, puis s&apos;il faut envoyer des messages keep-alive.</translation>
    </message>
    <message>
        <source>With HTTP 1.0, ask the server to keep the connection open between requests.</source>
        <translation>Avec HTTP 1.0, demander au serveur de garder la connexion ouverte entre les requêtes.</translation>
    </message>
    <message>
        <source>For servers that answer 100 (Continue): the request carries Expect: 100-continue instead of the body, which is sent after the server&apos;s 100 response.</source>
        <translation>Pour les serveurs qui répondent 100 (Continue) : la requête porte Expect: 100-continue au lieu du corps, envoyé après la réponse 100 du serveur.</translation>
    </message>
    <message>
        <source>Detect the data format when the connection is made, so that data selection opens with the fields of the source&apos;s format. Otherwise choose the format there.</source>
        <translation>Détecter le format des données à la connexion, pour que la sélection des données s&apos;ouvre avec les champs du format de la source. Sinon, choisissez le format là-bas.</translation>
    </message>
    <message>
        <source>Test connection also checks that the correct data format (JSON, CSV or XML) is returned.</source>
        <translation>Tester la connexion vérifie aussi que le bon format de données (JSON, CSV ou XML) est renvoyé.</translation>
    </message>
    <message>
        <source>Sequence ID</source>
        <translation>ID de séquence</translation>
    </message>
    <message>
        <source>Current record</source>
        <translation>Enregistrement actuel</translation>
    </message>
    <message>
        <source>Fully qualified record</source>
        <translation>Enregistrement entièrement qualifié</translation>
    </message>
    <message>
        <source>No keys</source>
        <translation>Pas de clés</translation>
    </message>
    <message>
        <source>&amp;Key generation strategy</source>
        <translation>Stratégie de génération de &amp;clés</translation>
    </message>
    <message>
        <source>The connector generates ID fields to serve as primary and foreign keys, so that parent and child records of JSON and XML data are associated. The strategy says how.</source>
        <translation>Le connecteur génère des champs ID qui servent de clés primaires et étrangères, afin d&apos;associer les enregistrements parents et enfants des données JSON et XML. La stratégie dit comment.</translation>
    </message>
    <message>
        <source>Sequence ID: generates an ID for each child of a parent record. Simple and efficient, but the order of fields must be the same in every record.</source>
        <translation>ID de séquence : génère un ID pour chaque enfant d&apos;un enregistrement parent. Simple et efficace, mais l&apos;ordre des champs doit être le même dans chaque enregistrement.</translation>
    </message>
    <message>
        <source>Current record: a hash of all the values of the current record is its primary key; a hash of all the values of the direct parent is the foreign key.</source>
        <translation>Enregistrement actuel : un hachage de toutes les valeurs de l&apos;enregistrement actuel est sa clé primaire ; un hachage de toutes les valeurs du parent direct est la clé étrangère.</translation>
    </message>
    <message>
        <source>Fully qualified record: the key is a hash of all the parent values.</source>
        <translation>Enregistrement entièrement qualifié : la clé est un hachage de toutes les valeurs parentes.</translation>
    </message>
    <message>
        <source>No keys: keys for parent-child relationships are not shown when you select data, but they are still used in the SELECT statements.</source>
        <translation>Pas de clés : les clés des relations parent-enfant ne sont pas affichées lors de la sélection des données, mais elles sont tout de même utilisées dans les instructions SELECT.</translation>
    </message>
    <message>
        <source>Retr&amp;y failed request</source>
        <translation>Réess&amp;ayer la requête en échec</translation>
    </message>
    <message>
        <source>Rea&amp;d/write timeout</source>
        <translation>Délai de &amp;lecture/écriture</translation>
    </message>
    <message>
        <source>The longest wait in seconds for the next bytes of the answer (or of the request being sent). A server that stops in the middle of an answer fails after this time.</source>
        <translation>L&apos;attente la plus longue, en secondes, des octets suivants de la réponse (ou de la requête envoyée). Un serveur qui s&apos;arrête au milieu d&apos;une réponse échoue après ce délai.</translation>
    </message>
    <message numerus="yes">
        <source>Send a request again when the server answers with one of the retry codes, up to %n more times, waiting a little longer each time (or as long as the server&apos;s Retry-After asks).</source>
        <translation>
            <numerusform>Renvoyer une requête quand le serveur répond par l&apos;un des codes de nouvel essai, jusqu&apos;à %n fois de plus, en attendant un peu plus chaque fois (ou aussi longtemps que le demande le Retry-After du serveur).</numerusform>
            <numerusform>Renvoyer une requête quand le serveur répond par l&apos;un des codes de nouvel essai, jusqu&apos;à %n fois de plus, en attendant un peu plus chaque fois (ou aussi longtemps que le demande le Retry-After du serveur).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry c&amp;odes</source>
        <translation>Codes de nouvel e&amp;ssai</translation>
    </message>
    <message>
        <source>The HTTP status codes, joined by commas, on which a failed request is sent again.</source>
        <translation>Les codes d&apos;état HTTP, séparés par des virgules, pour lesquels une requête en échec est renvoyée.</translation>
    </message>
    <message>
        <source>Time&amp;out</source>
        <translation>&amp;Délai</translation>
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
        <translation>Inclure les &amp;secrets</translation>
    </message>
    <message>
        <source>Connect statement</source>
        <translation>Instruction de connexion</translation>
    </message>
    <message>
        <source>Qlik Sense: LIB CONNECT</source>
        <translation>Qlik Sense : LIB CONNECT</translation>
    </message>
    <message>
        <source>QlikView: CUSTOM CONNECT</source>
        <translation>QlikView : CUSTOM CONNECT</translation>
    </message>
    <message>
        <source>Data connection name</source>
        <translation>Nom de la connexion de données</translation>
    </message>
    <message>
        <source>Carry the URL, query parameters, headers and body in the script, to change them at load time (Qlik Cloud: the connection must allow it)</source>
        <translation>Porter l&apos;URL, les paramètres de requête, les en-têtes et le corps dans le script, pour les modifier au chargement (Qlik Cloud : la connexion doit le permettre)</translation>
    </message>
    <message>
        <source>Write secret header values into the script instead of $(variables) set by LET</source>
        <translation>Écrire les valeurs des en-têtes secrets dans le script au lieu de $(variables) définies par LET</translation>
    </message>
    <message>
        <source>Pagination loop</source>
        <translation>Boucle de pagination</translation>
    </message>
    <message>
        <source>No loop</source>
        <translation>Pas de boucle</translation>
    </message>
    <message>
        <source>Offset loop</source>
        <translation>Boucle par décalage</translation>
    </message>
    <message>
        <source>Next token loop</source>
        <translation>Boucle Jeton suivant</translation>
    </message>
    <message>
        <source>Next URL loop</source>
        <translation>Boucle URL suivante</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>paramètre de requête</translation>
    </message>
    <message>
        <source>Loop query parameter</source>
        <translation>Paramètre de requête de la boucle</translation>
    </message>
    <message>
        <source>Field with the next token, URL or the records</source>
        <translation>Champ avec le jeton suivant, l&apos;URL ou les enregistrements</translation>
    </message>
    <message>
        <source>page size </source>
        <translation>taille de page </translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Copier le script</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>Le script est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Sa&amp;ve as .qvs…</source>
        <translation>Enregistrer en .&amp;qvs…</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Enregistrer le script</translation>
    </message>
    <message>
        <source>Qlik script (*.qvs)</source>
        <translation>Script Qlik (*.qvs)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier comme c&amp;url</translation>
    </message>
    <message>
        <source>The request is on the clipboard as a curl command.</source>
        <translation>La requête est dans le presse-papiers sous forme de commande curl.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Create this connection in Qlik Cloud or Qlik Sense Enterprise</source>
        <translation>Créer cette connexion dans Qlik Cloud ou Qlik Sense Enterprise</translation>
    </message>
    <message>
        <source>records in %1</source>
        <translation>enregistrements dans %1</translation>
    </message>
    <message>
        <source>LIB CONNECT needs the name the connection has in Qlik: type it above.</source>
        <translation>LIB CONNECT a besoin du nom de la connexion dans Qlik : saisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Pu&amp;blier…</translation>
    </message>
    <message>
        <source>← Select d&amp;ata</source>
        <translation>← Sé&amp;lectionner les données</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the text</source>
        <translation>Afficher ou masquer le texte</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecretStore</name>
    <message>
        <source>No secret is stored under %1.</source>
        <translation>Aucun secret n&apos;est enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Qonduit::SecuritySection</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Allow &amp;HTTPS only</source>
        <translation>Autoriser &amp;HTTPS uniquement</translation>
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
        <translation>Permettre de charger les en-têtes HTTP de la réponse comme données. Désactivé par défaut depuis le connecteur 1.2.</translation>
    </message>
    <message>
        <source>Every URL must use HTTPS: the connection&apos;s URL and every URL in the whitelist and the trusted locations.</source>
        <translation>Chaque URL doit utiliser HTTPS : l&apos;URL de la connexion et chaque URL de la liste blanche et des emplacements approuvés.</translation>
    </message>
    <message>
        <source>&amp;Whitelist for redirects</source>
        <translation>&amp;Liste blanche pour les redirections</translation>
    </message>
    <message>
        <source>The only URLs to which responses can redirect for paged data: a URL as the value, an alias as the name. Aliases must be unique.</source>
        <translation>Les seules URL vers lesquelles les réponses peuvent rediriger pour les données paginées : une URL comme valeur, un alias comme nom. Les alias doivent être uniques.</translation>
    </message>
    <message>
        <source>Allow response &amp;headers</source>
        <translation>Autoriser les en-têtes de ré&amp;ponse</translation>
    </message>
</context>
<context>
    <name>Qonduit::SelectDataPage</name>
    <message>
        <source>Filter tables</source>
        <translation>Filtrer les tables</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Filtrer les champs</translation>
    </message>
    <message>
        <source>Tick the fields to load; double-click or press F2 on a name to rename it</source>
        <translation>Cochez les champs à charger ; double-cliquez ou appuyez sur F2 sur un nom pour le renommer</translation>
    </message>
    <message>
        <source>Data &amp;preview</source>
        <translation>&amp;Aperçu des données</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>&amp;Métadonnées</translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation>Pa&amp;ges</translation>
    </message>
    <message>
        <source>Page %1 read…</source>
        <translation>Page %1 lue…</translation>
    </message>
    <message>
        <source>Test the connection to see its data here.</source>
        <translation>Testez la connexion pour voir ses données ici.</translation>
    </message>
    <message>
        <source>← &amp;Connection</source>
        <translation>← &amp;Connexion</translation>
    </message>
    <message>
        <source>Back to the connection form (Alt+C)</source>
        <translation>Retour au formulaire de connexion (Alt+C)</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>Auto detect</source>
        <translation>Détection automatique</translation>
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
        <translation>Délimiteur</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>Caractère de guillemet</translation>
    </message>
    <message>
        <source>Double quote &quot;</source>
        <translation>Guillemet double &quot;</translation>
    </message>
    <message>
        <source>Single quote &apos;</source>
        <translation>Guillemet simple &apos;</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Ligne d&apos;&amp;en-tête</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Detect (UTF-8, UTF-16 with BOM)</source>
        <translation>Détecter (UTF-8, UTF-16 avec BOM)</translation>
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
        <translation>Relire la même réponse avec ces réglages ; rien n&apos;est téléchargé</translation>
    </message>
    <message>
        <source>Walk every page as the pagination settings say, into one set of tables</source>
        <translation>Parcourir chaque page comme le disent les réglages de pagination, dans un seul ensemble de tables</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <source>Page limit</source>
        <translation>Limite de pages</translation>
    </message>
    <message>
        <source>Stop after this many pages (0: no limit)</source>
        <translation>S&apos;arrêter après ce nombre de pages (0 : sans limite)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Script →</source>
        <translation>&amp;Script →</translation>
    </message>
    <message>
        <source>The CONNECT, SELECT and LOAD script for what is ticked</source>
        <translation>Le script CONNECT, SELECT et LOAD pour ce qui est coché</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>Renommer en %1</translation>
    </message>
    <message>
        <source>The connection has no pagination that Qonduit can walk</source>
        <translation>La connexion n&apos;a pas de pagination que Qonduit sache parcourir</translation>
    </message>
    <message>
        <source>Reading %1 bytes…</source>
        <translation>Lecture de %1 octets…</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Lecture des pages…</translation>
    </message>
    <message>
        <source>Canceled: the tables show what was read before.</source>
        <translation>Annulé : les tables montrent ce qui a été lu avant.</translation>
    </message>
    <message>
        <source>Reading… %1 of %2 bytes</source>
        <translation>Lecture… %1 sur %2 octets</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln tables, %2 rows.</source>
        <translation>
            <numerusform>%1 : %Ln table, %2 lignes.</numerusform>
            <numerusform>%1 : %Ln tables, %2 lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s.</source>
        <translation>%1 pages/s.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; : %2</translation>
    </message>
    <message>
        <source>Rows linked to this row by its key %1 — %2</source>
        <translation>Lignes reliées à cette ligne par sa clé %1 — %2</translation>
    </message>
    <message>
        <source>Table %1
Path in the response: %2
Rows: %3
Parent: %4
</source>
        <translation>Table %1
Chemin dans la réponse : %2
Lignes : %3
Parent : %4
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Child tables: %1
</source>
        <translation>Tables enfants : %1
</translation>
    </message>
    <message>
        <source>Rows kept for the preview: %1

</source>
        <translation>Lignes gardées pour l&apos;aperçu : %1

</translation>
    </message>
    <message>
        <source>%1	%2	filled %3 of %4, null %5	from &quot;%6&quot;
</source>
        <translation>%1	%2	rempli %3 sur %4, null %5	depuis « %6 »
</translation>
    </message>
    <message>
        <source>Pre&amp;view all pages</source>
        <translation>Aperçu de &amp;toutes les pages</translation>
    </message>
    <message>
        <source>Fie&amp;lds</source>
        <translation>C&amp;hamps</translation>
    </message>
    <message>
        <source>Response &amp;type:</source>
        <translation>Type de &amp;réponse :</translation>
    </message>
    <message>
        <source>&amp;Re-parse</source>
        <translation>Réana&amp;lyser</translation>
    </message>
</context>
<context>
    <name>Qonduit::TableTreeModel</name>
    <message numerus="yes">
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1 : %Ln ligne</numerusform>
            <numerusform>%1 : %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>%1: named %2 because a table above it or before it is called &quot;%3&quot; too</source>
        <translation>%1 : nommée %2 parce qu&apos;une table au-dessus ou avant elle s&apos;appelle aussi « %3 »</translation>
    </message>
</context>
<context>
    <name>Qonduit::TestResultView</name>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Press Test connection to send the request this connection describes.</source>
        <translation>Appuyez sur Tester la connexion pour envoyer la requête que décrit cette connexion.</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Progression du test</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Testing %1 ...</source>
        <translation>Test de %1 ...</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation>Statut : %1 %2</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL : %1</translation>
    </message>
    <message>
        <source>Redirected to: %1</source>
        <translation>Redirigé vers : %1</translation>
    </message>
    <message>
        <source>Size: %1, type %2</source>
        <translation>Taille : %1, type %2</translation>
    </message>
    <message>
        <source>Time: %1 ms to the first byte, %2 ms in all</source>
        <translation>Durée : %1 ms jusqu&apos;au premier octet, %2 ms en tout</translation>
    </message>
    <message>
        <source>TLS: %1; certificate %2, issued by %3, valid until %4</source>
        <translation>TLS : %1 ; certificat %2, émis par %3, valable jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Retried: %1</source>
        <translation>Réessayé : %1</translation>
    </message>
    <message>
        <source>Adds the header to the query headers, made from the user name and password: a secret header, kept out of files and sent only to the connection&apos;s host</source>
        <translation>Ajoute l&apos;en-tête, fait du nom d&apos;utilisateur et du mot de passe, aux en-têtes de requête : un en-tête secret, gardé hors des fichiers et envoyé seulement à l&apos;hôte de la connexion</translation>
    </message>
    <message>
        <source>Add the query header %1</source>
        <translation>Ajouter l&apos;en-tête de requête %1</translation>
    </message>
</context>
<context>
    <name>Qonduit::TrustedLocationsSection</name>
    <message>
        <source>Trusted locations</source>
        <translation>Emplacements approuvés</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>URL with port</source>
        <translation>URL avec port</translation>
    </message>
    <message>
        <source>The only hosts to which the user credentials can be sent: a URL with a port number as the value, an alias for the host as the name. Aliases must be unique.</source>
        <translation>Les seuls hôtes auxquels les identifiants de l&apos;utilisateur peuvent être envoyés : une URL avec un numéro de port comme valeur, un alias de l&apos;hôte comme nom. Les alias doivent être uniques.</translation>
    </message>
    <message>
        <source>Trusted &amp;locations</source>
        <translation>Emplacements &amp;approuvés</translation>
    </message>
</context>
<context>
    <name>Qonduit::VariablesSection</name>
    <message>
        <source>Variables (Qonduit)</source>
        <translation>Variables (Qonduit)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Test value</source>
        <translation>Valeur de test</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secrète</translation>
    </message>
    <message>
        <source>Show the test values of secret variables</source>
        <translation>Afficher les valeurs de test des variables secrètes</translation>
    </message>
    <message>
        <source>Show secret test values</source>
        <translation>Afficher les valeurs de test secrètes</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>Qlik variables written as $(vName) in the URL, query parameters, headers or body. Qlik sets them in the script (LET) and expands them in WITH CONNECTION; Test connection sends the test value instead. A secret one is kept in the keychain, never in a file or a script.</source>
        <translation>Variables Qlik écrites $(vName) dans l&apos;URL, les paramètres de requête, les en-têtes ou le corps. Qlik les définit dans le script (LET) et les développe dans WITH CONNECTION ; « Tester la connexion » envoie la valeur de test à la place. Une variable secrète est gardée dans le trousseau, jamais dans un fichier ni un script.</translation>
    </message>
</context>
<context>
    <name>RequestPlan</name>
    <message>
        <source>The URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>L&apos;URL doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>&quot;Allow HTTPS only&quot; is on and the URL is not https: nothing was sent.</source>
        <translation>« Autoriser HTTPS uniquement » est activé et l&apos;URL n&apos;est pas en https : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The body encoding &quot;%1&quot; is not one Qonduit knows.</source>
        <translation>Qonduit ne connaît pas l&apos;encodage de corps « %1 ».</translation>
    </message>
    <message>
        <source>Qonduit cannot send HTTP/1.0 (Qt speaks 1.1 only): the test used HTTP/1.1. The connection keeps HTTP 1.0 for Qlik.</source>
        <translation>Qonduit ne peut pas envoyer en HTTP/1.0 (Qt ne parle que 1.1) : le test a utilisé HTTP/1.1. La connexion garde HTTP 1.0 pour Qlik.</translation>
    </message>
    <message>
        <source>Retry codes are HTTP statuses from 100 to 599 joined by commas; &quot;%1&quot; is not one.</source>
        <translation>Les codes de nouvel essai sont des états HTTP de 100 à 599 séparés par des virgules ; « %1 » n&apos;en est pas un.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The response is empty: there is no JSON to read.</source>
        <translation>La réponse est vide : il n&apos;y a pas de JSON à lire.</translation>
    </message>
    <message>
        <source>The JSON ends early: the response was cut off (%1).</source>
        <translation>Le JSON s&apos;arrête trop tôt : la réponse a été coupée (%1).</translation>
    </message>
    <message>
        <source>Invalid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>The XML ends early: the response was cut off.</source>
        <translation>Le XML s&apos;arrête trop tôt : la réponse a été coupée.</translation>
    </message>
    <message>
        <source>The response is empty: there is no XML to read.</source>
        <translation>La réponse est vide : il n&apos;y a pas de XML à lire.</translation>
    </message>
    <message>
        <source>Invalid XML: %1</source>
        <translation>XML non valide : %1</translation>
    </message>
    <message>
        <source>Invalid CSV: a quoted cell is never closed.</source>
        <translation>CSV non valide : une cellule entre guillemets n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>The response is empty: there is no CSV to read.</source>
        <translation>La réponse est vide : il n&apos;y a pas de CSV à lire.</translation>
    </message>
    <message>
        <source>The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may contain; the tables show what came before it.</source>
        <translation>La réponse contient un octet NUL (un octet zéro) à l&apos;octet %1, qu&apos;aucun texte JSON, XML ou CSV ne peut contenir ; les tables montrent ce qui le précède.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) too big for a double (such as %1) were kept as text.</source>
        <translation>
            <numerusform>%n nombre trop grand pour un double (comme %1) a été gardé comme texte.</numerusform>
            <numerusform>%n nombres trop grands pour un double (comme %1) ont été gardés comme texte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseType</name>
    <message>
        <source>The response says it is JSON but is not valid JSON: %1 at byte %2.</source>
        <translation>La réponse se dit JSON mais n&apos;est pas du JSON valide : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The response is not valid XML: %1 at line %2, column %3.</source>
        <translation>La réponse n&apos;est pas du XML valide : %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>The response is neither JSON, XML nor CSV (Content-Type %1).</source>
        <translation>La réponse n&apos;est ni du JSON, ni du XML, ni du CSV (Content-Type %1).</translation>
    </message>
    <message>
        <source>The response is newline-delimited JSON (one JSON value per line, as streaming APIs send it), which Qlik&apos;s REST connector does not read either: ask the API for a JSON array instead.</source>
        <translation>La réponse est du JSON délimité par des sauts de ligne (une valeur JSON par ligne, comme l&apos;envoient les API de streaming), que le connecteur REST de Qlik ne lit pas non plus : demandez plutôt un tableau JSON à l&apos;API.</translation>
    </message>
    <message>
        <source>The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may contain.</source>
        <translation>La réponse contient un octet NUL (un octet zéro) à l&apos;octet %1, qu&apos;aucun texte JSON, XML ou CSV ne peut contenir.</translation>
    </message>
</context>
<context>
    <name>SchemaBuilder</name>
    <message>
        <source>The response makes more than %1 tables; Qonduit stops there, since this is not data Qlik can load as tables.</source>
        <translation>La réponse donne plus de %1 tables ; Qonduit s&apos;arrête là, car ce ne sont pas des données que Qlik peut charger en tables.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has more than %2 fields; Qonduit stops there, since this is not data Qlik can load as a table.</source>
        <translation>La table « %1 » a plus de %2 champs ; Qonduit s&apos;arrête là, car ce ne sont pas des données que Qlik peut charger en table.</translation>
    </message>
    <message>
        <source>The response nests deeper than %1 levels; Qonduit stops there.</source>
        <translation>La réponse est imbriquée sur plus de %1 niveaux ; Qonduit s&apos;arrête là.</translation>
    </message>
    <message>
        <source>%1 values were left out because their name repeats within one record; the first value of each name counts.</source>
        <translation>%1 valeurs ont été laissées de côté parce que leur nom se répète dans un même enregistrement ; la première valeur de chaque nom compte.</translation>
    </message>
    <message>
        <source>Cannot read the response file %1: %2.</source>
        <translation>Impossible de lire le fichier de réponse %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot map the response file %1: %2.</source>
        <translation>Impossible de projeter en mémoire le fichier de réponse %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>no table &quot;%1&quot; in the response</source>
        <translation>pas de table « %1 » dans la réponse</translation>
    </message>
    <message>
        <source>no field &quot;%1&quot; in table %2</source>
        <translation>pas de champ « %1 » dans la table %2</translation>
    </message>
    <message>
        <source>%1 and %2 are both loaded as &quot;%3&quot;: Qlik would link the tables by that name.</source>
        <translation>%1 et %2 sont tous deux chargés sous le nom « %3 » : Qlik relierait les tables par ce nom.</translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>The token endpoint did not accept the client (invalid_client): check the client id and secret, and whether it wants them as Basic or in the body.</source>
        <translation>Le point de terminaison du jeton n&apos;a pas accepté le client (invalid_client) : vérifiez l&apos;identifiant et le secret du client, et s&apos;il les attend en Basic ou dans le corps.</translation>
    </message>
    <message>
        <source>The token endpoint refused the grant (invalid_grant): the user name and password, or the refresh token, are wrong or have expired.</source>
        <translation>Le point de terminaison du jeton a refusé l&apos;autorisation (invalid_grant) : le nom d&apos;utilisateur et le mot de passe, ou le jeton de rafraîchissement, sont faux ou ont expiré.</translation>
    </message>
    <message>
        <source>The token endpoint does not offer this grant type (unsupported_grant_type).</source>
        <translation>Le point de terminaison du jeton ne propose pas ce type d&apos;autorisation (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>The token endpoint refused the scope (invalid_scope).</source>
        <translation>Le point de terminaison du jeton a refusé la portée (invalid_scope).</translation>
    </message>
    <message>
        <source>The token endpoint refused the credentials (%1).</source>
        <translation>Le point de terminaison du jeton a refusé les identifiants (%1).</translation>
    </message>
    <message>
        <source>The token endpoint answered %1%2.</source>
        <translation>Le point de terminaison du jeton a répondu %1%2.</translation>
    </message>
    <message>
        <source>The token endpoint answered %1%2: %3</source>
        <translation>Le point de terminaison du jeton a répondu %1%2 : %3</translation>
    </message>
    <message>
        <source>Enter the URL the token comes from.</source>
        <translation>Saisissez l&apos;URL d&apos;où vient le jeton.</translation>
    </message>
    <message>
        <source>The token URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>L&apos;URL du jeton « %1 » n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>The token answer is not a JSON object: %1.</source>
        <translation>La réponse du jeton n&apos;est pas un objet JSON : %1.</translation>
    </message>
    <message>
        <source>it is an array or a value</source>
        <translation>c&apos;est un tableau ou une valeur</translation>
    </message>
    <message>
        <source>Enter where the answer holds the token, such as access_token.</source>
        <translation>Indiquez où la réponse contient le jeton, par exemple access_token.</translation>
    </message>
    <message>
        <source>The answer has no token at %1; its fields are %2.</source>
        <translation>La réponse n&apos;a pas de jeton à %1 ; ses champs sont %2.</translation>
    </message>
    <message>
        <source>No answer from the token URL %1: %2</source>
        <translation>Pas de réponse de l&apos;URL du jeton %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Got a token (%1), valid for %n seconds.</source>
        <translation>
            <numerusform>Jeton obtenu (%1), valable %n seconde.</numerusform>
            <numerusform>Jeton obtenu (%1), valable %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Got a token (%1); the answer does not say when it expires.</source>
        <translation>Jeton obtenu (%1) ; la réponse ne dit pas quand il expire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design Qlik REST connections interactively.</source>
        <translation>Concevoir des connexions REST Qlik de façon interactive.</translation>
    </message>
    <message>
        <source>Render the dialog to a PNG file and quit.</source>
        <translation>Dessiner la boîte de dialogue dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Scroll to this section first (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</source>
        <translation>Faire d&apos;abord défiler jusqu&apos;à cette section (request, authentication, certificates, trustedLocations, queryParameters, pagination, security, proxy, name).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Fill the form from a .qonduit file or a file with a connection statement or string.</source>
        <translation>Remplir le formulaire depuis un fichier .qonduit ou un fichier contenant une instruction ou une chaîne de connexion.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>With --screenshot: run Test connection first.</source>
        <translation>Avec --screenshot : lancer d&apos;abord Tester la connexion.</translation>
    </message>
    <message>
        <source>With --screenshot: test, then show the select-data page.</source>
        <translation>Avec --screenshot : tester, puis afficher la page de sélection des données.</translation>
    </message>
    <message>
        <source>With --select-data: preview all pages first.</source>
        <translation>Avec --select-data : d&apos;abord prévisualiser toutes les pages.</translation>
    </message>
    <message>
        <source>With --select-data: show this table.</source>
        <translation>Avec --select-data : afficher cette table.</translation>
    </message>
    <message>
        <source>With --select-data: show the script page.</source>
        <translation>Avec --select-data : afficher la page du script.</translation>
    </message>
    <message>
        <source>A .qonduit file to open (as the desktop&apos;s Open With does).</source>
        <translation>Un fichier .qonduit à ouvrir (comme le fait « Ouvrir avec » du bureau).</translation>
    </message>
    <message>
        <source>Speak this language (de, en, fr, sv, or system) instead of the one chosen in Settings &gt; Language.</source>
        <translation>Parler cette langue (de, en, fr, sv ou system) au lieu de celle choisie dans Paramètres &gt; Langue.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Import an OpenAPI or Swagger document, a Postman collection, an Insomnia export, a HAR file or a curl command, as File &gt; Import does.</source>
        <translation>Importer un document OpenAPI ou Swagger, une collection Postman, un export Insomnia, un fichier HAR ou une commande curl, comme Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>With --import and --screenshot: search the list for this.</source>
        <translation>Avec --import et --screenshot : chercher ceci dans la liste.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
</context>
</TS>
