// SPDX-License-Identifier: MIT
#include "sampleapiserver.h"

#include "ntlmmessages.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
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
        return QJsonObject {{QStringLiteral("sku"), QString::fromLatin1(sku)}, {QStringLiteral("qty"), qty},
            {QStringLiteral("price"), price}};
    };
    const auto order = [](int id, const char *status, const char *created, QJsonObject customer,
                           QJsonArray lines, QJsonArray tags) {
        double total = 0;
        for (const auto &l : std::as_const(lines))
            total += l[QStringLiteral("qty")].toInt() * l[QStringLiteral("price")].toDouble();
        return QJsonObject {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("created"), QString::fromLatin1(created)}, {QStringLiteral("total"), total},
            {QStringLiteral("customer"), customer}, {QStringLiteral("lines"), lines},
            {QStringLiteral("tags"), tags}};
    };
    const auto customer = [](int id, const char *name, const char *country) {
        return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("country"), QString::fromLatin1(country)}};
    };
    return {
        order(1001, "open", "2026-11-01T09:30:00Z", customer(7, "Ada Lovelace", "GB"),
            {line("A-100", 2, 5.0), line("B-200", 1, 15.5)}, {QStringLiteral("priority")}),
        order(1002, "shipped", "2026-11-02T14:05:00Z", customer(8, "Grace Hopper", "US"),
            {line("C-300", 10, 1.25)}, {}),
        order(1003, "open", "2026-11-03T08:00:00Z", customer(9, "Åsa Öberg", "SE"),
            {line("A-100", 1, 5.0), line("D-400", 3, 7.0), line("E-500", 1, 99.0)},
            {QStringLiteral("gift"), QStringLiteral("priority")}),
    };
}

QJsonArray pagedItems(int from, int count)
{
    QJsonArray items;
    for (int i = std::max(0, from); i < std::min(PagedItems, from + count); ++i)
        items.append(QJsonObject {
            {QStringLiteral("id"), i + 1}, {QStringLiteral("name"), QStringLiteral("Item %1").arg(i + 1)}});
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
        return (request.url().scheme() + QStringLiteral("://") + QString::fromLatin1(header("Host"))
            + pathAndQuery)
            .toUtf8();
    }
};

SampleApiServer::SampleApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

SampleApiServer::~SampleApiServer() = default;

Expected<void, QString> SampleApiServer::start(quint16 port, const TlsOptions *tls)
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
        const QString error = server->errorString();
        delete server;
        return error;
    }
    bind(server);
    m_port = server->serverPort();
    m_tls = tls != nullptr;
    if (!tls) {
        auto *alias = new QTcpServer(this);
        if (alias->listen(QHostAddress(QStringLiteral("127.0.0.2")), m_port)) {
            bind(alias);
            m_aliasHost = QStringLiteral("127.0.0.2");
        } else {
            delete alias;
        }
    }
    return {};
}

QUrl SampleApiServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

void SampleApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Context context {request, socket, QUrlQuery(request.url())};
    context.json(404,
        QJsonObject {{QStringLiteral("error"), QStringLiteral("no such route: ") + request.url().path()}});
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
    const QString key = c.parameter(QStringLiteral("xrfkey")).isEmpty()
        ? c.parameter(QStringLiteral("Xrfkey"))
        : c.parameter(QStringLiteral("xrfkey"));
    if (key.size() != 16 || c.header("X-Qlik-Xrfkey") != key.toLatin1()) {
        c.json(
            401, QJsonObject {{QStringLiteral("message"), QStringLiteral("XSRF prevention check failed")}});
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(c.request.body()).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || body.value(QStringLiteral("type")).toString() != u"QvRestConnector.exe"
        || !body.value(QStringLiteral("connectionstring")).toString().startsWith(u"CUSTOM CONNECT TO ")
        || !body.value(QStringLiteral("connectionstring")).toString().endsWith(u'"')) {
        c.json(400,
            QJsonObject {{QStringLiteral("error"),
                QStringLiteral("name, connectionstring (ending at its closing quote) and type "
                               "QvRestConnector.exe are required")}});
    } else if (server.m_dataConnections.contains(name)) {
        c.json(409, QJsonObject {{QStringLiteral("error"), QStringLiteral("Duplicate name")}});
    } else {
        server.m_dataConnections.insert(name);
        c.json(201,
            QJsonObject {{QStringLiteral("id"),
                             QStringLiteral("6a1e3f50-0000-4000-8000-%1")
                                 .arg(server.m_dataConnections.size(), 12, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), name},
                {QStringLiteral("connectionstring"), body.value(QStringLiteral("connectionstring"))},
                {QStringLiteral("type"), QStringLiteral("QvRestConnector.exe")}});
    }
}

// Data in every format the connector reads.
std::vector<SampleApiServer::Route> SampleApiServer::dataRoutes()
{
    return {
        {QStringLiteral("/orders"), QStringLiteral("/orders"),
            QStringLiteral(
                "nested JSON: orders with a customer object, an array of lines and an array of tags"),
            [](SampleApiServer &, Context &c) {
                c.json(200, QJsonObject {{QStringLiteral("total"), 3}, {QStringLiteral("orders"), orders()}});
            }},
        {QStringLiteral("/openapi.yaml"), QStringLiteral("/openapi.yaml"),
            QStringLiteral(
                "this API described in OpenAPI 3.0 (docs/sample-openapi.yaml), its server this one"),
            [](SampleApiServer &, Context &c) {
                QFile file(QStringLiteral(":/qonduit/sample-openapi.yaml"));
                file.open(QIODevice::ReadOnly);
                // The description names port 8080; the server it describes is wherever this one runs.
                QByteArray text = file.readAll();
                text.replace("http://127.0.0.1:8080", c.urlFor(QString()));
                c.reply(200, {{"Content-Type", "application/yaml"}}, text);
            }},
        {QStringLiteral("/numbers"), QStringLiteral("/numbers"), QStringLiteral("a JSON array of numbers"),
            [](SampleApiServer &, Context &c) {
                c.json(200, QJsonArray {1, 2, 3, 5, 8, 13});
            }},
        {QStringLiteral("/catalog.xml"), QStringLiteral("/catalog.xml"),
            QStringLiteral("XML with attributes and repeated elements"),
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
        {QStringLiteral("/users.csv"), QStringLiteral("/users.csv"),
            QStringLiteral("CSV with a header row and quoted fields"),
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "text/csv; charset=utf-8"}},
                    "user_id,name,city,distance\r\n"
                    "1,\"Lovelace, Ada\",London,12.5\r\n"
                    "2,\"Hopper, Grace \"\"Amazing\"\"\",New York,3\r\n"
                    "3,Åsa Öberg,Göteborg,\r\n");
            }},
        {QStringLiteral("/raw.csv"), QStringLiteral("/raw.csv"), QStringLiteral("CSV without a header row"),
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "text/csv"}}, "1;open;25.5\n2;shipped;12.5\n3;open;110\n");
            }},
        {QStringLiteral("/empty"), QStringLiteral("/empty"), QStringLiteral("an empty JSON array"),
            [](SampleApiServer &, Context &c) { c.json(200, QJsonArray()); }},
    };
}

// A body of any size, made as it is sent.
std::vector<SampleApiServer::Route> SampleApiServer::bigRoutes()
{
    return {
        {QStringLiteral("/big"), QStringLiteral("/big?mb=N"),
            QStringLiteral("N megabytes of order-like JSON"),
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
                stream->wanted
                    = std::clamp<qint64>(c.intParameter(QStringLiteral("mb"), 1), 0, 4096) * 1024 * 1024;
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
        {QStringLiteral("/paged/offset"), QStringLiteral("/paged/offset?start=&count="),
            QStringLiteral("Offset pagination: meta.total and data"),
            [](SampleApiServer &, Context &c) {
                const int start = c.intParameter(QStringLiteral("start"), 0);
                const int count = c.intParameter(QStringLiteral("count"), 10);
                c.json(200,
                    QJsonObject {
                        {QStringLiteral("meta"), QJsonObject {{QStringLiteral("total"), PagedItems}}},
                        {QStringLiteral("data"), pagedItems(start, count)}});
            }},
        {QStringLiteral("/paged/page"), QStringLiteral("/paged/page?page=&per_page="),
            QStringLiteral("Next page pagination: items, pages, is_last"),
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(QStringLiteral("page"), 1);
                const int size = std::max(1, c.intParameter(QStringLiteral("per_page"), 10));
                const int pages = (PagedItems + size - 1) / size;
                c.json(200,
                    QJsonObject {{QStringLiteral("page"), page}, {QStringLiteral("pages"), pages},
                        {QStringLiteral("is_last"), page >= pages},
                        {QStringLiteral("items"), pagedItems((page - 1) * size, size)}});
            }},
        {QStringLiteral("/paged/token"), QStringLiteral("/paged/token?token="),
            QStringLiteral("Next token pagination: items, next_token"),
            [](SampleApiServer &, Context &c) {
                const int page = c.parameter(QStringLiteral("token")).isEmpty()
                    ? 0
                    : c.parameter(QStringLiteral("token")).mid(1).toInt();
                const bool last = (page + 1) * 10 >= PagedItems;
                c.json(200,
                    QJsonObject {{QStringLiteral("items"), pagedItems(page * 10, 10)},
                        {QStringLiteral("next_token"),
                            last ? QString() : QStringLiteral("t%1").arg(page + 1)}});
            }},
        {QStringLiteral("/paged/token-header"), QStringLiteral("/paged/token-header"),
            QStringLiteral("token sent in X-Page-Token, next one in the X-Next-Token header"),
            [](SampleApiServer &, Context &c) {
                const QByteArray token = c.header("X-Page-Token");
                const int page = token.isEmpty() ? 0 : token.mid(1).toInt();
                const bool last = (page + 1) * 10 >= PagedItems;
                QList<std::pair<QByteArray, QByteArray>> headers;
                if (!last)
                    headers.emplaceBack("X-Next-Token", "t" + QByteArray::number(page + 1));
                c.json(200, QJsonObject {{QStringLiteral("items"), pagedItems(page * 10, 10)}}, headers);
            }},
        {QStringLiteral("/paged/next-url"), QStringLiteral("/paged/next-url?page="),
            QStringLiteral("Next URL pagination: links.next, a relative URL"),
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(QStringLiteral("page"), 1);
                const bool last = page * 10 >= PagedItems;
                c.json(200,
                    QJsonObject {{QStringLiteral("items"), pagedItems((page - 1) * 10, 10)},
                        {QStringLiteral("links"),
                            QJsonObject {{QStringLiteral("next"),
                                last ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(
                                         QStringLiteral("/paged/next-url?page=%1").arg(page + 1))}}}});
            }},
        {QStringLiteral("/paged/link"), QStringLiteral("/paged/link?page="),
            QStringLiteral("Next URL in a Link: <...>; rel=\"next\" header"),
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(QStringLiteral("page"), 1);
                QList<std::pair<QByteArray, QByteArray>> headers;
                if (page * 10 < PagedItems)
                    headers.emplaceBack("Link",
                        "<" + c.urlFor(QStringLiteral("/paged/link?page=%1").arg(page + 1))
                            + ">; rel=\"next\"");
                c.json(
                    200, QJsonObject {{QStringLiteral("items"), pagedItems((page - 1) * 10, 10)}}, headers);
            }},
        {QStringLiteral("/paged/broken-token"), QStringLiteral("/paged/broken-token"),
            QStringLiteral("repeats its token forever"),
            [](SampleApiServer &, Context &c) {
                c.json(200,
                    QJsonObject {{QStringLiteral("items"), pagedItems(0, 10)},
                        {QStringLiteral("next_token"), QStringLiteral("again")}});
            }},
    };
}

// Pagination that goes wrong, and pages for the benchmark.
std::vector<SampleApiServer::Route> SampleApiServer::pagedFaultRoutes()
{
    return {
        {QStringLiteral("/paged/rate-limited"), QStringLiteral("/paged/rate-limited?page="),
            QStringLiteral("page 2 answers 429 with Retry-After: 1 once"),
            [](SampleApiServer &server, Context &c) {
                // Page 2 is refused once with 429 and Retry-After: 1, then served.
                const int page = c.intParameter(QStringLiteral("page"), 1);
                if (page == 2 && server.m_hits[QStringLiteral("rate-limited")]++ == 0) {
                    c.json(429, QJsonObject {{QStringLiteral("error"), QStringLiteral("slow down")}},
                        {{"Retry-After", "1"}});
                    return;
                }
                c.json(200,
                    QJsonObject {{QStringLiteral("items"), pagedItems((page - 1) * 10, 10)},
                        {QStringLiteral("is_last"), page >= 3}});
            }},
        {QStringLiteral("/paged/error"), QStringLiteral("/paged/error?page="),
            QStringLiteral("page 3 answers 500"),
            [](SampleApiServer &, Context &c) {
                const int page = c.intParameter(QStringLiteral("page"), 1);
                if (page == 3) {
                    c.json(500, QJsonObject {{QStringLiteral("error"), QStringLiteral("page 3 is broken")}});
                    return;
                }
                c.json(200, QJsonObject {{QStringLiteral("items"), pagedItems((page - 1) * 10, 10)}});
            }},
        {QStringLiteral("/paged/overlap"), QStringLiteral("/paged/overlap?page="),
            QStringLiteral("pages that repeat two records of the previous page"),
            [](SampleApiServer &, Context &c) {
                // Pages of 10 that advance by 8: two records of each page come again on the next.
                const int page = c.intParameter(QStringLiteral("page"), 1);
                c.json(200,
                    QJsonObject {{QStringLiteral("items"), pagedItems((page - 1) * 8, 10)},
                        {QStringLiteral("is_last"), page >= 3}});
            }},
        {QStringLiteral("/paged/kib"), QStringLiteral("/paged/kib?page=&pages="),
            QStringLiteral("about one KiB per page (benchmark)"),
            [](SampleApiServer &, Context &c) {
                // About one KiB per page, for the pages-per-second benchmark.
                const int page = c.intParameter(QStringLiteral("page"), 1);
                const int pages = c.intParameter(QStringLiteral("pages"), 1000);
                QJsonArray items;
                for (int i = 0; i < 8; ++i) {
                    items.append(QJsonObject {{QStringLiteral("id"), (page - 1) * 8 + i + 1},
                        {QStringLiteral("name"), QStringLiteral("Item %1").arg((page - 1) * 8 + i + 1)},
                        {QStringLiteral("note"), QString(64, u'x')}});
                }
                c.json(200,
                    QJsonObject {{QStringLiteral("page"), page}, {QStringLiteral("pages"), pages},
                        {QStringLiteral("items"), items}});
            }},
    };
}

// Qlik's own endpoints for publishing a connection, as seeds 001-003 describe them: Qlik Cloud.
std::vector<SampleApiServer::Route> SampleApiServer::qlikCloudRoutes()
{
    return {
        {QStringLiteral("/api/v1/data-connections"), QStringLiteral("/api/v1/data-connections"),
            QStringLiteral("Qlik Cloud: create a data connection (Bearer cloud-key-1)"),
            [](SampleApiServer &server, Context &c) {
                const QByteArray authorization = c.header("Authorization");
                if (c.request.method() != QHttpServerRequest::Method::Post) {
                    c.json(405, QJsonObject {{QStringLiteral("error"), QStringLiteral("POST only")}});
                } else if (authorization == QByteArray("Bearer ") + CloudReadOnlyKey) {
                    c.json(403,
                        QJsonObject {{QStringLiteral("errors"),
                            QJsonArray {
                                QJsonObject {{QStringLiteral("title"), QStringLiteral("Forbidden")}}}}});
                } else if (authorization != QByteArray("Bearer ") + CloudApiKey) {
                    c.json(401,
                        QJsonObject {{QStringLiteral("errors"),
                            QJsonArray {
                                QJsonObject {{QStringLiteral("title"), QStringLiteral("Not authorized")}}}}});
                } else {
                    const QJsonObject body = QJsonDocument::fromJson(c.request.body()).object();
                    const QString name = body.value(QStringLiteral("qName")).toString();
                    const QJsonObject properties
                        = body.value(QStringLiteral("connectionProperties")).toObject();
                    if (body.value(QStringLiteral("datasourceID")).toString() != u"rest" || name.isEmpty()
                        || properties.value(QStringLiteral("url")).toString().isEmpty()) {
                        c.json(400,
                            QJsonObject {{QStringLiteral("errors"),
                                QJsonArray {QJsonObject {{QStringLiteral("title"),
                                    QStringLiteral("datasourceID rest, qName and connectionProperties.url "
                                                   "are required")}}}}});
                    } else if (name == QLatin1StringView(RateLimitedName)) {
                        c.json(429,
                            QJsonObject {{QStringLiteral("errors"),
                                QJsonArray {QJsonObject {
                                    {QStringLiteral("title"), QStringLiteral("Too many requests")}}}}},
                            {{"Retry-After", "7"}});
                    } else if (server.m_dataConnections.contains(name)) {
                        c.json(409,
                            QJsonObject {{QStringLiteral("errors"),
                                QJsonArray {
                                    QJsonObject {{QStringLiteral("title"), QStringLiteral("Conflict")},
                                        {QStringLiteral("detail"),
                                            QStringLiteral("A connection with that name exists")}}}}});
                    } else {
                        server.m_dataConnections.insert(name);
                        c.json(201,
                            QJsonObject {{QStringLiteral("id"),
                                             QStringLiteral("dc-%1").arg(server.m_dataConnections.size())},
                                {QStringLiteral("qName"), name},
                                {QStringLiteral("space"), body.value(QStringLiteral("space"))},
                                {QStringLiteral("qConnectStatement"),
                                    QStringLiteral(
                                        "CUSTOM CONNECT TO \"provider=QvRestConnector.exe;url=%1;\"")
                                        .arg(properties.value(QStringLiteral("url")).toString())}});
                    }
                }
            }},
        {QStringLiteral("/api/v1/spaces"), QStringLiteral("/api/v1/spaces"),
            QStringLiteral("Qlik Cloud: the spaces"),
            [](SampleApiServer &, Context &c) {
                if (c.header("Authorization") != QByteArray("Bearer ") + CloudApiKey
                    && c.header("Authorization") != QByteArray("Bearer ") + CloudReadOnlyKey) {
                    c.json(401,
                        QJsonObject {{QStringLiteral("errors"),
                            QJsonArray {
                                QJsonObject {{QStringLiteral("title"), QStringLiteral("Not authorized")}}}}});
                    return;
                }
                c.json(200,
                    QJsonObject {{QStringLiteral("data"),
                        QJsonArray {
                            QJsonObject {{QStringLiteral("id"), QStringLiteral("5f0f2b1e8c1a2b0001a1b2c3")},
                                {QStringLiteral("name"), QStringLiteral("Finance")},
                                {QStringLiteral("type"), QStringLiteral("shared")}},
                            QJsonObject {{QStringLiteral("id"), QStringLiteral("5f0f2b1e8c1a2b0001a1b2c4")},
                                {QStringLiteral("name"), QStringLiteral("Sales data")},
                                {QStringLiteral("type"), QStringLiteral("managed")}}}}});
            }},
    };
}

// Qlik Sense Enterprise's QRS, directly and behind a virtual proxy with header authentication.
std::vector<SampleApiServer::Route> SampleApiServer::qrsRoutes()
{
    return {
        {QStringLiteral("/qrs/dataconnection"), QStringLiteral("/qrs/dataconnection?xrfkey="),
            QStringLiteral("Qlik Sense Enterprise QRS: create a data connection"),
            &SampleApiServer::qrsCreate},
        {QStringLiteral("/hdr/qrs/dataconnection"), QStringLiteral("/hdr/qrs/dataconnection?xrfkey="),
            QStringLiteral("the same behind the virtual proxy hdr, X-Qlik-User required"),
            [](SampleApiServer &server, Context &c) {
                if (c.header("X-Qlik-User").isEmpty()) {
                    c.json(401,
                        QJsonObject {{QStringLiteral("message"),
                            QStringLiteral("header authentication needs X-Qlik-User")}});
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
        {QStringLiteral("/auth/basic"), QStringLiteral("/auth/basic"),
            QStringLiteral("Basic: analyst / s3cret"),
            [](SampleApiServer &, Context &c) {
                const QByteArray expected
                    = "Basic " + QByteArray(UserName).append(':').append(Password).toBase64();
                if (c.header("Authorization") == expected)
                    c.json(200,
                        QJsonObject {{QStringLiteral("user"), QString::fromLatin1(UserName)},
                            {QStringLiteral("orders"), orders()}});
                else
                    c.json(401,
                        QJsonObject {{QStringLiteral("error"), QStringLiteral("Basic credentials needed")}},
                        {{"WWW-Authenticate", "Basic realm=\"qonduit\""}});
            }},
        {QStringLiteral("/auth/digest"), QStringLiteral("/auth/digest"),
            QStringLiteral("Digest MD5, qop=auth: analyst / s3cret"), &SampleApiServer::digestHandshake},
        {QStringLiteral("/auth/ntlm"), QStringLiteral("/auth/ntlm"),
            QStringLiteral("NTLMv2: QONDUIT\\analyst / s3cret"), &SampleApiServer::ntlmHandshake},
        {QStringLiteral("/auth/basic-404"), QStringLiteral("/auth/basic-404"),
            QStringLiteral("404 without a challenge unless Basic analyst / s3cret comes at once"),
            [](SampleApiServer &, Context &c) {
                // As private resources on large public APIs: no challenge, a 404 unless Basic comes at once.
                const QByteArray expected
                    = "Basic " + QByteArray(UserName).append(':').append(Password).toBase64();
                if (c.header("Authorization") == expected)
                    c.json(200, QJsonObject {{QStringLiteral("orders"), orders()}});
                else
                    c.json(404, QJsonObject {{QStringLiteral("message"), QStringLiteral("Not Found")}});
            }},
        {QStringLiteral("/auth/digest-sha256"), QStringLiteral("/auth/digest-sha256"),
            QStringLiteral("401 asking for Digest with SHA-256 only"),
            [](SampleApiServer &, Context &c) {
                c.json(401,
                    QJsonObject {
                        {QStringLiteral("error"), QStringLiteral("Digest SHA-256 credentials needed")}},
                    {{"WWW-Authenticate",
                        "Digest realm=\"qonduit\", qop=\"auth\", algorithm=SHA-256, nonce=\"n1\", "
                        "opaque=\"o1\""}});
            }},
        {QStringLiteral("/auth/bearer"), QStringLiteral("/auth/bearer"),
            QStringLiteral("Authorization: Bearer token-4711"),
            [](SampleApiServer &, Context &c) {
                if (c.header("Authorization") == QByteArray("Bearer ") + BearerToken)
                    c.json(200, QJsonObject {{QStringLiteral("orders"), orders()}});
                else
                    c.json(401,
                        QJsonObject {{QStringLiteral("error"), QStringLiteral("a bearer token is needed")}},
                        {{"WWW-Authenticate", "Bearer realm=\"qonduit\""}});
            }},
        {QStringLiteral("/auth/to-alias"), QStringLiteral("/auth/to-alias"),
            QStringLiteral("redirects to /auth/alias on the alias host 127.0.0.2"),
            [](SampleApiServer &server, Context &c) {
                c.reply(302,
                    {{"Location",
                        QStringLiteral("http://%1:%2/auth/alias")
                            .arg(server.m_aliasHost)
                            .arg(server.m_port)
                            .toUtf8()}},
                    {});
            }},
        {QStringLiteral("/auth/alias"), QStringLiteral("/auth/alias"),
            QStringLiteral("Basic, accepted only when reached as 127.0.0.2"),
            [](SampleApiServer &server, Context &c) {
                const QByteArray expected
                    = "Basic " + QByteArray(UserName).append(':').append(Password).toBase64();
                if (c.header("Host").startsWith(server.m_aliasHost.toLatin1() + ':')
                    && c.header("Authorization") == expected)
                    c.json(
                        200, QJsonObject {{QStringLiteral("host"), QString::fromLatin1(c.header("Host"))}});
                else
                    c.json(401,
                        QJsonObject {{QStringLiteral("error"),
                            QStringLiteral("credentials are accepted on the alias host only")}},
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
            c.json(200, QJsonObject {{QStringLiteral("orders"), orders()}});
            return;
        }
    }
    const QByteArray nonce = md5Hex(QByteArray::number(++server.m_digestNonceCounter)
        + QByteArray::number(QRandomGenerator::global()->generate64()));
    c.json(401, QJsonObject {{QStringLiteral("error"), QStringLiteral("Digest credentials needed")}},
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
            c.json(401, QJsonObject {{QStringLiteral("error"), QStringLiteral("NTLM handshake")}},
                {{"WWW-Authenticate",
                    "NTLM "
                        + Ntlm::challengeMessage(challenge, QString::fromLatin1(NtlmDomain)).toBase64()}});
            return;
        }
        if (Ntlm::messageType(message) == 3 && server.m_ntlmChallenges.contains(c.socket)) {
            const QByteArray challenge = server.m_ntlmChallenges.take(c.socket);
            if (Ntlm::verifyAuthenticateMessage(message, challenge, QString::fromLatin1(UserName),
                    QString::fromLatin1(NtlmDomain), QString::fromLatin1(Password))) {
                c.json(200,
                    QJsonObject {{QStringLiteral("user"), QStringLiteral("QONDUIT\\analyst")},
                        {QStringLiteral("orders"), orders()}});
                return;
            }
        }
    }
    c.json(401, QJsonObject {{QStringLiteral("error"), QStringLiteral("NTLM credentials needed")}},
        {{"WWW-Authenticate", "NTLM"}});
}

// Faults in time: slow, cut, flaky, stalled.
// OAuth 2.0 as RFC 6749 has it: the client's credentials in the body or as Basic, the client
// credentials, password and refresh grants, errors as {"error", "error_description"} with 400 or 401.
void SampleApiServer::issueToken(SampleApiServer &server, Context &c)
{
    const QUrlQuery form(QString::fromUtf8(c.request.body()).replace(u'+', u' '));
    const auto field = [&](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QString clientId = field("client_id");
    QString clientSecret = field("client_secret");
    const QByteArray authorization = c.header("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
        clientId = QUrl::fromPercentEncoding(pair.left(pair.indexOf(':')));
        clientSecret = QUrl::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1));
    }
    const auto error = [&](int status, const char *code, const QString &description) {
        c.json(status,
            QJsonObject {{QStringLiteral("error"), QString::fromLatin1(code)},
                {QStringLiteral("error_description"), description}},
            status == 401
                ? QList<std::pair<QByteArray, QByteArray>> {{"WWW-Authenticate", "Basic realm=\"oauth\""}}
                : QList<std::pair<QByteArray, QByteArray>> {});
    };
    if (c.request.method() != QHttpServerRequest::Method::Post)
        return error(400, "invalid_request", QStringLiteral("the token endpoint takes POST"));
    if (clientId != QLatin1String(ClientId) || clientSecret != QLatin1String(ClientSecret))
        return error(401, "invalid_client", QStringLiteral("unknown client or wrong secret"));
    const QString grant = field("grant_type");
    bool refresh = false;
    if (grant == u"password") {
        if (field("username") != QLatin1String(UserName) || field("password") != QLatin1String(Password))
            return error(400, "invalid_grant", QStringLiteral("wrong user name or password"));
        refresh = true;
    } else if (grant == u"refresh_token") {
        if (!server.m_refreshTokens.contains(field("refresh_token").toUtf8()))
            return error(400, "invalid_grant", QStringLiteral("unknown or used refresh token"));
        server.m_refreshTokens.remove(field("refresh_token").toUtf8());
        refresh = true;
    } else if (grant != u"client_credentials") {
        return error(
            400, "unsupported_grant_type", QStringLiteral("grant_type %1 is not offered").arg(grant));
    }
    const int lifetime = c.intParameter(QStringLiteral("expires_in"), 3600);
    const QByteArray token = "at-" + QByteArray::number(++server.m_tokenCounter);
    server.m_accessTokens.insert(token, QDateTime::currentDateTimeUtc().addSecs(lifetime));
    QJsonObject answer {{QStringLiteral("access_token"), QString::fromLatin1(token)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), lifetime}};
    if (!field("scope").isEmpty())
        answer.insert(QStringLiteral("scope"), field("scope"));
    if (refresh) {
        const QByteArray refreshToken = "rt-" + QByteArray::number(server.m_tokenCounter);
        server.m_refreshTokens.insert(refreshToken);
        answer.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    }
    c.json(200, answer, {{"Cache-Control", "no-store"}});
}

std::vector<SampleApiServer::Route> SampleApiServer::tokenRoutes()
{
    return {
        {QStringLiteral("/oauth/token"), QStringLiteral("/oauth/token?expires_in=S"),
            QStringLiteral(
                "OAuth 2.0 token endpoint: qonduit-client / client-s3cret, in the body or as Basic; "
                "client_credentials, password (analyst / s3cret) and refresh_token grants"),
            &SampleApiServer::issueToken},
        {QStringLiteral("/oauth/orders"), QStringLiteral("/oauth/orders"),
            QStringLiteral("orders for Authorization: Bearer <a token of /oauth/token that has not expired>"),
            [](SampleApiServer &server, Context &c) {
                const QByteArray authorization = c.header("Authorization");
                const QByteArray token
                    = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
                const QDateTime expiry = server.m_accessTokens.value(token);
                if (expiry.isValid() && expiry > QDateTime::currentDateTimeUtc())
                    c.json(200, QJsonObject {{QStringLiteral("orders"), orders()}});
                else
                    c.json(401,
                        QJsonObject {{QStringLiteral("error"), QStringLiteral("invalid_token")},
                            {QStringLiteral("error_description"),
                                expiry.isValid() ? QStringLiteral("the token has expired")
                                                 : QStringLiteral("no valid token")}},
                        {{"WWW-Authenticate", "Bearer realm=\"qonduit\", error=\"invalid_token\""}});
            }},
    };
}

std::vector<SampleApiServer::Route> SampleApiServer::timingFaultRoutes()
{
    return {
        {QStringLiteral("/fault/slow"), QStringLiteral("/fault/slow?ms=N"),
            QStringLiteral("answers after N milliseconds"),
            [](SampleApiServer &, Context &c) {
                const int ms = std::clamp(c.intParameter(QStringLiteral("ms"), 2000), 0, 120000);
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
        {QStringLiteral("/fault/cut"), QStringLiteral("/fault/cut"),
            QStringLiteral("closes the connection in the middle of the body"),
            [](SampleApiServer &, Context &c) {
                c.socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                    "{\"orders\":[{\"id\":1001,");
                c.socket->flush();
                c.socket->disconnectFromHost();
            }},
        {QStringLiteral("/fault/flaky"), QStringLiteral("/fault/flaky?fail=N&key=K&retry-after=S"),
            QStringLiteral("answers 503 the first N times (2) for each key and page, then items"),
            [](SampleApiServer &server, Context &c) {
                // For "Retry failed request": fails a given number of times per key, then answers.
                const int failures = std::clamp(c.intParameter(QStringLiteral("fail"), 2), 0, 100);
                const int page = std::max(
                    1, c.intParameter(QStringLiteral("page"), 1)); // each page of a walk fails anew
                const QString key
                    = QStringLiteral("flaky/%1/%2").arg(c.parameter(QStringLiteral("key"))).arg(page);
                if (server.m_hits[key]++ < failures) {
                    const QString wait = c.parameter(QStringLiteral("retry-after"));
                    QList<std::pair<QByteArray, QByteArray>> headers;
                    if (!wait.isEmpty())
                        headers.append({"Retry-After", wait.toLatin1()});
                    c.json(
                        503, QJsonObject {{QStringLiteral("error"), QStringLiteral("try again")}}, headers);
                    return;
                }
                c.json(200,
                    QJsonObject {{QStringLiteral("attempts"), server.m_hits[key]},
                        {QStringLiteral("is_last"), page >= 3},
                        {QStringLiteral("items"), pagedItems((page - 1) * 10, 10)}});
            }},
        {QStringLiteral("/fault/stall"), QStringLiteral("/fault/stall?ms=N"),
            QStringLiteral("sends half of the body, is silent for N milliseconds, then the rest"),
            [](SampleApiServer &, Context &c) {
                // For the read/write timeout: the answer starts, then nothing moves for a while.
                const int ms = std::clamp(c.intParameter(QStringLiteral("ms"), 3000), 0, 120000);
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
        {QStringLiteral("/fault/redirect"), QStringLiteral("/fault/redirect?to=PATH"),
            QStringLiteral("302 to PATH on this server"),
            [](SampleApiServer &, Context &c) {
                c.reply(302, {{"Location", c.urlFor(c.parameter(QStringLiteral("to")))}}, {});
            }},
        {QStringLiteral("/fault/redirect-port"), QStringLiteral("/fault/redirect-port?port=N"),
            QStringLiteral("302 to the same path on another port"),
            [](SampleApiServer &, Context &c) {
                c.reply(302,
                    {{"Location",
                        QStringLiteral("%1://127.0.0.1:%2/orders")
                            .arg(c.request.url().scheme(), c.parameter(QStringLiteral("port")))
                            .toUtf8()}},
                    {});
            }},
        {QStringLiteral("/fault/redirect-alias"), QStringLiteral("/fault/redirect-alias"),
            QStringLiteral("302 to /orders on the alias host 127.0.0.2"),
            [](SampleApiServer &server, Context &c) {
                c.reply(302,
                    {{"Location",
                        QStringLiteral("http://%1:%2/orders")
                            .arg(server.m_aliasHost)
                            .arg(server.m_port)
                            .toUtf8()}},
                    {});
            }},
        {QStringLiteral("/fault/redirect-self"), QStringLiteral("/fault/redirect-self"),
            QStringLiteral("302 to itself"),
            [](SampleApiServer &, Context &c) {
                c.reply(302, {{"Location", c.urlFor(QStringLiteral("/fault/redirect-self"))}}, {});
            }},
        {QStringLiteral("/fault/redirect-loop"), QStringLiteral("/fault/redirect-loop"),
            QStringLiteral("302 to /fault/redirect-loop-back, which redirects back"),
            [](SampleApiServer &, Context &c) {
                c.reply(301, {{"Location", "/fault/redirect-loop-back"}}, {});
            }},
        {QStringLiteral("/fault/redirect-loop-back"), QStringLiteral("/fault/redirect-loop-back"), QString(),
            [](SampleApiServer &, Context &c) {
                c.reply(302, {{"Location", c.urlFor(QStringLiteral("/fault/redirect-loop"))}}, {});
            }},
    };
}

// Answers a test must fail on, and the echo that shows what was sent.
std::vector<SampleApiServer::Route> SampleApiServer::statusFaultRoutes()
{
    return {
        {QStringLiteral("/fault/401"), QStringLiteral("/fault/401"),
            QStringLiteral("401 offering Basic and Digest"),
            [](SampleApiServer &, Context &c) {
                c.json(401, QJsonObject {{QStringLiteral("error"), QStringLiteral("unauthorized")}},
                    {{"WWW-Authenticate", "Basic realm=\"qonduit\""},
                        {"WWW-Authenticate", "Digest realm=\"qonduit\", qop=\"auth\", nonce=\"abc\""}});
            }},
        {QStringLiteral("/fault/403"), QStringLiteral("/fault/403"), QStringLiteral("403"),
            [](SampleApiServer &, Context &c) {
                c.json(403, QJsonObject {{QStringLiteral("error"), QStringLiteral("forbidden")}});
            }},
        {QStringLiteral("/fault/404"), QStringLiteral("/fault/404"),
            QStringLiteral("404 (as every unknown path)"),
            [](SampleApiServer &, Context &c) {
                c.json(404, QJsonObject {{QStringLiteral("error"), QStringLiteral("not found")}});
            }},
        {QStringLiteral("/fault/empty-404"), QStringLiteral("/fault/empty-404"),
            QStringLiteral("404 with no body at all"),
            [](SampleApiServer &, Context &c) { c.reply(404, {}, {}); }},
        {QStringLiteral("/fault/429"), QStringLiteral("/fault/429"),
            QStringLiteral("429 with Retry-After: 7"),
            [](SampleApiServer &, Context &c) {
                c.json(429, QJsonObject {{QStringLiteral("error"), QStringLiteral("slow down")}},
                    {{"Retry-After", "7"}});
            }},
        {QStringLiteral("/fault/500"), QStringLiteral("/fault/500"), QStringLiteral("500"),
            [](SampleApiServer &, Context &c) {
                c.json(500, QJsonObject {{QStringLiteral("error"), QStringLiteral("boom")}});
            }},
        {QStringLiteral("/fault/wrong-type"), QStringLiteral("/fault/wrong-type"),
            QStringLiteral("an HTML page"),
            [](SampleApiServer &, Context &c) {
                c.reply(200, {{"Content-Type", "text/html; charset=utf-8"}},
                    "<!DOCTYPE html>\n<html><body><h1>Welcome</h1><p>Log in to "
                    "continue.</p></body></html>\n");
            }},
        {QStringLiteral("/fault/invalid-json"), QStringLiteral("/fault/invalid-json"),
            QStringLiteral("application/json that does not parse"),
            [](SampleApiServer &, Context &c) {
                c.reply(
                    200, {{"Content-Type", "application/json"}}, "{\"orders\": [{\"id\": 1001, \"status\": ");
            }},
        {QStringLiteral("/echo"), QStringLiteral("/echo"),
            QStringLiteral("the request as JSON: method, path, query, headers, body"),
            [](SampleApiServer &, Context &c) {
                QJsonObject headers;
                for (const auto &[name, value] : c.request.headers())
                    headers.insert(QString::fromLatin1(name.toLower()), QString::fromLatin1(value));
                c.json(200,
                    QJsonObject {
                        {QStringLiteral("method"),
                            c.request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST")
                                                                                   : QStringLiteral("GET")},
                        {QStringLiteral("path"), c.request.url().path()},
                        {QStringLiteral("query"), c.request.url().query(QUrl::FullyEncoded)},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("body"), QString::fromUtf8(c.request.body())}});
            }},
    };
}
// Every route, in the order the list shows them: the one table both the server and the list read.
const std::vector<SampleApiServer::Route> &SampleApiServer::routeTable()
{
    static const std::vector<Route> table = [] {
        std::vector<Route> all;
        for (auto group :
            {&dataRoutes, &bigRoutes, &pagedRoutes, &pagedFaultRoutes, &qlikCloudRoutes, &qrsRoutes,
                &authRoutes, &tokenRoutes, &timingFaultRoutes, &redirectRoutes, &statusFaultRoutes}) {
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
