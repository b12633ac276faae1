// SPDX-License-Identifier: MIT
#include "certificatessection.h"

#include "fieldid.h"
#include "sections/secretfield.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Qonduit {

CertificatesSection::CertificatesSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("certificates"), tr("Certificates"), parent)
    , m_skipValidation(new QCheckBox(tr("S&kip server certificate validation"), this))
    , m_source(new QComboBox(this))
    , m_storeLocation(new QComboBox(this))
    , m_storeName(new QComboBox(this))
    , m_certificateName(new QLineEdit(this))
    , m_installedNote(nullptr)
    , m_pfxFile(new QLineEdit(this))
    , m_pfxPassword(new SecretField(this))
{
    addCheckRow(FieldId::Certificates::SkipServerCertificateValidation, m_skipValidation,
        tr("Connect even if the server's certificate is invalid. The certificate is still checked, and "
           "its problems are reported."));

    addItem(m_source, tr("No"), CertificateSource::None);
    addItem(m_source, tr("Installed"), CertificateSource::Installed);
    addItem(m_source, tr("From file"), CertificateSource::FromFile);
    m_source->setMaximumWidth(200);
    addRow(FieldId::Certificates::Source, tr("Use &certificate"), m_source,
        tr("An X509 client certificate for mutual authentication: installed in a Windows certificate store, "
           "or from a PFX file. Not available in Qlik Sense Cloud."));

    addItem(m_storeLocation, tr("Current user"), CertificateStoreLocation::CurrentUser);
    addItem(m_storeLocation, tr("Local machine"), CertificateStoreLocation::LocalMachine);
    m_storeLocation->setMaximumWidth(200);
    addRow(FieldId::Certificates::StoreLocation, tr("Certificate &location"), m_storeLocation,
        tr("The store of the current user or of the local machine. The local machine needs Qlik to run "
           "with administrator privileges."));

    addItem(m_storeName, tr("Personal"), CertificateStoreName::My);
    addItem(m_storeName, tr("Trusted Root Certification Authorities"), CertificateStoreName::Root);
    addItem(m_storeName, tr("Intermediate Certification Authorities"), CertificateStoreName::CA);
    addItem(m_storeName, tr("Trusted Publisher"), CertificateStoreName::TrustedPublisher);
    addItem(m_storeName, tr("Untrusted Certificates"), CertificateStoreName::Disallowed);
    addItem(m_storeName, tr("Third-Party Root Certification Authorities"), CertificateStoreName::AuthRoot);
    addItem(m_storeName, tr("Trusted People"), CertificateStoreName::TrustedPeople);
    addItem(m_storeName, tr("Other People"), CertificateStoreName::AddressBook);
    m_storeName->setMaximumWidth(360);
    addRow(FieldId::Certificates::StoreName, tr("Certificate s&tore"), m_storeName,
        tr("One of the default Windows certificate stores."));

    m_certificateName->setPlaceholderText(tr("subject or thumbprint"));
    addRow(FieldId::Certificates::CertificateName, tr("Certificate &name"), m_certificateName,
        tr("The certificate in the store, by subject or thumbprint."));
    m_installedNote = addNote(tr("Installed certificates come from a Windows certificate store: Qonduit can "
                                 "write them into the connection, but test them only on Windows."));
    m_installedNote->setObjectName(QStringLiteral("certificates.installed.note"));

    auto *pfxRow = new QWidget(this);
    auto *browse = new QToolButton(pfxRow);
    browse->setObjectName(QStringLiteral("certificates.pfxFilePath.browse"));
    browse->setText(tr("Browse..."));
    browse->setAccessibleName(tr("Browse for the PFX file"));
    auto *pfxLayout = new QHBoxLayout(pfxRow);
    pfxLayout->setContentsMargins(0, 0, 0, 0);
    pfxLayout->addWidget(m_pfxFile, 1);
    pfxLayout->addWidget(browse);
    m_pfxFile->setPlaceholderText(
        QStringLiteral("C:\\ProgramData\\Qlik\\Sense\\Engine\\Certificates\\client.pfx"));
    addRow(FieldId::Certificates::PfxFilePath, tr("PFX &file name"), m_pfxFile,
        tr("The PFX file of the client certificate. Qlik looks for it in "
           "C:\\ProgramData\\Qlik\\Sense\\Engine\\Certificates\\ unless the connector is configured "
           "otherwise."),
        pfxRow);
    addRow(FieldId::Certificates::PfxPassword, tr("PFX pass&word"), m_pfxPassword->edit(),
        tr("The password of the PFX file. It is never saved in connection files or drafts."), m_pfxPassword);

    connect(browse, &QToolButton::clicked, this, &CertificatesSection::browseForPfx);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CertificatesSection::updateVisibility);
    updateVisibility();
}

void CertificatesSection::browseForPfx()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("PFX file"), m_pfxFile->text(), tr("PFX certificates (*.pfx *.p12);;All files (*)"));
    if (!file.isEmpty())
        m_pfxFile->setText(QDir::toNativeSeparators(file));
}

void CertificatesSection::updateVisibility()
{
    const CertificateSource source = valueOf<CertificateSource>(m_source);
    const bool installed = source == CertificateSource::Installed;
    setFieldVisible(FieldId::Certificates::StoreLocation, installed);
    setFieldVisible(FieldId::Certificates::StoreName, installed);
    setFieldVisible(FieldId::Certificates::CertificateName, installed);
    form()->setRowVisible(m_installedNote, installed);
    setFieldVisible(FieldId::Certificates::PfxFilePath, source == CertificateSource::FromFile);
    setFieldVisible(FieldId::Certificates::PfxPassword, source == CertificateSource::FromFile);
}

void CertificatesSection::load(const ConnectionSettings &settings)
{
    const CertificateSettings &c = settings.certificates;
    m_skipValidation->setChecked(c.skipServerCertificateValidation);
    select(m_source, c.source);
    select(m_storeLocation, c.storeLocation);
    select(m_storeName, c.storeName);
    m_certificateName->setText(c.certificateName);
    m_pfxFile->setText(c.pfxFilePath);
    m_pfxPassword->edit()->setText(c.pfxPassword);
    updateVisibility();
}

void CertificatesSection::save(ConnectionSettings &settings) const
{
    CertificateSettings &c = settings.certificates;
    c.skipServerCertificateValidation = m_skipValidation->isChecked();
    c.source = valueOf<CertificateSource>(m_source);
    c.storeLocation = valueOf<CertificateStoreLocation>(m_storeLocation);
    c.storeName = valueOf<CertificateStoreName>(m_storeName);
    c.certificateName = m_certificateName->text();
    c.pfxFilePath = m_pfxFile->text();
    c.pfxPassword = m_pfxPassword->edit()->text();
}

} // namespace Qonduit
