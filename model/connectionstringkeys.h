// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"
#include "qlikvocabulary.h"

#include <QString>
#include <QStringView>

#include <span>

// The table behind the connection-string reader, writer and validator: one row per key, in the order
// Qlik writes them (docs/qlik-formats.md 1.3), saying which settings field it carries and when it is written.
namespace Qonduit::ConnectionStringKeys {

enum class Placement {
    Always, // every string built from the form has it
    WhenNotEmpty, // lists and optional text: left out when empty
    // Newer connectors' settings: written when they differ from the default, so that a string that does
    // not use them stays as older connectors (and every genuine string found) write it.
    WhenNotDefault,
    Pagination, // only with its pagination type
    Legacy, // older connectors' key: read, and kept where a string had it, never added
};

struct KeySpec
{
    QStringView name;
    QStringView alias; // also accepted when reading
    QStringView field; // the settings field, named as in the connection file ("request.url")
    Qlik::Provenance provenance = Qlik::Provenance::Seen;
    Placement placement = Placement::Always;
    PaginationType paginationType = PaginationType::None; // with Placement::Pagination
    bool isList = false;
    bool appliesFirst = false; // read before the others, so that newer keys override it
    QString (*get)(const ConnectionSettings &) = nullptr; // the unescaped value
    Expected<void, QString> (*set)(ConnectionSettings &, const QString &unescaped) = nullptr;
};

std::span<const KeySpec> all();
// Case-insensitive, surrounding white space ignored; nullptr for a key we do not know.
const KeySpec *find(QStringView key);
bool belongsInString(const KeySpec &key, const ConnectionSettings &settings);

} // namespace Qonduit::ConnectionStringKeys
