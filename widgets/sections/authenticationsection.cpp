// SPDX-License-Identifier: MIT
#include "authenticationsection.h"

#include "fieldid.h"
#include "sections/secretfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Qonduit {

bool AuthenticationSection::currentWindowsUserAvailable()
{
#ifdef Q_OS_WIN
    return true;
#else
    return false;
#endif
}

AuthenticationSection::AuthenticationSection(QWidget *parent)
    : ConnectionSection(QStringLiteral("authentication"), tr("Authentication"), parent)
    , m_schema(new QComboBox(this))
    , m_schemaNote(nullptr)
    , m_userName(new QLineEdit(this))
    , m_password(new SecretField(this))
{
    addItem(m_schema, tr("Anonymous"), AuthSchema::Anonymous);
    addItem(m_schema, tr("Basic"), AuthSchema::Basic);
    addItem(m_schema, tr("Digest"), AuthSchema::Digest);
    addItem(m_schema, tr("Windows NTLM"), AuthSchema::Ntlm);
    addItem(m_schema, tr("Current Windows User (NTLM)"), AuthSchema::CurrentWindowsUser);
    if (!currentWindowsUserAvailable()) {
        // Offered, but not selectable: the user sees it exists and why it cannot be chosen here.
        auto *items = qobject_cast<QStandardItemModel *>(m_schema->model());
        QStandardItem *item = items->item(m_schema->findData(int(AuthSchema::CurrentWindowsUser)));
        item->setEnabled(false);
        item->setToolTip(tr("Only available when Qonduit runs on Windows: it uses the Windows account of the "
                            "user who starts it."));
    }
    m_schema->setMaximumWidth(260);
    addRow(FieldId::Authentication::Schema, tr("Authentication &schema"), m_schema,
        tr("How Qonduit, and Qlik's REST connector, authenticate to the REST service."));
    m_schemaNote = addNote(QString());
    m_schemaNote->setObjectName(QStringLiteral("authentication.schema.note"));

    addRow(FieldId::Authentication::UserName, tr("User &name"), m_userName,
        tr("The user name of the REST account. For Digest and NTLM, a Windows domain account "
           "(DOMAIN\\user)."));
    addRow(FieldId::Authentication::Password, tr("Pass&word"), m_password->edit(),
        tr("The password of the REST account. It is never saved in connection files or drafts."), m_password);

    connect(m_schema, &QComboBox::currentIndexChanged, this, &AuthenticationSection::updateVisibility);
    updateVisibility();
}

void AuthenticationSection::updateVisibility()
{
    const AuthSchema schema = valueOf<AuthSchema>(m_schema);
    const bool needsCredentials = schema != AuthSchema::Anonymous && schema != AuthSchema::CurrentWindowsUser;
    setFieldVisible(FieldId::Authentication::UserName, needsCredentials);
    setFieldVisible(FieldId::Authentication::Password, needsCredentials);
    switch (schema) {
    case AuthSchema::Anonymous:
        m_schemaNote->setText(
            tr("No authentication: everyone using the connection has access to the resource."));
        break;
    case AuthSchema::Basic:
        m_schemaNote->setText(tr("Sends the user name and password Base64-encoded. Base64 is not encryption: "
                                 "use it over HTTPS only."));
        break;
    case AuthSchema::Digest:
        m_schemaNote->setText(tr("A challenge-response: the server sends a nonce, the client answers with a "
                                 "hash of the user name, password and nonce. Requires a Windows domain "
                                 "account; the realm is the domain."));
        break;
    case AuthSchema::Ntlm:
        m_schemaNote->setText(
            tr("A challenge-response with Windows credentials, more secure than Digest. The "
               "server and any proxies must keep connections open."));
        break;
    case AuthSchema::CurrentWindowsUser:
        m_schemaNote->setText(currentWindowsUserAvailable()
                ? tr("Uses the Windows account that runs Qonduit (Qlik Sense Desktop only).")
                : tr("Uses the Windows account that runs the connector: works only on Windows and "
                     "with Qlik Sense Desktop. Qonduit cannot test it here."));
        break;
    }
}

void AuthenticationSection::load(const ConnectionSettings &settings)
{
    select(m_schema, settings.authentication.schema);
    m_userName->setText(settings.authentication.userName);
    m_password->edit()->setText(settings.authentication.password);
    updateVisibility();
}

void AuthenticationSection::save(ConnectionSettings &settings) const
{
    settings.authentication.schema = valueOf<AuthSchema>(m_schema);
    settings.authentication.userName = m_userName->text();
    settings.authentication.password = m_password->edit()->text();
}

} // namespace Qonduit
