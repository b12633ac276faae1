// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>

// The id of every field of the form, spelled once: its path in the .qonduit file. The sections name
// their widgets after it, the validator reports problems under it, the connection-string table says
// which field each key carries, the secrets are stored under it, and the CLI prints it. A new field gets
// its id here first.
namespace Qonduit::FieldId {

inline constexpr QStringView Name = u"name";
inline constexpr QStringView RememberSecrets = u"rememberSecrets";
inline constexpr QStringView Provider = u"provider";
inline constexpr QStringView TrustedLocations = u"trustedLocations";
inline constexpr QStringView QueryParameters = u"queryParameters";
inline constexpr QStringView AddMissingQueryParameters = u"addMissingQueryParameters";
inline constexpr QStringView QueryHeaders = u"queryHeaders";
inline constexpr QStringView Variables = u"variables"; // [ours]

namespace Request {
inline constexpr QStringView Url = u"request.url";
inline constexpr QStringView TimeoutSeconds = u"request.timeoutSeconds";
inline constexpr QStringView ReadWriteTimeoutSeconds = u"request.readWriteTimeoutSeconds";
inline constexpr QStringView RetryFailedRequest = u"request.retryFailedRequest";
inline constexpr QStringView RetryCodes = u"request.retryCodes";
inline constexpr QStringView Method = u"request.method";
inline constexpr QStringView RequestBody = u"request.requestBody";
inline constexpr QStringView BodyEncoding = u"request.bodyEncoding";
inline constexpr QStringView HttpProtocol = u"request.httpProtocol";
inline constexpr QStringView KeepAlive = u"request.keepAlive";
inline constexpr QStringView SendExpect100Continue = u"request.sendExpect100Continue";
inline constexpr QStringView AutoDetectResponseType = u"request.autoDetectResponseType";
inline constexpr QStringView CheckResponseTypeOnTestConnection = u"request.checkResponseTypeOnTestConnection";
inline constexpr QStringView KeyGenerationStrategy = u"request.keyGenerationStrategy";
} // namespace Request

namespace Authentication {
inline constexpr QStringView Schema = u"authentication.schema";
inline constexpr QStringView UserName = u"authentication.userName";
inline constexpr QStringView Password = u"authentication.password";
} // namespace Authentication

namespace Certificates {
inline constexpr QStringView SkipServerCertificateValidation
    = u"certificates.skipServerCertificateValidation";
inline constexpr QStringView Source = u"certificates.source";
inline constexpr QStringView StoreLocation = u"certificates.storeLocation";
inline constexpr QStringView StoreName = u"certificates.storeName";
inline constexpr QStringView CertificateName = u"certificates.certificateName";
inline constexpr QStringView PfxFilePath = u"certificates.pfxFilePath";
inline constexpr QStringView PfxPassword = u"certificates.pfxPassword";
} // namespace Certificates

namespace Pagination {
inline constexpr QStringView Type = u"pagination.type";
} // namespace Pagination

namespace Pagination::Offset {
inline constexpr QStringView StartField = u"pagination.offset.startField";
inline constexpr QStringView StartFieldIsHeader = u"pagination.offset.startFieldIsHeader";
inline constexpr QStringView StartValue = u"pagination.offset.startValue";
inline constexpr QStringView CountField = u"pagination.offset.countField";
inline constexpr QStringView CountFieldIsHeader = u"pagination.offset.countFieldIsHeader";
inline constexpr QStringView CountValue = u"pagination.offset.countValue";
inline constexpr QStringView TotalPath = u"pagination.offset.totalPath";
inline constexpr QStringView DataPath = u"pagination.offset.dataPath";
} // namespace Pagination::Offset

namespace Pagination::NextPage {
inline constexpr QStringView ParameterName = u"pagination.nextPage.parameterName";
inline constexpr QStringView ParameterIsHeader = u"pagination.nextPage.parameterIsHeader";
inline constexpr QStringView InitialValue = u"pagination.nextPage.initialValue";
inline constexpr QStringView SizeParameterName = u"pagination.nextPage.sizeParameterName";
inline constexpr QStringView SizeValue = u"pagination.nextPage.sizeValue";
inline constexpr QStringView TotalPagesPath = u"pagination.nextPage.totalPagesPath";
inline constexpr QStringView IsLastPagePath = u"pagination.nextPage.isLastPagePath";
inline constexpr QStringView DataPath = u"pagination.nextPage.dataPath";
} // namespace Pagination::NextPage

namespace Pagination::NextToken {
inline constexpr QStringView ParameterName = u"pagination.nextToken.parameterName";
inline constexpr QStringView ParameterIsHeader = u"pagination.nextToken.parameterIsHeader";
inline constexpr QStringView TokenPath = u"pagination.nextToken.tokenPath";
inline constexpr QStringView TokenPathIsHeader = u"pagination.nextToken.tokenPathIsHeader";
inline constexpr QStringView IsLastPagePath = u"pagination.nextToken.isLastPagePath";
} // namespace Pagination::NextToken

namespace Pagination::NextUrl {
inline constexpr QStringView FieldPath = u"pagination.nextUrl.fieldPath";
inline constexpr QStringView FieldPathIsHeader = u"pagination.nextUrl.fieldPathIsHeader";
} // namespace Pagination::NextUrl

namespace Security {
inline constexpr QStringView AllowResponseHeaders = u"security.allowResponseHeaders";
inline constexpr QStringView AllowHttpsOnly = u"security.allowHttpsOnly";
inline constexpr QStringView Whitelist = u"security.whitelist";
} // namespace Security

namespace Token { // [ours]
inline constexpr QStringView Source = u"token.source";
inline constexpr QStringView Url = u"token.url";
inline constexpr QStringView Grant = u"token.grant";
inline constexpr QStringView ClientId = u"token.clientId";
inline constexpr QStringView ClientSecret = u"token.clientSecret";
inline constexpr QStringView ClientSecretAsBasic = u"token.clientSecretAsBasic";
inline constexpr QStringView Scope = u"token.scope";
inline constexpr QStringView Audience = u"token.audience";
inline constexpr QStringView UserName = u"token.userName";
inline constexpr QStringView Password = u"token.password";
inline constexpr QStringView RefreshToken = u"token.refreshToken";
inline constexpr QStringView ExtraFields = u"token.extraFields";
inline constexpr QStringView Method = u"token.method";
inline constexpr QStringView Body = u"token.body";
inline constexpr QStringView Headers = u"token.headers";
inline constexpr QStringView TokenPath = u"token.tokenPath";
inline constexpr QStringView Placement = u"token.placement";
inline constexpr QStringView PlacementName = u"token.placementName";
inline constexpr QStringView ValuePrefix = u"token.valuePrefix";
} // namespace Token

namespace Proxy {
inline constexpr QStringView UseProxy = u"proxy.useProxy";
inline constexpr QStringView Address = u"proxy.address";
inline constexpr QStringView Password = u"proxy.password";
inline constexpr QStringView BypassOnLocal = u"proxy.bypassOnLocal";
inline constexpr QStringView UseDefaultCredentials = u"proxy.useDefaultCredentials";
} // namespace Proxy
// Every id above: what a test walks to find a field without a widget or a key without a field.
inline constexpr std::array All {
    Name,
    RememberSecrets,
    Provider,
    TrustedLocations,
    QueryParameters,
    AddMissingQueryParameters,
    QueryHeaders,
    Variables,
    Request::Url,
    Request::TimeoutSeconds,
    Request::ReadWriteTimeoutSeconds,
    Request::RetryFailedRequest,
    Request::RetryCodes,
    Request::Method,
    Request::RequestBody,
    Request::BodyEncoding,
    Request::HttpProtocol,
    Request::KeepAlive,
    Request::SendExpect100Continue,
    Request::AutoDetectResponseType,
    Request::CheckResponseTypeOnTestConnection,
    Request::KeyGenerationStrategy,
    Authentication::Schema,
    Authentication::UserName,
    Authentication::Password,
    Certificates::SkipServerCertificateValidation,
    Certificates::Source,
    Certificates::StoreLocation,
    Certificates::StoreName,
    Certificates::CertificateName,
    Certificates::PfxFilePath,
    Certificates::PfxPassword,
    Pagination::Type,
    Pagination::Offset::StartField,
    Pagination::Offset::StartFieldIsHeader,
    Pagination::Offset::StartValue,
    Pagination::Offset::CountField,
    Pagination::Offset::CountFieldIsHeader,
    Pagination::Offset::CountValue,
    Pagination::Offset::TotalPath,
    Pagination::Offset::DataPath,
    Pagination::NextPage::ParameterName,
    Pagination::NextPage::ParameterIsHeader,
    Pagination::NextPage::InitialValue,
    Pagination::NextPage::SizeParameterName,
    Pagination::NextPage::SizeValue,
    Pagination::NextPage::TotalPagesPath,
    Pagination::NextPage::IsLastPagePath,
    Pagination::NextPage::DataPath,
    Pagination::NextToken::ParameterName,
    Pagination::NextToken::ParameterIsHeader,
    Pagination::NextToken::TokenPath,
    Pagination::NextToken::TokenPathIsHeader,
    Pagination::NextToken::IsLastPagePath,
    Pagination::NextUrl::FieldPath,
    Pagination::NextUrl::FieldPathIsHeader,
    Security::AllowResponseHeaders,
    Security::AllowHttpsOnly,
    Security::Whitelist,
    Token::Source,
    Token::Url,
    Token::Grant,
    Token::ClientId,
    Token::ClientSecret,
    Token::ClientSecretAsBasic,
    Token::Scope,
    Token::Audience,
    Token::UserName,
    Token::Password,
    Token::RefreshToken,
    Token::ExtraFields,
    Token::Method,
    Token::Body,
    Token::Headers,
    Token::TokenPath,
    Token::Placement,
    Token::PlacementName,
    Token::ValuePrefix,
    Proxy::UseProxy,
    Proxy::Address,
    Proxy::Password,
    Proxy::BypassOnLocal,
    Proxy::UseDefaultCredentials,
};

// A secret header's own field, for the keychain entry that holds its value ("queryHeaders.Authorization").
inline QString queryHeader(QStringView name)
{
    return QueryHeaders.toString() + u'.' + name.toString();
}
// A secret header of the token's own request ("token.headers.X-Api-Key").
inline QString tokenHeader(QStringView name)
{
    return Token::Headers.toString() + u'.' + name.toString();
}

// A secret variable's own field, for the keychain entry that holds its test value ("variables.vKey").
inline QString variable(QStringView name)
{
    return Variables.toString() + u'.' + name.toString();
}

} // namespace Qonduit::FieldId
