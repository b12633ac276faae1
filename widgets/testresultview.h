// SPDX-License-Identifier: MIT
#pragma once

#include "connectiontestresult.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QPlainTextEdit;

namespace Qonduit {

class BodyView;

// "Test connection" as the user sees it: a progress bar with Cancel while the request runs, then one
// green or red sentence, and the details: summary (status, timings, redirects, TLS, notes), response
// headers, and the body, highlighted and indented.
class TestResultView : public QWidget
{
    Q_OBJECT

public:
    explicit TestResultView(QWidget *parent = nullptr);

    void showRunning(const QString &url);
    void showProgress(qint64 received, qint64 total);
    void showResult(const ConnectionTestResult &result);
    BodyView *bodyView() const { return m_body; }

signals:
    void cancelRequested();
    // The user takes the fix the result offers: a query header to add to the connection.
    void headerSuggested(const Qonduit::NameValue &header);

private:
    QLabel *m_sentence;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_addHeader; // the fix a result offers, when it offers one
    NameValue m_suggestedHeader;
    QTabWidget *m_details;
    QPlainTextEdit *m_summary;
    QTableWidget *m_headers;
    BodyView *m_body;
};

} // namespace Qonduit
