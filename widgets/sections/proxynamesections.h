// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QCheckBox;
class QLineEdit;

namespace Qonduit {

class SecretField;

// The forward proxy keys of the newest connectors.
class ProxySection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit ProxySection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    void updateVisibility();

    QCheckBox *m_useProxy;
    QLineEdit *m_address;
    SecretField *m_password;
    QCheckBox *m_bypassOnLocal;
    QCheckBox *m_defaultCredentials;
};

// "Completing the connection": the name Qlik stores the connection under.
class NameSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit NameSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    QLineEdit *m_name;
    QCheckBox *m_remember;
};

} // namespace Qonduit
