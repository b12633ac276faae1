// SPDX-License-Identifier: MIT
#include "proxyfactory.h"

#include "messagecontext.h"

#include <QHostAddress>
#include <QUrl>

namespace Qonduit {

ConnectionProxyFactory::ConnectionProxyFactory(const ProxySettings &settings)
    : m_settings(settings)
{
}

bool ConnectionProxyFactory::isLocal(const QString &host)
{
    const QHostAddress address(host);
    if (!address.isNull())
        return address.isLoopback();
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0
        || host.endsWith(u".local", Qt::CaseInsensitive) || !host.contains(u'.');
}

QList<QNetworkProxy> ConnectionProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (!m_settings.useProxy)
        return systemProxyForQuery(query);
    const QString address = m_settings.address.trimmed();
    if (address.isEmpty() || (m_settings.bypassOnLocal && isLocal(query.peerHostName())))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QUrl url(address.contains(u"://") ? address : QStringLiteral("http://") + address);
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, url.host(), quint16(url.port(8080)));
    proxy.setUser(url.userName());
    proxy.setPassword(m_settings.password);
    return {proxy};
}

QString proxyAddressProblem(const ProxySettings &settings)
{
    const QString address = settings.address.trimmed();
    if (address.isEmpty())
        return {};
    const QUrl url(address.contains(u"://") ? address : QStringLiteral("http://") + address);
    if (url.password().isEmpty())
        return {};
    return Messages::Proxy::tr(
        "The proxy address holds a password, which would be written into the connection string: "
        "remove it from the address (keep http://%1@...) and give it as the proxy password "
        "(qonduit-cli: --proxy-password-env). Nothing was sent.")
        .arg(url.userName());
}

} // namespace Qonduit
