// SPDX-License-Identifier: MIT
#include "connectionfile.h"
#include "forwardproxy.h"
#include "sampleapiserver.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString Statement
    = u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=https://api.example.com/orders;"
      "timeout=30;queryHeaders=X-Qlik-User%2UserDirectory%%2INTERNAL%%1 %%userid%%2sa;"
      "futureKey=kept;\";"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(QONDUIT_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    // Wait in an event loop: a sample API in this process must go on answering meanwhile.
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void printsTheSameStringFromEveryInput_data();
    void printsTheSameStringFromEveryInput();
    void testCommand_data();
    void testCommand();
    void sampleApiCommandServes();
    void schemaCommand_data();
    void schemaCommand();
    void schemaCommandJson();
    void scriptCommand_data();
    void scriptCommand();
    void publishCommand_data();
    void publishCommand();
    void tokenCommand_data();
    void tokenCommand();
    void completionKnowsEveryOption_data();
    void completionKnowsEveryOption();
    void importCommand_data();
    void importCommand();
    void proxyPasswordFromTheEnvironment_data();
    void proxyPasswordFromTheEnvironment();

private:
    QTemporaryDir m_dir;
    Qonduit::SampleApiServer m_api;
    Qonduit::ForwardProxy m_proxy;
    QString file(const QString &name, const QByteArray &content);
};

QString TestCli::file(const QString &name, const QByteArray &content)
{
    QFile out(m_dir.filePath(name));
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(out.fileName()));
    return out.fileName();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(QONDUIT_CLI)));
    QCOMPARE(m_api.start().error(), QString());
    QCOMPARE(m_proxy.start().error(), QString());
}

void TestCli::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // must equal, or with a leading '~' contain
    QTest::addColumn<QString>("err"); // must contain

    const QByteArray statement = Statement.toUtf8();
    QTest::newRow("version") << QStringList {u"--version"_s} << QByteArray() << 0 << u"~qonduit-cli 0."_s
                             << QString();
    QTest::newRow("help") << QStringList {u"--help"_s} << QByteArray() << 0 << u"~connection validate"_s
                          << QString();
    QTest::newRow("no command") << QStringList {} << QByteArray() << 2 << QString() << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s} << QByteArray() << 2 << QString()
                                     << u"unknown command 'frobnicate'"_s;
    QTest::newRow("print from stdin")
        << QStringList {u"connection"_s, u"print"_s} << statement << 0 << Statement + u'\n' << QString();
    QTest::newRow("print from dash") << QStringList {u"connection"_s, u"print"_s, u"-"_s} << statement << 0
                                     << Statement + u'\n' << QString();
    QTest::newRow("print json") << QStringList {u"connection"_s, u"print"_s, u"--format"_s, u"json"_s}
                                << statement << 0 << u"~\"format\": \"qonduit-connection\""_s << QString();
    QTest::newRow("print unknown format") << QStringList {u"connection"_s, u"print"_s, u"--format=xml"_s}
                                          << statement << 2 << QString() << u"unknown --format xml"_s;
    QTest::newRow("print parse error")
        << QStringList {u"connection"_s, u"print"_s}
        << QByteArray("provider=QvRestConnector.exe;method=FETCH;") << 2 << QString()
        << u"standard input: character 37, key method: \"FETCH\" is not one of GET or POST"_s;
    QTest::newRow("print missing file")
        << QStringList {u"connection"_s, u"print"_s, u"/nonexistent/x.qonduit"_s} << QByteArray() << 2
        << QString() << u"cannot read /nonexistent/x.qonduit"_s;
    QTest::newRow("two inputs") << QStringList {u"connection"_s, u"print"_s, u"a"_s, u"b"_s} << QByteArray()
                                << 2 << QString() << u"one INPUT at most"_s;
    QTest::newRow("validate valid") << QStringList {u"connection"_s, u"validate"_s}
                                    << QByteArray("provider=QvRestConnector.exe;url=https://h/;") << 0
                                    << QString() << QString();
    QTest::newRow("validate warnings only")
        << QStringList {u"connection"_s, u"validate"_s} << statement << 0
        << u"queryHeaders: warning: \"%u\" in the value of queryHeaders is not one of "
           "Qlik's escapes (%%, %1, %2); it is kept as written.\n"
           "connectionString: warning: The key \"futureKey\" is unknown to Qonduit; "
           "it is kept as written.\n"_s
        << QString();
    QTest::newRow("validate problems")
        << QStringList {u"connection"_s, u"validate"_s}
        << QByteArray("provider=QvRestConnector.exe;url=ftp://h/;timeout=0;authSchema=basic;") << 1
        << u"request.url: The URL must start with http:// or https://.\n"
           "request.timeoutSeconds: The timeout must be from 1 to 10000 seconds; 0 is not.\n"
           "authentication.userName: Enter the user name for this authentication schema.\n"_s
        << QString();
    QTest::newRow("validate parse error") << QStringList {u"connection"_s, u"validate"_s}
                                          << QByteArray("CUSTOM CONNECT TO \"provider=x;url=https://h/") << 2
                                          << QString() << u"no closing \" quote"_s;
    QTest::newRow("unknown connection command") << QStringList {u"connection"_s, u"delete"_s} << QByteArray()
                                                << 2 << QString() << u"unknown command 'connection delete'"_s;
}

void TestCli::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run run = runCli(arguments, input);
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(u"exit %1\nout: %2\nerr: %3"_s.arg(run.exitCode).arg(run.out, run.err)));
    if (out.startsWith(u'~'))
        QVERIFY2(run.out.contains(out.mid(1)), qPrintable(run.out));
    else
        QCOMPARE(run.out, out);
    QVERIFY2(run.err.contains(err), qPrintable(run.err));
}

void TestCli::printsTheSameStringFromEveryInput_data()
{
    QTest::addColumn<QString>("path");
    const QByteArray statement = Statement.toUtf8();
    const QByteArray bare = statement.mid(18).chopped(1).chopped(1).mid(1);
    QTest::newRow("statement file") << file(u"statement.txt"_s, statement + '\n');
    QTest::newRow("bare string file") << file(u"bare.txt"_s, bare);
    QTest::newRow("file with BOM and CRLF") << file(u"bom.qvs"_s, "\xEF\xBB\xBF" + statement + "\r\n");
    // A .qonduit file written by the command itself keeps the string's layout.
    const Run json = runCli({u"connection"_s, u"print"_s, u"--format"_s, u"json"_s}, statement);
    QTest::newRow("qonduit file") << file(u"orders.qonduit"_s, json.out.toUtf8());
}

void TestCli::printsTheSameStringFromEveryInput()
{
    QFETCH(QString, path);
    const Run run = runCli({u"connection"_s, u"print"_s, path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, Statement + u'\n');
}

void TestCli::testCommand_data()
{
    QTest::addColumn<QString>("connection"); // %1 is the sample API's base URL
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("ok") << u"provider=QvRestConnector.exe;url=%1/orders;"_s << QStringList {} << 0
                        << u"OK 200 JSON "_s;
    QTest::newRow("csv") << u"provider=QvRestConnector.exe;url=%1/users.csv;"_s << QStringList {} << 0
                         << u"OK 200 CSV "_s;
    QTest::newRow("404") << u"provider=QvRestConnector.exe;url=%1/nothing;"_s << QStringList {} << 1
                         << u"FAILED Not found (404)"_s;
    QTest::newRow("password from the environment")
        << u"provider=QvRestConnector.exe;url=%1/auth/basic;authSchema=basic;"_s
        << QStringList {u"--user"_s, u"analyst"_s, u"--password-env"_s, u"QONDUIT_TEST_PASSWORD"_s} << 0
        << u"OK 200 JSON "_s;
    QTest::newRow("no password") << u"provider=QvRestConnector.exe;url=%1/auth/basic;authSchema=basic;"_s
                                 << QStringList {u"--user"_s, u"analyst"_s} << 1
                                 << u"FAILED The user name or password"_s;
    QTest::newRow("variable not set")
        << u"provider=QvRestConnector.exe;url=%1/orders;"_s
        << QStringList {u"--password-env"_s, u"QONDUIT_NO_SUCH_VARIABLE"_s} << 2 << QString();
    QTest::newRow("--var gives a $(variable) its test value")
        << u"provider=QvRestConnector.exe;url=%1/$(vPath);"_s << QStringList {u"--var"_s, u"vPath=orders"_s}
        << 0 << u"OK 200 JSON "_s;
    QTest::newRow("--var-env takes it from the environment, and masks it")
        << u"provider=QvRestConnector.exe;url=%1/$(vPath);"_s
        << QStringList {u"--var-env"_s, u"vPath=QONDUIT_TEST_PATH"_s} << 0 << u"OK 200 JSON "_s;
    QTest::newRow("--var without a value") << u"provider=QvRestConnector.exe;url=%1/$(vPath);"_s
                                           << QStringList {u"--var"_s, u"vPath"_s} << 2 << QString();
    QTest::newRow("--var-env of an unset variable")
        << u"provider=QvRestConnector.exe;url=%1/$(vPath);"_s
        << QStringList {u"--var-env"_s, u"vPath=QONDUIT_NO_SUCH_VARIABLE"_s} << 2 << QString();
    QTest::newRow("unreadable connection")
        << u"provider=QvRestConnector.exe;url=%1;timeout=x;"_s << QStringList {} << 2 << QString();
}

void TestCli::testCommand()
{
    QFETCH(QString, connection);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);
    qputenv("QONDUIT_TEST_PASSWORD", Qonduit::SampleApiServer::Password);
    qputenv("QONDUIT_TEST_PATH", "orders");
    const Run run
        = runCli(QStringList {u"test"_s} + arguments, connection.arg(m_api.baseUrl().toString()).toUtf8());
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(run.out.startsWith(firstLine), qPrintable(run.out));
    QVERIFY2(!run.out.contains(u"detail: Not Found"_s), qPrintable(run.out)); // no reason phrase twice
    // The secret itself is never printed.
    QVERIFY(!run.out.contains(QString::fromLatin1(Qonduit::SampleApiServer::Password)));
    if (arguments.contains(u"--var-env"_s) && exitCode == 0)
        QVERIFY2(run.out.contains(u"/********"_s) && !run.out.contains(u"/orders"_s), qPrintable(run.out));
}

void TestCli::schemaCommand_data()
{
    QTest::addColumn<QString>("connection"); // %1 is the sample API's base URL
    QTest::addColumn<QStringList>("arguments"); // %R is a response file holding `response`
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    const QString plain = u"provider=QvRestConnector.exe;url=%1/orders;"_s;
    QTest::newRow("response file")
        << plain << QStringList {u"--response"_s, u"%R"_s}
        << R"({"n": 1, "items": [{"id": 1}, {"id": 2, "x": true}]})"_ba << 0
        << u"TABLE root rows=1 parent=-\n  n integer 1/1\n  __KEY_root integer 1/1\n"
           "TABLE items rows=2 parent=root\n  id integer 2/2\n  x boolean 1/2\n"
           "  __FK_items integer 2/2\n"_s;
    QTest::newRow("Qlik's names: the child keeps id, the root gets id_u0")
        << plain << QStringList {u"--response"_s, u"%R"_s} << R"({"id": 1, "items": [{"id": 2}]})"_ba << 0
        << u"TABLE root rows=1 parent=-\n  id_u0 integer 1/1\n  __KEY_root integer 1/1\n"
           "TABLE items rows=1 parent=root\n  id integer 1/1\n  __FK_items integer 1/1\n"_s;
    QTest::newRow("numbers too big for a double: kept as text, said in English")
        << plain << QStringList {u"--response"_s, u"%R"_s} << R"({"a": 1e400})"_ba << 0
        << u"TABLE root rows=1 parent=-\n  a text 1/1\n"_s;
    QTest::newRow("csv options")
        << plain
        << QStringList {u"--response"_s, u"%R"_s, u"--format"_s, u"csv"_s, u"--no-header"_s, u"--delimiter"_s,
               u";"_s}
        << "1;a\n2;b\n"_ba << 0
        << u"TABLE CSV_source rows=2 parent=-\n  col_1 integer 2/2\n  col_2 text 2/2\n"_s;
    QTest::newRow("invalid body says where") << plain << QStringList {u"--response"_s, u"%R"_s}
                                             << "{\n  \"a\": ]"_ba << 1 << u"TABLE root rows=1 parent=-\n"_s;
    QTest::newRow("fetched") << u"provider=QvRestConnector.exe;url=%1/paged/page?per_page=5;"_s
                             << QStringList {} << QByteArray() << 0
                             << u"TABLE root rows=1 parent=-\n  is_last boolean 1/1\n"_s;
    QTest::newRow("all pages")
        << u"provider=QvRestConnector.exe;url=%1/paged/"
           u"page;PaginationType=NextPage;NextPageParameterName=page;"
           "NextPageInitialValue=1;NextPageSizeParameterName=per_page;NextPageSizeValue=10;"
           "NextPageIsLastPagePath=is_last;NextPageDataPath=items;"_s
        << QStringList {u"--all-pages"_s} << QByteArray() << 0 << u"TABLE root rows=3 parent=-\n"_s;
    QTest::newRow("unknown format") << plain << QStringList {u"--format"_s, u"yaml"_s} << QByteArray() << 2
                                    << QString();
}

void TestCli::schemaCommand()
{
    QFETCH(QString, connection);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, response);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(response);
    file.flush();
    arguments.replaceInStrings(u"%R"_s, file.fileName());
    const Run run = runCli(QStringList {u"schema"_s} + arguments + QStringList {u"-"_s},
        connection.arg(m_api.baseUrl().toString()).toUtf8());
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(run.out.startsWith(out), qPrintable(run.out));
    if (QTest::currentDataTag() == QByteArrayLiteral("invalid body says where"))
        QVERIFY2(run.err.contains(u"line 2, column 8: Invalid JSON"_s), qPrintable(run.err));
    if (QByteArrayView(QTest::currentDataTag()).startsWith("numbers too big"))
        QVERIFY2(run.out.contains(u"1 number too big for a double (such as 1e400) was kept as text."_s),
            qPrintable(run.out));
    if (QTest::currentDataTag() == QByteArrayLiteral("all pages")) {
        QVERIFY2(run.out.contains(u"TABLE items rows=25 parent=root\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"note: pages: 3"_s), qPrintable(run.out));
    }
}

void TestCli::schemaCommandJson()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"([{"a": 1}, {"a": 2}, {"a": null}])");
    file.flush();
    const Run run
        = runCli({u"schema"_s, u"--json"_s, u"--rows"_s, u"2"_s, u"--response"_s, file.fileName(), u"-"_s},
            "provider=QvRestConnector.exe;url=http://127.0.0.1:1/;");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject root = json[u"tables"_s].toArray()[0].toObject();
    QCOMPARE(root[u"rows"_s].toInt(), 3);
    QCOMPARE(root[u"fields"_s].toArray()[0].toObject()[u"filled"_s].toInt(), 2);
    QCOMPARE(root[u"firstRows"_s].toArray().size(), 2);
    QCOMPARE(json[u"format"_s].toString(), u"json"_s);
}

void TestCli::scriptCommand_data()
{
    QTest::addColumn<QStringList>("arguments"); // the response file is added
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("everything")
        << QStringList {u"--name"_s, u"Orders API"_s} << 0
        << QStringList {u"LIB CONNECT TO 'Orders API';\n\nRestConnectorMasterTable:\nSQL SELECT \n\t\"total\","_s,
               u"\tFROM \"orders\" PK \"__KEY_orders\" FK \"__FK_orders\")\n"_s,
               u"\n\n\nDROP TABLE RestConnectorMasterTable;\n"_s}
        << QStringList {};
    QTest::newRow("select")
        << QStringList {u"--select"_s, u"root;orders:id"_s} << 0
        << QStringList {u"[orders]:\nLOAD\t[id],\n\t[__KEY_orders],\n\t[__FK_orders] AS [__KEY_root]\n"_s}
        << QStringList {u"[lines]"_s, u"status"_s, u"\"lines\""_s};
    QTest::newRow("QlikView")
        << QStringList {u"--qlikview"_s} << 0
        << QStringList {u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=http://127.0.0.1:1/x;"_s}
        << QStringList {u"LIB CONNECT"_s};
    QTest::newRow("with connection")
        << QStringList {u"--with-connection"_s} << 0
        << QStringList {u"WITH CONNECTION (\n\tURL \"http://127.0.0.1:1/x\"\n);"_s} << QStringList {};
    QTest::newRow("unknown table") << QStringList {u"--select"_s, u"nothing"_s} << 2 << QStringList {}
                                   << QStringList {};
    QTest::newRow("curl") << QStringList {u"--curl"_s} << 0
                          << QStringList {u"curl 'http://127.0.0.1:1/x' --max-time 30"_s} << QStringList {};
}

void TestCli::scriptCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"total": 2, "orders": [{"id": 1, "status": "open", "lines": [{"sku": "A", "qty": 2}]}]})");
    file.flush();
    const Run run = runCli(
        QStringList {u"script"_s, u"--response"_s, file.fileName()} + arguments + QStringList {u"-"_s},
        "provider=QvRestConnector.exe;url=http://127.0.0.1:1/x;");
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    for (const QString &text : std::as_const(present))
        QVERIFY2(run.out.contains(text), qPrintable(run.out));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!run.out.contains(text), qPrintable(run.out));
}

void TestCli::publishCommand_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1 is the sample API's base URL
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // a part of it
    QTest::newRow("dry run, cloud") << QStringList {u"--name"_s, u"CLI"_s, u"--cloud"_s, u"%1"_s,
        u"--space"_s, u"s1"_s, u"--token-env"_s, u"QONDUIT_TEST_TOKEN"_s, u"--dry-run"_s}
                                    << 0 << u"POST %1/api/v1/data-connections\nAuthorization: ********\n"_s;
    QTest::newRow("dry run, cloud, no token: shows where it goes")
        << QStringList {u"--name"_s, u"CLI"_s, u"--cloud"_s, u"%1"_s, u"--dry-run"_s} << 0
        << u"POST %1/api/v1/data-connections\nAuthorization: Bearer <token>\n"_s;
    QTest::newRow("cloud without a token is refused")
        << QStringList {u"--name"_s, u"CLI"_s, u"--cloud"_s, u"%1"_s} << 1 << QString();
    QTest::newRow("dry run, QRS") << QStringList {u"--name"_s, u"CLI"_s, u"--qrs"_s, u"%1"_s, u"--dry-run"_s}
                                  << 0 << u"X-Qlik-Xrfkey: "_s;
    QTest::newRow("cloud") << QStringList {u"--name"_s, u"CLI cloud"_s, u"--cloud"_s, u"%1"_s,
        u"--token-env"_s, u"QONDUIT_TEST_TOKEN"_s}
                           << 0 << u"CREATED dc-"_s;
    QTest::newRow("cloud, name taken") << QStringList {u"--name"_s, u"CLI cloud"_s, u"--cloud"_s, u"%1"_s,
        u"--token-env"_s, u"QONDUIT_TEST_TOKEN"_s}
                                       << 1 << u"FAILED 409 "_s;
    QTest::newRow("QRS") << QStringList {u"--name"_s, u"CLI qrs"_s, u"--qrs"_s, u"%1"_s, u"--header-user"_s,
        u"UserDirectory=INTERNAL; UserId=sa_api"_s}
                         << 0 << u"CREATED "_s;
    QTest::newRow("no name") << QStringList {u"--cloud"_s, u"%1"_s} << 2 << QString();
    QTest::newRow("both targets") << QStringList {u"--name"_s, u"x"_s, u"--cloud"_s, u"%1"_s, u"--qrs"_s,
        u"%1"_s} << 2 << QString();
}

void TestCli::publishCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    qputenv("QONDUIT_TEST_TOKEN", Qonduit::SampleApiServer::CloudApiKey);
    const QString base = m_api.baseUrl().toString();
    arguments.replaceInStrings(u"%1"_s, base);
    const Run run = runCli(QStringList {u"publish"_s} + arguments + QStringList {u"-"_s},
        "provider=QvRestConnector.exe;url=https://api.example.com/orders;");
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QString(out).replace(u"%1"_s, base)), qPrintable(run.out));
    QVERIFY(!run.out.contains(QString::fromLatin1(Qonduit::SampleApiServer::CloudApiKey)));
}

void TestCli::tokenCommand_data()
{
    QTest::addColumn<QString>("secretVariable"); // the environment variable holding the client secret
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("client credentials")
        << u"QONDUIT_TEST_CLIENT_SECRET"_s << QStringList {} << 0 << u"OK 200"_s;
    QTest::newRow("shown when asked")
        << u"QONDUIT_TEST_CLIENT_SECRET"_s << QStringList {u"--show-token"_s} << 0 << u"OK 200"_s;
    QTest::newRow("a wrong secret") << u"QONDUIT_TEST_WRONG_SECRET"_s << QStringList {} << 1
                                    << u"FAILED 401"_s;
}

void TestCli::tokenCommand()
{
    QFETCH(QString, secretVariable);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, firstLine);
    qputenv("QONDUIT_TEST_CLIENT_SECRET", Qonduit::SampleApiServer::ClientSecret);
    qputenv("QONDUIT_TEST_WRONG_SECRET", "nope");
    Qonduit::ConnectionSettings settings;
    settings.request.url = m_api.baseUrl().toString() + u"/oauth/orders"_s;
    settings.token.source = Qonduit::TokenSource::OAuth2;
    settings.token.url = m_api.baseUrl().toString() + u"/oauth/token?expires_in=600"_s;
    settings.token.clientId = QString::fromLatin1(Qonduit::SampleApiServer::ClientId);
    const QString path = file(u"token.qonduit"_s, Qonduit::ConnectionFile::write(settings));
    const Run run = runCli(
        QStringList {u"token"_s, u"--client-secret-env"_s, secretVariable} + arguments + QStringList {path});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(run.out.startsWith(firstLine), qPrintable(run.out));
    QVERIFY(!run.out.contains(QString::fromLatin1(Qonduit::SampleApiServer::ClientSecret)));
    if (exitCode == 0) {
        QVERIFY2(run.out.contains(u"valid for 600 seconds"_s) && run.out.contains(u"expires: "_s),
            qPrintable(run.out));
        QCOMPARE(run.out.contains(u"token: at-"_s), arguments.contains(u"--show-token"_s));
    } else {
        QVERIFY2(run.out.contains(u"invalid_client"_s), qPrintable(run.out));
    }
    // The token as the data request's header: test fetches it and gets the orders.
    if (exitCode == 0 && arguments.isEmpty()) {
        const Run test = runCli({u"test"_s, u"--client-secret-env"_s, secretVariable, path});
        QVERIFY2(
            test.exitCode == 0 && test.out.startsWith(u"OK 200 JSON"_s), qPrintable(test.out + test.err));
    }
}

void TestCli::completionKnowsEveryOption_data()
{
    QTest::addColumn<QStringList>("command");
    for (const QStringList &command : {QStringList {u"connection"_s, u"print"_s}, QStringList {u"test"_s},
             QStringList {u"token"_s}, QStringList {u"schema"_s}, QStringList {u"script"_s},
             QStringList {u"publish"_s}, QStringList {u"sample-api"_s}, QStringList {u"import"_s}})
        QTest::newRow(qPrintable(command.join(u' '))) << command;
}

// The bash completion (installer/completion) offers every option a command's usage names, for that
// command, and the credential options where the command reads a connection.
void TestCli::completionKnowsEveryOption()
{
    QFETCH(QStringList, command);
    QFile file(QStringLiteral(QONDUIT_COMPLETION));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    const QString name = command.first();
    QVERIFY(script.contains(u"compgen -W \"connection test token schema script publish sample-api import"_s));
    // The command's own list: `    schema) options="..."`, or the connection block's.
    const QRegularExpression own(
        u"\\n\\s*"_s + QRegularExpression::escape(name) + u"\\)(?:(?!;;).)*?options=\"([^\"]*)\""_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = own.match(script);
    QVERIFY2(match.hasMatch(), qPrintable(name));
    QString options = match.captured(1);
    static const QRegularExpression credentials(u"local credentials=\"([^\"]*)\""_s);
    options.replace(u"$credentials"_s, credentials.match(script).captured(1));
    const Run run = runCli(command + QStringList {u"--no-such-option"_s});
    static const QRegularExpression option(u"--[a-z][a-z0-9-]+"_s);
    const QString usage = run.err.section(u"usage:"_s, 1);
    QVERIFY2(!usage.isEmpty(), qPrintable(run.err));
    for (auto it = option.globalMatch(usage); it.hasNext();) {
        const QString found = it.next().captured();
        QVERIFY2(options.split(u' ').contains(found), qPrintable(found + u" is not offered for "_s + name));
    }
}

void TestCli::importCommand_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE as {openapi}, {postman}, {har}, {bad}
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // contains
    QTest::addColumn<QString>("err"); // contains

    QTest::newRow("list") << QStringList {u"openapi"_s, u"{openapi}"_s, u"--list"_s} << 0
                          << u"listThings\tGET\t/things\tList things"_s << QString();
    QTest::newRow("list greys what does not fit") << QStringList {u"openapi"_s, u"{openapi}"_s, u"--list"_s}
                                                  << 0 << u"GET and POST only"_s << QString();
    QTest::newRow("an operation") << QStringList {u"openapi"_s, u"{openapi}"_s, u"--operation"_s,
        u"listThings"_s} << 0 << u"url=http://127.0.0.1:8080/v1/things"_s
                                  << u"optional query parameter"_s;
    QTest::newRow("a server and a path parameter")
        << QStringList {u"openapi"_s, u"{openapi}"_s, u"--operation"_s, u"getThing"_s, u"--server"_s, u"2"_s,
               u"--param"_s, u"id=7"_s}
        << 0 << u"url=https://things.example.com/v1/things/7"_s << QString();
    QTest::newRow("the pagination guess, applied") << QStringList {u"openapi"_s, u"{openapi}"_s,
        u"--operation"_s, u"listThings"_s, u"--pagination-guess"_s}
                                                   << 0 << u"PaginationType=Offset"_s << u"Offset"_s;
    QTest::newRow("as a .qonduit file")
        << QStringList {u"openapi"_s, u"{openapi}"_s, u"--entry"_s, u"1"_s, u"--format"_s, u"json"_s} << 0
        << u"\"format\": \"qonduit-connection\""_s << QString();
    QTest::newRow("does not fit: exit 1")
        << QStringList {u"openapi"_s, u"{openapi}"_s, u"--operation"_s, u"deleteThing"_s} << 1 << QString()
        << u"GET and POST only"_s;
    QTest::newRow("no such operation") << QStringList {u"openapi"_s, u"{openapi}"_s, u"--operation"_s,
        u"nope"_s} << 2 << QString() << u"nope"_s;
    QTest::newRow("the wrong kind named") << QStringList {u"postman"_s, u"{openapi}"_s, u"--list"_s} << 2
                                          << QString() << u"say import openapi"_s;
    QTest::newRow("a Postman request")
        << QStringList {u"postman"_s, u"{postman}"_s, u"--request"_s, u"Get things"_s} << 0
        << u"url=$(base)/things"_s << QString();
    QTest::newRow("a HAR entry") << QStringList {u"har"_s, u"{har}"_s, u"--entry"_s, u"1"_s} << 0
                                 << u"url=http://127.0.0.1:8080/api/things"_s << QString();
    QTest::newRow("curl") << QStringList {u"curl"_s, u"{curl}"_s} << 0 << u"url=http://127.0.0.1:8080/x"_s
                          << QString();
    QTest::newRow("malformed: a sentence, exit 2")
        << QStringList {u"openapi"_s, u"{bad}"_s, u"--list"_s} << 2 << QString() << u"not YAML: line"_s;
    QTest::newRow("missing file") << QStringList {u"har"_s, u"/nonexistent.har"_s} << 2 << QString()
                                  << u"cannot read"_s;
    QTest::newRow("unknown kind") << QStringList {u"wsdl"_s, u"{openapi}"_s} << 2 << QString() << u"usage"_s;
    // From a URL: the sample API serves its own description, its server the address it runs on.
    QTest::newRow("from a URL") << QStringList {u"openapi"_s, u"{api}/openapi.yaml"_s, u"--operation"_s,
        u"listOrders"_s} << 0 << u"url={api}/orders"_s
                                << QString();
    QTest::newRow("a URL that answers 404") << QStringList {u"openapi"_s, u"{api}/fault/404"_s, u"--list"_s}
                                            << 2 << QString() << u"answered 404"_s;
    QTest::newRow("a URL nobody answers") << QStringList {u"openapi"_s, u"http://127.0.0.1:1/openapi.yaml"_s,
        u"--list"_s} << 2 << QString() << u"cannot be fetched"_s;
}

void TestCli::importCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const QHash<QString, QString> files {
        {u"{openapi}"_s,
            file(u"things.yaml"_s,
                "openapi: 3.0.3\ninfo: {title: Things, version: '1'}\n"
                "servers: [{url: 'http://127.0.0.1:8080/v1'}, {url: 'https://things.example.com/v1'}]\n"
                "paths:\n  /things:\n    get:\n      operationId: listThings\n      summary: List things\n"
                "      parameters: [{name: offset, in: query}, {name: limit, in: query}]\n"
                "      responses: {'200': {description: ok}}\n"
                "  /things/{id}:\n    get:\n      operationId: getThing\n"
                "      parameters: [{name: id, in: path, required: true}]\n"
                "      responses: {'200': {description: ok}}\n"
                "    delete:\n      operationId: deleteThing\n      responses: {'204': {description: "
                "ok}}\n")},
        {u"{postman}"_s,
            file(u"things.postman_collection.json"_s,
                R"({"info": {"name": "T", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                  "variable": [{"key": "base", "value": "http://127.0.0.1:8080"}],
                                  "item": [{"name": "Get things", "request": {"method": "GET", "url": "{{base}}/things"}}]})")},
        {u"{har}"_s,
            file(u"things.har"_s,
                R"({"log": {"entries": [{"request": {"method": "GET", "url": "http://127.0.0.1:8080/api/things",
                              "headers": []}, "response": {"status": 200, "content": {"mimeType": "application/json", "text": "[]"}}}]}})")},
        {u"{curl}"_s, file(u"things.curl"_s, "curl http://127.0.0.1:8080/x")},
        {u"{bad}"_s, file(u"bad.yaml"_s, "openapi: 3.0.3\npaths: [unclosed\n")},
    };
    const QString api = m_api.baseUrl().toString();
    QStringList given {u"import"_s};
    for (const QString &argument : arguments)
        given.append(files.value(argument, argument).replace(u"{api}"_s, api));
    out.replace(u"{api}"_s, api);
    const Run run = runCli(given);
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(u"exit %1\nout: %2\nerr: %3"_s.arg(run.exitCode).arg(run.out, run.err)));
    QVERIFY2(run.out.contains(out), qPrintable(run.out));
    QVERIFY2(run.err.contains(err), qPrintable(run.err));
}

void TestCli::proxyPasswordFromTheEnvironment_data()
{
    QTest::addColumn<QString>("address"); // %1: the proxy's port
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    const QStringList env {u"--proxy-password-env"_s, u"QONDUIT_TEST_PROXY_PASSWORD"_s};
    QTest::newRow("password from the environment")
        << u"http://bob@127.0.0.1:%1"_s << env << 0 << u"OK 200 JSON"_s;
    QTest::newRow("no password: the proxy refuses") << u"http://bob@127.0.0.1:%1"_s << QStringList {} << 1
                                                    << u"FAILED The proxy refused the request (407)"_s;
    QTest::newRow("a password in the address is refused")
        << u"http://bob:pw@127.0.0.1:%1"_s << env << 1 << u"FAILED The proxy address holds a password"_s;
}

void TestCli::proxyPasswordFromTheEnvironment()
{
    QFETCH(QString, address);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    m_proxy.requireCredentials("bob:pw");
    qputenv("QONDUIT_TEST_PROXY_PASSWORD", "pw");
    const QString connection
        = u"provider=QvRestConnector.exe;url=%1/orders;useProxy=true;proxyAddress=%2;"_s.arg(
            m_api.baseUrl().toString(), address.arg(m_proxy.serverPort()));
    const Run run = runCli(QStringList {u"test"_s} + arguments + QStringList {u"-"_s}, connection.toUtf8());
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QVERIFY2(run.out.startsWith(out), qPrintable(run.out));
    QVERIFY(!run.out.contains(u":pw@"_s) || exitCode != 0);
}

void TestCli::sampleApiCommandServes()
{
    QProcess api;
    api.start(QStringLiteral(QONDUIT_CLI), {u"sample-api"_s});
    QVERIFY(api.waitForStarted());
    QVERIFY(api.waitForReadyRead(10000));
    const QString base = QString::fromUtf8(api.readLine()).trimmed();
    QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base));
    const Run run
        = runCli({u"test"_s}, (u"provider=QvRestConnector.exe;url="_s + base + u"/catalog.xml;"_s).toUtf8());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"OK 200 XML "_s), qPrintable(run.out));
    api.terminate();
    QVERIFY(api.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
