// SPDX-License-Identifier: MIT
#include "schema/schemapass.h"

#include "messagecontext.h"
#include "qlikvocabulary.h"
#include "schema/csvparser.h"

#include <QElapsedTimer>

namespace Qonduit {

SchemaOptions SchemaOptions::fromSettings(const ConnectionSettings &settings)
{
    SchemaOptions options;
    options.keys = settings.request.keyGenerationStrategy;
    options.responseHeaders = settings.security.allowResponseHeaders;
    return options;
}

SchemaBuilder::Options SchemaOptions::builderOptions() const
{
    SchemaBuilder::Options options;
    options.keys = keys;
    options.previewRows = previewRows;
    return options;
}

BodyBytes::BodyBytes(const QByteArray &bytes)
    : m_bytes(bytes)
    , m_view(bytes.constData(), std::size_t(bytes.size()))
{
}

BodyBytes::BodyBytes(const QString &path)
    : m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = Messages::SchemaBuilder::tr("Cannot read the response file %1: %2.")
                      .arg(path, m_file.errorString());
        return;
    }
    if (m_file.size() == 0)
        return;
    m_map = m_file.map(0, m_file.size());
    if (!m_map) {
        m_error = Messages::SchemaBuilder::tr("Cannot map the response file %1: %2.")
                      .arg(path, m_file.errorString());
        return;
    }
    m_view = std::string_view(reinterpret_cast<const char *>(m_map), std::size_t(m_file.size()));
}

BodyBytes::~BodyBytes()
{
    if (m_map)
        m_file.unmap(m_map);
}

std::unique_ptr<BodyBytes> BodyBytes::of(const ConnectionTestResult &response)
{
    if (response.bodyFile)
        return std::make_unique<BodyBytes>(response.bodyFile->fileName());
    return std::make_unique<BodyBytes>(response.body);
}

BodyParse parseBody(SchemaBuilder &builder, std::string_view body, const QByteArray &contentType,
    const SchemaOptions &options, TreeEvents *front, bool endsWithNul)
{
    BodyParse result;
    QByteArray converted;
    const TextEncoding encoding
        = options.format == ResponseFormat::Csv ? options.csv.encoding : TextEncoding::Auto;
    const std::string_view text = toUtf8Text(body, encoding, converted);
    result.format
        = options.format == ResponseFormat::Auto ? detectResponseFormat(contentType, text) : options.format;
    builder.setDefaultTopName(
        result.format == ResponseFormat::Csv ? Qlik::Tables::Csv.toString() : Qlik::Tables::Root.toString());
    result.csv = options.csv;
    if (result.format == ResponseFormat::Csv && result.csv.delimiter == 0)
        result.csv.delimiter = CsvParser::detectDelimiter(text, result.csv.quote);
    const auto parser = ResponseParser::create(result.format, result.csv);
    // A NUL byte is text in no format: what comes before it is read, and the NUL is the error. Looked
    // for first, since some readers would take it for the end of the text and stop there silently.
    const std::size_t nul = text.find('\0');
    const std::string_view readable = nul == std::string_view::npos ? text : text.substr(0, nul);
    parser->setTextEndsWithNul(nul != std::string_view::npos || endsWithNul || !converted.isEmpty());
    result.problem = parser->parse(readable, front ? *front : builder);
    if (nul != std::string_view::npos && result.problem.message != u"stopped"
        && builder.stopReason().isEmpty()) {
        result.problem = {};
        result.problem.message = Messages::ResponseParser::tr(
            "The response holds a NUL byte (a zero byte) at byte %1, which no JSON, XML or CSV text may "
            "contain; the tables show what came before it.")
                                     .arg(nul);
        result.problem.offset = qint64(nul);
        locate(text, result.problem.offset, result.problem);
    }
    if (result.problem.message == u"stopped") {
        result.problem.message = builder.stopReason();
    } else if (!builder.stopReason().isEmpty()) {
        result.problem.message = builder.stopReason();
    }
    builder.finishDocument();
    return result;
}

Schema finishedSchema(const SchemaBuilder &builder, const BodyParse &parse, qint64 totalBytes)
{
    Schema schema = builder.snapshot(true);
    schema.format = parse.format;
    schema.csv = parse.csv;
    schema.problem = parse.problem;
    schema.canceled = builder.wasCanceled();
    schema.totalBytes = totalBytes;
    schema.bytesRead = parse.problem.isEmpty() ? totalBytes : std::max<qint64>(parse.problem.offset, 0);
    schema.complete = true;
    return schema;
}

SchemaJob::SchemaJob(QObject *parent)
    : QObject(parent)
{
}

SchemaJob::~SchemaJob() = default; // the job is stopped, and what it would still deliver dropped

void SchemaJob::cancel()
{
    m_job.stop(); // it ends early and delivers what it read: the page shows that much
}

void SchemaJob::start(const ConnectionTestResult &response, const SchemaOptions &options)
{
    m_running = true;
    // Values reach this object through the reporter: a result of a replaced run never arrives, and
    // nothing touches this object from the worker.
    m_job.start([this, response, options](const LatestJob::Reporter &reporter) {
        const auto bytes = BodyBytes::of(response);
        SchemaBuilder builder(options.builderOptions());
        builder.setCancelFlag(reporter.stopFlag());
        const qint64 total = qint64(bytes->view().size());
        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = -1000;
        builder.setProgressCallback([&](qint64 done) {
            if (clock.elapsed() - lastReport < 150)
                return;
            lastReport = clock.elapsed();
            Schema partial = builder.snapshot(false);
            partial.bytesRead = done;
            partial.totalBytes = total;
            reporter.post([this, done, total, partial] {
                emit progress(done, total);
                emit snapshot(partial);
            });
        });
        BodyParse parse;
        if (!bytes->error().isEmpty()) {
            parse.problem.message = bytes->error();
        } else {
            parse = parseBody(
                builder, bytes->view(), response.contentType(), options, nullptr, bytes->endsWithNul());
            if (options.responseHeaders)
                builder.addResponseHeaders(response.headers);
        }
        const Schema schema = finishedSchema(builder, parse, total);
        reporter.post([this, total, schema] {
            emit progress(total, total);
            m_running = false;
            emit finished(schema);
        });
    });
}

} // namespace Qonduit
