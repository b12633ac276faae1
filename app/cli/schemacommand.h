// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schemapass.h"

#include <QStringList>

// qonduit-cli schema INPUT [--response FILE] [--format auto|json|xml|csv] [--all-pages] [--json]
int runSchemaCommand(const QStringList &arguments);

// The response's tables: parsed from `responseFile`, or fetched with the connection when it is empty.
// Prints why not and returns false; a body that parses only in part still gives true (schema.problem).
bool readSchema(const Qonduit::ConnectionSettings &settings, const Qonduit::SchemaOptions &options,
    const QString &responseFile, Qonduit::Schema *schema);
