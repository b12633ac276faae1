// SPDX-License-Identifier: MIT
#include "sampleapiserver.h"

#include "ntlmmessages.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace Qonduit {

namespace {

using namespace Qt::StringLiterals;

constexpr int PagedItems = 25;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QJsonArray orders()
{
    const auto line = [](const char *sku, int qty, double price) {
        return QJsonObject {{u"sku"_s, QString::fromLatin1(sku)}, {u"qty"_s, qty}, {u"price"_s, price}};
    };
    const auto order = [](int id, const char *status, const char *created, QJsonObject customer,
                           QJsonArray lines, QJsonArray tags) {
        double total = 0;
        for (const auto &l : std::as_const(lines))
            total += l[u"qty"_s].toInt() * l[u"price"_s].toDouble();
        return QJsonObject {{u"id"_s, id}, {u"status"_s, QString::fromLatin1(status)},
            {u"created"_s, QString::fromLatin1(created)}, {u"total"_s, total}, {u"customer"_s, customer},
            {u"lines"_s, lines}, {u"tags"_s, tags}};
    };
    const auto customer = [](int id, const char *name, const char *country) {
        return QJsonObject {{u"id"_s, id}, {u"name"_s, QString::fromUtf8(name)},
            {u"country"_s, QString::fromLatin1(country)}};
    };
    return {
        order(1001, "open", "2026-11-01T09:30:00Z", customer(7, "Ada Lovelace", "GB"),
            {line("A-100", 2, 5.0), line("B-200", 1, 15.5)}, {u"priority"_s}),
        order(1002, "shipped", "2026-11-02T14:05:00Z", customer(8, "Grace Hopper", "US"),
            {line("C-300", 10, 1.25)}, {}),
        order(1003, "open", "2026-11-03T08:00:00Z", customer(9, "Åsa Öberg", "SE"),
            {line("A-100", 1, 5.0), line("D-400", 3, 7.0), line("E-500", 1, 99.0)},
            {u"gift"_s, u"priority"_s}),
    };
}

QJsonArray pagedItems(int from, int count)
{
    QJsonArray items;
    for (int i = std::max(0, from); i < std::min(PagedItems, from + count); ++i)
        items.append(QJsonObject {{u"id"_s, i + 1}, {u"name"_s, u"Item %1"_s.arg(i + 1)}});
    return items;
}

QByteArray md5Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
}

// The key="value" pairs of a Digest Authorization header.
QHash<QByteArray, QByteArray> digestFields(QByteArray header)
{
    QHash<QByteArray, QByteArray> fields;
    header = header.mid(header.indexOf(' ') + 1);
    qsizetype i = 0;
    while (i < header.size()) {
        while (i < header.size() && (header[i] == ' ' || header[i] == ','))
            ++i;
        const qsizetype equals = header.indexOf('=', i);
        if (equals < 0)
            break;
        const QByteArray key = header.mid(i, equals - i).trimmed();
        i = equals + 1;
        QByteArray value;
        if (i < header.size() && header[i] == '"') {
            const qsizetype close = header.indexOf('"', i + 1);
            value = header.mid(i + 1, (close < 0 ? header.size() : close) - i - 1);
            i = close < 0 ? header.size() : close + 1;
        } else {
            const qsizetype comma = header.indexOf(',', i);
            value = header.mid(i, (comma < 0 ? header.size() : comma) - i).trimmed();
            i = comma < 0 ? header.size() : comma + 1;
        }
        fields.insert(key, value);
    }
    return fields;
}

} // namespace

struct SampleApiServer::Context
{
    const QHttpServerRequest &request;
    QPointer<QTcpSocket> socket;
    QUrlQuery query;

    QByteArray header(const QByteArray &name) const { return request.value(name); }
    QString parameter(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    int intParameter(const QString &name, int fallback) const
    {
        bool ok = false;
        const int value = parameter(name).toInt(&ok);
        return ok ? value : fallback;
    }

    // Writes a whole response; keeps the connection unless the client asked to close it.
    void reply(
        int status, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body) const
    {
        if (!socket)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(out);
        if (header("Connection").compare("close", Qt::CaseInsensitive) == 0)
            socket->disconnectFromHost();
    }
    void json(
        int status, const QJsonValue &value, QList<std::pair<QByteArray, QByteArray>> headers = {}) const
    {
        headers.prepend({"Content-Type", "application/json; charset=utf-8"});
        const QByteArray body = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        reply(status, headers, body);
    }
    QByteArray urlFor(const QString &pathAndQuery) const
    {
        return (request.url().scheme() + u"://"_s + QString::fromLatin1(header("Host")) + pathAndQuery)
            .toUtf8();
    }
};

SampleApiServer::SampleApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

SampleApiServer::~SampleApiServer() = default;

bool SampleApiServer::start(quint16 port, const TlsOptions *tls, QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(tls->certificate);
        configuration.setPrivateKey(tls->privateKey);
        if (!tls->clientCertificateAuthorities.isEmpty()) {
            configuration.setCaCertificates(tls->clientCertificateAuthorities);
            configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        } else {
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        sslServer->setSslConfiguration(configuration);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return false;
    }
    bind(server);
    m_port = server->serverPort();
    m_tls = tls != nullptr;
    if (!tls) {
        auto *alias = new QTcpServer(this);
        if (alias->listen(QHostAddress(u"127.0.0.2"_s), m_port)) {
            bind(alias);
            m_aliasHost = u"127.0.0.2"_s;
        } else {
            delete alias;
        }
    }
    return true;
}

QUrl SampleApiServer::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port));
}

void SampleApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Context context {request, socket, QUrlQuery(request.url())};
    context.json(404, QJsonObject {{u"error"_s, u"no such route: "_s + request.url().path()}});
}

bool SampleApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ReceivedRequest received;
    received.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    received.path = request.url().path();
    received.host = request.value("Host");
    received.authorization = request.value("Authorization");
    for (const auto &[name, value] : request.headers())
        received.headers.insert(name.toLower(), value);
    received.body = request.body();
    received.peerPort = socket->peerPort();
    // A sample API left running must not grow without end: the latest requests are enough for tests.
    if (m_received.size() >= 1000)
        m_received.removeFirst();
    m_received.append(received);

    const auto route = routes().find(request.url().path());
    if (route == routes().end())
        return false;
    Context context {request, socket, QUrlQuery(request.url())};
    (*route)(*this, context);
    return true;
}

// Creates a QRS data connection. Qlik stores a connection string that ends at its closing quote, never
// with the script's ';'.
void SampleApiServer::qrsCreate(SampleApiServer &server, Context &c)
{
    // The xrfkey: 16 characters, the same in the query and in X-Qlik-Xrfkey.
    // Seed 003: "Unauthorized: Authentication failed or Xrfkey missing".
    const QString key
        = c.parameter(u"xrfkey"_s).isEmpty() ? c.parameter(u"Xrfkey"_s) : c.parameter(u"xrfkey"_s);
    if (key.size() != 16 || c.header("X-Qlik-Xrfkey") != key.toLatin1()) {
        c.json(401, QJsonObject {{u"message"_s, u"XSRF prevention check failed"_s}});
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(c.request.body()).object();
    const QString name = body.value(u"name"_s).toString();
    if (name.isEmpty() || body.value(u"type"_s).toString() != u"QvRestConnector.exe"
        || !body.value(u"connectionstring"_s).toString().startsWith(u"CUSTOM CONNECT TO ")
        || !body.value(u"connectionstring"_s).toString().endsWith(u'"')) {
        c.json(400,
            QJsonObject {{u"error"_s,
                u"name, connectionstring (ending at its closing quote) and type QvRestConnector.exe are required"_s}});
    } else if (server.m_dataConnections.contains(name)) {
        c.json(409, QJsonObject {{u"error"_s, u"Duplicate name"_s}});
    } else {
        server.m_dataConnections.insert(name);
        c.json(201,
            QJsonObject {{u"id"_s,
                             u"6a1e3f50-0000-4000-8000-%1"_s.arg(
                                 server.m_dataConnections.size(), 12, 10, QLatin1Char('0'))},
                {u"name"_s, name}, {u"connectionstring"_s, body.value(u"connectionstring"_s)},
                {u"type"_s, u"QvRestConnector.exe"_s}});
    }
}

// Data in every format the connector reads.
std::vector<SampleApiServer::Route> SampleApiServer::dataRoutes()
{
    return {
        {u"/orders"_s, u"/orders"_s,
            u"nested JSON: orders with a customer object, an array of lines and an array of tags"_s,
            [](SampleApiServer &, Context &c) {
                c.json(200, QJsonObject {{u"total"_s, 3}, {u"orders"_s, orders()}});
            }},
        {u"/numbers"_s, u"/numbers"_s, u"a JSON array of numbers"_s,
            [](SampleApiServer &, Context &c) {
                c.json(200, QJsonArray {1, 2, 3, 5, 8, 13});
            }},
        {u"/catalog.xml"_s, u"/catalog.xml"_s, u"XML with attributes and repeated elements"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "application/xml; charset=utf-8"}},
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<catalog updated=\"2026-11-01\">\n"
                    "  <product id=\"A-100\" currency=\"EUR\"><name>Widget</name><price>5.00</price>"
                    "<tag>tools</tag><tag>small</tag></product>\n"
                    "  <product id=\"B-200\" currency=\"EUR\"><name>Gadget &amp; "
                    "Co</name><price>15.50</price>"
                    "<tag>gifts</tag></product>\n"
                    "  <note lang=\"en\">Prices include VAT</note>\n"
                    "</catalog>\n");
            }},
        {u"/users.csv"_s, u"/users.csv"_s, u"CSV with a header row and quoted fields"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "text/csv; charset=utf-8"}},
                    "user_id,name,city,distance\r\n"
                    "1,\"Lovelace, Ada\",London,12.5\r\n"
                    "2,\"Hopper, Grace \"\"Amazing\"\"\",New York,3\r\n"
                    "3,Åsa Öberg,Göteborg,\r\n");
            }},
        {u"/raw.csv"_s, u"/raw.csv"_s, u"CSV without a header row"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "text/csv"}}, "1;open;25.5\n2;shipped;12.5\n3;open;110\n");
            }},
        {u"/empty"_s, u"/empty"_s, u"an empty JSON array"_s,
            [](SampleApiServer &, Context &c) { c.json(200, QJsonArray()); }},
    };
}

// A body of any size, made as it is sent.
std::vector<SampleApiServer::Route> SampleApiServer::bigRoutes()
{
    return {
        {u"/big"_s, u"/big?mb=N"_s, u"N megabytes of order-like JSON"_s,
            [](SampleApiServer &, Context &c) {
                // Streamed in chunks as the socket drains, so that a gigabyte costs no gigabyte of memory.
                struct Stream
                {
                    qint64 wanted = 0;
                    qint64 sent = 0;
                    int record = 0;
                    QList<QByteArray> samples;
                    QMetaObject::Connection drain;
                };
                auto stream = std::make_shared<Stream>();
                stream->wanted = std::clamp<qint64>(c.intParameter(u"mb"_s, 1), 0, 4096) * 1024 * 1024;
                for (const auto &order : orders())
                    stream->samples.append(QJsonDocument(order.toObject()).toJson(QJsonDocument::Compact));
                QPointer<QTcpSocket> socket = c.socket;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                              "chunked\r\n\r\n");
                const auto pump = [socket, stream] {
                    if (!socket)
                        return;
                    while (socket->bytesToWrite() < 4 * 1024 * 1024 && stream->record >= 0) {
                        QByteArray chunk = stream->record == 0 ? QByteArray("{\"orders\":[") : QByteArray();
                        while (chunk.size() < 512 * 1024
                            && (stream->sent + chunk.size() < stream->wanted || stream->record == 0)) {
                            const QByteArray &order
                                = stream->samples[stream->record % stream->samples.size()];
                            if (stream->record > 0)
                                chunk += ',';
                            // A sequence number first, so that every record differs.
                            chunk += "{\"seq\":" + QByteArray::number(stream->record) + ',' + order.mid(1);
                            ++stream->record;
                        }
                        const bool last = stream->sent + chunk.size() >= stream->wanted;
                        if (last)
                            chunk += "]}";
                        stream->sent += chunk.size();
                        socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                        if (last) {
                            socket->write("0\r\n\r\n");
                            stream->record = -1;
                            QObject::disconnect(stream->drain);
                        }
                    }
                };
                stream->drain = QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                pump();
            }},
    };
}

// Pagination, one route per kind.
std::vector<SampleApiServer::Route> SampleApiServer::pagedRoutes()
{
    return {
        {u"/paged/offset"_s, u"/paged/offset?start=&count="_s, u"Offset pagination: meta.total and data"_s,
            [](SampleApiServer &, Context &c) {
                const int start = c.intParameter(u"start"_s, 0);
                const int count = c.intParameter(u"count"_s, 10);
                c.json(200,
                    QJsonObject {{u"meta"_s, QJsonObject {{u"total"_s, PagedItems}}},
                        {u"data"_s, pagedItems(start, count)}});
            }},
        {u"/paged/page"_s, u"/paged/page?page=&per_page="_s, u"Next page pagination: items, pages, is_last"_s,
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(u"page"_s, 1);
                const int size = std::max(1, c.intParameter(u"per_page"_s, 10));
                const int pages = (PagedItems + size - 1) / size;
                c.json(200,
                    QJsonObject {{u"page"_s, page}, {u"pages"_s, pages}, {u"is_last"_s, page >= pages},
                        {u"items"_s, pagedItems((page - 1) * size, size)}});
            }},
        {u"/paged/token"_s, u"/paged/token?token="_s, u"Next token pagination: items, next_token"_s,
            [](SampleApiServer &, Context &c) {
                const int page
                    = c.parameter(u"token"_s).isEmpty() ? 0 : c.parameter(u"token"_s).mid(1).toInt();
                const bool last = (page + 1) * 10 >= PagedItems;
                c.json(200,
                    QJsonObject {{u"items"_s, pagedItems(page * 10, 10)},
                        {u"next_token"_s, last ? QString() : u"t%1"_s.arg(page + 1)}});
            }},
        {u"/paged/token-header"_s, u"/paged/token-header"_s,
            u"token sent in X-Page-Token, next one in the X-Next-Token header"_s,
            [](SampleApiServer &, Context &c) {
                const QByteArray token = c.header("X-Page-Token");
                const int page = token.isEmpty() ? 0 : token.mid(1).toInt();
                const bool last = (page + 1) * 10 >= PagedItems;
                QList<std::pair<QByteArray, QByteArray>> headers;
                if (!last)
                    headers.emplaceBack("X-Next-Token", "t" + QByteArray::number(page + 1));
                c.json(200, QJsonObject {{u"items"_s, pagedItems(page * 10, 10)}}, headers);
            }},
        {u"/paged/next-url"_s, u"/paged/next-url?page="_s,
            u"Next URL pagination: links.next, a relative URL"_s,
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(u"page"_s, 1);
                const bool last = page * 10 >= PagedItems;
                c.json(200,
                    QJsonObject {{u"items"_s, pagedItems((page - 1) * 10, 10)},
                        {u"links"_s,
                            QJsonObject {{u"next"_s,
                                last ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(u"/paged/next-url?page=%1"_s.arg(page + 1))}}}});
            }},
        {u"/paged/link"_s, u"/paged/link?page="_s, u"Next URL in a Link: <...>; rel=\"next\" header"_s,
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(u"page"_s, 1);
                QList<std::pair<QByteArray, QByteArray>> headers;
                if (page * 10 < PagedItems)
                    headers.emplaceBack(
                        "Link", "<" + c.urlFor(u"/paged/link?page=%1"_s.arg(page + 1)) + ">; rel=\"next\"");
                c.json(200, QJsonObject {{u"items"_s, pagedItems((page - 1) * 10, 10)}}, headers);
            }},
        {u"/paged/broken-token"_s, u"/paged/broken-token"_s, u"repeats its token forever"_s,
            [](SampleApiServer &, Context &c) {
                c.json(200, QJsonObject {{u"items"_s, pagedItems(0, 10)}, {u"next_token"_s, u"again"_s}});
            }},
    };
}

// Pagination that goes wrong, and pages for the benchmark.
std::vector<SampleApiServer::Route> SampleApiServer::pagedFaultRoutes()
{
    return {
        {u"/paged/rate-limited"_s, u"/paged/rate-limited?page="_s,
            u"page 2 answers 429 with Retry-After: 1 once"_s,
            [](SampleApiServer &server, Context &c) {
                // Page 2 is refused once with 429 and Retry-After: 1, then served.
                const int page = c.intParameter(u"page"_s, 1);
                if (page == 2 && server.m_hits[u"rate-limited"_s]++ == 0) {
                    c.json(429, QJsonObject {{u"error"_s, u"slow down"_s}}, {{"Retry-After", "1"}});
                    return;
                }
                c.json(200,
                    QJsonObject {{u"items"_s, pagedItems((page - 1) * 10, 10)}, {u"is_last"_s, page >= 3}});
            }},
        {u"/paged/error"_s, u"/paged/error?page="_s, u"page 3 answers 500"_s,
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(u"page"_s, 1);
                if (page == 3) {
                    c.json(500, QJsonObject {{u"error"_s, u"page 3 is broken"_s}});
                    return;
                }
                c.json(200, QJsonObject {{u"items"_s, pagedItems((page - 1) * 10, 10)}});
            }},
        {u"/paged/overlap"_s, u"/paged/overlap?page="_s,
            u"pages that repeat two records of the previous page"_s,
            [](SampleApiServer &, Context &c) {
                // Pages of 10 that advance by 8: two records of each page come again on the next.
                const int page = c.intParameter(u"page"_s, 1);
                c.json(200,
                    QJsonObject {{u"items"_s, pagedItems((page - 1) * 8, 10)}, {u"is_last"_s, page >= 3}});
            }},
        {u"/paged/kib"_s, u"/paged/kib?page=&pages="_s, u"about one KiB per page (benchmark)"_s,
            [](SampleApiServer &, Context &c) {
                // About one KiB per page, for the pages-per-second benchmark.
                const int page = c.intParameter(u"page"_s, 1);
                const int pages = c.intParameter(u"pages"_s, 1000);
                QJsonArray items;
                for (int i = 0; i < 8; ++i) {
                    items.append(QJsonObject {{u"id"_s, (page - 1) * 8 + i + 1},
                        {u"name"_s, u"Item %1"_s.arg((page - 1) * 8 + i + 1)},
                        {u"note"_s, QString(64, u'x')}});
                }
                c.json(200, QJsonObject {{u"page"_s, page}, {u"pages"_s, pages}, {u"items"_s, items}});
            }},
    };
}

// Qlik's own endpoints for publishing a connection, as seeds 001-003 describe them: Qlik Cloud.
std::vector<SampleApiServer::Route> SampleApiServer::qlikCloudRoutes()
{
    return {
        {u"/api/v1/data-connections"_s, u"/api/v1/data-connections"_s,
            u"Qlik Cloud: create a data connection (Bearer cloud-key-1)"_s,
            [](SampleApiServer &server, Context &c) {
                const QByteArray authorization = c.header("Authorization");
                if (c.request.method() != QHttpServerRequest::Method::Post) {
                    c.json(405, QJsonObject {{u"error"_s, u"POST only"_s}});
                } else if (authorization == QByteArray("Bearer ") + CloudReadOnlyKey) {
                    c.json(403,
                        QJsonObject {{u"errors"_s, QJsonArray {QJsonObject {{u"title"_s, u"Forbidden"_s}}}}});
                } else if (authorization != QByteArray("Bearer ") + CloudApiKey) {
                    c.json(401,
                        QJsonObject {
                            {u"errors"_s, QJsonArray {QJsonObject {{u"title"_s, u"Not authorized"_s}}}}});
                } else {
                    const QJsonObject body = QJsonDocument::fromJson(c.request.body()).object();
                    const QString name = body.value(u"qName"_s).toString();
                    const QJsonObject properties = body.value(u"connectionProperties"_s).toObject();
                    if (body.value(u"datasourceID"_s).toString() != u"rest" || name.isEmpty()
                        || properties.value(u"url"_s).toString().isEmpty()) {
                        c.json(400,
                            QJsonObject {{u"errors"_s,
                                QJsonArray {QJsonObject {{u"title"_s,
                                    u"datasourceID rest, qName and connectionProperties.url are required"_s}}}}});
                    } else if (name == QLatin1StringView(RateLimitedName)) {
                        c.json(429,
                            QJsonObject {{u"errors"_s,
                                QJsonArray {QJsonObject {{u"title"_s, u"Too many requests"_s}}}}},
                            {{"Retry-After", "7"}});
                    } else if (server.m_dataConnections.contains(name)) {
                        c.json(409,
                            QJsonObject {{u"errors"_s,
                                QJsonArray {QJsonObject {{u"title"_s, u"Conflict"_s},
                                    {u"detail"_s, u"A connection with that name exists"_s}}}}});
                    } else {
                        server.m_dataConnections.insert(name);
                        c.json(201,
                            QJsonObject {{u"id"_s, u"dc-%1"_s.arg(server.m_dataConnections.size())},
                                {u"qName"_s, name}, {u"space"_s, body.value(u"space"_s)},
                                {u"qConnectStatement"_s,
                                    u"CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=%1;\""_s.arg(
                                        properties.value(u"url"_s).toString())}});
                    }
                }
            }},
        {u"/api/v1/spaces"_s, u"/api/v1/spaces"_s, u"Qlik Cloud: the spaces"_s,
            [](SampleApiServer &, Context &c) {
                if (c.header("Authorization") != QByteArray("Bearer ") + CloudApiKey
                    && c.header("Authorization") != QByteArray("Bearer ") + CloudReadOnlyKey) {
                    c.json(401,
                        QJsonObject {
                            {u"errors"_s, QJsonArray {QJsonObject {{u"title"_s, u"Not authorized"_s}}}}});
                    return;
                }
                c.json(200,
                    QJsonObject {{u"data"_s,
                        QJsonArray {QJsonObject {{u"id"_s, u"5f0f2b1e8c1a2b0001a1b2c3"_s},
                                        {u"name"_s, u"Finance"_s}, {u"type"_s, u"shared"_s}},
                            QJsonObject {{u"id"_s, u"5f0f2b1e8c1a2b0001a1b2c4"_s},
                                {u"name"_s, u"Sales data"_s}, {u"type"_s, u"managed"_s}}}}});
            }},
    };
}

// Qlik Sense Enterprise's QRS, directly and behind a virtual proxy with header authentication.
std::vector<SampleApiServer::Route> SampleApiServer::qrsRoutes()
{
    return {
        {u"/qrs/dataconnection"_s, u"/qrs/dataconnection?xrfkey="_s,
            u"Qlik Sense Enterprise QRS: create a data connection"_s, &SampleApiServer::qrsCreate},
        {u"/hdr/qrs/dataconnection"_s, u"/hdr/qrs/dataconnection?xrfkey="_s,
            u"the same behind the virtual proxy hdr, X-Qlik-User required"_s,
            [](SampleApiServer &server, Context &c) {
                if (c.header("X-Qlik-User").isEmpty()) {
                    c.json(401, QJsonObject {{u"message"_s, u"header authentication needs X-Qlik-User"_s}});
                    return;
                }
                qrsCreate(server, c);
            }},
    };
}

// Authentication: one request, or a handshake (Digest, NTLM).
std::vector<SampleApiServer::Route> SampleApiServer::authRoutes()
{
    return {
        {u"/auth/basic"_s, u"/auth/basic"_s, u"Basic: analyst / s3cret"_s,
            [](SampleApiServer &, Context &c) {
                const QByteArray expected
                    = "Basic " + QByteArray(UserName).append(':').append(Password).toBase64();
                if (c.header("Authorization") == expected)
                    c.json(200,
                        QJsonObject {{u"user"_s, QString::fromLatin1(UserName)}, {u"orders"_s, orders()}});
                else
                    c.json(401, QJsonObject {{u"error"_s, u"Basic credentials needed"_s}},
                        {{"WWW-Authenticate", "Basic realm=\"qonduit\""}});
            }},
        {u"/auth/digest"_s, u"/auth/digest"_s, u"Digest MD5, qop=auth: analyst / s3cret"_s,
            &SampleApiServer::digestHandshake},
        {u"/auth/ntlm"_s, u"/auth/ntlm"_s, u"NTLMv2: QONDUIT\\analyst / s3cret"_s,
            &SampleApiServer::ntlmHandshake},
        {u"/auth/basic-404"_s, u"/auth/basic-404"_s,
            u"404 without a challenge unless Basic analyst / s3cret comes at once"_s,
            [](SampleApiServer &, Context &c) {
                // As private resources on large public APIs: no challenge, a 404 unless Basic comes at once.
                const QByteArray expected
                    = "Basic " + QByteArray(UserName).append(':').append(Password).toBase64();
                if (c.header("Authorization") == expected)
                    c.json(200, QJsonObject {{u"orders"_s, orders()}});
                else
                    c.json(404, QJsonObject {{u"message"_s, u"Not Found"_s}});
            }},
        {u"/auth/digest-sha256"_s, u"/auth/digest-sha256"_s, u"401 asking for Digest with SHA-256 only"_s,
            [](SampleApiServer &, Context &c) {
                c.json(401, QJsonObject {{u"error"_s, u"Digest SHA-256 credentials needed"_s}},
                    {{"WWW-Authenticate",
                        "Digest realm=\"qonduit\", qop=\"auth\", algorithm=SHA-256, nonce=\"n1\", "
                        "opaque=\"o1\""}});
            }},
        {u"/auth/bearer"_s, u"/auth/bearer"_s, u"Authorization: Bearer token-4711"_s,
            [](SampleApiServer &, Context &c) {
                if (c.header("Authorization") == QByteArray("Bearer ") + BearerToken)
                    c.json(200, QJsonObject {{u"orders"_s, orders()}});
                else
                    c.json(401, QJsonObject {{u"error"_s, u"a bearer token is needed"_s}},
                        {{"WWW-Authenticate", "Bearer realm=\"qonduit\""}});
            }},
        {u"/auth/to-alias"_s, u"/auth/to-alias"_s, u"redirects to /auth/alias on the alias host 127.0.0.2"_s,
            [](SampleApiServer &server, Context &c) {
                c.reply(302,
                    {{"Location",
                        u"http://%1:%2/auth/alias"_s.arg(server.m_aliasHost).arg(server.m_port).toUtf8()}},
                    {});
            }},
        {u"/auth/alias"_s, u"/auth/alias"_s, u"Basic, accepted only when reached as 127.0.0.2"_s,
            [](SampleApiServer &server, Context &c) {
                const QByteArray expected
                    = "Basic " + QByteArray(UserName).append(':').append(Password).toBase64();
                if (c.header("Host").startsWith(server.m_aliasHost.toLatin1() + ':')
                    && c.header("Authorization") == expected)
                    c.json(200, QJsonObject {{u"host"_s, QString::fromLatin1(c.header("Host"))}});
                else
                    c.json(401,
                        QJsonObject {{u"error"_s, u"credentials are accepted on the alias host only"_s}},
                        {{"WWW-Authenticate", "Basic realm=\"alias\""}});
            }},
    };
}

// Digest MD5 with qop=auth: a 401 with a fresh nonce, then the answer checked against it.
void SampleApiServer::digestHandshake(SampleApiServer &server, Context &c)
{
    const QByteArray realm = "qonduit";
    const QByteArray authorization = c.header("Authorization");
    if (authorization.startsWith("Digest ")) {
        const auto f = digestFields(authorization);
        const QByteArray ha1 = md5Hex(f.value("username") + ':' + realm + ':' + Password);
        const QByteArray ha2
            = md5Hex(c.request.method() == QHttpServerRequest::Method::Post ? "POST:" + f.value("uri")
                                                                            : "GET:" + f.value("uri"));
        const QByteArray expected = md5Hex(ha1 + ':' + f.value("nonce") + ':' + f.value("nc") + ':'
            + f.value("cnonce") + ':' + f.value("qop") + ':' + ha2);
        if (f.value("username") == UserName && f.value("qop") == "auth" && f.value("response") == expected) {
            c.json(200, QJsonObject {{u"orders"_s, orders()}});
            return;
        }
    }
    const QByteArray nonce = md5Hex(QByteArray::number(++server.m_digestNonceCounter)
        + QByteArray::number(QRandomGenerator::global()->generate64()));
    c.json(401, QJsonObject {{u"error"_s, u"Digest credentials needed"_s}},
        {{"WWW-Authenticate",
            "Digest realm=\"" + realm + "\", qop=\"auth\", algorithm=MD5, nonce=\"" + nonce + "\", opaque=\""
                + md5Hex(realm) + "\""}});
}

// NTLMv2: negotiate, challenge and authenticate, on one kept-alive connection.
void SampleApiServer::ntlmHandshake(SampleApiServer &server, Context &c)
{
    const QByteArray authorization = c.header("Authorization");
    if (authorization.startsWith("NTLM ")) {
        const QByteArray message = QByteArray::fromBase64(authorization.mid(5));
        if (Ntlm::messageType(message) == 1) {
            const QByteArray challenge = Ntlm::randomChallenge();
            QTcpSocket *socket = c.socket;
            if (!server.m_ntlmChallenges.contains(socket))
                connect(socket, &QObject::destroyed, &server,
                    [&server, socket] { server.m_ntlmChallenges.remove(socket); });
            server.m_ntlmChallenges.insert(socket, challenge);
            c.json(401, QJsonObject {{u"error"_s, u"NTLM handshake"_s}},
                {{"WWW-Authenticate",
                    "NTLM "
                        + Ntlm::challengeMessage(challenge, QString::fromLatin1(NtlmDomain)).toBase64()}});
            return;
        }
        if (Ntlm::messageType(message) == 3 && server.m_ntlmChallenges.contains(c.socket)) {
            const QByteArray challenge = server.m_ntlmChallenges.take(c.socket);
            if (Ntlm::verifyAuthenticateMessage(message, challenge, QString::fromLatin1(UserName),
                    QString::fromLatin1(NtlmDomain), QString::fromLatin1(Password))) {
                c.json(200, QJsonObject {{u"user"_s, u"QONDUIT\\analyst"_s}, {u"orders"_s, orders()}});
                return;
            }
        }
    }
    c.json(401, QJsonObject {{u"error"_s, u"NTLM credentials needed"_s}}, {{"WWW-Authenticate", "NTLM"}});
}

// Faults in time: slow, cut, flaky, stalled.
std::vector<SampleApiServer::Route> SampleApiServer::timingFaultRoutes()
{
    return {
        {u"/fault/slow"_s, u"/fault/slow?ms=N"_s, u"answers after N milliseconds"_s,
            [](SampleApiServer &, Context &c) {
                const int ms = std::clamp(c.intParameter(u"ms"_s, 2000), 0, 120000);
                QPointer<QTcpSocket> socket = c.socket;
                const bool close = c.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
                QTimer::singleShot(ms, socket, [socket, close] {
                    if (!socket)
                        return;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n"
                        "{\"slow\":true}");
                    if (close)
                        socket->disconnectFromHost();
                });
            }},
        {u"/fault/cut"_s, u"/fault/cut"_s, u"closes the connection in the middle of the body"_s,
            [](SampleApiServer &, Context &c) {
                c.socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                    "{\"orders\":[{\"id\":1001,");
                c.socket->flush();
                c.socket->disconnectFromHost();
            }},
        {u"/fault/flaky"_s, u"/fault/flaky?fail=N&key=K&retry-after=S"_s,
            u"answers 503 the first N times (2) for each key and page, then items"_s,
            [](SampleApiServer &server, Context &c) {
                // For "Retry failed request": fails a given number of times per key, then answers.
                const int failures = std::clamp(c.intParameter(u"fail"_s, 2), 0, 100);
                const int page = std::max(1, c.intParameter(u"page"_s, 1)); // each page of a walk fails anew
                const QString key = u"flaky/%1/%2"_s.arg(c.parameter(u"key"_s)).arg(page);
                if (server.m_hits[key]++ < failures) {
                    const QString wait = c.parameter(u"retry-after"_s);
                    QList<std::pair<QByteArray, QByteArray>> headers;
                    if (!wait.isEmpty())
                        headers.append({"Retry-After", wait.toLatin1()});
                    c.json(503, QJsonObject {{u"error"_s, u"try again"_s}}, headers);
                    return;
                }
                c.json(200,
                    QJsonObject {{u"attempts"_s, server.m_hits[key]}, {u"is_last"_s, page >= 3},
                        {u"items"_s, pagedItems((page - 1) * 10, 10)}});
            }},
        {u"/fault/stall"_s, u"/fault/stall?ms=N"_s,
            u"sends half of the body, is silent for N milliseconds, then the rest"_s,
            [](SampleApiServer &, Context &c) {
                // For the read/write timeout: the answer starts, then nothing moves for a while.
                const int ms = std::clamp(c.intParameter(u"ms"_s, 3000), 0, 120000);
                QPointer<QTcpSocket> socket = c.socket;
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 23\r\n\r\n"
                    "{\"stalled\": ");
                socket->flush();
                QTimer::singleShot(ms, socket, [socket] {
                    if (socket)
                        socket->write("\"and back\"}");
                });
            }},
    };
}

// Redirects, followed or not as Qlik would.
std::vector<SampleApiServer::Route> SampleApiServer::redirectRoutes()
{
    return {
        {u"/fault/redirect"_s, u"/fault/redirect?to=PATH"_s, u"302 to PATH on this server"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(302, {{"Location", c.urlFor(c.parameter(u"to"_s))}}, {});
            }},
        {u"/fault/redirect-port"_s, u"/fault/redirect-port?port=N"_s,
            u"302 to the same path on another port"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(302,
                    {{"Location",
                        u"%1://127.0.0.1:%2/orders"_s.arg(c.request.url().scheme(), c.parameter(u"port"_s))
                            .toUtf8()}},
                    {});
            }},
        {u"/fault/redirect-alias"_s, u"/fault/redirect-alias"_s,
            u"302 to /orders on the alias host 127.0.0.2"_s,
            [](SampleApiServer &server, Context &c) {
                c.reply(302,
                    {{"Location",
                        u"http://%1:%2/orders"_s.arg(server.m_aliasHost).arg(server.m_port).toUtf8()}},
                    {});
            }},
        {u"/fault/redirect-self"_s, u"/fault/redirect-self"_s, u"302 to itself"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(302, {{"Location", c.urlFor(u"/fault/redirect-self"_s)}}, {});
            }},
        {u"/fault/redirect-loop"_s, u"/fault/redirect-loop"_s,
            u"302 to /fault/redirect-loop-back, which redirects back"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(301, {{"Location", "/fault/redirect-loop-back"}}, {});
            }},
        {u"/fault/redirect-loop-back"_s, u"/fault/redirect-loop-back"_s, QString(),
            [](SampleApiServer &, Context &c) {
                c.reply(302, {{"Location", c.urlFor(u"/fault/redirect-loop"_s)}}, {});
            }},
    };
}

// Answers a test must fail on, and the echo that shows what was sent.
std::vector<SampleApiServer::Route> SampleApiServer::statusFaultRoutes()
{
    return {
        {u"/fault/401"_s, u"/fault/401"_s, u"401 offering Basic and Digest"_s,
            [](SampleApiServer &, Context &c) {
                c.json(401, QJsonObject {{u"error"_s, u"unauthorized"_s}},
                    {{"WWW-Authenticate", "Basic realm=\"qonduit\""},
                        {"WWW-Authenticate", "Digest realm=\"qonduit\", qop=\"auth\", nonce=\"abc\""}});
            }},
        {u"/fault/403"_s, u"/fault/403"_s, u"403"_s,
            [](SampleApiServer &, Context &c) {
                c.json(403, QJsonObject {{u"error"_s, u"forbidden"_s}});
            }},
        {u"/fault/404"_s, u"/fault/404"_s, u"404 (as every unknown path)"_s,
            [](SampleApiServer &, Context &c) {
                c.json(404, QJsonObject {{u"error"_s, u"not found"_s}});
            }},
        {u"/fault/empty-404"_s, u"/fault/empty-404"_s, u"404 with no body at all"_s,
            [](SampleApiServer &, Context &c) { c.reply(404, {}, {}); }},
        {u"/fault/429"_s, u"/fault/429"_s, u"429 with Retry-After: 7"_s,
            [](SampleApiServer &, Context &c) {
                c.json(429, QJsonObject {{u"error"_s, u"slow down"_s}}, {{"Retry-After", "7"}});
            }},
        {u"/fault/500"_s, u"/fault/500"_s, u"500"_s,
            [](SampleApiServer &, Context &c) {
                c.json(500, QJsonObject {{u"error"_s, u"boom"_s}});
            }},
        {u"/fault/wrong-type"_s, u"/fault/wrong-type"_s, u"an HTML page"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "text/html; charset=utf-8"}},
                    "<!DOCTYPE html>\n<html><body><h1>Welcome</h1><p>Log in to "
                    "continue.</p></body></html>\n");
            }},
        {u"/fault/invalid-json"_s, u"/fault/invalid-json"_s, u"application/json that does not parse"_s,
            [](SampleApiServer &, Context &c) {
                c.reply(
                    200, {{"Content-Type", "application/json"}}, "{\"orders\": [{\"id\": 1001, \"status\": ");
            }},
        {u"/echo"_s, u"/echo"_s, u"the request as JSON: method, path, query, headers, body"_s,
            [](SampleApiServer &, Context &c) {
                QJsonObject headers;
                for (const auto &[name, value] : c.request.headers())
                    headers.insert(QString::fromLatin1(name.toLower()), QString::fromLatin1(value));
                c.json(200,
                    QJsonObject {
                        {u"method"_s,
                            c.request.method() == QHttpServerRequest::Method::Post ? u"POST"_s : u"GET"_s},
                        {u"path"_s, c.request.url().path()},
                        {u"query"_s, c.request.url().query(QUrl::FullyEncoded)}, {u"headers"_s, headers},
                        {u"body"_s, QString::fromUtf8(c.request.body())}});
            }},
    };
}
// Every route, in the order the list shows them: the one table both the server and the list read.
const std::vector<SampleApiServer::Route> &SampleApiServer::routeTable()
{
    static const std::vector<Route> table = [] {
        std::vector<Route> all;
        for (auto group : {&dataRoutes, &bigRoutes, &pagedRoutes, &pagedFaultRoutes, &qlikCloudRoutes,
                 &qrsRoutes, &authRoutes, &timingFaultRoutes, &redirectRoutes, &statusFaultRoutes}) {
            for (Route &route : group())
                all.push_back(std::move(route));
        }
        return all;
    }();
    return table;
}

const QHash<QString, SampleApiServer::Handler> &SampleApiServer::routes()
{
    static const QHash<QString, Handler> byPath = [] {
        QHash<QString, Handler> hash;
        for (const Route &route : routeTable())
            hash.insert(route.path, route.handle);
        return hash;
    }();
    return byPath;
}

QList<std::pair<QString, QString>> SampleApiServer::routeList()
{
    QList<std::pair<QString, QString>> list;
    for (const Route &route : routeTable()) {
        if (!route.description.isEmpty())
            list.append({route.usage, route.description});
    }
    return list;
}

} // namespace Qonduit
