// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"

#include <QString>
#include <QStringList>

namespace Qonduit {

// A curl command, as browsers and API docs hand them out, read into the connection form.
namespace CurlImport {

enum class Shell { Bash, Cmd };

// The words of a command line as the shell would pass them: bash ('...', "...", $'...', backslashes,
// backslash-newline) or Windows cmd (^ escapes, ^-newline, "..."). The error says where a quote is
// left open.
Expected<QStringList, QString> split(const QString &command, Shell shell);
// cmd when the text has its marks (^ line ends, ^" quotes, curl.exe), bash otherwise.
Shell guessShell(const QString &command);

struct Result
{
    ConnectionSettings settings;
    QStringList unmapped; // each option or value that has no place in the form, with why
};

// Maps a curl command onto `base` (so that what curl does not say, such as the name, stays).
Expected<Result, QString> read(const QString &command, const ConnectionSettings &base = {});

bool looksLikeCurl(const QString &text);

} // namespace CurlImport
} // namespace Qonduit
