// SPDX-License-Identifier: MIT
#pragma once

#include "responsetype.h"

#include <QByteArray>
#include <QString>

namespace Qonduit {

// A response body as a person reads it: JSON and XML indented, other text as it is, bytes that are not
// UTF-8 replaced. Only the first `limit` bytes are shown, with a line saying what was left out.
QString prettyBody(
    const QByteArray &body, ResponseType type, qint64 totalSize, qsizetype limit = 2 * 1024 * 1024);

} // namespace Qonduit
