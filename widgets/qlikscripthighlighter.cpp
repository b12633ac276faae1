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

namespace {

// One line's walk, left to right; each kind of token has its reader, which leaves i after it.
class LineLexer
{
public:
    using Span = QlikScriptHighlighter::Span;
    using Token = QlikScriptHighlighter::Token;

    LineLexer(const QString &line, int &state, const QSet<QString> &keywords, const QSet<QString> &functions)
        : m_line(line)
        , m_n(int(line.size()))
        , m_state(state)
        , m_keywords(keywords)
        , m_functions(functions)
    {
    }

    QList<Span> run()
    {
        if (m_state == QlikScriptHighlighter::InDoubleQuoted)
            quoted(u'"');
        else if (m_state == QlikScriptHighlighter::InSingleQuoted)
            quoted(u'\'');
        else if (m_state == QlikScriptHighlighter::InBlockComment && !blockComment(0, 0))
            return m_result;
        while (m_i < m_n) {
            if (!next())
                break;
        }
        return m_result;
    }

private:
    void add(int start, int length, Token token)
    {
        if (length > 0)
            m_result.append({start, length, token});
    }
    QChar at(int k) const { return k < m_n ? m_line[k] : QChar(); }
    int wordEnd(int from) const
    {
        while (from < m_n && isWordChar(m_line[from]))
            ++from;
        return from;
    }

    // One token from i on; false when the rest of the line is a comment.
    bool next()
    {
        const QChar c = m_line[m_i];
        if (c == u'/' && at(m_i + 1) == u'/') {
            add(m_i, m_n - m_i, Token::Comment);
            return false;
        }
        if (c == u'/' && at(m_i + 1) == u'*')
            return blockComment(m_i, m_i + 2);
        if (c == u'"' || c == u'\'')
            string(c);
        else if (c == u'[')
            field();
        else if (c == u'$' && at(m_i + 1) == u'(')
            variable();
        else if (isWordStart(c))
            word();
        else if (c.isDigit())
            number();
        else
            ++m_i;
        return true;
    }

    // A comment from start to the first */ from searchFrom or, when the line has none, to its end (and
    // on into the next line).
    bool blockComment(int start, int searchFrom)
    {
        const int end = int(m_line.indexOf(QStringLiteral("*/"), searchFrom));
        if (end < 0) {
            add(start, m_n - start, Token::Comment);
            m_state = QlikScriptHighlighter::InBlockComment;
            return false;
        }
        add(start, end + 2 - start, Token::Comment);
        m_i = end + 2;
        m_state = QlikScriptHighlighter::Normal;
        return true;
    }

    void string(QChar quote)
    {
        m_state
            = quote == u'"' ? QlikScriptHighlighter::InDoubleQuoted : QlikScriptHighlighter::InSingleQuoted;
        const int start = m_i++;
        const qsizetype before = m_result.size();
        quoted(quote);
        // The opening quote belongs to the string's first run.
        if (m_result.size() > before && m_result[before].token == Token::String
            && m_result[before].start == start + 1) {
            m_result[before].start = start;
            ++m_result[before].length;
        } else {
            m_result.insert(before, {start, 1, Token::String});
        }
    }

    // Inside a quoted string: escapes, keys before '=', separators; the rest is string.
    void quoted(QChar quote)
    {
        int runStart = m_i;
        const auto flush = [&] { add(runStart, m_i - runStart, Token::String); };
        while (m_i < m_n) {
            const QChar c = m_line[m_i];
            if (c == quote && at(m_i + 1) == quote) {
                m_i += 2;
            } else if (c == quote) {
                ++m_i;
                flush();
                m_state = QlikScriptHighlighter::Normal;
                return;
            } else if (c == u'%' && (at(m_i + 1) == u'%' || at(m_i + 1) == u'1' || at(m_i + 1) == u'2')) {
                flush();
                add(m_i, 2, Token::Escape);
                runStart = m_i += 2;
            } else if (c == u';') {
                flush();
                add(m_i, 1, Token::Separator);
                runStart = ++m_i;
            } else if (isWordStart(c) && (m_i == 0 || !isWordChar(m_line[m_i - 1]))) {
                const int end = wordEnd(m_i);
                if (at(end) == u'=') {
                    flush();
                    add(m_i, end - m_i, Token::Key);
                    runStart = end;
                }
                m_i = end;
            } else {
                ++m_i;
            }
        }
        flush(); // the string goes on in the next line
    }

    // [a field name], where ]] is a ] inside it.
    void field()
    {
        int end = m_i + 1;
        while (end < m_n && !(m_line[end] == u']' && at(end + 1) != u']'))
            end += m_line[end] == u']' ? 2 : 1;
        end = std::min(end + 1, m_n);
        add(m_i, end - m_i, Token::Field);
        m_i = end;
    }

    void variable()
    {
        const int close = int(m_line.indexOf(u')', m_i + 2));
        const int end = close < 0 ? m_n : close + 1;
        add(m_i, end - m_i, Token::Variable);
        m_i = end;
    }

    void word()
    {
        const int end = wordEnd(m_i);
        const QString word = m_line.mid(m_i, end - m_i).toLower();
        if (m_keywords.contains(word))
            add(m_i, end - m_i, Token::Keyword);
        else if (m_functions.contains(word))
            add(m_i, end - m_i, Token::Function);
        m_i = end;
    }

    void number()
    {
        int end = m_i;
        while (end < m_n && (m_line[end].isDigit() || m_line[end] == u'.'))
            ++end;
        add(m_i, end - m_i, Token::Number);
        m_i = end;
    }

    const QString &m_line;
    const int m_n;
    int m_i = 0;
    int &m_state;
    const QSet<QString> &m_keywords;
    const QSet<QString> &m_functions;
    QList<Span> m_result;
};

} // namespace

QList<QlikScriptHighlighter::Span> QlikScriptHighlighter::spans(const QString &line, int &state) const
{
    return LineLexer(line, state, m_keywords, m_functions).run();
}

void QlikScriptHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState();
    for (const Span &span : spans(text, state))
        setFormat(span.start, span.length, format(span.token, m_dark));
    setCurrentBlockState(state);
}

} // namespace Qonduit
