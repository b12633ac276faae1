// SPDX-License-Identifier: MIT
// Postman collections (v2.0, v2.1): the request tree, and one request as Qlik's form.
#include "import/apidocument.h"
#include "import/importhelpers.h"
#include "messagecontext.h"
#include "script/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Qonduit {

using Messages::Import;
using namespace ImportHelpers;
using namespace Qt::StringLiterals;

namespace {

// A collection nested deeper than this is not walked further (the note says so).
constexpr int MaxFolderDepth = 64;

struct Request
{
    QJsonValue request;
    QJsonValue auth; // the request's own, or the folder's or collection's it inherits
    bool hasScripts = false;
};

// Postman writes auth parameters as [{key, value}] (v2.1) or as an object (v2.0).
QString authValue(const QJsonObject &auth, const QString &type, const QString &key)
{
    const QJsonValue parameters = auth.value(type);
    if (parameters.isArray()) {
        for (const QJsonValue &item : parameters.toArray()) {
            if (item.toObject().value(u"key").toString() == key)
                return textOf(item.toObject().value(u"value"));
        }
        return {};
    }
    return textOf(parameters.toObject().value(key));
}

class PostmanDocument final : public ApiDocument
{
public:
    explicit PostmanDocument(const QJsonObject &root)
        : ApiDocument(ApiDocumentKind::Postman)
    {
        const QJsonObject info = root.value(u"info").toObject();
        m_title = info.value(u"name").toString();
        const QString schema = info.value(u"schema").toString();
        m_version = schema.contains(u"v2.1") ? u"v2.1"_s : schema.contains(u"v2.0") ? u"v2.0"_s : u"v2"_s;
        for (const QJsonValue &value : root.value(u"variable").toArray()) {
            const QJsonObject variable = value.toObject();
            if (!variable.value(u"disabled").toBool())
                m_variables.append({variable.value(u"key").toString(), textOf(variable.value(u"value")),
                    isSecretHeader(variable.value(u"key").toString())
                        || variable.value(u"type").toString() == u"secret"});
        }
        walk(root.value(u"item").toArray(), root.value(u"auth"), QString(), 0,
            !root.value(u"event").toArray().isEmpty());
    }

    Expected<ApiImport, QString> import(
        int entry, const ApiChoice &choice, const ConnectionSettings &base) const override
    {
        if (entry < 0 || entry >= m_requests.size())
            return Import::tr("the collection has no request %1").arg(entry + 1);
        if (!m_entries[entry].fits())
            return m_entries[entry].whyNot;
        const Request &source = m_requests[entry];
        ApiImport result;
        ConnectionSettings &s = result.settings;
        s = freshFrom(base);
        QStringList &unmapped = result.unmapped;
        QStringList unknown;
        const auto qlik = [&](const QString &text) { return withQlikVariables(text, &unknown); };

        const QJsonObject request = source.request.isString() ? QJsonObject {{u"url"_s, source.request}}
                                                              : source.request.toObject();
        s.request.method = methodOf(request.value(u"method").toString(u"GET"_s));
        readUrl(s, request.value(u"url"), qlik);
        const QJsonValue headers = request.value(u"header");
        if (headers.isString()) { // v2.0 allows "Name: value" lines
            for (const QString &line : headers.toString().split(u'\n', Qt::SkipEmptyParts)) {
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    s.queryHeaders.append({line.left(colon).trimmed(), qlik(line.mid(colon + 1).trimmed())});
            }
        }
        for (const QJsonValue &value : headers.toArray()) {
            const QJsonObject header = value.toObject();
            if (!header.value(u"disabled").toBool())
                s.queryHeaders.append(
                    {header.value(u"key").toString(), qlik(textOf(header.value(u"value")))});
        }
        readBody(s, request.value(u"body").toObject(), qlik, &unmapped);
        readAuth(s, source.auth.toObject(), qlik, &unmapped);
        if (source.hasScripts)
            unmapped.append(Import::tr("the collection's pre-request and test scripts, which are not run"));

        // The collection's variables the request uses, with their values to test with.
        for (const QString &name : addUsedVariables(s, choice.environment + m_variables, qlik))
            unmapped.append(
                Import::tr("{{%1}} has no value in the collection: give $(%1) a test value").arg(name));
        for (const QString &text : std::as_const(unknown))
            unmapped.append(
                Import::tr("%1: a Postman dynamic value, which Qlik has no such thing for").arg(text));
        unmapped.removeDuplicates();
        return result;
    }

private:
    void walk(const QJsonArray &items, const QJsonValue &auth, const QString &folder, int depth, bool scripts)
    {
        if (depth > MaxFolderDepth) {
            m_notes.append(Import::tr("folders nested more than %1 deep are not read").arg(MaxFolderDepth));
            return;
        }
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString name = item.value(u"name").toString();
            const QJsonValue itemAuth
                = item.contains(u"auth") && !item.value(u"auth").isNull() ? item.value(u"auth") : auth;
            const bool itemScripts = scripts || !item.value(u"event").toArray().isEmpty();
            if (item.contains(u"item")) {
                walk(item.value(u"item").toArray(), itemAuth, folder.isEmpty() ? name : folder + u'/' + name,
                    depth + 1, itemScripts);
                continue;
            }
            const QJsonValue request = item.value(u"request");
            if (request.isUndefined())
                continue;
            QJsonValue requestAuth = itemAuth;
            if (request.isObject() && request.toObject().contains(u"auth")
                && !request.toObject().value(u"auth").isNull())
                requestAuth = request.toObject().value(u"auth");
            m_requests.append({request, requestAuth, itemScripts});
            ApiEntry entry;
            entry.method = request.isObject()
                ? request.toObject().value(u"method").toString(u"GET"_s).toUpper()
                : u"GET"_s;
            const QJsonValue url = request.isObject() ? request.toObject().value(u"url") : request;
            entry.target = url.isObject() ? url.toObject().value(u"raw").toString() : url.toString();
            entry.title = name;
            entry.group = folder;
            entry.id = folder.isEmpty() ? name : folder + u'/' + name;
            entry.whyNot = whyNotMethod(entry.method);
            m_entries.append(entry);
        }
    }

    template<typename Qlik>
    static void readUrl(ConnectionSettings &s, const QJsonValue &value, const Qlik &qlik)
    {
        if (value.isString()) {
            setUrl(s, qlik(value.toString()));
            return;
        }
        const QJsonObject url = value.toObject();
        QString raw = url.value(u"raw").toString();
        if (raw.isEmpty()) {
            QStringList hosts, paths;
            for (const QJsonValue &host : url.value(u"host").toArray())
                hosts.append(host.toString());
            for (const QJsonValue &part : url.value(u"path").toArray())
                paths.append(part.isObject() ? part.toObject().value(u"value").toString() : part.toString());
            const QString protocol = url.value(u"protocol").toString();
            raw = (protocol.isEmpty() ? QString() : protocol + u"://"_s) + hosts.join(u'.')
                + (paths.isEmpty() ? QString() : u'/' + paths.join(u'/'));
        }
        // :name path variables, with their values.
        for (const QJsonValue &item : url.value(u"variable").toArray()) {
            const QJsonObject variable = item.toObject();
            const QString key = variable.value(u"key").toString();
            if (!key.isEmpty())
                raw.replace(u':' + key, textOf(variable.value(u"value")));
        }
        if (url.contains(u"query")) {
            raw = raw.section(u'?', 0, 0);
            setUrl(s, qlik(raw));
            for (const QJsonValue &item : url.value(u"query").toArray()) {
                const QJsonObject pair = item.toObject();
                if (!pair.value(u"disabled").toBool())
                    s.queryParameters.append(
                        {qlik(pair.value(u"key").toString()), qlik(textOf(pair.value(u"value")))});
            }
        } else {
            setUrl(s, qlik(raw));
        }
    }

    template<typename Qlik>
    static void readBody(
        ConnectionSettings &s, const QJsonObject &body, const Qlik &qlik, QStringList *unmapped)
    {
        if (body.isEmpty() || body.value(u"disabled").toBool())
            return;
        const QString mode = body.value(u"mode").toString();
        const auto contentType = [&](const QString &type) { addContentType(s, type); };
        if (mode == u"raw") {
            s.request.requestBody = qlik(body.value(u"raw").toString());
            const QString language
                = body.value(u"options").toObject().value(u"raw").toObject().value(u"language").toString();
            if (language == u"json")
                contentType(u"application/json"_s);
            else if (language == u"xml")
                contentType(u"application/xml"_s);
        } else if (mode == u"urlencoded") {
            QList<NameValue> fields;
            for (const QJsonValue &item : body.value(u"urlencoded").toArray()) {
                const QJsonObject field = item.toObject();
                if (!field.value(u"disabled").toBool())
                    fields.append(
                        {qlik(field.value(u"key").toString()), qlik(textOf(field.value(u"value")))});
            }
            s.request.requestBody = formEncoded(fields);
            contentType(u"application/x-www-form-urlencoded"_s);
        } else if (mode == u"graphql") {
            const QJsonObject graphql = body.value(u"graphql").toObject();
            QJsonObject payload {{u"query"_s, graphql.value(u"query")}};
            const QJsonDocument variables
                = QJsonDocument::fromJson(graphql.value(u"variables").toString().toUtf8());
            if (variables.isObject())
                payload.insert(u"variables"_s, variables.object());
            s.request.requestBody
                = qlik(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            contentType(u"application/json"_s);
        } else if (mode == u"formdata") {
            unmapped->append(
                Import::tr("the form-data body: Qlik's connector sends no multipart forms; send the "
                           "fields urlencoded if the API takes them so"));
        } else if (mode == u"file") {
            unmapped->append(Import::tr("the file body: Qlik's connector uploads no files"));
        }
        dropBodyOfGet(s, unmapped);
    }

    template<typename Qlik>
    static void readAuth(
        ConnectionSettings &s, const QJsonObject &auth, const Qlik &qlik, QStringList *unmapped)
    {
        const QString type = auth.value(u"type").toString();
        const auto value = [&](const QString &key) { return qlik(authValue(auth, type, key)); };
        if (type.isEmpty() || type == u"noauth")
            return;
        if (type == u"basic" || type == u"digest" || type == u"ntlm") {
            s.authentication.schema = type == u"basic" ? AuthSchema::Basic
                : type == u"digest"                    ? AuthSchema::Digest
                                                       : AuthSchema::Ntlm;
            const QString domain = value(u"domain"_s);
            s.authentication.userName
                = (domain.isEmpty() ? QString() : domain + u'\\') + value(u"username"_s);
            s.authentication.password = value(u"password"_s);
        } else if (type == u"bearer") {
            setHeader(s.queryHeaders, u"Authorization"_s, u"Bearer "_s + value(u"token"_s));
        } else if (type == u"apikey") {
            const QString key = value(u"key"_s);
            if (value(u"in"_s) == u"query")
                s.queryParameters.append({key, value(u"value"_s)});
            else
                setHeader(s.queryHeaders, key, value(u"value"_s));
        } else if (type == u"oauth2") {
            const QString grant = value(u"grant_type"_s);
            const QString tokenUrl = value(u"accessTokenUrl"_s);
            if ((grant == u"client_credentials" || grant == u"password_credentials") && !tokenUrl.isEmpty()) {
                TokenSettings &t = s.token;
                t.source = TokenSource::OAuth2;
                t.url = tokenUrl;
                t.grant
                    = grant == u"password_credentials" ? OAuthGrant::Password : OAuthGrant::ClientCredentials;
                t.clientId = value(u"clientId"_s);
                t.clientSecret = value(u"clientSecret"_s);
                t.scope = value(u"scope"_s);
                t.userName = value(u"username"_s);
                t.password = value(u"password"_s);
                t.clientSecretAsBasic = value(u"client_authentication"_s) == u"header";
            } else if (const QString token = value(u"accessToken"_s); !token.isEmpty()) {
                setHeader(s.queryHeaders, u"Authorization"_s, u"Bearer "_s + token);
                unmapped->append(
                    Import::tr("OAuth 2.0 by %1, which signs in with a browser: the token Postman had "
                               "is sent as it is, until it expires")
                        .arg(grant.isEmpty() ? u"authorization code"_s : grant));
            } else {
                unmapped->append(
                    Import::tr("OAuth 2.0 by %1, which signs in with a browser; Qlik's connector "
                               "cannot: get a token another way and send it as Authorization: Bearer")
                        .arg(grant.isEmpty() ? u"authorization code"_s : grant));
            }
        } else {
            unmapped->append(Import::tr("the %1 authentication, which Qlik's connector cannot do").arg(type));
        }
    }

    QList<Request> m_requests;
    QList<Variable> m_variables;
};

} // namespace

Expected<std::shared_ptr<const ApiDocument>, QString> ApiImports::postman(const QJsonObject &root)
{
    const QString schema = root.value(u"info").toObject().value(u"schema").toString();
    if (schema.contains(u"v1.") || (root.value(u"requests").isArray() && !root.contains(u"item")))
        return Import::tr("a Postman collection v1: export it again from Postman as v2.1");
    if (!root.value(u"item").isArray())
        return Import::tr("the collection has no item list, so no request to import");
    auto document = std::make_shared<PostmanDocument>(root);
    if (document->entries().isEmpty())
        return Import::tr("the collection holds no request");
    return std::shared_ptr<const ApiDocument>(std::move(document));
}

Expected<QList<Variable>, QString> ApiImports::postmanEnvironment(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.object().value(u"values").isArray())
        return Import::tr("not a Postman environment: it has no \"values\" list");
    QList<Variable> variables;
    for (const QJsonValue &value : document.object().value(u"values").toArray()) {
        const QJsonObject variable = value.toObject();
        if (variable.contains(u"enabled") && !variable.value(u"enabled").toBool())
            continue;
        const QString key = variable.value(u"key").toString();
        variables.append({key, textOf(variable.value(u"value")),
            variable.value(u"type").toString() == u"secret" || isSecretHeader(key)});
    }
    return variables;
}

} // namespace Qonduit
