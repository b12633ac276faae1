// SPDX-License-Identifier: MIT
// qonduit-bench schema json|xml|csv MB   the schema pass over a generated body, in MB/s, with peak memory
// qonduit-bench pages N                  N pages of about one KiB from the sample API on loopback
//
// Each run is one process so that the peak resident memory (getrusage) belongs to that run alone;
// bench/run runs the whole table. Inputs are generated, never committed.

#include "pagination/pagewalker.h"
#include "sampleapiserver.h"
#include "schema/schemapass.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

#include <limits>

using namespace Qonduit;

namespace {

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Nested orders with lines and tags, as real APIs send them.
QByteArray generateJson(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 4096);
    out += "{\"total\": 0, \"orders\": [";
    for (qint64 i = 0; out.size() < bytes; ++i) {
        if (i)
            out += ',';
        out += "{\"id\": " + QByteArray::number(i)
            + ", \"status\": \"shipped\", \"customer\": {\"name\": \"Customer " + QByteArray::number(i % 977)
            + "\", \"country\": \"SE\"}, \"created\": \"2024-05-01T10:00:00Z\", "
              "\"amount\": "
            + QByteArray::number(i % 1000)
            + ".25, \"lines\": [{\"sku\": \"A-1\", \"qty\": 2}, "
              "{\"sku\": \"B-2\", \"qty\": 1}], \"tags\": [\"new\", \"gift\"]}";
    }
    out += "]}";
    return out;
}

QByteArray generateXml(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 4096);
    out += "<?xml version=\"1.0\"?>\n<orders>";
    for (qint64 i = 0; out.size() < bytes; ++i) {
        out += "<order id=\"" + QByteArray::number(i) + "\"><status>shipped</status><customer><name>Customer "
            + QByteArray::number(i % 977) + "</name><country>SE</country></customer><amount>"
            + QByteArray::number(i % 1000)
            + ".25</amount><line sku=\"A-1\"><qty>2</qty></line>"
              "<line sku=\"B-2\"><qty>1</qty></line></order>\n";
    }
    out += "</orders>\n";
    return out;
}

QByteArray generateCsv(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 4096);
    out += "id,status,customer,country,created,amount,note\n";
    for (qint64 i = 0; out.size() < bytes; ++i) {
        out += QByteArray::number(i) + ",shipped,Customer " + QByteArray::number(i % 977) + ",SE,2024-05-01,"
            + QByteArray::number(i % 1000) + ".25,\"fragile, handle with care\"\n";
    }
    return out;
}

int schemaBench(const QString &format, qint64 megabytes)
{
    const qint64 bytes = megabytes * 1024 * 1024;
    SchemaOptions options;
    QByteArray body;
    if (format == u"json") {
        body = generateJson(bytes);
        options.format = ResponseFormat::Json;
    } else if (format == u"xml") {
        body = generateXml(bytes);
        options.format = ResponseFormat::Xml;
    } else if (format == u"csv") {
        body = generateCsv(bytes);
        options.format = ResponseFormat::Csv;
    } else {
        return 2;
    }
    const double before = peakMegabytes();
    // Best of three: the machine is shared, and the best run is the one least disturbed.
    qint64 ns = std::numeric_limits<qint64>::max();
    Schema schema;
    for (int run = 0; run < 3; ++run) {
        SchemaBuilder builder(options.builderOptions());
        QElapsedTimer clock;
        clock.start();
        const BodyParse parse = parseBody(builder,
            std::string_view(body.constData(), std::size_t(body.size())), {}, options, nullptr, true);
        schema = finishedSchema(builder, parse, body.size());
        ns = std::min(ns, clock.nsecsElapsed());
    }
    if (!schema.problem.isEmpty()) {
        QTextStream(stderr) << schema.problem.message << '\n';
        return 1;
    }
    qint64 rows = 0;
    for (const SchemaTable &table : schema.tables)
        rows += table.rows;
    const double mb = double(body.size()) / (1024.0 * 1024.0);
    QTextStream(stdout) << QStringLiteral(
        "schema %1 %2 MB: %3 MB/s (best of 3), %4 rows in %5 tables, peak %6 MB (body %7 MB, "
        "before parsing %8 MB)\n")
                               .arg(format)
                               .arg(mb, 0, 'f', 0)
                               .arg(mb / (double(ns) / 1e9), 0, 'f', 0)
                               .arg(rows)
                               .arg(schema.tables.size())
                               .arg(peakMegabytes(), 0, 'f', 0)
                               .arg(mb, 0, 'f', 0)
                               .arg(before, 0, 'f', 0);
    return 0;
}

int pagesBench(int pages)
{
    SampleApiServer server;
    if (const auto started = server.start(); !started) {
        QTextStream(stderr) << started.error() << '\n';
        return 1;
    }
    ConnectionSettings settings;
    settings.request.url = server.baseUrl().toString() + QStringLiteral("/paged/kib?pages=%1").arg(pages);
    settings.pagination.type = PaginationType::NextPage;
    settings.pagination.nextPage.parameterName = QStringLiteral("page");
    settings.pagination.nextPage.initialValue = QStringLiteral("1");
    settings.pagination.nextPage.totalPagesPath = QStringLiteral("pages");
    settings.pagination.nextPage.dataPath = QStringLiteral("items");
    PageWalker walker;
    PageWalkResult result;
    QObject::connect(&walker, &PageWalker::finished, [&](const PageWalkResult &r) {
        result = r;
        QCoreApplication::quit();
    });
    PageWalkOptions walkOptions;
    walkOptions.pageLimit = 0;
    QElapsedTimer clock;
    clock.start();
    walker.start(settings, SchemaOptions {}, walkOptions);
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    qint64 bytes = 0;
    for (const PageRecord &page : std::as_const(result.pages))
        bytes += page.bytes;
    QTextStream(stdout) << QStringLiteral("pages %1 of %2 bytes on average: %3 s, %4 pages/s (%5)\n")
                               .arg(result.pages.size())
                               .arg(result.pages.isEmpty() ? 0 : bytes / result.pages.size())
                               .arg(seconds, 0, 'f', 2)
                               .arg(result.pages.size() / seconds, 0, 'f', 0)
                               .arg(result.sentence);
    return result.succeeded() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments[1] == u"schema")
        return schemaBench(arguments[2], arguments[3].toLongLong());
    if (arguments.size() == 3 && arguments[1] == u"pages")
        return pagesBench(arguments[2].toInt());
    QTextStream(stderr) << "usage: qonduit-bench schema json|xml|csv MB | qonduit-bench pages N\n";
    return 2;
}
