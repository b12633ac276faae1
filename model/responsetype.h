// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include <QByteArray>
#include <QString>

namespace Qonduit {

enum class ResponseType { Unknown, Json, Xml, Csv };

QString responseTypeName(ResponseType type); // "JSON", "XML", "CSV", "unknown"

// Whether JSON that has more after its first value is newline-delimited JSON (one object or array
// per line, as streaming APIs send it): `offset` is where the reader found the rest.
bool isNewlineDelimitedJson(std::string_view text, qint64 offset);
// What to tell a user about it: Qlik's connector reads no such body either.
QString newlineDelimitedJsonSentence();

// Detects the format from the Content-Type, else from the first bytes of the body. `problem` says why
// a body that claims or looks like a format is not it (invalid JSON with where, HTML, binary).
struct ResponseTypeCheck
{
    ResponseType type = ResponseType::Unknown;
    QString problem; // empty when the body is of its type
};
// `complete` is false when only the first part of a big body is at hand: its validity is not judged.
ResponseTypeCheck detectResponseType(
    const QByteArray &contentType, const QByteArray &body, bool complete = true);

} // namespace Qonduit
