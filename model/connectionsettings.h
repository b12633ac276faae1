// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Qonduit {

// One row of the form's name/value tables (query parameters, headers, trusted locations, whitelist).
struct NameValue
{
    QString name;
    QString value;
    bool operator==(const NameValue &) const = default;
};

// A Qlik variable the connection uses as $(name) in its URL, query parameters, headers or body [ours]:
// Qlik expands it at load time (in WITH CONNECTION); Qonduit sends the test value instead.
struct Variable
{
    QString name; // without $( )
    QString testValue; // secret ones: never in a file, a draft or a script unless asked
    bool secret = false;
    bool operator==(const Variable &) const = default;
};

enum class HttpMethod { Get, Post };
enum class HttpProtocol { Http10, Http11 };
enum class KeyGenerationStrategy { SequenceId, NoKeys, CurrentRecord, FullyQualifiedRecord };
enum class AuthSchema { Anonymous, Basic, Digest, Ntlm, CurrentWindowsUser };
enum class CertificateSource { None, Installed, FromFile };
enum class CertificateStoreLocation { CurrentUser, LocalMachine };
// .NET store names, in the order of Qlik's drop-down list.
enum class CertificateStoreName {
    My,
    Root,
    CA,
    TrustedPublisher,
    Disallowed,
    AuthRoot,
    TrustedPeople,
    AddressBook
};
enum class PaginationType { None, Offset, NextPage, NextToken, NextUrl, Custom };

// "Specifying the data retrieval method" in Qlik's form. Defaults are Qlik's.
struct RequestSettings
{
    QString url;
    int timeoutSeconds = 30;
    // Qlik's current connector (its Cloud connectionProperties): the longest wait for the next bytes
    // of an answer, and retries on the listed statuses. 300 s is .NET's ReadWriteTimeout default [ours].
    int readWriteTimeoutSeconds = 300;
    bool retryFailedRequest = false;
    QString retryCodes = QStringLiteral("500,502,503,504"); // comma-separated, kept as written
    HttpMethod method = HttpMethod::Get;
    QString requestBody; // POST only
    QString bodyEncoding = QStringLiteral("UTF-8"); // POST only
    HttpProtocol httpProtocol = HttpProtocol::Http11;
    bool keepAlive = true; // only meaningful with HTTP 1.0
    bool sendExpect100Continue = true; // POST only; Qlik writes true by default
    bool autoDetectResponseType = true;
    bool checkResponseTypeOnTestConnection = true;
    KeyGenerationStrategy keyGenerationStrategy = KeyGenerationStrategy::SequenceId;
    bool operator==(const RequestSettings &) const = default;
};

struct AuthenticationSettings
{
    AuthSchema schema = AuthSchema::Anonymous;
    QString userName;
    QString password; // secret: never in a Qlik Sense string, a file or a log
    bool operator==(const AuthenticationSettings &) const = default;
};

struct CertificateSettings
{
    bool skipServerCertificateValidation = false;
    CertificateSource source = CertificateSource::None;
    CertificateStoreLocation storeLocation = CertificateStoreLocation::CurrentUser; // Installed
    CertificateStoreName storeName = CertificateStoreName::My; // Installed
    QString certificateName; // Installed: subject or thumbprint
    QString pfxFilePath; // From file
    QString pfxPassword; // From file; secret
    bool operator==(const CertificateSettings &) const = default;
};

// Values such as start or page size are kept as text: the form lets them be empty, and an empty
// value is not the same as zero. The reader accepts only whole numbers there.
struct OffsetPagination
{
    QString startField;
    bool startFieldIsHeader = false;
    QString startValue;
    QString countField;
    bool countFieldIsHeader = false;
    QString countValue;
    QString totalPath;
    QString dataPath;
    bool operator==(const OffsetPagination &) const = default;
};

struct NextPagePagination
{
    QString parameterName;
    bool parameterIsHeader = false;
    QString initialValue;
    QString sizeParameterName;
    QString sizeValue;
    QString totalPagesPath;
    QString isLastPagePath;
    QString dataPath;
    bool operator==(const NextPagePagination &) const = default;
};

struct NextTokenPagination
{
    QString parameterName;
    bool parameterIsHeader = false;
    QString tokenPath;
    bool tokenPathIsHeader = false;
    QString isLastPagePath;
    bool operator==(const NextTokenPagination &) const = default;
};

struct NextUrlPagination
{
    QString fieldPath;
    bool fieldPathIsHeader = false;
    bool operator==(const NextUrlPagination &) const = default;
};

// Each kind keeps its own fields, so switching the type back and forth in the form loses nothing.
struct PaginationSettings
{
    PaginationType type = PaginationType::None;
    OffsetPagination offset;
    NextPagePagination nextPage;
    NextTokenPagination nextToken;
    NextUrlPagination nextUrl;
    bool operator==(const PaginationSettings &) const = default;
};

// A token fetched before the data request [ours]: Qlik's connector has no OAuth 2.0, so the script
// fetches it with a connection of its own and sends it WITH CONNECTION.
enum class TokenSource { None, OAuth2, Request };
enum class OAuthGrant { ClientCredentials, Password, RefreshToken };
enum class TokenPlacement { Header, QueryParameter };

struct TokenSettings
{
    TokenSource source = TokenSource::None;
    QString url; // the token endpoint, or the login request's URL
    // OAuth 2.0 (RFC 6749): the grant and the client.
    OAuthGrant grant = OAuthGrant::ClientCredentials;
    QString clientId;
    QString clientSecret; // secret
    bool clientSecretAsBasic = false; // the client's credentials as Basic instead of in the body
    QString scope;
    QString audience;
    QString userName; // the password grant
    QString password; // secret
    QString refreshToken; // secret; the refresh grant
    QList<NameValue> extraFields; // more fields of the token request's form
    // A token from another request: its method, body and headers (the URL is `url`).
    HttpMethod method = HttpMethod::Post;
    QString body;
    QList<NameValue> headers;
    // Where the answer has it (a path as in pagination) and how the data request sends it.
    QString tokenPath = QStringLiteral("access_token");
    TokenPlacement placement = TokenPlacement::Header;
    QString placementName = QStringLiteral("Authorization");
    QString valuePrefix = QStringLiteral("Bearer ");
    bool operator==(const TokenSettings &) const = default;
};

struct SecuritySettings
{
    bool allowResponseHeaders = false;
    bool allowHttpsOnly = false;
    QList<NameValue> whitelist; // name = alias, value = URL
    bool operator==(const SecuritySettings &) const = default;
};

struct ProxySettings
{
    bool useProxy = false;
    bool bypassOnLocal = false;
    bool useDefaultCredentials = true;
    QString address;
    QString password; // secret: for the user name in the address; never in a string or a file
    bool operator==(const ProxySettings &) const = default;
};

// One key=value pair exactly as it stood in a connection string that was read.
struct RawPair
{
    QString key;
    QString rawValue; // still escaped
    qsizetype keyPosition = 0; // 1-based character position in the text that was read; 0 = unknown
    qsizetype valuePosition = 0;
    bool operator==(const RawPair &other) const { return key == other.key && rawValue == other.rawValue; }
};

// What a connection string that was read looked like. Writing the settings back keeps its key order,
// spelling, quote style and unknown keys, and every value the user did not change byte for byte.
struct ConnectionStringLayout
{
    QChar quote = u'"';
    QList<RawPair> pairs;
    bool endsWithSeparator = true; // Qlik ends the last pair with ';' but accepts it without
    bool isEmpty() const { return pairs.isEmpty(); }
    bool operator==(const ConnectionStringLayout &) const = default;
};

// Every field of Qlik's "Create new connection (REST)" form, in the form's groups and order.
struct ConnectionSettings
{
    RequestSettings request;
    AuthenticationSettings authentication;
    CertificateSettings certificates;
    QList<NameValue> trustedLocations; // name = alias, value = URL with port
    QList<NameValue> queryParameters;
    bool addMissingQueryParameters = false;
    QList<NameValue> queryHeaders;
    PaginationSettings pagination;
    SecuritySettings security;
    ProxySettings proxy;
    QString name;
    QList<Variable> variables; // [ours] the $(name)s used above, with the values to test with
    TokenSettings token; // [ours] a token to fetch first
    bool rememberSecrets = false; // [ours] not Qlik's: keep this connection's secrets in the system keychain
    ConnectionStringLayout layout; // empty for a connection made from scratch
    bool operator==(const ConnectionSettings &) const = default;
};

} // namespace Qonduit
