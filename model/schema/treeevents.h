// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <string_view>

namespace Qonduit {

// What a value is as the parser saw it. JSON knows its types; CSV cells and XML text are Untyped and
// get their type from their content.
enum class ScalarKind { Null, Boolean, Integer, Number, String, Untyped };

// The events every response parser emits, one format-neutral tree: objects are records, arrays hold
// records or scalars, a key names the next value. The views are valid only during the call.
class TreeEvents
{
public:
    virtual ~TreeEvents() = default;
    // XML names its top table after the document element; JSON and CSV leave the default.
    virtual void topName(std::string_view name) = 0;
    virtual void beginObject() = 0;
    virtual void endObject() = 0;
    virtual void beginArray() = 0;
    virtual void endArray() = 0;
    virtual void key(std::string_view name) = 0;
    virtual void scalar(ScalarKind kind, std::string_view text) = 0;
    // Asked now and then with the bytes read so far: false stops the parse (canceled or too deep).
    virtual bool keepGoing(qint64 bytesRead) = 0;
    // Something the parser read otherwise than the format says, for the user (a number kept as text).
    virtual void note(const QString &text) { Q_UNUSED(text) }
};

} // namespace Qonduit
