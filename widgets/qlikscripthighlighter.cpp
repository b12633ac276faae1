// SPDX-License-Identifier: MIT
#include "qlikscripthighlighter.h"

#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QXmlStreamReader>

namespace Qonduit {

namespace {

// The <list name="..."> items of the syntax definition, lower case.
QHash<QString, QSet<QString>> readLists(const QString &path)
{
    QHash<QString, QSet<QString>> lists;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lists;
    QXmlStreamReader xml(&file);
    QString list;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"list")
            list = xml.attributes().value(QLatin1String("name")).toString();
        else if (xml.isEndElement() && xml.name() == u"list")
            list.clear();
        else if (xml.isStartElement() && xml.name() == u"item" && !list.isEmpty())
            lists[list].insert(xml.readElementText().trimmed().toLower());
    }
    return lists;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'#';
}

} // namespace

QlikScriptHighlighter::QlikScriptHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_dark(QGuiApplication::palette().color(QPalette::Base).lightness() < 128)
{
    const auto lists = readLists(QStringLiteral(":/qonduit/syntax/qlikscript.xml"));
    m_keywords = lists.value(QStringLiteral("keywords"));
    m_functions = lists.value(QStringLiteral("functions"));
}

QTextCharFormat QlikScriptHighlighter::format(Token token, bool dark)
{
    QTextCharFormat format;
    const auto color = [dark](QRgb light, QRgb onDark) { return QColor(dark ? onDark : light); };
    switch (token) {
    case Token::Keyword:
        format.setForeground(color(0x1f4e9c, 0x8ab4f8));
        format.setFontWeight(QFont::Bold);
        break;
    case Token::Function:
        format.setForeground(color(0x6a3d9a, 0xc7a0f0));
        break;
    case Token::String:
        format.setForeground(color(0x2e7d32, 0xa5d6a7));
        break;
    case Token::Key:
        format.setForeground(color(0x8a4b00, 0xffcc80));
        break;
    case Token::Escape:
        format.setForeground(color(0xc2185b, 0xf48fb1));
        format.setFontWeight(QFont::Bold);
        break;
    case Token::Separator:
        format.setForeground(color(0x616161, 0xbdbdbd));
        break;
    case Token::Field:
        format.setForeground(color(0x00695c, 0x80cbc4));
        break;
    case Token::Variable:
        format.setForeground(color(0xad1457, 0xf8bbd0));
        break;
    case Token::Comment:
        format.setForeground(color(0x757575, 0x9e9e9e));
        format.setFontItalic(true);
        break;
    case Token::Number:
        format.setForeground(color(0xb71c1c, 0xef9a9a));
        break;
    }
    return format;
}

QList<QlikScriptHighlighter::Span> QlikScriptHighlighter::spans(const QString &line, int &state) const
{
    QList<Span> result;
    const int n = int(line.size());
    int i = 0;
    const auto add = [&result](int start, int length, Token token) {
        if (length > 0)
            result.append({start, length, token});
    };

    // Inside a quoted string: escapes, keys before '=', separators; the rest is string.
    const auto quoted = [&](QChar quote) {
        int runStart = i;
        const auto flush = [&] { add(runStart, i - runStart, Token::String); };
        while (i < n) {
            const QChar c = line[i];
            if (c == quote) {
                if (i + 1 < n && line[i + 1] == quote) {
                    i += 2;
                    continue;
                }
                ++i;
                flush();
                state = Normal;
                return;
            }
            if (c == u'%' && i + 1 < n
                && (line[i + 1] == u'%' || line[i + 1] == u'1' || line[i + 1] == u'2')) {
                flush();
                add(i, 2, Token::Escape);
                i += 2;
                runStart = i;
                continue;
            }
            if (c == u';') {
                flush();
                add(i, 1, Token::Separator);
                runStart = ++i;
                continue;
            }
            if (isWordStart(c) && (i == 0 || !isWordChar(line[i - 1]))) {
                int end = i;
                while (end < n && isWordChar(line[end]))
                    ++end;
                if (end < n && line[end] == u'=') {
                    flush();
                    add(i, end - i, Token::Key);
                    i = end;
                    runStart = i;
                    continue;
                }
                i = end;
                continue;
            }
            ++i;
        }
        flush(); // the string goes on in the next line
    };

    if (state == InDoubleQuoted)
        quoted(u'"');
    else if (state == InSingleQuoted)
        quoted(u'\'');
    else if (state == InBlockComment) {
        const int end = int(line.indexOf(QStringLiteral("*/")));
        if (end < 0) {
            add(0, n, Token::Comment);
            return result;
        }
        add(0, end + 2, Token::Comment);
        i = end + 2;
        state = Normal;
    }

    while (i < n) {
        const QChar c = line[i];
        if (c == u'/' && i + 1 < n && line[i + 1] == u'/') {
            add(i, n - i, Token::Comment);
            return result;
        }
        if (c == u'/' && i + 1 < n && line[i + 1] == u'*') {
            const int end = int(line.indexOf(QStringLiteral("*/"), i + 2));
            if (end < 0) {
                add(i, n - i, Token::Comment);
                state = InBlockComment;
                return result;
            }
            add(i, end + 2 - i, Token::Comment);
            i = end + 2;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            state = c == u'"' ? InDoubleQuoted : InSingleQuoted;
            const int start = i++;
            const qsizetype before = result.size();
            quoted(c);
            // The opening quote belongs to the string's first run.
            if (result.size() > before && result[before].token == Token::String
                && result[before].start == start + 1) {
                result[before].start = start;
                ++result[before].length;
            } else {
                result.insert(before, {start, 1, Token::String});
            }
            continue;
        }
        if (c == u'[') {
            int end = i + 1;
            while (end < n && !(line[end] == u']' && !(end + 1 < n && line[end + 1] == u']')))
                end += line[end] == u']' ? 2 : 1;
            end = std::min(end + 1, n);
            add(i, end - i, Token::Field);
            i = end;
            continue;
        }
        if (c == u'$' && i + 1 < n && line[i + 1] == u'(') {
            const int close = int(line.indexOf(u')', i + 2));
            const int end = close < 0 ? n : close + 1;
            add(i, end - i, Token::Variable);
            i = end;
            continue;
        }
        if (isWordStart(c)) {
            int end = i;
            while (end < n && isWordChar(line[end]))
                ++end;
            const QString word = line.mid(i, end - i).toLower();
            if (m_keywords.contains(word))
                add(i, end - i, Token::Keyword);
            else if (m_functions.contains(word))
                add(i, end - i, Token::Function);
            i = end;
            continue;
        }
        if (c.isDigit()) {
            int end = i;
            while (end < n && (line[end].isDigit() || line[end] == u'.'))
                ++end;
            add(i, end - i, Token::Number);
            i = end;
            continue;
        }
        ++i;
    }
    return result;
}

void QlikScriptHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState();
    for (const Span &span : spans(text, state))
        setFormat(span.start, span.length, format(span.token, m_dark));
    setCurrentBlockState(state);
}

} // namespace Qonduit
