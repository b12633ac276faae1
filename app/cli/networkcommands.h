#pragma once

#include "connectionsettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

// qonduit-cli sample-api ... and qonduit-cli test ...; arguments after the command. Return the exit code.
int runSampleApiCommand(const QStringList &arguments);
int runTestCommand(const QStringList &arguments);

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
};

// A connection string or .qonduit file; on failure prints why and returns nothing.
std::optional<Qonduit::ConnectionSettings> readConnection(const QString &pathOrDash);
