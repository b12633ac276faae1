// SPDX-License-Identifier: MIT
#include "networkcommands.h"

#include "connectioninput.h"
#include "input.h"
#include "requestengine.h"
#include "sampleapiserver.h"
#include "testcertificates.h"
#include "token/tokenclient.h"
#include "variables.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>

#include <csignal>

using namespace Qonduit;

int runSampleApiCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("port on 127.0.0.1 (default: any free one)"), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption tls(
        QStringLiteral("tls"), QStringLiteral("serve HTTPS with a self-signed certificate"));
    const QCommandLineOption clientCa(QStringLiteral("client-cert-ca"),
        QStringLiteral("with --tls, require a client certificate issued by this CA"), QStringLiteral("FILE"));
    parser.addOptions({port, tls, clientCa});
    if (!parser.parse(QStringList {QStringLiteral("sample-api")} + arguments)
        || !parser.positionalArguments().isEmpty()) {
        printError(
            parser.errorText().isEmpty() ? QStringLiteral("sample-api takes no INPUT") : parser.errorText());
        printUsageError(
            QStringLiteral("usage: qonduit-cli sample-api [--port N] [--tls [--client-cert-ca FILE]]\n"));
        return 2;
    }
    TestCertificates certificates;
    SampleApiServer server;
    SampleApiServer::TlsOptions options;
    if (parser.isSet(tls)) {
        if (const auto generated = certificates.generate(); !generated) {
            printError(generated.error());
            return 2;
        }
        options.certificate = certificates.selfSignedCertificate();
        options.privateKey = certificates.selfSignedKey();
        if (parser.isSet(clientCa)) {
            options.clientCertificateAuthorities = QSslCertificate::fromPath(parser.value(clientCa));
            if (options.clientCertificateAuthorities.isEmpty()) {
                printError(QStringLiteral("no certificate in %1").arg(parser.value(clientCa)));
                return 2;
            }
        }
    }
    const auto started
        = server.start(quint16(parser.value(port).toUInt()), parser.isSet(tls) ? &options : nullptr);
    if (!started) {
        printError(
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(parser.value(port), started.error()));
        return 2;
    }
    // The first line is the base URL, for scripts (./run reads it); the routes follow for people.
    printOut(server.baseUrl().toString() + u'\n');
    for (const auto &[route, what] : SampleApiServer::routeList())
        printOut(QStringLiteral("  %1  %2\n").arg(route, -30).arg(what));
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

CredentialOptions::CredentialOptions()
    : user(QStringLiteral("user"), QStringLiteral("user name (else the connection file's)"),
        QStringLiteral("NAME"))
    , passwordEnv(QStringLiteral("password-env"),
          QStringLiteral("environment variable that holds the password"), QStringLiteral("VAR"))
    , pfxPasswordEnv(QStringLiteral("pfx-password-env"),
          QStringLiteral("environment variable that holds the PFX password"), QStringLiteral("VAR"))
    , proxyPasswordEnv(QStringLiteral("proxy-password-env"),
          QStringLiteral("environment variable that holds the proxy's password (the user name is in the "
                         "proxy address, http://user@proxy:3128)"),
          QStringLiteral("VAR"))
    , var(QStringLiteral("var"), QStringLiteral("test value of the variable $(NAME) (repeatable)"),
          QStringLiteral("NAME=VALUE"))
    , varEnv(QStringLiteral("var-env"),
          QStringLiteral("test value of $(NAME) from an environment variable, kept secret (repeatable)"),
          QStringLiteral("NAME=ENVVAR"))
    , clientSecretEnv(QStringLiteral("client-secret-env"),
          QStringLiteral("environment variable that holds the token request's client secret"),
          QStringLiteral("VAR"))
    , tokenPasswordEnv(QStringLiteral("token-password-env"),
          QStringLiteral("environment variable that holds the password of the token's password grant"),
          QStringLiteral("VAR"))
    , refreshTokenEnv(QStringLiteral("refresh-token-env"),
          QStringLiteral("environment variable that holds the refresh token"), QStringLiteral("VAR"))
{
}

namespace {

// The value of an environment variable; nothing, with the reason printed, when it is not set.
std::optional<QString> environmentValue(const QString &variable)
{
    const QByteArray name = variable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData())) {
        printError(QStringLiteral("the environment variable %1 is not set").arg(variable));
        return std::nullopt;
    }
    return qEnvironmentVariable(name.constData());
}

// Sets a variable's test value, adding the variable when the connection does not have it.
void setVariable(ConnectionSettings &settings, const QString &name, const QString &value, bool secret)
{
    for (Variable &variable : settings.variables) {
        if (variable.name == name) {
            variable.testValue = value;
            variable.secret = variable.secret || secret;
            return;
        }
    }
    settings.variables.append({name, value, secret});
}

bool applyVariables(
    const QCommandLineParser &parser, const CredentialOptions &options, ConnectionSettings &settings)
{
    for (const auto &[option, secret] :
        {std::pair {&options.var, false}, std::pair {&options.varEnv, true}}) {
        for (const QString &given : parser.values(*option)) {
            const qsizetype equals = given.indexOf(u'=');
            if (equals <= 0) {
                printError(QStringLiteral("--%1 %2: expected NAME=%3")
                               .arg(option->names().first(), given,
                                   secret ? QStringLiteral("ENVVAR") : QStringLiteral("VALUE")));
                return false;
            }
            std::optional<QString> value = given.mid(equals + 1);
            if (secret)
                value = environmentValue(*value);
            if (!value)
                return false;
            setVariable(settings, given.left(equals), *value, secret);
        }
    }
    return true;
}

} // namespace

void CredentialOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({user, passwordEnv, pfxPasswordEnv, proxyPasswordEnv, var, varEnv, clientSecretEnv,
        tokenPasswordEnv, refreshTokenEnv});
}

bool CredentialOptions::apply(const QCommandLineParser &parser, Qonduit::ConnectionSettings &settings) const
{
    if (parser.isSet(user))
        settings.authentication.userName = parser.value(user);
    for (const auto &[option, target] : {std::pair {&passwordEnv, &settings.authentication.password},
             std::pair {&pfxPasswordEnv, &settings.certificates.pfxPassword},
             std::pair {&proxyPasswordEnv, &settings.proxy.password},
             std::pair {&clientSecretEnv, &settings.token.clientSecret},
             std::pair {&tokenPasswordEnv, &settings.token.password},
             std::pair {&refreshTokenEnv, &settings.token.refreshToken}}) {
        const auto secret = secretFromEnvironment(parser, *option);
        if (!secret)
            return false;
        if (parser.isSet(*option))
            *target = *secret;
    }
    return applyVariables(parser, *this, settings);
}

std::optional<QString> secretFromEnvironment(
    const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QString();
    return environmentValue(parser.value(option));
}

std::optional<ConnectionSettings> readConnectionCommand(QCommandLineParser &parser, const QString &command,
    const QStringList &arguments, const QString &usage, const std::function<QString()> &check)
{
    const CredentialOptions credentials;
    credentials.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("INPUT"), QStringLiteral("connection file, or - for standard input"));
    QString problem;
    if (!parser.parse(QStringList {command} + arguments))
        problem = parser.errorText();
    else if (parser.positionalArguments().size() > 1)
        problem = QStringLiteral("one INPUT at most");
    else if (check)
        problem = check();
    if (!problem.isEmpty()) {
        printError(problem);
        printUsageError(usage);
        return std::nullopt;
    }
    auto read = readConnectionInput(parser.positionalArguments().value(0));
    if (!read)
        return std::nullopt;
    ConnectionSettings settings = read->settings;
    if (!credentials.apply(parser, settings))
        return std::nullopt;
    return settings;
}

// The token request alone [ours]: its status and expiry, never the token unless asked.
int runTokenCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption showToken(
        QStringLiteral("show-token"), QStringLiteral("print the token itself"));
    parser.addOption(showToken);
    const auto read = readConnectionCommand(parser, QStringLiteral("token"), arguments,
        QStringLiteral(
            "usage: qonduit-cli token [--show-token] [--client-secret-env VAR] [--token-password-env VAR] "
            "[--refresh-token-env VAR] [--var NAME=VALUE] [--var-env NAME=ENVVAR] [INPUT]\n"));
    if (!read)
        return 2;
    const ConnectionSettings settings = Variables::withTestValues(*read);
    if (settings.token.source == TokenSource::None) {
        printError(QStringLiteral("the connection fetches no token first"));
        return 2;
    }
    TokenClient client;
    TokenResult result;
    QObject::connect(&client, &TokenClient::finished, [&result](const TokenResult &r) {
        result = r;
        QCoreApplication::quit();
    });
    client.fetch(settings);
    QCoreApplication::exec();
    printOut((result.ok ? QStringLiteral("OK %1\n") : QStringLiteral("FAILED %1\n"))
                 .arg(result.status ? QString::number(result.status) : QStringLiteral("-")));
    printOut(result.sentence + u'\n');
    if (!result.ok)
        return 1;
    if (result.expires.isValid())
        printOut(QStringLiteral("expires: %1\n").arg(result.expires.toString(Qt::ISODate)));
    for (const NameValue &field : std::as_const(result.token.fields))
        printOut(QStringLiteral("%1: %2\n").arg(field.name, field.value));
    printOut(QStringLiteral("token: %1\n")
                 .arg(parser.isSet(showToken) ? result.token.value
                                              : QStringLiteral("******** (--show-token prints it)")));
    if (!result.token.refreshToken.isEmpty())
        printOut(QStringLiteral("refresh token: %1\n")
                     .arg(parser.isSet(showToken) ? result.token.refreshToken : QStringLiteral("********")));
    return 0;
}

int runTestCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto read = readConnectionCommand(parser, QStringLiteral("test"), arguments,
        QStringLiteral("usage: qonduit-cli test [--user NAME] [--password-env VAR] [--pfx-password-env VAR] "
                       "[--proxy-password-env VAR] [--var NAME=VALUE] [--var-env NAME=ENVVAR] [INPUT]\n"));
    if (!read)
        return 2;
    const ConnectionSettings settings = *read;

    RequestEngine engine;
    ConnectionTestResult result;
    QObject::connect(&engine, &RequestEngine::finished, [&result](const ConnectionTestResult &r) {
        result = r;
        QCoreApplication::quit();
    });
    engine.start(settings);
    QCoreApplication::exec();

    // A secret variable's test value may stand in the URL: it is masked wherever it would be printed.
    QStringList secrets;
    for (const Variable &variable : settings.variables) {
        if (variable.secret && !variable.testValue.isEmpty())
            secrets.append(variable.testValue);
    }
    const auto printOut = [&secrets](QString text) {
        for (const QString &secret : std::as_const(secrets))
            text.replace(secret, QStringLiteral("********"));
        ::printOut(text);
    };
    printOut(result.summaryLine() + u'\n');
    if (result.succeeded())
        printOut(result.sentence + u'\n');
    if (!result.extraDetail().isEmpty())
        printOut(QStringLiteral("detail: %1\n").arg(result.extraDetail()));
    printOut(QStringLiteral("url: %1\n").arg(result.finalUrl.toString()));
    for (const QUrl &url : std::as_const(result.redirects))
        printOut(QStringLiteral("redirected to: %1\n").arg(url.toString()));
    if (result.status)
        printOut(
            QStringLiteral("status: %1 %2\n").arg(result.status).arg(QString::fromLatin1(result.reason)));
    printOut(QStringLiteral("time: %1 ms to the first byte, %2 ms in all\n")
                 .arg(result.millisecondsToFirstByte)
                 .arg(result.millisecondsTotal));
    if (!result.tls.protocol.isEmpty())
        printOut(QStringLiteral("tls: %1, %2, issued by %3, expires %4\n")
                     .arg(result.tls.protocol, result.tls.subject, result.tls.issuer,
                         result.tls.expiry.toString(Qt::ISODate)));
    for (const QString &error : std::as_const(result.tls.errors))
        printOut(QStringLiteral("certificate problem: %1\n").arg(error));
    for (const QString &retry : std::as_const(result.retries))
        printOut(QStringLiteral("retried: %1\n").arg(retry));
    for (const QString &note : std::as_const(result.notes))
        printOut(QStringLiteral("note: %1\n").arg(note));
    return result.succeeded() ? 0 : 1;
}
