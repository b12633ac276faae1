#pragma once

#include <QStringList>

// qonduit-cli sample-api ... and qonduit-cli test ...; arguments after the command. Return the exit code.
int runSampleApiCommand(const QStringList &arguments);
int runTestCommand(const QStringList &arguments);
