// SPDX-License-Identifier: MIT
#pragma once

#include "connectioninput.h"

#include <QByteArray>
#include <QString>

#include <optional>

// INPUT arguments of the command line: a file, or standard input for "-" or no argument.
struct CommandInput
{
    QString name; // for messages: the path, or "standard input"
    QByteArray bytes;
};

// On failure prints why to standard error and returns nothing.
std::optional<CommandInput> readCommandInput(const QString &pathOrDash);
// A connection statement, string or .qonduit file from INPUT; on failure prints why, with where.
std::optional<Qonduit::ConnectionInput::Read> readConnectionInput(const QString &pathOrDash);

void printOut(const QString &text);
void printError(const QString &text); // prefixed "qonduit-cli: ", ends the line
void printUsageError(const QString &usage); // as written, to standard error
