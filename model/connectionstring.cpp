// SPDX-License-Identifier: MIT
#include "connectionstring.h"

#include "connectionstringkeys.h"
#include "messagecontext.h"
#include "qlikescape.h"

#include <QHash>
#include <QRegularExpression>

namespace Qonduit {

using ConnectionStringKeys::KeySpec;

QString ConnectionParseError::toString() const
{
    QString where = Messages::ConnectionString::tr("character %1").arg(position);
    if (!key.isEmpty())
        where += Messages::ConnectionString::tr(", key %1").arg(key);
    return where + QStringLiteral(": ") + message;
}

namespace ConnectionString {

namespace {

// The text between the quotes, with the position in the input of each of its characters (doubled
// quotes make the two differ).
struct InnerText
{
    QString text;
    QList<qsizetype> positions; // 1-based
    QChar quote = u'"';
    qsizetype endPosition = 0; // the position just after the string
};

ConnectionParseError error(qsizetype position, const QString &message, const QString &key = {})
{
    return {key, position, message};
}

QString shortened(QStringView text)
{
    return text.size() > 40 ? text.left(40).toString() + QStringLiteral("...") : text.toString();
}

// Where a string that lacks its closing quote stops: "inside the value of url", "after the value of
// method". Returns the key and that phrase.
std::pair<QString, QString> whereTextEnds(QStringView inner)
{
    inner = inner.trimmed();
    const bool afterSeparator = inner.endsWith(u';');
    if (afterSeparator)
        inner.chop(1);
    const QStringView pair = inner.sliced(inner.lastIndexOf(u';') + 1);
    const qsizetype equals = pair.indexOf(u'=');
    if (equals < 0)
        return {};
    const QString key = pair.left(equals).trimmed().toString();
    return {key,
        (afterSeparator ? Messages::ConnectionString::tr("; the text ends after the value of %1")
                        : Messages::ConnectionString::tr("; the text ends inside the value of %1"))
            .arg(key)};
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

Expected<InnerText, ConnectionParseError> readQuoted(QStringView text, qsizetype openAt)
{
    InnerText inner;
    inner.quote = text[openAt];
    for (qsizetype i = openAt + 1; i < text.size(); ++i) {
        if (text[i] == inner.quote) {
            if (i + 1 < text.size() && text[i + 1] == inner.quote) {
                inner.text += inner.quote;
                inner.positions.append(i + 1);
                ++i;
                continue;
            }
            inner.endPosition = i + 2;
            return inner;
        }
        inner.text += text[i];
        inner.positions.append(i + 1);
    }
    const auto [key, where] = whereTextEnds(inner.text);
    return error(text.size() + 1,
        Messages::ConnectionString::tr(
            "the connection string has no closing %1 quote (it opens at character %2)%3")
            .arg(inner.quote)
            .arg(openAt + 1)
            .arg(where),
        key);
}

// Finds the string in a statement, a quoted string, or bare text.
Expected<InnerText, ConnectionParseError> locateString(QStringView text)
{
    const qsizetype start = skipSpaces(text, 0);
    if (start == text.size())
        return error(1, Messages::ConnectionString::tr("the input is empty; expected a connection string"));

    static const QRegularExpression custom(
        QStringLiteral("\\GCUSTOM\\s+CONNECT\\s+TO\\b\\s*"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lib(
        QStringLiteral("\\GLIB\\s+CONNECT\\b"), QRegularExpression::CaseInsensitiveOption);

    qsizetype quoteAt = start;
    bool isStatement = false;
    if (const auto match = custom.match(text, start); match.hasMatch()) {
        isStatement = true;
        quoteAt = match.capturedEnd();
        if (quoteAt == text.size())
            return error(quoteAt + 1,
                Messages::ConnectionString::tr("the statement ends after CUSTOM CONNECT TO; "
                                               "the connection string in quotes is missing"));
        if (text[quoteAt] != u'"' && text[quoteAt] != u'\'')
            return error(
                quoteAt + 1, Messages::ConnectionString::tr("expected \" or ' after CUSTOM CONNECT TO"));
    } else if (lib.match(text, start).hasMatch()) {
        return error(start + 1,
            Messages::ConnectionString::tr("LIB CONNECT TO names a connection stored in Qlik; "
                                           "paste its connection string (CUSTOM CONNECT TO ...) instead"));
    }

    if (text[quoteAt] == u'"' || text[quoteAt] == u'\'') {
        auto inner = readQuoted(text, quoteAt);
        if (!inner)
            return inner;
        // After the closing quote only the statement's ';' and white space may follow.
        qsizetype i = skipSpaces(text, inner.value().endPosition - 1);
        if (isStatement && i < text.size() && text[i] == u';')
            i = skipSpaces(text, i + 1);
        if (i < text.size())
            return error(i + 1,
                Messages::ConnectionString::tr("unexpected text \"%1\" after the closing quote")
                    .arg(shortened(text.sliced(i))));
        return inner;
    }

    // Bare text: the whole input but surrounding white space.
    qsizetype end = text.size();
    while (end > start && text[end - 1].isSpace())
        --end;
    InnerText inner;
    inner.text = text.sliced(start, end - start).toString();
    inner.positions.reserve(inner.text.size());
    for (qsizetype i = start; i < end; ++i)
        inner.positions.append(i + 1);
    inner.endPosition = end + 1;
    return inner;
}

Expected<ConnectionStringLayout, ConnectionParseError> splitPairs(const InnerText &inner)
{
    ConnectionStringLayout layout;
    layout.quote = inner.quote;
    const QString &text = inner.text;
    const auto positionOf
        = [&](qsizetype i) { return i < inner.positions.size() ? inner.positions[i] : inner.endPosition; };
    if (text.trimmed().isEmpty())
        return error(positionOf(0), Messages::ConnectionString::tr("the connection string is empty"));

    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u';', start);
        const bool lastPair = end < 0;
        if (lastPair) {
            end = text.size();
            layout.endsWithSeparator = false;
        }
        const QStringView pair = QStringView(text).sliced(start, end - start);
        const qsizetype equals = pair.indexOf(u'=');
        if (pair.trimmed().isEmpty())
            return error(positionOf(start),
                Messages::ConnectionString::tr("empty pair: expected key=value before ';'"));
        if (equals < 0)
            return error(positionOf(start),
                Messages::ConnectionString::tr("\"%1\" has no '=' between key and value")
                    .arg(shortened(pair)),
                shortened(pair.trimmed()));
        if (pair.left(equals).trimmed().isEmpty())
            return error(
                positionOf(start), Messages::ConnectionString::tr("a value with no key before its '='"));
        layout.pairs.append({pair.left(equals).toString(), pair.sliced(equals + 1).toString(),
            positionOf(start), positionOf(start + equals + 1)});
        if (lastPair)
            break;
        start = end + 1;
    }
    return layout;
}

// Applies the pairs of a layout to settings: older keys first, so that newer ones override them.
Expected<void, ConnectionParseError> applyPairs(
    const ConnectionStringLayout &layout, ConnectionSettings &settings)
{
    for (const bool firstPass : {true, false}) {
        for (const RawPair &pair : layout.pairs) {
            const KeySpec *spec = ConnectionStringKeys::find(pair.key);
            if (!spec || spec->appliesFirst != firstPass)
                continue;
            if (const auto set = spec->set(settings, QlikEscape::unescape(pair.rawValue).text); !set)
                return error(pair.valuePosition, set.error(), pair.key.trimmed());
        }
    }
    return {};
}

} // namespace

ConnectionReadResult read(QStringView text)
{
    auto inner = locateString(text);
    if (!inner)
        return inner.error();
    auto layout = splitPairs(inner.value());
    if (!layout)
        return layout.error();
    ConnectionSettings settings;
    if (const auto applied = applyPairs(layout.value(), settings); !applied)
        return applied.error();
    settings.layout = std::move(layout).value();
    return settings;
}

QString write(const ConnectionSettings &settings)
{
    using ConnectionStringKeys::belongsInString;
    const auto keys = ConnectionStringKeys::all();
    const auto indexOf = [&](const KeySpec *spec) { return qsizetype(spec - keys.data()); };

    // What the layout alone says: a value equal to it is unchanged and keeps its bytes.
    ConnectionSettings implied;
    (void)applyPairs(settings.layout, implied); // a value that does not read stays unimplied

    QHash<qsizetype, qsizetype> lastOccurrence; // key index -> pair index
    for (qsizetype i = 0; i < settings.layout.pairs.size(); ++i) {
        if (const KeySpec *spec = ConnectionStringKeys::find(settings.layout.pairs[i].key))
            lastOccurrence[indexOf(spec)] = i;
    }

    QStringList entries;
    QList<qsizetype> entryKeyIndex; // where each entry stands in Qlik's order, for inserting new keys
    QList<bool> written(keys.size(), false);
    for (qsizetype i = 0; i < settings.layout.pairs.size(); ++i) {
        const RawPair &pair = settings.layout.pairs[i];
        const QString asRead = pair.key + u'=' + pair.rawValue;
        const KeySpec *spec = ConnectionStringKeys::find(pair.key);
        const qsizetype keyIndex
            = spec ? indexOf(spec) : (entryKeyIndex.isEmpty() ? -1 : entryKeyIndex.last());
        if (!spec || lastOccurrence.value(keyIndex) != i) {
            // Unknown keys, and earlier copies of a repeated key, which Qlik overrides: as read.
            entries.append(asRead);
            entryKeyIndex.append(keyIndex);
            continue;
        }
        written[keyIndex] = true;
        const QString value = spec->get(settings);
        const bool belongs = belongsInString(*spec, settings);
        if (value == spec->get(implied) && belongs == belongsInString(*spec, implied)) {
            entries.append(asRead);
        } else if (belongs || spec->placement == ConnectionStringKeys::Placement::Legacy) {
            entries.append(pair.key + u'=' + QlikEscape::escape(value));
        } else {
            continue; // emptied list, or a pagination key of a type no longer chosen
        }
        entryKeyIndex.append(keyIndex);
    }

    const bool fromScratch = settings.layout.isEmpty();
    for (qsizetype keyIndex = 0; keyIndex < qsizetype(keys.size()); ++keyIndex) {
        const KeySpec &spec = keys[keyIndex];
        if (written[keyIndex] || !belongsInString(spec, settings))
            continue;
        // A string that was read and lacks a key means its default: add it only when that changed.
        if (!fromScratch && belongsInString(spec, implied) && spec.get(settings) == spec.get(implied))
            continue;
        qsizetype at = 0;
        for (qsizetype e = 0; e < entryKeyIndex.size(); ++e) {
            if (entryKeyIndex[e] <= keyIndex)
                at = e + 1;
        }
        entries.insert(at, spec.name.toString() + u'=' + QlikEscape::escape(spec.get(settings)));
        entryKeyIndex.insert(at, keyIndex);
    }

    QString text = entries.join(u';');
    if (fromScratch || settings.layout.endsWithSeparator)
        text += u';';
    return text;
}

QString writeStatement(const ConnectionSettings &settings)
{
    const QChar quote = settings.layout.quote == u'\'' ? u'\'' : u'"';
    QString text = write(settings);
    text.replace(quote, QString(2, quote));
    return QStringLiteral("CUSTOM CONNECT TO ") + quote + text + quote + u';';
}

} // namespace ConnectionString
} // namespace Qonduit
