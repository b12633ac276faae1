// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace Qonduit {

// Read-only code in a fixed-width font, highlighted as Qlik script, wrapped anywhere: a connection
// statement is one long line.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Language { QlikScript, Json, Xml, Plain };

    explicit CodeView(QWidget *parent = nullptr);
    // Shows text in a language: the highlighter follows it.
    void setCode(const QString &text, Language language);

private:
    QSyntaxHighlighter *m_highlighter = nullptr;
    Language m_language = Language::QlikScript;
};

} // namespace Qonduit
