// SPDX-License-Identifier: MIT
#include "connectionstringkeys.h"

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
    static QString parse(const QString &text, bool &value)
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
    static QString parse(const QString &text, QString &value)
    {
        value = text;
        return {};
    }
};

struct SecondsCodec
{
    static QString format(int value) { return QString::number(value); }
    static QString parse(const QString &text, int &value)
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
    static QString parse(const QString &text, QString &value)
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
    static QString parse(const QString &text, QString &value)
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
    static QString parse(const QString &text, E &value)
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
    static QString parse(const QString &text, QList<NameValue> &items)
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
    spec.field = u"provider";
    // The provider is not a form field: any value is read, and kept as written. Validation checks it.
    spec.get = [](const ConnectionSettings &) { return Qlik::ProviderName.toString(); };
    spec.set = [](ConnectionSettings &, const QString &) { return QString(); };
    return spec;
}

KeySpec useWindowsAuthenticationKey()
{
    KeySpec spec;
    spec.name = Key::UseWindowsAuthentication;
    spec.field = u"authentication.schema";
    spec.placement = Placement::Legacy;
    spec.appliesFirst = true;
    spec.get = [](const ConnectionSettings &s) {
        return BoolCodec::format(s.authentication.schema == AuthSchema::CurrentWindowsUser);
    };
    spec.set = [](ConnectionSettings &s, const QString &text) {
        bool useWindows = false;
        QString error = BoolCodec::parse(text, useWindows);
        if (error.isEmpty() && useWindows)
            s.authentication.schema = AuthSchema::CurrentWindowsUser;
        return error;
    };
    return spec;
}

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
        key<TextCodec, &S::request, &R::url>(Key::Url, u"request.url"),
        key<SecondsCodec, &S::request, &R::timeoutSeconds>(Key::Timeout, u"request.timeoutSeconds"),
        key<SecondsCodec, &S::request, &R::readWriteTimeoutSeconds>(
            Key::ReadWriteTimeout, u"request.readWriteTimeoutSeconds", Placement::WhenNotDefault),
        key<BoolCodec, &S::request, &R::retryFailedRequest>(
            Key::RetryFailedRequest, u"request.retryFailedRequest", Placement::WhenNotDefault),
        key<StatusCodesCodec, &S::request, &R::retryCodes>(
            Key::RetryCodes, u"request.retryCodes", Placement::WhenNotDefault),
        key<WordCodec<HttpMethod>, &S::request, &R::method>(Key::Method, u"request.method"),
        key<WordCodec<HttpProtocol>, &S::request, &R::httpProtocol>(
            Key::HttpProtocol, u"request.httpProtocol"),
        key<BoolCodec, &S::request, &R::keepAlive>(Key::IsKeepAlive, u"request.keepAlive"),
        key<TextCodec, &S::request, &R::bodyEncoding>(Key::BodyEncoding, u"request.bodyEncoding"),
        key<TextCodec, &S::request, &R::requestBody>(
            Key::RequestBody, u"request.requestBody", WhenNotEmpty, Ours),
        key<BoolCodec, &S::request, &R::sendExpect100Continue>(
            Key::SendExpect100Continue, u"request.sendExpect100Continue"),
        key<BoolCodec, &S::request, &R::autoDetectResponseType>(
            Key::AutoDetectResponseType, u"request.autoDetectResponseType"),
        key<BoolCodec, &S::request, &R::checkResponseTypeOnTestConnection>(
            Key::CheckResponseType, u"request.checkResponseTypeOnTestConnection"),
        key<WordCodec<KeyGenerationStrategy>, &S::request, &R::keyGenerationStrategy>(
            Key::KeyGenerationStrategy, u"request.keyGenerationStrategy"),
        useWindowsAuthenticationKey(),
        key<WordCodec<AuthSchema>, &S::authentication, &AuthenticationSettings::schema>(
            Key::AuthSchema, u"authentication.schema"),
        key<BoolCodec, &S::certificates, &C::skipServerCertificateValidation>(
            Key::SkipServerCertificateValidation, u"certificates.skipServerCertificateValidation"),
        key<WordCodec<CertificateSource>, &S::certificates, &C::source>(
            Key::UseCertificate, u"certificates.source"),
        key<WordCodec<CertificateStoreLocation>, &S::certificates, &C::storeLocation>(
            Key::CertificateStoreLocation, u"certificates.storeLocation"),
        key<WordCodec<CertificateStoreName>, &S::certificates, &C::storeName>(
            Key::CertificateStoreName, u"certificates.storeName"),
        key<TextCodec, &S::certificates, &C::certificateName>(
            Key::CertificateName, u"certificates.certificateName", WhenNotEmpty, Ours),
        key<TextCodec, &S::certificates, &C::pfxFilePath>(
            Key::CertificateFilePath, u"certificates.pfxFilePath", WhenNotEmpty),
        key<ListCodec, &S::trustedLocations>(Key::TrustedLocations, u"trustedLocations", WhenNotEmpty),
        key<ListCodec, &S::queryParameters>(Key::QueryParameters, u"queryParameters", WhenNotEmpty),
        key<BoolCodec, &S::addMissingQueryParameters>(
            Key::AddMissingQueryParameters, u"addMissingQueryParameters"),
        key<ListCodec, &S::queryHeaders>(Key::QueryHeaders, u"queryHeaders", WhenNotEmpty),
        key<WordCodec<PaginationType>, &S::pagination, &P::type>(Key::PaginationType, u"pagination.type"),

        paginationKey<TextCodec, &P::offset, &Off::startField>(
            Offset, Key::OffsetStartField, u"pagination.offset.startField"),
        paginationKey<BoolCodec, &P::offset, &Off::startFieldIsHeader>(
            Offset, Key::IsOffsetStartFieldHeader, u"pagination.offset.startFieldIsHeader"),
        paginationKey<WholeNumberTextCodec, &P::offset, &Off::startValue>(
            Offset, Key::OffsetStartFieldValue, u"pagination.offset.startValue"),
        paginationKey<TextCodec, &P::offset, &Off::countField>(
            Offset, Key::OffsetCountFieldName, u"pagination.offset.countField"),
        paginationKey<BoolCodec, &P::offset, &Off::countFieldIsHeader>(
            Offset, Key::IsOffsetCountFieldHeader, u"pagination.offset.countFieldIsHeader"),
        paginationKey<WholeNumberTextCodec, &P::offset, &Off::countValue>(
            Offset, Key::OffsetCountValue, u"pagination.offset.countValue"),
        paginationKey<TextCodec, &P::offset, &Off::totalPath>(
            Offset, Key::OffsetTotalPath, u"pagination.offset.totalPath"),
        paginationKey<TextCodec, &P::offset, &Off::dataPath>(
            Offset, Key::OffsetDataPath, u"pagination.offset.dataPath"),

        paginationKey<TextCodec, &P::nextPage, &NP::parameterName>(
            NextPage, Key::NextPageParameterName, u"pagination.nextPage.parameterName", Ours),
        paginationKey<BoolCodec, &P::nextPage, &NP::parameterIsHeader>(
            NextPage, Key::IsNextPageParameterHeader, u"pagination.nextPage.parameterIsHeader", Ours),
        paginationKey<WholeNumberTextCodec, &P::nextPage, &NP::initialValue>(
            NextPage, Key::NextPageInitialValue, u"pagination.nextPage.initialValue", Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::sizeParameterName>(
            NextPage, Key::NextPageSizeParameterName, u"pagination.nextPage.sizeParameterName", Ours),
        paginationKey<WholeNumberTextCodec, &P::nextPage, &NP::sizeValue>(
            NextPage, Key::NextPageSizeValue, u"pagination.nextPage.sizeValue", Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::totalPagesPath>(
            NextPage, Key::NextPageTotalPagesPath, u"pagination.nextPage.totalPagesPath", Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::isLastPagePath>(
            NextPage, Key::NextPageIsLastPagePath, u"pagination.nextPage.isLastPagePath", Ours),
        paginationKey<TextCodec, &P::nextPage, &NP::dataPath>(
            NextPage, Key::NextPageDataPath, u"pagination.nextPage.dataPath", Ours),

        paginationKey<TextCodec, &P::nextToken, &NT::parameterName>(
            NextToken, Key::NextTokenParameterName, u"pagination.nextToken.parameterName", Ours),
        paginationKey<BoolCodec, &P::nextToken, &NT::parameterIsHeader>(
            NextToken, Key::IsNextTokenParameterHeader, u"pagination.nextToken.parameterIsHeader", Ours),
        paginationKey<TextCodec, &P::nextToken, &NT::tokenPath>(
            NextToken, Key::NextTokenPath, u"pagination.nextToken.tokenPath", Ours),
        paginationKey<BoolCodec, &P::nextToken, &NT::tokenPathIsHeader>(
            NextToken, Key::IsNextTokenPathHeader, u"pagination.nextToken.tokenPathIsHeader", Ours),
        paginationKey<TextCodec, &P::nextToken, &NT::isLastPagePath>(
            NextToken, Key::NextTokenIsLastPagePath, u"pagination.nextToken.isLastPagePath", Ours),

        paginationKey<TextCodec, &P::nextUrl, &NU::fieldPath>(
            NextUrl, Key::NextUrlFieldPath, u"pagination.nextUrl.fieldPath"),
        paginationKey<BoolCodec, &P::nextUrl, &NU::fieldPathIsHeader>(
            NextUrl, Key::IsNextUrlFieldPathHeader, u"pagination.nextUrl.fieldPathIsHeader"),

        key<BoolCodec, &S::security, &SecuritySettings::allowResponseHeaders>(
            Key::AllowResponseHeaders, u"security.allowResponseHeaders"),
        key<BoolCodec, &S::security, &SecuritySettings::allowHttpsOnly>(
            Key::AllowHttpsOnly, u"security.allowHttpsOnly"),
        key<ListCodec, &S::security, &SecuritySettings::whitelist>(
            Key::WhiteList, u"security.whitelist", WhenNotEmpty, Ours),
        key<BoolCodec, &S::proxy, &ProxySettings::useProxy>(Key::UseProxy, u"proxy.useProxy"),
        key<BoolCodec, &S::proxy, &ProxySettings::bypassOnLocal>(
            Key::ProxyBypassOnLocal, u"proxy.bypassOnLocal"),
        key<BoolCodec, &S::proxy, &ProxySettings::useDefaultCredentials>(
            Key::ProxyUseDefaultCredentials, u"proxy.useDefaultCredentials"),
        key<TextCodec, &S::proxy, &ProxySettings::address>(
            Key::ProxyAddress, u"proxy.address", WhenNotEmpty, Ours),
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
