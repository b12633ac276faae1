// SPDX-License-Identifier: MIT
#include "connectioncommand.h"

#include "connectionfile.h"
#include "connectioninput.h"
#include "connectionstring.h"
#include "connectionvalidator.h"
#include "input.h"

#include <QCommandLineParser>

using namespace Qonduit;

namespace {

enum ExitCode { Success = 0, Invalid = 1, Unreadable = 2 };

const QString Usage
    = QStringLiteral("usage: qonduit-cli connection print [--format qlik|json] [INPUT]\n"
                     "       qonduit-cli connection validate [INPUT]\n"
                     "INPUT is a connection statement, a connection string or a .qonduit file;\n"
                     "'-' or nothing reads standard input.\n");

int print(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("qlik (the statement) or json"),
        QStringLiteral("format"), QStringLiteral("qlik"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("file, or - for standard input"));
    if (!parser.parse(QStringList {QStringLiteral("print")} + arguments)
        || parser.positionalArguments().size() > 1) {
        printError(parser.errorText().isEmpty() ? QStringLiteral("one INPUT at most") : parser.errorText());
        printUsageError(Usage);
        return Unreadable;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"qlik" && formatName != u"json") {
        printError(QStringLiteral("unknown --format %1: use qlik or json").arg(formatName));
        return Unreadable;
    }
    const auto connection = readConnectionInput(parser.positionalArguments().value(0));
    if (!connection)
        return Unreadable;
    if (formatName == u"json")
        printOut(QString::fromUtf8(ConnectionFile::write(connection->settings)));
    else
        printOut(ConnectionString::writeStatement(connection->settings) + u'\n');
    return Success;
}

int validateConnection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("file, or - for standard input"));
    if (!parser.parse(QStringList {QStringLiteral("validate")} + arguments)
        || parser.positionalArguments().size() > 1) {
        printError(parser.errorText().isEmpty() ? QStringLiteral("one INPUT at most") : parser.errorText());
        printUsageError(Usage);
        return Unreadable;
    }
    const auto connection = readConnectionInput(parser.positionalArguments().value(0));
    if (!connection)
        return Unreadable;
    const QList<ValidationProblem> problems = validate(connection->settings);
    for (const ValidationProblem &problem : problems) {
        printOut(problem.field + (problem.isError() ? QStringLiteral(": ") : QStringLiteral(": warning: "))
            + problem.message + u'\n');
    }
    return hasErrors(problems) ? Invalid : Success;
}

} // namespace

int runConnectionCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == u"print")
        return print(arguments.mid(1));
    if (command == u"validate")
        return validateConnection(arguments.mid(1));
    if (command.isEmpty() || command == u"--help" || command == u"-h") {
        (command.isEmpty() ? printUsageError : printOut)(Usage);
        return command.isEmpty() ? Unreadable : Success;
    }
    printError(QStringLiteral("unknown command 'connection %1'").arg(command));
    printUsageError(Usage);
    return Unreadable;
}
