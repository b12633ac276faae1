// SPDX-License-Identifier: MIT
#include "curlimport.h"
#include "settingsdump.h"

#include <QTest>

using namespace Qonduit;
using namespace Qonduit::Testing;
using namespace Qt::StringLiterals;

class TestCurlImport : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void badCommands_data();
    void badCommands();
    void hostileCommands_data();
    void hostileCommands();
    void keepsWhatCurlDoesNotSay();
};

void TestCurlImport::commands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("expected"); // lines dump() must contain
    QTest::addColumn<QStringList>("unmapped"); // a fragment of each unmapped entry, in order
    using L = QStringList;

    QTest::newRow("stripe docs")
        << u"curl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39Hq: \\\n  -d amount=2000 \\\n  -d currency=usd"_s
        << L {u"request.url=https://api.stripe.com/v1/charges"_s, u"request.method=POST"_s,
               u"request.requestBody=amount=2000&currency=usd"_s, u"authentication.schema=basic"_s,
               u"authentication.userName=sk_test_4eC39Hq"_s, u"authentication.password="_s}
        << L {};
    QTest::newRow("github docs")
        << u"curl -L \\\n  -H \"Accept: application/vnd.github+json\" \\\n  -H \"Authorization: Bearer <YOUR-TOKEN>\" \\\n  -H \"X-GitHub-Api-Version: 2022-11-28\" \\\n  https://api.github.com/repos/OWNER/REPO/issues"_s
        << L {u"request.method=GET"_s, u"queryHeaders[0]=Accept: application/vnd.github+json"_s,
               u"queryHeaders[1]=Authorization: Bearer <YOUR-TOKEN>"_s,
               u"queryHeaders[2]=X-GitHub-Api-Version: 2022-11-28"_s}
        << L {u"-L"_s};
    QTest::newRow("chrome bash")
        << u"curl 'https://api.example.com/v1/orders?status=open&page=2' \\\n  -H 'accept: application/json' \\\n  -H 'accept-language: en-US,en;q=0.9' \\\n  --compressed"_s
        << L {u"request.url=https://api.example.com/v1/orders"_s, u"queryParameters[0]=status: open"_s,
               u"queryParameters[1]=page: 2"_s, u"queryHeaders[1]=accept-language: en-US,en;q=0.9"_s}
        << L {u"--compressed"_s};
    QTest::newRow("chrome bash with ansi-c body")
        << u"curl 'https://api.example.com/graphql' \\\n  -H 'content-type: application/json' \\\n  --data-raw $'{\"query\":\"{ viewer { login } }\",\"note\":\"it\\'s\\\\n\"}'"_s
        << L {u"request.method=POST"_s,
               u"request.requestBody={\"query\":\"{ viewer { login } }\",\"note\":\"it's\\n\"}"_s}
        << L {};
    QTest::newRow("chrome cmd")
        << u"curl ^\"https://api.example.com/v1/orders?status=open^\" ^\r\n  -H ^\"accept: application/json^\" ^\r\n  --compressed"_s
        << L {u"request.url=https://api.example.com/v1/orders"_s, u"queryParameters[0]=status: open"_s,
               u"queryHeaders[0]=accept: application/json"_s}
        << L {u"--compressed"_s};
    QTest::newRow("chrome cmd with json body")
        << u"curl ^\"https://api.example.com/search^\" ^\n  -H ^\"content-type: application/json^\" ^\n  --data-raw ^\"^{^\\^\"q^\\^\":^\\^\"shoes 50^%^\\^\"^}^\""_s
        << L {u"request.method=POST"_s, u"request.requestBody={\"q\":\"shoes 50%\"}"_s} << L {};
    QTest::newRow("windows curl.exe")
        << u"curl.exe -X POST \"https://h.example.com/api\" -H \"Content-Type: application/json\" -d \"{\\\"a\\\":1}\""_s
        << L {u"request.method=POST"_s, u"request.requestBody={\"a\":1}"_s,
               u"queryHeaders[0]=Content-Type: application/json"_s}
        << L {};
    QTest::newRow("json option") << u"curl --json '{\"tool\": \"curl\"}' https://example.com/api/"_s
                                 << L {u"request.method=POST"_s,
                                        u"request.requestBody={\"tool\": \"curl\"}"_s,
                                        u"queryHeaders[0]=Content-Type: application/json"_s,
                                        u"queryHeaders[1]=Accept: application/json"_s}
                                 << L {};
    QTest::newRow("insecure basic") << u"curl -k -u admin:s3cr:et https://qlik.example.com:4242/qrs/about"_s
                                    << L {u"certificates.skipServerCertificateValidation=true"_s,
                                           u"authentication.userName=admin"_s,
                                           u"authentication.password=s3cr:et"_s,
                                           u"request.url=https://qlik.example.com:4242/qrs/about"_s}
                                    << L {};
    QTest::newRow("qrs with pfx")
        << u"curl --cert client.pfx:pfx-pass --cert-type P12 -H \"X-Qlik-Xrfkey: 0123456789abcdef\" \"https://qs.example.com:4242/qrs/app?xrfkey=0123456789abcdef\""_s
        << L {u"certificates.source=FromFile"_s, u"certificates.pfxFilePath=client.pfx"_s,
               u"certificates.pfxPassword=pfx-pass"_s, u"queryParameters[0]=xrfkey: 0123456789abcdef"_s}
        << L {};
    QTest::newRow("windows pfx path")
        << u"curl.exe --cert C:\\certs\\client.p12:pw https://h.example.com/"_s
        << L {u"certificates.pfxFilePath=C:\\certs\\client.p12"_s, u"certificates.pfxPassword=pw"_s} << L {};
    QTest::newRow("pem certificate") << u"curl --cert client.pem --key client.key https://h.example.com/"_s
                                     << L {u"certificates.source=No"_s}
                                     << L {u"--key client.key"_s, u"--cert client.pem"_s};
    QTest::newRow("proxy") << u"curl -x proxy.example.com:3128 https://api.example.com/"_s
                           << L {u"proxy.useProxy=true"_s, u"proxy.address=http://proxy.example.com:3128"_s}
                           << L {};
    QTest::newRow("put is not offered") << u"curl -X PUT https://api.example.com/items/1 -d '{}'"_s
                                        << L {u"request.method=POST"_s} << L {u"-X PUT"_s};
    QTest::newRow("get with data in the query")
        << u"curl -G https://api.example.com/search --data-urlencode \"q=hello world\" -d limit=10"_s
        << L {u"request.method=GET"_s, u"queryParameters[0]=q: hello world"_s,
               u"queryParameters[1]=limit: 10"_s, u"request.requestBody="_s}
        << L {};
    QTest::newRow("glued short options")
        << u"curl -XPOST -H'Content-Type: application/json' -d'{\"a\":1}' https://h.example.com/x"_s
        << L {u"request.method=POST"_s, u"request.requestBody={\"a\":1}"_s,
               u"queryHeaders[0]=Content-Type: application/json"_s}
        << L {};
    QTest::newRow("insomnia export")
        << u"curl --request POST \\\n  --url https://api.example.com/v1/items \\\n  --header 'content-type: application/json' \\\n  --data '{\"name\":\"x\"}'"_s
        << L {u"request.url=https://api.example.com/v1/items"_s, u"request.method=POST"_s,
               u"request.requestBody={\"name\":\"x\"}"_s}
        << L {};
    QTest::newRow("postman export")
        << u"curl --location 'https://api.example.com/items?limit=5' \\\n--header 'Authorization: Bearer abc'"_s
        << L {u"queryParameters[0]=limit: 5"_s, u"queryHeaders[0]=Authorization: Bearer abc"_s}
        << L {u"--location"_s};
    QTest::newRow("max time") << u"curl -m 5.5 https://h.example.com/"_s << L {u"request.timeoutSeconds=6"_s}
                              << L {};
    QTest::newRow("connect timeout") << u"curl --connect-timeout 3 https://h.example.com/"_s
                                     << L {u"request.timeoutSeconds=3"_s} << L {};
    QTest::newRow("ntlm with a domain")
        << u"curl --ntlm -u 'CORP\\analyst:pa ss' https://intranet.example.com/api"_s
        << L {u"authentication.schema=ntlm"_s, u"authentication.userName=CORP\\analyst"_s,
               u"authentication.password=pa ss"_s}
        << L {};
    QTest::newRow("digest") << u"curl --digest -u analyst:s3cret http://127.0.0.1:8080/auth/digest"_s
                            << L {u"authentication.schema=digest"_s} << L {};
    QTest::newRow("http 1.0") << u"curl --http1.0 http://legacy.example.com/"_s
                              << L {u"request.httpProtocol=1.0"_s} << L {};
    QTest::newRow("agent, referer, cookie")
        << u"curl -A 'Qonduit/1' -e https://ref.example.com/ -b 'session=abc; theme=dark' https://h.example.com/"_s
        << L {u"queryHeaders[0]=User-Agent: Qonduit/1"_s,
               u"queryHeaders[1]=Referer: https://ref.example.com/"_s,
               u"queryHeaders[2]=Cookie: session=abc; theme=dark"_s}
        << L {};
    QTest::newRow("body from a file") << u"curl -d @payload.json https://h.example.com/"_s
                                      << L {u"request.method=POST"_s} << L {u"@payload.json"_s};
    QTest::newRow("get with a body") << u"curl -X GET -d 'a=1' https://h.example.com/"_s
                                     << L {u"request.method=GET"_s} << L {u"body of a GET"_s};
    QTest::newRow("output options listed")
        << u"curl -s -S -o out.json -w '%{http_code}' https://h.example.com/"_s
        << L {u"request.url=https://h.example.com/"_s}
        << L {u"-s"_s, u"-S"_s, u"--output"_s, u"--write-out"_s};
    QTest::newRow("unknown option") << u"curl --retry 3 https://h.example.com/"_s << L {}
                                    << L {u"--retry 3"_s};
    QTest::newRow("url without scheme")
        << u"curl api.example.com/x"_s << L {u"request.url=http://api.example.com/x"_s} << L {};
    QTest::newRow("two urls") << u"curl https://a.example.com/ https://b.example.com/"_s
                              << L {u"request.url=https://a.example.com/"_s} << L {u"second URL"_s};
    QTest::newRow("tabs and blank lines")
        << u"curl\t'https://h.example.com/'\t\\\n\t-H 'a: b'\n"_s << L {u"queryHeaders[0]=a: b"_s} << L {};
    QTest::newRow("header value with colons")
        << u"curl -H 'X-When: 2024-01-01T10:00:00Z' https://h.example.com/"_s
        << L {u"queryHeaders[0]=X-When: 2024-01-01T10:00:00Z"_s} << L {};
}

void TestCurlImport::commands()
{
    QFETCH(QString, command);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unmapped);
    QVERIFY(CurlImport::looksLikeCurl(command));
    const auto result = CurlImport::read(command);
    QVERIFY2(result.hasValue(), result.hasValue() ? "" : qPrintable(result.error()));
    const QStringList lines = dump(result.value().settings);
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + u"\nnot in\n"_s + lines.join(u'\n')));
    const QStringList &got = result.value().unmapped;
    QVERIFY2(got.size() == unmapped.size(), qPrintable(got.join(u'\n')));
    for (qsizetype i = 0; i < unmapped.size(); ++i)
        QVERIFY2(got[i].contains(unmapped[i]), qPrintable(got[i]));
}

void TestCurlImport::badCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("open single quote")
        << u"curl 'https://h/"_s << u"ends inside a ' quote opened at character 6"_s;
    QTest::newRow("open double quote")
        << u"curl -H \"a: b https://h/"_s << u"\" quote opened at character 9"_s;
    QTest::newRow("open ansi-c quote") << u"curl --data-raw $'abc"_s << u"ends inside a ' quote"_s;
    QTest::newRow("open cmd quote") << u"curl ^\"https://h/ ^\n -H x"_s << u"ends inside a \" quote"_s;
    QTest::newRow("not curl") << u"wget https://h/"_s << u"not a curl command"_s;
    QTest::newRow("empty") << QString() << u"not a curl command"_s;
    QTest::newRow("no url") << u"curl -H 'a: b'"_s << u"has no URL"_s;
    QTest::newRow("value missing at the end") << u"curl https://h/ -H"_s << u"-H needs a value"_s;
    QTest::newRow("not a url") << u"curl 'http://'"_s << u"is not a URL"_s;
}

void TestCurlImport::badCommands()
{
    QFETCH(QString, command);
    QFETCH(QString, message);
    const auto result = CurlImport::read(command);
    QVERIFY(!result.hasValue());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
}

void TestCurlImport::hostileCommands_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("1 MB body") << u"curl https://h/ -d '"_s + QString(1024 * 1024, u'x') + u'\'';
    QTest::newRow("10000 headers") << u"curl https://h/"_s + QString(u" -H 'a: b'"_s).repeated(10000);
    QTest::newRow("only backslashes") << u"curl https://h/ "_s + QString(10001, u'\\');
    QTest::newRow("only carets") << u"curl.exe https://h/ "_s + QString(10001, u'^');
    QTest::newRow("nul and surrogates") << u"curl https://h/\0 -H 'a\0: "_s + QChar(0xD800) + u"'"_s;
    QTest::newRow("ansi-c escape at the end") << u"curl https://h/ -d $'\\u12"_s;
    QTest::newRow("quotes in quotes") << u"curl \"'\"'\"'\" https://h/"_s;
}

// Nothing crashes; whatever reads gives settings the connection string can carry.
void TestCurlImport::hostileCommands()
{
    QFETCH(QString, command);
    const auto result = CurlImport::read(command);
    if (!result.hasValue()) {
        QVERIFY(!result.error().isEmpty());
        return;
    }
    QVERIFY(!result.value().settings.request.url.isEmpty());
}

void TestCurlImport::keepsWhatCurlDoesNotSay()
{
    ConnectionSettings base;
    base.name = u"Orders API"_s;
    base.pagination.type = PaginationType::NextUrl;
    base.queryHeaders = {{u"Old"_s, u"header"_s}};
    const auto result = CurlImport::read(u"curl https://h.example.com/orders -H 'New: one'"_s, base);
    QVERIFY(result.hasValue());
    QCOMPARE(result.value().settings.name, u"Orders API"_s);
    QCOMPARE(result.value().settings.pagination.type, PaginationType::NextUrl);
    QCOMPARE(result.value().settings.queryHeaders, (QList<NameValue> {{u"New"_s, u"one"_s}}));
}

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"
