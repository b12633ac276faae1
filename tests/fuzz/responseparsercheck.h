// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// The schema pass over any bytes, in every format, with and without a NUL after the text: it must
// end (with a message or without), and the tables must hold together: one namespace for table and
// field names, rows as wide as their fields, parents that exist, counts that add up.
// Returns what is wrong, empty when all holds.
QString checkResponseParsers(const QByteArray &input);
