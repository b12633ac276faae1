// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsection.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Qonduit {

class SecretField;

// Server certificate validation, and the client certificate for mutual authentication.
class CertificatesSection : public ConnectionSection
{
    Q_OBJECT

public:
    explicit CertificatesSection(QWidget *parent = nullptr);
    void load(const ConnectionSettings &settings) override;
    void save(ConnectionSettings &settings) const override;

private:
    void updateVisibility();
    void browseForPfx();

    QCheckBox *m_skipValidation;
    QComboBox *m_source;
    QComboBox *m_storeLocation;
    QComboBox *m_storeName;
    QLineEdit *m_certificateName;
    QLabel *m_installedNote;
    QLineEdit *m_pfxFile;
    SecretField *m_pfxPassword;
};

} // namespace Qonduit
