// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;
class QTimer;

namespace Qonduit {

// Read-only code in a fixed-width font, highlighted as Qlik script, wrapped anywhere: a connection
// statement is one long line.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Language { QlikScript, Json, Xml, Plain };
    // Text longer than this goes in in steps of about this size, one per turn of the event loop: laying
    // out and highlighting it is GUI-thread work, and in one piece a long text would stop the window.
    static constexpr qsizetype StepCharacters = 16 * 1024;

    explicit CodeView(QWidget *parent = nullptr);
    // Shows text in a language: the highlighter follows it. Long text is all there once loaded().
    void setCode(const QString &text, Language language);
    bool isLoading() const { return !m_pending.isEmpty(); }

signals:
    void loaded(); // the text setCode() was given is all in the view

private:
    void addStep();

    QSyntaxHighlighter *m_highlighter = nullptr;
    Language m_language = Language::QlikScript;
    QString m_pending; // the text being put in in steps
    qsizetype m_pendingFrom = 0;
    QTimer *m_steps;
};

} // namespace Qonduit
