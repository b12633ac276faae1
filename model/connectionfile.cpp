// SPDX-License-Identifier: MIT
#include "connectionfile.h"

#include "connectionstring.h"
#include "connectionstringkeys.h"
#include "messagecontext.h"
#include "qlikescape.h"
#include "qlikvocabulary.h"
#include "script/secretheaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>
#include <limits>
#include <type_traits>

namespace Qonduit::ConnectionFile {

namespace {

// The one description of the file: which field goes under which name. Reading and writing both walk
// it, so the two cannot drift apart. Secrets are not in it, so they are never written. Over 80 lines
// because it is a table, one line per field in the form's order: split, a field would be easier to miss.
template<typename Io, typename Settings>
void describe(Io &io, Settings &s)
{
    io.field(u"name", s.name);
    io.field(u"rememberSecrets", s.rememberSecrets);
    io.object(u"request", [&] {
        auto &r = s.request;
        io.field(u"url", r.url);
        io.field(u"timeoutSeconds", r.timeoutSeconds);
        io.field(u"readWriteTimeoutSeconds", r.readWriteTimeoutSeconds);
        io.field(u"retryFailedRequest", r.retryFailedRequest);
        io.field(u"retryCodes", r.retryCodes);
        io.field(u"method", r.method);
        io.field(u"requestBody", r.requestBody);
        io.field(u"bodyEncoding", r.bodyEncoding);
        io.field(u"httpProtocol", r.httpProtocol);
        io.field(u"keepAlive", r.keepAlive);
        io.field(u"sendExpect100Continue", r.sendExpect100Continue);
        io.field(u"autoDetectResponseType", r.autoDetectResponseType);
        io.field(u"checkResponseTypeOnTestConnection", r.checkResponseTypeOnTestConnection);
        io.field(u"keyGenerationStrategy", r.keyGenerationStrategy);
    });
    io.object(u"authentication", [&] {
        io.field(u"schema", s.authentication.schema);
        io.field(u"userName", s.authentication.userName);
    });
    io.object(u"certificates", [&] {
        auto &c = s.certificates;
        io.field(u"skipServerCertificateValidation", c.skipServerCertificateValidation);
        io.field(u"source", c.source);
        io.field(u"storeLocation", c.storeLocation);
        io.field(u"storeName", c.storeName);
        io.field(u"certificateName", c.certificateName);
        io.field(u"pfxFilePath", c.pfxFilePath);
    });
    io.field(u"trustedLocations", s.trustedLocations);
    io.field(u"queryParameters", s.queryParameters);
    io.field(u"addMissingQueryParameters", s.addMissingQueryParameters);
    io.field(u"queryHeaders", s.queryHeaders);
    io.field(u"variables", s.variables);
    io.object(u"token", [&] {
        auto &t = s.token;
        io.field(u"source", t.source);
        io.field(u"url", t.url);
        io.field(u"grant", t.grant);
        io.field(u"clientId", t.clientId);
        io.field(u"clientSecretAsBasic", t.clientSecretAsBasic);
        io.field(u"scope", t.scope);
        io.field(u"audience", t.audience);
        io.field(u"userName", t.userName);
        io.field(u"extraFields", t.extraFields);
        io.field(u"method", t.method);
        io.field(u"body", t.body);
        io.field(u"headers", t.headers);
        io.field(u"tokenPath", t.tokenPath);
        io.field(u"placement", t.placement);
        io.field(u"placementName", t.placementName);
        io.field(u"valuePrefix", t.valuePrefix);
    });
    io.object(u"pagination", [&] {
        auto &p = s.pagination;
        io.field(u"type", p.type);
        io.object(u"offset", [&] {
            io.field(u"startField", p.offset.startField);
            io.field(u"startFieldIsHeader", p.offset.startFieldIsHeader);
            io.field(u"startValue", p.offset.startValue);
            io.field(u"countField", p.offset.countField);
            io.field(u"countFieldIsHeader", p.offset.countFieldIsHeader);
            io.field(u"countValue", p.offset.countValue);
            io.field(u"totalPath", p.offset.totalPath);
            io.field(u"dataPath", p.offset.dataPath);
        });
        io.object(u"nextPage", [&] {
            io.field(u"parameterName", p.nextPage.parameterName);
            io.field(u"parameterIsHeader", p.nextPage.parameterIsHeader);
            io.field(u"initialValue", p.nextPage.initialValue);
            io.field(u"sizeParameterName", p.nextPage.sizeParameterName);
            io.field(u"sizeValue", p.nextPage.sizeValue);
            io.field(u"totalPagesPath", p.nextPage.totalPagesPath);
            io.field(u"isLastPagePath", p.nextPage.isLastPagePath);
            io.field(u"dataPath", p.nextPage.dataPath);
        });
        io.object(u"nextToken", [&] {
            io.field(u"parameterName", p.nextToken.parameterName);
            io.field(u"parameterIsHeader", p.nextToken.parameterIsHeader);
            io.field(u"tokenPath", p.nextToken.tokenPath);
            io.field(u"tokenPathIsHeader", p.nextToken.tokenPathIsHeader);
            io.field(u"isLastPagePath", p.nextToken.isLastPagePath);
        });
        io.object(u"nextUrl", [&] {
            io.field(u"fieldPath", p.nextUrl.fieldPath);
            io.field(u"fieldPathIsHeader", p.nextUrl.fieldPathIsHeader);
        });
    });
    io.object(u"security", [&] {
        io.field(u"allowResponseHeaders", s.security.allowResponseHeaders);
        io.field(u"allowHttpsOnly", s.security.allowHttpsOnly);
        io.field(u"whitelist", s.security.whitelist);
    });
    io.object(u"proxy", [&] {
        io.field(u"useProxy", s.proxy.useProxy);
        io.field(u"bypassOnLocal", s.proxy.bypassOnLocal);
        io.field(u"useDefaultCredentials", s.proxy.useDefaultCredentials);
        io.field(u"address", s.proxy.address);
    });
    io.field(u"connectionString", s.layout);
}

// QlikView's scrambled password is a secret too: the layout keeps it in memory, the file does not.
bool isSecretKey(const QString &key)
{
    return key.trimmed().compare(Qlik::Key::QlikViewPassword, Qt::CaseInsensitive) == 0;
}

class JsonWriter
{
public:
    QJsonObject root;

    template<typename T>
    void field(QStringView name, const T &value)
    {
        current()[name.toString()] = toJson(value);
    }

    void object(QStringView name, const std::function<void()> &fields)
    {
        m_stack.append(QJsonObject());
        fields();
        const QJsonObject done = m_stack.takeLast();
        current()[name.toString()] = done;
    }

private:
    QJsonObject &current() { return m_stack.isEmpty() ? root : m_stack.last(); }

    static QJsonValue toJson(const QString &value) { return value; }
    static QJsonValue toJson(bool value) { return value; }
    static QJsonValue toJson(int value) { return value; }
    template<typename E>
    requires std::is_enum_v<E>
    static QJsonValue toJson(E value) { return Qlik::toWord(value); }
    static QJsonValue toJson(const QList<NameValue> &rows)
    {
        QJsonArray array;
        for (const NameValue &row : rows)
            array.append(
                QJsonObject {{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}});
        return array;
    }
    // A secret variable's test value stays out, as a password does.
    static QJsonValue toJson(const QList<Variable> &variables)
    {
        QJsonArray array;
        for (const Variable &variable : variables) {
            QJsonObject row {
                {QStringLiteral("name"), variable.name}, {QStringLiteral("secret"), variable.secret}};
            if (!variable.secret)
                row[QStringLiteral("testValue")] = variable.testValue;
            array.append(row);
        }
        return array;
    }
    static QJsonValue toJson(const ConnectionStringLayout &layout)
    {
        QJsonArray pairs;
        for (const RawPair &pair : layout.pairs) {
            if (!isSecretKey(pair.key))
                pairs.append(QJsonObject {
                    {QStringLiteral("key"), pair.key}, {QStringLiteral("value"), pair.rawValue}});
        }
        return QJsonObject {{QStringLiteral("quote"), QString(layout.quote)},
            {QStringLiteral("endsWithSeparator"), layout.endsWithSeparator},
            {QStringLiteral("pairs"), pairs}};
    }

    QList<QJsonObject> m_stack;
};

// Reads what is there; a field that is missing keeps its default (files from older versions).
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &root) { m_stack.append(root); }

    QString error; // the first problem, with its path

    template<typename T>
    void field(QStringView name, T &value)
    {
        const QJsonValue json = m_stack.last().value(name);
        if (json.isUndefined() || !error.isEmpty())
            return;
        const QString problem = fromJson(json, value);
        if (!problem.isEmpty())
            error = path(name) + QStringLiteral(": ") + problem;
    }

    void object(QStringView name, const std::function<void()> &fields)
    {
        const QJsonValue json = m_stack.last().value(name);
        if (json.isUndefined() || !error.isEmpty())
            return;
        if (!json.isObject()) {
            error = path(name) + Messages::ConnectionFile::tr(": expected an object");
            return;
        }
        m_names.append(name.toString());
        m_stack.append(json.toObject());
        fields();
        m_stack.removeLast();
        m_names.removeLast();
    }

private:
    QString path(QStringView name) const
    {
        QStringList parts = m_names;
        parts.append(name.toString());
        return parts.join(u'.');
    }

    static QString fromJson(const QJsonValue &json, QString &value)
    {
        if (!json.isString())
            return QStringLiteral("expected text");
        value = json.toString();
        return {};
    }
    static QString fromJson(const QJsonValue &json, bool &value)
    {
        if (!json.isBool())
            return Messages::ConnectionFile::tr("expected true or false");
        value = json.toBool();
        return {};
    }
    static QString fromJson(const QJsonValue &json, int &value)
    {
        const double number = json.toDouble(std::nan(""));
        if (!json.isDouble() || number != std::floor(number) || number < std::numeric_limits<int>::min()
            || number > std::numeric_limits<int>::max())
            return Messages::ConnectionFile::tr("expected a whole number");
        value = int(number);
        return {};
    }
    template<typename E>
    requires std::is_enum_v<E>
    static QString fromJson(const QJsonValue &json, E &value)
    {
        const auto word = Qlik::fromWord<E>(json.toString());
        if (!json.isString() || !word)
            return Messages::ConnectionFile::tr("expected one of ") + Qlik::wordChoices<E>();
        value = *word;
        return {};
    }
    static QString fromJson(const QJsonValue &json, QList<NameValue> &rows)
    {
        if (!json.isArray())
            return Messages::ConnectionFile::tr("expected a list of {\"name\", \"value\"} objects");
        QList<NameValue> parsed;
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject row = array[i].toObject();
            if (!array[i].isObject() || !row.value(u"name").isString() || !row.value(u"value").isString())
                return Messages::ConnectionFile::tr("row %1: expected {\"name\": text, \"value\": text}")
                    .arg(i + 1);
            parsed.append({row.value(u"name").toString(), row.value(u"value").toString()});
        }
        rows = std::move(parsed);
        return {};
    }
    static QString fromJson(const QJsonValue &json, QList<Variable> &variables)
    {
        const QString expected = Messages::ConnectionFile::tr(
            "expected {\"name\": text, \"testValue\": text, \"secret\": true or false}");
        if (!json.isArray())
            return expected;
        QList<Variable> parsed;
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject row = array[i].toObject();
            const QJsonValue value = row.value(u"testValue");
            const QJsonValue secret = row.value(u"secret");
            if (!array[i].isObject() || !row.value(u"name").isString()
                || !(value.isUndefined() || value.isString()) || !(secret.isUndefined() || secret.isBool()))
                return Messages::ConnectionFile::tr("row %1: ").arg(i + 1) + expected;
            parsed.append({row.value(u"name").toString(), value.toString(), secret.toBool()});
        }
        variables = std::move(parsed);
        return {};
    }
    static QString fromJson(const QJsonValue &json, ConnectionStringLayout &layout)
    {
        const QJsonObject object = json.toObject();
        const QString quote = object.value(u"quote").toString();
        if (!json.isObject() || (quote != u"\"" && quote != u"'")
            || !object.value(u"endsWithSeparator").isBool() || !object.value(u"pairs").isArray())
            return Messages::ConnectionFile::tr(
                "expected {\"quote\": \"\\\"\" or \"'\", \"endsWithSeparator\": "
                "true or false, \"pairs\": [...]}");
        ConnectionStringLayout parsed;
        parsed.quote = quote.front();
        parsed.endsWithSeparator = object.value(u"endsWithSeparator").toBool();
        const QJsonArray pairs = object.value(u"pairs").toArray();
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonObject pair = pairs[i].toObject();
            if (!pair.value(u"key").isString() || !pair.value(u"value").isString())
                return Messages::ConnectionFile::tr("pairs row %1: expected {\"key\": text, \"value\": text}")
                    .arg(i + 1);
            parsed.pairs.append({pair.value(u"key").toString(), pair.value(u"value").toString()});
        }
        layout = std::move(parsed);
        return {};
    }

    QList<QJsonObject> m_stack;
    QStringList m_names;
};

} // namespace

void withoutSecretHeaderValues(ConnectionSettings &settings)
{
    const auto empty = [] { return QString(); };
    replaceSecretHeaderValues(settings.queryHeaders, empty);
    replaceSecretHeaderValues(settings.token.headers, empty);
    // The string that was read carries the headers too, escaped twice: rewrite that value as well.
    for (RawPair &pair : settings.layout.pairs) {
        if (pair.key.trimmed().compare(Qlik::Key::QueryHeaders, Qt::CaseInsensitive) != 0)
            continue;
        auto items = QlikEscape::decodeList(QlikEscape::unescape(pair.rawValue).text);
        if (!items) {
            pair.rawValue.clear(); // unreadable: it may hold a secret, so it goes
            continue;
        }
        QList<NameValue> headers = items.value();
        if (replaceSecretHeaderValues(headers, empty)) // otherwise the bytes stay as they were read
            pair.rawValue = QlikEscape::escape(QlikEscape::encodeList(headers));
    }
}

QByteArray write(const ConnectionSettings &settings)
{
    JsonWriter writer;
    writer.field(u"format", FormatName.toString());
    writer.field(u"version", FormatVersion);
    // Secret header values (Authorization, API keys, tokens) stay out, in the fields and in the string.
    ConnectionSettings withoutSecrets = settings;
    withoutSecretHeaderValues(withoutSecrets);
    describe(writer, withoutSecrets);
    return QJsonDocument(writer.root).toJson(QJsonDocument::Indented);
}

Expected<ConnectionSettings, QString> read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Messages::ConnectionFile::tr("not a valid JSON file: %1 at byte %2")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format").toString() != FormatName)
        return Messages::ConnectionFile::tr("not a Qonduit connection file: \"format\" is not \"%1\"")
            .arg(FormatName);
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return Messages::ConnectionFile::tr("version: expected a whole number from 1");
    if (version.toDouble() > FormatVersion) {
        return Messages::ConnectionFile::tr(
            "the file was written by a newer Qonduit (file format %1; this version reads %2)")
            .arg(version.toInt())
            .arg(FormatVersion);
    }

    ConnectionSettings settings;
    JsonReader reader(root);
    describe(reader, settings);
    if (!reader.error.isEmpty())
        return reader.error;
    // A file holds what a connection string could not ("ten" as a page size): refuse it here with the
    // string reader's own words, rather than write a string that no reader takes back.
    for (const auto &key : ConnectionStringKeys::all()) {
        ConnectionSettings scratch;
        if (const auto set = key.set(scratch, key.get(settings)); !set)
            return key.field.toString() + QStringLiteral(": ") + set.error();
    }
    QString layoutText;
    for (qsizetype i = 0; i < settings.layout.pairs.size(); ++i) {
        const RawPair &pair = settings.layout.pairs[i];
        if (pair.key.trimmed().isEmpty() || pair.key.contains(u';') || pair.key.contains(u'=')
            || pair.rawValue.contains(u';'))
            return Messages::ConnectionFile::tr(
                "connectionString: pairs row %1: a key must be non-empty and hold no ';' or '=', "
                "a value no ';'")
                .arg(i + 1);
        layoutText += pair.key + u'=' + pair.rawValue + u';';
    }
    // The stored pairs are written back as they are, so they must be what the string reader accepts.
    if (!layoutText.isEmpty()) {
        const auto layoutRead = ConnectionString::read(layoutText);
        if (!layoutRead)
            return QStringLiteral("connectionString: ") + layoutRead.error().toString();
    }
    return settings;
}

} // namespace Qonduit::ConnectionFile
