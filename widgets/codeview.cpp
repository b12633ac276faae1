// SPDX-License-Identifier: MIT
#include "codeview.h"

#include "codehighlighting.h"

#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace Qonduit {

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = CodeHighlighting::attachQlikScript(document());
}

void CodeView::setCode(const QString &text, Language language)
{
    if (language != m_language) {
        delete m_highlighter;
        m_highlighter = nullptr;
        switch (language) {
        case Language::QlikScript:
            m_highlighter = CodeHighlighting::attachQlikScript(document());
            break;
        case Language::Json:
            m_highlighter = CodeHighlighting::attachJson(document());
            break;
        case Language::Xml:
            m_highlighter = CodeHighlighting::attachXml(document());
            break;
        case Language::Plain:
            break;
        }
        m_language = language;
    }
    setPlainText(text);
}

} // namespace Qonduit
