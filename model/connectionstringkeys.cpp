// SPDX-License-Identifier: MIT
#include "connectionstringkeys.h"

#include "fieldid.h"
#include "messagecontext.h"
#include "qlikescape.h"

#include <QHash>

#include <vector>

namespace Qonduit::ConnectionStringKeys {

namespace {

using Qlik::Provenance;
namespace Key = Qlik::Key;

// (settings .* a .* b ...): the field a chain of member pointers leads to.
template<auto... Path>
auto &member(ConnectionSettings &settings)
{
    return (settings.*....*Path);
}
template<auto... Path>
const auto &member(const ConnectionSettings &settings)
{
    return (settings.*....*Path);
}

QString quoted(const QString &value)
{
    return u'"' + (value.size() > 40 ? value.left(40) + QStringLiteral("...") : value) + u'"';
}

struct BoolCodec
{
    static QString format(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
    static Expected<void, QString> parse(const QString &text, bool &value)
    {
        if (text.compare(u"true", Qt::CaseInsensitive) == 0)
            value = true;
        else if (text.compare(u"false", Qt::CaseInsensitive) == 0)
            value = false;
        else
            return Messages::ConnectionString::tr("%1 is not true or false").arg(quoted(text));
        return {};
    }
};

struct TextCodec
{
    static QString format(const QString &value) { return value; }
    static Expected<void, QString> parse(const QString &text, QString &value)
    {
        value = text;
        return {};
    }
};

struct SecondsCodec
{
    static QString format(int value) { return QString::number(value); }
    static Expected<void, QString> parse(const QString &text, int &value)
    {
        bool ok = false;
        const int seconds = text.toInt(&ok);
        if (!ok)
            return Messages::ConnectionString::tr("%1 is not a whole number of seconds").arg(quoted(text));
        value = seconds;
        return {};
    }
};

// Start values, counts and page sizes: empty, or a whole number kept as written.
struct WholeNumberTextCodec
{
    static QString format(const QString &value) { return value; }
    static Expected<void, QString> parse(const QString &text, QString &value)
    {
        bool ok = false;
        if (!text.isEmpty() && (text.toLongLong(&ok), !ok))
            return Messages::ConnectionString::tr("%1 is not a whole number").arg(quoted(text));
        value = text;
        return {};
    }
};

// HTTP status codes joined by commas ("500,502,503,504"), kept as written; the validator checks the range.
struct StatusCodesCodec
{
    static QString format(const QString &value) { return value; }
    static Expected<void, QString> parse(const QString &text, QString &value)
    {
        for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            code.trimmed().toInt(&ok);
            if (!ok)
                return Messages::ConnectionString::tr("%1 is not a list of status codes such as 500,502,503")
                    .arg(quoted(text));
        }
        value = text;
        return {};
    }
};

template<typename E>
struct WordCodec
{
    static QString format(E value) { return Qlik::toWord(value); }
    static Expected<void, QString> parse(const QString &text, E &value)
    {
        const auto word = Qlik::fromWord<E>(text);
        if (!word)
            return Messages::ConnectionString::tr("%1 is not one of %2")
                .arg(quoted(text), Qlik::wordChoices<E>());
        value = *word;
        return {};
    }
};

struct ListCodec
{
    static QString format(const QList<NameValue> &items) { return QlikEscape::encodeList(items); }
    static Expected<void, QString> parse(const QString &text, QList<NameValue> &items)
    {
        auto decoded = QlikEscape::decodeList(text);
        if (!decoded)
            return decoded.error().message;
        items = std::move(decoded).value();
        return {};
    }
};

template<typename Codec, auto... Path>
KeySpec key(QStringView name, QStringView field, Placement placement = Placement::Always,
    Provenance provenance = Provenance::Seen)
{
    KeySpec spec;
    spec.name = name;
    spec.field = field;
    spec.placement = placement;
    spec.provenance = provenance;
    spec.isList = std::is_same_v<Codec, ListCodec>;
    spec.get = [](const ConnectionSettings &s) { return Codec::format(member<Path...>(s)); };
    spec.set
        = [](ConnectionSettings &s, const QString &text) { return Codec::parse(text, member<Path...>(s)); };
    return spec;
}

template<typename Codec, auto... Path>
KeySpec paginationKey(
    PaginationType type, QStringView name, QStringView field, Provenance provenance = Provenance::Seen)
{
    KeySpec spec = key<Codec, &ConnectionSettings::pagination, Path...>(
        name, field, Placement::Pagination, provenance);
    spec.paginationType = type;
    return spec;
}

KeySpec providerKey()
{
    KeySpec spec;
    spec.name = Key::Provider;
    spec.field = FieldId::Provider;
    // The provider is not a form field: any value is read, and kept as written. Validation checks it.
    spec.get = [](const ConnectionSettings &) { return Qlik::ProviderName.toString(); };
    spec.set = [](ConnectionSettings &, const QString &) -> Expected<void, QString> { return {}; };
    return spec;
}

KeySpec useWindowsAuthenticationKey()
{
    KeySpec spec;
    spec.name = Key::UseWindowsAuthentication;
    spec.field = FieldId::Authentication::Schema;
    spec.placement = Placement::Legacy;
    spec.appliesFirst = true;
    spec.get = [](const ConnectionSettings &s) {
        return BoolCodec::format(s.authentication.schema == AuthSchema::CurrentWindowsUser);
    };
    spec.set = [](ConnectionSettings &s, const QString &text) {
        bool useWindows = false;
        const auto parsed = BoolCodec::parse(text, useWindows);
        if (parsed && useWindows)
            s.authentication.schema = AuthSchema::CurrentWindowsUser;
        return parsed;
    };
    return spec;
}

// Every key of the connection string, in the order Qlik writes them (docs/qlik-formats.md, 1.3). Over
// 80 lines because it is one table, a line or two per key: tst_qlikvocabulary reads it against the
// catalogue, and split into parts the order Qlik writes would be spread over them.
std::vector<KeySpec> buildTable()
{
    using S = ConnectionSettings;
    using R = RequestSettings;
    using C = CertificateSettings;
    using P = PaginationSettings;
    using Off = OffsetPagination;
    using NP = NextPagePagination;
    using NT = NextTokenPagination;
    using NU = NextUrlPagination;
    constexpr auto WhenNotEmpty = Placement::WhenNotEmpty;
    constexpr auto Ours = Provenance::Ours;
    constexpr auto Offset = PaginationType::Offset;
    constexpr auto NextPage = PaginationType::NextPage;
    constexpr auto NextToken = PaginationType::NextToken;
    constexpr auto NextUrl = PaginationType::NextUrl;

    std::vector<KeySpec> table {
        providerKey(),
        key<TextCodec, &S::request, &R::url>(Key::Url, FieldId::Request::Url),
        key<SecondsCodec, &S::request, &R::timeoutSeconds>(Key::Timeout, FieldId::Request::TimeoutSeconds),
        key<SecondsCodec, &S::request, &R::readWriteTimeoutSeconds>(
            Key::ReadWriteTimeout, FieldId::Request::ReadWriteTimeoutSeconds, Placement::WhenNotDefault),
        key<BoolCodec, &S::request, &R::retryFailedRequest>(
            Key::RetryFailedRequest, FieldId::Request::RetryFailedRequest, Placement::WhenNotDefault),
        key<StatusCodesCodec, &S::request, &R::retryCodes>(
            Key::RetryCodes, FieldId::Request::RetryCodes, Placement::WhenNotDefault),
        key<WordCodec<HttpMethod>, &S::request, &R::method>(Key::Method, FieldId::Request::Method),
        key<WordCodec<HttpProtocol>, &S::request, &R::httpProtocol>(
            Key::HttpProtocol, FieldId::Request::HttpProtocol),
        key<BoolCodec, &S::request, &R::keepAlive>(Key::IsKeepAlive, FieldId::Request::KeepAlive),
        key<TextCodec, &S::request, &R::bodyEncoding>(Key::BodyEncoding, FieldId::Request::BodyEncoding),
        key<TextCodec, &S::request, &R::requestBody>(
            Key::RequestBody, FieldId::Request::RequestBody, WhenNotEmpty, Ours),
        key<BoolCodec, &S::request, &R::sendExpect100Continue>(
            Key::SendExpect100Continue, FieldId::Request::SendExpect100Continue),
        key<BoolCodec, &S::request, &R::autoDetectResponseType>(
            Key::AutoDetectResponseType, FieldId::Request::AutoDetectResponseType),
        key<BoolCodec, &S::request, &R::checkResponseTypeOnTestConnection>(
            Key::CheckResponseType, FieldId::Request::CheckResponseTypeOnTestConnection),
        key<WordCodec<KeyGenerationStrategy>, &S::request, &R::keyGenerationStrategy>(
            Key::KeyGenerationStrategy, FieldId::Request::KeyGenerationStrategy),
        useWindowsAuthenticationKey(),
        key<WordCodec<AuthSchema>, &S::authentication, &AuthenticationSettings::schema>(
            Key::AuthSchema, FieldId::Authentication::Schema),
        key<BoolCodec, &S::certificates, &C::skipServerCertificateValidation>(
            Key::SkipServerCertificateValidation, FieldId::Certificates::SkipServerCertificateValidation),
        key<WordCodec<CertificateSource>, &S::certificates, &C::source>(
            Key::UseCertificate, FieldId::Certificates::Source),
        key<WordCodec<CertificateStoreLocation>, &S::certificates, &C::storeLocation>(
            Key::CertificateStoreLocation, FieldId::Certificates::StoreLocation),
        key<WordCodec<CertificateStoreName>, &S::certificates, &C::storeName>(
            Key::CertificateStoreName, FieldId::Certificates::StoreName),
        key<TextCodec, &S::certificates, &C::certificateName>(
            Key::CertificateName, FieldId::Certificates::CertificateName, WhenNotEmpty, Ours),
        key<TextCodec, &S::certificates, &C::pfxFilePath>(
            Key::CertificateFilePath, FieldId::Certificates::PfxFilePath, WhenNotEmpty),
        key<ListCodec, &S::trustedLocations>(Key::TrustedLocations, FieldId::TrustedLocations, WhenNotEmpty),
        key<ListCodec, &S::queryParameters>(Key::QueryParameters, FieldId::QueryParameters, WhenNotEmpty),
        key<BoolCodec, &S::addMissingQueryParameters>(
            Key::AddMissingQueryParameters, FieldId::AddMissingQueryParameters),
        key<ListCodec, &S::queryHeaders>(Key::QueryHeaders, FieldId::QueryHeaders, WhenNotEmpty),
        key<WordCodec<PaginationType>, &S::pagination, &P::type>(
            Key::PaginationType, FieldId::Pagination::Type),

        paginationKey<TextCodec, &P::offset, &Off::startField>(
            Offset, Key::OffsetStartField, FieldId::Pagination::Offset::StartField),
        paginationKey<BoolCodec, &P::offset, &Off::startFieldIsHeader>(
            Offset, Key::IsOffsetStartFieldHeader, FieldId::Pagination::Offset::StartFieldIsHeader),
        paginationKey<WholeNumberTextCodec, &P::offset, &Off::startValue>(
            Offset, Key::OffsetStartFieldValue, FieldId::Pagination::Offset::StartValue),
        paginationKey<TextCodec, &P::offset, &Off::countField>(
            Offset, Key::OffsetCountFieldName, FieldId::Pagination::Offset::CountField),
        paginationKey<BoolCodec, &P::offset, &Off::countFieldIsHeader>(
            Offset, Key::IsOffsetCountFieldHeader, FieldId::Pagination::Offset::CountFieldIsHeader),
        paginationKey<WholeNumberTextCodec, &P::offset, &Off::countValue>(
            Offset, Key::OffsetCountValue, FieldId::Pagination::Offset::CountValue),
        paginationKey<TextCodec, &P::offset, &Off::totalPath>(
            Offset, Key::OffsetTotalPath, FieldId::Pagination::Offset::TotalPath),
        paginationKey<TextCodec, &P::offset, &Off::dataPath>(
            Offset, Key::OffsetDataPath, FieldId::Pagination::Offset::DataPath),

        paginationKey<TextCodec, &P::nextPage, &NP::parameterName>(
            NextPage, Key::NextPageParameterName, FieldId::Pagination::NextPage::ParameterName, Ours),
        paginationKey<BoolCodec, &P::nextPage, &NP::parameterIsHeader>(
            NextPage, Key::IsNextPageParameterHeader, FieldId::Pagination::NextPage::ParameterIsHeader, Ours),
        paginationKey<WholeNumberTextCodec, &P::nextPage, &NP::initialValue>(
            NextPage, Key::NextPageInitialValue, FieldId::Pagination::NextPage::InitialValue, Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::sizeParameterName>(
            NextPage, Key::NextPageSizeParameterName, FieldId::Pagination::NextPage::SizeParameterName, Ours),
        paginationKey<WholeNumberTextCodec, &P::nextPage, &NP::sizeValue>(
            NextPage, Key::NextPageSizeValue, FieldId::Pagination::NextPage::SizeValue, Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::totalPagesPath>(
            NextPage, Key::NextPageTotalPagesPath, FieldId::Pagination::NextPage::TotalPagesPath, Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::isLastPagePath>(
            NextPage, Key::NextPageIsLastPagePath, FieldId::Pagination::NextPage::IsLastPagePath, Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::dataPath>(
            NextPage, Key::NextPageDataPath, FieldId::Pagination::NextPage::DataPath, Ours),

        paginationKey<TextCodec, &P::nextToken, &NT::parameterName>(
            NextToken, Key::NextTokenParameterName, FieldId::Pagination::NextToken::ParameterName, Ours),
        paginationKey<BoolCodec, &P::nextToken, &NT::parameterIsHeader>(NextToken,
            Key::IsNextTokenParameterHeader, FieldId::Pagination::NextToken::ParameterIsHeader, Ours),
        paginationKey<TextCodec, &P::nextToken, &NT::tokenPath>(
            NextToken, Key::NextTokenPath, FieldId::Pagination::NextToken::TokenPath, Ours),
        paginationKey<BoolCodec, &P::nextToken, &NT::tokenPathIsHeader>(
            NextToken, Key::IsNextTokenPathHeader, FieldId::Pagination::NextToken::TokenPathIsHeader, Ours),
        paginationKey<TextCodec, &P::nextToken, &NT::isLastPagePath>(
            NextToken, Key::NextTokenIsLastPagePath, FieldId::Pagination::NextToken::IsLastPagePath, Ours),

        paginationKey<TextCodec, &P::nextUrl, &NU::fieldPath>(
            NextUrl, Key::NextUrlFieldPath, FieldId::Pagination::NextUrl::FieldPath),
        paginationKey<BoolCodec, &P::nextUrl, &NU::fieldPathIsHeader>(
            NextUrl, Key::IsNextUrlFieldPathHeader, FieldId::Pagination::NextUrl::FieldPathIsHeader),

        key<BoolCodec, &S::security, &SecuritySettings::allowResponseHeaders>(
            Key::AllowResponseHeaders, FieldId::Security::AllowResponseHeaders),
        key<BoolCodec, &S::security, &SecuritySettings::allowHttpsOnly>(
            Key::AllowHttpsOnly, FieldId::Security::AllowHttpsOnly),
        key<ListCodec, &S::security, &SecuritySettings::whitelist>(
            Key::WhiteList, FieldId::Security::Whitelist, WhenNotEmpty, Ours),
        key<BoolCodec, &S::proxy, &ProxySettings::useProxy>(Key::UseProxy, FieldId::Proxy::UseProxy),
        key<BoolCodec, &S::proxy, &ProxySettings::bypassOnLocal>(
            Key::ProxyBypassOnLocal, FieldId::Proxy::BypassOnLocal),
        key<BoolCodec, &S::proxy, &ProxySettings::useDefaultCredentials>(
            Key::ProxyUseDefaultCredentials, FieldId::Proxy::UseDefaultCredentials),
        key<TextCodec, &S::proxy, &ProxySettings::address>(
            Key::ProxyAddress, FieldId::Proxy::Address, WhenNotEmpty, Ours),
    };
    for (KeySpec &spec : table) {
        if (spec.name == Key::CheckResponseType)
            spec.alias = Key::CheckResponseTypeAlias;
    }
    return table;
}

} // namespace

std::span<const KeySpec> all()
{
    static const std::vector<KeySpec> table = buildTable();
    return table;
}

const KeySpec *find(QStringView key)
{
    // Every pair of a string is looked up, on each keystroke in the dialog: a table, not a scan. Case
    // folding is what a case-insensitive compare does, so the two agree on every key.
    static const QHash<QString, const KeySpec *> byFoldedName = [] {
        QHash<QString, const KeySpec *> table;
        for (const KeySpec &spec : all()) {
            table.insert(spec.name.toString().toCaseFolded(), &spec);
            if (!spec.alias.isEmpty())
                table.insert(spec.alias.toString().toCaseFolded(), &spec);
        }
        return table;
    }();
    return byFoldedName.value(key.trimmed().toString().toCaseFolded(), nullptr);
}

bool belongsInString(const KeySpec &key, const ConnectionSettings &settings)
{
    switch (key.placement) {
    case Placement::Always:
        return true;
    case Placement::WhenNotEmpty:
        return !key.get(settings).isEmpty();
    case Placement::WhenNotDefault: {
        static const ConnectionSettings defaults;
        return key.get(settings) != key.get(defaults);
    }
    case Placement::Pagination:
        return settings.pagination.type == key.paginationType;
    case Placement::Legacy:
        return false;
    }
    return false;
}

} // namespace Qonduit::ConnectionStringKeys
