// SPDX-License-Identifier: MIT
// OpenAPI 3.0 / 3.1 and Swagger 2.0: the operations, and one of them as Qlik's form.
#include "import/apidocument.h"
#include "import/importhelpers.h"
#include "messagecontext.h"
#include "script/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace Qonduit {

using Messages::Import;
using namespace ImportHelpers;
using namespace Qt::StringLiterals;

namespace {

const QStringList Methods {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
    QStringLiteral("patch"), QStringLiteral("delete"), QStringLiteral("head"), QStringLiteral("options"),
    QStringLiteral("trace")};

// How deep an example is made from a schema, and how many values it may have: a schema that nests
// without end (a tree of categories) gives a small example, not a huge one.
constexpr int ExampleDepth = 6;
constexpr int ExampleValues = 2000;

QString camel(const QString &name)
{
    QString out;
    bool upper = true;
    for (QChar c : name) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    return out;
}

struct Operation
{
    QString path;
    QString method; // lower case
    QJsonObject operation;
    QJsonArray pathParameters; // the path item's, which the operation's override
    QJsonArray pathServers;
};

class OpenApiDocument final : public ApiDocument
{
public:
    OpenApiDocument(const QJsonObject &root, bool swagger2, const QStringList &pathOrder)
        : ApiDocument(ApiDocumentKind::OpenApi)
        , m_root(root)
        , m_swagger2(swagger2)
    {
        m_version = swagger2 ? root.value(u"swagger").toString() : root.value(u"openapi").toString();
        m_title = root.value(u"info").toObject().value(u"title").toString();
        m_servers = documentServers(root.value(u"servers").toArray());
        const QJsonObject paths = root.value(u"paths").toObject();
        QStringList ordered;
        for (const QString &path : pathOrder) {
            if (paths.contains(path) && !ordered.contains(path))
                ordered.append(path);
        }
        if (ordered.size() != paths.size()) { // an order that does not match the paths is no order
            ordered = paths.keys();
        }
        for (const QString &pathKey : std::as_const(ordered)) {
            const auto it = paths.constFind(pathKey);
            QStringList notes;
            const QJsonObject item = resolved(it.value(), &notes).toObject();
            m_notes += notes;
            for (const QString &method : Methods) {
                if (!item.contains(method))
                    continue;
                const QJsonObject operation = resolved(item.value(method), &m_notes).toObject();
                m_operations.append({it.key(), method, operation, item.value(u"parameters").toArray(),
                    item.value(u"servers").toArray()});
                ApiEntry entry;
                entry.method = method.toUpper();
                entry.target = it.key();
                entry.id = operation.value(u"operationId").toString();
                if (entry.id.isEmpty())
                    entry.id = entry.method + u' ' + it.key();
                entry.title = operation.value(u"summary").toString();
                if (entry.title.isEmpty())
                    entry.title = operation.value(u"description").toString().section(u'\n', 0, 0).left(120);
                entry.group = operation.value(u"tags").toArray().first().toString();
                entry.whyNot = whyNotMethod(method);
                m_entries.append(entry);
            }
        }
        m_notes.removeDuplicates();
    }

    QStringList servers() const override { return m_servers; }

    QList<PathParameter> pathParameters(int entry) const override
    {
        QList<PathParameter> out;
        if (entry < 0 || entry >= m_operations.size())
            return out;
        QStringList notes;
        for (const QJsonObject &parameter : parametersOf(m_operations[entry], &notes)) {
            if (parameter.value(u"in").toString() == u"path")
                out.append({parameter.value(u"name").toString(), textOf(exampleOf(parameter, &notes)),
                    parameter.value(u"description").toString()});
        }
        return out;
    }

    Expected<ApiImport, QString> import(
        int entry, const ApiChoice &choice, const ConnectionSettings &base) const override
    {
        if (entry < 0 || entry >= m_operations.size())
            return Import::tr("the document has no operation %1").arg(entry + 1);
        if (!m_entries[entry].fits())
            return m_entries[entry].whyNot;
        const Operation &operation = m_operations[entry];
        ApiImport result;
        ConnectionSettings &s = result.settings;
        s = freshFrom(base);
        s.request.method = methodOf(operation.method);
        QStringList &unmapped = result.unmapped;

        // The server, then the path with its parameters filled in.
        QStringList servers = operation.operation.contains(u"servers")
            ? documentServers(operation.operation.value(u"servers").toArray())
            : (!operation.pathServers.isEmpty() ? documentServers(operation.pathServers) : m_servers);
        QString server = servers.value(std::clamp(choice.server, 0, int(servers.size()) - 1));
        if (server.isEmpty() || server.startsWith(u'/'))
            unmapped.append(Import::tr("the document names no host (its server is \"%1\"): put the API's "
                                       "address in front of the URL")
                                .arg(server.isEmpty() ? QStringLiteral("/") : server));
        QString path = operation.path;
        const QList<QJsonObject> parameters = parametersOf(operation, &unmapped);
        QList<NameValue> form;
        for (const QJsonObject &parameter : parameters) {
            const QString name = parameter.value(u"name").toString();
            const QString in = parameter.value(u"in").toString();
            const bool required = parameter.value(u"required").toBool() || in == u"path";
            const QString example = textOf(exampleOf(parameter, &unmapped));
            if (in == u"path") {
                QString value = example;
                for (const NameValue &given : choice.pathValues) {
                    if (given.name == name)
                        value = given.value;
                }
                if (value.isEmpty())
                    unmapped.append(
                        Import::tr("the path parameter {%1} has no value: fill it into the URL").arg(name));
                else
                    path.replace(u'{' + name + u'}', QString::fromLatin1(QUrl::toPercentEncoding(value)));
            } else if (in == u"query" || in == u"header") {
                if (!required) {
                    unmapped.append(example.isEmpty()
                            ? Import::tr("the optional %1 parameter %2, not added").arg(in, name)
                            : Import::tr("the optional %1 parameter %2 (for example %3), not added")
                                  .arg(in, name, example));
                    continue;
                }
                if (example.isEmpty())
                    unmapped.append(
                        Import::tr("the required %1 parameter %2 has no example: fill in its value")
                            .arg(in, name));
                (in == u"query" ? s.queryParameters : s.queryHeaders).append({name, example});
            } else if (in == u"cookie") {
                unmapped.append(
                    Import::tr("the cookie %1: Qlik's form has no cookies; send a Cookie header if the "
                               "API needs it")
                        .arg(name));
            } else if (in == u"formData") {
                if (parameter.value(u"type").toString() == u"file")
                    unmapped.append(Import::tr("the file %1: Qlik's connector uploads no files").arg(name));
                else
                    form.append({name, example});
            } else if (in == u"body") {
                setBody(s, QStringLiteral("application/json"),
                    bodyExample(parameter.value(u"schema"), {}, &unmapped));
            }
        }
        s.request.url = server + path;
        if (!form.isEmpty()) {
            setBody(s, QStringLiteral("application/x-www-form-urlencoded"), formEncoded(form));
        }
        if (!m_swagger2)
            readRequestBody(s, operation.operation.value(u"requestBody"), &unmapped);
        dropBodyOfGet(s, &unmapped);
        readSecurity(s, operation.operation, server, &unmapped);
        readResponse(result, operation.operation, &unmapped);
        guessPagination(result, parameters);
        if (choice.applyPaginationGuess && !result.paginationReason.isEmpty())
            s.pagination = result.paginationGuess;
        if (operation.operation.value(u"deprecated").toBool())
            unmapped.append(Import::tr("the document marks this operation deprecated"));
        unmapped.removeDuplicates();
        return result;
    }

private:
    QStringList documentServers(const QJsonArray &given) const
    {
        QStringList out;
        if (m_swagger2) {
            const QString host = m_root.value(u"host").toString();
            const QString basePath = m_root.value(u"basePath").toString();
            QStringList schemes;
            for (const QJsonValue &scheme : m_root.value(u"schemes").toArray())
                schemes.append(scheme.toString());
            if (schemes.isEmpty())
                schemes.append(QStringLiteral("https"));
            if (schemes.contains(u"https")) // the safer one first
                schemes.move(schemes.indexOf(u"https"), 0);
            for (const QString &scheme : schemes)
                out.append(host.isEmpty() ? basePath : scheme + QStringLiteral("://") + host + basePath);
        } else {
            for (const QJsonValue &value : given) {
                const QJsonObject server = value.toObject();
                QString url = server.value(u"url").toString();
                const QJsonObject variables = server.value(u"variables").toObject();
                for (auto it = variables.begin(); it != variables.end(); ++it)
                    url.replace(u'{' + it.key() + u'}', textOf(it.value().toObject().value(u"default")));
                out.append(url);
            }
        }
        for (QString &url : out) {
            while (url.endsWith(u'/'))
                url.chop(1);
        }
        out.removeDuplicates();
        return out;
    }

    // A value with its $ref followed, as far as the document goes: a ref to another file is not fetched
    // (the note says so), a ref that comes back to itself stops.
    QJsonValue resolved(QJsonValue value, QStringList *notes) const
    {
        QSet<QString> seen;
        while (value.isObject() && value.toObject().contains(u"$ref")) {
            const QString ref = value.toObject().value(u"$ref").toString();
            if (!ref.startsWith(u'#')) {
                notes->append(Import::tr("$ref %1 is in another document, which is not fetched").arg(ref));
                return {};
            }
            if (seen.contains(ref)) {
                notes->append(Import::tr("$ref %1 refers back to itself").arg(ref));
                return {};
            }
            seen.insert(ref);
            QJsonValue target = m_root;
            for (QString part : ref.mid(1).split(u'/', Qt::SkipEmptyParts)) {
                part = QUrl::fromPercentEncoding(part.toUtf8())
                           .replace(u"~1"_s, u"/"_s)
                           .replace(u"~0"_s, u"~"_s);
                target = target.isArray() ? target.toArray().at(part.toInt()) : target.toObject().value(part);
                if (target.isUndefined())
                    break;
            }
            if (target.isUndefined()) {
                notes->append(Import::tr("$ref %1 goes nowhere in the document").arg(ref));
                return {};
            }
            value = target;
        }
        return value;
    }

    QList<QJsonObject> parametersOf(const Operation &operation, QStringList *notes) const
    {
        QList<QJsonObject> out;
        for (const QJsonArray &list :
            {operation.pathParameters, operation.operation.value(u"parameters").toArray()}) {
            for (const QJsonValue &value : list) {
                const QJsonObject parameter = resolved(value, notes).toObject();
                if (parameter.isEmpty())
                    continue;
                const auto same = std::find_if(out.begin(), out.end(), [&](const QJsonObject &other) {
                    return other.value(u"name") == parameter.value(u"name")
                        && other.value(u"in") == parameter.value(u"in");
                });
                if (same != out.end())
                    *same = parameter; // the operation's own wins over the path's
                else
                    out.append(parameter);
            }
        }
        return out;
    }

    QJsonValue exampleOf(const QJsonObject &parameter, QStringList *notes) const
    {
        if (parameter.contains(u"example"))
            return parameter.value(u"example");
        const QJsonObject examples = parameter.value(u"examples").toObject();
        if (!examples.isEmpty())
            return resolved(examples.begin().value(), notes).toObject().value(u"value");
        const QJsonObject schema = resolved(parameter.value(u"schema"), notes).toObject();
        for (const QJsonObject &source : {parameter, schema}) {
            for (const char16_t *key : {u"x-example", u"default"}) {
                if (source.contains(QStringView(key)))
                    return source.value(QStringView(key));
            }
            if (source.contains(u"enum"))
                return source.value(u"enum").toArray().first();
        }
        if (schema.contains(u"example"))
            return schema.value(u"example");
        // An array parameter (status=available,sold): its items' example, default or first choice.
        const QJsonObject items = resolved(schema.value(u"items"), notes).toObject();
        for (const char16_t *key : {u"example", u"default"}) {
            if (items.contains(QStringView(key)))
                return items.value(QStringView(key));
        }
        if (items.contains(u"enum"))
            return items.value(u"enum").toArray().first();
        return {};
    }

    // A small example made from a schema: its own example where it has one, otherwise one value of each
    // property, one item of each array.
    QJsonValue exampleFrom(
        const QJsonValue &given, int depth, QSet<QString> &refs, int &budget, QStringList *notes) const
    {
        if (--budget < 0 || depth > ExampleDepth)
            return {};
        QString ref = given.toObject().value(u"$ref").toString();
        if (!ref.isEmpty() && refs.contains(ref))
            return {}; // a schema inside itself: the example stops there
        if (!ref.isEmpty())
            refs.insert(ref);
        const QJsonObject schema = resolved(given, notes).toObject();
        QJsonValue out;
        if (schema.contains(u"example")) {
            out = schema.value(u"example");
        } else if (schema.contains(u"examples") && schema.value(u"examples").isArray()) {
            out = schema.value(u"examples").toArray().first();
        } else if (schema.contains(u"default")) {
            out = schema.value(u"default");
        } else if (schema.contains(u"enum")) {
            out = schema.value(u"enum").toArray().first();
        } else if (schema.contains(u"const")) {
            out = schema.value(u"const");
        } else if (schema.contains(u"allOf")) {
            QJsonObject merged;
            for (const QJsonValue &part : schema.value(u"allOf").toArray()) {
                const QJsonObject piece = exampleFrom(part, depth + 1, refs, budget, notes).toObject();
                for (auto it = piece.begin(); it != piece.end(); ++it)
                    merged.insert(it.key(), it.value());
            }
            out = merged;
        } else if (schema.contains(u"oneOf") || schema.contains(u"anyOf")) {
            const QJsonArray choices
                = schema.value(schema.contains(u"oneOf") ? u"oneOf" : u"anyOf").toArray();
            out = exampleFrom(choices.first(), depth + 1, refs, budget, notes);
        } else {
            QString type = schema.value(u"type").toString();
            if (schema.value(u"type").isArray()) // 3.1: ["string", "null"]
                for (const QJsonValue &t : schema.value(u"type").toArray())
                    if (t.toString() != u"null" && type.isEmpty())
                        type = t.toString();
            if (type.isEmpty())
                type = schema.contains(u"properties") ? QStringLiteral("object")
                    : schema.contains(u"items")       ? QStringLiteral("array")
                                                      : QString();
            if (type == u"object") {
                QJsonObject object;
                const QJsonObject properties = schema.value(u"properties").toObject();
                for (auto it = properties.begin(); it != properties.end(); ++it) {
                    const QJsonValue value = exampleFrom(it.value(), depth + 1, refs, budget, notes);
                    if (!value.isUndefined())
                        object.insert(it.key(), value);
                }
                out = object;
            } else if (type == u"array") {
                const QJsonValue item = exampleFrom(schema.value(u"items"), depth + 1, refs, budget, notes);
                out = item.isUndefined() ? QJsonArray {} : QJsonArray {item};
            } else if (type == u"integer") {
                out = 0;
            } else if (type == u"number") {
                out = 0.5;
            } else if (type == u"boolean") {
                out = true;
            } else if (type == u"string") {
                const QString format = schema.value(u"format").toString();
                out = format == u"date-time" ? QStringLiteral("2024-01-31T12:00:00Z")
                    : format == u"date"      ? QStringLiteral("2024-01-31")
                    : format == u"email"     ? QStringLiteral("user@example.com")
                    : format == u"uuid"      ? QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")
                    : format == u"uri"       ? QStringLiteral("https://example.com/")
                                             : QStringLiteral("string");
            }
        }
        if (!ref.isEmpty())
            refs.remove(ref);
        return out;
    }

    QString bodyExample(const QJsonValue &schema, const QJsonObject &media, QStringList *notes) const
    {
        QJsonValue example;
        if (media.contains(u"example"))
            example = media.value(u"example");
        else if (!media.value(u"examples").toObject().isEmpty())
            example = resolved(media.value(u"examples").toObject().begin().value(), notes)
                          .toObject()
                          .value(u"value");
        else {
            QSet<QString> refs;
            int budget = ExampleValues;
            example = exampleFrom(schema, 0, refs, budget, notes);
        }
        if (example.isObject() || example.isArray())
            return QString::fromUtf8(example.isObject()
                    ? QJsonDocument(example.toObject()).toJson(QJsonDocument::Indented)
                    : QJsonDocument(example.toArray()).toJson(QJsonDocument::Indented))
                .trimmed();
        return textOf(example);
    }

    static void setBody(ConnectionSettings &s, const QString &contentType, const QString &body)
    {
        s.request.requestBody = body;
        addContentType(s, contentType);
    }

    void readRequestBody(ConnectionSettings &s, const QJsonValue &value, QStringList *unmapped) const
    {
        const QJsonObject body = resolved(value, unmapped).toObject();
        const QJsonObject content = body.value(u"content").toObject();
        if (content.isEmpty())
            return;
        QString chosen;
        for (auto it = content.begin(); it != content.end(); ++it) {
            const QString type = it.key().toLower();
            if (type.contains(u"json")) {
                chosen = it.key();
                break;
            }
            if (chosen.isEmpty()
                && (type == u"application/x-www-form-urlencoded" || type.startsWith(u"text/")
                    || type.contains(u"xml")))
                chosen = it.key();
        }
        if (chosen.isEmpty()) {
            unmapped->append(
                Import::tr("the request body as %1: Qlik's connector sends text, JSON or form fields, not "
                           "multipart or files")
                    .arg(content.begin().key()));
            return;
        }
        const QJsonObject media = content.value(chosen).toObject();
        if (chosen.toLower() == u"application/x-www-form-urlencoded") {
            QSet<QString> refs;
            int budget = ExampleValues;
            const QJsonObject fields = media.value(u"example").isObject()
                ? media.value(u"example").toObject()
                : exampleFrom(media.value(u"schema"), 0, refs, budget, unmapped).toObject();
            QList<NameValue> pairs;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                pairs.append({it.key(), textOf(it.value())});
            setBody(s, chosen, formEncoded(pairs));
            return;
        }
        setBody(s, chosen, bodyExample(media.value(u"schema"), media, unmapped));
    }

    void readSecurity(ConnectionSettings &s, const QJsonObject &operation, const QString &server,
        QStringList *unmapped) const
    {
        const QJsonArray requirements = operation.contains(u"security")
            ? operation.value(u"security").toArray()
            : m_root.value(u"security").toArray();
        if (requirements.isEmpty())
            return;
        const QJsonObject schemes = m_swagger2
            ? m_root.value(u"securityDefinitions").toObject()
            : m_root.value(u"components").toObject().value(u"securitySchemes").toObject();
        // The first way the document offers; the others are listed.
        const QJsonObject requirement = requirements.first().toObject();
        if (requirements.size() > 1)
            unmapped->append(
                Import::tr("%n other way(s) to authenticate the document offers; the first is in the form",
                    nullptr, int(requirements.size() - 1)));
        for (auto it = requirement.begin(); it != requirement.end(); ++it) {
            const QJsonObject scheme = resolved(schemes.value(it.key()), unmapped).toObject();
            QStringList scopes;
            for (const QJsonValue &scope : it.value().toArray())
                scopes.append(scope.toString());
            readScheme(s, it.key(), scheme, scopes, server, unmapped);
        }
    }

    void readScheme(ConnectionSettings &s, const QString &name, const QJsonObject &scheme,
        const QStringList &scopes, const QString &server, QStringList *unmapped) const
    {
        const QString type = scheme.value(u"type").toString();
        const QString httpScheme = scheme.value(u"scheme").toString().toLower();
        if (type == u"basic" || (type == u"http" && httpScheme == u"basic")) {
            s.authentication.schema = AuthSchema::Basic;
            unmapped->append(Import::tr("%1: HTTP Basic; fill in the user name and password").arg(name));
        } else if (type == u"http" && httpScheme == u"digest") {
            s.authentication.schema = AuthSchema::Digest;
            unmapped->append(Import::tr("%1: HTTP Digest; fill in the user name and password").arg(name));
        } else if (type == u"http" && httpScheme == u"bearer") {
            setHeader(s.queryHeaders, QStringLiteral("Authorization"),
                QStringLiteral("Bearer ") + secretVariable(s, QStringLiteral("vBearerToken")));
            unmapped->append(
                Import::tr("%1: a bearer token; give the secret variable vBearerToken its value").arg(name));
        } else if (type == u"apiKey") {
            const QString keyName = scheme.value(u"name").toString();
            const QString in = scheme.value(u"in").toString();
            const QString variable = QStringLiteral("v") + camel(keyName);
            if (in == u"header")
                setHeader(s.queryHeaders, keyName, secretVariable(s, variable));
            else if (in == u"query")
                s.queryParameters.append({keyName, secretVariable(s, variable)});
            else {
                unmapped->append(
                    Import::tr("%1: an API key in a cookie; send it in a Cookie header").arg(name));
                return;
            }
            unmapped->append(
                Import::tr("%1: an API key; give the secret variable %2 its value").arg(name, variable));
        } else if (type == u"oauth2") {
            readOAuth(s, name, scheme, scopes, server, unmapped);
        } else if (type == u"openIdConnect") {
            unmapped->append(
                Import::tr("%1: OpenID Connect signs in with a browser, which Qlik's connector cannot; "
                           "get a token another way and send it as Authorization: Bearer")
                    .arg(name));
        } else if (type == u"mutualTLS") {
            unmapped->append(Import::tr("%1: a client certificate; choose it under Certificates").arg(name));
        } else {
            unmapped->append(
                Import::tr("%1: an authentication of type %2, which Qlik's form has no place for")
                    .arg(name, type.isEmpty() ? httpScheme : type));
        }
    }

    void readOAuth(ConnectionSettings &s, const QString &name, const QJsonObject &scheme,
        const QStringList &scopes, const QString &server, QStringList *unmapped) const
    {
        QString tokenUrl;
        OAuthGrant grant = OAuthGrant::ClientCredentials;
        QStringList others;
        if (m_swagger2) {
            const QString flow = scheme.value(u"flow").toString();
            tokenUrl = scheme.value(u"tokenUrl").toString();
            if (flow == u"password")
                grant = OAuthGrant::Password;
            else if (flow != u"application")
                tokenUrl.clear(), others.append(flow);
        } else {
            const QJsonObject flows = scheme.value(u"flows").toObject();
            if (flows.contains(u"clientCredentials")) {
                tokenUrl = flows.value(u"clientCredentials").toObject().value(u"tokenUrl").toString();
            } else if (flows.contains(u"password")) {
                tokenUrl = flows.value(u"password").toObject().value(u"tokenUrl").toString();
                grant = OAuthGrant::Password;
            }
            for (auto it = flows.begin(); it != flows.end(); ++it) {
                if (it.key() != u"clientCredentials" && it.key() != u"password")
                    others.append(it.key());
            }
        }
        if (tokenUrl.isEmpty()) {
            unmapped->append(
                Import::tr("%1: OAuth 2.0 by %2, which signs in with a browser; Qlik's connector "
                           "cannot: get a token another way and send it as Authorization: Bearer")
                    .arg(name, others.join(QStringLiteral(", "))));
            return;
        }
        if (tokenUrl.startsWith(u'/')) {
            const QUrl base(server);
            tokenUrl = base.resolved(QUrl(tokenUrl)).toString();
        }
        TokenSettings &t = s.token;
        t.source = TokenSource::OAuth2;
        t.url = tokenUrl;
        t.grant = grant;
        t.scope = scopes.join(u' ');
        unmapped->append(grant == OAuthGrant::Password
                ? Import::tr(
                    "%1: OAuth 2.0, password grant, in Token first; fill in the client, user and password")
                      .arg(name)
                : Import::tr(
                    "%1: OAuth 2.0, client credentials, in Token first; fill in the client id and secret")
                      .arg(name));
    }

    // The 2xx answer's schema and example: read as the response before any call, and searched for
    // where pages lead.
    static QJsonObject schemaOfExample(const QJsonValue &example, int depth)
    {
        if (depth > 6)
            return {};
        if (example.isArray()) {
            const QJsonArray items = example.toArray();
            return {{u"type"_s, u"array"_s},
                {u"items"_s, items.isEmpty() ? QJsonObject() : schemaOfExample(items.first(), depth + 1)}};
        }
        if (!example.isObject())
            return {};
        QJsonObject properties;
        const QJsonObject object = example.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            properties.insert(it.key(), schemaOfExample(it.value(), depth + 1));
        return {{u"type"_s, u"object"_s}, {u"properties"_s, properties}};
    }

    void readResponse(ApiImport &result, const QJsonObject &operation, QStringList *notes) const
    {
        const QJsonObject responses = operation.value(u"responses").toObject();
        QJsonObject response;
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            if (it.key().startsWith(u'2')) {
                response = resolved(it.value(), notes).toObject();
                break;
            }
        }
        if (response.isEmpty())
            response = resolved(responses.value(u"default"), notes).toObject();
        QJsonValue schema;
        QJsonObject media;
        QString contentType = QStringLiteral("application/json");
        if (m_swagger2) {
            schema = response.value(u"schema");
            const QJsonObject examples = response.value(u"examples").toObject();
            if (examples.contains(u"application/json"))
                media.insert(u"example"_s, examples.value(u"application/json"));
        } else {
            const QJsonObject content = response.value(u"content").toObject();
            for (auto it = content.begin(); it != content.end(); ++it) {
                if (it.key().contains(u"json")) {
                    contentType = it.key();
                    media = it.value().toObject();
                    break;
                }
            }
            schema = media.value(u"schema");
        }
        m_responseSchema = resolved(schema, notes).toObject();
        // An answer given by example alone still shows its fields (a next link, a total) to the guess.
        if (m_responseSchema.isEmpty() && media.contains(u"example"))
            m_responseSchema = schemaOfExample(media.value(u"example"), 0);
        if (schema.isUndefined() && media.isEmpty())
            return;
        const QString example = bodyExample(schema, media, notes);
        if (example.startsWith(u'{') || example.startsWith(u'[')) {
            result.recordedResponse = example.toUtf8();
            result.recordedContentType = contentType;
            result.responseIsExample = true;
        }
    }

    // Where in the answer a property of one of `names` is, as a pagination path (meta/total), looking
    // two levels down.
    QString findPath(const QStringList &names, bool arrays = false) const
    {
        QStringList notes;
        std::function<QString(const QJsonObject &, const QString &, int)> search
            = [&](const QJsonObject &schema, const QString &prefix, int depth) {
                  const QJsonObject properties = schema.value(u"properties").toObject();
                  for (auto it = properties.begin(); it != properties.end(); ++it) {
                      const QJsonObject property = resolved(it.value(), &notes).toObject();
                      const bool isArray
                          = property.value(u"type").toString() == u"array" || property.contains(u"items");
                      if (arrays ? isArray : names.contains(it.key().toLower()))
                          return prefix + it.key();
                  }
                  if (depth < 1) {
                      for (auto it = properties.begin(); it != properties.end(); ++it) {
                          const QString found = search(
                              resolved(it.value(), &notes).toObject(), prefix + it.key() + u'/', depth + 1);
                          if (!found.isEmpty())
                              return found;
                      }
                  }
                  return QString();
              };
        QJsonObject schema = m_responseSchema;
        for (const QJsonValue &part : schema.value(u"allOf").toArray()) {
            const QJsonObject piece = resolved(part, &notes).toObject();
            QJsonObject properties = schema.value(u"properties").toObject();
            const QJsonObject more = piece.value(u"properties").toObject();
            for (auto it = more.begin(); it != more.end(); ++it)
                properties.insert(it.key(), it.value());
            schema.insert(u"properties"_s, properties);
        }
        return search(schema, QString(), 0);
    }

    void guessPagination(ApiImport &result, const QList<QJsonObject> &parameters) const
    {
        QStringList notes;
        QString offset, limit, page, cursor, limitDefault;
        for (const QJsonObject &parameter : parameters) {
            if (parameter.value(u"in").toString() != u"query")
                continue;
            const QString name = parameter.value(u"name").toString();
            const QString lower = name.toLower();
            if (QStringList {u"offset"_s, u"skip"_s, u"start"_s, u"startindex"_s}.contains(lower))
                offset = name;
            else if (QStringList {u"limit"_s, u"count"_s, u"per_page"_s, u"perpage"_s, u"page_size"_s,
                         u"pagesize"_s, u"size"_s, u"top"_s, u"maxresults"_s}
                         .contains(lower)) {
                limit = name;
                limitDefault = textOf(exampleOf(parameter, &notes));
            } else if (QStringList {u"page"_s, u"page_number"_s, u"pagenumber"_s, u"pageno"_s}.contains(
                           lower))
                page = name;
            else if (QStringList {u"cursor"_s, u"next_token"_s, u"nexttoken"_s, u"page_token"_s,
                         u"pagetoken"_s, u"after"_s, u"starting_after"_s, u"continuation"_s,
                         u"continuationtoken"_s, u"next"_s}
                         .contains(lower))
                cursor = name;
        }
        const QString data = findPath({}, true);
        PaginationSettings &p = result.paginationGuess;
        if (!cursor.isEmpty()) {
            const QString tokenPath = findPath(
                {u"next_cursor"_s, u"nextcursor"_s, u"next_token"_s, u"nexttoken"_s, u"next_page_token"_s,
                    u"nextpagetoken"_s, u"cursor"_s, u"continuation"_s, u"continuationtoken"_s});
            p.type = PaginationType::NextToken;
            p.nextToken.parameterName = cursor;
            p.nextToken.tokenPath = tokenPath;
            result.paginationReason = tokenPath.isEmpty()
                ? Import::tr("Next token: the operation takes %1; say where the answer has the next one")
                      .arg(cursor)
                : Import::tr("Next token: the operation takes %1, the answer has %2").arg(cursor, tokenPath);
        } else if (!offset.isEmpty()) {
            p.type = PaginationType::Offset;
            p.offset.startField = offset;
            p.offset.startValue = QStringLiteral("0");
            p.offset.countField = limit;
            p.offset.countValue = limitDefault.isEmpty() ? QStringLiteral("100") : limitDefault;
            p.offset.totalPath
                = findPath({u"total"_s, u"total_count"_s, u"totalcount"_s, u"totalresults"_s, u"count"_s});
            p.offset.dataPath = data;
            result.paginationReason = Import::tr("Offset: the operation takes %1 and %2")
                                          .arg(offset, limit.isEmpty() ? Import::tr("no page size") : limit);
        } else if (!page.isEmpty()) {
            p.type = PaginationType::NextPage;
            p.nextPage.parameterName = page;
            p.nextPage.initialValue = QStringLiteral("1");
            p.nextPage.sizeParameterName = limit;
            p.nextPage.sizeValue = limitDefault;
            p.nextPage.totalPagesPath
                = findPath({u"total_pages"_s, u"totalpages"_s, u"pages"_s, u"page_count"_s});
            p.nextPage.dataPath = data;
            result.paginationReason = Import::tr("Next page: the operation takes %1").arg(page);
        } else if (const QString next = findPath({u"next"_s, u"next_url"_s, u"nexturl"_s, u"next_link"_s,
                       u"nextlink"_s, u"@odata.nextlink"_s});
                   !next.isEmpty()) {
            p.type = PaginationType::NextUrl;
            p.nextUrl.fieldPath = next;
            result.paginationReason = Import::tr("Next URL: the answer has %1").arg(next);
        }
    }

    QJsonObject m_root;
    bool m_swagger2;
    QStringList m_servers;
    QList<Operation> m_operations;
    mutable QJsonObject m_responseSchema; // of the operation being imported
};

} // namespace

Expected<std::shared_ptr<const ApiDocument>, QString> ApiImports::openApi(
    const QJsonObject &root, const QStringList &pathOrder)
{
    const QString swagger = root.value(u"swagger").toString();
    const QString openapi = root.value(u"openapi").toString();
    if (!swagger.isEmpty() && swagger != u"2.0")
        return Import::tr("Swagger %1: Qonduit reads Swagger 2.0 and OpenAPI 3").arg(swagger);
    if (swagger.isEmpty() && !openapi.startsWith(u"3."))
        return Import::tr("OpenAPI \"%1\": Qonduit reads OpenAPI 3.0 and 3.1 and Swagger 2.0")
            .arg(textOf(root.value(u"openapi")));
    if (!root.value(u"paths").isObject() && !root.contains(u"webhooks"))
        return Import::tr("the document has no paths, so no operation to import");
    auto document = std::make_shared<OpenApiDocument>(root, !swagger.isEmpty(), pathOrder);
    if (document->entries().isEmpty() && !root.value(u"webhooks").toObject().isEmpty())
        return Import::tr(
            "the document describes only webhooks, calls the API makes to you: none for Qlik to make");
    if (document->entries().isEmpty())
        return Import::tr("the document's paths hold no operation");
    return std::shared_ptr<const ApiDocument>(std::move(document));
}

} // namespace Qonduit
