// SPDX-License-Identifier: MIT
#include "script/secretheaders.h"

#include "variables.h"

namespace Qonduit {

bool isSecretHeader(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"authorization" || lower == u"proxy-authorization" || lower == u"cookie")
        return true;
    QString squeezed = lower;
    squeezed.remove(u'-').remove(u'_');
    for (const char16_t *word : {u"apikey", u"token", u"secret", u"password", u"accesskey"}) {
        if (squeezed.contains(QStringView(word)))
            return true;
    }
    return false;
}

bool holdsSecret(const NameValue &header)
{
    return isSecretHeader(header.name) && Variables::namesIn(header.value).isEmpty();
}

bool replaceSecretHeaderValues(QList<NameValue> &headers, const std::function<QString()> &replacement)
{
    bool replaced = false;
    for (NameValue &header : headers) {
        if (!header.value.isEmpty() && holdsSecret(header)) {
            header.value = replacement();
            replaced = true;
        }
    }
    return replaced;
}

QString secretVariableName(const QString &header)
{
    QString name = QStringLiteral("v");
    bool upper = true;
    for (QChar c : header) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            name += upper ? c.toUpper() : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    return name;
}

} // namespace Qonduit
