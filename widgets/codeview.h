#pragma once

#include <QPlainTextEdit>

namespace Qonduit {

// Read-only code in a fixed-width font, highlighted as Qlik script, wrapped anywhere: a connection
// statement is one long line.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);
};

} // namespace Qonduit
