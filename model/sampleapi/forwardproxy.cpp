// SPDX-License-Identifier: MIT
#include "forwardproxy.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace Qonduit {

ForwardProxy::ForwardProxy(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

Expected<void, QString> ForwardProxy::start()
{
    if (listen(QHostAddress::LocalHost, 0))
        return {};
    return errorString();
}

void ForwardProxy::serve(QTcpSocket *socket)
{
    // Requests here have no body: the head is enough.
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    socket->setProperty("head", QByteArray());
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray authorization;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("proxy-authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    QByteArray response;
    if (!m_credentials.isEmpty() && authorization != "Basic " + m_credentials.toBase64()) {
        response
            = "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\"\r\n"
              "Content-Length: 0\r\n\r\n";
    } else {
        const QByteArray target = requestLine.value(1);
        m_targets.append(target);
        const QByteArray body = "{\"via\": \"proxy\", \"target\": \"" + target + "\"}";
        response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    socket->write(response);
}

} // namespace Qonduit
