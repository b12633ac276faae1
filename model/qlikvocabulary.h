// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

// Every word Qlik's REST connector reads or writes, in one place. The spec marks each as seen in
// Qlik's output, inferred from samples, or ours (not observable without a live Qlik): an [ours] word
// changes here and nowhere else.
namespace Qonduit::Qlik {

enum class Provenance { Seen, Inferred, Ours };

inline constexpr QStringView ProviderName = u"QvRestConnector.exe";

// Connection-string keys, spelled as we write them. Keys are read case-insensitively.
namespace Key {
inline constexpr QStringView Provider = u"provider";
inline constexpr QStringView Url = u"url";
inline constexpr QStringView Timeout = u"timeout";
// Seen in Qlik's own Cloud connectionProperties; their place in the string is ours.
inline constexpr QStringView ReadWriteTimeout = u"readwritetimeout";
inline constexpr QStringView RetryFailedRequest = u"retryFailedRequest";
inline constexpr QStringView RetryCodes = u"retryCodes";
inline constexpr QStringView Method = u"method";
inline constexpr QStringView HttpProtocol = u"httpProtocol";
inline constexpr QStringView IsKeepAlive = u"isKeepAlive";
inline constexpr QStringView BodyEncoding = u"bodyEncoding";
inline constexpr QStringView RequestBody = u"requestBody"; // [ours]
inline constexpr QStringView SendExpect100Continue = u"sendExpect100Continue";
inline constexpr QStringView AutoDetectResponseType = u"autoDetectResponseType";
inline constexpr QStringView CheckResponseType = u"checkResponseTypeOnTestConnection";
inline constexpr QStringView CheckResponseTypeAlias = u"checkResponseTypeDuringTestConnection";
inline constexpr QStringView KeyGenerationStrategy = u"keyGenerationStrategy";
inline constexpr QStringView UseWindowsAuthentication = u"useWindowsAuthentication"; // older connectors
inline constexpr QStringView AuthSchema = u"authSchema";
inline constexpr QStringView SkipServerCertificateValidation = u"skipServerCertificateValidation";
inline constexpr QStringView UseCertificate = u"useCertificate";
inline constexpr QStringView CertificateStoreLocation = u"certificateStoreLocation";
inline constexpr QStringView CertificateStoreName = u"certificateStoreName";
inline constexpr QStringView CertificateName = u"certificateName"; // [ours]
inline constexpr QStringView CertificateFilePath = u"certificateFilePath";
inline constexpr QStringView TrustedLocations = u"trustedLocations";
inline constexpr QStringView QueryParameters = u"queryParameters";
inline constexpr QStringView AddMissingQueryParameters = u"addMissingQueryParametersToFinalRequest";
inline constexpr QStringView QueryHeaders = u"queryHeaders";
inline constexpr QStringView PaginationType = u"PaginationType";
inline constexpr QStringView OffsetStartField = u"OffsetStartField";
inline constexpr QStringView IsOffsetStartFieldHeader = u"IsOffsetStartFieldHeader";
inline constexpr QStringView OffsetStartFieldValue = u"OffsetStartFieldValue";
inline constexpr QStringView OffsetCountFieldName = u"OffsetCountFieldName";
inline constexpr QStringView IsOffsetCountFieldHeader = u"IsOffsetCountFieldHeader";
inline constexpr QStringView OffsetCountValue = u"OffsetCountValue";
inline constexpr QStringView OffsetTotalPath = u"OffsetTotalPath";
inline constexpr QStringView OffsetDataPath = u"OffsetDataPath";
inline constexpr QStringView NextPageParameterName
    = u"NextPageParameterName"; // [ours] down to NextPageDataPath
inline constexpr QStringView IsNextPageParameterHeader = u"IsNextPageParameterHeader";
inline constexpr QStringView NextPageInitialValue = u"NextPageInitialValue";
inline constexpr QStringView NextPageSizeParameterName = u"NextPageSizeParameterName";
inline constexpr QStringView NextPageSizeValue = u"NextPageSizeValue";
inline constexpr QStringView NextPageTotalPagesPath = u"NextPageTotalPagesPath";
inline constexpr QStringView NextPageIsLastPagePath = u"NextPageIsLastPagePath";
inline constexpr QStringView NextPageDataPath = u"NextPageDataPath";
inline constexpr QStringView NextTokenParameterName
    = u"NextTokenParameterName"; // [ours] down to ...IsLastPagePath
inline constexpr QStringView IsNextTokenParameterHeader = u"IsNextTokenParameterHeader";
inline constexpr QStringView NextTokenPath = u"NextTokenPath";
inline constexpr QStringView IsNextTokenPathHeader = u"IsNextTokenPathHeader";
inline constexpr QStringView NextTokenIsLastPagePath = u"NextTokenIsLastPagePath";
inline constexpr QStringView NextUrlFieldPath = u"NextUrlFieldPath";
inline constexpr QStringView IsNextUrlFieldPathHeader = u"IsNextUrlFieldPathHeader";
inline constexpr QStringView AllowResponseHeaders = u"allowResponseHeaders";
inline constexpr QStringView AllowHttpsOnly = u"allowHttpsOnly";
inline constexpr QStringView WhiteList = u"whiteList"; // [ours]
inline constexpr QStringView UseProxy = u"useProxy";
inline constexpr QStringView ProxyBypassOnLocal = u"proxyBypassOnLocal";
inline constexpr QStringView ProxyUseDefaultCredentials = u"proxyUseDefaultCredentials";
inline constexpr QStringView ProxyAddress = u"proxyAddress"; // [ours]
// QlikView carries its (scrambled) credentials in the string; kept as read, never saved to files.
inline constexpr QStringView QlikViewUserId = u"XUserId";
inline constexpr QStringView QlikViewPassword = u"XPassword";
} // namespace Key

// Names in the tables Qlik builds from a response (docs/qlik-formats.md 2.1, 2.2).
namespace Tables {
inline constexpr QStringView Root = u"root"; // JSON's top table
inline constexpr QStringView Csv = u"CSV_source";
inline constexpr QStringView CsvColumnPrefix = u"col_"; // col_1, col_2, ... without a header row
inline constexpr QStringView ValueField = u"@Value"; // the field of an array of scalars
inline constexpr QStringView ContentField = u"@Content"; // [ours] an XML element's text beside attributes
inline constexpr QStringView ResponseHeaders = u"__response_header"; // [ours]
inline constexpr QStringView KeyPrefix = u"__KEY_";
inline constexpr QStringView ForeignKeyPrefix = u"__FK_";
inline constexpr QStringView RenameInfix = u"_u"; // name_u0, name_u1, one counter per name: seen
// The names above that are ours, for the README's list.
QList<QStringView> ours();
} // namespace Tables

template<typename E>
struct Word
{
    E value;
    QStringView text;
    Provenance provenance;
};

template<typename E>
std::span<const Word<E>> words();
template<>
std::span<const Word<HttpMethod>> words<HttpMethod>();
template<>
std::span<const Word<HttpProtocol>> words<HttpProtocol>();
template<>
std::span<const Word<KeyGenerationStrategy>> words<KeyGenerationStrategy>();
template<>
std::span<const Word<AuthSchema>> words<AuthSchema>();
template<>
std::span<const Word<CertificateSource>> words<CertificateSource>();
template<>
std::span<const Word<CertificateStoreLocation>> words<CertificateStoreLocation>();
template<>
std::span<const Word<CertificateStoreName>> words<CertificateStoreName>();
template<>
std::span<const Word<PaginationType>> words<PaginationType>();
template<>
std::span<const Word<TokenSource>> words<TokenSource>();
template<>
std::span<const Word<OAuthGrant>> words<OAuthGrant>();
template<>
std::span<const Word<TokenPlacement>> words<TokenPlacement>();

template<typename E>
QString toWord(E value)
{
    for (const auto &word : words<E>()) {
        if (word.value == value)
            return word.text.toString();
    }
    return {};
}

// Case-insensitive, as Qlik reads them.
template<typename E>
std::optional<E> fromWord(QStringView text)
{
    for (const auto &word : words<E>()) {
        if (word.text.compare(text, Qt::CaseInsensitive) == 0)
            return word.value;
    }
    return std::nullopt;
}

// "GET or POST", "None, Offset, ... or Custom": for error messages.
template<typename E>
QString wordChoices()
{
    QString choices;
    const auto all = words<E>();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i > 0)
            choices += i + 1 == all.size() ? QStringLiteral(" or ") : QStringLiteral(", ");
        choices += all[i].text;
    }
    return choices;
}

} // namespace Qonduit::Qlik
