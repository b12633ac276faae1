// SPDX-License-Identifier: MIT
#include "proxynamesections.h"

#include "fieldid.h"
#include "sections/secretfield.h"

#include <QCheckBox>
#include <QLineEdit>

namespace Qonduit {

ProxySection::ProxySection(QWidget *parent)
    : ConnectionSection(QStringLiteral("proxy"), tr("Proxy"), parent)
    , m_useProxy(new QCheckBox(tr("Use a &proxy"), this))
    , m_address(new QLineEdit(this))
    , m_password(new SecretField(this))
    , m_bypassOnLocal(new QCheckBox(tr("&Bypass the proxy for local addresses"), this))
    , m_defaultCredentials(new QCheckBox(tr("Use the &default credentials for the proxy"), this))
{
    addCheckRow(FieldId::Proxy::UseProxy, m_useProxy,
        tr("Send requests through a forward proxy. Qlik's REST connector needs extra configuration for "
           "proxies (see Qlik's help: How to configure proxy settings)."));
    m_address->setPlaceholderText(QStringLiteral("http://proxy.example.com:3128"));
    addRow(FieldId::Proxy::Address, tr("Proxy &address"), m_address, tr("The proxy's URL, with its port."));
    m_password->edit()->setObjectName(QStringLiteral("proxy.password.edit"));
    addRow(FieldId::Proxy::Password, tr("Proxy pass&word"), m_password->edit(),
        tr("For the user name in the proxy address (http://user@proxy:3128). Never written to a file or "
           "the connection string; remembered in the keychain when the connection asks for it."),
        m_password);
    addCheckRow(FieldId::Proxy::BypassOnLocal, m_bypassOnLocal,
        tr("Connect to local addresses directly, not through the proxy."));
    addCheckRow(FieldId::Proxy::UseDefaultCredentials, m_defaultCredentials,
        tr("Authenticate to the proxy with the credentials of the account that runs the connector."));
    connect(m_useProxy, &QCheckBox::toggled, this, &ProxySection::updateVisibility);
    updateVisibility();
}

void ProxySection::updateVisibility()
{
    const bool on = m_useProxy->isChecked();
    setFieldVisible(FieldId::Proxy::Address, on);
    setFieldVisible(FieldId::Proxy::Password, on);
    setFieldVisible(FieldId::Proxy::BypassOnLocal, on);
    setFieldVisible(FieldId::Proxy::UseDefaultCredentials, on);
}

void ProxySection::load(const ConnectionSettings &settings)
{
    m_useProxy->setChecked(settings.proxy.useProxy);
    m_address->setText(settings.proxy.address);
    m_password->edit()->setText(settings.proxy.password);
    m_bypassOnLocal->setChecked(settings.proxy.bypassOnLocal);
    m_defaultCredentials->setChecked(settings.proxy.useDefaultCredentials);
    updateVisibility();
}

void ProxySection::save(ConnectionSettings &settings) const
{
    settings.proxy.useProxy = m_useProxy->isChecked();
    settings.proxy.address = m_address->text();
    settings.proxy.password = m_password->edit()->text();
    settings.proxy.bypassOnLocal = m_bypassOnLocal->isChecked();
    settings.proxy.useDefaultCredentials = m_defaultCredentials->isChecked();
}

NameSection::NameSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("name"), tr("Name"), parent)
    , m_name(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remem&ber passwords and secret headers in the system keychain"), this))
{
    m_name->setPlaceholderText(tr("REST connection"));
    addRow(FieldId::Name, tr("&Name"), m_name,
        tr("The name of the connection in Qlik. Qlik Sense scripts refer to it as LIB CONNECT TO 'name'."));
    addCheckRow(FieldId::RememberSecrets, m_remember,
        tr("Qonduit's own setting, not Qlik's: when the connection is saved, its password, PFX password and "
           "secret header values go to the system keychain, and come back when the file is opened. They are "
           "never written to the file."));
}

void NameSection::load(const ConnectionSettings &settings)
{
    m_name->setText(settings.name);
    m_remember->setChecked(settings.rememberSecrets);
}

void NameSection::save(ConnectionSettings &settings) const
{
    settings.name = m_name->text();
    settings.rememberSecrets = m_remember->isChecked();
}

} // namespace Qonduit
