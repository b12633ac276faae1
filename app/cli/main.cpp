// SPDX-License-Identifier: MIT
#include "connectioncommand.h"
#include "importcommand.h"
#include "input.h"
#include "networkcommands.h"
#include "publishcommand.h"
#include "schemacommand.h"
#include "scriptcommand.h"
#include "version.h"

#include <QCoreApplication>
#include <QTranslator>

namespace {

const QString Usage = QStringLiteral(
    "usage: qonduit-cli COMMAND ...\n"
    "Design, check and export Qlik REST connections without a GUI.\n"
    "\n"
    "commands:\n"
    "  connection print [--format qlik|json] [INPUT]   the connection as a statement or a .qonduit file\n"
    "  connection validate [INPUT]                     one 'field: message' line per problem\n"
    "  test [--user NAME] [--password-env VAR] [--pfx-password-env VAR] [--proxy-password-env VAR]\n"
    "       [--var NAME=VALUE] [--var-env NAME=ENVVAR] [INPUT]\n"
    "                                                  performs the request; first line OK or FAILED\n"
    "  token [--show-token] [--client-secret-env VAR] [--token-password-env VAR] [--refresh-token-env VAR]\n"
    "        [INPUT]                                   the token request alone: status and expiry\n"
    "  schema [--response FILE] [--format auto|json|xml|csv] [--all-pages] [--json] [--var NAME=VALUE]\n"
    "         [--var-env NAME=ENVVAR] [INPUT]\n"
    "                                                  the response as Qlik's tables, fields and keys\n"
    "  script [--response FILE] [--select SPEC] [--name NAME] [--qlikview] [--with-connection] [INPUT]\n"
    "                                                  the CONNECT, SQL SELECT and LOAD script Qlik would "
    "write\n"
    "  publish --name NAME (--cloud URL --space ID --token-env VAR | --qrs URL) [--dry-run] [INPUT]\n"
    "                                                  creates the connection in Qlik Cloud or Qlik Sense\n"
    "  import curl|openapi|postman|insomnia|har FILE [--list] [--operation ID|--request NAME|--entry N]\n"
    "         [--server N] [--param NAME=VALUE] [--environment FILE] [--pagination-guess] [--format qlik|json]\n"
    "                                                  the connection one request of an API document makes\n"
    "  sample-api [--port N] [--tls [--client-cert-ca FILE]]\n"
    "                                                  the built-in sample API on 127.0.0.1\n"
    "\n"
    "  --version    print the version\n"
    "  --help       print this help\n"
    "\n"
    "Exit codes: 0 done, 1 the connection has problems, 2 the input or the command cannot be read.\n");

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qonduit-cli"));
    QCoreApplication::setApplicationVersion(Qonduit::Version.toString());
    // The command line speaks English, with English's plural forms ("1 number", "2 numbers").
    QTranslator plurals;
    if (plurals.load(QStringLiteral("qonduit_en"), QStringLiteral(":/qonduit/i18n")))
        QCoreApplication::installTranslator(&plurals);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == u"--version") {
        printOut(QStringLiteral("qonduit-cli %1\n").arg(Qonduit::Version));
        return 0;
    }
    if (command == u"--help" || command == u"-h") {
        printOut(Usage);
        return 0;
    }
    if (command == u"connection")
        return runConnectionCommand(arguments.mid(1));
    if (command == u"test")
        return runTestCommand(arguments.mid(1));
    if (command == u"token")
        return runTokenCommand(arguments.mid(1));
    if (command == u"schema")
        return runSchemaCommand(arguments.mid(1));
    if (command == u"script")
        return runScriptCommand(arguments.mid(1));
    if (command == u"publish")
        return runPublishCommand(arguments.mid(1));
    if (command == u"import")
        return runImportCommand(arguments.mid(1));
    if (command == u"sample-api")
        return runSampleApiCommand(arguments.mid(1));
    if (command.isEmpty())
        printError(QStringLiteral("no command given"));
    else
        printError(QStringLiteral("unknown command '%1'").arg(command));
    printUsageError(Usage);
    return 2;
}
