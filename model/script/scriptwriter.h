// SPDX-License-Identifier: MIT
#pragma once

#include "script/secretheaders.h" // secretVariableName, which the script writes

#include "connectionsettings.h"
#include "schema/schema.h"
#include "schema/selection.h"

#include <QString>

namespace Qonduit {

// The choices of the script page.
struct ScriptOptions
{
    enum class Connect { Library, Custom }; // LIB CONNECT TO 'name' (Qlik Sense) or CUSTOM CONNECT (QlikView)
    Connect connect = Connect::Library;
    QString name; // the data connection's name; empty: the connection's own name
    bool withConnection = false; // WITH CONNECTION (URL, QUERY, HTTPHEADER, BODY)
    bool includeSecrets = false; // secret header values written as they are instead of $(v...)

    // Custom pagination: the loop around the SELECT.
    enum class Loop { None, Offset, NextToken, NextUrl };
    Loop loop = Loop::None;
    QString loopParameter; // the query parameter that carries the start or token
    QString loopField; // the field of the top table holding the next token or URL
    QString loopSizeParameter; // Offset: the query parameter that carries the page size
    int loopPageSize = 100; // Offset: records per page
};

// docs/qlik-formats.md 2.3, 2.4 and 3, to the byte: the connect line, the SQL SELECT of the ticked tables and
// fields with their renames, one LOAD per ticked table (the last sub-select first), DROP TABLE. A pure
// function: everything it writes comes from its arguments.
QString writeScript(const ConnectionSettings &settings, const Schema &schema, const Selection &selection,
    const ScriptOptions &options);

// The `CUSTOM CONNECT TO "...";` statement at the start of a script, or empty: to read a script's
// connection back.
QString connectStatementOf(QStringView script);

// The request as a curl command line (bash quoting); secret header values as $NAME variables unless
// `includeSecrets`.
QString curlCommand(const ConnectionSettings &settings, bool includeSecrets);

} // namespace Qonduit
