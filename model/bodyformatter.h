// SPDX-License-Identifier: MIT
#pragma once

#include "responsetype.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace Qonduit {

// How much of a body the test result shows and highlights: laying out more text than this on the GUI
// thread is what makes a window stop answering. The rest can be opened or saved whole.
inline constexpr qsizetype BodyPreviewBytes = 256 * 1024;

// A response body as a person reads it: JSON and XML indented (the first part of a longer body too,
// as far as it goes), other text as it is, bytes that are not UTF-8 replaced. Only the first `limit`
// bytes are shown, with a line saying what was left out.
QString prettyBody(
    const QByteArray &body, ResponseType type, qint64 totalSize, qsizetype limit = BodyPreviewBytes);

// JSON text, or the start of it, indented by four spaces a level, in the order and spelling it has:
// whitespace between tokens is replaced, strings, numbers and everything else are kept byte for byte.
QByteArray indentedJson(std::string_view text);

} // namespace Qonduit
