// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QList>
#include <QString>
#include <QStringList>

// Qlik variables in a connection: $(vName) in the URL, the query parameters, the headers and the body,
// as Qlik's dollar-sign expansion reads them in WITH CONNECTION. The form keeps $(vName) as written;
// what is sent while designing has the variables' test values in its place.
namespace Qonduit::Variables {

// Where a $(name) stands: the field id (request.url, queryParameters, queryHeaders, request.requestBody)
// and the name between the parentheses.
struct Use
{
    QString field;
    QString name;
    bool operator==(const Use &) const = default;
};

// The $(name)s of one text, in order, each once. A name is what Qlik allows without brackets: letters,
// digits, _ and . (case matters, as in Qlik).
QStringList namesIn(QStringView text);
// Every $(name) of the settings' four places, in the form's order.
QList<Use> usesIn(const ConnectionSettings &settings);
// Whether `name` is among the uses.
bool isUsed(const QList<Use> &uses, QStringView name);
// Whether any of the four places holds a $(name).
bool anyUsed(const ConnectionSettings &settings);

// text with each $(name) that has a variable replaced by its test value; others stay as written.
QString expand(QStringView text, const QList<Variable> &variables);
// The settings as they are sent while designing: test values in the four places.
ConnectionSettings withTestValues(ConnectionSettings settings);

// The settings as a connection stored in Qlik holds them: Qlik does not expand a stored string, so the
// test values of ordinary variables stand in; a secret one stays $(name), for WITH CONNECTION to set.
ConnectionSettings forStoredConnection(ConnectionSettings settings);

const Variable *find(const QList<Variable> &variables, QStringView name);

} // namespace Qonduit::Variables
