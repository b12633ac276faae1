// SPDX-License-Identifier: MIT
#include "import/apidocument.h"

#include "import/keyorder.h"
#include "import/yamlreader.h"
#include "messagecontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qonduit {

using Messages::Import;

QString ApiDocument::kindName() const
{
    switch (m_kind) {
    case ApiDocumentKind::OpenApi:
        return m_version.startsWith(u'2') ? QStringLiteral("Swagger %1").arg(m_version)
                                          : QStringLiteral("OpenAPI %1").arg(m_version);
    case ApiDocumentKind::Postman:
        return Import::tr("Postman collection %1").arg(m_version);
    case ApiDocumentKind::Insomnia:
        return Import::tr("Insomnia export %1").arg(m_version);
    case ApiDocumentKind::Har:
        return QStringLiteral("HAR %1").arg(m_version);
    }
    return {};
}

int ApiDocument::find(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return i;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].title == id)
            return i;
    }
    bool number = false;
    const int index = id.toInt(&number);
    return number && index >= 1 && index <= m_entries.size() ? index - 1 : -1;
}

namespace {

// Line and column of a byte offset, for JSON's errors.
QString whereIs(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype line = text.left(offset).count('\n') + 1;
    const qsizetype column = offset - text.lastIndexOf('\n', offset - 1);
    return Import::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Expected<std::shared_ptr<const ApiDocument>, QString> ApiDocument::read(const QByteArray &given)
{
    if (given.size() > MaxBytes)
        return Import::tr("the file is larger than %1 MB, more than an API document holds")
            .arg(MaxBytes >> 20);
    QByteArray text = given;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Import::tr("the file is empty");
    // A login page where the document was expected, or a WSDL: said as such, not as a YAML error.
    if (trimmed.startsWith('<'))
        return Import::tr("the text is HTML or XML (a web page, a WSDL?), not an API document");
    QJsonValue value;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return Import::tr("not JSON at %1: %2").arg(whereIs(text, error.offset), error.errorString());
        value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        auto yaml = YamlReader::read(text);
        if (!yaml)
            return Import::tr("not YAML: %1").arg(yaml.error());
        value = yaml.value();
    }
    if (!value.isObject())
        return Import::tr(
            "the document is not a map of fields: none of OpenAPI, Swagger, Postman, Insomnia or "
            "HAR starts otherwise");
    const QJsonObject root = value.toObject();
    if (root.contains(u"openapi") || root.contains(u"swagger")) {
        // The paths in the author's order, which the parsed object no longer knows.
        const bool json = trimmed.startsWith('{');
        return ApiImports::openApi(
            root, json ? KeyOrder::ofJson(text, u"paths") : KeyOrder::ofYaml(text, u"paths"));
    }
    if (root.value(u"info").toObject().contains(u"_postman_id")
        || root.value(u"info").toObject().value(u"schema").toString().contains(u"getpostman.com")
        || (root.value(u"requests").isArray() && root.contains(u"order"))) // v1: no "info", a flat list
        return ApiImports::postman(root);
    if (root.value(u"_type").toString() == u"export" || root.contains(u"__export_format"))
        return ApiImports::insomnia(root);
    if (root.value(u"log").toObject().contains(u"entries"))
        return ApiImports::har(root);
    // One HAR request on its own (what a copy of one request gives): the log of that one call.
    if (root.value(u"method").isString() && root.value(u"url").isString() && root.contains(u"httpVersion")) {
        const QJsonObject entry {{u"request"_s, root}};
        return ApiImports::har(QJsonObject {{u"log"_s, QJsonObject {{u"entries"_s, QJsonArray {entry}}}}});
    }
    if (root.contains(u"swaggerVersion") || root.contains(u"apiVersion"))
        return Import::tr(
            "a Swagger 1.x document: Qonduit reads Swagger 2.0 and OpenAPI 3; convert it first");
    return Import::tr(
        "none of OpenAPI (an \"openapi\" field), Swagger 2.0 (\"swagger\"), a Postman collection "
        "(\"info\" with its schema), an Insomnia export (\"_type\": \"export\") or HAR (\"log\" "
        "with \"entries\")");
}

} // namespace Qonduit
