// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"

#include <QJsonObject>
#include <QString>

namespace Qonduit {

// `qonduit-cli schema`'s text: per table in tree order "TABLE <name> rows=<n> parent=<name or ->",
// then per field "  <name> <type> <filled>/<rows>".
QString schemaText(const Schema &schema);
// The same as JSON, with the first `rows` preview rows of each table.
QJsonObject schemaJson(const Schema &schema, int rows);

} // namespace Qonduit
