// SPDX-License-Identifier: MIT
#pragma once

#include "expected.h"

#include <QByteArray>
#include <QList>
#include <QTcpServer>

namespace Qonduit {

// A forward HTTP proxy on 127.0.0.1 for the proxy tests: it records each request's target and its
// Proxy-Authorization, asks for Basic credentials with 407 when told to, and answers every request
// itself with {"via": "proxy", "target": "<the absolute URL asked for>"} instead of forwarding it.
class ForwardProxy : public QTcpServer
{
    Q_OBJECT

public:
    explicit ForwardProxy(QObject *parent = nullptr);
    Expected<void, QString> start();
    // "user:password" that must come as Basic credentials; empty: none needed.
    void requireCredentials(const QByteArray &userAndPassword) { m_credentials = userAndPassword; }
    QList<QByteArray> targets() const { return m_targets; } // request lines' targets that were answered

private:
    void serve(QTcpSocket *socket);

    QByteArray m_credentials;
    QList<QByteArray> m_targets;
};

} // namespace Qonduit
