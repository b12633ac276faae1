// SPDX-License-Identifier: MIT
#pragma once

// What the document readers share: a fresh form, a URL split as Qlik's form has it, JSON paths.
#include "connectionsettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace Qonduit::ImportHelpers {

// A new connection for an imported request: nothing of the old request stays, but its name, proxy and
// certificates (which the documents do not carry) do.
ConnectionSettings freshFrom(const ConnectionSettings &base);
// The URL without its query, whose items go to the query parameters table as Qlik's form has them.
void setUrl(ConnectionSettings &settings, const QString &url);
// Adds a header, or replaces the value of one of the same name (case-insensitive).
void setHeader(QList<NameValue> &headers, const QString &name, const QString &value);
bool hasHeader(const QList<NameValue> &headers, const QString &name);
// The body's Content-Type, unless the request names one of its own.
void addContentType(ConnectionSettings &settings, const QString &type);
// Qlik sends a body with POST only: a GET's body is dropped, and said so in `unmapped`.
void dropBodyOfGet(ConnectionSettings &settings, QStringList *unmapped);
// The variables the request uses, added with their test values from `values` (each made Qlik's by
// `convert`); returns the names that have no value there, added with an empty one.
QStringList addUsedVariables(ConnectionSettings &settings, const QList<Variable> &values,
    const std::function<QString(const QString &)> &convert);
// A method Qlik's REST connector sends, or the sentence why not.
QString whyNotMethod(const QString &method);
HttpMethod methodOf(const QString &method);
// Text for a JSON value in a form field: strings as they are, others as compact JSON.
QString textOf(const QJsonValue &value);
// key=value&... form encoding of an object's fields (a form body).
QString formEncoded(const QList<NameValue> &fields);
// A secret variable of the connection, added once, referred to as $(name).
QString secretVariable(ConnectionSettings &settings, const QString &name, const QString &value = {});
// {{name}} (Postman, Insomnia's {{ _.name }}) as Qlik's $(name); names that are not plain stay and are
// listed.
QString withQlikVariables(const QString &text, QStringList *unknown = nullptr);

} // namespace Qonduit::ImportHelpers
