// SPDX-License-Identifier: MIT
#pragma once

#include "settingsdump.h"

#include <QList>

#include <utility>

namespace Qonduit::Testing {

using namespace Qt::StringLiterals;

// One change per field of the form; everyFieldIsChanged() proves the list misses none.
inline QList<std::pair<const char *, SettingsEdit>> oneEditPerField()
{
    using S = ConnectionSettings;
    return {
        {"name", [](S &s) { s.name = u"Orders API"_s; }},
        {"url", [](S &s) { s.request.url = u"https://api.example.com/v2?a=b;c"_s; }},
        {"timeout", [](S &s) { s.request.timeoutSeconds = 120; }},
        {"read/write timeout", [](S &s) { s.request.readWriteTimeoutSeconds = 45; }},
        {"retry failed request", [](S &s) { s.request.retryFailedRequest = true; }},
        {"retry codes", [](S &s) { s.request.retryCodes = u"429,503"_s; }},
        {"method", [](S &s) { s.request.method = HttpMethod::Post; }},
        {"request body", [](S &s) { s.request.requestBody = u"{\"from\": \"2024-01-01\"}\n"_s; }},
        {"body encoding", [](S &s) { s.request.bodyEncoding = u"UTF-16"_s; }},
        {"http protocol", [](S &s) { s.request.httpProtocol = HttpProtocol::Http10; }},
        {"keep-alive", [](S &s) { s.request.keepAlive = false; }},
        {"expect 100-continue", [](S &s) { s.request.sendExpect100Continue = false; }},
        {"auto detect", [](S &s) { s.request.autoDetectResponseType = false; }},
        {"check response type", [](S &s) { s.request.checkResponseTypeOnTestConnection = false; }},
        {"key generation",
            [](S &s) { s.request.keyGenerationStrategy = KeyGenerationStrategy::FullyQualifiedRecord; }},
        {"auth schema", [](S &s) { s.authentication.schema = AuthSchema::Digest; }},
        {"user name", [](S &s) { s.authentication.userName = u"DOMAIN\\analyst"_s; }},
        {"skip validation", [](S &s) { s.certificates.skipServerCertificateValidation = true; }},
        {"use certificate", [](S &s) { s.certificates.source = CertificateSource::Installed; }},
        {"store location",
            [](S &s) { s.certificates.storeLocation = CertificateStoreLocation::LocalMachine; }},
        {"store name", [](S &s) { s.certificates.storeName = CertificateStoreName::AddressBook; }},
        {"certificate name", [](S &s) { s.certificates.certificateName = u"CN=client"_s; }},
        {"pfx file", [](S &s) { s.certificates.pfxFilePath = u"C:\\certs\\client.pfx"_s; }},
        {"trusted locations",
            [](S &s) {
                s.trustedLocations = {{u"qrs"_s, u"https://qs:4242"_s}};
            }},
        {"query parameters",
            [](S &s) {
                s.queryParameters = {{u"q"_s, u"a=b"_s}, {u"e"_s, {}}};
            }},
        {"add missing", [](S &s) { s.addMissingQueryParameters = true; }},
        {"query headers",
            [](S &s) {
                s.queryHeaders = {{u"Accept"_s, u"application/json"_s}};
            }},
        {"variables",
            [](S &s) {
                s.variables = {{u"vFrom"_s, u"2024-01-01"_s, false}, {u"vKey"_s, QString(), true}};
            }},
        {"token first",
            [](S &s) {
                s.token.source = TokenSource::OAuth2;
                s.token.url = u"https://login.example.com/oauth/token"_s;
                s.token.grant = OAuthGrant::Password;
                s.token.clientId = u"client"_s;
                s.token.clientSecretAsBasic = true;
                s.token.scope = u"read"_s;
                s.token.audience = u"https://api"_s;
                s.token.userName = u"ann"_s;
                s.token.extraFields = {{u"resource"_s, u"r"_s}};
                s.token.tokenPath = u"data/jwt"_s;
                s.token.placement = TokenPlacement::QueryParameter;
                s.token.placementName = u"access_token"_s;
                s.token.valuePrefix = QString();
            }},
        {"token from a request",
            [](S &s) {
                s.token.source = TokenSource::Request;
                s.token.method = HttpMethod::Get;
                s.token.body = u"{}"_s;
                s.token.headers = {{u"X-Login"_s, u"1"_s}};
            }},
        {"pagination type", [](S &s) { s.pagination.type = PaginationType::NextToken; }},
        {"offset start field", [](S &s) { s.pagination.offset.startField = u"start"_s; }},
        {"offset start header", [](S &s) { s.pagination.offset.startFieldIsHeader = true; }},
        {"offset start value", [](S &s) { s.pagination.offset.startValue = u"0"_s; }},
        {"offset count field", [](S &s) { s.pagination.offset.countField = u"count"_s; }},
        {"offset count header", [](S &s) { s.pagination.offset.countFieldIsHeader = true; }},
        {"offset count value", [](S &s) { s.pagination.offset.countValue = u"100"_s; }},
        {"offset total path", [](S &s) { s.pagination.offset.totalPath = u"meta/total"_s; }},
        {"offset data path", [](S &s) { s.pagination.offset.dataPath = u"data"_s; }},
        {"next page parameter", [](S &s) { s.pagination.nextPage.parameterName = u"page"_s; }},
        {"next page header", [](S &s) { s.pagination.nextPage.parameterIsHeader = true; }},
        {"next page initial", [](S &s) { s.pagination.nextPage.initialValue = u"1"_s; }},
        {"next page size parameter", [](S &s) { s.pagination.nextPage.sizeParameterName = u"size"_s; }},
        {"next page size", [](S &s) { s.pagination.nextPage.sizeValue = u"50"_s; }},
        {"next page total", [](S &s) { s.pagination.nextPage.totalPagesPath = u"pages"_s; }},
        {"next page is last", [](S &s) { s.pagination.nextPage.isLastPagePath = u"last"_s; }},
        {"next page data", [](S &s) { s.pagination.nextPage.dataPath = u"items"_s; }},
        {"next token parameter", [](S &s) { s.pagination.nextToken.parameterName = u"cursor"_s; }},
        {"next token parameter header", [](S &s) { s.pagination.nextToken.parameterIsHeader = true; }},
        {"next token path", [](S &s) { s.pagination.nextToken.tokenPath = u"next"_s; }},
        {"next token path header", [](S &s) { s.pagination.nextToken.tokenPathIsHeader = true; }},
        {"next token is last", [](S &s) { s.pagination.nextToken.isLastPagePath = u"done"_s; }},
        {"next url path", [](S &s) { s.pagination.nextUrl.fieldPath = u"links/next"_s; }},
        {"next url header", [](S &s) { s.pagination.nextUrl.fieldPathIsHeader = true; }},
        {"allow response headers", [](S &s) { s.security.allowResponseHeaders = true; }},
        {"https only", [](S &s) { s.security.allowHttpsOnly = true; }},
        {"whitelist",
            [](S &s) {
                s.security.whitelist = {{u"cdn"_s, u"https://cdn/"_s}};
            }},
        {"use proxy", [](S &s) { s.proxy.useProxy = true; }},
        {"proxy bypass", [](S &s) { s.proxy.bypassOnLocal = true; }},
        {"proxy credentials", [](S &s) { s.proxy.useDefaultCredentials = false; }},
        {"proxy address", [](S &s) { s.proxy.address = u"http://proxy:3128"_s; }},
    };
}

} // namespace Qonduit::Testing
