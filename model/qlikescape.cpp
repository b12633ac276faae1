// SPDX-License-Identifier: MIT
#include "qlikescape.h"

#include "messagecontext.h"

namespace Qonduit::QlikEscape {

QString escape(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == u'%')
            escaped += QStringView(u"%%");
        else if (c == u';')
            escaped += QStringView(u"%1");
        else if (c == u'=')
            escaped += QStringView(u"%2");
        else if (c == u'"')
            escaped += QStringView(u"%3"); // seen in a real OAuth header; the script's "" is read too
        else
            escaped += c;
    }
    return escaped;
}

Unescaped unescape(QStringView text)
{
    Unescaped result;
    result.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'%') {
            result.text += c;
            continue;
        }
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (next == u'%') {
            result.text += u'%';
        } else if (next == u'1') {
            result.text += u';';
        } else if (next == u'2') {
            result.text += u'=';
        } else if (next == u'3') {
            result.text += u'"';
        } else {
            // Not an escape: keep the '%' and let the next character be read on its own.
            result.unknownEscapes.append(i);
            result.text += c;
            continue;
        }
        ++i;
    }
    return result;
}

QString encodeList(const QList<NameValue> &items)
{
    QString list;
    for (const NameValue &item : items) {
        if (!list.isEmpty())
            list += u';';
        list += escape(item.name) + u'=' + escape(item.value);
    }
    return list;
}

Expected<QList<NameValue>, ListError> decodeList(QStringView listText)
{
    QList<NameValue> items;
    qsizetype start = 0;
    while (start < listText.size()) {
        qsizetype end = listText.indexOf(u';', start);
        if (end < 0)
            end = listText.size();
        const QStringView item = listText.sliced(start, end - start);
        // An empty item comes from a trailing separator, which Qlik itself writes in some lists.
        if (!item.isEmpty()) {
            const qsizetype equals = item.indexOf(u'=');
            if (equals < 0) {
                return ListError {start,
                    Messages::ConnectionString::tr("list item \"%1\" has no '=' between name and value")
                        .arg(item.left(40))};
            }
            items.append({unescape(item.left(equals)).text, unescape(item.sliced(equals + 1)).text});
        }
        start = end + 1;
    }
    return items;
}

} // namespace Qonduit::QlikEscape
