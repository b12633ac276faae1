// SPDX-License-Identifier: MIT
// Insomnia exports (format 4): the request tree, and one request as Qlik's form.
#include "import/apidocument.h"
#include "import/importhelpers.h"
#include "messagecontext.h"
#include "script/secretheaders.h"
#include "variables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Qonduit {

using Messages::Import;
using namespace ImportHelpers;
using namespace Qt::StringLiterals;

namespace {

// {"a": {"b": 1}} as a.b = 1: Insomnia's {{ _.a.b }}.
void flatten(const QJsonObject &data, const QString &prefix, QList<Variable> &out, int depth = 0)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString name = prefix + it.key();
        if (it.value().isObject() && depth < 8)
            flatten(it.value().toObject(), name + u'.', out, depth + 1);
        else if (!Variables::find(out, name))
            out.append({name, textOf(it.value()), isSecretHeader(it.key())});
    }
}

class InsomniaDocument final : public ApiDocument
{
public:
    explicit InsomniaDocument(const QJsonObject &root)
        : ApiDocument(ApiDocumentKind::Insomnia)
    {
        m_version = QString::number(root.value(u"__export_format").toInt());
        QHash<QString, QJsonObject> byId;
        QList<QJsonObject> environments;
        for (const QJsonValue &value : root.value(u"resources").toArray()) {
            const QJsonObject resource = value.toObject();
            byId.insert(resource.value(u"_id").toString(), resource);
            const QString type = resource.value(u"_type").toString();
            if (type == u"workspace" && m_title.isEmpty())
                m_title = resource.value(u"name").toString();
            else if (type == u"environment")
                environments.append(resource);
        }
        // The base environment (the workspace's) first, then its first sub-environment's values over it.
        QList<Variable> base, sub;
        QStringList subNames;
        for (const QJsonObject &environment : std::as_const(environments)) {
            const QString parent = environment.value(u"parentId").toString();
            if (byId.value(parent).value(u"_type").toString() == u"environment") {
                subNames.append(environment.value(u"name").toString());
                if (subNames.size() == 1)
                    flatten(environment.value(u"data").toObject(), QString(), sub);
            } else {
                flatten(environment.value(u"data").toObject(), QString(), base);
            }
        }
        m_variables = sub;
        for (const Variable &variable : std::as_const(base)) {
            if (!Variables::find(m_variables, variable.name))
                m_variables.append(variable);
        }
        if (subNames.size() > 1)
            m_notes.append(Import::tr("the values of the environment %1; the export has %2 more")
                               .arg(subNames.first())
                               .arg(subNames.size() - 1));
        for (const QJsonValue &value : root.value(u"resources").toArray()) {
            const QJsonObject resource = value.toObject();
            if (resource.value(u"_type").toString() != u"request")
                continue;
            QStringList folders;
            QString parent = resource.value(u"parentId").toString();
            for (int depth = 0;
                 depth < 64 && byId.value(parent).value(u"_type").toString() == u"request_group"; ++depth) {
                folders.prepend(byId.value(parent).value(u"name").toString());
                parent = byId.value(parent).value(u"parentId").toString();
            }
            m_requests.append(resource);
            ApiEntry entry;
            entry.method = resource.value(u"method").toString(u"GET"_s).toUpper();
            entry.target = resource.value(u"url").toString();
            entry.title = resource.value(u"name").toString();
            entry.group = folders.join(u'/');
            entry.id = resource.value(u"_id").toString();
            entry.whyNot = whyNotMethod(entry.method);
            m_entries.append(entry);
        }
    }

    Expected<ApiImport, QString> import(
        int entry, const ApiChoice &choice, const ConnectionSettings &base) const override
    {
        if (entry < 0 || entry >= m_requests.size())
            return Import::tr("the export has no request %1").arg(entry + 1);
        if (!m_entries[entry].fits())
            return m_entries[entry].whyNot;
        const QJsonObject &request = m_requests[entry];
        ApiImport result;
        ConnectionSettings &s = result.settings;
        s = freshFrom(base);
        QStringList &unmapped = result.unmapped;
        QStringList unknown;
        const auto qlik = [&](const QString &text) {
            if (text.contains(u"{%"))
                unmapped.append(
                    Import::tr("a template tag in \"%1\", which Insomnia runs and Qlik cannot").arg(text));
            return withQlikVariables(text, &unknown);
        };
        s.request.method = methodOf(request.value(u"method").toString(u"GET"_s));
        setUrl(s, qlik(request.value(u"url").toString()));
        for (const QJsonValue &value : request.value(u"parameters").toArray()) {
            const QJsonObject pair = value.toObject();
            if (!pair.value(u"disabled").toBool())
                s.queryParameters.append(
                    {qlik(pair.value(u"name").toString()), qlik(textOf(pair.value(u"value")))});
        }
        for (const QJsonValue &value : request.value(u"headers").toArray()) {
            const QJsonObject header = value.toObject();
            if (!header.value(u"disabled").toBool())
                s.queryHeaders.append(
                    {header.value(u"name").toString(), qlik(textOf(header.value(u"value")))});
        }
        const QJsonObject body = request.value(u"body").toObject();
        const QString mimeType = body.value(u"mimeType").toString();
        if (mimeType == u"application/x-www-form-urlencoded") {
            QList<NameValue> fields;
            for (const QJsonValue &value : body.value(u"params").toArray()) {
                const QJsonObject field = value.toObject();
                if (!field.value(u"disabled").toBool())
                    fields.append(
                        {qlik(field.value(u"name").toString()), qlik(textOf(field.value(u"value")))});
            }
            s.request.requestBody = formEncoded(fields);
        } else if (mimeType == u"multipart/form-data") {
            unmapped.append(Import::tr("the multipart form body: Qlik's connector sends no multipart forms"));
        } else if (body.contains(u"fileName")) {
            unmapped.append(Import::tr("the file body: Qlik's connector uploads no files"));
        } else {
            s.request.requestBody = qlik(body.value(u"text").toString());
        }
        if (!mimeType.isEmpty() && !s.request.requestBody.isEmpty())
            addContentType(s, mimeType == u"application/graphql" ? u"application/json"_s : mimeType);
        dropBodyOfGet(s, &unmapped);
        readAuth(s, request.value(u"authentication").toObject(), qlik, &unmapped);

        for (const QString &name : addUsedVariables(s, choice.environment + m_variables, qlik))
            unmapped.append(
                Import::tr("{{%1}} has no value in the export: give $(%1) a test value").arg(name));
        for (const QString &text : std::as_const(unknown))
            unmapped.append(Import::tr("%1: an Insomnia expression, which Qlik cannot run").arg(text));
        unmapped.removeDuplicates();
        return result;
    }

private:
    template<typename Qlik>
    static void readAuth(
        ConnectionSettings &s, const QJsonObject &auth, const Qlik &qlik, QStringList *unmapped)
    {
        const QString type = auth.value(u"type").toString();
        if (type.isEmpty() || type == u"none" || auth.value(u"disabled").toBool())
            return;
        const auto value = [&](const char16_t *key) { return qlik(textOf(auth.value(QStringView(key)))); };
        if (type == u"basic" || type == u"digest" || type == u"ntlm") {
            s.authentication.schema = type == u"basic" ? AuthSchema::Basic
                : type == u"digest"                    ? AuthSchema::Digest
                                                       : AuthSchema::Ntlm;
            s.authentication.userName = value(u"username");
            s.authentication.password = value(u"password");
        } else if (type == u"bearer") {
            const QString prefix = auth.contains(u"prefix") ? value(u"prefix") : u"Bearer"_s;
            setHeader(s.queryHeaders, u"Authorization"_s,
                (prefix.isEmpty() ? QString() : prefix + u' ') + value(u"token"));
        } else if (type == u"apikey") {
            if (value(u"addTo") == u"queryParams")
                s.queryParameters.append({value(u"key"), value(u"value")});
            else
                setHeader(s.queryHeaders, value(u"key"), value(u"value"));
        } else if (type == u"oauth2") {
            const QString grant = value(u"grantType");
            if ((grant == u"client_credentials" || grant == u"password")
                && !value(u"accessTokenUrl").isEmpty()) {
                TokenSettings &t = s.token;
                t.source = TokenSource::OAuth2;
                t.url = value(u"accessTokenUrl");
                t.grant = grant == u"password" ? OAuthGrant::Password : OAuthGrant::ClientCredentials;
                t.clientId = value(u"clientId");
                t.clientSecret = value(u"clientSecret");
                t.scope = value(u"scope");
                t.audience = value(u"audience");
                t.userName = value(u"username");
                t.password = value(u"password");
                t.clientSecretAsBasic
                    = auth.contains(u"credentialsInBody") && !auth.value(u"credentialsInBody").toBool();
            } else {
                unmapped->append(
                    Import::tr("OAuth 2.0 by %1, which signs in with a browser; Qlik's connector "
                               "cannot: get a token another way and send it as Authorization: Bearer")
                        .arg(grant));
            }
        } else {
            unmapped->append(Import::tr("the %1 authentication, which Qlik's connector cannot do").arg(type));
        }
    }

    QList<QJsonObject> m_requests;
    QList<Variable> m_variables;
};

} // namespace

Expected<std::shared_ptr<const ApiDocument>, QString> ApiImports::insomnia(const QJsonObject &root)
{
    const int format = root.value(u"__export_format").toInt();
    if (format != 4)
        return Import::tr(
            "an Insomnia export of format %1: Qonduit reads format 4 (Insomnia's \"Export Data\")")
            .arg(format);
    if (!root.value(u"resources").isArray())
        return Import::tr("the export has no resources, so no request to import");
    auto document = std::make_shared<InsomniaDocument>(root);
    if (document->entries().isEmpty())
        return Import::tr("the export holds no request");
    return std::shared_ptr<const ApiDocument>(std::move(document));
}

} // namespace Qonduit
