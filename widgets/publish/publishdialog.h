// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "publish/publisher.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Qonduit {

class CodeView;
class SecretField;

// Publishes the connection to Qlik Cloud or Qlik Sense Enterprise: the target's fields, a dry run that
// shows the exact request with secrets masked (and copies it as curl), then the real request with
// a sentence for how it went. Nothing here is saved: tokens and passwords live only in the fields.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);

    PublishTarget target() const;
    void dryRun();
    void publish();
    void listSpaces();

private:
    void buildTargetFields();
    QDialogButtonBox *buildButtons();
    void updateTargetFields();
    void showResult(const PublishResult &result);

    ConnectionSettings m_settings;
    Publisher *m_publisher;
    QComboBox *m_kind;
    QLineEdit *m_server;
    QLineEdit *m_name;
    QStackedWidget *m_targetFields;
    SecretField *m_token;
    QComboBox *m_space;
    QLineEdit *m_headerUser;
    QLineEdit *m_pfx;
    SecretField *m_pfxPassword;
    CodeView *m_request;
    QLabel *m_result;
    QPushButton *m_publish;
};

} // namespace Qonduit
