#pragma once

#include <QString>

namespace Qonduit {

// Whether a header's value is a secret by its name: Authorization, Proxy-Authorization, Cookie,
// API keys, tokens, secrets and passwords. Scripts write a variable instead; files and logs mask it.
bool isSecretHeader(const QString &name);

} // namespace Qonduit
