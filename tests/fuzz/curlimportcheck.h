// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// What must hold for any text handed to the curl import: no crash, an error with a message, or
// settings whose connection string reads back. Returns what went wrong, or an empty string.
QString checkCurlImport(const QByteArray &bytes);
