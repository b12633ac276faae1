// SPDX-License-Identifier: MIT
#include "import/importhelpers.h"

#include "messagecontext.h"
#include "variables.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cctype>

namespace Qonduit::ImportHelpers {

ConnectionSettings freshFrom(const ConnectionSettings &base)
{
    ConnectionSettings settings;
    settings.name = base.name;
    settings.proxy = base.proxy;
    settings.certificates = base.certificates;
    settings.rememberSecrets = base.rememberSecrets;
    return settings;
}

void setUrl(ConnectionSettings &settings, const QString &url)
{
    const qsizetype question = url.indexOf(u'?');
    if (question < 0) {
        settings.request.url = url;
        return;
    }
    settings.request.url = url.left(question);
    const QString query = url.mid(question + 1).section(u'#', 0, 0);
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        // Only a % with two hex digits is an escape: a template's "{% now %}" stays as written (Qt's
        // decoder drops the stray "% ").
        const auto decoded = [](const QString &part) {
            const QByteArray bytes = QString(part).replace(u'+', u' ').toUtf8();
            QByteArray out;
            out.reserve(bytes.size());
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                if (bytes[i] == '%' && i + 2 < bytes.size() && std::isxdigit(uchar(bytes[i + 1]))
                    && std::isxdigit(uchar(bytes[i + 2]))) {
                    out += char(QByteArray(bytes.constData() + i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else {
                    out += bytes[i];
                }
            }
            return QString::fromUtf8(out);
        };
        settings.queryParameters.append({decoded(pair.left(equals < 0 ? pair.size() : equals)),
            equals < 0 ? QString() : decoded(pair.mid(equals + 1))});
    }
}

void addContentType(ConnectionSettings &settings, const QString &type)
{
    if (!hasHeader(settings.queryHeaders, QStringLiteral("Content-Type")))
        settings.queryHeaders.append({QStringLiteral("Content-Type"), type});
}

void dropBodyOfGet(ConnectionSettings &settings, QStringList *unmapped)
{
    if (settings.request.method != HttpMethod::Get || settings.request.requestBody.isEmpty())
        return;
    unmapped->append(Messages::Import::tr("the body of a GET: Qlik sends a body only with POST"));
    settings.request.requestBody.clear();
}

QStringList addUsedVariables(ConnectionSettings &settings, const QList<Variable> &values,
    const std::function<QString(const QString &)> &convert)
{
    QStringList missing;
    for (const Variables::Use &use : Variables::usesIn(settings)) {
        if (Variables::find(settings.variables, use.name))
            continue;
        if (const Variable *known = Variables::find(values, use.name)) {
            settings.variables.append({use.name, convert(known->testValue), known->secret});
        } else {
            settings.variables.append({use.name, QString(), false});
            missing.append(use.name);
        }
    }
    return missing;
}

bool hasHeader(const QList<NameValue> &headers, const QString &name)
{
    return std::any_of(headers.begin(), headers.end(),
        [&](const NameValue &header) { return header.name.compare(name, Qt::CaseInsensitive) == 0; });
}

void setHeader(QList<NameValue> &headers, const QString &name, const QString &value)
{
    for (NameValue &header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0) {
            header.value = value;
            return;
        }
    }
    headers.append({name, value});
}

QString whyNotMethod(const QString &method)
{
    const QString upper = method.toUpper();
    if (upper == u"GET" || upper == u"POST")
        return {};
    return Messages::Import::tr("%1: Qlik's REST connector sends GET and POST only").arg(upper);
}

HttpMethod methodOf(const QString &method)
{
    return method.compare(u"POST", Qt::CaseInsensitive) == 0 ? HttpMethod::Post : HttpMethod::Get;
}

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(textOf(item));
        return items.join(u',');
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString formEncoded(const QList<NameValue> &fields)
{
    QStringList pairs;
    for (const NameValue &field : fields) {
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(field.name)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(field.value, "$()")));
    }
    return pairs.join(u'&');
}

QString secretVariable(ConnectionSettings &settings, const QString &name, const QString &value)
{
    const bool known = std::any_of(settings.variables.begin(), settings.variables.end(),
        [&](const Variable &variable) { return variable.name == name; });
    if (!known)
        settings.variables.append({name, value, true});
    return QStringLiteral("$(%1)").arg(name);
}

QString withQlikVariables(const QString &text, QStringList *unknown)
{
    static const QRegularExpression braces(QStringLiteral("\\{\\{\\s*(?:_\\.)?([^{}]*?)\\s*\\}\\}"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    QString out;
    qsizetype copied = 0;
    auto it = braces.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!plain.match(name).hasMatch()) {
            if (unknown && !unknown->contains(match.captured(0)))
                unknown->append(match.captured(0));
            continue;
        }
        out += text.mid(copied, match.capturedStart() - copied) + QStringLiteral("$(%1)").arg(name);
        copied = match.capturedEnd();
    }
    return out + text.mid(copied);
}

} // namespace Qonduit::ImportHelpers
