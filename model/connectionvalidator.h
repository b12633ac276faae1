// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QList>
#include <QString>

namespace Qonduit {

struct ValidationProblem
{
    enum class Severity { Error, Warning };

    QString field; // named as in the connection file: "request.url", "queryParameters"
    Severity severity = Severity::Error;
    QString message; // a sentence a user understands
    int row = -1; // the row of a name/value table, 0-based; -1 for other fields

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const ValidationProblem &) const = default;
};

// Checks a whole connection: the rules of Qlik's form, and what the string that was read holds
// (unknown keys, escapes that are not escapes, repeated keys).
QList<ValidationProblem> validate(const ConnectionSettings &settings);

bool hasErrors(const QList<ValidationProblem> &problems);

} // namespace Qonduit
