// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>

namespace Qonduit {

// Highlights response bodies without KSyntaxHighlighting: JSON keys, strings, numbers and literals;
// XML tags, attribute names and values, comments.
class DataHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Json, Xml };
    enum class Token { Key, String, Number, Literal, Tag, Attribute, Comment };
    struct Span
    {
        int start;
        int length;
        Token token;
    };

    DataHighlighter(Language language, QTextDocument *document);
    QList<Span> spans(const QString &line) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    Language m_language;
    bool m_dark;
};

} // namespace Qonduit
