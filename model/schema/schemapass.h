// SPDX-License-Identifier: MIT
#pragma once

#include "connectiontestresult.h"
#include "latestjob.h"
#include "schema/schema.h"
#include "schema/schemabuilder.h"

#include <QFile>
#include <QObject>

#include <memory>

namespace Qonduit {

// How a response is read into tables: the connection's key strategy and the select step's choices.
struct SchemaOptions
{
    ResponseFormat format = ResponseFormat::Auto;
    CsvOptions csv;
    KeyGenerationStrategy keys = KeyGenerationStrategy::SequenceId;
    int previewRows = 1000;
    bool responseHeaders = false; // "Allow response headers": a __response_header table

    static SchemaOptions fromSettings(const ConnectionSettings &settings);
    SchemaBuilder::Options builderOptions() const;
    bool operator==(const SchemaOptions &) const = default;
};

// A response body as one span of bytes: in memory, or a file mapped into memory (big bodies are
// spilled to a file by the request engine and are never read into the heap).
class BodyBytes
{
public:
    explicit BodyBytes(const QByteArray &bytes);
    explicit BodyBytes(const QString &path); // error() says when it cannot be opened
    ~BodyBytes();
    BodyBytes(const BodyBytes &) = delete;
    BodyBytes &operator=(const BodyBytes &) = delete;

    static std::unique_ptr<BodyBytes> of(const ConnectionTestResult &response);
    std::string_view view() const { return m_view; }
    bool endsWithNul() const { return m_map == nullptr; } // a QByteArray's data ends with a NUL
    QString error() const { return m_error; }

private:
    QByteArray m_bytes;
    QFile m_file;
    uchar *m_map = nullptr;
    std::string_view m_view;
    QString m_error;
};

// One body read into a builder: format detection, text decoding, the parser. On the calling thread.
struct BodyParse
{
    ResponseFormat format = ResponseFormat::Json;
    CsvOptions csv; // as used: a detected delimiter filled in
    ParseProblem problem;
};
// `front`, when given, receives the events first and passes them on to the builder (a PathProbe).
// `endsWithNul`: the byte after `body` is a readable NUL (true for a QByteArray's data).
BodyParse parseBody(SchemaBuilder &builder, std::string_view body, const QByteArray &contentType,
    const SchemaOptions &options, TreeEvents *front = nullptr, bool endsWithNul = false);
// The builder's tables with what the parse found: the value the page and the command line show.
Schema finishedSchema(const SchemaBuilder &builder, const BodyParse &parse, qint64 totalBytes);

// The schema pass off the GUI thread: progress, snapshots while it goes (tables fill in), cancel.
class SchemaJob : public QObject
{
    Q_OBJECT

public:
    explicit SchemaJob(QObject *parent = nullptr);
    ~SchemaJob() override;

    void start(const ConnectionTestResult &response, const SchemaOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(qint64 bytesRead, qint64 totalBytes);
    void snapshot(const Qonduit::Schema &schema); // partial, without rows, a few times a second
    void finished(const Qonduit::Schema &schema);

private:
    LatestJob m_job {this};
    bool m_running = false;
};

} // namespace Qonduit
