// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "connectionfile.h"
#include "connectionstring.h"
#include "curlimport.h"
#include "import/apidocument.h"
#include "import/documentfetch.h"
#include "input.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Qonduit;

namespace {

enum ExitCode { Success = 0, DoesNotFit = 1, Unreadable = 2 };

const QString Usage = QStringLiteral(
    "usage: qonduit-cli import curl|openapi|postman|insomnia|har FILE [--list]\n"
    "           [--operation ID | --request NAME | --entry N] [--server N] [--param NAME=VALUE]...\n"
    "           [--environment FILE] [--pagination-guess] [--format qlik|json]\n"
    "Prints the connection one request of FILE makes (the statement, or with --format json the .qonduit\n"
    "file); what has no place in it goes to standard error. --list prints what FILE holds: id, method,\n"
    "path or URL, title, and why Qlik cannot send it where it cannot. FILE '-' reads standard input; an\n"
    "http:// or https:// URL is fetched (once, with no credentials; its $refs are not followed).\n");

struct Kind
{
    const char16_t *word;
    ApiDocumentKind kind;
};
constexpr Kind Kinds[] {{u"openapi", ApiDocumentKind::OpenApi}, {u"postman", ApiDocumentKind::Postman},
    {u"insomnia", ApiDocumentKind::Insomnia}, {u"har", ApiDocumentKind::Har}};

int printSettings(const ConnectionSettings &settings, const QString &format)
{
    if (format == u"json")
        printOut(QString::fromUtf8(ConnectionFile::write(settings)));
    else
        printOut(ConnectionString::writeStatement(settings) + u'\n');
    return Success;
}

void printUnmapped(const QStringList &unmapped)
{
    for (const QString &line : unmapped)
        printError(QStringLiteral("not in the form: %1").arg(line));
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("print what FILE holds"));
    const QCommandLineOption operation(
        QStringLiteral("operation"), QStringLiteral("the operation's id"), QStringLiteral("ID"));
    const QCommandLineOption request(
        QStringLiteral("request"), QStringLiteral("the request's name or path"), QStringLiteral("NAME"));
    const QCommandLineOption entry(
        QStringLiteral("entry"), QStringLiteral("the entry's number"), QStringLiteral("N"));
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("the document's Nth server, from 1"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption param(
        QStringLiteral("param"), QStringLiteral("a path parameter's value"), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption environment(QStringLiteral("environment"),
        QStringLiteral("a Postman environment file for the collection's variables"), QStringLiteral("FILE"));
    const QCommandLineOption guess(
        QStringLiteral("pagination-guess"), QStringLiteral("use the pagination the document suggests"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("qlik (the statement) or json"),
        QStringLiteral("format"), QStringLiteral("qlik"));
    parser.addOptions({list, operation, request, entry, server, param, environment, guess, format});
    parser.addPositionalArgument(
        QStringLiteral("KIND"), QStringLiteral("curl, openapi, postman, insomnia or har"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the file, or - for standard input"));
    if (arguments.value(0) == u"--help" || arguments.value(0) == u"-h") {
        printOut(Usage);
        return Success;
    }
    if (!parser.parse(QStringList {QStringLiteral("import")} + arguments)
        || parser.positionalArguments().size() != 2) {
        printError(
            parser.errorText().isEmpty() ? QStringLiteral("give the KIND and the FILE") : parser.errorText());
        printUsageError(Usage);
        return Unreadable;
    }
    const QString kindWord = parser.positionalArguments().at(0);
    const QString formatName = parser.value(format);
    if (formatName != u"qlik" && formatName != u"json") {
        printError(QStringLiteral("unknown --format %1: use qlik or json").arg(formatName));
        return Unreadable;
    }
    const QString source = parser.positionalArguments().at(1);
    std::optional<CommandInput> input;
    if (DocumentFetch::isUrl(source)) {
        // A document on a server (the API's own /openapi.yaml): fetched once, then read as a file.
        DocumentFetch fetch;
        QEventLoop loop;
        std::optional<Expected<QByteArray, QString>> fetched;
        QObject::connect(
            &fetch, &DocumentFetch::finished, &loop, [&](const Expected<QByteArray, QString> &result) {
                fetched = result;
                loop.quit();
            });
        fetch.start(QUrl(source.trimmed()));
        loop.exec();
        if (!*fetched) {
            printError(fetched->error());
            return Unreadable;
        }
        input = CommandInput {source, fetched->value()};
    } else {
        input = readCommandInput(source);
    }
    if (!input)
        return Unreadable;

    if (kindWord == u"curl") {
        const auto imported = CurlImport::read(QString::fromUtf8(input->bytes));
        if (!imported) {
            printError(input->name + QStringLiteral(": ") + imported.error());
            return Unreadable;
        }
        if (parser.isSet(list)) {
            printOut(
                QStringLiteral("1\t%1\t%2\n")
                    .arg(imported.value().settings.request.method == HttpMethod::Post ? QStringLiteral("POST")
                                                                                      : QStringLiteral("GET"),
                        imported.value().settings.request.url));
            return Success;
        }
        printUnmapped(imported.value().unmapped);
        return printSettings(imported.value().settings, formatName);
    }
    const Kind *kind
        = std::find_if(std::begin(Kinds), std::end(Kinds), [&](const Kind &k) { return kindWord == k.word; });
    if (kind == std::end(Kinds)) {
        printError(
            QStringLiteral("unknown kind %1: use curl, openapi, postman, insomnia or har").arg(kindWord));
        printUsageError(Usage);
        return Unreadable;
    }
    const auto read = ApiDocument::read(input->bytes);
    if (!read) {
        printError(input->name + QStringLiteral(": ") + read.error());
        return Unreadable;
    }
    const ApiDocument &document = *read.value();
    if (document.kind() != kind->kind) {
        printError(
            QStringLiteral("%1 is a %2, not %3: say import %4")
                .arg(input->name, document.kindName(), kindWord,
                    QString::fromUtf16(std::find_if(std::begin(Kinds), std::end(Kinds), [&](const Kind &k) {
                        return k.kind == document.kind();
                    })->word)));
        return Unreadable;
    }
    for (const QString &note : document.notes())
        printError(QStringLiteral("%1: %2").arg(input->name, note));
    const QList<ApiEntry> &entries = document.entries();
    if (parser.isSet(list)) {
        for (const ApiEntry &item : entries) {
            QStringList columns {item.id, item.method, item.target, item.title};
            if (!item.fits())
                columns.append(QStringLiteral("(%1)").arg(item.whyNot));
            printOut(columns.join(u'\t') + u'\n');
        }
        return Success;
    }

    QString chosen;
    for (const QCommandLineOption &option : {operation, request, entry}) {
        if (parser.isSet(option))
            chosen = parser.value(option);
    }
    int index = -1;
    if (chosen.isEmpty()) {
        QList<int> fitting;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i].fits())
                fitting.append(i);
        }
        if (fitting.size() != 1) {
            printError(QStringLiteral(
                "%1 holds %2 requests Qlik can send: choose one with --operation, --request or "
                "--entry (see --list)")
                           .arg(input->name)
                           .arg(fitting.size()));
            return Unreadable;
        }
        index = fitting.first();
    } else {
        index = document.find(chosen);
        if (index < 0) {
            printError(QStringLiteral("%1 has no request %2 (see --list)").arg(input->name, chosen));
            return Unreadable;
        }
    }

    ApiChoice choice;
    choice.server = parser.value(server).toInt() - 1;
    choice.applyPaginationGuess = parser.isSet(guess);
    for (const QString &pair : parser.values(param)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            printError(QStringLiteral("--param %1: write NAME=VALUE").arg(pair));
            return Unreadable;
        }
        choice.pathValues.append({pair.left(equals), pair.mid(equals + 1)});
    }
    if (parser.isSet(environment)) {
        const auto file = readCommandInput(parser.value(environment));
        if (!file)
            return Unreadable;
        const auto values = ApiImports::postmanEnvironment(file->bytes);
        if (!values) {
            printError(file->name + QStringLiteral(": ") + values.error());
            return Unreadable;
        }
        choice.environment = values.value();
    }
    const auto imported = document.import(index, choice, {});
    if (!imported) {
        printError(QStringLiteral("%1: %2").arg(entries[index].id, imported.error()));
        return DoesNotFit;
    }
    printUnmapped(imported.value().unmapped);
    if (!imported.value().paginationReason.isEmpty())
        printError(
            QStringLiteral("pagination guess: %1%2")
                .arg(imported.value().paginationReason,
                    choice.applyPaginationGuess ? QString()
                                                : QStringLiteral(" (use it with --pagination-guess)")));
    return printSettings(imported.value().settings, formatName);
}
