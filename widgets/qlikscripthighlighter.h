// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Qonduit {

// Our own highlighter for Qlik script, for systems without KSyntaxHighlighting for Qt 6 (Debian 12).
// Its keyword lists come from the same definition file KSyntaxHighlighting uses, so both agree on what
// a keyword is; strings, connection-string keys and escapes, fields, variables and comments follow
// that file's contexts.
class QlikScriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Keyword, Function, String, Key, Escape, Separator, Field, Variable, Comment, Number };
    // Where a line ends: inside nothing, a string, or a block comment.
    enum State { Normal = -1, InDoubleQuoted = 1, InSingleQuoted = 2, InBlockComment = 3 };

    struct Span
    {
        int start;
        int length;
        Token token;
        bool operator==(const Span &) const = default;
    };

    explicit QlikScriptHighlighter(QTextDocument *document);

    // The spans of one line, given the state the previous line ended in; state is updated.
    QList<Span> spans(const QString &line, int &state) const;

    static QTextCharFormat format(Token token, bool darkBackground);

protected:
    void highlightBlock(const QString &text) override;

private:
    QSet<QString> m_keywords; // lower case
    QSet<QString> m_functions;
    bool m_dark;
};

} // namespace Qonduit
