// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <optional>

// qonduit-cli sample-api ... and qonduit-cli test ...; arguments after the command. Return the exit code.
int runSampleApiCommand(const QStringList &arguments);
int runTestCommand(const QStringList &arguments);
int runTokenCommand(const QStringList &arguments);

// --user, --password-env, --pfx-password-env: shared by the commands that send requests.
struct CredentialOptions
{
    CredentialOptions();
    void addTo(QCommandLineParser &parser) const;
    // False (with the reason printed) when a named environment variable is not set.
    bool apply(const QCommandLineParser &parser, Qonduit::ConnectionSettings &settings) const;
    QCommandLineOption user;
    QCommandLineOption passwordEnv;
    QCommandLineOption pfxPasswordEnv;
    QCommandLineOption proxyPasswordEnv;
    // Test values of the connection's $(variables): --var NAME=VALUE, and --var-env NAME=ENVVAR for a
    // secret one.
    QCommandLineOption var;
    QCommandLineOption varEnv;
    // The token's secrets [ours], from the environment as every secret.
    QCommandLineOption clientSecretEnv;
    QCommandLineOption tokenPasswordEnv;
    QCommandLineOption refreshTokenEnv;
};

// The secret held by the environment variable an option names: secrets never come on the command line,
// where any user can see them. Empty when the option is not given; nothing (with the reason printed)
// when the variable is not set.
std::optional<QString> secretFromEnvironment(
    const QCommandLineParser &parser, const QCommandLineOption &option);

// The start every command that takes a connection shares: the credential options and one INPUT are
// added to `parser`, the arguments parsed, `check` asked for the command's own rules (an error text,
// empty when all is well), the connection read and the credentials applied. On any problem the
// reason (and for usage errors the usage) is printed and nothing returned: the command exits 2.
std::optional<Qonduit::ConnectionSettings> readConnectionCommand(QCommandLineParser &parser,
    const QString &command, const QStringList &arguments, const QString &usage,
    const std::function<QString()> &check = {});
