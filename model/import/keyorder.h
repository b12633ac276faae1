// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace Qonduit::KeyOrder {

// The keys of the map under the top-level key `topKey`, in the order the text writes them. QJsonObject
// keeps keys sorted; an OpenAPI document's `paths` are in an order of the author's (by resource, by
// workflow) that the operation list should keep. A second, light pass over the text: events only,
// nothing built. Empty when the text is not of its kind or has no such map.
QStringList ofJson(QByteArrayView text, QStringView topKey);
QStringList ofYaml(QByteArrayView text, QStringView topKey);

} // namespace Qonduit::KeyOrder
