// SPDX-License-Identifier: MIT
#include "input.h"

#include <QFile>

#include <cstdio>

std::optional<Qonduit::ConnectionInput::Read> readConnectionInput(const QString &pathOrDash)
{
    const auto input = readCommandInput(pathOrDash);
    if (!input)
        return std::nullopt;
    auto connection = Qonduit::ConnectionInput::read(input->bytes);
    if (!connection) {
        printError(input->name + QStringLiteral(": ") + connection.error());
        return std::nullopt;
    }
    return std::move(connection).value();
}

std::optional<CommandInput> readCommandInput(const QString &pathOrDash)
{
    QFile file;
    CommandInput input;
    if (pathOrDash.isEmpty() || pathOrDash == u"-") {
        input.name = QStringLiteral("standard input");
        file.open(stdin, QIODevice::ReadOnly);
    } else {
        input.name = pathOrDash;
        file.setFileName(pathOrDash);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read %1: %2").arg(pathOrDash, file.errorString()));
            return std::nullopt;
        }
    }
    input.bytes = file.readAll();
    return input;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = QStringLiteral("qonduit-cli: %1\n").arg(text).toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
}

void printUsageError(const QString &usage)
{
    const QByteArray bytes = usage.toUtf8();
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
}
