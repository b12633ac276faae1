// SPDX-License-Identifier: MIT
// HAR files (a browser's "Save all as HAR"): the calls whose answers Qlik can read, one as the form.
#include "import/apidocument.h"
#include "import/importhelpers.h"
#include "messagecontext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Qonduit {

using Messages::Import;
using namespace ImportHelpers;
using namespace Qt::StringLiterals;

namespace {

// The answers Qlik's connector reads.
bool isDataType(const QString &mimeType)
{
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    return type.contains(u"json") || type.contains(u"xml") || type == u"text/csv"
        || type == u"application/csv";
}

// Headers the browser adds on its own: the connector sends its own, or they bind the call to the
// browser's session and connection.
bool isBrowserHeader(const QString &name)
{
    const QString lower = name.toLower();
    static const QStringList names {u"host"_s, u"content-length"_s, u"connection"_s, u"accept-encoding"_s,
        u"accept-language"_s, u"user-agent"_s, u"referer"_s, u"origin"_s, u"upgrade-insecure-requests"_s,
        u"priority"_s, u"pragma"_s, u"cache-control"_s, u"dnt"_s, u"te"_s, u"if-none-match"_s,
        u"if-modified-since"_s};
    return lower.startsWith(u':') || lower.startsWith(u"sec-") || names.contains(lower);
}

class HarDocument final : public ApiDocument
{
public:
    explicit HarDocument(const QJsonObject &root)
        : ApiDocument(ApiDocumentKind::Har)
    {
        const QJsonObject log = root.value(u"log").toObject();
        m_version = log.value(u"version").toString();
        m_title = log.value(u"creator").toObject().value(u"name").toString();
        const QJsonArray entries = log.value(u"entries").toArray();
        int others = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries[i].toObject();
            const QJsonObject request = entry.value(u"request").toObject();
            const QJsonObject content = entry.value(u"response").toObject().value(u"content").toObject();
            const QString mimeType = content.value(u"mimeType").toString();
            // A call with no recorded answer type (a HAR written by hand or by a tool) is listed too.
            if (!mimeType.isEmpty() && !isDataType(mimeType)) {
                ++others;
                continue;
            }
            m_harEntries.append(entry);
            ApiEntry listed;
            listed.id = QString::number(i + 1);
            listed.method = request.value(u"method").toString(u"GET"_s).toUpper();
            listed.target = request.value(u"url").toString();
            const int status = entry.value(u"response").toObject().value(u"status").toInt();
            listed.title = status > 0 ? QStringLiteral("%1 %2").arg(status).arg(mimeType.section(u';', 0, 0))
                                      : mimeType;
            listed.group = entry.value(u"pageref").toString();
            listed.whyNot = whyNotMethod(listed.method);
            m_entries.append(listed);
        }
        if (others > 0)
            m_notes.append(Import::tr(
                "%n call(s) whose answers are not JSON, XML or CSV (pages, scripts, images) are left out",
                nullptr, others));
    }

    Expected<ApiImport, QString> import(
        int entry, const ApiChoice &choice, const ConnectionSettings &base) const override
    {
        Q_UNUSED(choice);
        if (entry < 0 || entry >= m_harEntries.size())
            return Import::tr("the HAR file has no call %1").arg(entry + 1);
        if (!m_entries[entry].fits())
            return m_entries[entry].whyNot;
        const QJsonObject &har = m_harEntries[entry];
        const QJsonObject request = har.value(u"request").toObject();
        ApiImport result;
        ConnectionSettings &s = result.settings;
        s = freshFrom(base);
        s.request.method = methodOf(request.value(u"method").toString());
        setUrl(s, request.value(u"url").toString());
        QStringList browserHeaders;
        for (const QJsonValue &value : request.value(u"headers").toArray()) {
            const QJsonObject header = value.toObject();
            const QString name = header.value(u"name").toString();
            if (isBrowserHeader(name)) {
                if (!name.startsWith(u':'))
                    browserHeaders.append(name);
                continue;
            }
            if (name.compare(u"cookie", Qt::CaseInsensitive) == 0)
                result.unmapped.append(
                    Import::tr("the Cookie header is the browser's session: it is kept, and "
                               "stops working when the session ends"));
            setHeader(s.queryHeaders, name, header.value(u"value").toString());
        }
        if (!browserHeaders.isEmpty())
            result.unmapped.append(Import::tr("headers the browser adds on its own, left out: %1")
                                       .arg(browserHeaders.join(u", "_s)));
        const QJsonObject postData = request.value(u"postData").toObject();
        if (!postData.isEmpty()) {
            const QString mimeType = postData.value(u"mimeType").toString();
            if (mimeType.startsWith(u"multipart/")) {
                result.unmapped.append(
                    Import::tr("the multipart form body: Qlik's connector sends no multipart forms"));
            } else if (postData.contains(u"text")) {
                s.request.requestBody = postData.value(u"text").toString();
            } else {
                QList<NameValue> fields;
                for (const QJsonValue &value : postData.value(u"params").toArray()) {
                    const QJsonObject param = value.toObject();
                    // A file is a multipart part in all but name: Qlik sends no file, and no empty stand-in.
                    if (!param.value(u"fileName").toString().isEmpty()) {
                        result.unmapped.append(
                            Import::tr(
                                "the form field \"%1\" sends a file (%2): Qlik's connector sends no files")
                                .arg(param.value(u"name").toString(), param.value(u"fileName").toString()));
                        continue;
                    }
                    fields.append({param.value(u"name").toString(), param.value(u"value").toString()});
                }
                s.request.requestBody = formEncoded(fields);
            }
            if (!mimeType.isEmpty() && !s.request.requestBody.isEmpty())
                addContentType(s, mimeType);
            dropBodyOfGet(s, &result.unmapped);
        }
        const QJsonObject content = har.value(u"response").toObject().value(u"content").toObject();
        const QString text = content.value(u"text").toString();
        result.recordedResponse = content.value(u"encoding").toString() == u"base64"
            ? QByteArray::fromBase64(text.toLatin1())
            : text.toUtf8();
        result.recordedContentType = content.value(u"mimeType").toString();
        return result;
    }

private:
    QList<QJsonObject> m_harEntries;
};

} // namespace

Expected<std::shared_ptr<const ApiDocument>, QString> ApiImports::har(const QJsonObject &root)
{
    if (!root.value(u"log").toObject().value(u"entries").isArray())
        return Import::tr("the HAR file has no entries list");
    auto document = std::make_shared<HarDocument>(root);
    if (document->entries().isEmpty())
        return document->notes().isEmpty()
            ? Import::tr("the HAR file records no call")
            : Import::tr("the HAR file records no call whose answer is JSON, XML or CSV");
    return std::shared_ptr<const ApiDocument>(std::move(document));
}

} // namespace Qonduit
