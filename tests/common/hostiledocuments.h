// SPDX-License-Identifier: MIT
#pragma once

// Documents the import tests are made of, generated rather than stored: the anchor bomb and the big
// OpenAPI document are the same for the reader's tests and the dialog's.
#include <QByteArray>

namespace Qonduit::Testing {

// The "billion laughs": ten aliases of ten aliases, nine deep, a billion values from under 1 kB.
inline QByteArray yamlAnchorBomb()
{
    QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            bomb += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        bomb += "]\n";
    }
    return bomb;
}

// The size the issue names: an OpenAPI document of 1,000 GET operations (op0 .. op999 on /items0 ..
// /items999, server https://api.example.com) in more than 10 MB of JSON.
inline QByteArray thousandOperationDocument()
{
    QByteArray text
        = R"({"openapi":"3.0.3","info":{"title":"Big","version":"1"},"servers":[{"url":"https://api.example.com"}],"paths":{)";
    const QByteArray description = '"' + QByteArray(10600, 'd') + '"';
    for (int i = 0; i < 1000; ++i) {
        text += (i ? ",\"/items" : "\"/items") + QByteArray::number(i) + R"(":{"get":{"operationId":"op)"
            + QByteArray::number(i) + R"(","description":)" + description + "}}";
    }
    return text + "}}";
}

} // namespace Qonduit::Testing
