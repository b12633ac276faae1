// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "schema/schema.h"
#include "schema/selection.h"
#include "script/scriptwriter.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Qonduit {

class CodeView;

// The script Qlik would write for what was ticked on the select-data page: highlighted, with the
// Qlik Sense / QlikView switch, WITH CONNECTION, the Custom pagination loop, copy, save as .qvs and
// the request as curl.
class ScriptPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptPage(QWidget *parent = nullptr);

    void setInput(const ConnectionSettings &settings, const Schema &schema, const Selection &selection);
    QString script() const { return m_script; }
    ScriptOptions options() const;
    // Writes the script to a file; false with the reason in the status line.
    bool saveTo(const QString &path);

signals:
    void backRequested();
    void publishRequested();

private:
    void setUpStatementOptions();
    void setUpLoopOptions();
    std::array<QPushButton *, 3> makeOutputButtons();
    void regenerate();

    ConnectionSettings m_settings;
    Schema m_schema;
    Selection m_selection;
    QString m_script;

    QComboBox *m_connect;
    QLineEdit *m_name;
    QCheckBox *m_withConnection;
    QCheckBox *m_includeSecrets;
    QWidget *m_loopOptions;
    QComboBox *m_loop;
    QLineEdit *m_loopParameter;
    QComboBox *m_loopField;
    QSpinBox *m_pageSize;
    CodeView *m_view;
    QLabel *m_status;
};

} // namespace Qonduit
