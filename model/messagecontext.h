// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

// The contexts translators see for the model's messages, one per area, so that a message reads
// Messages::ConnectionString::tr("...") wherever it is made. QObject classes (RequestEngine, PageWalker,
// Publisher, SecretStore) use their own tr().
namespace Qonduit::Messages {

struct Authentication
{
    Q_DECLARE_TR_FUNCTIONS(Authentication)
};

struct ConnectionFile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFile)
};

struct ConnectionString
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionString)
};

struct ConnectionValidator
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionValidator)
};

struct CurlImport
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)
};

struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct Proxy
{
    Q_DECLARE_TR_FUNCTIONS(Proxy)
};

struct RequestPlan
{
    Q_DECLARE_TR_FUNCTIONS(RequestPlan)
};

struct ResponseType
{
    Q_DECLARE_TR_FUNCTIONS(ResponseType)
};

struct TokenRequest
{
    Q_DECLARE_TR_FUNCTIONS(TokenRequest)
};

struct ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)
};

struct SchemaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SchemaBuilder)
};

struct Selection
{
    Q_DECLARE_TR_FUNCTIONS(Selection)
};

} // namespace Qonduit::Messages
