// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsettings.h"
#include "connectiontestresult.h"
#include "latestjob.h"
#include "pagination/pagestep.h"
#include "schema/schemapass.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

namespace Qonduit {

class BackgroundRequest;

// One line of the page timeline.
struct PageRecord
{
    int number = 0; // 1-based
    QUrl url;
    int status = 0;
    qint64 records = -1; // at the data path; -1 when none was found
    QString next; // the token, next URL, start or page number the page led to
    qint64 milliseconds = 0;
    qint64 bytes = 0;
    qint64 duplicates = 0; // records already seen on an earlier page
    QString note; // waited on Retry-After, and the like
    bool operator==(const PageRecord &) const = default;
};

struct PageWalkOptions
{
    int pageLimit = 100; // 0: no limit
    int maxWaitSeconds = 30; // the longest Retry-After honoured
    int maxRetries = 3; // per page, on 429 and 503
};

struct PageWalkResult
{
    enum class End { Done, PageLimit, Loop, Error, Canceled };
    End end = End::Done;
    QString sentence; // why the walk ended, for a person
    QList<PageRecord> pages;
    Schema schema; // every page in one table model
    qint64 milliseconds = 0;
    qint64 duplicates = 0;
    double pagesPerSecond() const;
    bool succeeded() const { return end == End::Done || end == End::PageLimit; }
};

// Walks the pages of a paginated connection exactly as docs/qlik-formats.md section 1.4 says and feeds every
// page to one schema pass. Pages travel over one kept-alive connection; parsing runs off this thread.
class PageWalker : public QObject
{
    Q_OBJECT

public:
    explicit PageWalker(QObject *parent = nullptr);
    ~PageWalker() override;

    void start(const ConnectionSettings &settings, const SchemaOptions &schemaOptions,
        const PageWalkOptions &options = {});
    void cancel();
    bool isRunning() const { return m_running; }

    // The settings for one page: the connection's, with the page's parameter, header or URL set.
    using Position = PageStep::Position;
    static ConnectionSettings pageSettings(const ConnectionSettings &settings, const Position &position);
    static Position firstPosition(const ConnectionSettings &settings);

signals:
    void pageFinished(const Qonduit::PageRecord &page);
    void snapshot(const Qonduit::Schema &schema);
    void finished(const Qonduit::PageWalkResult &result);

private:
    struct PageParse;
    static PageParse parsePage(SchemaBuilder &builder, const ConnectionTestResult &response,
        const PaginationSettings &p, const SchemaOptions &options, bool wantSnapshot);
    void sendPage();
    void onResponse(const ConnectionTestResult &response);
    void onFailed(const ConnectionTestResult &response);
    void onParsed(const ConnectionTestResult &response, const PageParse &parse);
    // Records the page, and ends the walk when end is set.
    void pageDone(
        const PageRecord &page, std::optional<PageWalkResult::End> end = {}, const QString &sentence = {});
    void finish(PageWalkResult::End end, const QString &sentence);

    ConnectionSettings m_settings;
    SchemaOptions m_schemaOptions;
    PageWalkOptions m_options;
    BackgroundRequest *m_engine; // pages are received on a thread of their own
    std::shared_ptr<SchemaBuilder> m_builder;
    LatestJob m_parses {this}; // each page read off this thread, one at a time
    Position m_position;
    QSet<QString> m_seen; // tokens and URLs already followed
    PageWalkResult m_result;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastSnapshot;
    int m_retries = 0;
    QString m_pendingNote;
    bool m_running = false;
    quint64 m_run = 0;
    ResponseFormat m_format = ResponseFormat::Json;
    CsvOptions m_csv;
};

} // namespace Qonduit
