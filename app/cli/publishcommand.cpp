// SPDX-License-Identifier: MIT
#include "publishcommand.h"

#include "input.h"
#include "networkcommands.h"
#include "publish/publisher.h"

#include <QCoreApplication>

using namespace Qonduit;

namespace {

const QString PublishUsage = QStringLiteral(
    "usage: qonduit-cli publish INPUT --name NAME (--cloud URL [--space ID] --token-env VAR | --qrs URL\n"
    "       [--header-user USER] [--qrs-pfx FILE --qrs-pfx-password-env VAR]) [--dry-run] "
    "[--show-secrets]\n");

} // namespace

int runPublishCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("the data connection's name"), QStringLiteral("NAME"));
    const QCommandLineOption cloud(
        QStringLiteral("cloud"), QStringLiteral("Qlik Cloud tenant URL"), QStringLiteral("URL"));
    const QCommandLineOption space(
        QStringLiteral("space"), QStringLiteral("Qlik Cloud space id"), QStringLiteral("ID"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"),
        QStringLiteral("environment variable with the API key or OAuth token"), QStringLiteral("VAR"));
    const QCommandLineOption qrs(
        QStringLiteral("qrs"), QStringLiteral("Qlik Sense Enterprise repository URL"), QStringLiteral("URL"));
    const QCommandLineOption headerUser(QStringLiteral("header-user"),
        QStringLiteral("X-Qlik-User through the proxy, e.g. \"UserDirectory=INTERNAL; UserId=sa_api\""),
        QStringLiteral("USER"));
    const QCommandLineOption qrsPfx(QStringLiteral("qrs-pfx"),
        QStringLiteral("client certificate for port 4242"), QStringLiteral("FILE"));
    const QCommandLineOption qrsPfxPasswordEnv(QStringLiteral("qrs-pfx-password-env"),
        QStringLiteral("environment variable with the certificate's password"), QStringLiteral("VAR"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("print the request instead of sending it"));
    const QCommandLineOption showSecrets(
        QStringLiteral("show-secrets"), QStringLiteral("with --dry-run, do not mask secrets"));
    parser.addOptions(
        {name, cloud, space, tokenEnv, qrs, headerUser, qrsPfx, qrsPfxPasswordEnv, dryRun, showSecrets});
    auto read
        = readConnectionCommand(parser, QStringLiteral("publish"), arguments, PublishUsage, [&]() -> QString {
              if (!parser.isSet(name))
                  return QStringLiteral("--name is required");
              if (parser.isSet(cloud) == parser.isSet(qrs))
                  return QStringLiteral("one of --cloud and --qrs");
              return {};
          });
    if (!read)
        return 2;
    ConnectionSettings settings = *read;
    PublishTarget target;
    target.kind = parser.isSet(cloud) ? PublishTarget::Kind::Cloud : PublishTarget::Kind::Qrs;
    target.server = QUrl(parser.isSet(cloud) ? parser.value(cloud) : parser.value(qrs));
    target.name = parser.value(name);
    target.spaceId = parser.value(space);
    target.headerUser = parser.value(headerUser);
    target.pfxPath = parser.value(qrsPfx);
    const auto token = secretFromEnvironment(parser, tokenEnv);
    const auto pfxPassword = secretFromEnvironment(parser, qrsPfxPasswordEnv);
    if (!token || !pfxPassword)
        return 2;
    target.token = *token;
    // A dry run needs no token: it shows where the token goes.
    if (parser.isSet(dryRun) && target.kind == PublishTarget::Kind::Cloud && target.token.isEmpty())
        target.token = PublishTarget::TokenPlaceholder.toString();
    target.pfxPassword = *pfxPassword;

    if (parser.isSet(dryRun)) {
        const auto requests = Publisher::requestsFor(settings, target);
        if (!requests) {
            printError(requests.error());
            return 1;
        }
        for (qsizetype i = 0; i < requests.value().size(); ++i) {
            const PublishRequest &request = requests.value()[i];
            printOut(
                (i ? QStringLiteral("\n") : QString()) + request.describe(parser.isSet(showSecrets)) + u'\n');
            printOut(QStringLiteral("\ncurl: ") + request.curl(parser.isSet(showSecrets)) + u'\n');
        }
        return 0;
    }
    Publisher publisher;
    PublishResult result;
    QObject::connect(&publisher, &Publisher::finished, [&](const PublishResult &r) {
        result = r;
        QCoreApplication::quit();
    });
    publisher.publish(settings, target);
    QCoreApplication::exec();
    if (result.succeeded()) {
        printOut(QStringLiteral("CREATED %1\n%2\n").arg(result.id, result.sentence));
        if (!result.connectStatement.isEmpty())
            printOut(QStringLiteral("statement: %1\n").arg(result.connectStatement));
        return 0;
    }
    printOut(QStringLiteral("FAILED %1 %2\n").arg(result.status).arg(result.sentence));
    return 1;
}
