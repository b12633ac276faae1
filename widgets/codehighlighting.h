// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace Qonduit::CodeHighlighting {

// Highlights Qlik script in a document: with KSyntaxHighlighting (KF6) where the build found it, else
// with QlikScriptHighlighter. Both are QSyntaxHighlighters owned by the document.
QSyntaxHighlighter *attachQlikScript(QTextDocument *document);

// Response bodies: JSON or XML, by the same engine choice.
QSyntaxHighlighter *attachJson(QTextDocument *document);
QSyntaxHighlighter *attachXml(QTextDocument *document);

} // namespace Qonduit::CodeHighlighting
