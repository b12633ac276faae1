// SPDX-License-Identifier: MIT
#include "connectionvalidator.h"

#include "fieldid.h"
#include "proxyfactory.h"
#include "requestplan.h"
#include "variables.h"

#include "connectionstringkeys.h"
#include "messagecontext.h"
#include "qlikescape.h"
#include "qlikvocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace Qonduit {

namespace {

using Severity = ValidationProblem::Severity;

class ProblemList
{
public:
    void error(const QString &field, const QString &message, int row = -1)
    {
        m_problems.append({field, Severity::Error, message, row});
    }
    void warning(const QString &field, const QString &message, int row = -1)
    {
        m_problems.append({field, Severity::Warning, message, row});
    }
    QList<ValidationProblem> take() { return std::move(m_problems); }

private:
    QList<ValidationProblem> m_problems;
};

bool startsWithScheme(const QString &url, QStringView scheme)
{
    return url.startsWith(scheme, Qt::CaseInsensitive);
}

bool isHttpUrl(const QString &url)
{
    return startsWithScheme(url, u"http://") || startsWithScheme(url, u"https://");
}

void checkUrl(ProblemList &problems, const QString &field, const QString &url, bool httpsOnly, int row = -1)
{
    const QString where = row < 0 ? QString() : Messages::ConnectionValidator::tr("Row %1: ").arg(row + 1);
    if (url.trimmed().isEmpty()) {
        problems.error(field, where + Messages::ConnectionValidator::tr("Enter a URL."), row);
    } else if (!isHttpUrl(url)) {
        problems.error(field,
            where + Messages::ConnectionValidator::tr("The URL must start with http:// or https://."), row);
    } else if (QUrl(url, QUrl::TolerantMode).host().isEmpty()) {
        problems.error(field,
            where + Messages::ConnectionValidator::tr("The URL has no host name after its scheme."), row);
    } else if (httpsOnly && !startsWithScheme(url, u"https://")) {
        problems.error(field,
            where
                + Messages::ConnectionValidator::tr(
                    "\"Allow HTTPS only\" is on, so the URL must start with https://."),
            row);
    }
}

enum class Duplicates { AreErrors, AreWarnings };

void checkNames(
    ProblemList &problems, const QString &field, const QList<NameValue> &rows, Duplicates duplicates)
{
    QHash<QString, int> firstRow;
    for (int row = 0; row < rows.size(); ++row) {
        const QString &name = rows[row].name;
        if (name.trimmed().isEmpty()) {
            problems.error(field, Messages::ConnectionValidator::tr("Row %1 has no name.").arg(row + 1), row);
            continue;
        }
        // HTTP header names are case-insensitive; query parameter names and aliases are not.
        const QString key = duplicates == Duplicates::AreWarnings ? name.toLower() : name;
        if (!firstRow.contains(key)) {
            firstRow.insert(key, row);
        } else if (duplicates == Duplicates::AreErrors) {
            problems.error(field,
                Messages::ConnectionValidator::tr(
                    "The name \"%1\" is used in rows %2 and %3; names must be unique.")
                    .arg(name)
                    .arg(firstRow.value(key) + 1)
                    .arg(row + 1),
                row);
        } else {
            problems.warning(field,
                Messages::ConnectionValidator::tr(
                    "The header \"%1\" is in rows %2 and %3; it will be sent twice.")
                    .arg(name)
                    .arg(firstRow.value(key) + 1)
                    .arg(row + 1),
                row);
        }
    }
}

// Seed 000: an If-Modified-Since header "must have the format yyyy-MM-dd-HH:mm:ssZ", yet its example
// reads "2014-09-28 16:25:09Z"; both are accepted.
void checkIfModifiedSince(ProblemList &problems, const QList<NameValue> &headers)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[- ](\\d{2}:\\d{2}:\\d{2})Z$"));
    for (int row = 0; row < headers.size(); ++row) {
        if (headers[row].name.trimmed().compare(u"If-Modified-Since", Qt::CaseInsensitive) != 0)
            continue;
        const auto match = form.match(headers[row].value.trimmed());
        const bool valid = match.hasMatch()
            && QDateTime::fromString(match.captured(1) + u'T' + match.captured(2), Qt::ISODate).isValid();
        if (!valid) {
            problems.error(FieldId::QueryHeaders.toString(),
                Messages::ConnectionValidator::tr(
                    "If-Modified-Since must have the form yyyy-MM-dd-HH:mm:ssZ, "
                    "for example 2014-09-28-16:25:09Z; \"%1\" does not.")
                    .arg(headers[row].value),
                row);
        }
    }
}

void checkRequired(ProblemList &problems, const QString &value, const QString &field, const QString &message)
{
    if (value.trimmed().isEmpty())
        problems.error(field, message);
}

void checkWholeNumber(ProblemList &problems, const QString &value, const QString &field, const QString &label)
{
    bool ok = true;
    if (!value.isEmpty())
        value.toLongLong(&ok);
    if (!ok)
        problems.error(field,
            Messages::ConnectionValidator::tr("%1 must be a whole number; \"%2\" is not.").arg(label, value));
}

void checkPagination(ProblemList &problems, const PaginationSettings &pagination)
{
    switch (pagination.type) {
    case PaginationType::None:
    case PaginationType::Custom:
        break;
    case PaginationType::Offset:
        checkRequired(problems, pagination.offset.startField,
            FieldId::Pagination::Offset::StartField.toString(),
            Messages::ConnectionValidator::tr("Offset pagination needs the name of the start field."));
        checkRequired(problems, pagination.offset.countField,
            FieldId::Pagination::Offset::CountField.toString(),
            Messages::ConnectionValidator::tr("Offset pagination needs the name of the count field."));
        checkWholeNumber(problems, pagination.offset.startValue,
            FieldId::Pagination::Offset::StartValue.toString(),
            Messages::ConnectionValidator::tr("The start value"));
        checkWholeNumber(problems, pagination.offset.countValue,
            FieldId::Pagination::Offset::CountValue.toString(),
            Messages::ConnectionValidator::tr("The count value"));
        break;
    case PaginationType::NextPage:
        checkRequired(problems, pagination.nextPage.parameterName,
            FieldId::Pagination::NextPage::ParameterName.toString(),
            Messages::ConnectionValidator::tr("Next page pagination needs the name of the page parameter."));
        checkWholeNumber(problems, pagination.nextPage.initialValue,
            FieldId::Pagination::NextPage::InitialValue.toString(),
            Messages::ConnectionValidator::tr("The initial page"));
        checkWholeNumber(problems, pagination.nextPage.sizeValue,
            FieldId::Pagination::NextPage::SizeValue.toString(),
            Messages::ConnectionValidator::tr("The page size"));
        break;
    case PaginationType::NextToken:
        checkRequired(problems, pagination.nextToken.parameterName,
            FieldId::Pagination::NextToken::ParameterName.toString(),
            Messages::ConnectionValidator::tr(
                "Next token pagination needs the name of the token parameter."));
        checkRequired(problems, pagination.nextToken.tokenPath,
            FieldId::Pagination::NextToken::TokenPath.toString(),
            Messages::ConnectionValidator::tr(
                "Next token pagination needs the path of the token in the response."));
        break;
    case PaginationType::NextUrl:
        checkRequired(problems, pagination.nextUrl.fieldPath,
            FieldId::Pagination::NextUrl::FieldPath.toString(),
            Messages::ConnectionValidator::tr(
                "Next URL pagination needs the path of the next URL in the response."));
        break;
    }
}

// Each $(name) needs a variable with a test value; each variable is there to be used.
void checkVariables(ProblemList &problems, const ConnectionSettings &settings)
{
    const QList<Variables::Use> uses = Variables::usesIn(settings);
    for (const Variables::Use &use : uses) {
        const Variable *variable = Variables::find(settings.variables, use.name);
        if (!variable)
            problems.error(use.field,
                Messages::ConnectionValidator::tr(
                    "$(%1) is not among the variables: add it there with a value to test with (Qlik "
                    "would send it empty unless the script sets it).")
                    .arg(use.name));
        else if (variable->testValue.isEmpty())
            problems.warning(use.field,
                Messages::ConnectionValidator::tr("$(%1) has no test value: it is sent empty.")
                    .arg(use.name));
    }
    const QString field = FieldId::Variables.toString();
    for (int row = 0; row < settings.variables.size(); ++row) {
        const QString &name = settings.variables[row].name;
        const QString where = Messages::ConnectionValidator::tr("Row %1: ").arg(row + 1);
        if (Variables::namesIn(QStringLiteral("$(") + name + u')') != QStringList {name}) {
            problems.error(field,
                where
                    + Messages::ConnectionValidator::tr(
                        "a variable's name is letters, digits, _ and ., as in $(vName)."),
                row);
        } else if (Variables::find(settings.variables, name) != &settings.variables[row]) {
            problems.error(
                field, where + Messages::ConnectionValidator::tr("%1 is defined twice.").arg(name), row);
        } else if (!Variables::isUsed(uses, name)) {
            problems.warning(field,
                where
                    + Messages::ConnectionValidator::tr(
                        "%1 is not used: write $(%1) in the URL, a query parameter, a header or the body.")
                          .arg(name),
                row);
        }
    }
}

// A token first [ours]: what the token request cannot go without.
void checkToken(ProblemList &problems, const TokenSettings &token, bool httpsOnly)
{
    if (token.source == TokenSource::None)
        return;
    checkUrl(problems, FieldId::Token::Url.toString(), token.url, httpsOnly);
    checkRequired(problems, token.tokenPath, FieldId::Token::TokenPath.toString(),
        Messages::ConnectionValidator::tr("Enter where the answer holds the token, such as access_token."));
    checkRequired(problems, token.placementName, FieldId::Token::PlacementName.toString(),
        Messages::ConnectionValidator::tr("Enter the header or query parameter that carries the token."));
    if (token.source != TokenSource::OAuth2)
        return;
    checkRequired(problems, token.clientId, FieldId::Token::ClientId.toString(),
        Messages::ConnectionValidator::tr("Enter the client id the token endpoint knows."));
    if (token.grant == OAuthGrant::Password)
        checkRequired(problems, token.userName, FieldId::Token::UserName.toString(),
            Messages::ConnectionValidator::tr("The password grant needs the user name."));
    if (token.grant == OAuthGrant::RefreshToken)
        checkRequired(problems, token.refreshToken, FieldId::Token::RefreshToken.toString(),
            Messages::ConnectionValidator::tr("The refresh grant needs the refresh token."));
}

QString escapeWarning(const QString &key, QStringView text, qsizetype at, qsizetype position)
{
    const QStringView escape = text.sliced(at, std::min<qsizetype>(2, text.size() - at));
    // Qlik's escapes go in as an argument: "%1" and "%2" in the sentence would be taken for arg() markers.
    const QString where = position > 0
        ? Messages::ConnectionValidator::tr("\"%1\" in the value of %2 (character %3)")
              .arg(escape.toString(), key, QString::number(position))
        : Messages::ConnectionValidator::tr("\"%1\" in the value of %2").arg(escape.toString(), key);
    return Messages::ConnectionValidator::tr("%1 is not one of Qlik's escapes (%2); it is kept as written.")
        .arg(where, QStringLiteral("%%, %1, %2"));
}

// What only the text of a string that was read can show.
void checkLayout(ProblemList &problems, const ConnectionStringLayout &layout)
{
    namespace Keys = ConnectionStringKeys;
    QHash<const Keys::KeySpec *, int> seen;
    bool hasProvider = false;
    for (const RawPair &pair : layout.pairs) {
        const QString key = pair.key.trimmed();
        const Keys::KeySpec *spec = Keys::find(key);
        if (!spec) {
            problems.warning(QStringLiteral("connectionString"),
                Messages::ConnectionValidator::tr(
                    "The key \"%1\" is unknown to Qonduit; it is kept as written.")
                    .arg(key));
        } else if (++seen[spec] == 2) {
            problems.warning(spec->field.toString(),
                Messages::ConnectionValidator::tr(
                    "The key %1 appears more than once; the last value is used.")
                    .arg(key));
        }
        if (spec && spec->name == Qlik::Key::Provider) {
            hasProvider = true;
            const QString provider = QlikEscape::unescape(pair.rawValue).text;
            if (provider.compare(Qlik::ProviderName, Qt::CaseInsensitive) != 0) {
                problems.warning(FieldId::Provider.toString(),
                    Messages::ConnectionValidator::tr("The provider is \"%1\", not %2.")
                        .arg(provider, Qlik::ProviderName));
            }
        }
        const QString field = spec ? spec->field.toString() : QStringLiteral("connectionString");
        const auto unescaped = QlikEscape::unescape(pair.rawValue);
        for (const qsizetype at : unescaped.unknownEscapes)
            problems.warning(field, escapeWarning(key, pair.rawValue, at, pair.valuePosition + at));
        if (spec && spec->isList) {
            const auto inner = QlikEscape::unescape(unescaped.text);
            for (const qsizetype at : inner.unknownEscapes)
                problems.warning(field, escapeWarning(key, unescaped.text, at, 0));
        }
    }
    if (!layout.isEmpty() && !hasProvider) {
        problems.warning(FieldId::Provider.toString(),
            Messages::ConnectionValidator::tr("The string has no provider key; Qlik needs provider=%1.")
                .arg(Qlik::ProviderName));
    }
}

} // namespace

QList<ValidationProblem> validate(const ConnectionSettings &settings)
{
    ProblemList problems;
    const RequestSettings &request = settings.request;
    const bool httpsOnly = settings.security.allowHttpsOnly;

    // The URL Qlik sends is the expanded one; one with a $(name) left unknown is named below instead.
    if (const QString url = Variables::expand(request.url, settings.variables);
        Variables::namesIn(url).isEmpty())
        checkUrl(problems, FieldId::Request::Url.toString(), url, httpsOnly);
    if (request.timeoutSeconds < 1 || request.timeoutSeconds > 10000) {
        problems.error(FieldId::Request::TimeoutSeconds.toString(),
            Messages::ConnectionValidator::tr("The timeout must be from 1 to 10000 seconds; %1 is not.")
                .arg(request.timeoutSeconds));
    }
    if (const QString problem = proxyAddressProblem(settings.proxy); !problem.isEmpty())
        problems.error(FieldId::Proxy::Address.toString(), problem);
    if (request.readWriteTimeoutSeconds < 1 || request.readWriteTimeoutSeconds > 10000) {
        problems.error(FieldId::Request::ReadWriteTimeoutSeconds.toString(),
            Messages::ConnectionValidator::tr(
                "The read/write timeout must be from 1 to 10000 seconds; %1 is not.")
                .arg(request.readWriteTimeoutSeconds));
    }
    if (const auto codes = RequestPlan::retryCodes(request.retryCodes); !codes) {
        problems.error(FieldId::Request::RetryCodes.toString(), codes.error());
    } else if (request.retryFailedRequest && codes.value().isEmpty()) {
        problems.error(FieldId::Request::RetryCodes.toString(),
            Messages::ConnectionValidator::tr(
                "Retry failed request needs the status codes to retry on, such as 500,502,503,504."));
    }
    if (request.method != HttpMethod::Post && !request.requestBody.isEmpty()) {
        problems.error(FieldId::Request::RequestBody.toString(),
            Messages::ConnectionValidator::tr(
                "A request body is sent only with POST: choose POST or clear the body."));
    }

    switch (settings.authentication.schema) {
    case AuthSchema::Basic:
    case AuthSchema::Digest:
    case AuthSchema::Ntlm:
        checkRequired(problems, settings.authentication.userName,
            FieldId::Authentication::UserName.toString(),
            Messages::ConnectionValidator::tr("Enter the user name for this authentication schema."));
        break;
    case AuthSchema::Anonymous:
    case AuthSchema::CurrentWindowsUser:
        break;
    }

    if (settings.certificates.source == CertificateSource::FromFile) {
        checkRequired(problems, settings.certificates.pfxFilePath,
            FieldId::Certificates::PfxFilePath.toString(),
            Messages::ConnectionValidator::tr("Enter the PFX file name of the client certificate."));
    } else if (settings.certificates.source == CertificateSource::Installed) {
        checkRequired(problems, settings.certificates.certificateName,
            FieldId::Certificates::CertificateName.toString(),
            Messages::ConnectionValidator::tr("Choose the installed certificate to use."));
    }

    checkNames(
        problems, FieldId::TrustedLocations.toString(), settings.trustedLocations, Duplicates::AreErrors);
    for (int row = 0; row < settings.trustedLocations.size(); ++row)
        checkUrl(problems, FieldId::TrustedLocations.toString(), settings.trustedLocations[row].value,
            httpsOnly, row);
    checkNames(
        problems, FieldId::QueryParameters.toString(), settings.queryParameters, Duplicates::AreErrors);
    checkNames(problems, FieldId::QueryHeaders.toString(), settings.queryHeaders, Duplicates::AreWarnings);
    checkIfModifiedSince(problems, settings.queryHeaders);
    checkPagination(problems, settings.pagination);
    checkNames(problems, FieldId::Security::Whitelist.toString(), settings.security.whitelist,
        Duplicates::AreErrors);
    for (int row = 0; row < settings.security.whitelist.size(); ++row)
        checkUrl(problems, FieldId::Security::Whitelist.toString(), settings.security.whitelist[row].value,
            httpsOnly, row);

    checkToken(problems, settings.token, httpsOnly);
    checkVariables(problems, settings);
    checkLayout(problems, settings.layout);
    return problems.take();
}

bool hasErrors(const QList<ValidationProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const auto &p) { return p.isError(); });
}

} // namespace Qonduit
