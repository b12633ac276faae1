// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "expected.h"
#include "requestplan.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The token a connection fetches before its data request [ours]: what is sent for it and what its
// answer means. Pure functions, as RequestPlan is for the data request: tested without a network.
namespace Qonduit::TokenRequest {

struct Token
{
    QString value;
    std::optional<qint64> expiresIn; // seconds, when the answer says
    QString refreshToken;
    QList<NameValue> fields; // the answer's other top-level fields, as text
};

// The OAuth 2.0 form (RFC 6749 4.4, 4.3, 6): grant_type and its fields, the client's credentials unless
// they go as Basic, scope, audience and the extra fields; urlencoded.
QByteArray formBody(const TokenSettings &token);
// The request that fetches the token: POST of the form for OAuth 2.0, the login request as it is
// written otherwise.
Expected<RequestPlan, QString> planFor(const TokenSettings &token);
// The token at `tokenPath` (slash-separated, `root/` first or not) in a 2xx JSON answer, or the
// sentence that says why there is none: the OAuth error and its description where the server gives
// them.
Expected<Token, QString> readAnswer(int status, const QByteArray &body, const TokenSettings &token);
// The token request as a connection of its own, "<name> (token)", for Qlik's connector to POST the
// form and read the answer as JSON: what the script connects to and what publishing creates. Its
// secrets as they are, or as the variables of SecretVariables for a script without secrets.
enum class Secrets { Values, Variables };
// "<name> (token)" [ours]: the token connection's name beside the data connection's.
QString connectionName(const QString &dataConnection);
ConnectionSettings connectionFor(const ConnectionSettings &settings, Secrets secrets);
inline const QStringList SecretVariables {QStringLiteral("vClientSecret"), QStringLiteral("vTokenPassword"),
    QStringLiteral("vRefreshToken"), QStringLiteral("vClientAuthorization")};
// A secret header of the token's own request as a variable in a script without secrets:
// vTokenXApiKey, apart from the data request's vXApiKey.
QString headerVariableName(const QString &header);
// Whether a variable of the token connection is one of its secrets, stubbed in the script.
bool isSecretVariable(const TokenSettings &token, const QString &name);
// The token's secrets as they appear in that connection (raw, form-encoded, inside Basic): what a dry
// run masks.
QStringList secretTextsOf(const TokenSettings &token);

// The settings with the token where the data request sends it: a header (Authorization: Bearer ...)
// or a query parameter, replacing one of the same name.
ConnectionSettings withToken(ConnectionSettings settings, const QString &token);

} // namespace Qonduit::TokenRequest
