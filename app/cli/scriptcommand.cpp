// SPDX-License-Identifier: MIT
#include "scriptcommand.h"

#include "input.h"
#include "networkcommands.h"
#include "schema/schemapass.h"
#include "schemacommand.h"
#include "script/scriptwriter.h"

#include <QCoreApplication>

using namespace Qonduit;

namespace {

const QString ScriptUsage = QStringLiteral(
    "usage: qonduit-cli script INPUT [--response FILE] [--select SPEC] [--name NAME] [--qlikview]\n"
    "       [--with-connection] [--include-secrets] [--format auto|json|xml|csv] [--curl]\n"
    "SPEC: table or table:field1,field2, entries joined by ';'. Without it every table and field.\n");

} // namespace

int runScriptCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption response(QStringLiteral("response"),
        QStringLiteral("parse this file instead of fetching"), QStringLiteral("FILE"));
    const QCommandLineOption select(
        QStringLiteral("select"), QStringLiteral("tables and fields to load"), QStringLiteral("SPEC"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("the data connection's name"), QStringLiteral("NAME"));
    const QCommandLineOption qlikview(
        QStringLiteral("qlikview"), QStringLiteral("CUSTOM CONNECT instead of LIB CONNECT"));
    const QCommandLineOption withConnection(
        QStringLiteral("with-connection"), QStringLiteral("add WITH CONNECTION"));
    const QCommandLineOption includeSecrets(
        QStringLiteral("include-secrets"), QStringLiteral("write secret header values instead of variables"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("auto, json, xml or csv"),
        QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption curl(
        QStringLiteral("curl"), QStringLiteral("print the request as a curl command instead"));
    parser.addOptions({response, select, name, qlikview, withConnection, includeSecrets, format, curl});
    auto read = readConnectionCommand(parser, QStringLiteral("script"), arguments, ScriptUsage);
    if (!read)
        return 2;
    ConnectionSettings settings = *read;
    if (parser.isSet(curl)) {
        printOut(curlCommand(settings, parser.isSet(includeSecrets)) + u'\n');
        return 0;
    }
    SchemaOptions options = SchemaOptions::fromSettings(settings);
    const auto chosenFormat = responseFormatFromName(parser.value(format));
    if (!chosenFormat) {
        printError(QStringLiteral("unknown format '%1'").arg(parser.value(format)));
        return 2;
    }
    options.format = *chosenFormat;

    Schema schema;
    if (!readSchema(settings, options, parser.value(response), &schema))
        return parser.isSet(response) ? 2 : 1;
    if (!schema.problem.isEmpty()) {
        printError(schema.problem.message);
        return 1;
    }
    Selection selection;
    if (parser.isSet(select)) {
        auto chosen = Selection::fromSpec(schema, parser.value(select));
        if (!chosen) {
            printError(chosen.error());
            return 2;
        }
        selection = chosen.value();
    }
    ScriptOptions scriptOptions;
    scriptOptions.connect
        = parser.isSet(qlikview) ? ScriptOptions::Connect::Custom : ScriptOptions::Connect::Library;
    scriptOptions.name = parser.value(name);
    scriptOptions.withConnection = parser.isSet(withConnection);
    scriptOptions.includeSecrets = parser.isSet(includeSecrets);
    printOut(writeScript(settings, schema, selection, scriptOptions));
    return 0;
}
