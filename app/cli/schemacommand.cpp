// SPDX-License-Identifier: MIT
#include "schemacommand.h"

#include "input.h"
#include "networkcommands.h"
#include "pagination/pagewalker.h"
#include "requestengine.h"
#include "schema/schemapass.h"
#include "schema/schemareport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qonduit;

namespace {

const QString SchemaUsage = QStringLiteral(
    "usage: qonduit-cli schema INPUT [--response FILE] [--format auto|json|xml|csv] [--all-pages] [--json]\n"
    "       [--delimiter C] [--quote C] [--no-header] [--encoding utf-8|utf-16|latin-1] [--rows N]\n"
    "       [--user NAME] [--password-env VAR] [--var NAME=VALUE] [--var-env NAME=ENVVAR]\n");

std::optional<char> oneCharacter(const QString &text)
{
    if (text == u"\\t" || text == u"tab")
        return '\t';
    if (text.isEmpty() || text == u"none")
        return char(0);
    if (text.size() == 1 && text[0].unicode() < 128)
        return char(text[0].unicode());
    return std::nullopt;
}

} // namespace

bool readSchema(const ConnectionSettings &settings, const SchemaOptions &options, const QString &responseFile,
    Schema *schema)
{
    ConnectionTestResult fetched;
    if (responseFile.isEmpty()) {
        RequestEngine engine;
        QObject::connect(&engine, &RequestEngine::finished, [&](const ConnectionTestResult &r) {
            fetched = r;
            QCoreApplication::quit();
        });
        engine.start(settings);
        QCoreApplication::exec();
        if (!fetched.succeeded()) {
            printError(fetched.sentence);
            return false;
        }
    }
    const auto bytes
        = responseFile.isEmpty() ? BodyBytes::of(fetched) : std::make_unique<BodyBytes>(responseFile);
    if (!bytes->error().isEmpty()) {
        printError(bytes->error());
        return false;
    }
    SchemaBuilder builder(options.builderOptions());
    const BodyParse parse
        = parseBody(builder, bytes->view(), fetched.contentType(), options, nullptr, bytes->endsWithNul());
    if (options.responseHeaders && responseFile.isEmpty())
        builder.addResponseHeaders(fetched.headers);
    *schema = finishedSchema(builder, parse, qint64(bytes->view().size()));
    return true;
}

int runSchemaCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption response(QStringLiteral("response"),
        QStringLiteral("parse this file instead of fetching"), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("auto, json, xml or csv"),
        QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption allPages(QStringLiteral("all-pages"), QStringLiteral("walk every page"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("write JSON with the first rows"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"), QStringLiteral("CSV delimiter"), QStringLiteral("C"));
    const QCommandLineOption quote(
        QStringLiteral("quote"), QStringLiteral("CSV quote character"), QStringLiteral("C"));
    const QCommandLineOption noHeader(
        QStringLiteral("no-header"), QStringLiteral("CSV without a header row"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"), QStringLiteral("CSV text encoding"), QStringLiteral("NAME"));
    const QCommandLineOption rows(QStringLiteral("rows"),
        QStringLiteral("rows per table in --json (default 10)"), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption pageLimit(QStringLiteral("page-limit"),
        QStringLiteral("with --all-pages, stop after N pages (0: no limit; default 100)"),
        QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions(
        {response, format, allPages, json, delimiter, quote, noHeader, encoding, rows, pageLimit});
    auto read = readConnectionCommand(parser, QStringLiteral("schema"), arguments, SchemaUsage);
    if (!read)
        return 2;
    ConnectionSettings settings = *read;

    SchemaOptions options = SchemaOptions::fromSettings(settings);
    const auto chosenFormat = responseFormatFromName(parser.value(format));
    if (!chosenFormat) {
        printError(QStringLiteral("unknown format '%1'").arg(parser.value(format)));
        printUsageError(SchemaUsage);
        return 2;
    }
    options.format = *chosenFormat;
    for (const auto &[option, target] :
        {std::pair {&delimiter, &options.csv.delimiter}, std::pair {&quote, &options.csv.quote}}) {
        if (!parser.isSet(*option))
            continue;
        const auto character = oneCharacter(parser.value(*option));
        if (!character) {
            printError(QStringLiteral("--%1 takes one ASCII character, \\t or none")
                           .arg(option->names().constFirst()));
            return 2;
        }
        *target = *character;
    }
    options.csv.header = !parser.isSet(noHeader);
    if (parser.isSet(encoding)) {
        const QString name = parser.value(encoding).toLower().remove(u'-');
        if (name == u"utf8")
            options.csv.encoding = TextEncoding::Utf8;
        else if (name == u"utf16")
            options.csv.encoding = TextEncoding::Utf16;
        else if (name == u"latin1" || name == u"windows1252" || name == u"cp1252")
            options.csv.encoding = TextEncoding::Latin1;
        else {
            printError(QStringLiteral("unknown encoding '%1'").arg(parser.value(encoding)));
            return 2;
        }
    }

    Schema schema;
    QStringList notes;
    if (parser.isSet(response) || !parser.isSet(allPages)) {
        if (!readSchema(settings, options, parser.value(response), &schema))
            return parser.isSet(response) ? 2 : 1;
    } else {
        PageWalker walker;
        PageWalkResult result;
        QObject::connect(&walker, &PageWalker::finished, [&](const PageWalkResult &r) {
            result = r;
            QCoreApplication::quit();
        });
        PageWalkOptions walkOptions;
        walkOptions.pageLimit = parser.value(pageLimit).toInt();
        walker.start(settings, options, walkOptions);
        QCoreApplication::exec();
        schema = result.schema;
        notes.append(QStringLiteral("pages: %1, %2 pages/s; %3")
                         .arg(result.pages.size())
                         .arg(result.pagesPerSecond(), 0, 'f', 1)
                         .arg(result.sentence));
        if (!result.succeeded()) {
            printOut(schemaText(schema));
            printError(result.sentence);
            return 1;
        }
    }

    if (parser.isSet(json)) {
        QJsonObject out = schemaJson(schema, parser.value(rows).toInt());
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else {
        printOut(schemaText(schema));
        for (const QString &warning : std::as_const(schema.warnings))
            printOut(QStringLiteral("warning: %1\n").arg(warning));
        for (const QString &note : std::as_const(notes))
            printOut(QStringLiteral("note: %1\n").arg(note));
    }
    if (!schema.problem.isEmpty()) {
        printError(schema.problem.line > 0 ? QStringLiteral("line %1, column %2: %3")
                                                 .arg(schema.problem.line)
                                                 .arg(schema.problem.column)
                                                 .arg(schema.problem.message)
                                           : schema.problem.message);
        return 1;
    }
    return 0;
}
