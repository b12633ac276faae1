// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"

#include <QNetworkProxyFactory>

namespace Qonduit {

// The proxy a connection's requests go through, as its proxy keys say [ours where Qlik is silent]:
// useProxy=false: the system's proxy settings (http_proxy and friends on Linux); useProxy=true with no
// proxyAddress: no proxy at all; with an address: that HTTP proxy, its user name from the address
// (http://user@proxy:3128), local addresses direct when proxyBypassOnLocal is on.
class ConnectionProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ConnectionProxyFactory(const ProxySettings &settings);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // Loopback, *.local and single-label host names.
    static bool isLocal(const QString &host);

private:
    ProxySettings m_settings;
};

// A password written into the proxy address (http://user:pw@proxy:3128) would land in the connection
// string: a sentence refusing it, empty when the address holds none. Used by the validator and the engine.
QString proxyAddressProblem(const ProxySettings &settings);

} // namespace Qonduit
