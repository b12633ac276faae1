// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QString>

#include <functional>

namespace Qonduit {

// Whether a header's value is a secret by its name: Authorization, Proxy-Authorization, Cookie,
// API keys, tokens, secrets and passwords. Scripts write a variable instead; files and logs mask it.
bool isSecretHeader(const QString &name);
// Whether a header's value is itself a secret: a secret header whose value uses no $(variable) (with a
// variable, the secret is the variable's, and the value is kept as written).
bool holdsSecret(const NameValue &header);

// Gives every secret header that has a value the value `replacement` makes of it (empty for files, dots
// for the screen). True when any value was replaced.
bool replaceSecretHeaderValues(QList<NameValue> &headers, const std::function<QString()> &replacement);

// The variable a secret header's value becomes in a script: vAuthorization, vXApiKey.
QString secretVariableName(const QString &header);

} // namespace Qonduit
