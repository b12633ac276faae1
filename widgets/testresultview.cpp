// SPDX-License-Identifier: MIT
#include "testresultview.h"

#include "bodyview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Qonduit {

TestResultView::TestResultView(QWidget *parent)
    : QWidget(parent)
    , m_sentence(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel test"), this))
    , m_addHeader(new QPushButton(this))
    , m_details(new QTabWidget(this))
    , m_summary(new QPlainTextEdit(this))
    , m_headers(new QTableWidget(this))
    , m_body(new BodyView(this))
{
    setObjectName(QStringLiteral("testResultView"));
    m_sentence->setObjectName(QStringLiteral("testResult.sentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setText(tr("Press Test connection to send the request this connection describes."));
    m_progress->setObjectName(QStringLiteral("testResult.progress"));
    m_progress->setAccessibleName(tr("Test progress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("testResult.cancel"));
    m_cancel->setAutoDefault(false);
    m_addHeader->setObjectName(QStringLiteral("testResult.addSuggestedHeader"));
    m_addHeader->setAutoDefault(false);
    m_addHeader->setToolTip(tr("Adds the header to the query headers, made from the user name and password: "
                               "a secret header, kept out of files and sent only to the connection's host"));
    m_addHeader->hide();
    connect(m_addHeader, &QPushButton::clicked, this, [this] { emit headerSuggested(m_suggestedHeader); });
    m_summary->setObjectName(QStringLiteral("testResult.summary"));
    m_summary->setReadOnly(true);
    m_headers->setObjectName(QStringLiteral("testResult.headers"));
    m_headers->setColumnCount(2);
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setObjectName(QStringLiteral("testResult.details"));
    m_details->addTab(m_summary, tr("Summary"));
    m_details->addTab(m_headers, tr("Headers"));
    m_details->addTab(m_body, tr("Body"));
    m_details->hide();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentence);
    layout->addWidget(m_addHeader, 0, Qt::AlignLeft);
    layout->addLayout(progressRow);
    layout->addWidget(m_details, 1);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &TestResultView::cancelRequested);
}

void TestResultView::showRunning(const QString &url)
{
    m_sentence->setStyleSheet(QString());
    m_sentence->setText(tr("Testing %1 ...").arg(url));
    m_progress->setRange(0, 0); // busy until the size is known
    m_progress->show();
    m_cancel->show();
    m_cancel->setFocus();
    m_details->hide();
    m_addHeader->hide();
}

void TestResultView::showProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    }
    m_progress->setFormat(QLocale().formattedDataSize(received));
}

void TestResultView::showResult(const ConnectionTestResult &result)
{
    m_progress->hide();
    m_cancel->hide();
    const bool ok = result.succeeded();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString color = ok ? (dark ? QStringLiteral("#81c784") : QStringLiteral("#1b5e20"))
                             : (dark ? QStringLiteral("#ef9a9a") : QStringLiteral("#b71c1c"));
    m_sentence->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(color));
    m_sentence->setText((ok ? QStringLiteral("\u2714 ") : QStringLiteral("\u2716 ")) + result.sentence);
    m_sentence->setAccessibleName(m_sentence->text());
    m_suggestedHeader = result.suggestedHeader;
    m_addHeader->setVisible(!m_suggestedHeader.name.isEmpty());
    m_addHeader->setText(tr("Add the query header %1").arg(m_suggestedHeader.name));

    QStringList lines;
    // The detail of an HTTP failure is its reason phrase, which the status line already shows.
    if (!result.extraDetail().isEmpty())
        lines << tr("Detail: %1").arg(result.extraDetail());
    if (result.status)
        lines << tr("Status: %1 %2").arg(result.status).arg(QString::fromLatin1(result.reason));
    lines << tr("URL: %1").arg(result.finalUrl.toString());
    for (const QUrl &url : result.redirects)
        lines << tr("Redirected to: %1").arg(url.toString());
    lines << tr("Size: %1, type %2")
                 .arg(QLocale().formattedDataSize(result.size), responseTypeName(result.type));
    lines << tr("Time: %1 ms to the first byte, %2 ms in all")
                 .arg(result.millisecondsToFirstByte)
                 .arg(result.millisecondsTotal);
    if (!result.tls.protocol.isEmpty()) {
        lines << tr("TLS: %1; certificate %2, issued by %3, valid until %4")
                     .arg(result.tls.protocol, result.tls.subject, result.tls.issuer,
                         QLocale().toString(result.tls.expiry, QLocale::ShortFormat));
    }
    for (const QString &error : result.tls.errors)
        lines << tr("Certificate problem: %1").arg(error);
    for (const QString &retry : result.retries)
        lines << tr("Retried: %1").arg(retry);
    for (const QString &note : result.notes)
        lines << tr("Note: %1").arg(note);
    m_summary->setPlainText(lines.join(u'\n'));

    m_headers->setRowCount(int(result.headers.size()));
    for (int row = 0; row < result.headers.size(); ++row) {
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(result.headers[row].first)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(result.headers[row].second)));
    }
    m_headers->resizeColumnToContents(0);

    m_body->showBody(result);
    m_details->show();
}

} // namespace Qonduit
