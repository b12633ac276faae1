// SPDX-License-Identifier: MIT
#include "datahighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace Qonduit {

DataHighlighter::DataHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_dark(QGuiApplication::palette().color(QPalette::Base).lightness() < 128)
{
}

QList<DataHighlighter::Span> DataHighlighter::spans(const QString &line) const
{
    QList<Span> result;
    const int n = int(line.size());
    int i = 0;
    if (m_language == Language::Json) {
        while (i < n) {
            const QChar c = line[i];
            if (c == u'"') {
                int end = i + 1;
                while (end < n && line[end] != u'"')
                    end += line[end] == u'\\' ? 2 : 1;
                end = std::min(end + 1, n);
                int next = end;
                while (next < n && line[next].isSpace())
                    ++next;
                result.append({i, end - i, next < n && line[next] == u':' ? Token::Key : Token::String});
                i = end;
            } else if (c.isDigit() || (c == u'-' && i + 1 < n && line[i + 1].isDigit())) {
                int end = i + 1;
                while (end < n && (line[end].isDigit() || QStringView(u".eE+-").contains(line[end])))
                    ++end;
                result.append({i, end - i, Token::Number});
                i = end;
            } else if (c.isLetter()) {
                int end = i;
                while (end < n && line[end].isLetter())
                    ++end;
                result.append({i, end - i, Token::Literal});
                i = end;
            } else {
                ++i;
            }
        }
        return result;
    }
    while (i < n) {
        if (line.mid(i, 4) == u"<!--") {
            const int close = int(line.indexOf(QStringLiteral("-->"), i + 4));
            const int end = close < 0 ? n : close + 3;
            result.append({i, end - i, Token::Comment});
            i = end;
        } else if (line[i] == u'<') {
            int end = i + 1;
            while (end < n && !line[end].isSpace() && line[end] != u'>' && line[end] != u'/')
                ++end;
            if (end < n && line[end] == u'/' && end == i + 1)
                ++end;
            while (end < n && !line[end].isSpace() && line[end] != u'>')
                ++end;
            result.append({i, end - i, Token::Tag});
            i = end;
            // Attributes up to the end of the tag.
            while (i < n && line[i] != u'>') {
                if (line[i].isLetter()) {
                    int name = i;
                    while (name < n && line[name] != u'=' && !line[name].isSpace() && line[name] != u'>')
                        ++name;
                    result.append({i, name - i, Token::Attribute});
                    i = name;
                } else if (line[i] == u'"' || line[i] == u'\'') {
                    const QChar quote = line[i];
                    const int close = int(line.indexOf(quote, i + 1));
                    const int endValue = close < 0 ? n : close + 1;
                    result.append({i, endValue - i, Token::String});
                    i = endValue;
                } else {
                    ++i;
                }
            }
            if (i < n) {
                result.append({i, 1, Token::Tag});
                ++i;
            }
        } else {
            ++i;
        }
    }
    return result;
}

void DataHighlighter::highlightBlock(const QString &text)
{
    for (const Span &span : spans(text)) {
        QTextCharFormat format;
        const auto color = [this](QRgb light, QRgb dark) { return QColor(m_dark ? dark : light); };
        switch (span.token) {
        case Token::Key:
            format.setForeground(color(0x8a4b00, 0xffcc80));
            break;
        case Token::String:
            format.setForeground(color(0x2e7d32, 0xa5d6a7));
            break;
        case Token::Number:
            format.setForeground(color(0xb71c1c, 0xef9a9a));
            break;
        case Token::Literal:
            format.setForeground(color(0x1f4e9c, 0x8ab4f8));
            break;
        case Token::Tag:
            format.setForeground(color(0x1f4e9c, 0x8ab4f8));
            break;
        case Token::Attribute:
            format.setForeground(color(0x8a4b00, 0xffcc80));
            break;
        case Token::Comment:
            format.setForeground(color(0x757575, 0x9e9e9e));
            format.setFontItalic(true);
            break;
        }
        setFormat(span.start, span.length, format);
    }
}

} // namespace Qonduit
