// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// What must hold for any input a user can hand the connection reader, checked by the fuzzer and by
// the replay test alike. Returns what went wrong, or an empty string.
QString checkConnectionInput(const QByteArray &bytes);
