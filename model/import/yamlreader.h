// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace Qonduit::YamlReader {

// A YAML document (libyaml, YAML 1.1 as OpenAPI files use it) as the JSON value it stands for: maps
// with string keys, sequences, and plain scalars resolved to null, booleans and numbers as YAML's core
// schema says; quoted scalars stay strings. Aliases are expanded, `<<` merge keys merged.
//
// Hostile input gets a sentence, not a hang: an anchor bomb (aliases of aliases) stops at `maxNodes`
// values in all, a nesting deeper than `maxDepth` stops there, and the error says the line.
struct Limits
{
    qsizetype maxNodes = 5'000'000;
    int maxDepth = 200;
};

Expected<QJsonValue, QString> read(QByteArrayView text, const Limits &limits);
inline Expected<QJsonValue, QString> read(QByteArrayView text)
{
    return read(text, Limits {});
}

} // namespace Qonduit::YamlReader
