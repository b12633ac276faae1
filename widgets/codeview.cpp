// SPDX-License-Identifier: MIT
#include "codeview.h"

#include "codehighlighting.h"

#include <QFontDatabase>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTimer>

namespace Qonduit {

namespace {

// Where the step from `from` ends: after a line break when there is one, so that each step adds whole
// lines (the highlighter goes line by line).
qsizetype stepEnd(const QString &text, qsizetype from)
{
    qsizetype end = std::min(from + CodeView::StepCharacters, text.size());
    if (end < text.size()) {
        const qsizetype lineBreak = text.lastIndexOf(u'\n', end - 1);
        if (lineBreak >= from)
            end = lineBreak + 1;
    }
    return end;
}

} // namespace

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_steps(new QTimer(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false); // nothing to undo in a read-only view, and no copy of each step
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = CodeHighlighting::attachQlikScript(document());
    m_steps->setInterval(0);
    connect(m_steps, &QTimer::timeout, this, &CodeView::addStep);
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
    m_steps->stop();
    const qsizetype first = stepEnd(text, 0);
    setPlainText(text.left(first));
    if (first < text.size()) {
        m_pending = text;
        m_pendingFrom = first;
        m_steps->start();
        return;
    }
    m_pending.clear();
    emit loaded();
}

void CodeView::addStep()
{
    const qsizetype end = stepEnd(m_pending, m_pendingFrom);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.sliced(m_pendingFrom, end - m_pendingFrom));
    m_pendingFrom = end;
    if (m_pendingFrom < m_pending.size())
        return;
    m_steps->stop();
    m_pending.clear();
    emit loaded();
}

} // namespace Qonduit
