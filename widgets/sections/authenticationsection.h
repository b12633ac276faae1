// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QLabel;
class QLineEdit;

namespace Qonduit {

class SecretField;

// "Specifying credentials for the REST service": the schema, and the user name and password it needs.
class AuthenticationSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit AuthenticationSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

    // Current Windows User works only where Qonduit runs on Windows; tests turn it off and on.
    static bool currentWindowsUserAvailable();

private:
    void updateVisibility();

    QComboBox *m_schema;
    QLabel *m_schemaNote;
    QLineEdit *m_userName;
    SecretField *m_password;
};

} // namespace Qonduit
